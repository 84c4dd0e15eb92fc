"""Event titles: present-tense headlines built from the trigger's sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import Extractor
from tracker.extract.titles import drop_dates, inflect, lemma, make_title, object_tail, participle

TYPE_VERBS = {
    "talks": "hold talks",
    "call": "hold phone call",
    "meeting": "meet",
    "visit": "visit",
    "proposal": "present proposal",
    "agreement": "agree",
    "demand": "demand",
    "rejection": "reject",
    "statement": "issue statement",
    "prisoner_exchange": "exchange prisoners",
    "ceasefire": "declare ceasefire",
}


def title(
    event_type: str,
    subject: list[str],
    sentence: str,
    trigger: str,
    *,
    others: list[str] | None = None,
    location: str | None = None,
    planned: bool = False,
    nominal: bool | None = None,
) -> str:
    start = sentence.index(trigger)
    return make_title(
        event_type,
        TYPE_VERBS[event_type],
        subject,
        others or [],
        sentence,
        start,
        start + len(trigger),
        location,
        planned,
        nominal=nominal,
    )


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("offered", "offer"),
        ("suggested", "suggest"),
        ("proposed", "propose"),
        ("planned", "plan"),
        ("tried", "try"),
        ("agreed", "agree"),
        ("initialled", "initial"),
        ("initialed", "initial"),
        ("called", "call"),
        ("travelled", "travel"),
        ("submitted", "submit"),
        ("tabled", "table"),
        ("issued", "issue"),
        ("urged", "urge"),
        ("invited", "invite"),
        ("endorsed", "endorse"),
        ("negotiated", "negotiate"),
        ("outlined", "outline"),
        ("floated", "float"),
        ("reached", "reach"),
        ("dismissed", "dismiss"),
        ("held", "hold"),
        ("struck", "strike"),
        ("agrees", "agree"),
        ("proposes", "propose"),
        ("urging", "urge"),
        ("demanding", "demand"),
    ],
)
def test_lemma_handles_regular_and_irregular_forms(word: str, base: str) -> None:
    assert lemma(word) == base


def test_inflect_and_participle() -> None:
    assert inflect("offer to hand over", True) == "offers to hand over"
    assert inflect("try", True) == "tries"
    assert inflect("reach an agreement", True) == "reaches an agreement"
    assert inflect("hold talks", False) == "hold talks"
    assert participle("hold") == "held"
    assert participle("declare") == "declared"
    assert participle("present") == "presented"


def test_drop_dates_removes_the_event_date_only() -> None:
    assert drop_dates("on Wednesday to carry out an exchange") == "to carry out an exchange"
    assert drop_dates("a deal in Washington on Friday") == "a deal in Washington"
    assert drop_dates("on June 18") == ""
    assert drop_dates("a truce yesterday") == "a truce"
    assert drop_dates("a truce until Friday") == "a truce until Friday"
    assert drop_dates("a meeting before the end of June") == "a meeting before the end of June"


def test_object_tail_stops_at_clause_boundaries() -> None:
    sentence = "They proposed holding another meeting and repeated its call for a summit."
    assert object_tail(sentence, sentence.index(" holding")) == "holding another meeting"
    sentence = "Russia demanded that Ukraine withdraw from the region it still holds."
    assert object_tail(sentence, sentence.index(" that")) == (
        "that Ukraine withdraw from the region"
    )


# --- titles that must stay as they are ---------------------------------------------------------


def test_good_titles_are_unchanged() -> None:
    assert (
        title(
            "talks",
            ["Russia", "Ukraine"],
            "Russian and Ukrainian delegations met in Istanbul on Friday.",
            "delegations met",
            location="Istanbul",
        )
        == "Russia and Ukraine hold talks in Istanbul"
    )
    assert (
        title(
            "agreement",
            ["Russia", "Ukraine"],
            "Russia and Ukraine agreed on a 1,000-for-1,000 prisoner exchange.",
            "agreed on",
        )
        == "Russia and Ukraine agree on a 1,000-for-1,000 prisoner exchange"
    )
    assert (
        title(
            "meeting",
            ["Donald Trump", "Vladimir Putin"],
            "Trump and Putin met for nearly three hours on Friday.",
            "met",
            location="Anchorage",
        )
        == "Donald Trump and Vladimir Putin meet in Anchorage"
    )
    assert (
        title("rejection", ["Ukraine"], "Ukraine rejected the demand.", "rejected")
        == "Ukraine rejects the demand"
    )
    assert (
        title(
            "call",
            ["Donald Trump"],
            "During a break, Trump phoned Putin.",
            "phoned",
            others=["Vladimir Putin"],
        )
        == "Donald Trump holds phone call with Vladimir Putin"
    )


def test_planned_title() -> None:
    sentence = "Delegations will hold talks in Riyadh next week."
    assert (
        title(
            "talks", ["Russia", "Ukraine"], sentence, "will hold", location="Riyadh", planned=True
        )
        == "Russia and Ukraine to hold talks in Riyadh"
    )


# --- the classes of bad titles ----------------------------------------------------------------


def test_unknown_past_tense_verbs_are_lemmatised() -> None:
    sentence = (
        "He said Russia had also offered to hand over the bodies of 3,000 Ukrainian soldiers."
    )
    assert (
        title("proposal", ["Russia"], sentence, "offered to")
        == "Russia offers to hand over the bodies of 3,000 Ukrainian soldiers"
    )
    sentence = "Putin suggested that their next meeting take place in Moscow."
    assert (
        title("proposal", ["Vladimir Putin"], sentence, "suggested that")
        == "Vladimir Putin suggests that their next meeting take place in Moscow"
    )


def test_noun_trigger_is_not_used_as_a_verb() -> None:
    sentence = (
        "Officials said the talks continued the work on a peace framework that American and "
        "Ukrainian negotiators revised in Geneva in November."
    )
    assert (
        title("proposal", ["United States"], sentence, "framework")
        == "United States proposes a peace framework"
    )
    sentence = (
        "Kyiv supported the essence of the framework and that the sensitive issues were left."
    )
    assert title("proposal", ["Ukraine"], sentence, "framework") == "Ukraine supports the framework"
    assert (
        title("agreement", ["Russia", "Ukraine"], "The agreement was hailed.", "The agreement")
        == "Russia and Ukraine reach an agreement"
    )
    # The caller may say so explicitly.
    assert (
        title("demand", ["Russia"], "Russia repeated its demands.", "demands", nominal=True)
        == "Russia makes demands"
    )


def test_noun_trigger_with_a_verb_before_it() -> None:
    sentence = (
        "Israel and Hamas signed the first phase of a ceasefire and hostage-release agreement "
        "in the Egyptian resort of Sharm el-Sheikh on Thursday."
    )
    assert (
        title("agreement", ["Israel", "Hamas"], sentence, "agreement", location="Sharm el-Sheikh")
        == "Israel and Hamas sign a ceasefire and hostage-release agreement in Sharm el-Sheikh"
    )


def test_dangling_verb_gets_a_generic_object() -> None:
    sentence = "The deal, which the two delegations had initialled on June 18, was signed."
    assert (
        title("agreement", ["Rwanda", "United States"], sentence, "initialled")
        == "Rwanda and United States initial an agreement"
    )
    assert (
        title("proposal", ["Ukraine"], "Ukraine put forward on Monday.", "put forward")
        == "Ukraine puts forward a proposal"
    )
    assert (
        title("agreement", ["Russia", "Ukraine"], "The two sides agreed.", "agreed")
        == "Russia and Ukraine reach an agreement"
    )
    sentence = "An agreement was reached on Friday in Istanbul."
    assert (
        title(
            "agreement",
            ["Russia", "Ukraine"],
            sentence,
            "agreement was reached",
            location="Istanbul",
        )
        == "Russia and Ukraine reach an agreement in Istanbul"
    )


def test_trailing_attribution_is_cut() -> None:
    sentence = (
        "Both sides agreed to exchange 1,000 prisoners of war each, Ukrainian Defence Minister "
        "Rustem Umerov, who headed Kyiv's delegation, told reporters."
    )
    assert (
        title("agreement", ["Russia", "Ukraine"], sentence, "agreed to")
        == "Russia and Ukraine agree to exchange 1,000 prisoners of war each"
    )
    sentence = "Ukraine proposed a ceasefire until Easter, according to officials."
    assert (
        title("proposal", ["Ukraine"], sentence, "proposed")
        == "Ukraine proposes a ceasefire until Easter"
    )
    sentence = "Moscow proposed a 30-day truce, Kremlin spokesman Dmitry Peskov said."
    assert title("proposal", ["Russia"], sentence, "proposed") == "Russia proposes a 30-day truce"


def test_relative_dates_are_dropped() -> None:
    sentence = "Negotiators agreed on Wednesday to carry out another large exchange of prisoners."
    assert (
        title("agreement", ["Russia", "Ukraine"], sentence, "agreed on")
        == "Russia and Ukraine agree to carry out another large exchange of prisoners"
    )
    sentence = "The ministers signed a peace agreement in Washington on Friday, in a ceremony."
    assert (
        title("agreement", ["DR Congo", "Rwanda"], sentence, "signed a peace agreement")
        == "DR Congo and Rwanda sign a peace agreement in Washington"
    )
    sentence = "Aliyev and Pashinyan signed a joint declaration at the White House on Friday."
    assert (
        title(
            "agreement", ["Ilham Aliyev", "Nikol Pashinyan"], sentence, "signed a joint declaration"
        )
        == "Ilham Aliyev and Nikol Pashinyan sign a joint declaration at the White House"
    )


def test_visit_names_the_place() -> None:
    sentence = "Witkoff was expected to travel to Moscow to present the plan to Putin."
    assert (
        title(
            "visit",
            ["Steve Witkoff"],
            sentence,
            "travel to",
            others=["Vladimir Putin"],
            location="Moscow",
        )
        == "Steve Witkoff visits Moscow"
    )
    assert (
        title(
            "meeting",
            ["Steve Witkoff"],
            "Witkoff met Putin in Moscow.",
            "met",
            others=["Vladimir Putin"],
            location="Moscow",
        )
        == "Steve Witkoff meets Vladimir Putin in Moscow"
    )


def test_unknown_subject_gives_a_passive_or_noun_headline() -> None:
    sentence = "The Russian side demanded that Kyiv withdraw its troops as a condition."
    assert (
        title("demand", [], sentence, "demanded that Kyiv withdraw")
        == "Demand that Kyiv withdraw its troops"
    )
    assert (
        title("proposal", [], '"We proposed to create three working groups"', "proposed")
        == "Proposal to create three working groups"
    )
    assert (
        title(
            "ceasefire",
            [],
            "The ceasefire takes effect once the cabinet has voted.",
            "ceasefire takes effect",
        )
        == "Ceasefire takes effect"
    )
    assert title("ceasefire", [], "A ceasefire was declared.", "ceasefire") == "Ceasefire declared"
    assert title("talks", [], "The talks, hosted by the UAE, began.", "The talks") == "Talks held"
    assert (
        title(
            "talks",
            [],
            "Talks will be held in Riyadh.",
            "Talks will be held",
            location="Riyadh",
            planned=True,
        )
        == "Talks to be held in Riyadh"
    )
    assert (
        title(
            "prisoner_exchange", [], "Hostages were released on Monday.", "Hostages were released"
        )
        == "Hostages released"
    )
    assert not title("agreement", [], "The sides agreed.", "agreed").startswith("Parties")


def test_long_tail_ends_at_a_phrase_boundary() -> None:
    sentence = (
        "Russia demanded that Kyiv withdraw its troops from the parts of the Donetsk, Luhansk, "
        "Zaporizhzhia and Kherson oblasts it still controls as a condition for a ceasefire."
    )
    assert (
        title("demand", ["Russia"], sentence, "demanded")
        == "Russia demands that Kyiv withdraw its troops"
    )
    sentence = (
        "The Kremlin repeated its demand that Ukraine withdraw its forces from the parts of the "
        "Donetsk region it still holds."
    )
    assert (
        title("demand", ["Russia"], sentence, "demand that")
        == "Russia demands that Ukraine withdraw its forces from the parts of the Donetsk region"
    )
    sentence = (
        "Kyiv proposed that Presidents Volodymyr Zelensky and Vladimir Putin meet before the end "
        "of August."
    )
    assert (
        title("proposal", ["Ukraine"], sentence, "proposed")
        == "Ukraine proposes that Presidents Volodymyr Zelensky and Vladimir Putin meet"
    )
    # No place to cut before a phrase: the cut is marked.
    sentence = "They agreed to " + " ".join(["words"] * 20) + "."
    assert title("agreement", ["A", "B"], sentence, "agreed to").endswith("…")


def test_second_coordinated_clause_is_cut() -> None:
    sentence = (
        "The delegations agreed to keep working in the same format and that Kyiv would report back."
    )
    assert (
        title("agreement", ["Ukraine", "Russia"], sentence, "agreed to")
        == "Ukraine and Russia agree to keep working in the same format"
    )
    sentence = (
        "Ukraine proposed holding another meeting before the end of June and repeated its call."
    )
    assert (
        title("proposal", ["Ukraine"], sentence, "proposed")
        == "Ukraine proposes holding another meeting before the end of June"
    )


def test_agree_with_a_party_keeps_with() -> None:
    sentence = "Washington signed bilateral agreements with each country."
    assert (
        title("agreement", ["United States"], sentence, "signed bilateral agreements")
        == "United States signs bilateral agreements with each country"
    )
    assert (
        title("agreement", ["A", "B"], "A and B agreed over the border line.", "agreed")
        == "A and B agree on the border line"
    )


def test_passive_trigger_and_place_only_object_get_a_generic_phrase() -> None:
    sentence = "The exchange was agreed on May 16 in Istanbul, where the delegations met."
    assert (
        title("agreement", ["Russia", "Ukraine"], sentence, "agreed on", location="Istanbul")
        == "Russia and Ukraine reach an agreement in Istanbul"
    )
    sentence = "Negotiators agreed in Istanbul."
    assert (
        title("agreement", ["Russia", "Ukraine"], sentence, "agreed")
        == "Russia and Ukraine reach an agreement in Istanbul"
    )


def test_quotes_compound_prepositions_and_lone_meetings() -> None:
    sentence = 'Putin had urged Kyiv to take a "courageous decision" on Donbas.'
    assert (
        title("proposal", ["Vladimir Putin"], sentence, "urged")
        == 'Vladimir Putin urges Kyiv to take a "courageous decision" on Donbas'
    )
    sentence = (
        "Zelensky offered to drop Ukraine's bid to join NATO in exchange for legally binding "
        "security guarantees from the United States and Europe."
    )
    assert (
        title("proposal", ["Volodymyr Zelensky"], sentence, "offered to")
        == "Volodymyr Zelensky offers to drop Ukraine's bid to join NATO"
    )
    sentence = "The meeting was opened by Hakan Fidan."
    assert (
        title("meeting", ["Hakan Fidan"], sentence, "The meeting") == "Hakan Fidan holds a meeting"
    )


def test_a_trip_planned_to_meet_someone_is_titled_with_where(extractor: Extractor) -> None:
    text = "Kallas will travel to Pristina on 20 May, where she is due to meet the prime minister of Kosovo."
    (visit,) = extractor.extract(text, dt.date(2026, 3, 4))
    assert visit.title == "Kaja Kallas to visit Pristina"


def test_a_dated_round_named_in_passing_gets_a_headline(extractor: Extractor) -> None:
    # The sentence's own news is a meeting; "the 2019 talks" become an event with no title of
    # their own unless one is written for them.
    text = "Serbia described the meeting as a continuation of the 2019 talks in Brussels."
    events = extractor.extract(text, dt.date(2025, 3, 4))
    background = next(e for e in events if e.date == dt.date(2019, 1, 1))
    assert background.title.startswith("Serbia")
    assert "talks" in background.title
