"""Event extraction: triggers, filters, actors, roles, dates, merging, the seed and the dev set."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from helpers import load_bench_script

from tracker.extract import EventCandidate, Extractor
from tracker.reference import ActorSpec, AffiliationSpec

ROOT = Path(__file__).resolve().parents[1]
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed-article.txt"
PUB = dt.datetime(2025, 5, 16, 18, 4, tzinfo=dt.UTC)  # a Friday


def _states(event: EventCandidate) -> set[str]:
    return {a.name for a in event.actors if a.kind != "person"}


def _summary(events: list[EventCandidate]) -> set[tuple[str, str | None, bool]]:
    return {(e.type, e.date.isoformat() if e.date else None, e.planned) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia and Ukraine held talks in Istanbul on Friday.", {("talks", "2025-05-16", False)}),
        ("Putin and Trump spoke by phone on Monday.", {("call", "2025-05-12", False)}),
        ("Zelensky and Erdogan met in Ankara yesterday.", {("meeting", "2025-05-15", False)}),
        (
            "Russian and Ukrainian delegations will meet in Istanbul next week.",
            {("talks", "2025-05-19", True)},
        ),
        (
            "Ukraine and Russia agreed on a 1,000-for-1,000 prisoner exchange on Friday.",
            {("agreement", "2025-05-16", False)},
        ),
        (
            "Russia and Ukraine exchanged 390 prisoners on Friday.",
            {("prisoner_exchange", "2025-05-16", False)},
        ),
        ("Kyiv rejected the Russian memorandum on Thursday.", {("rejection", "2025-05-15", False)}),
        (
            "Earlier this month, Moscow demanded that Kyiv withdraw.",
            {("demand", "2025-05-01", False)},
        ),
        (
            "A 30-hour Easter truce declared by Putin took effect on April 19.",
            {("ceasefire", "2025-04-19", False)},
        ),
        (
            "In February 2015, Russia, Ukraine, France and Germany signed the Minsk II agreement.",
            {("agreement", "2015-02-01", False)},
        ),
    ],
)
def test_trigger_types_and_dates(extractor: Extractor, text: str, expected: set) -> None:
    assert _summary(extractor.extract(text, PUB)) == expected


def test_a_quoted_phrase_without_a_negation_does_not_negate(extractor: Extractor) -> None:
    text = 'Russia and Ukraine agreed a "full and immediate" ceasefire on Friday.'
    assert ("agreement", "2025-05-16", False) in _summary(extractor.extract(text, PUB))


@pytest.mark.parametrize(
    "after",
    [
        "Russia has since lifted its sanctions on Ukrainian grain.",
        "Russia has since rejected the plan.",
        "Moscow has suspended the grain deal ever since.",
    ],
)
def test_what_has_since_happened_is_a_lasting_state_not_news(
    extractor: Extractor, after: str
) -> None:
    text = "Russia and Ukraine held talks in Geneva in March. " + after
    assert {e.type for e in extractor.extract(text, PUB)} == {"talks"}


def test_an_undated_perfect_rejection_after_dated_news_is_a_standing_position(
    extractor: Extractor,
) -> None:
    told = "Russia and Ukraine held talks in Istanbul on Thursday. "
    standing = "Kyiv has rejected any withdrawal from the Donetsk region."
    assert {e.type for e in extractor.extract(told + standing, PUB)} == {"talks"}
    # as the lead it is the news
    lead = "Russia has rejected the European plan for a peacekeeping force. "
    assert "rejection" in {e.type for e in extractor.extract(lead + told, PUB)}
    # and so is the answer to a demand just told
    answer = "Moscow demanded on Friday that Kyiv cede Donetsk, which Kyiv has refused."
    assert "rejection" in {e.type for e in extractor.extract(told + answer, PUB)}


def test_a_gap_in_a_trigger_phrase_does_not_cross_a_sentence_end(extractor: Extractor) -> None:
    lowered = "they held talks in geneva on monday. the meeting before that was in march."
    found = [t.phrase for t in extractor.lexicon.find(lowered)]
    assert "held * meeting" not in found
    assert "held talks" in found
    # an abbreviation inside the gap is no sentence end
    found = [t.phrase for t in extractor.lexicon.find("they held u.s. mediated talks")]
    assert found == ["held * talks"]


@pytest.mark.parametrize(
    "text",
    [
        "No ceasefire agreement was reached on Friday between Russia and Ukraine.",
        "Russia did not agree to a ceasefire on Friday.",
        "Ukraine has yet to sign the agreement with Russia.",
        "If Russia agrees to a ceasefire, Ukraine will hold talks with Moscow.",
        "Ukraine hopes to hold talks with Russia on Friday.",
        "Russia could sign a deal with Ukraine on Friday.",
        "Will Russia and Ukraine hold talks on Friday?",
        "Ukraine and Russia held talks in Istanbul on Friday. (AFP via Getty Images)",
        "Subscribe to our newsletter: Russia and Ukraine signed a peace deal on Friday.",
        # a quoted negation the clause goes on from governs the noun after it
        'A Kremlin spokesman said on Friday there was "no chance" of a ceasefire with Ukraine.',
        'India said on Friday there was "no reason" to hold talks with Pakistan.',
        'Ukraine said on Friday there had been "no decision" on talks with Russia.',
        # readiness to send a team for talks: the cue governs the trip that the talks are for
        "Officials in Yerevan said Armenia was ready to send its negotiating team to Vienna for a "
        "new round of talks with Azerbaijan.",
        "Kyiv is prepared to dispatch its delegation to Geneva for another round of direct talks "
        "with Moscow, an aide said.",
    ],
)
def test_negated_hypothetical_questions_captions_yield_nothing(
    extractor: Extractor, text: str
) -> None:
    assert extractor.extract(text, PUB) == []


@pytest.mark.parametrize(
    ("text", "published", "expected", "exact"),
    [
        pytest.param(
            "The framework was agreed at a meeting between Foreign Minister Ararat Mirzoyan and US "
            "Secretary of State Marco Rubio in Washington on January 13.",
            dt.date(2026, 1, 14),
            {
                ("agreement", dt.date(2026, 1, 13)),
                ("meeting", dt.date(2026, 1, 13)),
            },
            True,
            id="agreed-at-a-meeting-reports-the-meeting",
        ),
        pytest.param(
            "The ceasefire was agreed on Tuesday by the Thai and Cambodian defence ministers at a "
            "special meeting in Kuala Lumpur.",
            dt.date(2026, 2, 20),
            {("agreement", dt.date(2026, 2, 17))},
            True,
            id="a-meeting-naming-no-parties-is-the-occasion-of-the-agreement",
        ),
        pytest.param(
            "Delegations from Russia, Ukraine and the United States are due to meet in Abu Dhabi "
            "on Wednesday.",
            dt.date(2026, 2, 2),
            {("talks", dt.date(2026, 2, 4))},
            True,
            id="delegations-of-both-sides-and-a-third-meet-for-talks",
        ),
        pytest.param(
            "The trilateral meeting in Geneva on Tuesday brought together Ukraine's delegation, a "
            "Russian team and US envoys.",
            dt.date(2026, 2, 20),
            {("talks", dt.date(2026, 2, 17))},
            True,
            id="trilateral-meeting-of-negotiators-is-talks",
        ),
        pytest.param(
            "Trump, Zelensky and Putin met in Geneva on Tuesday.",
            dt.date(2026, 2, 20),
            {("meeting", dt.date(2026, 2, 17))},
            True,
            id="leaders-of-both-sides-and-a-third-hold-a-meeting",
        ),
        pytest.param(
            "Israeli, Lebanese and US officials held talks in Naqoura on Friday. US envoy Morgan "
            "Ortagus attended the meeting, alongside French officers.",
            dt.date(2025, 12, 20),
            {("talks", dt.date(2025, 12, 19))},
            True,
            id="the-meeting-on-the-day-of-talks-is-the-talks",
        ),
        pytest.param(
            "2025\n\nOn 12 February 2025, Trump and Putin held a phone call.[1]\n\n"
            "On 18 February, American and Russian delegations met in Riyadh.[2]\n\n"
            "On 16 May, delegations of Russia and Ukraine held talks in Istanbul.[3]\n\n"
            'References\n\n1. "Trump and Putin agreed to start negotiations". 12 February 2025.\n',
            dt.date(2026, 2, 20),
            {
                ("call", dt.date(2025, 2, 12)),
                # (a mediator's and one side's delegations: a meeting, devset README)
                ("meeting", dt.date(2025, 2, 18)),
                ("talks", dt.date(2025, 5, 16)),
            },
            True,
            id="chronicle-paragraphs-take-the-chronicle-year",
        ),
        pytest.param(
            "The Council today adopted a 19th package of restrictive measures against Russia. "
            "The previous, 18th package was adopted on 18 July 2025 by the European Union.",
            dt.date(2025, 10, 23),
            {
                ("sanction", dt.date(2025, 10, 23)),
                ("sanction", dt.date(2025, 7, 18)),
            },
            False,
            id="council-adopts-sanctions-package",
        ),
    ],
)
def test_types_and_dates(
    extractor: Extractor,
    text: str,
    published: dt.date,
    expected: set[tuple[str, dt.date]],
    exact: bool,
) -> None:
    """`exact`: these are all the events found; otherwise they must be among them."""
    found = {(e.type, e.date) for e in extractor.extract(text, published)}
    if exact:
        assert found == expected
    else:
        assert found >= expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        pytest.param(
            "Russia and Ukraine will hold talks in Istanbul.",
            PUB,
            id="planned-event-without-date-is-dropped",
        ),
        pytest.param(
            "A day earlier, Zelensky met Macron in Paris.",
            dt.date(2025, 6, 7),
            id="a-day-earlier-with-nothing-to-count-from-is-dropped",
        ),
        pytest.param(
            "An exchange of prisoners could take place within days, the envoy said on Friday.",
            dt.date(2025, 6, 6),
            id="hedged-happening-is-not-reported",
        ),
        pytest.param(
            "It is not clear whether Indonesia and Azerbaijan have formally agreed to send troops. "
            "The plan does not commit Washington to a backstop, a demand that London and Paris "
            "have made for almost a year.",
            dt.date(2025, 10, 21),
            id="uncertain-and-habitual-reports-are-not-events",
        ),
        pytest.param(
            "The crossing reopened on Monday, allowing the wounded to leave under the U.S.-brokered "
            "ceasefire. The United Nations says the number of trucks has risen since the truce "
            "began. Hazem Qassem said the group had met all its obligations.",
            dt.date(2026, 2, 2),
            id="framework-and-time-references-are-no-new-event",
        ),
        pytest.param(
            "New Delhi has insisted the understanding was reached directly between the two militaries. "
            "India has played down Washington's role, insisting the deal was reached directly. "
            "Russian military bloggers have spent two days calling for retaliation against Kyiv. "
            "Pakistan has rejected third-party mediation, and maintains that the dispute must be "
            "settled bilaterally. "
            "Ukraine has rejected the demand many times.",
            dt.date(2025, 5, 12),
            id="claims-and-restated-positions-are-not-events",
        ),
        pytest.param(
            "Pakistan said on Sunday that it remained committed to the ceasefire. "
            "The coalition stands ready to guarantee Ukraine's security after a ceasefire. "
            "Under the plan endorsed by Donald Trump, Hamas is supposed to disarm. "
            "Netanyahu said the release was the result of military pressure; few in Israel agreed.",
            dt.date(2025, 5, 11),
            id="a-truce-held-to-or-awaited-is-no-new-truce",
        ),
        pytest.param(
            "Within 48 hours, the two sides met in Malaysia.",
            dt.date(2025, 10, 26),
            id="a-happening-dated-from-an-earlier-one-does-not-take-the-article-day",
        ),
    ],
)
def test_yields_nothing(extractor: Extractor, text: str, published: dt.date) -> None:
    assert extractor.extract(text, published) == []


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Moscow and Kyiv held talks on Friday.", {"Russia", "Ukraine"}),
        ("The Kremlin and Washington held talks on Friday.", {"Russia", "United States"}),
        (
            "The Russian delegation held talks with Ukrainian officials on Friday.",
            {"Russia", "Ukraine"},
        ),
        ("Medinsky and Umerov held talks on Friday.", {"Russia", "Ukraine"}),
    ],
)
def test_metonyms_demonyms_and_people(extractor: Extractor, text: str, states: set[str]) -> None:
    (event,) = extractor.extract(text, PUB)
    assert _states(event) == states


def test_person_keeps_own_entry_and_yields_state(extractor: Extractor) -> None:
    (event,) = extractor.extract("Rustem Umerov and Vladimir Medinsky held talks on Friday.", PUB)
    names = {a.name for a in event.actors}
    assert {"Rustem Umerov", "Vladimir Medinsky", "Ukraine", "Russia"} <= names


def test_person_affiliation_depends_on_the_date() -> None:
    actors = [
        ActorSpec("United States", "state", "USA", ("U.S.",)),
        ActorSpec("Russia", "state", "RUS", ("Moscow",)),
        ActorSpec(
            "Joe Biden",
            "person",
            aliases=("Biden",),
            affiliations=(
                AffiliationSpec(
                    "United States", "president", dt.date(2021, 1, 20), dt.date(2025, 1, 20)
                ),
            ),
        ),
    ]
    extractor = Extractor(actors, {})
    (old,) = extractor.extract("Biden held talks with Moscow in June 2021.", PUB)
    assert {"United States", "Russia"} <= {a.name for a in old.actors}
    (new,) = extractor.extract("Biden held talks with Moscow on Friday.", PUB)
    assert "United States" not in {a.name for a in new.actors}


def test_a_sentence_is_quoted_once_per_event_with_all_its_highlights(extractor: Extractor) -> None:
    """Two mentions of one deal in one sentence merge into one piece of evidence, not two."""
    text = (
        "The accord was reached during two days of talks in Geneva on Wednesday and Thursday, "
        "the Swiss mediator said, adding that the two delegations had also agreed to reopen a "
        "hotline between Moscow and Kyiv."
    )
    events = extractor.extract(text, PUB)
    assert any(e.type == "agreement" for e in events)
    for event in events:
        spans = [(ev.start, ev.end) for ev in event.evidence]
        assert len(spans) == len(set(spans)), event
        (evidence,) = event.evidence
        triggers = [h for h in evidence.highlights if h.kind == "trigger"]
        assert triggers == sorted(triggers, key=lambda h: (h.start, h.end))


def test_both_sides_resolve_to_main_pair(extractor: Extractor) -> None:
    text = (
        "Russia and Ukraine held talks in Istanbul on Friday. Kyiv said Moscow was stalling. "
        "Both sides agreed to exchange prisoners, Ukraine said."
    )
    events = {e.type: e for e in extractor.extract(text, PUB)}
    assert _states(events["agreement"]) == {"Russia", "Ukraine"}


@pytest.mark.parametrize(
    ("text", "actor", "role"),
    [
        (
            "Russia and Ukraine held talks in Istanbul on Friday, mediated by Turkey.",
            "Turkey",
            "mediator",
        ),
        (
            "Russia and Ukraine held talks on Friday in a meeting hosted by Saudi Arabia.",
            "Saudi Arabia",
            "host",
        ),
        ("Russia and Ukraine held talks in Istanbul on Friday.", "Turkey", "host"),
        (
            "The talks, chaired by Turkish Foreign Minister Hakan Fidan, were held on Friday between Russia and Ukraine.",
            "Hakan Fidan",
            "mediator",
        ),
    ],
)
def test_mediator_and_host_roles(extractor: Extractor, text: str, actor: str, role: str) -> None:
    events = extractor.extract(text, PUB)
    roles = {a.name: a.role for e in events for a in e.actors}
    assert roles.get(actor) == role


def test_one_happening_mentioned_in_several_sentences_is_one_event(extractor: Extractor) -> None:
    text = (
        "ISTANBUL — Russian and Ukrainian delegations held talks in Istanbul on Friday. "
        "The talks lasted less than two hours, officials said. "
        "These were the first direct negotiations between Kyiv and Moscow since 2022."
    )
    (event,) = extractor.extract(text, PUB)
    assert event.type == "talks"
    assert len(event.evidence) == 3
    assert event.location == "Istanbul"


def test_evidence_offsets_and_highlights(extractor: Extractor) -> None:
    text = "Intro line without a point\n\nRussia and Ukraine held talks in Istanbul on Friday."
    (event,) = extractor.extract(text, PUB)
    ev = event.evidence[0]
    assert text[ev.start : ev.end] == ev.quote
    kinds = {h.kind: ev.quote[h.start : h.end] for h in ev.highlights}
    assert kinds["trigger"] == "held talks"
    assert kinds["date"] == "on Friday"
    assert kinds["place"] == "Istanbul"


def test_undated_news_sentence_takes_article_date(extractor: Extractor) -> None:
    (event,) = extractor.extract("Russia and Ukraine have agreed to exchange prisoners.", PUB)
    assert event.date == PUB.date()
    assert event.date_source == "article"


def test_title_is_written_from_the_sentence(extractor: Extractor) -> None:
    (event,) = extractor.extract(
        "Russia and Ukraine agreed on Friday to a 1,000-for-1,000 prisoner exchange.", PUB
    )
    assert event.title.startswith("Russia and Ukraine agree")
    assert "1,000-for-1,000 prisoner exchange" in event.title


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_seed_article(extractor: Extractor) -> None:
    events = extractor.extract(SEED.read_text(encoding="utf-8"), PUB)
    day = dt.date(2025, 5, 16)

    def find(type_: str, topic: str | None = None) -> EventCandidate:
        for e in events:
            if e.type == type_ and e.date == day and (topic is None or topic in e.topics):
                return e
        raise AssertionError(f"no {type_} ({topic}) in {[(e.type, e.topics) for e in events]}")

    talks = find("talks")
    assert {"Russia", "Ukraine"} <= _states(talks)
    assert any(a.name == "Turkey" and a.role in {"host", "mediator"} for a in talks.actors)
    assert talks.location == "Istanbul"
    find("agreement", "follow_up_talks")
    find("agreement", "prisoners")
    assert "ceasefire" in find("proposal").topics
    assert {"Russia", "Ukraine"} <= _states(find("demand", "territory"))
    assert {"Ukraine", "United States"} <= _states(find("call"))
    # Nothing from the caption, the related-article link or the "News Feed" boilerplate; the one
    # event of another day is background the text dates itself (the talks of 2022).
    assert [(e.type, e.date.year) for e in events if e.date != day] == [("talks", 2022)]
    quotes = " ".join(ev.quote for e in events for ev in e.evidence)
    for boilerplate in ("Getty Images", "Cobra", "newsletter", "4 regions"):
        assert boilerplate not in quotes


def test_future_after_a_verb_does_not_make_it_a_plan(extractor: Extractor) -> None:
    text = "Kyiv said on Tuesday that it rejected the plan because it would reward aggression."
    events = extractor.extract(text, dt.date(2025, 6, 5))  # a Thursday
    assert _summary(events) == {("rejection", "2025-06-03", False)}


def test_dateline_after_a_headline_is_not_a_party(extractor: Extractor) -> None:
    text = (
        "Ceasefire talks resume\n\nBy staff\n\n"
        "ANKARA/CAIRO, June 3 (Wire) - Russian and Ukrainian negotiators held talks in Istanbul "
        "on Tuesday for the third time this year."
    )
    (event,) = extractor.extract(text, dt.date(2025, 6, 4))
    assert event.type == "talks"
    assert _states(event) == {"Russia", "Ukraine", "Turkey"}


def test_a_day_earlier_counts_from_the_previous_date(extractor: Extractor) -> None:
    text = (
        "The French foreign minister spoke in Berlin on Thursday. A day earlier, Zelensky met "
        "Macron in Paris."
    )
    (event,) = extractor.extract(text, dt.date(2025, 6, 7))  # a Saturday
    assert (event.type, event.date.isoformat()) == ("meeting", "2025-06-04")


def test_each_clause_keeps_its_own_parties(extractor: Extractor) -> None:
    text = "Hamas declared a truce on Monday, a day after Israel rejected a proposal from Egypt."
    events = {e.type: e for e in extractor.extract(text, dt.date(2025, 6, 10))}
    assert _states(events["ceasefire"]) == {"Hamas"}


def test_agreement_to_meet_is_dated_by_the_article_and_plans_the_meeting(
    extractor: Extractor,
) -> None:
    text = (
        "Russian and Ukrainian delegations agreed to meet again in Geneva on 3 February, "
        "Umerov said."
    )
    events = extractor.extract(text, dt.date(2026, 1, 28))
    assert _summary(events) == {("agreement", "2026-01-28", False), ("talks", "2026-02-03", True)}


def test_readout_call_takes_the_article_day_not_a_background_date(extractor: Extractor) -> None:
    text = (
        "Vladimir Putin had a telephone conversation with Donald Trump.\n\n"
        "Putin thanked him for supporting the direct negotiations, which took place in Istanbul "
        "on May 16."
    )
    events = extractor.extract(text, dt.date(2025, 5, 19))
    assert ("call", "2025-05-19", False) in _summary(events)


def test_sentence_initial_month_dates_the_event(extractor: Extractor) -> None:
    text = "In June, Trump hosted the signing of the peace agreement between Congo and Rwanda."
    events = extractor.extract(text, dt.date(2025, 10, 26))
    assert _summary(events) == {("agreement", "2025-06-01", False)}


def test_the_two_delegations_continue_the_previous_sentence(extractor: Extractor) -> None:
    text = (
        "In Geneva on Sunday, Marco Rubio and Andriy Yermak went through the draft. "
        "The two delegations said in a joint statement that they had refined the framework."
    )
    events = {e.type: e for e in extractor.extract(text, dt.date(2025, 11, 25))}
    assert events["statement"].date == dt.date(2025, 11, 23)
    assert _states(events["statement"]) == {"United States", "Ukraine"}


def test_supporters_and_attendees_are_not_parties(extractor: Extractor) -> None:
    text = (
        "On August 7, Thailand and Cambodia agreed on arrangements to uphold the ceasefire, "
        "with the support of the United States."
    )
    events = {e.type: e for e in extractor.extract(text, dt.date(2025, 10, 26))}
    assert _states(events["agreement"]) == {"Thailand", "Cambodia"}


def test_passive_truce_agreed_by_the_sides(extractor: Extractor) -> None:
    text = (
        "A ceasefire between Thailand and Cambodia came into force on Tuesday. "
        "The truce was agreed on Monday in Putrajaya, the administrative capital of Malaysia."
    )
    events = extractor.extract(text, dt.date(2025, 7, 29))
    deal = next(e for e in events if e.type == "agreement")
    assert {"Thailand", "Cambodia"} <= {a.name for a in deal.actors}


def test_reporting_speaker_is_not_the_agent(extractor: Extractor) -> None:
    text = (
        "ISTANBUL — Russian and Ukrainian delegations held talks in Istanbul on Friday. "
        "Turkish Foreign Minister Hakan Fidan, who opened the session, said the parties had "
        "agreed in principle to meet again."
    )
    events = extractor.extract(text, dt.date(2025, 5, 16))
    deal = next(e for e in events if e.type == "agreement")
    names = {a.name for a in deal.actors}
    assert {"Russia", "Ukraine"} <= names
    assert not names & {"Hakan Fidan", "Turkey"}


def test_pronoun_clause_takes_its_own_parties(extractor: Extractor) -> None:
    text = (
        "U.S. President Donald Trump said on Monday that Russia and Ukraine would begin "
        "negotiations, after he spoke by telephone with Russian President Vladimir Putin. "
        "Trump said he had also spoken with the leaders of France, Italy and Germany."
    )
    events = extractor.extract(text, dt.date(2025, 5, 19))
    call = next(e for e in events if e.type == "call")
    assert {a.name for a in call.actors} == {
        "Donald Trump", "United States", "Vladimir Putin", "Russia"
    }  # fmt: skip


def test_accepted_invitation_is_a_planned_visit(extractor: Extractor) -> None:
    text = (
        "Zelensky, who was not invited to the summit, said on Friday that Ukraine was counting "
        "on the United States, and he later accepted an invitation to visit Washington on Monday."
    )
    events = extractor.extract(text, dt.date(2025, 8, 15))
    visit = next(e for e in events if e.type == "visit")
    assert visit.planned
    assert visit.date == dt.date(2025, 8, 18)
    assert visit.location == "Washington"
    assert "Ukraine" in {a.name for a in visit.actors}
    assert not any(e.type == "agreement" for e in events)


def test_place_of_a_later_clause_is_not_the_meetings(extractor: Extractor) -> None:
    text = (
        "U.S. President Donald Trump met Ukrainian President Volodymyr Zelensky on Monday, "
        "three days after his summit with Russian President Vladimir Putin in Alaska. "
        "He later said he had begun arranging a meeting between Putin and Zelensky."
    )
    events = extractor.extract(text, dt.date(2025, 8, 18))
    meeting = next(e for e in events if e.type == "meeting" and e.date == dt.date(2025, 8, 18))
    assert meeting.location != "Alaska"
    assert "Russia" not in {a.name for a in meeting.actors}


def test_group_anaphor_takes_the_parties_of_the_last_event(extractor: Extractor) -> None:
    text = (
        "Ukrainian, Russian and U.S. officials held talks in Abu Dhabi on Friday. "
        "A Ukrainian official said on Saturday the three delegations had agreed to meet again."
    )
    events = extractor.extract(text, dt.date(2026, 1, 24))
    agreement = next(e for e in events if e.type == "agreement")
    assert {"Ukraine", "Russia", "United States"} <= {a.name for a in agreement.actors}


def test_same_day_counts_from_the_sentence_date(extractor: Extractor) -> None:
    text = (
        "President Volodymyr Zelensky, who met Trump in Davos on Thursday, rejected that demand "
        "the same day."
    )
    events = extractor.extract(text, dt.date(2026, 1, 24))
    rejection = next(e for e in events if e.type == "rejection")
    assert rejection.date == dt.date(2026, 1, 22)


def test_halted_processes_are_sanctions(extractor: Extractor) -> None:
    text = (
        "Thailand has suspended a peace declaration with Cambodia on Monday. "
        "On Wednesday, Trump said he had called off a planned summit with Putin in Budapest."
    )
    events = extractor.extract(text, dt.date(2025, 10, 27))
    assert [e.type for e in events].count("sanction") == 2


def test_measures_lifted_and_their_dated_imposition_are_sanctions(extractor: Extractor) -> None:
    text = (
        "The bloc on Tuesday began lifting its trade measures against Georgia. Ministers agreed "
        "on Thursday to lift the visa measures against Moldova. Moldova is still under punitive "
        "measures imposed in March 2022 over the transit dispute."
    )
    events = extractor.extract(text, dt.date(2026, 5, 15))
    sanctions = sorted(e.date.isoformat() for e in events if e.type == "sanction")
    assert sanctions == ["2022-03-01", "2026-05-12", "2026-05-14"]
    assert "agreement" not in {e.type for e in events}


def test_a_lifting_dates_the_imposition_in_its_relative_clause(extractor: Extractor) -> None:
    # the lifting that day, and the imposing its relative clause dates: two sanctions
    lifted = (
        "The bloc on Tuesday lifted the last of the trade and visa measures it imposed on "
        "Georgia in March 2022 over the transit dispute."
    )
    events = extractor.extract(lifted, dt.date(2026, 5, 15))
    sanctions = sorted(e.date.isoformat() for e in events if e.type == "sanction")
    assert sanctions == ["2022-03-01", "2026-05-12"]
    agreed = (
        "Ministers agreed on Thursday to lift the remaining measures introduced against "
        "Moldova in 2021."
    )
    events = extractor.extract(agreed, dt.date(2026, 5, 15))
    sanctions = sorted(e.date.isoformat() for e in events if e.type == "sanction")
    assert sanctions == ["2021-01-01", "2026-05-14"]


def test_a_deal_suspended_in_the_passive_or_its_implementation_when_dated(
    extractor: Extractor,
) -> None:
    head = "Thailand and Cambodia signed a border accord in October. "
    for told, day in (
        ("Thailand suspended its implementation on 3 March after a mine blast.", "2026-03-03"),
        ("The accord was later suspended by Thailand in February 2026.", "2026-02-01"),
    ):
        events = extractor.extract(head + told, dt.date(2026, 5, 15))
        assert [e.date.isoformat() for e in events if e.type == "sanction"] == [day], told
    undated = head + "Thailand suspended its implementation within weeks."
    assert "sanction" not in {e.type for e in extractor.extract(undated, dt.date(2026, 5, 15))}


def test_a_decision_to_end_restrictions_is_a_sanction(extractor: Extractor) -> None:
    text = (
        "Ministers agreed on Thursday to end the remaining restrictions on trade with Moldova. "
        "Aliyev announced on Friday that Baku had decided to lift all restrictions on transit."
    )
    events = extractor.extract(text, dt.date(2026, 5, 16))
    assert sorted((e.type, e.date.isoformat()) for e in events) == [
        ("sanction", "2026-05-14"),
        ("sanction", "2026-05-15"),
    ]


def test_a_pact_put_in_abeyance_is_a_sanction_only_when_dated(extractor: Extractor) -> None:
    dated = (
        'On March 3, Ethiopia put the 2018 border accord with Eritrea "in abeyance". '
        "On March 10 the cabinet decided to hold the transit treaty in abeyance as well."
    )
    events = extractor.extract(dated, dt.date(2026, 4, 2))
    sanctions = sorted(e.date.isoformat() for e in events if e.type == "sanction")
    assert sanctions == ["2026-03-03", "2026-03-10"]
    undated = "Ethiopia put the border accord in abeyance after the raid."
    assert extractor.extract(undated, dt.date(2026, 4, 2)) == []


def test_appeal_is_a_proposal(extractor: Extractor) -> None:
    text = "On Tuesday, the African Union called on Ethiopia and Eritrea to exercise restraint."
    events = extractor.extract(text, dt.date(2025, 10, 8))
    assert [e.type for e in events] == ["proposal"]


def test_talks_where_something_was_agreed(extractor: Extractor) -> None:
    text = (
        "Thailand and Cambodia agreed to an immediate ceasefire on July 28 at talks in Kuala "
        "Lumpur. Russia and Ukraine agreed in direct talks in Istanbul on June 2 to release all "
        "wounded prisoners. Russia and Ukraine agreed on Friday to take part in talks in Istanbul."
    )
    events = extractor.extract(text, dt.date(2025, 8, 1))
    talks = sorted(e.date.isoformat() for e in events if e.type == "talks")
    assert talks == ["2025-06-02", "2025-07-28"]


def test_statement_belongs_to_its_issuer(extractor: Extractor) -> None:
    text = (
        "In a statement posted on Sunday, Witkoff said the meetings with the Ukrainian and "
        "Russian sides had been productive."
    )
    (event,) = extractor.extract(text, dt.date(2025, 12, 21))
    assert event.type == "statement"
    assert {a.name for a in event.actors if a.kind == "state"} == {"United States"}


def test_over_the_weekend_is_the_weekend_just_past(extractor: Extractor) -> None:
    text = "Dmitriev held talks with Witkoff in Miami over the weekend."
    (event,) = extractor.extract(text, dt.date(2025, 12, 22))
    assert (event.date, event.end_date) == (dt.date(2025, 12, 20), dt.date(2025, 12, 21))


def test_restated_signing_gives_its_day(extractor: Extractor) -> None:
    text = (
        "Britain and France have signed a declaration of intent on a force for Ukraine. "
        "The document was signed on Tuesday evening at the Elysee Palace by Starmer and Macron."
    )
    events = extractor.extract(text, dt.date(2026, 1, 7))
    assert [(e.type, e.date) for e in events] == [("agreement", dt.date(2026, 1, 6))]


# Regression floors, a little below the figures measured when they were last raised
# (dev P 0.908 F1 0.885; test P 0.857 F1 0.800; holdout2 P 0.887 F1 0.815; holdout3 P 0.785
# F1 0.750; holdout4 P 0.926 F1 0.773; holdout5 P 0.689 F1 0.568; holdout6 P 0.767 F1 0.601;
# holdout7 P 0.818 F1 0.711; holdout8 P 0.803 F1 0.702; holdout9 P 0.819 F1 0.766;
# holdout10 P 0.667 F1 0.564; holdout11 P 0.671 F1 0.590; holdout12 P 0.735 F1 0.662;
# holdout13 P 0.754 F1 0.641; holdout14 P 0.875 F1 0.737; holdout15 P 0.857 F1 0.816).
# test and holdout2 were held out at first, then analysed; holdout3 was written blind (by an
# author who never saw the rules), scored P 0.411 F1 0.362 blind, and was then analysed for
# general causes; so were holdout4 (P 0.559 F1 0.384 blind), holdout5 (P 0.542 F1 0.438 blind)
# and holdout6 (P 0.523 F1 0.336 blind); holdout7 (ordinary daily news) scored P 0.690 F1 0.624
# before it was analysed; holdout8 (ordinary daily news) scored P 0.556 F1 0.473 blind;
# holdout9 (ordinary daily news) scored P 0.677 F1 0.599 blind; holdout10 (ordinary daily news)
# scored P 0.520 F1 0.473 blind; holdout11 (ordinary daily news) scored P 0.636 F1 0.563 blind;
# holdout12 (ordinary daily news) scored P 0.676 F1 0.623 blind; holdout13 (ordinary daily news)
# scored P 0.656 F1 0.537 blind, and was then analysed for general causes; so were holdout14
# (ordinary daily news, P 0.581 F1 0.562 blind) and holdout15 (ordinary daily news, P 0.648
# F1 0.622 blind; P 0.687 F1 0.639 at the start of its analysis); holdout16 (ordinary daily
# news) scored P 0.704 F1 0.685 blind after round 13 and P 0.725 F1 0.694 at the start of its
# analysis (round 15: P 0.797 F1 0.792); holdout17 (ordinary daily news) scored P 0.621 F1 0.545
# blind after round 13 and P 0.655 F1 0.576 at the start of its analysis (round 16: P 0.719
# F1 0.626); holdout18 (ordinary daily news) scored P 0.676 F1 0.634 blind after round 14 and
# P 0.686 F1 0.653 at the start of its analysis (round 17: P 0.753 F1 0.733); holdout19
# (ordinary daily news) scored P 0.741 F1 0.652 blind after round 15 and P 0.741 F1 0.652 at the
# start of its analysis (round 18: P 0.873 F1 0.744); holdout20 (ordinary daily news) scored
# P 0.636 F1 0.579 blind after round 16 and P 0.646 F1 0.583 at the start of its analysis
# (round 19: P 0.672 F1 0.601); holdout21 (ordinary daily news) scored P 0.645 F1 0.645 blind
# after round 17 and P 0.685 F1 0.671 at the start of its analysis (round 20: P 0.761 F1 0.735);
# holdout22 (ordinary daily news) scored P 0.681 F1 0.610 blind after round 18 and P 0.721
# F1 0.641 at the start of its analysis (round 21: P 0.800 F1 0.693); holdout23 (ordinary daily
# news) scored P 0.730 F1 0.676 blind after round 19 and P 0.774 F1 0.711 at the start of its
# analysis (round 22: P 0.797 F1 0.745); holdout24 (ordinary daily news) scored P 0.635
# F1 0.571 blind after round 20 and P 0.635 F1 0.571 at the start of its analysis (unchanged
# at HEAD; round 23: P 0.667 F1 0.584); holdout25 (ordinary daily news) scored P 0.840
# F1 0.808 blind after round 22, unchanged at the start of its analysis (round 24: P 0.920
# F1 0.885); holdout26 (ordinary daily news) scored P 0.784 F1 0.703 blind after round 23,
# unchanged at the start of its analysis (round 25: P 0.847 F1 0.748); holdout27 (ordinary daily
# news) scored P 0.803 F1 0.684 blind after round 23, unchanged at the start of its analysis
# (round 26: P 0.878 F1 0.798); holdout28 (ordinary daily news) scored P 0.775 F1 0.705 blind
# after round 24 and P 0.815 F1 0.746 at the start of its analysis (round 27: P 0.835
# F1 0.785); holdout29 (ordinary daily news) scored P 0.797 F1 0.750 blind after round 24 and
# P 0.810 F1 0.762 at the start of its analysis (round 28: P 0.840 F1 0.800). holdout30 and
# holdout31 (annotated under the encounter rules of the devset README) stayed blind then.
# Session 5: holdout30-33 analysed; holdout34-36 (encounter rules) scored P 0.800 F1 0.738,
# P 0.784 F1 0.683 and P 0.763 F1 0.703 blind, once, with the frozen rules; every floor was
# then set 0.02 below the figures of that commit. The test floor was lowered (F1 0.78 -> 0.75):
# its two new false positives follow the encounter rules (a trip "to meet" someone is a visit
# and a meeting) and an "understanding" Putin said was reached, which this older gold omits.
# Session 6: the gold of test and holdout2-29 was revised to the README's encounter and
# statement rules (gold_revisions.md); holdout37-39 scored P 0.840 F1 0.775, P 0.779 F1 0.680
# and P 0.886 F1 0.791 blind, once, with the frozen rules; every floor was then set 0.02 below
# the figures of that commit. Lowered (by 0.01-0.03) for holdout2-6, 9 and 17: their gold was
# revised, and a few general rules trade a match there for more elsewhere (releases given the
# main pair's other side, a trip's meeting beside its visit).
# Session 7: holdout37-39 analysed; holdout40-42 scored P 0.869 F1 0.758, P 0.850 F1 0.756 and
# P 0.848 F1 0.732 blind, once, with the frozen rules; every floor was then set 0.02 below the
# figures of that commit, or kept where that was lower (dev, holdout21, holdout29: none lowered).
# Session 8: the gold of dev-holdout42 was revised to the clarified annotation rules (devset
# README, gold_revisions.md); holdout43-45 scored P 0.883 F1 0.817, P 0.847 F1 0.755 and P 0.919
# F1 0.814 blind, once, with the frozen rules. Every floor was then raised to 0.02 below the
# figures of that commit where that was higher, and kept otherwise; only dev was lowered (F1
# 0.87 -> 0.82, P 0.91 -> 0.88): four of its encounters were retyped talks -> meeting by the
# revision, which the rules (tuned on the other sets) still report as talks.
# Session 9 (whose rules did not land): the gold was revised to the third clarified block;
# holdout7 and holdout13 were lowered by 0.01-0.02 for it. Session 10: holdout46-48 scored
# P 0.918 F1 0.877, P 0.863 F1 0.774 and P 0.874 F1 0.804 blind, once, with the frozen rules;
# every floor was then raised to 0.02 below the figures of that commit where that was higher.
# The next blind split is the honest figure for unseen articles.
@pytest.mark.parametrize(
    ("split", "min_f1", "min_precision"),
    [
        ("dev", 0.82, 0.88),
        ("test", 0.78, 0.90),
        ("holdout2", 0.86, 0.90),
        ("holdout3", 0.78, 0.83),
        ("holdout4", 0.80, 0.91),
        ("holdout5", 0.73, 0.83),
        ("holdout6", 0.72, 0.86),
        ("holdout7", 0.78, 0.88),
        ("holdout8", 0.85, 0.91),
        ("holdout9", 0.87, 0.92),
        ("holdout10", 0.80, 0.85),
        ("holdout11", 0.82, 0.88),
        ("holdout12", 0.83, 0.88),
        ("holdout13", 0.86, 0.92),
        ("holdout14", 0.86, 0.94),
        ("holdout15", 0.90, 0.95),
        ("holdout16", 0.87, 0.88),
        ("holdout17", 0.80, 0.86),
        ("holdout18", 0.89, 0.92),
        ("holdout19", 0.90, 0.96),
        ("holdout20", 0.85, 0.92),
        ("holdout21", 0.91, 0.91),
        ("holdout22", 0.87, 0.90),
        ("holdout23", 0.89, 0.95),
        ("holdout24", 0.83, 0.90),
        ("holdout25", 0.94, 0.95),
        ("holdout26", 0.87, 0.93),
        ("holdout27", 0.91, 0.95),
        ("holdout28", 0.90, 0.94),
        ("holdout29", 0.90, 0.90),
        ("holdout30", 0.88, 0.95),
        ("holdout31", 0.90, 0.95),
        ("holdout32", 0.89, 0.91),
        ("holdout33", 0.88, 0.92),
        ("holdout34", 0.88, 0.91),
        ("holdout35", 0.89, 0.93),
        ("holdout36", 0.90, 0.92),
        ("holdout37", 0.86, 0.90),
        ("holdout38", 0.86, 0.91),
        ("holdout39", 0.90, 0.92),
        ("holdout40", 0.85, 0.92),
        ("holdout41", 0.89, 0.95),
        ("holdout42", 0.82, 0.91),
        ("holdout43", 0.88, 0.93),
        ("holdout44", 0.80, 0.86),
        ("holdout45", 0.87, 0.91),
        ("holdout46", 0.85, 0.89),
        ("holdout47", 0.75, 0.84),
        ("holdout48", 0.78, 0.85),
    ],
)
def test_devset_accuracy(
    extractor: Extractor, split: str, min_f1: float, min_precision: float
) -> None:
    evaluation = load_bench_script("extraction_eval")
    result = evaluation.evaluate(extractor, evaluation.load_gold(), split)
    assert result.f1 >= min_f1
    assert result.precision >= min_precision


def test_speed_bench_prints_its_figure_with_the_dev_set_accuracy(
    capsys: pytest.CaptureFixture[str],
) -> None:
    speed = load_bench_script("extraction_speed")
    assert speed.main(["--articles", "3", "--repeat", "1"]) == 0
    printed = capsys.readouterr().out
    assert "ms per 5 KB" in printed
    assert "dev set, same extractor: precision" in printed


def test_second_annotation_agrees_with_the_gold_far_above_the_extractor(
    extractor: Extractor,
) -> None:
    """The blind second annotation is scored like the extractor; it agrees with the gold (F1 0.95
    when written), so the gold is not the extractor's ceiling."""
    bench = load_bench_script("annotator_agreement")
    second = json.loads(bench.SECOND.read_text(encoding="utf-8"))["articles"]
    annotators, system, per_type = bench.agreement(extractor, bench.load_gold(), second)
    assert len(second) == 20
    assert annotators.f1 >= 0.9 > system.f1
    assert per_type[("talks", "gold")] >= per_type[("talks", "agreed")] > 0


def test_second_annotation_of_the_blind_sets_runs_from_the_command_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """holdout46-48 were annotated twice, blind to each other; the agreement (F1 0.99 when
    written) is printed beside the extractor's score on the same articles."""
    bench = load_bench_script("annotator_agreement")
    assert bench.main(["--second", str(bench.SECOND_BLIND)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("30 articles, 344 gold events")
    assert "second annotator vs gold: precision 0.99" in printed


def test_insisting_on_a_withdrawal_is_still_a_demand(extractor: Extractor) -> None:
    text = "Russia insisted on Friday that Ukraine must withdraw from the Donetsk region."
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert [(e.type, e.date) for e in events] == [("demand", dt.date(2025, 5, 16))]


def test_both_sides_means_the_pair_not_its_mediator(extractor: Extractor) -> None:
    # The UN is named as often as either party; "the two delegations" are still the parties.
    text = (
        "The Yemeni government and the Houthis have agreed to free detainees. "
        "The UN envoy's office sponsored the talks in Muscat. "
        "The UN said more than 2,900 Yemenis would go home. "
        "The Houthis will free 1,200 people, the UN said. "
        "The UN welcomed the outcome for Yemen. "
        "The two delegations also agreed to meet again in January."
    )
    events = extractor.extract(text, dt.date(2025, 12, 24))
    planned = next(e for e in events if e.type == "talks" and e.planned)
    assert {"Houthis", "Yemen"} <= {a.name for a in planned.actors}


def test_trilateral_session_takes_the_three_parties_named_before(extractor: Extractor) -> None:
    text = (
        "Negotiators from Ukraine, Russia and the United States gathered in Abu Dhabi on Friday. "
        "The first trilateral session, held on Jan. 23 and 24 with Emirati officials as hosts, "
        "ended with an "
        "agreement to keep talking."
    )
    events = extractor.extract(text, dt.date(2026, 1, 24))
    deal = next(e for e in events if e.type == "agreement")
    assert {"Russia", "Ukraine", "United States"} <= {a.name for a in deal.actors}


def test_agreement_naming_only_its_mediator_takes_the_parties(extractor: Extractor) -> None:
    text = (
        "Russia and Ukraine exchanged prisoners on Friday. "
        "The swap mechanism was agreed in September under the auspices of the ICRC."
    )
    events = extractor.extract(text, dt.date(2025, 11, 16))
    deal = next(e for e in events if e.type == "agreement")
    assert {"Russia", "Ukraine"} <= {a.name for a in deal.actors}


def test_backers_and_places_between_are_no_parties(extractor: Extractor) -> None:
    text = (
        "In line with the US-backed framework, Israel agreed on Monday to reopen the crossing "
        "between Gaza and Egypt."
    )
    events = extractor.extract(text, dt.date(2026, 1, 26))
    deal = next(e for e in events if e.type == "agreement")
    assert {a.name for a in deal.actors} == {"Israel"}


def test_a_deal_spelled_out_later_is_the_same_deal(extractor: Extractor) -> None:
    text = (
        "Thailand and Cambodia signed a ceasefire agreement on Saturday. "
        "Their defence ministers signed the document at a border checkpoint."
    )
    events = extractor.extract(text, dt.date(2025, 12, 27))
    assert [e.type for e in events].count("agreement") == 1


def test_an_appositive_describing_a_party_adds_no_party(extractor: Extractor) -> None:
    text = (
        "Oman said on May 6th that America and the Houthis, a Yemeni militia backed by Iran, "
        "had agreed to stop attacking each other."
    )
    (event,) = [e for e in extractor.extract(text, dt.date(2025, 5, 15)) if e.type == "agreement"]
    assert {a.name for a in event.actors} >= {"United States", "Houthis"}
    assert not {a.name for a in event.actors} & {"Iran", "Yemen"}


def test_a_reported_must_is_a_demand(extractor: Extractor) -> None:
    text = "Hamas official Basem Naim said on Saturday that Israel must halt its violations."
    events = extractor.extract(text, dt.date(2025, 12, 20))
    assert [(e.type, e.date) for e in events] == [("demand", dt.date(2025, 12, 20))]


def test_meeting_of_the_commissions_is_talks(extractor: Extractor) -> None:
    text = "The meeting of the border commissions of Azerbaijan and Armenia was held on January 20."
    events = extractor.extract(text, dt.date(2026, 1, 21))
    assert [(e.type, e.date) for e in events] == [("talks", dt.date(2026, 1, 20))]


def test_agreeing_to_meet_again_after_talks_plans_talks(extractor: Extractor) -> None:
    text = (
        "Serbia and Kosovo held talks in Brussels on Tuesday. "
        "Serbia and Kosovo agreed to meet again next month."
    )
    events = extractor.extract(text, dt.date(2026, 3, 11))
    assert ("talks", True) in [(e.type, e.planned) for e in events]
    assert "meeting" not in [e.type for e in events]


def test_last_night_is_the_day_before(extractor: Extractor) -> None:
    text = "Russia and Ukraine held talks in Istanbul last night."
    events = extractor.extract(text, dt.date(2026, 1, 7))
    assert [(e.type, e.date) for e in events] == [("talks", dt.date(2026, 1, 6))]


def test_what_had_been_agreed_takes_the_day_just_reported(extractor: Extractor) -> None:
    text = (
        "Thailand and Cambodia held talks with China in Yuxi on Monday. "
        "Beijing said the three sides had agreed to rebuild trust."
    )
    events = extractor.extract(text, dt.date(2025, 12, 31))
    assert ("agreement", dt.date(2025, 12, 29)) in [(e.type, e.date) for e in events]


def test_a_long_standing_demand_is_no_happening(extractor: Extractor) -> None:
    text = "Armenia has long demanded the return of its prisoners held by Azerbaijan."
    assert extractor.extract(text, dt.date(2026, 3, 2)) == []


def test_a_name_between_commas_keeps_the_future_of_its_clause(extractor: Extractor) -> None:
    # Published on a Saturday: "on Sunday" is the next day, not the Sunday before.
    text = (
        "The foreign ministers of Serbia and Kosovo are due to meet the EU envoy, "
        "Peter Sorensen, in Brussels on Sunday for talks on the dialogue."
    )
    events = extractor.extract(text, dt.date(2026, 3, 7))
    assert [(e.type, e.date, e.planned) for e in events] == [("talks", dt.date(2026, 3, 8), True)]


def test_a_date_naming_an_attack_does_not_date_a_demand(extractor: Extractor) -> None:
    text = (
        "Israel on Monday demanded that Hamas return the body of a soldier killed in the "
        "Oct. 7, 2023, attack."
    )
    events = extractor.extract(text, dt.date(2026, 2, 3))
    assert [(e.type, e.date) for e in events] == [("demand", dt.date(2026, 2, 2))]


def test_a_rejection_naming_no_subject_matter_merges(extractor: Extractor) -> None:
    text = (
        "Sudan's army chief on Sunday rejected the American ceasefire plan. "
        "On Sunday, Burhan told officers in Port Sudan that he rejected the paper presented by "
        "Washington."
    )
    events = extractor.extract(text, dt.date(2025, 11, 24))
    assert [(e.type, e.date) for e in events] == [("rejection", dt.date(2025, 11, 23))]


def test_a_deal_signed_a_week_before_is_not_dated_on_the_news_day(extractor: Extractor) -> None:
    text = (
        "The United States on Tuesday urged Rwanda to pull back its troops, a week after "
        "Tshisekedi and Kagame signed a peace deal in Washington."
    )
    events = extractor.extract(text, dt.date(2025, 12, 10))
    assert "agreement" not in [e.type for e in events]


def test_what_is_still_to_be_negotiated_is_no_talks(extractor: Extractor) -> None:
    text = (
        "Kinshasa and the M23 have signed a framework in Doha. Its protocols, including one on "
        "prisoner exchanges, are still to be negotiated."
    )
    events = extractor.extract(text, dt.date(2025, 11, 17))
    assert "talks" not in [e.type for e in events]


def test_a_truce_announced_in_a_past_perfect_relative_clause(extractor: Extractor) -> None:
    text = (
        "Donald Trump, who had announced the ceasefire before either government did, said on "
        "Sunday that he would work with India and Pakistan on Kashmir."
    )
    events = extractor.extract(text, dt.date(2025, 5, 12))
    assert "ceasefire" not in [e.type for e in events]


def test_their_latest_round_refers_to_the_talks_reported(extractor: Extractor) -> None:
    text = (
        "Ukraine's negotiator said on Sunday that his latest round of talks with the United "
        "States had been productive. Umerov held talks with Witkoff in Miami on Saturday."
    )
    events = extractor.extract(text, dt.date(2025, 12, 21))
    # (one side's negotiator with the mediator's envoy: a meeting, devset README)
    assert [(e.type, e.date) for e in events] == [("meeting", dt.date(2025, 12, 20))]


def test_declaring_that_the_truce_moved_on_is_no_new_truce(extractor: Extractor) -> None:
    text = "The United States declared on Wednesday that the Gaza ceasefire has entered phase two."
    events = extractor.extract(text, dt.date(2026, 1, 14))
    assert "ceasefire" not in [e.type for e in events]


def test_each_sides_release_is_half_of_one_swap(extractor: Extractor) -> None:
    text = (
        "On Oct. 13, Hamas released 20 hostages, and Israel freed 2,000 Palestinian prisoners "
        "the same day."
    )
    events = extractor.extract(text, dt.date(2025, 10, 20))
    (swap,) = [e for e in events if e.type == "prisoner_exchange"]
    assert {"Hamas", "Israel"} <= {a.name for a in swap.actors}


def test_the_dateline_city_does_not_make_its_country_a_party(extractor: Extractor) -> None:
    text = (
        "CAIRO (AP) — Israel and Hamas traded accusations on Wednesday as Egypt's envoy met "
        "Qatar's prime minister.\n\nThe ceasefire took effect on Oct. 10."
    )
    events = extractor.extract(text, dt.date(2026, 1, 14))
    (truce,) = [e for e in events if e.type == "ceasefire"]
    assert {a.name for a in truce.actors} == {"Israel", "Hamas"}


def test_in_a_statement_the_subject_issues_it(extractor: Extractor) -> None:
    text = (
        "In a statement released on Thursday, Rwanda's foreign ministry rejected the American "
        "demand, saying it could not be held responsible for the M23."
    )
    events = extractor.extract(text, dt.date(2025, 12, 12))
    (statement,) = [e for e in events if e.type == "statement"]
    assert {a.name for a in statement.actors} == {"Rwanda"}


def test_committing_to_a_roadmap_is_an_agreement(extractor: Extractor) -> None:
    text = (
        "In December 2023, the Houthis and the Yemeni government committed to a UN-led roadmap "
        "that included a nationwide ceasefire."
    )
    events = extractor.extract(text, dt.date(2025, 12, 23))
    assert [(e.type, e.date_precision) for e in events] == [("agreement", "month")]
    stance = "On Monday the Houthis said they remained committed to a UN-led roadmap."
    assert extractor.extract(stance, dt.date(2025, 12, 23)) == []


def test_chief_negotiators_named_in_apposition_hold_talks(extractor: Extractor) -> None:
    text = (
        "The chief negotiators of the two sides, Petar Petkovic for Serbia and Besnik Bislimi "
        "for Kosovo, met in Brussels on Monday."
    )
    events = extractor.extract(text, dt.date(2026, 2, 19))
    assert [(e.type, e.date) for e in events] == [("talks", dt.date(2026, 2, 16))]


def test_lawmakers_calls_and_drafts_in_preparation_are_no_events(extractor: Extractor) -> None:
    calls = (
        "Some Congolese lawmakers called on Tshisekedi on Monday to suspend the Washington deal."
    )
    assert [e.type for e in extractor.extract(calls, dt.date(2025, 12, 9))] == []
    draft = "Pashinyan said on Wednesday that Armenia was preparing a draft of a new constitution."
    assert extractor.extract(draft, dt.date(2026, 1, 29)) == []


def test_day_and_month_followed_by_last_year(extractor: Extractor) -> None:
    text = "The two leaders signed a peace declaration at the White House on 8 August last year."
    events = extractor.extract(text, dt.date(2026, 2, 9))
    assert [(e.type, e.date) for e in events] == [("agreement", dt.date(2025, 8, 8))]


def test_capitalised_word_after_to_is_a_name_not_the_agreed_action(extractor: Extractor) -> None:
    text = (
        "Serbia and Kosovo met in Brussels on Monday. The two sides accepted the Agreement on the "
        "Path to Normalisation at a meeting in Ohrid on March 18, 2023."
    )
    events = extractor.extract(text, dt.date(2026, 2, 19))
    deal = next(e for e in events if e.type == "agreement")
    assert deal.date == dt.date(2023, 3, 18)


def test_talks_in_brussels_are_hosted_by_the_eu(extractor: Extractor) -> None:
    text = "Serbian and Kosovan negotiators held talks in Brussels on Wednesday."
    (event,) = extractor.extract(text, dt.date(2026, 2, 19))
    names = {a.name for a in event.actors}
    assert "European Union" in names
    assert "Belgium" not in names


def test_lexicon_travel_on_measures_counter_proposal_commitment_and_repeated_call(
    extractor: Extractor,
) -> None:
    cases = [
        ("Vance is due to travel on to Azerbaijan on Tuesday.", dt.date(2026, 2, 9), "visit"),
        (
            "In June 2023, the EU imposed measures on Kosovo, including a freeze on high-level "
            "visits.",
            dt.date(2026, 2, 19),
            "sanction",
        ),
        (
            "In October, Azerbaijan said it was lifting restrictions on cargo bound for Armenia.",
            dt.date(2025, 10, 20),
            "sanction",
        ),
        (
            "Advisers from Britain, France and Germany circulated a counter-proposal on Sunday.",
            dt.date(2025, 11, 23),
            "proposal",
        ),
        (
            "The government and the Houthis first committed to a full exchange of all prisoners "
            "in December 2018.",
            dt.date(2025, 12, 23),
            "agreement",
        ),
        (
            "Cambodia's defence minister on Thursday repeated his call for Thailand to release 18 "
            "soldiers.",
            dt.date(2025, 8, 8),
            "demand",
        ),
    ]
    for text, pub, expected in cases:
        assert [e.type for e in extractor.extract(text, pub)] == [expected], text


def test_present_tense_rejection_is_a_standing_position(extractor: Extractor) -> None:
    text = "Thailand says the mines were laid by Cambodian troops, an allegation Cambodia rejects."
    assert extractor.extract(text, dt.date(2025, 8, 8)) == []


def test_undated_travel_in_a_who_clause_is_no_visit(extractor: Extractor) -> None:
    text = (
        "Rubio, who flew in to lead the American side, told reporters on Sunday that the talks "
        "with Ukraine had been productive."
    )
    assert "visit" not in {e.type for e in extractor.extract(text, dt.date(2025, 11, 23))}


def test_what_happened_shortly_after_a_dated_clause_shares_its_day(extractor: Extractor) -> None:
    text = (
        "Thailand began returning displaced villagers to the border on Thursday. The truce took "
        "effect at noon on Monday, shortly after the defence ministers of Thailand and Cambodia "
        "signed an agreement at a border checkpoint."
    )
    deals = [e for e in extractor.extract(text, PUB) if e.type == "agreement"]
    assert [d.date.isoformat() for d in deals] == ["2025-05-12"]


def test_shortly_after_with_a_short_subject_shares_the_dated_day(extractor: Extractor) -> None:
    # A subject of a few words after "shortly after" must not read as "..., after X signed":
    # the signing happened hours before the dated clause, on its day, not on Tuesday.
    text = (
        "Officials from both countries met on Tuesday to discuss the frontier. Trading resumed "
        "at the border on Saturday, shortly after Thai and Cambodian ministers signed an agreement."
    )
    deals = [e for e in extractor.extract(text, dt.date(2025, 5, 14)) if e.type == "agreement"]
    assert [d.date.isoformat() for d in deals] == ["2025-05-10"]


def test_days_after_a_dated_clause_is_not_its_day(extractor: Extractor) -> None:
    text = (
        "Thailand began returning displaced villagers to the border on Thursday. The truce took "
        "effect at noon on Monday, two days after the defence ministers of Thailand and Cambodia "
        "signed an agreement at a border checkpoint."
    )
    deals = [e for e in extractor.extract(text, PUB) if e.type == "agreement"]
    assert "2025-05-12" not in [d.date.isoformat() for d in deals]


def test_date_before_and_belongs_to_the_first_verb(extractor: Extractor) -> None:
    text = "Driscoll flew to Kyiv on Thursday and presented the plan to Zelensky."
    events = extractor.extract(text, dt.date(2025, 11, 23))
    visit = next(e for e in events if e.type == "visit")
    assert (visit.date, visit.date_source) == (dt.date(2025, 11, 20), "text")


def test_swap_reported_by_one_sides_office_is_between_the_pair(extractor: Extractor) -> None:
    text = (
        "Ukraine and Russia held talks in June. 185 of our defenders are coming home today, the "
        "Coordination Headquarters for the Treatment of Prisoners of War reports."
    )
    events = extractor.extract(text, dt.date(2025, 10, 2))
    swap = next(e for e in events if e.type == "prisoner_exchange")
    assert {"Ukraine", "Russia"} <= {a.name for a in swap.actors}


def test_names_in_a_who_clause_take_no_part_in_the_main_verb(extractor: Extractor) -> None:
    text = (
        "Ruto, who travelled to Washington alongside the leaders of Angola and Togo, held talks "
        "with Tshisekedi on Thursday."
    )
    (event,) = extractor.extract(text, dt.date(2025, 12, 5))
    names = {a.name for a in event.actors}
    assert {"Kenya", "Democratic Republic of the Congo"} <= names
    assert not names & {"Angola", "Togo"}


def test_object_of_a_second_verb_is_not_the_first_verbs(extractor: Extractor) -> None:
    text = (
        "India and Pakistan traded fire. Rubio spoke by phone with Pakistan's army chief Asim "
        "Munir on Saturday and urged both sides to de-escalate."
    )
    call = next(e for e in extractor.extract(text, dt.date(2025, 5, 10)) if e.type == "call")
    assert "India" not in {a.name for a in call.actors}


def test_statement_issued_by_they_does_not_go_to_names_in_its_content(
    extractor: Extractor,
) -> None:
    text = (
        "In a joint statement released afterwards, they said they would speed up work on a road "
        "to Azerbaijan."
    )
    events = extractor.extract(text, dt.date(2026, 2, 9))
    assert all("Azerbaijan" not in {a.name for a in e.actors} for e in events)


def test_body_resumes_after_an_inline_read_more_box(extractor: Extractor) -> None:
    text = (
        "Armenia and Azerbaijan held talks in Abu Dhabi on Thursday, officials said today.\n\n"
        "The two leaders discussed the border and the transit route across southern Armenia.\n\n"
        "READ MORE\n"
        "Why the South Caucasus peace process keeps stalling\n\n"
        "Serbia and Kosovo signed a declaration in Brussels on Wednesday, their offices said, "
        "after two days of meetings hosted by the European Union.\n"
    )
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert ("agreement", dt.date(2025, 5, 14)) in {(e.type, e.date) for e in events}


def test_bracketed_image_caption_is_not_prose(extractor: Extractor) -> None:
    text = (
        "Leaders gathered in Geneva on Friday for the conference, officials said.\n\n"
        "[Image caption: Putin signs the accord with Erdogan in Ankara on Thursday.]\n"
    )
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert not [e for e in events if e.type == "agreement"]


def test_a_day_inside_the_month_is_the_finer_date(extractor: Extractor) -> None:
    text = (
        "After weeks of clashes in April, India and Pakistan agreed to a truce at talks in "
        "Riyadh on April 28."
    )
    events = extractor.extract(text, dt.date(2025, 5, 16))
    deal = next(e for e in events if e.type == "agreement")
    assert (deal.date, deal.date_precision) == (dt.date(2025, 4, 28), "day")


def test_a_truce_named_as_a_time_reference_is_no_event(extractor: Extractor) -> None:
    text = "Two days after the ceasefire, on Monday, Modi said India would watch Pakistan closely."
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert not [e for e in events if e.type == "ceasefire"]


def test_a_separate_deal_is_its_own_event(extractor: Extractor) -> None:
    text = (
        "Armenia and Azerbaijan signed a peace declaration in Washington on Friday. "
        "Armenia also signed a separate transit agreement with the United States on Friday."
    )
    events = extractor.extract(text, dt.date(2025, 5, 17))
    deals = [e for e in events if e.type == "agreement"]
    assert len(deals) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The African Union says it will send monitors as soon as Nigeria and Chad agree on the rules.",
        "Chad said the border would stay closed until Nigeria signs the accord.",
    ],
)
def test_consent_awaited_in_a_time_clause_is_no_agreement(extractor: Extractor, text: str) -> None:
    events = extractor.extract(text, dt.date(2025, 5, 14))
    assert not [e for e in events if e.type == "agreement"]


def test_consent_told_in_the_past_in_a_time_clause_is_an_agreement(extractor: Extractor) -> None:
    text = "Chad freed 30 prisoners once Nigeria agreed to the swap on Monday."
    events = extractor.extract(text, dt.date(2025, 5, 14))
    assert ("agreement", dt.date(2025, 5, 12)) in {(e.type, e.date) for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said on Thursday that Uganda accepted only parts of the plan.",
        "Uganda said on Thursday that it had agreed to some of the terms of the Kenyan proposal.",
    ],
)
def test_a_partial_consent_is_no_agreement(extractor: Extractor, text: str) -> None:
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert not [e for e in events if e.type == "agreement"]
    whole = text.replace("only parts of ", "").replace("some of ", "")
    assert "agreement" in {e.type for e in extractor.extract(whole, dt.date(2025, 5, 16))}


def test_cosigners_join_one_signing(extractor: Extractor) -> None:
    # (each sentence names parties the other does not: without the co-signing cue they were two
    # deals of one day)
    text = (
        "Kenyan President William Ruto on Tuesday signed the founding treaty of the new Lake "
        "Victoria Commission in Nairobi. Ministers from Uganda, Tanzania and Burundi signed the "
        "treaty alongside him at the State House."
    )
    events = extractor.extract(text, dt.date(2025, 5, 14))
    deals = [e for e in events if e.type == "agreement"]
    assert len(deals) == 1
    assert {"Kenya", "Uganda", "Tanzania", "Burundi"} <= _states(deals[0])


def test_a_deal_signed_in_a_relative_or_participle_clause(extractor: Extractor) -> None:
    text = "The talks build on the agreement Armenia and Azerbaijan signed in Doha on 27 March."
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert ("agreement", dt.date(2025, 3, 27)) in {(e.type, e.date) for e in events}
    later = "Aliyev said the treaty can only be signed after Armenia changes its constitution."
    # (a signing to come is no agreement; the condition set is a demand, see below)
    assert [e.type for e in extractor.extract(later, dt.date(2025, 5, 16))] == ["demand"]


def test_a_dated_refusal_to_join_is_a_rejection(extractor: Extractor) -> None:
    text = "Germany said on Tuesday it would not join the contact group for now."
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert [(e.type, e.date) for e in events] == [("rejection", dt.date(2025, 5, 13))]
    standing = "Moscow has always said it will not accept NATO troops in Ukraine."
    assert not extractor.extract(standing, dt.date(2025, 5, 16))


def test_a_dated_cannot_accept_is_a_rejection(extractor: Extractor) -> None:
    text = "Kosovo's government said on Tuesday it cannot accept the EU's draft statute."
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert [(e.type, e.date) for e in events] == [("rejection", dt.date(2025, 5, 13))]
    passive = "Armenia said on Wednesday that the proposal could not be accepted in its form."
    events = extractor.extract(passive, dt.date(2025, 5, 16))
    assert [(e.type, e.date) for e in events] == [("rejection", dt.date(2025, 5, 14))]
    standing = "Serbia has always said it cannot accept Kosovo's membership of the Council."
    assert not extractor.extract(standing, dt.date(2025, 5, 16))


def test_must_in_a_second_that_clause_is_the_speakers_demand(extractor: Extractor) -> None:
    text = (
        "Lavrov said on Friday that Moscow's stance had not changed and that Ukraine must "
        "withdraw from Zaporizhzhia."
    )
    events = extractor.extract(text, dt.date(2025, 5, 16))
    demand = next(e for e in events if e.type == "demand")
    roles = {a.name: a.role for a in demand.actors}
    assert roles.get("Russia") == "initiator"
    assert roles.get("Ukraine") == "target"


def test_told_a_meeting_is_an_audience(extractor: Extractor) -> None:
    text = "Erdogan told a party meeting in Ankara on Wednesday that Turkey was ready to help."
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert not [e for e in events if e.type == "meeting"]


def test_asking_someone_not_to_act_is_an_appeal(extractor: Extractor) -> None:
    text = "Macron said on Monday he had asked Putin not to strike the port of Odesa."
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert [e.type for e in events] == ["proposal"]
    unnamed = "The deal is fragile, said a diplomat who asked not to be named on Friday."
    assert not [e for e in extractor.extract(unnamed, dt.date(2025, 5, 16)) if e.type == "proposal"]


def test_a_call_that_opens_the_sentence_is_the_occasion_of_the_deal(
    extractor: Extractor,
) -> None:
    text = "During a phone call with Erdogan on 3 May, Putin agreed to resume grain exports."
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert {("call", dt.date(2025, 5, 3)), ("agreement", dt.date(2025, 5, 3))} <= {
        (e.type, e.date) for e in events
    }


def test_the_exchange_of_fire_is_no_prisoner_swap(extractor: Extractor) -> None:
    text = "Shelling went on along the border on Friday, and the exchange of fire grew heavier."
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert not [e for e in events if e.type == "prisoner_exchange"]


def test_a_present_insistence_is_a_standing_position(extractor: Extractor) -> None:
    text = "Baku insists that Yerevan amend its constitution; Yerevan says it will not."
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert not [e for e in events if e.type == "demand"]


def test_rejecting_an_accusation_is_no_rejection(extractor: Extractor) -> None:
    past = "Serbia accused Kosovo of provocations, an accusation Pristina rejected as false."
    assert not [e for e in extractor.extract(past, dt.date(2025, 5, 16)) if e.type == "rejection"]
    after = "Pristina has always rejected the allegations made by Belgrade."
    assert not [e for e in extractor.extract(after, dt.date(2025, 5, 16)) if e.type == "rejection"]
    offer = "On Tuesday Pristina rejected the plan put forward by Belgrade."
    assert [e.type for e in extractor.extract(offer, dt.date(2025, 5, 16))] == ["rejection"]


def test_rejecting_remarks_on_a_named_day_is_a_rejection(extractor: Extractor) -> None:
    # the other side's accusation or remarks, rejected on a day the sentence names: that day's news
    for text in (
        "On Tuesday Pristina rejected the allegations made by Belgrade.",
        "The foreign ministry on Monday rejected remarks by the Serbian defence minister as "
        "reckless.",
    ):
        events = extractor.extract(text, dt.date(2025, 5, 16))
        assert [e.type for e in events] == ["rejection"], text


def test_a_date_of_the_rejected_claims_does_not_date_their_denial(extractor: Extractor) -> None:
    # the day is the relative clause's (when the claims were repeated), not the rejection's
    for text in (
        "Pristina has rejected the allegations, which Belgrade repeated on Monday.",
        "Pristina has rejected the allegations that Belgrade repeated on Monday.",
    ):
        assert extractor.extract(text, dt.date(2025, 5, 16)) == [], text


def test_a_proposal_told_as_one_more_is_its_own(extractor: Extractor) -> None:
    text = (
        "Azerbaijan proposed on Monday to set up a border commission with Armenia. "
        "Azerbaijan also proposed reopening the railway through Armenia."
    )
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert [e.type for e in events] == ["proposal", "proposal"]


def test_welcoming_a_signed_deal_is_no_new_signing(extractor: Extractor) -> None:
    text = (
        "Kenya and Somalia signed a border accord in Nairobi on Tuesday. "
        '"We welcome the border accord signed in Nairobi," Ethiopia said in a written statement '
        "on Wednesday."
    )
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert sorted((e.type, e.date) for e in events) == [
        ("agreement", dt.date(2025, 5, 13)),
        ("statement", dt.date(2025, 5, 14)),
    ]


def test_talks_held_on_a_visit_are_a_meeting_on_the_trip(extractor: Extractor) -> None:
    # a trip that happened is the visit plus a meeting for each encounter told on it (devset
    # README, "Clarified 2026-11-26"), leaders' "talks" a meeting
    text = "Orban paid a brief visit to Belgrade on Monday, where he held talks with Vucic."
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert [(e.type, e.date, _states(e)) for e in events] == [
        ("visit", dt.date(2025, 5, 12), {"Hungary", "Serbia"}),
        ("meeting", dt.date(2025, 5, 12), {"Hungary", "Serbia"}),
    ]
    text = "Lula travelled to Lisbon on Thursday and held talks with the Portuguese premier."
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert [(e.type, e.date, _states(e)) for e in events] == [
        ("visit", dt.date(2025, 5, 15), {"Brazil", "Portugal"}),
        ("meeting", dt.date(2025, 5, 15), {"Brazil", "Portugal"}),
    ]


def test_a_deadline_to_accept_is_a_demand(extractor: Extractor) -> None:
    text = "The envoy said on Tuesday that Hamas had until Sunday to accept the plan."
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert [(e.type, e.date) for e in events] == [("demand", dt.date(2025, 5, 13))]


def test_that_same_day_is_the_day_spoken_of_last(extractor: Extractor) -> None:
    text = (
        "The truce took effect on Friday. "
        "Egypt and Qatar warned the sides on Tuesday. "
        "On that same day, Egypt and Qatar signed a declaration backing the deal."
    )
    events = extractor.extract(text, dt.date(2025, 5, 16))
    deal = next(e for e in events if e.type == "agreement")
    assert deal.date == dt.date(2025, 5, 13)


def test_agreed_as_an_adjective_is_no_agreement(extractor: Extractor) -> None:
    text = "Aid deliveries to Gaza remained far below agreed levels on Monday, Israel said."
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert not [e for e in events if e.type == "agreement"]


def test_meeting_regularly_is_a_habit(extractor: Extractor) -> None:
    text = "The border commissions of Armenia and Azerbaijan have met regularly since 2023."
    assert not extractor.extract(text, dt.date(2025, 5, 16))


def test_talks_said_to_be_unlikely_are_no_talks(extractor: Extractor) -> None:
    text = (
        "India said the contact with Pakistan on Monday was a good sign but cautioned that broader "
        "political talks were unlikely soon."
    )
    assert not [e for e in extractor.extract(text, dt.date(2025, 5, 16)) if e.type == "talks"]


def test_a_swap_dated_in_its_own_relative_clause(extractor: Extractor) -> None:
    text = (
        "Russia and Ukraine held talks on May 16. It was followed by a 1,000-for-1,000 swap "
        "that was completed on May 25."
    )
    events = extractor.extract(text, dt.date(2025, 7, 24))
    swap = next(e for e in events if e.type == "prisoner_exchange")
    assert swap.date == dt.date(2025, 5, 25)


def test_calling_a_counterpart_is_a_call(extractor: Extractor) -> None:
    text = "The Pakistani army chief called his Indian counterpart on Saturday afternoon."
    events = extractor.extract(text, dt.date(2025, 5, 12))
    assert [(e.type, e.date) for e in events] == [("call", dt.date(2025, 5, 10))]


def test_a_dated_offer_to_host_is_a_proposal(extractor: Extractor) -> None:
    dated = (
        "Erdogan said on Thursday that Turkey was ready to host a meeting of Putin and Zelensky."
    )
    events = extractor.extract(dated, dt.date(2025, 7, 25))
    assert [(e.type, e.date) for e in events] == [("proposal", dt.date(2025, 7, 24))]
    undated = "Erdogan has said Turkey is ready to host a meeting of Putin and Zelensky."
    assert not extractor.extract(undated, dt.date(2025, 7, 25))


def test_a_dated_readiness_to_hold_talks_is_a_proposal(extractor: Extractor) -> None:
    """An offer of talks told as readiness (CAMEO 036), with its counterpart or its talks."""
    for text in (
        "Peru said on Tuesday it was ready to hold talks with Chile on the maritime border.",
        "Chile's foreign minister said on Tuesday that Santiago was willing to hold such talks "
        "at a neutral venue.",
        "Bolivia told the mediators on Tuesday it was ready to negotiate with Chile.",
    ):
        events = extractor.extract(text, dt.date(2025, 7, 25))
        assert [(e.type, e.date) for e in events] == [("proposal", dt.date(2025, 7, 22))], text
    for text in (
        "Peru has long said it is ready to hold talks with Chile.",  # a standing position
        "Peru said on Tuesday it was not ready to hold talks with Chile.",
        "Analysts said on Tuesday the war would go on until Peru is ready to negotiate seriously.",
    ):
        assert not [
            e for e in extractor.extract(text, dt.date(2025, 7, 25)) if e.type == "proposal"
        ], text


def test_a_joint_bodys_session_told_by_its_holding_is_talks(extractor: Extractor) -> None:
    for text, day in (
        (
            "The border commissions of Peru and Chile held their latest session in Tacna on Tuesday.",
            22,
        ),
        ("The joint mechanism set up by Peru and Chile will hold its next session on Monday.", 28),
    ):
        events = extractor.extract(text, dt.date(2025, 7, 25))
        assert [(e.type, e.date) for e in events] == [("talks", dt.date(2025, 7, day))], text
    for text in (
        "The Board of Peace held its first full session in Lima on Tuesday.",
        "The board of the Andean fund will hold its next session in Quito on Monday.",
        "Peru's parliament held its first session of the year on Tuesday.",
    ):
        assert not extractor.extract(text, dt.date(2025, 7, 25)), text


def test_a_conference_told_by_its_host_is_a_meeting(extractor: Extractor) -> None:
    for text, day in (
        ("Norway hosted an international conference on the crisis in Oslo on Tuesday.", 22),
        ("Chile will host a donors' conference in Santiago on Monday.", 28),
        ("Peru co-hosted a ministerial conference in Lima on Tuesday with Ecuador.", 22),
    ):
        events = extractor.extract(text, dt.date(2025, 7, 25))
        assert [(e.type, e.date) for e in events] == [("meeting", dt.date(2025, 7, day))], text
    for text in (
        "Norway hosted a press conference in Oslo on Tuesday.",
        "Chile's president told a news conference in Santiago on Tuesday that talks would go on.",
    ):
        assert not [
            e for e in extractor.extract(text, dt.date(2025, 7, 25)) if e.type == "meeting"
        ], text


def test_a_date_in_what_was_agreed_is_the_next_meetings(extractor: Extractor) -> None:
    text = (
        "The commissions of Armenia and Azerbaijan met in Gabala on Tuesday. The parties agreed "
        "that the next meeting of the commissions will be held in Yerevan in February."
    )
    events = extractor.extract(text, dt.date(2026, 1, 21))
    assert sorted((e.type, e.date) for e in events if e.type == "agreement") == [
        ("agreement", dt.date(2026, 1, 20))
    ]


def test_a_date_in_a_passive_participle_clause_is_its_own(extractor: Extractor) -> None:
    text = (
        "On Saturday, advisers from Britain and France met Ukrainian officials in Kyiv to "
        "prepare the documents being discussed in Paris today."
    )
    events = extractor.extract(text, dt.date(2026, 1, 6))
    assert [(e.type, e.date) for e in events] == [("meeting", dt.date(2026, 1, 3))]


def test_the_coalition_of_the_willing_is_no_hedge(extractor: Extractor) -> None:
    text = (
        "The coalition of the willing issued a joint statement on Tuesday pledging guarantees "
        "for Ukraine, while Britain and France committed troops."
    )
    events = extractor.extract(text, dt.date(2026, 1, 7))
    statement = next(e for e in events if e.type == "statement")
    assert {a.name for a in statement.actors} == {"Coalition of the Willing"}


def test_a_demand_that_was_rejected_is_no_demand(extractor: Extractor) -> None:
    text = (
        "On Sunday, the M23 rejected Kinshasa's demand that the rebels hand over the airport. "
        "Hezbollah on Thursday rejected the Israeli and American demands that it disarm."
    )
    events = extractor.extract(text, dt.date(2026, 1, 26))
    assert {e.type for e in events} == {"rejection"}
    # a second act of its own still counts
    both = "Sudan rejected the plan on Monday and demanded that the RSF withdraw from the cities."
    assert {e.type for e in extractor.extract(both, dt.date(2025, 11, 26))} == {
        "rejection",
        "demand",
    }


def test_the_author_of_a_refused_truce_is_its_target(extractor: Extractor) -> None:
    text = (
        "Sudan's army on Tuesday dismissed a unilateral humanitarian truce announced by the "
        "Rapid Support Forces."
    )
    events = extractor.extract(text, dt.date(2025, 11, 25))
    rejection = next(e for e in events if e.type == "rejection")
    assert {a.name for a in rejection.actors} == {"Sudanese Armed Forces", "Rapid Support Forces"}


def test_sudans_army_backed_government_is_sudan(extractor: Extractor) -> None:
    text = "Sudan's army-backed government on Tuesday rejected the truce plan."
    events = extractor.extract(text, dt.date(2025, 11, 25))
    assert [{a.name for a in e.actors} for e in events] == [{"Sudan"}]


def test_exchanged_lists_of_prisoners_is_no_swap(extractor: Extractor) -> None:
    lists = "India and Pakistan on Thursday exchanged lists of prisoners held in their jails."
    assert not [e for e in extractor.extract(lists, dt.date(2026, 1, 2)) if e.type != "other"]
    swap = "Russia and Ukraine on Thursday exchanged 150 prisoners each."
    assert [e.type for e in extractor.extract(swap, dt.date(2026, 1, 2))] == ["prisoner_exchange"]


def test_a_day_told_just_before_in_a_statement_dates_the_rejection(extractor: Extractor) -> None:
    text = (
        "Eritrean and Ethiopian troops clashed near the border on Friday. Eritrea rejected the "
        "plan on Monday in a statement posted online."
    )
    events = extractor.extract(text, dt.date(2026, 3, 12))
    assert ("rejection", dt.date(2026, 3, 9)) in [(e.type, e.date) for e in events]


def test_a_televised_speech_is_no_statement(extractor: Extractor) -> None:
    text = (
        "Hezbollah's leader said in a televised speech on Thursday that its weapons were not up "
        "for discussion."
    )
    assert not extractor.extract(text, dt.date(2025, 12, 19))


def test_a_televised_address_is_no_statement_unless_to_the_nation(extractor: Extractor) -> None:
    # A leader's televised address is a speech, not a formal statement (devset README); an
    # address to the nation is one.
    text = (
        "In a televised address on Sunday, Sudan's army chief said the army would fight on until "
        "the rebels were defeated."
    )
    assert "statement" not in [e.type for e in extractor.extract(text, dt.date(2026, 4, 7))]
    text = (
        "In a televised address to the nation on Sunday, Sudan's army chief said the army would "
        "fight on until the rebels were defeated."
    )
    assert "statement" in [e.type for e in extractor.extract(text, dt.date(2026, 4, 7))]


def test_a_must_said_of_no_party_is_no_demand(extractor: Extractor) -> None:
    text = (
        "Asked about a truce on Monday, Russia's negotiator said that this question must be "
        "studied by experts first."
    )
    assert "demand" not in [e.type for e in extractor.extract(text, dt.date(2026, 4, 7))]
    text = "Russia's negotiator said on Monday that Ukraine must withdraw its troops first."
    assert "demand" in [e.type for e in extractor.extract(text, dt.date(2026, 4, 7))]


def test_a_refusal_to_give_up_arms_is_the_refusers_rejection(extractor: Extractor) -> None:
    # Saying on a given day that one would not hand over, surrender or give up something is a
    # refusal that day; what is given up and to whom is its content, not a party.
    text = (
        "The M23's spokesman said on Monday that the rebels would not hand over their weapons "
        "to the Congolese army."
    )
    (rejection,) = [
        e for e in extractor.extract(text, dt.date(2026, 4, 7)) if e.type == "rejection"
    ]
    assert {a.name for a in rejection.actors} == {"M23"}
    assert rejection.date == dt.date(2026, 4, 6)
    text = "Hezbollah's leader said on Sunday the group would not surrender its arms."
    assert "rejection" in [e.type for e in extractor.extract(text, dt.date(2026, 4, 7))]
    # undated, it is a standing position
    text = "Hezbollah has long said it would not surrender its arms."
    assert "rejection" not in [e.type for e in extractor.extract(text, dt.date(2026, 4, 7))]


def test_an_undated_report_tells_the_latest_day_the_story_reached(extractor: Extractor) -> None:
    # The lead tells Monday; once the story has moved on to Tuesday (even in an earlier
    # paragraph), an undated report tells Tuesday, not the lead's day; what "had" happened
    # stays on the lead's day.
    text = (
        "The foreign ministers of Armenia and Azerbaijan met in Vienna on Monday to discuss the "
        "peace treaty.\n\nThen came Tuesday's summit in Vienna, where the leaders of the two "
        "countries met.\n\nAliyev rejected Armenia's proposal for a joint border force. "
        "Pashinyan said Armenia had proposed a joint border force at the ministers' meeting."
    )
    events = extractor.extract(text, dt.date(2026, 3, 4))
    dated = {(e.type, e.date) for e in events}
    assert ("rejection", dt.date(2026, 3, 3)) in dated
    assert ("proposal", dt.date(2026, 3, 2)) in dated
    # the same right after a sentence that told the later day
    text = (
        "Serbian and Kosovo negotiators met in Brussels on Monday. On Tuesday, Serbia's "
        "president gave a speech in Belgrade. Kosovo rejected the EU plan for the association."
    )
    events = extractor.extract(text, dt.date(2026, 3, 4))
    assert ("rejection", dt.date(2026, 3, 3)) in {(e.type, e.date) for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan said on Monday that the talks would cover only trade, in effect turning down "
        "India's offer of a broader dialogue.",
        "Kosovo's prime minister on Monday again ruled that out.",
        "Ethiopia's foreign minister spoke on Monday, dismissing Eritrea's plan for a border force.",
        "The M23 on Monday published a list of conditions, effectively ruling out a return to "
        "the talks.",
    ],
)
def test_a_refusal_told_with_a_participle_or_a_pronoun_object_is_a_rejection(
    extractor: Extractor, text: str
) -> None:
    assert "rejection" in [e.type for e in extractor.extract(text, dt.date(2026, 4, 7))]


def test_a_date_after_a_nouns_participle_dates_the_noun_not_the_speech_act(
    extractor: Extractor,
) -> None:
    # "the understanding reached in March last year" dates the understanding; the undated
    # demand of the formal statement is the news of the day, not background.
    text = (
        'Eritrea and Ethiopia exchanged fire near the border on Monday. "Ethiopia demands that '
        'Eritrea respect the understanding reached in March last year," the foreign ministry '
        "said in a statement."
    )
    events = extractor.extract(text, dt.date(2026, 4, 7))
    assert ("demand", dt.date(2026, 4, 6)) in {(e.type, e.date) for e in events}


def test_an_undated_lead_retold_later_with_its_day_is_one_event_on_that_day(
    extractor: Extractor,
) -> None:
    # The lead gives no day (the paper's day, Wednesday, stands in for it); a later paragraph
    # tells the same truce with its day, Monday: one truce, on Monday.
    text = (
        "The M23 rebels have announced a two-week humanitarian truce. Kinshasa called it a "
        "ploy.\n\nThe Congolese government on Wednesday rejected a unilateral truce declared by "
        "the M23.\n\nM23 leader Bertrand Bisimwa announced the two-week truce in a video address "
        "on Monday, saying his fighters would halt offensive operations."
    )
    events = extractor.extract(text, dt.date(2026, 4, 8))
    truces = [e.date for e in events if e.type == "ceasefire"]
    assert truces == [dt.date(2026, 4, 6)]


def test_representatives_and_mediators_meeting_hold_talks(extractor: Extractor) -> None:
    text = (
        "Israeli and Lebanese civilian representatives met for a second time on Friday in Naqoura."
    )
    assert [e.type for e in extractor.extract(text, dt.date(2025, 12, 19))] == ["talks"]
    # Mediators with one side only: a meeting (devset README, encounters).
    text = "Qatari and Egyptian mediators met Hamas leaders in Doha on Monday."
    assert [e.type for e in extractor.extract(text, dt.date(2026, 2, 3))] == ["meeting"]


def test_the_leaders_who_adopted_a_statement_issued_it(extractor: Extractor) -> None:
    text = (
        "Leaders of the coalition of the willing adopted a joint statement in Paris on Tuesday, "
        "and Britain and France signed a separate declaration with Kyiv."
    )
    events = extractor.extract(text, dt.date(2026, 1, 7))
    statement = next(e for e in events if e.type == "statement")
    assert {a.name for a in statement.actors} == {"Coalition of the Willing"}


def test_this_year_is_a_comparison_period_not_the_date(extractor: Extractor) -> None:
    text = (
        "Two hundred soldiers came home from captivity on Thursday in the largest prisoner "
        "exchange between Russia and Ukraine so far this year."
    )
    events = extractor.extract(text, dt.date(2026, 3, 13))
    assert [(e.type, e.date, e.date_precision) for e in events] == [
        ("prisoner_exchange", dt.date(2026, 3, 12), "day")
    ]


def test_undated_present_perfect_offer_is_a_standing_position(extractor: Extractor) -> None:
    text = "Russia and Ukraine met in Geneva on Monday. Norway has offered to host further talks."
    events = extractor.extract(text, dt.date(2026, 3, 10))
    assert "proposal" not in [e.type for e in events]
    dated = "Norway offered on Tuesday to host further talks between Russia and Ukraine."
    events = extractor.extract(dated, dt.date(2026, 3, 10))
    assert [(e.type, e.date) for e in events] == [("proposal", dt.date(2026, 3, 10))]


def test_undated_sentence_led_by_the_deal_tells_its_terms(extractor: Extractor) -> None:
    text = (
        "Israel and Hamas held talks in Cairo on Tuesday. Under the first phase of the truce, "
        "Hamas released the hostages and Israel freed hundreds of Palestinian prisoners."
    )
    events = extractor.extract(text, dt.date(2026, 3, 4))
    assert "prisoner_exchange" not in [e.type for e in events]


def test_border_committee_session_is_talks_of_both_sides(extractor: Extractor) -> None:
    text = (
        "Thailand and Cambodia traded accusations over the border on Monday. Thai and Cambodian "
        "officers will meet at the Regional Border Committee next week, the Thai army said."
    )
    events = extractor.extract(text, dt.date(2026, 3, 3))
    planned = [e for e in events if e.planned]
    assert [e.type for e in planned] == ["talks"]
    assert {"Cambodia", "Thailand"} <= {a.name for a in planned[0].actors}


def test_next_round_takes_the_parties_of_the_talks_held(extractor: Extractor) -> None:
    text = (
        "Iranian and US negotiators held talks in Muscat on Saturday with Omani mediation. The "
        "Omani foreign minister said on Sunday that the fifth round would take place in Rome "
        "next Saturday."
    )
    events = extractor.extract(text, dt.date(2026, 3, 9))
    planned = [e for e in events if e.planned]
    assert [(e.type, e.date) for e in planned] == [("talks", dt.date(2026, 3, 14))]
    assert {"Iran", "United States", "Oman"} <= {a.name for a in planned[0].actors}


@pytest.mark.parametrize(
    "plan",
    [
        "The next meeting is scheduled for March 3.",
        "The next round of talks is scheduled for March 3.",
        "The next meeting of the two commissions will be held on March 3.",
    ],
)
def test_a_next_session_naming_no_parties_is_between_those_of_the_talks_held(
    extractor: Extractor, plan: str
) -> None:
    # the parties are named only in an earlier sentence; the plan's verb follows its noun
    text = (
        "Serbian and Kosovan negotiators held a round of talks in Brussels on Tuesday on the "
        f"missing persons file. {plan}"
    )
    events = extractor.extract(text, dt.date(2026, 2, 12))
    planned = [e for e in events if e.planned]
    assert [(e.type, e.date) for e in planned] == [("talks", dt.date(2026, 3, 3))]
    assert {"Kosovo", "Serbia"} <= _states(planned[0])


def test_a_next_meeting_with_no_talks_held_before_is_dropped(extractor: Extractor) -> None:
    text = "Officials said on Tuesday that the next meeting is scheduled for March 3."
    assert not extractor.extract(text, dt.date(2026, 2, 12))


def test_earlier_occasion_in_a_plan_keeps_its_past_date(extractor: Extractor) -> None:
    text = (
        "Delegations from Russia, Ukraine and the United States are due to meet in Abu Dhabi on "
        "Wednesday, 4 February, for a second round of talks after their first meeting in the "
        "Emirati capital in late January."
    )
    events = extractor.extract(text, dt.date(2026, 2, 2))
    assert all(e.date < dt.date(2026, 12, 1) for e in events)
    assert ("talks", dt.date(2026, 2, 4)) in [(e.type, e.date) for e in events]


def test_words_of_a_rejected_claim_report_nothing(extractor: Extractor) -> None:
    text = (
        "The Coordination Headquarters rejected claims by Russian officials that Kyiv had "
        '"refused to take back" the bodies of its soldiers.'
    )
    assert extractor.extract(text, dt.date(2026, 1, 16)) == []


def test_pay_a_visit_is_a_visit(extractor: Extractor) -> None:
    text = "Lavrov will pay a visit to Ankara on March 24 for talks with Hakan Fidan."
    events = extractor.extract(text, dt.date(2026, 3, 17))
    assert [(e.type, e.date, e.planned) for e in events] == [("visit", dt.date(2026, 3, 24), True)]


def test_a_few_dated_background_paragraphs_do_not_make_a_chronicle(extractor: Extractor) -> None:
    # Three paragraphs open with a date, but most of the article is news prose: a yearless date
    # takes the publication's year, not the year the last background paragraph named.
    text = (
        "The two leaders met in Vienna on Saturday.\n\n"
        "They discussed the border.\n\n"
        "The host welcomed the progress.\n\n"
        "On February 13, the foreign ministers of Armenia and Azerbaijan spoke.\n\n"
        "On January 14, 2026, the sides signed a memorandum.\n\n"
        "On October 10, 2025, Azerbaijan lifted transit restrictions.\n\n"
        "Officials described the talks as useful.\n\n"
        "Pashinyan arrived in Vienna on February 13 on a working visit."
    )
    events = extractor.extract(text, dt.date(2026, 2, 14))
    visit = next(e for e in events if e.type == "visit")
    assert visit.date == dt.date(2026, 2, 13)


def test_travel_for_the_next_round_of_talks_is_that_round(extractor: Extractor) -> None:
    text = "A Russian delegation will travel to Geneva for the next round of talks on Monday."
    events = extractor.extract(text, dt.date(2026, 2, 12))
    assert [(e.type, e.date, e.planned) for e in events] == [("talks", dt.date(2026, 2, 16), True)]


def test_met_in_talks_is_talks(extractor: Extractor) -> None:
    text = (
        "Syria's foreign minister met Israel's strategic affairs minister in Paris on July 24, "
        "in talks brokered by the United States."
    )
    events = extractor.extract(text, dt.date(2025, 8, 1))
    assert [e.type for e in events] == ["talks"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Serbia's chief negotiator met Kosovo's deputy prime minister in Brussels on "
            "Tuesday for talks on the energy roadmap.",
            "talks",
        ),
        (
            "China's foreign minister will host his Armenian and Azerbaijani counterparts in "
            "Beijing on Sunday for negotiations on the border.",
            "talks",
        ),
        # (leaders who meet "for talks" hold a meeting: the encounter rules of the README)
        ("Putin met Trump in Anchorage on Friday for talks on Ukraine.", "meeting"),
    ],
)
def test_met_for_talks_is_talks(extractor: Extractor, text: str, expected: str) -> None:
    events = extractor.extract(text, dt.date(2025, 8, 20))
    assert [e.type for e in events] == [expected]


def test_who_attended_the_meeting_is_an_aside(extractor: Extractor) -> None:
    text = (
        "Lebanese and Israeli envoys took part on Wednesday in a session of the ceasefire "
        "committee in Naqoura. US envoy Morgan Ortagus, who attended the Naqoura meeting, met "
        "President Joseph Aoun at the Baabda Palace on Thursday."
    )
    events = extractor.extract(text, dt.date(2026, 1, 9))
    assert [e.date for e in events if e.type == "meeting"] == [dt.date(2026, 1, 8)]


@pytest.mark.parametrize(
    "text",
    [
        "This is enshrined in the agreement that we have initialed, Pashinyan said.",
        "Pakistan may send troops to the force, which was endorsed by the Security Council.",
    ],
)
def test_undated_relative_clause_of_a_past_deal_reports_nothing(
    extractor: Extractor, text: str
) -> None:
    assert [e.type for e in extractor.extract(text, dt.date(2026, 2, 14))] == []


def test_brought_home_a_number_is_a_swap(extractor: Extractor) -> None:
    text = "Armenia brought home 12 soldiers from Azerbaijani captivity on Tuesday."
    events = extractor.extract(text, dt.date(2025, 8, 1))
    assert [(e.type, e.date.isoformat()) for e in events] == [("prisoner_exchange", "2025-07-29")]


def test_a_number_written_in_words_counts_as_a_number(extractor: Extractor) -> None:
    """``{n}`` in a trigger phrase stands for small numbers spelled out as well."""
    for text in (
        "Peru handed over four Chilean fishermen to Chile at the border on Tuesday.",
        "Armenia brought home three soldiers from Azerbaijani captivity on Tuesday.",
    ):
        events = extractor.extract(text, dt.date(2025, 8, 1))
        assert [(e.type, e.date.isoformat()) for e in events] == [
            ("prisoner_exchange", "2025-07-29")
        ], text
    text = "Peru and Chile exchanged one more letter on the border on Tuesday."
    assert not [
        e for e in extractor.extract(text, dt.date(2025, 8, 1)) if e.type == "prisoner_exchange"
    ]


def test_received_the_bodies_is_a_swap_dated_after_the_comma(extractor: Extractor) -> None:
    # "before the swap," is closed by its comma: the date that follows is the handover's.
    text = "A day before the swap, on July 28, Ukraine received the bodies of 900 soldiers."
    events = extractor.extract(text, dt.date(2025, 8, 1))
    assert [(e.type, e.date.isoformat()) for e in events] == [("prisoner_exchange", "2025-07-28")]


def test_signed_a_protocol_is_an_agreement(extractor: Extractor) -> None:
    text = "Serbia and Kosovo signed a protocol on border crossings on Tuesday."
    events = extractor.extract(text, dt.date(2025, 8, 1))
    assert "agreement" in {e.type for e in events}


def test_two_countries_skip_a_state_and_an_organisation(extractor: Extractor) -> None:
    # The pair just reported is Ukraine and the ICRC: "the two countries" are not those two.
    text = (
        "Russia and Ukraine exchanged prisoners on Friday. "
        "Ukraine and the ICRC agreed on Monday to speed up the search for the missing. "
        "The two countries held talks in Istanbul on Tuesday."
    )
    events = extractor.extract(text, dt.date(2025, 6, 5))
    talks = [e for e in events if e.type == "talks"]
    assert len(talks) == 1
    names = {a.name for a in talks[0].actors}
    assert {"Russia", "Ukraine"} <= names
    assert "International Committee of the Red Cross" not in names


def test_a_clock_time_in_uk_time_names_no_party(extractor: Extractor) -> None:
    text = "Israel says the ceasefire in Gaza came into effect at 12:00 local time (10:00 UK time)."
    events = extractor.extract(text, dt.date(2025, 10, 10))
    assert events
    assert all("United Kingdom" not in {a.name for a in e.actors} for e in events)


def test_a_cabinet_meeting_is_no_meeting_of_parties(extractor: Extractor) -> None:
    text = (
        "Pashinyan, talking to reporters after the cabinet meeting on Monday, "
        "said Armenia wanted peace with Azerbaijan."
    )
    events = extractor.extract(text, dt.date(2026, 1, 12))
    assert "meeting" not in {e.type for e in events}


def test_a_truce_awaited_in_the_present_tense_is_no_truce(extractor: Extractor) -> None:
    text = "Starmer said British troops would only deploy after a truce takes effect."
    events = extractor.extract(text, dt.date(2026, 1, 7))
    assert "ceasefire" not in {e.type for e in events}


def test_a_truce_that_took_effect_after_talks_is_still_reported(extractor: Extractor) -> None:
    text = "Clashes resumed hours after a ceasefire took effect on Monday between Thailand and Cambodia."
    events = extractor.extract(text, dt.date(2026, 1, 7))
    assert "ceasefire" in {e.type for e in events}


# --- who takes part, which date is whose, what refers back ------------------------------------


def test_the_un_before_a_longer_un_body_name_is_that_body(extractor: Extractor) -> None:
    text = "The head of the UN refugee agency visited a transit camp near Goma on Tuesday."
    events = extractor.extract(text, dt.date(2026, 3, 5))
    assert [e.type for e in events] == ["visit"]
    assert "UNHCR" in _states(events[0])
    assert "United Nations" not in _states(events[0])


def test_an_organisation_describing_the_one_in_apposition_takes_no_part(
    extractor: Extractor,
) -> None:
    text = "The UN nuclear watchdog, the IAEA, on Monday demanded access to the Zaporizhzhia plant."
    events = extractor.extract(text, dt.date(2026, 3, 5))
    assert [(e.type, _states(e)) for e in events] == [
        ("demand", {"International Atomic Energy Agency"})
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Negotiators from Serbia and Kosovo have resumed technical talks in Brussels, the EU said.",
        "Envoys from Armenia and Azerbaijan have begun a fresh round of border talks in Tbilisi.",
    ],
)
def test_resumed_or_begun_talks_with_a_modifier_are_talks(extractor: Extractor, text: str) -> None:
    events = extractor.extract(text, dt.date(2026, 3, 4))
    assert "talks" in {e.type for e in events}


def test_to_before_a_plural_noun_is_the_recipient_not_the_proposed_action(
    extractor: Extractor,
) -> None:
    # "to donors" names who got the plan: "in May" dates the presentation.
    text = (
        "The Egyptian minister presented a reconstruction plan for Gaza to donors in Cairo in May."
    )
    events = extractor.extract(text, dt.date(2025, 8, 1))
    assert [(e.type, e.date.isoformat(), e.date_precision) for e in events] == [
        ("proposal", "2025-05-01", "month")
    ]


def test_a_date_of_a_deal_told_by_a_participle_is_not_a_later_verbs(
    extractor: Extractor,
) -> None:
    # The date belongs to "the accord signed ...", not to the demand made in the same breath.
    text = (
        "Pashinyan said Armenia stood by the accord signed in Washington on 8 August 2025 "
        "and demanded that Baku drop its claims."
    )
    events = extractor.extract(text, dt.date(2026, 1, 20))
    assert ("demand", "2025-08-08") not in {(e.type, e.date.isoformat()) for e in events}


def test_a_settlement_awaited_in_the_passive_is_no_agreement(extractor: Extractor) -> None:
    text = "Moscow ruled out a pause in the fighting before a final settlement is agreed with Kyiv."
    events = extractor.extract(text, dt.date(2026, 2, 18))
    assert "agreement" not in {e.type for e in events}


def test_the_results_of_named_talks_are_no_new_encounter(extractor: Extractor) -> None:
    text = (
        "Italian Prime Minister Giorgia Meloni will chair a video call with Zelensky on Monday "
        "to review the results of the Istanbul talks, her office said."
    )
    events = extractor.extract(text, dt.date(2026, 3, 5))
    assert {e.type for e in events} == {"call"}


def test_a_stance_told_to_reporters_is_news_of_that_day(extractor: Extractor) -> None:
    text = "A Kremlin aide told journalists on the sidelines of the forum that Moscow rejects the plan."
    events = extractor.extract(text, dt.date(2026, 2, 18))
    assert [(e.type, e.date.isoformat()) for e in events] == [("rejection", "2026-02-18")]


def test_a_reference_back_after_another_verb_claims_no_date(extractor: Extractor) -> None:
    # "the summit" is what the call prepared: the evening named before it is the call's.
    text = (
        "Putin and Trump met in Anchorage on Friday. "
        "Zelensky said he had spoken by phone with Macron on Thursday evening to prepare the summit."
    )
    events = extractor.extract(text, dt.date(2025, 8, 16))
    assert ("call", "2025-08-14") in {(e.type, e.date.isoformat()) for e in events}


def test_a_numbered_group_with_a_name_takes_the_group_last_reported(extractor: Extractor) -> None:
    text = (
        "The US, Egypt, Qatar and Turkey signed a declaration on Gaza in Sharm el-Sheikh on "
        "Monday. Officials from the four guarantor countries are due to meet in Cairo next week."
    )
    events = extractor.extract(text, dt.date(2025, 10, 11))
    planned = [e for e in events if e.planned]
    assert planned
    assert {"United States", "Qatar", "Egypt", "Turkey"} <= _states(planned[0])


def test_a_year_and_days_after_counts_the_year(extractor: Extractor) -> None:
    text = (
        "Israel and Hamas exchanged accusations, a year and three days after the truce took effect."
    )
    events = extractor.extract(text, dt.date(2026, 1, 22))
    assert ("ceasefire", "2025-01-19") in {(e.type, e.date.isoformat()) for e in events}


def test_a_swap_that_was_discussed_is_a_subject_not_a_swap(extractor: Extractor) -> None:
    text = (
        "Erdogan and Putin spoke by phone on Monday and discussed the exchange of prisoners "
        "and grain shipments."
    )
    events = extractor.extract(text, dt.date(2025, 9, 3))
    assert {e.type for e in events} == {"call"}


def test_a_subject_with_a_lower_case_title_is_inherited_whole(extractor: Extractor) -> None:
    text = (
        "On Monday, Thai acting prime minister Phumtham Wechayachai and Cambodian Prime Minister "
        "Hun Manet met in Kuala Lumpur. They agreed there to an immediate truce."
    )
    events = extractor.extract(text, dt.date(2025, 7, 30))
    deal = next(e for e in events if e.type == "agreement")
    assert {"Thailand", "Cambodia"} <= _states(deal)


def test_a_date_before_an_after_clause_is_not_its_verbs(extractor: Extractor) -> None:
    text = (
        "Armenia and Azerbaijan exchanged 40 detainees on Monday. The largest exchange of the "
        "conflict was completed on June 20, 2025, after the two countries agreed at talks in Abu "
        "Dhabi on June 2, 2025 to trade 500 detainees each."
    )
    events = extractor.extract(text, dt.date(2026, 7, 1))
    deals = {e.date.isoformat() for e in events if e.type == "agreement"}
    assert deals == {"2025-06-02"}


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The first round, held in Istanbul on March 3, ended with a swap deal.", "2025-03-03"),
        ("The last direct round, in Istanbul, was on 14 April.", "2025-04-14"),
        ("The first round of the trilateral format opened in Istanbul on March 3.", "2025-03-03"),
        ("The first trilateral session took place in Istanbul on March 3.", "2025-03-03"),
    ],
)
def test_a_past_round_named_in_background_is_a_round_of_talks(
    extractor: Extractor, sentence: str, day: str
) -> None:
    # A first, last or previous round dated in the text is a round of the talks the article
    # reports, between their parties ("of the trilateral format": a round of those talks).
    text = f"Russian and Ukrainian delegations held talks in Istanbul on Monday. {sentence}"
    events = extractor.extract(text, dt.date(2025, 6, 4))
    talks = [e for e in events if e.type == "talks" and e.date.isoformat() == day]
    assert len(talks) == 1
    assert {"Russia", "Ukraine"} <= _states(talks[0])


def test_a_trilateral_round_and_its_deal_in_one_sentence_both_take_the_three_parties(
    extractor: Extractor,
) -> None:
    # The round reported in the sentence itself is no earlier mention to take "trilateral"
    # parties from: both the round and the deal take the three named in the sentence before.
    text = (
        "Envoys of Serbia, Kosovo and the European Union gathered in Brussels on Monday. "
        "The first trilateral session, held on March 2 and 3 with Belgian officials as hosts, "
        "ended with an agreement to meet monthly."
    )
    events = extractor.extract(text, dt.date(2026, 3, 4))
    for etype in ("talks", "agreement"):
        event = next(e for e in events if e.type == etype)
        assert {"Serbia", "Kosovo", "European Union"} <= _states(event), etype


@pytest.mark.parametrize(
    ("sentence", "etype", "day"),
    [
        (
            "After talks in Doha on Tuesday, Congo and the M23 signed a declaration of principles.",
            "talks",
            "2025-03-04",
        ),
        (
            "Following a phone call with Erdogan on 3 March, Aliyev agreed to reopen the crossing.",
            "call",
            "2025-03-03",
        ),
    ],
)
def test_an_encounter_with_its_own_date_in_an_adjunct_is_reported(
    extractor: Extractor, sentence: str, etype: str, day: str
) -> None:
    # The talks or the call dated in their own phrase are happenings of their own, besides the
    # deal reached at them (an undated "after the talks" only refers back).
    events = extractor.extract(sentence, dt.date(2025, 3, 6))
    assert (etype, day, False) in _summary(events)
    assert "agreement" in {e.type for e in events}


def test_a_setting_meeting_with_its_own_date_stays_the_setting(extractor: Extractor) -> None:
    text = (
        "At a Security Council meeting on Tuesday, France demanded that Rwanda withdraw its troops."
    )
    events = extractor.extract(text, dt.date(2025, 3, 6))
    assert "meeting" not in {e.type for e in events}


def test_unnamed_negotiators_meeting_again_are_the_sides_next_round(extractor: Extractor) -> None:
    # "The negotiators" name no party: they are the two sides' negotiators, and their next
    # meeting is the next round of the talks held before (with its mediator).
    text = (
        "Armenian and Azerbaijani negotiators held talks in Abu Dhabi on Monday under Emirati "
        "mediation. The negotiators will meet again in Abu Dhabi in May."
    )
    events = extractor.extract(text, dt.date(2026, 3, 4))
    planned = [e for e in events if e.planned]
    assert [(e.type, e.date.isoformat()) for e in planned] == [("talks", "2026-05-01")]
    assert {"Armenia", "Azerbaijan"} <= _states(planned[0])


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Georgia's foreign minister is due to visit Ankara next week.", "2026-05-11"),
        ("Georgia's foreign minister is expected to visit Ankara on Friday.", "2026-05-08"),
        (
            "The Georgian foreign minister is scheduled to visit Ankara on Friday for "
            "consultations with Turkish officials, a diplomat said.",
            "2026-05-08",
        ),
    ],
)
def test_due_or_expected_to_visit_is_a_planned_visit(
    extractor: Extractor, text: str, day: str
) -> None:
    # "is due/expected/scheduled to visit": the visit planned for that day (what it is for, a
    # nominal "for consultations", is the visit's purpose, not talks of their own).
    events = extractor.extract(text, dt.date(2026, 5, 6))
    assert [(e.type, e.date.isoformat(), e.planned) for e in events] == [("visit", day, True)]
    assert {"Georgia", "Turkey"} <= _states(events[0])


def test_also_expected_to_visit_with_no_date_is_not_news(extractor: Extractor) -> None:
    # "is also expected to" is the future as much as "is expected to": undated, nothing to report.
    text = "The envoy of Georgia is also expected to visit Ankara, though no date has been set."
    assert extractor.extract(text, dt.date(2026, 5, 6)) == []


def test_a_shift_restated_as_a_weekday_takes_the_weekday(extractor: Extractor) -> None:
    # "A day earlier, on Tuesday, ...": the weekday in apposition is the day meant, not a day
    # before the last date the text named (here the talks of 2 March).
    text = (
        "Armenia and Azerbaijan exchanged 12 detainees on Wednesday at the border. The swap had "
        "been agreed at talks in Abu Dhabi on March 2. A day earlier, on Tuesday, Armenia handed "
        "over the remains of 40 Azerbaijani soldiers to Azerbaijan."
    )
    events = extractor.extract(text, dt.date(2026, 3, 12))  # a Thursday
    swaps = sorted(e.date.isoformat() for e in events if e.type == "prisoner_exchange")
    assert swaps == ["2026-03-10", "2026-03-11"]


def test_hours_later_is_the_day_spoken_of_last(extractor: Extractor) -> None:
    # "Hours later, X rejected the plan": the day the text reported last, not an undated
    # happening counted from somewhere else.
    text = (
        "Egyptian and Qatari mediators met a Hamas delegation in Cairo on Monday. The document "
        "they handed over runs to twelve pages. Hours later, Hamas rejected the plan."
    )
    events = extractor.extract(text, dt.date(2026, 3, 12))  # a Thursday
    rejections = [e for e in events if e.type == "rejection"]
    assert [e.date.isoformat() for e in rejections] == ["2026-03-09"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The rejection came a day after a Serbian delegation led by chief negotiator Petar "
            "Petkovic held talks in Brussels with Kosovo's negotiators.",
            "2026-03-11",
        ),
        (
            # a day after the saying: the asking itself is not dated by it
            "Kosovo rejected the plan, a day after EU envoy Miroslav Lajcak said he had "
            "personally asked Serbia to accept it.",
            None,
        ),
    ],
)
def test_a_day_after_a_long_subject_dates_the_earlier_happening(
    extractor: Extractor, text: str, day: str | None
) -> None:
    # "came a day after <a subject of several words> held talks": the talks were the day before.
    events = extractor.extract(text, dt.date(2026, 3, 12))
    dated = [e.date.isoformat() for e in events if e.type in {"talks", "proposal"}]
    if day is not None:
        assert dated == [day]
    else:
        assert "2026-03-11" not in dated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # "discussed X with Y by phone": a call, its medium named
            "Serbian President Aleksandar Vucic discussed the dispute with Russian "
            "President Vladimir Putin by phone on Monday, his press office said.",
            ("call", "2026-03-09", False),
        ),
        (
            # "will return to X on DATE for a further round": the next round, planned
            "The Armenian and Azerbaijani delegations will return to Tbilisi on March 30 for a "
            "further round focused on the border.",
            ("talks", "2026-03-30", True),
        ),
        (
            # a delegation's trip "for talks with" the other side: the talks, planned
            "Kyiv said its delegation will travel to Riyadh on March 20 for talks with Russian "
            "officials on the exchange of bodies.",
            ("talks", "2026-03-20", True),
        ),
        (
            # "is scheduled to convene": a meeting, planned
            "NATO is scheduled to convene in Brussels on March 25 to discuss Ukraine.",
            ("meeting", "2026-03-25", True),
        ),
    ],
)
def test_convened_boards_calls_by_phone_and_delegations_returning_for_talks(
    extractor: Extractor, text: str, expected: tuple[str, str, bool]
) -> None:
    events = extractor.extract(text, dt.date(2026, 3, 12))
    assert expected in _summary(events)


def test_a_leader_travelling_for_talks_pays_a_visit(extractor: Extractor) -> None:
    # only a delegation's trip "for talks with" is a session of talks; a leader's trip is a visit
    text = "Erdogan will travel to Baku on March 20 for talks with Aliyev."
    types = {e.type for e in extractor.extract(text, dt.date(2026, 3, 12))}
    assert "visit" in types
    assert "talks" not in types


def test_a_session_of_a_joint_mechanism_is_a_round_of_talks(extractor: Extractor) -> None:
    # "a joint coordination mechanism ... will meet": a standing joint body, both sides at the
    # table: talks, not a meeting
    text = (
        "A joint coordination mechanism set up under the accord, which brings together Ethiopian "
        "and Eritrean officials, will meet again in Nairobi on April 2, a diplomat said."
    )
    events = extractor.extract(text, dt.date(2026, 3, 12))
    assert ("talks", "2026-04-02", True) in _summary(events)
    assert "meeting" not in {e.type for e in events}


def test_the_past_year_is_a_stretch_of_time_not_last_year(extractor: Extractor) -> None:
    text = (
        "The Treasury has announced sanctions on four firms that moved funds to the Houthis over "
        "the past year."
    )
    (event,) = extractor.extract(text, dt.date(2026, 3, 4))
    assert (event.type, event.date) == ("sanction", dt.date(2026, 3, 4))


def test_what_has_happened_since_then_is_no_news_of_the_day(extractor: Extractor) -> None:
    text = (
        "Israel and Hamas agreed on a truce on October 3. Since then, Hamas has freed 40 "
        "hostages and Israel has lifted restrictions on trade across the crossings."
    )
    events = extractor.extract(text, dt.date(2026, 2, 11))
    assert [(e.type, e.date) for e in events] == [("agreement", dt.date(2025, 10, 3))]


def test_a_truce_dated_in_a_since_clause_is_reported(extractor: Extractor) -> None:
    # "since the truce began" is a time reference; with its own day it tells when it began
    text = (
        "Armenia and Azerbaijan exchanged accusations on Tuesday. Trade across the border has "
        "doubled since the ceasefire took effect on 4 May, officials say."
    )
    events = extractor.extract(text, dt.date(2026, 2, 11))
    assert ("ceasefire", dt.date(2025, 5, 4)) in [(e.type, e.date) for e in events]
    undated = "Armenia and Azerbaijan said trade has doubled since the ceasefire took effect."
    assert not [
        e for e in extractor.extract(undated, dt.date(2026, 2, 11)) if e.type == "ceasefire"
    ]


def test_a_rejection_hours_later_takes_the_day_spoken_of(extractor: Extractor) -> None:
    text = (
        "Kinshasa demanded on Tuesday that the rebels leave the mining towns. "
        "The M23 dismissed the demand hours later, calling it a trap."
    )
    events = extractor.extract(text, dt.date(2026, 6, 4))
    assert ("rejection", dt.date(2026, 6, 2)) in [(e.type, e.date) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # (undated: a standing denial; on a named day it is that day's rejection, see
        # test_rejecting_remarks_on_a_named_day_is_a_rejection)
        "Armenian officials dismissed the speech as a provocation.",
        "Moscow has rejected the remarks by the Ukrainian foreign minister.",
    ],
)
def test_dismissing_what_someone_said_is_no_rejection(extractor: Extractor, text: str) -> None:
    assert [e.type for e in extractor.extract(text, dt.date(2026, 6, 2))] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Serbian and Kosovo negotiators held talks in Brussels on Monday. "The conversation '
            "was difficult,\" Serbia's negotiator told reporters.",
            [("talks", dt.date(2026, 3, 2))],
        ),
        (
            'Fighting eased in Gaza on Monday. "The truce has saved lives but not livelihoods," '
            "a UN official said.",
            [],
        ),
    ],
)
def test_a_definite_reference_in_a_quotation_makes_no_event_of_its_own(
    extractor: Extractor, text: str, expected: list[tuple[str, dt.date]]
) -> None:
    """A speaker's "the conversation" may be any exchange: unreported elsewhere, no event."""
    events = extractor.extract(text, dt.date(2026, 3, 4))
    assert [(e.type, e.date) for e in events] == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "Its five chapters cover among other things the exchange of prisoners and border "
            "demarcation.",
            [("agreement", dt.date(2026, 3, 2))],
        ),
        (
            "It includes a protocol on the exchange of prisoners.",
            [("agreement", dt.date(2026, 3, 2))],
        ),
        (
            "The exchange of prisoners took place on Tuesday.",
            [("agreement", dt.date(2026, 3, 2)), ("prisoner_exchange", dt.date(2026, 3, 3))],
        ),
    ],
)
def test_the_exchange_of_prisoners_is_a_noun_reporting_only_when_dated(
    extractor: Extractor, second: str, expected: list[tuple[str, dt.date]]
) -> None:
    """ "exchange * prisoners" spans the noun phrase too: as a noun it is a subject of the text."""
    text = "Ethiopia and Eritrea signed a framework accord in Nairobi on Monday. " + second
    events = extractor.extract(text, dt.date(2026, 3, 4))
    assert [(e.type, e.date) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine's foreign minister told reporters in Kyiv on Monday that Russia must pull "
            "its troops back first.",
            [("demand", {"Russia", "Ukraine"})],
        ),
        (
            # a formal statement that demands is two events: the statement and the demand
            "Egypt said in a statement on Monday that Israel must open the crossing for aid.",
            [("statement", {"Egypt"}), ("demand", {"Egypt", "Israel"})],
        ),
        (
            "Armenian officials warned on Tuesday that the Azerbaijani government must stop "
            "the shelling.",
            [("demand", {"Armenia", "Azerbaijan"})],
        ),
    ],
)
def test_a_party_told_it_must_act_is_the_object_of_a_demand(
    extractor: Extractor, text: str, expected: list
) -> None:
    events = extractor.extract(text, dt.date(2026, 6, 2))
    assert [(e.type, _states(e)) for e in events] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Qatar's envoy stressed that the sovereignty of Sudan must be respected.",
        "Azerbaijan has repeatedly said that Armenia must change its constitution.",
        "The ministry said its position remained that Hezbollah must be disarmed.",
    ],
)
def test_a_must_without_a_party_told_is_no_demand(extractor: Extractor, text: str) -> None:
    assert [e.type for e in extractor.extract(text, dt.date(2026, 6, 2))] == []


def test_a_gap_phrase_stops_at_a_sentence_end_or_a_line_break(extractor: Extractor) -> None:
    # "declared * ceasefire" must not join "declared victory." to the next sentence's noun, nor a
    # heading to the paragraph under it; "U.S." inside the gap ends no sentence.
    lexicon = extractor.lexicon
    crossing = [
        "the general declared victory. a ceasefire was then discussed in geneva.",
        "the army declared\n\nceasefire talks resume in geneva",
    ]
    for text in crossing:
        assert not [t for t in lexicon.find(text) if t.phrase == "declared * ceasefire"], text
    inside = lexicon.find("the rebels declared a u.s.-backed ceasefire on monday.")
    assert [t.phrase for t in inside if t.type == "ceasefire"] == ["declared * ceasefire"]


def test_a_truce_named_with_its_sides_took_effect_on_its_date(extractor: Extractor) -> None:
    # The truce's start told with its sides or a relative clause between noun and verb, in a
    # sentence that also names a plan (another type): still the truce's own start.
    text = (
        "Russia and Georgia fought a five-day war in the summer. The ceasefire between Russia and "
        "Georgia took effect on Aug. 12, 2008, under the first phase of a 6-point plan drafted by "
        "France."
    )
    events = extractor.extract(text, dt.date(2025, 3, 4))
    truces = [e for e in events if e.type == "ceasefire"]
    assert [(e.date, _states(e)) for e in truces] == [(dt.date(2008, 8, 12), {"Russia", "Georgia"})]


def test_a_truce_between_two_sides_is_theirs_and_its_brokers(extractor: Extractor) -> None:
    # The sides a truce names and those who brokered it; not who the sentence is about.
    text = (
        "Monitors from Norway and Sweden were sent to watch the truce between Ethiopia and "
        "Eritrea that came into force on June 18, 2000, brokered by the African Union."
    )
    events = extractor.extract(text, dt.date(2025, 3, 4))
    truces = [e for e in events if e.type == "ceasefire"]
    assert [(e.date, _states(e)) for e in truces] == [
        (dt.date(2000, 6, 18), {"Ethiopia", "Eritrea", "African Union"})
    ]


@pytest.mark.parametrize(
    ("text", "day", "states"),
    [
        (
            "Armenia on Tuesday handed back 12 Azerbaijani soldiers captured in the border "
            "clashes.",
            "2026-03-03",
            # (handed back to the other side: both take part in the swap)
            {"Armenia", "Azerbaijan"},
        ),
        (
            "The International Committee of the Red Cross facilitated the release of 40 Ethiopian "
            "soldiers held by Eritrea on March 3.",
            "2026-03-03",
            {"International Committee of the Red Cross", "Eritrea", "Ethiopia"},
        ),
        (
            "Sudan's army and the RSF freed nearly 300 detainees on Sunday in an operation run by "
            "the Red Cross.",
            "2026-03-08",
            {
                "Sudanese Armed Forces",
                "Rapid Support Forces",
                "International Committee of the Red Cross",
            },
        ),
    ],
)
def test_detainees_and_soldiers_freed_or_handed_back_are_a_release(
    extractor: Extractor, text: str, day: str, states: set[str]
) -> None:
    # CAMEO 0841 (return, release persons): detainees and captured soldiers count as prisoners.
    events = extractor.extract(text, dt.date(2026, 3, 9))
    assert [(e.type, e.date.isoformat(), _states(e)) for e in events] == [
        ("prisoner_exchange", day, states)
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Thailand and Cambodia traded accusations on Sunday. The soldiers were handed over "
            "at the border crossing on Tuesday.",
            "2026-03-03",
        ),
        (
            "Thailand and Cambodia traded accusations on Sunday. The first batch of 300 "
            "detainees was released on Tuesday.",
            "2026-03-03",
        ),
        (
            "On Tuesday, Thailand released 31 Cambodian fishermen who had served their terms.",
            "2026-03-03",
        ),
    ],
)
def test_people_handed_over_or_let_go_in_a_batch_are_a_release(
    extractor: Extractor, text: str, day: str
) -> None:
    events = extractor.extract(text, dt.date(2026, 3, 9))
    assert [(e.type, e.date.isoformat(), _states(e)) for e in events if e.type != "meeting"] == [
        ("prisoner_exchange", day, {"Thailand", "Cambodia"})
    ]


def test_a_batch_of_things_released_is_no_release_of_people(extractor: Extractor) -> None:
    text = "A first batch of humanitarian aid from Thailand to Cambodia was released on Tuesday."
    events = extractor.extract(text, dt.date(2026, 3, 9))
    assert [e.type for e in events if e.type == "prisoner_exchange"] == []
    text = "The first batch of detainees held by Thailand was released on Tuesday to Cambodia."
    events = extractor.extract(text, dt.date(2026, 3, 9))
    assert [e.type for e in events if e.type == "prisoner_exchange"] == ["prisoner_exchange"]


@pytest.mark.parametrize(
    "told",
    [
        "It was the second swap in ten days, after a 30-for-30 swap on 3 February.",
        "It was the second swap in ten days after a 30-for-30 swap on 3 February, and officials "
        "said the rest of the exchange agreed in January would follow.",
    ],
)
def test_an_earlier_swap_told_with_its_own_day_is_reported(extractor: Extractor, told: str) -> None:
    text = "Armenia and Azerbaijan exchanged 12 detainees each on Friday. " + told
    events = extractor.extract(text, dt.date(2026, 2, 15))
    swaps = sorted(e.date.isoformat() for e in events if e.type == "prisoner_exchange")
    assert swaps == ["2026-02-03", "2026-02-13"]


def test_a_planned_stage_of_a_swap_told_by_a_source_is_between_the_pair(
    extractor: Extractor,
) -> None:
    text = (
        "Armenia and Azerbaijan freed 80 detainees each on Wednesday. The second stage of the "
        "swap is due to take place on Sunday, the Red Cross said."
    )
    events = extractor.extract(text, dt.date(2026, 3, 12))
    (stage,) = [e for e in events if e.type == "prisoner_exchange" and e.planned]
    assert stage.date == dt.date(2026, 3, 15)
    assert {"Armenia", "Azerbaijan"} <= _states(stage)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The last big exchange between Armenia and Azerbaijan took place on January 12.",
            "2026-01-12",
        ),
        (
            "Twelve Azerbaijani soldiers captured by Armenia in the clashes were handed back at the "
            "border on Tuesday.",
            "2026-03-03",
        ),
    ],
)
def test_a_swap_told_by_its_taking_place_or_a_passive_handback(
    extractor: Extractor, text: str, day: str
) -> None:
    events = extractor.extract(text, dt.date(2026, 3, 9))
    assert [(e.type, e.date.isoformat()) for e in events] == [("prisoner_exchange", day)]


def test_each_side_is_the_pair_of_the_article(extractor: Extractor) -> None:
    text = (
        "Russia and Ukraine met in Istanbul last month. A week later each side returned 84 "
        "prisoners, the two defence ministries said on Feb. 20."
    )
    events = extractor.extract(text, dt.date(2026, 3, 9))
    swaps = [e for e in events if e.type == "prisoner_exchange"]
    assert [_states(e) for e in swaps] == [{"Russia", "Ukraine"}]


@pytest.mark.parametrize(
    ("text", "day", "states"),
    [
        (
            "The original plan was presented to Armenia in Yerevan on March 4.",
            "2026-03-04",
            {"Armenia"},
        ),
        (
            "The European Union presented the revised text on March 2, diplomats said.",
            "2026-03-02",
            {"European Union"},
        ),
    ],
)
def test_a_plan_presented_in_the_passive_or_as_a_text_is_a_proposal(
    extractor: Extractor, text: str, day: str, states: set[str]
) -> None:
    events = extractor.extract(text, dt.date(2026, 3, 9))
    assert [(e.type, e.date.isoformat(), _states(e)) for e in events] == [("proposal", day, states)]


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Mexico called for a two-month pause in the fighting in a joint statement on "
        "October 3.",
        "Norway and Mexico set out a peace plan in a joint statement on 3 October, calling for a "
        "two-month pause in the fighting.",
    ],
)
def test_a_proposal_made_in_a_dated_statement_takes_its_day(
    extractor: Extractor, text: str
) -> None:
    events = extractor.extract(text, dt.date(2026, 3, 9))
    assert sorted((e.type, e.date.isoformat()) for e in events) == [
        ("proposal", "2025-10-03"),
        ("statement", "2025-10-03"),
    ]


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "On Monday Brazilian diplomats handed the two delegations a written plan for a "
            "phased pullback.",
            {"Brazil"},
        ),
        (
            "The draft was handed to army chief Carlos Mendes on Monday by the Brazilian foreign "
            "minister.",
            {"Brazil"},
        ),
        (
            "Colombia's envoys were presented with a written plan by Norway on Monday.",
            {"Norway", "Colombia"},
        ),
    ],
)
def test_a_text_handed_over_is_a_proposal(
    extractor: Extractor, text: str, states: set[str]
) -> None:
    events = extractor.extract(text, dt.date(2026, 3, 11))
    assert [(e.type, e.date.isoformat(), _states(e)) for e in events] == [
        ("proposal", "2026-03-09", states)
    ]


def test_a_meeting_where_a_proposal_was_handed_over_is_a_meeting_as_well(
    extractor: Extractor,
) -> None:
    text = (
        "The draft was handed to the Colombian foreign minister by a Brazilian envoy in Brasilia "
        "on March 9, at a meeting hosted by the Peruvian foreign minister."
    )
    events = extractor.extract(text, dt.date(2026, 3, 11))
    assert sorted((e.type, e.date.isoformat()) for e in events) == [
        ("meeting", "2026-03-09"),
        ("proposal", "2026-03-09"),
    ]


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "Brazil's president held talks with Peru's president in Lima on Monday, his first "
            "visit to Peru since the border dispute.",
            "talks",
        ),
        (
            "Brazil's president held talks with Peru's president in Lima on Monday at the start "
            "of a two-day trip to Peru.",
            "talks",
        ),
        (
            "The draft was handed to Peru's president on Monday by Brazil's president during a "
            "rare visit to Lima.",
            "proposal",
        ),
        (
            "Brazil's president met Peru's president in Lima on Monday, a visit that officials "
            "in Brasilia described as historic.",
            "meeting",
        ),
    ],
)
def test_the_trip_another_event_happened_on_is_a_visit_as_well(
    extractor: Extractor, text: str, other: str
) -> None:
    events = extractor.extract(text, dt.date(2026, 3, 11))
    assert sorted((e.type, e.date.isoformat()) for e in events) == sorted(
        [(other, "2026-03-09"), ("visit", "2026-03-09")]
    )
    (visit,) = [e for e in events if e.type == "visit"]
    assert _states(visit) == {"Brazil", "Peru"}


@pytest.mark.parametrize(
    "text",
    [
        "Peru's president said on Monday that the plan put forward by Brazil would reward the "
        "rebels.",
        "The rebels said on Monday they remained committed to the truce proposed by Norway.",
    ],
)
def test_a_plan_described_by_its_author_is_no_new_proposal(extractor: Extractor, text: str) -> None:
    events = extractor.extract(text, dt.date(2026, 3, 11))
    assert [e.type for e in events if e.type == "proposal"] == []


def test_a_plan_put_forward_on_a_day_by_its_author_is_a_proposal(extractor: Extractor) -> None:
    text = "The talks build on a roadmap put forward on 4 February by Norway and Mexico."
    events = extractor.extract(text, dt.date(2026, 3, 11))
    assert [(e.type, e.date.isoformat()) for e in events] == [("proposal", "2026-02-04")]


@pytest.mark.parametrize(
    "text",
    [
        "In Lima on Sunday, Peru's foreign minister and Brazil's foreign minister trimmed the "
        "original 20-point draft to 12 points.",
        "On Sunday, Peruvian and Brazilian officials reworked a 20-point plan into a shorter "
        "framework.",
    ],
)
def test_work_on_a_plan_told_before_is_no_new_proposal(extractor: Extractor, text: str) -> None:
    events = extractor.extract(text, dt.date(2026, 3, 11))
    assert [e.type for e in events if e.type == "proposal"] == []


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        ("Buses carrying Venezuelan prisoners freed by Colombia arrived in Caracas on Monday.", 0),
        ("A convoy of 30 trucks sent by Egypt arrived in Gaza City on Monday.", 0),
        ("The Brazilian president's plane landed in Lima on Monday.", 1),
        ("Brazil's president arrived in Lima on Monday.", 1),
    ],
)
def test_vehicles_and_goods_arriving_are_no_visit(
    extractor: Extractor, text: str, visits: int
) -> None:
    events = extractor.extract(text, dt.date(2026, 3, 11))
    assert len([e for e in events if e.type == "visit"]) == visits


def test_a_trip_is_to_where_it_went_not_where_it_began(extractor: Extractor) -> None:
    text = "On Monday, the US envoy Tom Barrack travelled from Amman to Damascus."
    (visit,) = [e for e in extractor.extract(text, dt.date(2026, 3, 11)) if e.type == "visit"]
    assert visit.location == "Damascus"
    assert _states(visit) == {"United States", "Syria"}


@pytest.mark.parametrize(
    ("text", "proposals"),
    [
        ("Brazil's president suggested on Friday that the two leaders deserved a prize.", 0),
        ("Brazil's president suggested on Friday that Peru would not send a delegation.", 0),
        ("Brazil's president suggested on Friday that talks be held in Geneva.", 1),
        ("Brazil's president suggested on Friday that Peru and Ecuador meet in Geneva.", 1),
    ],
)
def test_a_view_suggested_is_no_proposal(extractor: Extractor, text: str, proposals: int) -> None:
    events = extractor.extract(text, dt.date(2026, 3, 11))
    assert len([e for e in events if e.type == "proposal"]) == proposals


def test_an_offer_in_a_perfect_relative_clause_is_no_new_proposal(extractor: Extractor) -> None:
    text = (
        "Peru's president spoke by phone with Brazil's president on Thursday about the guarantees "
        "that a group of South American countries has offered to back with troops."
    )
    events = extractor.extract(text, dt.date(2026, 3, 11))
    assert [e.type for e in events] == ["call"]


def test_a_roadmap_laid_out_is_a_proposal(extractor: Extractor) -> None:
    text = "Norway and Mexico laid out a roadmap for the talks on Monday."
    events = extractor.extract(text, dt.date(2026, 3, 11))
    assert [(e.type, e.date.isoformat(), _states(e)) for e in events] == [
        ("proposal", "2026-03-09", {"Norway", "Mexico"})
    ]


def test_leaders_gathered_somewhere_for_a_summit_met(extractor: Extractor) -> None:
    text = "Leaders of Egypt and Jordan gathered in Amman on March 4 for a summit on Gaza."
    events = extractor.extract(text, dt.date(2026, 3, 9))
    assert [(e.type, e.date.isoformat(), _states(e)) for e in events] == [
        ("meeting", "2026-03-04", {"Egypt", "Jordan"})
    ]


def test_a_truce_told_by_its_reaching_is_an_agreement_and_a_ceasefire(
    extractor: Extractor,
) -> None:
    text = "Ethiopia and Eritrea said the truce was reached on Sunday after a night of mediation."
    events = extractor.extract(text, dt.date(2026, 3, 11))
    assert sorted((e.type, e.date.isoformat(), _states(e)) for e in events) == [
        ("agreement", "2026-03-08", {"Eritrea", "Ethiopia"}),
        ("ceasefire", "2026-03-08", {"Eritrea", "Ethiopia"}),
    ]


def test_regulations_two_bodies_signed_together_are_an_agreement(extractor: Extractor) -> None:
    text = (
        "On May 4, 2024, the border commissions of Georgia and Armenia signed the regulations "
        "on their joint work."
    )
    events = extractor.extract(text, dt.date(2026, 3, 11))
    assert [(e.type, e.date.isoformat(), _states(e)) for e in events] == [
        ("agreement", "2024-05-04", {"Armenia", "Georgia"})
    ]


def test_a_date_inside_a_first_since_clause_is_the_clauses(extractor: Extractor) -> None:
    text = (
        "At a summit on Tuesday, the Serbian and Croatian presidents held their first meeting "
        "since relations soured over a border incident last October."
    )
    events = extractor.extract(text, dt.date(2025, 6, 12))
    assert [(e.type, e.date) for e in events] == [("meeting", dt.date(2025, 6, 10))]


def test_an_undated_agreement_to_meet_again_at_a_later_month_is_of_the_news_day(
    extractor: Extractor,
) -> None:
    text = (
        "Serbian and Kosovar negotiators met in Brussels on Tuesday. The meeting was confirmed "
        "by a spokesman for the European Union. The delegations agreed to meet again in March."
    )
    events = extractor.extract(text, dt.date(2026, 1, 15))
    agreements = [e.date for e in events if e.type == "agreement"]
    assert agreements == [dt.date(2026, 1, 13)]


def test_what_was_agreed_during_the_call_told_before_is_of_its_day(extractor: Extractor) -> None:
    text = (
        "Thai and Cambodian foreign ministers met in Kuala Lumpur on Wednesday to review the "
        "truce. The army chiefs of the two countries spoke by telephone on Monday. During the "
        "call the two sides agreed to reopen two border crossings."
    )
    events = extractor.extract(text, dt.date(2026, 1, 15))
    agreements = [e.date for e in events if e.type == "agreement"]
    assert agreements == [dt.date(2026, 1, 12)]


def test_a_deal_told_back_with_its_own_date_is_the_pairs_earlier_deal(
    extractor: Extractor,
) -> None:
    text = (
        "Ethiopia and Eritrea held talks in Riyadh on Tuesday on their border dispute. Ethiopian "
        "officials said Eritrea had not honoured the peace deal. That accord was signed in "
        "Algiers in December 2000. Its boundary annex was agreed in The Hague on 13 April 2002."
    )
    events = extractor.extract(text, dt.date(2026, 1, 15))
    deals = sorted(
        (e.date, {a.name for a in e.actors} >= {"Ethiopia", "Eritrea"})
        for e in events
        if e.type == "agreement"
    )
    assert deals == [(dt.date(2000, 12, 1), True), (dt.date(2002, 4, 13), True)]


def test_a_named_deal_with_the_day_of_its_signing_is_an_earlier_deal(
    extractor: Extractor,
) -> None:
    text = (
        "Ethiopia and Eritrea held talks in Riyadh on Tuesday on their border dispute. The border "
        "has been closed for most of the years since the Algiers Agreement, signed by Ethiopia "
        "and Eritrea in Algeria in December 2000."
    )
    events = extractor.extract(text, dt.date(2026, 1, 15))
    deals = [(e.date, {a.name for a in e.actors}) for e in events if e.type == "agreement"]
    assert len(deals) == 1
    assert deals[0][0] == dt.date(2000, 12, 1)
    assert deals[0][1] >= {"Ethiopia", "Eritrea"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the noun with its object in an "of" phrase: the verb phrase's match reads as the noun
        ("the talks ended with a swap of 40 detainees", ("prisoner_exchange", "nominal")),
        ("the envoys agreed an exchange of draft memoranda", ("proposal", "nominal")),
        # the verb itself
        ("the two armies exchanged 75 prisoners on monday", ("prisoner_exchange", "verbal")),
        ("kyiv and moscow will swap 90 detainees", ("prisoner_exchange", "verbal")),
    ],
)
def test_a_verb_phrase_matching_its_noun_of_form_is_found_as_the_noun(
    extractor: Extractor, sentence: str, expected: tuple[str, str]
) -> None:
    """ "exchange * prisoners" also spans "an exchange of prisoners": the lexicon itself reads
    that match as the noun phrase, so no later rule sees it as a verb."""
    found = [
        (t.type, t.strength)
        for t in extractor.lexicon.find(sentence)
        if t.type in {"prisoner_exchange", "proposal"}
    ]
    assert found == [expected]


def test_a_swap_agreed_on_keeps_the_day_its_own_relative_clause_gives(
    extractor: Extractor,
) -> None:
    """ "agreed on a swap of N captives, which was carried out on <day>": that day is the swap's
    (the noun is the deal's object, but its own clause dates it), not the deal's."""
    text = (
        "On 3 March, the delegations of Armenia and Azerbaijan met in Tbilisi. The sides agreed "
        "on an exchange of 20 detainees each, which was carried out on 9 March."
    )
    events = extractor.extract(text, dt.date(2026, 3, 12))
    agreements = [e.date for e in events if e.type == "agreement"]
    assert agreements == [dt.date(2026, 3, 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A deal on demining was reached at a session of the two countries' joint boundary "
            "commission in Asmara on Monday, Ethiopian and Eritrean officials said.",
            [("agreement", dt.date(2026, 3, 2)), ("talks", dt.date(2026, 3, 2))],
        ),
        (
            "Ecuador said a second session of the verification mechanism with Peru will be held "
            "in Lima on March 20.",
            [("talks", dt.date(2026, 3, 20))],
        ),
        ("The UN Security Council held a session on Monday.", []),
    ],
)
def test_a_session_of_a_standing_joint_body_is_a_round_of_talks(
    extractor: Extractor, text: str, expected: list[tuple[str, dt.date]]
) -> None:
    """A session of the two sides' committee, commission or mechanism: the two sides' talks
    (devset README encounter rules), whatever the noun."""
    events = extractor.extract(text, dt.date(2026, 3, 4))
    assert sorted((e.type, e.date) for e in events) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ecuador and Peru agreed on Monday to reopen two border crossings, after a meeting "
            "of their joint border commission in Tumbes.",
            [("agreement", dt.date(2026, 3, 2)), ("talks", dt.date(2026, 3, 2))],
        ),
        (
            "Chile and Bolivia agreed on Monday to resume gas sales, following a session of the "
            "joint energy committee in La Paz.",
            [("agreement", dt.date(2026, 3, 2)), ("talks", dt.date(2026, 3, 2))],
        ),
        (
            "Sudan and the RSF agreed on Monday to free 1,200 detainees, at the end "
            "of UN-backed talks in Geneva.",
            [("agreement", dt.date(2026, 3, 2)), ("talks", dt.date(2026, 3, 2))],
        ),
        (
            "Chile and Bolivia agreed on Monday to resume gas sales, after months of talks.",
            [("agreement", dt.date(2026, 3, 2))],
        ),
        (
            "Chile and Bolivia agreed on Monday on the text of a gas accord, after talks that "
            "lasted much of last year.",
            [("agreement", dt.date(2026, 3, 2))],
        ),
    ],
)
def test_the_session_a_deal_came_out_of_is_reported_with_its_day(
    extractor: Extractor, text: str, expected: list[tuple[str, dt.date]]
) -> None:
    """ "agreed to X, after a meeting of the joint commission in Y": the session it came out of
    is a round of talks of that day (a spell of talks before it is no session)."""
    events = extractor.extract(text, dt.date(2026, 3, 4))
    assert sorted((e.type, e.date) for e in events) == expected


def test_the_session_a_swap_was_agreed_at_told_with_its_own_day_is_reported(
    extractor: Extractor,
) -> None:
    """ "agreed at the trilateral meeting of the X, Y and Z delegations in Lima on <day>": a
    definite session named with a day of its own is where the deal was made, not a reference
    back (the commas of its list of names set off no clause)."""
    text = (
        "Chile and Peru exchanged 40 prisoners on Tuesday. The swap was agreed at the trilateral "
        "meeting of the Chilean, Peruvian and Bolivian delegations in Lima on February 4, "
        "officials said."
    )
    events = extractor.extract(text, dt.date(2026, 3, 4))
    assert ("talks", dt.date(2026, 2, 4)) in [(e.type, e.date) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # "a call between X and Y": the call, named with its two sides
        "Talks stalled after a call between the Chilean and Peruvian foreign ministers on "
        "February 20.",
        # "builds on a call ... on <day>": one that took place, not one sought
        "The new energy pause builds on a phone call between the presidents of Chile and Peru "
        "on February 20, in which both agreed to halt strikes.",
    ],
)
def test_a_call_named_with_its_sides_and_day_is_reported(extractor: Extractor, text: str) -> None:
    events = extractor.extract(text, dt.date(2026, 3, 4))
    assert ("call", dt.date(2026, 2, 20)) in [(e.type, e.date) for e in events]


def test_a_since_date_dates_its_when_clause(extractor: Extractor) -> None:
    text = (
        "Russia and Ukraine swapped 185 prisoners each on Thursday. It was the first exchange "
        "since Aug. 24, when the two sides swapped 146 prisoners each."
    )
    swaps = [
        e for e in extractor.extract(text, dt.date(2025, 11, 21)) if e.type == "prisoner_exchange"
    ]
    assert sorted(e.date.isoformat() for e in swaps) == ["2025-08-24", "2025-11-20"]


def test_a_yearless_day_told_in_the_past_is_the_last_one(extractor: Extractor) -> None:
    # Written in November, "met on February 12" is nine months back, not three months ahead.
    pub = dt.date(2025, 11, 21)
    held = extractor.extract(
        "The envoys of Armenia and Azerbaijan met in Tbilisi on February 12.", pub
    )
    assert [(e.type, e.date.isoformat()) for e in held] == [("meeting", "2025-02-12")]
    plan = "The envoys of Armenia and Azerbaijan are expected to meet in Tbilisi on February 12."
    assert [e.date.isoformat() for e in extractor.extract(plan, pub)] == ["2026-02-12"]


def test_a_date_inside_a_name_dates_nothing(extractor: Extractor) -> None:
    text = "Kinshasa signed a truce with the March 23 Movement in Doha on Saturday."
    events = extractor.extract(text, dt.date(2025, 11, 21))
    assert events
    assert {e.date.isoformat() for e in events} == {"2025-11-15"}


def test_what_an_apposition_says_had_happened_is_not_of_the_dated_day(
    extractor: Extractor,
) -> None:
    text = "Israel freed 40 Palestinian prisoners on Nov 10, a step Hamas had demanded for weeks."
    events = extractor.extract(text, dt.date(2025, 11, 21))
    assert "demand" not in {e.type for e in events}


def test_a_session_told_with_its_own_day_joins_the_series(extractor: Extractor) -> None:
    # A mention that names no parties but says when that session was held: another session of
    # the talks reported, not more evidence for Thursday's.
    lead = "Serbia and Kosovo held talks in Brussels on Thursday under EU mediation. "
    pub = dt.date(2025, 11, 21)
    held = extractor.extract(lead + "The talks had opened in Ohrid on March 2.", pub)
    assert sorted(e.date.isoformat() for e in held if e.type == "talks") == [
        "2025-03-02",
        "2025-11-20",
    ]
    prepared = (
        lead + "Serbian officials spoke by phone with EU envoys on Monday to prepare the talks."
    )
    talks = [e for e in extractor.extract(prepared, pub) if e.type == "talks"]
    assert [e.date.isoformat() for e in talks] == ["2025-11-20"]


def test_a_second_yearless_day_of_a_past_report_is_the_last_one_too(
    extractor: Extractor,
) -> None:
    text = "Russian and Ukrainian negotiators met in Istanbul on May 16 and on June 2."
    talks = extractor.extract(text, dt.date(2026, 3, 5))
    assert sorted(e.date.isoformat() for e in talks) == ["2025-05-16", "2025-06-02"]


def test_a_deal_dated_by_its_participle_is_its_own_event(extractor: Extractor) -> None:
    # The sides are named for the truce, the deal keeps its own day rather than vanishing.
    text = (
        "Thailand and Cambodia reopened two border crossings on Wednesday. Under the accord "
        "signed on Saturday by the Thai and Cambodian defence ministers, a truce took effect at "
        "noon the same day."
    )
    deals = [e for e in extractor.extract(text, dt.date(2025, 12, 31)) if e.type == "agreement"]
    assert [d.date.isoformat() for d in deals] == ["2025-12-27"]
    assert {a.name for a in deals[0].actors} == {"Thailand", "Cambodia"}


def test_on_the_sidelines_of_a_gathering_is_on_its_day(extractor: Extractor) -> None:
    text = (
        "Azerbaijan's president said on Friday that a peace treaty with Armenia was within reach."
        "\n\nThe leaders of Armenia and Azerbaijan held a summit in Abu Dhabi on Wednesday."
        "\n\nTurkey welcomed the progress."
        "\n\nOn the sidelines of the summit, their foreign ministers initialled the text of a "
        "peace treaty."
    )
    deals = [e for e in extractor.extract(text, dt.date(2026, 1, 17)) if e.type == "agreement"]
    assert [d.date.isoformat() for d in deals] == ["2026-01-14"]


def test_a_plan_told_after_an_aside_between_commas_is_planned(extractor: Extractor) -> None:
    text = (
        "Sudan's army held indirect talks with Egyptian envoys in Cairo on Monday. A second "
        "round of talks, this time with an RSF delegation, is set for Thursday in Jeddah."
    )
    talks = extractor.extract(text, dt.date(2026, 3, 9))
    assert ("2026-03-12", True) in {(e.date.isoformat(), e.planned) for e in talks}


def test_traded_soldiers_is_a_prisoner_exchange(extractor: Extractor) -> None:
    text = (
        "It was the second swap this month: on June 5, Russia and Ukraine traded 150 soldiers each."
    )
    events = extractor.extract(text, dt.date(2026, 6, 26))
    assert ("prisoner_exchange", "2026-06-05") in {(e.type, e.date.isoformat()) for e in events}


def test_a_deal_agreed_at_a_dated_occasion_survives_a_completed_exchange(
    extractor: Extractor,
) -> None:
    # The completed exchange is the news; the deal told in the after-clause keeps its own day.
    text = (
        "The largest exchange of the war was completed on May 25, after Russia and Ukraine "
        "agreed at talks in Istanbul on May 16 to trade 1,000 prisoners each."
    )
    found = {(e.type, e.date.isoformat()) for e in extractor.extract(text, dt.date(2025, 6, 12))}
    assert {("prisoner_exchange", "2025-05-25"), ("agreement", "2025-05-16")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Tuesday's session was part of the body that monitors the truce - a panel led by Peru.",
        "The contact group met in Lima on Tuesday to discuss the next phase of the Chile truce.",
        "The ceasefire monitoring commission for northern Chile convened in Lima on Tuesday.",
        "The monitors verifying the truce between Chile and Peru reported on Tuesday.",
    ],
)
def test_a_truce_in_force_named_by_its_monitoring_is_no_truce(
    extractor: Extractor, text: str
) -> None:
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert not [e for e in events if e.type == "ceasefire"]


def test_the_declared_start_of_a_truce_phase_is_still_reported(extractor: Extractor) -> None:
    text = "Peru on Tuesday declared the start of the second phase of the truce with Chile."
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert [e for e in events if e.type == "ceasefire"]


@pytest.mark.parametrize(
    "text",
    [
        '"The militia has announced truces before and attacked the next day," Peru said on Monday.',
        "Earlier truces, including one Chile agreed at talks in Lima in March 2023, soon collapsed.",
    ],
)
def test_truces_in_the_plural_are_no_truce(extractor: Extractor, text: str) -> None:
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert not [e for e in events if e.type == "ceasefire"]


def test_the_month_of_a_round_agreed_in_reported_speech_is_the_round_s(
    extractor: Extractor,
) -> None:
    text = (
        "In a joint statement after the session, the commissions of Georgia and Armenia said "
        "the sides agreed that the next round would be held in Tbilisi in June."
    )
    events = extractor.extract(text, dt.date(2025, 3, 12))
    # (a deal dated in a June: the round's month, not the day the sides agreed)
    assert not [e for e in events if e.type == "agreement" and e.date and e.date.month == 6]


@pytest.mark.parametrize(
    "text",
    [
        "LIMA, May 14 (Wire) - A truce between Chile and Peru appeared to be holding on Wednesday.",
        "Peru accused Chile of flying drones over its positions on one night after the truce began.",
    ],
)
def test_a_truce_told_as_holding_or_as_a_time_reference_is_no_new_truce(
    extractor: Extractor, text: str
) -> None:
    events = extractor.extract(text, dt.date(2025, 5, 14))
    assert not [e for e in events if e.type == "ceasefire"]


def test_prisoner_swaps_in_the_plural_are_no_swap(extractor: Extractor) -> None:
    text = (
        "Prisoner swaps have been the one field of cooperation between Chile and Peru since the "
        "war began in February 2022."
    )
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert not [e for e in events if e.type == "prisoner_exchange"]


def test_a_deal_named_by_its_month_takes_no_other_date(extractor: Extractor) -> None:
    text = (
        "Presidents Boric and Boluarte are due to meet Lula in Brasilia on December 4 to sign a "
        "set of documents building on the June accord, the palace has said."
    )
    events = extractor.extract(text, dt.date(2025, 11, 20))
    assert not [e for e in events if e.type == "agreement" and e.date and e.date.month != 6]


def test_a_deal_named_by_its_month_keeps_a_day_of_that_month(extractor: Extractor) -> None:
    text = "The March truce between Chile and Peru was agreed at talks in Brasilia on March 3."
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert [e for e in events if e.type == "ceasefire" and e.date == dt.date(2025, 3, 3)]


def test_agreeing_on_a_goal_in_the_present_is_a_view_not_a_deal(extractor: Extractor) -> None:
    text = 'A Chilean diplomat said the talks with Peru were slow, adding: "Everyone agrees on the aim.'
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert not [e for e in events if e.type == "agreement"]


@pytest.mark.parametrize(
    "text",
    [
        "The UN said on Tuesday it would support the monitoring body once the parties have "
        "agreed on its rules.",
        "Nationalists criticised the government for freeing the soldiers, arguing they should "
        "have been kept as bargaining chips until Peru agreed to remove its troops.",
    ],
)
def test_an_agreement_awaited_in_a_time_clause_is_no_agreement(
    extractor: Extractor, text: str
) -> None:
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert not [e for e in events if e.type == "agreement"]


def test_a_deal_whose_text_was_agreed_before_is_no_new_deal(extractor: Extractor) -> None:
    text = (
        "Speaking on May 14, a Peruvian spokesman said Lima rejects any precondition for signing "
        "an accord whose text has already been agreed by both capitals."
    )
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert not [e for e in events if e.type == "agreement"]


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        (
            "Kenya's foreign minister discussed the border dispute in a phone call with his "
            "Ethiopian counterpart on Monday.",
            "call",
            "2026-01-12",
        ),
        (
            "The envoy discussed the aid corridors during a meeting with Ethiopia's prime "
            "minister in Addis Ababa on Monday.",
            "meeting",
            "2026-01-12",
        ),
    ],
)
def test_an_encounter_in_which_something_was_discussed_took_place(
    extractor: Extractor, text: str, kind: str, day: str
) -> None:
    events = extractor.extract(text, dt.date(2026, 1, 15))
    assert [(e.type, e.date.isoformat()) for e in events] == [(kind, day)]


def test_an_encounter_under_discussion_is_no_event(extractor: Extractor) -> None:
    text = "Ethiopia and Kenya discussed a possible phone call between their leaders on Monday."
    assert not extractor.extract(text, dt.date(2026, 1, 15))


@pytest.mark.parametrize(
    "text",
    [
        "Macron told reporters on Tuesday that he will speak to Erdogan by phone on Friday.",
        "Aliyev said on Tuesday he expected to talk with Pashinyan by telephone on Friday.",
    ],
)
def test_a_call_announced_for_a_later_day_is_planned(extractor: Extractor, text: str) -> None:
    events = extractor.extract(text, dt.date(2026, 1, 15))
    assert [(e.type, e.date.isoformat(), e.planned) for e in events] == [
        ("call", "2026-01-16", True)
    ]


def test_leaders_expected_at_a_dated_summit_is_a_planned_meeting(extractor: Extractor) -> None:
    text = (
        "The foreign ministers of Armenia and Azerbaijan are both expected at a summit in Astana "
        "on January 30."
    )
    events = extractor.extract(text, dt.date(2026, 1, 15))
    assert [(e.type, e.date.isoformat(), e.planned) for e in events] == [
        ("meeting", "2026-01-30", True)
    ]


def test_a_dated_refusal_to_give_up_or_discuss_is_a_rejection(extractor: Extractor) -> None:
    dated = "A Houthi spokesman said on Monday the group would not give up its weapons."
    events = extractor.extract(dated, dt.date(2026, 1, 15))
    assert [(e.type, e.date.isoformat()) for e in events] == [("rejection", "2026-01-12")]
    standing = "The Houthis have said they will not discuss disarmament."
    assert not extractor.extract(standing, dt.date(2026, 1, 15))


@pytest.mark.parametrize(
    "text",
    [
        "Serbia's president said on Monday that the accord could only be signed after Kosovo "
        "drops its lawsuit.",
        "Vucic said on Monday that the agreement can be signed only after Kosovo drops its "
        "lawsuit.",
    ],
)
def test_a_signing_made_to_wait_on_the_other_side_is_a_demand(
    extractor: Extractor, text: str
) -> None:
    events = extractor.extract(text, dt.date(2026, 1, 15))
    assert [(e.type, e.date.isoformat(), _states(e)) for e in events] == [
        ("demand", "2026-01-12", {"Serbia", "Kosovo"})
    ]


def test_one_side_releasing_the_others_soldiers_is_a_release_between_the_pair(
    extractor: Extractor,
) -> None:
    text = (
        "Armenia and Azerbaijan held talks on Monday. Armenia released 12 Azerbaijani soldiers "
        "on Tuesday. The released soldiers were flown to Baku on Wednesday."
    )
    events = extractor.extract(text, dt.date(2026, 1, 15))
    swaps = [(e.date.isoformat(), _states(e)) for e in events if e.type == "prisoner_exchange"]
    assert swaps == [("2026-01-13", {"Armenia", "Azerbaijan"})]


@pytest.mark.parametrize(
    "text",
    [
        "Some 30 detainees, most of them soldiers, were released by the M23 in Goma on Friday.",
        "The Red Cross oversaw the handover on Friday of 30 detainees held by the M23.",
    ],
)
def test_detainees_released_told_in_the_passive_or_a_noun_are_a_release(
    extractor: Extractor, text: str
) -> None:
    events = extractor.extract(text, dt.date(2026, 1, 15))
    assert [(e.type, e.date.isoformat()) for e in events] == [("prisoner_exchange", "2026-01-09")]


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        (
            "In a press release issued on Monday evening, the African Union welcomed the agreement "
            "between Ethiopia and Eritrea.",
            "statement",
            "2026-01-12",
        ),
        (
            "The UN Security Council on Tuesday renewed its sanctions on Eritrea for another year.",
            "sanction",
            "2026-01-13",
        ),
        (
            "On January 2, the Council of the European Union imposed asset freezes and travel bans "
            "on two Eritrean generals.",
            "sanction",
            "2026-01-02",
        ),
        (
            "Ethiopia on Friday extended for another year its ban on imports of goods from Eritrea.",
            "sanction",
            "2026-01-09",
        ),
        (
            "The two sides signed off on the new border arrangements in Addis Ababa on Monday, "
            "officials from Ethiopia and Eritrea said.",
            "agreement",
            "2026-01-12",
        ),
    ],
)
def test_press_releases_renewed_sanctions_bans_and_deals_signed_off_on(
    extractor: Extractor, text: str, kind: str, day: str
) -> None:
    events = extractor.extract(text, dt.date(2026, 1, 15))
    assert [(e.type, e.date.isoformat()) for e in events] == [(kind, day)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The truce between Ethiopia and Eritrea took effect on January 8, a day after the two "
            "sides signed off on the border plan.",
            "2026-01-07",
        ),
        (
            "The ceasefire between Ethiopia and Eritrea took effect on January 10, two days after "
            "the two governments agreed to the first phase of the plan at talks in Nairobi.",
            "2026-01-08",
        ),
    ],
)
def test_a_deal_told_in_an_n_days_after_clause_is_dated_from_the_day_before_it(
    extractor: Extractor, text: str, day: str
) -> None:
    events = extractor.extract(text, dt.date(2026, 1, 15))
    deals = [e.date.isoformat() for e in events if e.type == "agreement"]
    assert deals == [day]


def test_a_perfect_tense_report_is_news_whatever_date_its_object_clause_names(
    extractor: Extractor,
) -> None:
    # The date of the relative clause is the plan's, not an earlier frame of the rejection.
    text = (
        "The M23 has rejected the ceasefire plan that Qatar presented to its negotiators in Doha "
        "on 6 January."
    )
    events = extractor.extract(text, dt.date(2026, 1, 15))
    assert [(e.type, e.date.isoformat()) for e in events] == [("rejection", "2026-01-15")]
    # (a date outside the relative clause still tells of an earlier time: not the news day)
    earlier = (
        "The M23 has rejected the ceasefire plan that Qatar presented, its spokesman said in 2024."
    )
    assert not extractor.extract(earlier, dt.date(2026, 1, 15))


def test_a_trip_a_capital_expects_someone_to_make_is_planned(extractor: Extractor) -> None:
    text = (
        "Nairobi expects Ethiopian Prime Minister Abiy Ahmed to arrive in Kenya next week for a "
        "meeting with President William Ruto."
    )
    events = extractor.extract(text, dt.date(2026, 1, 15))
    # one planned trip, whatever it is for (devset README, "Clarified 2026-11-26")
    assert {(e.type, e.date.isoformat(), e.planned) for e in events} == {
        ("visit", "2026-01-19", True),
    }


def test_hosting_the_leaders_of_a_body_is_a_meeting_with_it(extractor: Extractor) -> None:
    text = (
        "Kenya's president will host leaders of the East African Community in Nairobi on Friday "
        "to discuss the border crisis."
    )
    events = extractor.extract(text, dt.date(2026, 1, 15))
    assert [(e.type, e.date.isoformat(), _states(e)) for e in events] == [
        ("meeting", "2026-01-16", {"Kenya", "East African Community"})
    ]


def test_a_date_inside_a_name_is_no_date(extractor: Extractor) -> None:
    text = (
        "The Congolese government and the March 23 Movement signed on Saturday, January 10, in "
        "Doha a framework agreement."
    )
    events = extractor.extract(text, dt.date(2026, 1, 15))
    assert [(e.type, e.date.isoformat()) for e in events] == [("agreement", "2026-01-10")]


def test_a_dated_signing_ceremony_is_an_agreement(extractor: Extractor) -> None:
    text = (
        "The African Union's new council was formally launched at a charter-signing ceremony in "
        "Addis Ababa on January 12, with Ethiopia and Kenya among its founders."
    )
    events = extractor.extract(text, dt.date(2026, 1, 15))
    assert [(e.type, e.date.isoformat()) for e in events] == [("agreement", "2026-01-12")]


def test_a_truce_told_by_its_start_in_a_relative_clause(extractor: Extractor) -> None:
    text = (
        "Ethiopia and Eritrea swapped 40 prisoners on Monday. The exchange came during a lull "
        "after a UN-brokered truce that began in April 2022 and expired six months later."
    )
    events = extractor.extract(text, dt.date(2026, 1, 15))
    truces = [(e.date.isoformat(), e.date_precision) for e in events if e.type == "ceasefire"]
    assert truces == [("2022-04-01", "month")]
    # ("violated the ceasefire 80 times since it began": no start told)
    later = "Eritrea said Ethiopia had violated the ceasefire 80 times since it began."
    assert not extractor.extract(later, dt.date(2026, 1, 15))


def test_a_paragraph_closed_by_a_wire_credit_is_still_prose(extractor: Extractor) -> None:
    text = (
        "NAIROBI, Jan 12 (Wire) - The border has been closed for a month.\n\n"
        "Ethiopian Prime Minister Abiy Ahmed met Kenyan President William Ruto in Nairobi on "
        "Monday, his office said. (Reporting by Jane Roe; Editing by John Doe)"
    )
    events = extractor.extract(text, dt.date(2026, 1, 15))
    assert [(e.type, e.date.isoformat()) for e in events] == [("meeting", "2026-01-12")]


def test_appeal_made_in_a_statement_is_a_statement_and_a_proposal(extractor: Extractor) -> None:
    # A formal statement that appeals is two events (devset README, statements).
    text = (
        "The UN envoy welcomed the deal in a statement on Tuesday and urged both parties to "
        "carry it out."
    )
    events = extractor.extract(text, dt.date(2025, 12, 23))
    assert [e.type for e in events] == ["statement", "proposal"]
    assert {a.name for a in events[1].actors} == {"United Nations"}


def test_an_appeal_to_both_parties_addresses_the_articles_pair(extractor: Extractor) -> None:
    # "both parties" addressed is the article's pair (devset README, clarified 2026-11-26), and
    # the speaker, the reporting clause's subject, is the one who appeals.
    text = (
        "Armenia and Azerbaijan exchanged ten detainees on Thursday. Armenian and Azerbaijani "
        "officials confirmed the handover. The OSCE chairman said in a statement on Friday that "
        "the handover was encouraging, and called on both parties to keep talking."
    )
    events = extractor.extract(text, dt.date(2025, 12, 26))
    (appeal,) = [e for e in events if e.type == "proposal"]
    roles = {a.name: a.role for a in appeal.actors if a.kind != "person"}
    assert roles == {"OSCE": "initiator", "Armenia": "target", "Azerbaijan": "target"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a go-between with one side of a dispute: a meeting, whatever the verb
        (
            "The American envoy held talks with a Ukrainian delegation in Geneva on Sunday.",
            "meeting",
        ),
        ("Egyptian mediators held talks with a Hamas delegation in Cairo on Tuesday.", "meeting"),
        ("US officials held talks with Russian negotiators in Riyadh on Monday.", "meeting"),
        # both sides at the table, or a round: talks
        ("Russian and Ukrainian negotiators held talks in Istanbul on Friday.", "talks"),
        (
            "Qatari mediators opened a new round of talks with the M23 delegation in Doha on Monday.",
            "talks",
        ),
        ("US and Iranian negotiators held talks in Muscat on Saturday.", "talks"),
    ],
)
def test_a_go_between_with_one_side_only_holds_a_meeting(
    extractor: Extractor, text: str, expected: str
) -> None:
    assert [e.type for e in extractor.extract(text, PUB)] == [expected]


def test_an_acting_prime_minister_holding_talks_with_a_leader_is_a_meeting(
    extractor: Extractor,
) -> None:
    # Leader with leader is a meeting even when the text says "held talks" (devset README); an
    # acting head of government is a leader all the same.
    text = "Phumtham held talks with Hun Manet in Kuala Lumpur on Monday."
    (event,) = extractor.extract(text, dt.date(2025, 8, 1))
    assert event.type == "meeting"


def test_an_appeal_made_in_a_dated_statement_has_the_statements_day(
    extractor: Extractor,
) -> None:
    # "in a joint statement on <date>": the appeal was made in the statement, so both events
    # are told, on the statement's day (devset README, statements).
    text = "Egypt and Qatar called for a two-month truce in a joint statement on March 3, 2025."
    events = extractor.extract(text, dt.date(2025, 6, 1))
    assert sorted((e.type, e.date) for e in events) == [
        ("proposal", dt.date(2025, 3, 3)),
        ("statement", dt.date(2025, 3, 3)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In a press release issued on Wednesday, Kenya's foreign ministry welcomed the deal.",
        "Kenya's foreign ministry said in a communiqué on Wednesday that it welcomed the deal.",
    ],
)
def test_a_press_release_or_communique_is_a_statement(extractor: Extractor, text: str) -> None:
    assert [e.type for e in extractor.extract(text, PUB)] == ["statement"]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The truce took effect on May 2, and on May 5 Hamas freed 10 hostages in exchange"
            " for 300 Palestinian prisoners.",
            ("ceasefire", dt.date(2025, 5, 2)),
            ("prisoner_exchange", dt.date(2025, 5, 5)),
        ),
        (
            "The ceasefire between Israel and Hamas took effect on May 3, and on May 6, the"
            " two sides exchanged prisoners.",
            ("ceasefire", dt.date(2025, 5, 3)),
            ("prisoner_exchange", dt.date(2025, 5, 6)),
        ),
    ],
)
def test_a_second_date_opening_its_own_clause_is_not_the_first_verbs(
    extractor: Extractor,
    text: str,
    first: tuple[str, dt.date],
    second: tuple[str, dt.date],
) -> None:
    """ "X began on May 2, and on May 5 Y did Z": May 5 is Z's day, no second X."""
    found = {(e.type, e.date) for e in extractor.extract(text, PUB)}
    assert first in found
    assert second in found
    assert (first[0], second[1]) not in found


def test_a_second_date_of_the_same_verb_still_reports_a_second_happening(
    extractor: Extractor,
) -> None:
    text = "Putin spoke with Trump by phone on May 2 and again on May 9."
    found = {(e.type, e.date) for e in extractor.extract(text, PUB)}
    assert {("call", dt.date(2025, 5, 2)), ("call", dt.date(2025, 5, 9))} <= found


def test_the_month_may_after_a_preposition_is_no_modal(extractor: Extractor) -> None:
    text = "Border clashes in May ended in a truce between Kenya and Somalia."
    events = extractor.extract(text, dt.date(2026, 1, 15))
    assert [(e.type, e.date.isoformat()) for e in events] == [("ceasefire", "2025-05-01")]
    # (the modal still vetoes: "Kenya may agree to a truce with Somalia")
    assert not extractor.extract("Kenya may agree to a truce with Somalia.", dt.date(2026, 1, 15))


def test_a_truce_told_by_its_broker_alone_is_between_the_main_pair(extractor: Extractor) -> None:
    text = (
        "Kenya and Somalia held talks in Nairobi on Monday. Kenya said Somalia must withdraw its "
        "troops. Somalia rejected the demand from Kenya. A week of clashes in March ended with a "
        "ceasefire on March 10, which US President Donald Trump announced after talks mediated "
        "by Washington."
    )
    events = extractor.extract(text, dt.date(2026, 1, 15))
    (truce,) = [e for e in events if e.type == "ceasefire"]
    assert {"Kenya", "Somalia", "United States"} <= _states(truce)


def test_talks_between_two_sides_due_to_resume_are_planned(extractor: Extractor) -> None:
    text = "Talks between Thailand and Cambodia are due to resume in Kuala Lumpur on Monday."
    events = extractor.extract(text, dt.date(2026, 1, 15))
    assert _summary(events) == {("talks", "2026-01-19", True)}


def test_speaking_over_a_named_hotline_is_a_call(extractor: Extractor) -> None:
    text = "Kenya and Somalia spoke over the military hotline on Monday."
    events = extractor.extract(text, dt.date(2026, 1, 15))
    assert _summary(events) == {("call", "2026-01-12", False)}


def test_the_two_countries_are_the_pair_named_earlier_in_the_paragraph(
    extractor: Extractor,
) -> None:
    text = (
        "Israel and the United States signed a trade pact in Washington on Monday. Israel said "
        "the United States had agreed to it.\n\n"
        "Kenya and Somalia agreed to a truce on Tuesday. The guns fell silent at dawn. Both "
        "capitals hailed the quiet. Few shots were heard overnight. The two countries' army "
        "chiefs spoke by phone on Wednesday."
    )
    events = extractor.extract(text, dt.date(2026, 1, 15))
    (call,) = [e for e in events if e.type == "call"]
    assert _states(call) == {"Kenya", "Somalia"}


def test_a_meeting_on_a_trip_is_a_meeting_beside_the_visit(extractor: Extractor) -> None:
    text = "Kenya's foreign minister arrived in Mogadishu on Monday and met Somalia's president."
    events = extractor.extract(text, dt.date(2026, 1, 15))
    assert {(e.type, e.date.isoformat()) for e in events} == {
        ("visit", "2026-01-12"),
        ("meeting", "2026-01-12"),
    }
    (meeting,) = [e for e in events if e.type == "meeting"]
    assert {"Kenya", "Somalia"} <= {a.name for a in meeting.actors}  # (the visitor met)


def test_a_day_count_before_a_dated_clause_is_counted_once(extractor: Extractor) -> None:
    text = "The truce took effect on May 3 two days after Israel and Hamas agreed to it."
    events = extractor.extract(text, dt.date(2025, 5, 12))
    assert ("agreement", "2025-05-01") in {(e.type, e.date.isoformat()) for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas later on may agree a ceasefire on Monday.",
        "An exchange of views between Russia and Ukraine was held in Istanbul on Monday.",
        "Israel released 12 soldiers from duty on Friday.",
        "Russia and Ukraine traded 5 barbs on Monday.",
    ],
)
def test_look_alikes_of_triggers_report_nothing(extractor: Extractor, text: str) -> None:
    # the modal after "on"; a "not" phrase inside a longer gapped phrase; a number traded
    assert extractor.extract(text, dt.date(2025, 6, 12)) == []


_EU_ROUND = "Serbian and Kosovan negotiators resumed talks in Brussels on Thursday, officials said."


def test_an_undated_report_goes_on_telling_the_day_named_just_before(
    extractor: Extractor,
) -> None:
    text = (
        f"{_EU_ROUND}\n\nThe EU envoy met Serbian President Aleksandar Vucic in Belgrade on "
        "Monday. In a statement, Kosovo rejected the draft statute for the Serb municipalities."
    )
    events = extractor.extract(text, dt.date(2026, 3, 13))
    assert [e.date for e in events if e.type == "rejection"] == [dt.date(2026, 3, 9)]


def test_a_standing_position_or_a_later_step_keeps_the_articles_day(
    extractor: Extractor,
) -> None:
    text = (
        f"{_EU_ROUND}\n\nThe EU envoy met Kosovo Prime Minister Albin Kurti in Pristina on "
        "Tuesday. Serbia later rejected the draft statute.\n\nThe EU envoy held talks with "
        "Serbia in Belgrade on Wednesday. Kosovo has demanded that Serbia recognise its "
        "independence.\n\nThe EU envoy met Serbian President Aleksandar Vucic in Belgrade on "
        "Monday.\n\nIn a statement, Kosovo rejected the draft statute."
    )
    events = extractor.extract(text, dt.date(2026, 3, 13))
    # (the last rejection is in a paragraph of its own: the article's day too; the standing
    # demand, "has demanded", is no event of any day, and above all not Wednesday's)
    assert {(e.type, e.date) for e in events if e.type in {"rejection", "demand"}} == {
        ("rejection", dt.date(2026, 3, 12)),
    }


def test_a_date_before_a_coordinated_verb_is_the_first_verbs_too(extractor: Extractor) -> None:
    text = (
        f"{_EU_ROUND}\n\nThe EU envoy met Kosovo Prime Minister Albin Kurti, who leads the "
        "largest party in parliament, on Tuesday morning and urged him to delay the new border "
        "rules."
    )
    events = extractor.extract(text, dt.date(2026, 3, 13))
    assert {(e.type, e.date) for e in events if e.type in {"meeting", "proposal"}} == {
        ("meeting", dt.date(2026, 3, 10)),
        ("proposal", dt.date(2026, 3, 10)),
    }


def test_a_relative_clause_of_a_later_noun_keeps_its_date(extractor: Extractor) -> None:
    text = (
        f"{_EU_ROUND}\n\nA Serbian official ruled out any pullback from the hills near Jarinje, "
        "which Serbian troops reinforced in May.\n\nKosovo welcomed the trilateral talks between "
        "Serbia, Kosovo and the EU, which the Slovak government hosted on 3 March."
    )
    events = extractor.extract(text, dt.date(2026, 3, 13))
    assert [e.date for e in events if e.type == "rejection"] in ([], [dt.date(2026, 3, 12)])
    assert dt.date(2026, 3, 3) in [e.date for e in events if e.type == "talks"]


def test_a_mention_told_as_past_is_not_the_planned_rounds(extractor: Extractor) -> None:
    text = (
        "BRUSSELS - Serbia and Kosovo will hold talks again in Brussels on 20 March, the EU "
        "envoy said on Thursday.\n\nThe session at the EU headquarters was chaired by the EU "
        "envoy Peter Sorensen and lasted five hours."
    )
    events = extractor.extract(text, dt.date(2026, 3, 13))
    talks = {e.date: len(e.evidence) for e in events if e.type == "talks"}
    # the planned round keeps only its own sentence; the session told as past is one held
    assert talks == {dt.date(2026, 3, 20): 1, dt.date(2026, 3, 12): 1}


def test_the_date_of_a_long_relative_clause_is_not_the_main_verbs(extractor: Extractor) -> None:
    text = (
        f"{_EU_ROUND}\n\nSerbian President Aleksandar Vucic, who met the head of the European "
        "Union delegation to the Western Balkans in Belgrade on Tuesday, demanded that Kosovo "
        "form the association of Serb municipalities."
    )
    events = extractor.extract(text, dt.date(2026, 3, 13))
    assert [e.date for e in events if e.type == "demand"] == [dt.date(2026, 3, 12)]


def test_a_date_inside_a_quotation_does_not_date_its_saying(extractor: Extractor) -> None:
    text = (
        f'{_EU_ROUND}\n\n"Belgrade insists that Pristina honour the commitments it made in May '
        'last year and refrain from any unilateral step," the Serbian foreign ministry said in a '
        "statement."
    )
    events = extractor.extract(text, dt.date(2026, 3, 13))
    assert [e.date for e in events if e.type == "statement"] == [dt.date(2026, 3, 12)]


def test_a_which_clause_acting_for_a_dated_noun_takes_its_day(extractor: Extractor) -> None:
    text = (
        f"{_EU_ROUND}\n\nThe Serbian minister was answering a letter sent by the Kosovo "
        "government on Monday, which demanded that Serbia withdraw its police from the border."
    )
    events = extractor.extract(text, dt.date(2026, 3, 13))
    assert [e.date for e in events if e.type == "demand"] == [dt.date(2026, 3, 9)]


def test_appeal_to_a_long_named_addressee_is_a_proposal(extractor: Extractor) -> None:
    # The addressee's name ("the International Committee of the Red Cross", seven words) is
    # longer than the six words a trigger's gap spans.
    text = (
        "Armenia's ombudsman on Monday called on the International Committee of the Red Cross "
        "to visit the detainees held in Baku."
    )
    events = extractor.extract(text, dt.date(2026, 3, 4))
    assert [(e.type, e.date.isoformat()) for e in events] == [("proposal", "2026-03-02")]
    assert _states(events[0]) == {"Armenia", "International Committee of the Red Cross"}


def test_a_statement_cited_as_the_source_is_a_statement(extractor: Extractor) -> None:
    # "according to a joint press release issued by ...", "A statement issued by X described
    # ...": the formal statement is reported as such (devset README, statements).
    text = (
        "Armenian and Azerbaijani border commissions met in Gabala on Tuesday. According to a "
        "joint press release issued by the two commissions, the sides discussed the next stages "
        "of the delimitation.\n\n"
        "A statement issued by the Qatari foreign ministry on Wednesday described the talks as "
        "constructive."
    )
    events = extractor.extract(text, dt.date(2026, 3, 12))
    statements = [(e.date.isoformat(), _states(e)) for e in events if e.type == "statement"]
    assert statements == [("2026-03-10", {"Armenia", "Azerbaijan"}), ("2026-03-11", {"Qatar"})]


def test_a_statement_issued_after_the_meeting_has_the_meetings_day(extractor: Extractor) -> None:
    # The statement (and the appeal it makes) came out of the gathering told before, on its day,
    # not on the day the article reports.
    text = (
        "Kenya rejected the plan on Thursday.\n\n"
        "Envoys of Egypt, Qatar and Turkey met in Cairo on Tuesday.\n\n"
        "In a joint statement issued after the meeting, the three countries called on Israel "
        "and Hamas to respect the truce."
    )
    events = extractor.extract(text, dt.date(2026, 7, 9))
    dated = {(e.type, e.date.isoformat()) for e in events if e.type in {"statement", "proposal"}}
    assert dated == {("statement", "2026-07-07"), ("proposal", "2026-07-07")}


def test_what_the_sides_also_agreed_is_one_agreement_with_the_first(extractor: Extractor) -> None:
    # "also agreed to meet again": one more term of the deal the session reached, not a second
    # deal (one gold event per happening, devset README).
    text = (
        "Ethiopian and Eritrean officials agreed on Monday to exchange 200 prisoners of war, the "
        "African Union said.\n\n"
        "The two sides also agreed to meet again in Addis Ababa on March 2."
    )
    events = extractor.extract(text, dt.date(2026, 2, 11))
    agreements = [e for e in events if e.type == "agreement"]
    assert [e.date.isoformat() for e in agreements if e.date] == ["2026-02-09"]
    assert len(agreements[0].evidence) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a view put forward ("might", "would", "was"): no proposal
        (
            "On Monday, Turkey's foreign minister suggested that Russia might soon be ready for "
            "a ceasefire with Ukraine.",
            [],
        ),
        # a course of action put forward: a proposal
        (
            "On Monday, Turkey's foreign minister suggested that Russian and Ukrainian "
            "delegations meet again in Istanbul.",
            ["proposal"],
        ),
    ],
)
def test_suggesting_a_view_is_no_proposal(
    extractor: Extractor, text: str, expected: list[str]
) -> None:
    assert [e.type for e in extractor.extract(text, dt.date(2026, 3, 4))] == expected


def test_a_demand_in_the_perfect_is_a_standing_one_but_in_a_live_blog_entry(
    extractor: Extractor,
) -> None:
    # "Baku has demanded ...": a standing demand, undated (as "Spain has offered ..."); under a
    # live blog's entry time the perfect tells the news of that entry.
    report = (
        "Armenian and Azerbaijani officials met in Gabala on Tuesday.\n\n"
        "Baku has demanded that Yerevan amend its constitution before the treaty is signed."
    )
    events = extractor.extract(report, dt.date(2026, 3, 12))
    assert [e.type for e in events] == ["talks"]
    blog = (
        "09:15 GMT\nArmenian and Azerbaijani officials met in Gabala.\n\n"
        "10:40 GMT\nBaku has demanded that Yerevan amend its constitution before the treaty is "
        "signed."
    )
    events = extractor.extract(blog, dt.date(2026, 3, 12))
    assert ("demand", "2026-03-12") in {(e.type, e.date.isoformat()) for e in events if e.date}


def test_a_deal_confirmed_a_day_later_is_the_deal_reported(extractor: Extractor) -> None:
    # The confirmation (told first, on Friday) reports Thursday's deal: one agreement, on the
    # deal's day.
    text = (
        "On Friday, the Kremlin confirmed that Vladimir Putin had agreed to a request from Donald "
        "Trump to pause strikes on Kyiv for a week.\n\n"
        "Trump told a cabinet meeting on Thursday that Putin had agreed to his request to halt "
        "the strikes."
    )
    events = extractor.extract(text, dt.date(2026, 1, 30))
    agreements = [e.date.isoformat() for e in events if e.type == "agreement" and e.date]
    assert agreements == ["2026-01-29"]


def test_witnessing_the_signing_told_before_is_no_second_deal(extractor: Extractor) -> None:
    # "witnessed the signing." refers back to the signing just reported ("witnessed the signing
    # of the accord on Oct. 26" still reports one).
    text = (
        "On Sunday, the Thai and Cambodian prime ministers signed a joint declaration in Kuala "
        "Lumpur.\n\n"
        "Donald Trump and Anwar Ibrahim, who chairs the regional bloc this year, witnessed the "
        "signing."
    )
    events = extractor.extract(text, dt.date(2025, 10, 28))
    agreements = [e for e in events if e.type == "agreement"]
    assert [e.date.isoformat() for e in agreements if e.date] == ["2025-10-26"]
    reported = (
        "On Oct. 26, Anwar witnessed the signing of a peace declaration by Thailand and Cambodia."
    )
    assert [e.type for e in extractor.extract(reported, dt.date(2025, 10, 28))] == ["agreement"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both sides' officials face each other: a session of talks (devset README, encounters)
        (
            "Thailand's defence minister met his Cambodian counterpart in Kuala Lumpur on Monday.",
            "talks",
        ),
        # (ombudsmen are no negotiators: their meeting stays a meeting, as the gold has it)
        (
            "Ukraine's human rights commissioner met his Russian counterpart at the border on Tuesday.",
            "meeting",
        ),
        # their leaders, or their foreign ministers: a meeting
        ("The presidents of Armenia and Azerbaijan met in Abu Dhabi on Monday.", "meeting"),
        ("The foreign ministers of Armenia and Azerbaijan met in Vienna on Monday.", "meeting"),
        # a side named only as the subject discussed is not at the table
        (
            "Vladimir Putin met the US envoy in Moscow on Monday to discuss the plan for Ukraine.",
            "meeting",
        ),
        # ombudsmen meeting their counterparts do not negotiate for their sides: a meeting
        (
            "Azerbaijan's ombudsman met her Armenian counterpart at the border crossing on "
            "Wednesday to discuss missing persons.",
            "meeting",
        ),
        # (their plurals too)
        (
            "The ombudswomen of Armenia and Azerbaijan met at the border on Monday, the two sides "
            "said.",
            "meeting",
        ),
        (
            "The ombudspersons of Armenia and Azerbaijan met their counterparts at the border on "
            "Monday.",
            "meeting",
        ),
    ],
)
def test_both_sides_officials_meeting_hold_talks(
    extractor: Extractor, text: str, expected: str
) -> None:
    assert [e.type for e in extractor.extract(text, PUB)] == [expected]


def test_an_encounter_sharing_its_day_with_the_next_verb_is_dated_by_it(
    extractor: Extractor,
) -> None:
    # "met in X on <day> and agreed": the day told between the two verbs is the meeting's too,
    # a happening of its own even inside an "after" clause.
    text = (
        "Prisoner swaps resumed after Armenian and Azerbaijani negotiators met in Doha on "
        "4 February and agreed to free all detainees."
    )
    events = extractor.extract(text, PUB)
    assert sorted((e.type, e.date) for e in events) == [
        ("agreement", dt.date(2025, 2, 4)),
        ("talks", dt.date(2025, 2, 4)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's foreign minister received a delegation from the rebel group M23 in Nairobi on Monday.",
        "Qatar's prime minister on Monday received an M23 delegation led by its political chief.",
    ],
)
def test_receiving_a_groups_delegation_is_a_meeting(extractor: Extractor, text: str) -> None:
    (meeting,) = extractor.extract(text, PUB)
    assert meeting.type == "meeting"
    assert "M23" in _states(meeting)


def test_a_third_state_hosting_one_side_for_talks_holds_a_meeting(extractor: Extractor) -> None:
    # the host is the one met, not only the venue: a third party with one side (devset README)
    text = (
        "Foreign Minister Wang Yi will host Cambodian Foreign Minister Prak Sokhonn in Beijing on "
        "Monday for talks on the border truce."
    )
    (meeting,) = extractor.extract(text, PUB)
    assert meeting.type == "meeting"
    assert {"China", "Cambodia"} <= _states(meeting)
    # (only a host that receives them: one that is only the venue, "hosted by Qatar", stays the
    # venue of the side's talks, whatever else the sentence says of meeting)
    venue = (
        "Ukrainian negotiators held talks in Doha on Monday, hosted by Qatar, and will meet again "
        "next week."
    )
    talks = [e for e in extractor.extract(venue, PUB) if not e.planned]
    assert [e.type for e in talks] == ["talks"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks named by their place only: the known talks between the two sides, one of them
        # left unnamed, not a go-between's session with one side
        (
            "Previous truces, including one the Rapid Support Forces and the United States "
            "announced at talks in Jeddah in May 2023, collapsed within days.",
            "talks",
        ),
        (
            "Talks in Jeddah produced a US-drafted declaration in May 2023, which the Rapid "
            "Support Forces and Washington signed.",
            "talks",
        ),
        # the words name who sat at them: the envoy with one side, a meeting
        (
            "The envoy's talks in Nairobi on Monday with the Rapid Support Forces and Kenyan "
            "officials ended without a deal.",
            "meeting",
        ),
    ],
)
def test_talks_named_by_their_place_stay_the_two_sides_talks(
    extractor: Extractor, text: str, expected: str
) -> None:
    sessions = [e for e in extractor.extract(text, PUB) if e.type in {"talks", "meeting"}]
    assert [e.type for e in sessions] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru sent civilian representatives to the border committee on 3 May.",
        "Chile and Peru sent civilian envoys to one of its meetings at the UN base on 3 May.",
    ],
)
def test_sides_sending_envoys_to_their_joint_body_hold_talks(
    extractor: Extractor, text: str
) -> None:
    (talks,) = [e for e in extractor.extract(text, PUB) if e.type == "talks"]
    assert {"Chile", "Peru"} <= _states(talks)
    assert talks.date == dt.date(2025, 5, 3)


def test_a_meeting_told_in_a_when_clause_after_a_signing_is_reported(
    extractor: Extractor,
) -> None:
    # "signed on <day>, when X and Y met": the clause tells the encounter the deal was signed
    # at, a meeting of its own (not what was signed).
    text = (
        "The accord was initialled in Nairobi on 3 March 2025, when Paul Kagame and Felix "
        "Tshisekedi met at the presidential palace."
    )
    events = extractor.extract(text, PUB)
    assert sorted((e.type, e.date) for e in events) == [
        ("agreement", dt.date(2025, 3, 3)),
        ("meeting", dt.date(2025, 3, 3)),
    ]


def test_taking_part_in_any_kind_of_session_is_no_round_of_talks(extractor: Extractor) -> None:
    for text in (
        "Russia and Ukraine took part in a plenary session of the assembly on Monday.",
        "Ukrainian and Russian officers took part in a training session on Monday.",
    ):
        events = extractor.extract(text, dt.date(2025, 5, 16))
        assert [e.type for e in events if e.type == "talks"] == [], text


@pytest.mark.parametrize("space", [" ", "\u00a0"])
def test_cues_with_any_white_space_in_them_are_found(extractor: Extractor, space: str) -> None:
    # (a cheap literal test before each pattern must not miss what the pattern's \s matches)
    pub = dt.date(2025, 5, 16)
    counted = (
        "Russia and Ukraine will hold talks in Geneva next week. "
        f"A{space}day before the round, Russia demanded that Ukraine withdraw its troops."
    )
    assert [e.type for e in extractor.extract(counted, pub)] == ["talks"]
    when = f"Russia and Ukraine signed the accord on 8 May,{space}when the two presidents met."
    assert {e.type for e in extractor.extract(when, pub)} == {"agreement", "meeting"}
    issued = (
        "Russia and Ukraine held talks in Geneva on Tuesday. The talks lasted four hours.\n\n"
        f"In a joint statement issued{space}after the meeting, Russia and Ukraine called on the "
        "UN to send monitors."
    )
    events = extractor.extract(issued, pub)
    assert [e.date for e in events if e.type == "proposal"] == [dt.date(2025, 5, 13)]


def test_a_live_blog_entry_time_with_am_or_pm_tells_the_news(extractor: Extractor) -> None:
    blog = (
        "9.15am BST\nArmenian and Azerbaijani envoys met in Vienna.\n\n"
        "10.40am BST\nBaku has demanded that Yerevan withdraw its troops from the border."
    )
    events = extractor.extract(blog, dt.date(2026, 3, 12))
    assert ("demand", "2026-03-12") in {(e.type, e.date.isoformat()) for e in events if e.date}


def test_a_deal_of_the_sides_just_told_meeting_is_reached_there(extractor: Extractor) -> None:
    # "The parties agreed ...": undated, after a gathering told just before (its mediators too),
    # the deal was reached at it, by all who sat at it, on its day.
    pub = dt.date(2025, 5, 16)
    cases = [
        (
            "Chilean and Peruvian officers met in Arica on Tuesday, with Brazilian mediators "
            "present. The officers discussed the patrols.\n\n"
            "The parties agreed to meet again next month, the Chilean army said on Thursday.",
            {"Chile", "Peru", "Brazil"},
            dt.date(2025, 5, 13),
        ),
    ]
    for text, sides, day in cases:
        deals = [e for e in extractor.extract(text, pub) if e.type == "agreement"]
        assert [(_states(e) & {"Chile", "Peru", "Brazil"}, e.date) for e in deals] == [
            (sides, day)
        ], text
    # (a deal the sentence dates itself, or one with no such gathering just before, is left be)
    dated = (
        "Chilean and Peruvian officers met in Arica on Tuesday, with Brazilian mediators present. "
        "On Thursday, the two sides agreed to swap prisoners."
    )
    deals = [e for e in extractor.extract(dated, pub) if e.type == "agreement"]
    assert [e.date for e in deals] == [dt.date(2025, 5, 15)]


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Gabriel Boric made the offer on Thursday in a speech in Santiago.",
        "Chile made an offer of border talks to Peru on Thursday.",
        "Chile on Thursday offered Peru talks on every open issue, water included.",
        "At the session on Thursday, the Chilean side presented ideas for joint projects.",
        "Chile presented a draft declaration on the missing to Peru on Thursday.",
        "On Thursday, the Chilean envoy presented the two sides with a draft statute.",
    ],
)
def test_offers_made_and_ideas_presented_are_proposals(extractor: Extractor, text: str) -> None:
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert ("proposal", dt.date(2025, 5, 15)) in {(e.type, e.date) for e in events}, text
    assert all("Chile" in _states(e) for e in events if e.type == "proposal")


@pytest.mark.parametrize(
    "text",
    [
        "Chile made it clear it would reject any offer from Peru on Thursday.",
        "Chile made progress on Thursday toward a ceasefire offer to Peru.",
        "Chile offered few details on Thursday of the ceasefire with Peru.",
        "Chile offered its support on Thursday for the dialogue with Peru.",
        "Chile offered condolences on Thursday and said the talks with Peru would go on.",
        "Chile presented its objections on Thursday to the draft.",
    ],
)
def test_an_offer_phrase_spans_only_a_noun_phrase(extractor: Extractor, text: str) -> None:
    # "made ~ offer", "offered ~ talks", "presented ~ draft": the gap is who is offered and
    # how, not a clause ("made it clear ... any offer") or a phrase of what was said about the
    # talks ("offered few details of the ceasefire", "presented its objections to the draft").
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert "proposal" not in {e.type for e in events}, text


def test_what_happened_during_the_session_is_of_the_session_day(extractor: Extractor) -> None:
    # "During the session" points back to the session told before, not to the last day named.
    text = (
        "Chilean and Peruvian officers met in Arica on Tuesday.\n\n"
        "Chile was represented by its army chief, who was appointed on Monday. During the "
        "session, the Peruvian side presented a proposal for joint patrols."
    )
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert [e.date for e in events if e.type == "proposal"] == [dt.date(2025, 5, 13)]


def test_a_plan_proposed_by_its_authors_on_a_named_day_is_that_days_proposal(
    extractor: Extractor,
) -> None:
    # "the truce proposed by X on 2 March" after "accepted" or "rejected": the proposing told
    # with its own date, by its agents (not by who accepted or rejected it).
    pub = dt.date(2025, 5, 16)
    for text in (
        "Peru said on Sunday it had accepted the truce proposed by Brazil and Argentina on 2 March.",
        "Peru on Sunday rejected a plan proposed by Brazil and Argentina in a joint statement "
        "on 2 March.",
    ):
        proposals = [e for e in extractor.extract(text, pub) if e.type == "proposal"]
        assert [(e.date, _states(e)) for e in proposals] == [
            (dt.date(2025, 3, 2), {"Brazil", "Argentina"})
        ], text
    # (with no date of its own the participle only names the plan's authors)
    undated = "Peru said on Sunday it had accepted the truce proposed by Brazil and Argentina."
    assert "proposal" not in {e.type for e in extractor.extract(undated, pub)}
    # (nor with a date of another clause after the agents)
    for text in (
        "Peru said on Sunday it had accepted the truce proposed by Brazil, which Chile rejected "
        "on 2 March.",
        "Peru said on Sunday it had accepted the truce proposed by Brazil; Chile rejected it on "
        "2 March.",
    ):
        assert "proposal" not in {e.type for e in extractor.extract(text, pub)}, text


def test_a_deal_dated_by_the_occasion_told_after_what_was_agreed(extractor: Extractor) -> None:
    # "agreed to meet in Lima during a phone call on March 16": the call's day is the deal's,
    # not a day of the meeting agreed to.
    text = "The presidents of Chile and Peru had agreed to meet in Lima during a long phone call on March 16."
    deals = [e for e in extractor.extract(text, dt.date(2025, 5, 16)) if e.type == "agreement"]
    assert [e.date for e in deals] == [dt.date(2025, 3, 16)]
    # (the date of what was agreed stays the plan's: "agreed to meet again on June 2")
    plan = "Chile and Peru agreed on Monday to meet again in Lima on June 2."
    deals = [e for e in extractor.extract(plan, dt.date(2025, 5, 16)) if e.type == "agreement"]
    assert [e.date for e in deals] == [dt.date(2025, 5, 12)]
    # (nor is an occasion the agreed action is to take place at: "agreed to sign the deal at
    # their summit on 20 June" is no deal of 20 June, nor of a June past)
    for text, day in (
        ("Chile and Peru agreed to sign the water deal during their summit on 20 June.", 16),
        ("Chile and Peru agreed on Monday to sign the water deal at the summit in June.", 12),
    ):
        deals = [e for e in extractor.extract(text, dt.date(2025, 5, 16)) if e.type == "agreement"]
        assert [e.date for e in deals] == [dt.date(2025, 5, day)], text


def test_a_text_handed_over_told_in_a_relative_clause_is_a_proposal(extractor: Extractor) -> None:
    # "the memorandums that the delegations handed to each other on 2 June": the handing, dated.
    text = (
        "Officials studied the draft memorandums that the delegations of Chile and Peru handed "
        "to each other on June 2, 2024."
    )
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert [(e.date, _states(e)) for e in events if e.type == "proposal"] == [
        (dt.date(2024, 6, 2), {"Chile", "Peru"})
    ]


def test_a_proposal_handed_to_a_long_list_of_recipients(extractor: Extractor) -> None:
    text = "Chile handed the Peruvians and the Bolivians a written proposal for a border truce on Thursday."
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert [(e.date, _states(e)) for e in events if e.type == "proposal"] == [
        (dt.date(2025, 5, 15), {"Chile", "Peru", "Bolivia"})
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The African Union's Peace and Security Council will next convene in Addis Ababa on "
            "20 May, a spokesperson said.",
            dt.date(2025, 5, 20),
        ),
        (
            "The Coalition of the Willing plans to meet again in Rome on 3 June, an Italian "
            "official said.",
            dt.date(2025, 6, 3),
        ),
    ],
)
def test_a_bodys_next_session_is_a_planned_meeting(
    extractor: Extractor, text: str, day: dt.date
) -> None:
    (meeting,) = extractor.extract(text, PUB)
    assert (meeting.type, meeting.date, meeting.planned) == ("meeting", day, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkish Foreign Minister Hakan Fidan held discussions with Syrian President Ahmed "
            "al-Sharaa in Damascus on Tuesday.",
            "meeting",
        ),
        (
            "Rubio conferred with Ukrainian Foreign Minister Andrii Sybiha in Brussels on Tuesday.",
            "meeting",
        ),
        ("Witkoff huddled with Ukrainian negotiator Rustem Umerov in Miami on Tuesday.", "meeting"),
        (
            "Kallas held a working lunch with Kosovo Prime Minister Albin Kurti in Brussels on "
            "Tuesday.",
            "meeting",
        ),
        # the two sides' officials at the table: talks
        (
            "Armenian and Azerbaijani officials held a closed-door session in Vienna on Tuesday.",
            "talks",
        ),
        ("Russian and Ukrainian delegations convened in Istanbul on Tuesday.", "talks"),
    ],
)
def test_other_words_for_sitting_down_together_report_the_encounter(
    extractor: Extractor, text: str, expected: str
) -> None:
    (encounter,) = extractor.extract(text, PUB)
    assert (encounter.type, encounter.date) == (expected, dt.date(2025, 5, 13))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The UN envoy for Yemen will brief the UN Security Council on the detainee deal on "
            "20 May, his office said.",
            dt.date(2025, 5, 20),
        ),
        (
            "The UN Security Council is scheduled to discuss the Golan observer mission on "
            "Thursday, diplomats said.",
            dt.date(2025, 5, 22),
        ),
    ],
)
def test_a_council_session_told_by_its_business_is_a_planned_meeting(
    extractor: Extractor, text: str, day: dt.date
) -> None:
    # (not the deal or the talks the council hears about)
    (meeting,) = extractor.extract(text, PUB)
    assert (meeting.type, meeting.date, meeting.planned) == ("meeting", day, True)
    assert "UN Security Council" in _states(meeting)


@pytest.mark.parametrize(
    "text",
    [
        "The UN envoy briefed the media on Thursday after the Security Council adopted a "
        "resolution on Ukraine.",
        "Russia's envoy said on Thursday he would brief the president about the UN Security "
        "Council vote on Ukraine.",
    ],
)
def test_briefing_someone_else_about_the_council_is_no_council_session(
    extractor: Extractor, text: str
) -> None:
    # "brief the ~ council": the council is who is briefed, not a noun past a preposition
    assert "meeting" not in {e.type for e in extractor.extract(text, PUB)}, text


@pytest.mark.parametrize(
    "second",
    ["and a second followed in Bergen on 9 March.", "a second was held in Bergen on 9 March."],
)
def test_a_round_told_by_its_number_alone_is_a_round_of_its_own(
    extractor: Extractor, second: str
) -> None:
    text = (
        "Armenian and Azerbaijani negotiators held talks in Vienna on Thursday. The first round "
        f"took place in Oslo on 3 February, {second}"
    )
    days = sorted(e.date for e in extractor.extract(text, PUB) if e.type == "talks" and e.date)
    assert days == [dt.date(2025, 2, 3), dt.date(2025, 3, 9), dt.date(2025, 5, 15)]


def test_trips_told_by_flying_heading_or_being_due_somewhere_are_visits(
    extractor: Extractor,
) -> None:
    day = dt.date(2025, 5, 16)  # a Friday
    for text, planned, when in [
        (
            "The Chilean foreign minister flew into Lima on Tuesday and met the president.",
            False,
            "2025-05-13",
        ),
        ("Peru's premier will fly to Santiago on Monday, the government said.", True, "2025-05-19"),
        (
            "The Brazilian envoy headed to Caracas on Wednesday, his office said.",
            False,
            "2025-05-14",
        ),
        (
            "Lula is due in Lisbon on Tuesday for talks with the Portuguese premier.",
            True,
            "2025-05-20",
        ),
    ]:
        visits = [e for e in extractor.extract(text, day) if e.type == "visit"]
        assert [(e.date.isoformat(), e.planned) for e in visits] == [(when, planned)], text


def test_a_thing_due_or_expected_in_a_month_is_no_trip(extractor: Extractor) -> None:
    for text in [
        "A ruling by Kenya's top court is expected in March.",
        "Kenyan elections are due in August.",
    ]:
        assert [e.type for e in extractor.extract(text, dt.date(2026, 2, 11))] == [], text


def test_a_meeting_told_on_a_trip_by_a_participle_or_a_passive_is_a_meeting_too(
    extractor: Extractor,
) -> None:
    day = dt.date(2025, 5, 16)  # a Friday
    for text in [
        "The Turkish envoy visited Kyiv on Tuesday, meeting President Zelensky and the premier.",
        "The Turkish envoy visited Kyiv on Tuesday and was received by President Zelensky.",
    ]:
        events = extractor.extract(text, day)
        assert sorted((e.type, e.date.isoformat()) for e in events) == [
            ("meeting", "2025-05-13"),
            ("visit", "2025-05-13"),
        ], text
    # the trip's day is the day of the encounter told undated in the same sentence
    text = "The Turkish envoy, who was on a visit to Kyiv on 13 May, was received by President Zelensky."
    assert sorted((e.type, e.date.isoformat()) for e in extractor.extract(text, day)) == [
        ("meeting", "2025-05-13"),
        ("visit", "2025-05-13"),
    ]


def test_no_meeting_in_a_plan_received_by_a_capital_or_a_trip_meeting_expectations(
    extractor: Extractor,
) -> None:
    day = dt.date(2025, 5, 16)
    assert extractor.extract("The proposal was received by Moscow with scepticism.", day) == []
    text = "The Chilean envoy visited Lima on Tuesday, meeting expectations."
    assert [e.type for e in extractor.extract(text, day)] == ["visit"]


def test_the_trip_a_dated_encounter_happened_on_is_a_visit_that_day(extractor: Extractor) -> None:
    day = dt.date(2025, 5, 16)  # a Friday
    for text in [
        "The Egyptian foreign minister, on a working visit to Ankara, met Erdogan on Tuesday.",
        "Erdogan received the Egyptian foreign minister, who is in Ankara on a working visit, on "
        "Tuesday.",
    ]:
        visits = [e for e in extractor.extract(text, day) if e.type == "visit"]
        assert [(e.date.isoformat(), _states(e)) for e in visits] == [
            ("2025-05-13", {"Egypt", "Turkey"})
        ], text


def test_an_encounter_told_in_a_during_which_clause_of_a_trip_is_a_meeting(
    extractor: Extractor,
) -> None:
    text = (
        "The Turkish foreign minister arrived in Kyiv on Tuesday for a two-day visit, during "
        "which he met Zelensky."
    )
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert sorted((e.type, e.date.isoformat(), frozenset(_states(e))) for e in events) == [
        ("meeting", "2025-05-13", frozenset({"Turkey", "Ukraine"})),
        ("visit", "2025-05-13", frozenset({"Turkey", "Ukraine"})),
    ]


def test_a_stay_told_with_what_happened_on_it_is_a_visit(extractor: Extractor) -> None:
    day = dt.date(2025, 5, 16)  # a Friday
    text = "The Turkish envoy was in Kyiv on Tuesday, where he met Zelensky."
    events = extractor.extract(text, day)
    assert sorted((e.type, e.date.isoformat()) for e in events) == [
        ("meeting", "2025-05-13"),
        ("visit", "2025-05-13"),
    ]
    for text in [
        "Ukraine is in talks with Turkey.",
        "The Turkish envoy was in Kyiv when the strike hit.",
        "Freed soldiers were in Belarus, where they were receiving care.",
    ]:
        assert [e.type for e in extractor.extract(text, day) if e.type == "visit"] == [], text


def test_a_meeting_planned_where_a_planned_trip_goes_is_the_trip(extractor: Extractor) -> None:
    text = "Erdogan is expected to visit Kyiv on May 20, where he will meet Zelensky."
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert [(e.type, e.date.isoformat(), e.planned) for e in events] == [
        ("visit", "2025-05-20", True)
    ]


def test_leaving_one_place_for_another_is_a_trip_there(extractor: Extractor) -> None:
    day = dt.date(2025, 5, 16)  # a Friday
    text = "Erdogan left Ankara on Tuesday morning for Kyiv, his office said."
    visits = [e for e in extractor.extract(text, day) if e.type == "visit"]
    assert [(e.date.isoformat(), _states(e)) for e in visits] == [
        ("2025-05-13", {"Turkey", "Ukraine"})
    ]
    text = "The talks on Tuesday left the issue of territory for later, Erdogan said."
    assert [e.type for e in extractor.extract(text, day) if e.type == "visit"] == []


@pytest.mark.parametrize(
    "text",
    [
        "A Russian drone hit a power plant in Kharkiv on Monday, and a second followed an hour "
        "later, Ukraine said.",
        "One Ukrainian soldier was freed by Russia on Monday; a second was held back, Kyiv said.",
    ],
)
def test_a_second_of_something_else_is_no_round(extractor: Extractor, text: str) -> None:
    # "a second followed" is a round only after a round told just before it
    assert "talks" not in {e.type for e in extractor.extract(text, PUB)}, text
