"""Talks that are the occasion of a deal; agreement, planned-talks and pause triggers; who is
not a party (bystanders in attendance, consequence clauses, names inside quotes). Sentences
written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import EventCandidate, Extractor

PUB = dt.datetime(2025, 11, 14, 12, 0, tzinfo=dt.UTC)  # a Friday


def _states(event: EventCandidate) -> set[str]:
    return {a.name for a in event.actors if a.kind != "person"}


def _of_type(events: list[EventCandidate], etype: str) -> list[EventCandidate]:
    return [e for e in events if e.type == etype]


# --- the talks where a deal was reached are a happening of their own ----------------------------


def test_occasion_after_a_comma_reports_the_talks(extractor: Extractor) -> None:
    text = (
        "The truce had been agreed on 4 November in Cairo, during the third round of indirect "
        "talks between Israel and Hamas."
    )
    talks = _of_type(extractor.extract(text, PUB), "talks")
    assert [(t.date.isoformat(), _states(t) >= {"Israel", "Hamas"}) for t in talks] == [
        ("2025-11-04", True)
    ]


def test_occasion_with_long_modifiers_takes_the_deals_parties(extractor: Extractor) -> None:
    text = (
        "Armenia and Azerbaijan agreed at the first formal Armenian-Azerbaijani border talks "
        "in a decade, held in Tbilisi on 3 November."
    )
    talks = _of_type(extractor.extract(text, PUB), "talks")
    assert len(talks) == 1
    assert talks[0].date == dt.date(2025, 11, 3)
    assert _states(talks[0]) >= {"Armenia", "Azerbaijan"}


def test_deal_reached_at_the_close_of_a_round(extractor: Extractor) -> None:
    text = (
        "Thailand and Cambodia agreed on Wednesday to withdraw heavy weapons from the border. "
        "The agreement was reached at the close of a round of negotiations in Kuala Lumpur "
        "chaired by Malaysia."
    )
    talks = _of_type(extractor.extract(text, PUB), "talks")
    assert [t.date.isoformat() for t in talks] == ["2025-11-12"]
    assert _states(talks[0]) >= {"Thailand", "Cambodia", "Malaysia"}


def test_undated_talks_a_deal_was_reached_at_take_the_deals_day(extractor: Extractor) -> None:
    # "The agreement was reached at talks in X": talks with no date of their own were held on
    # the day of the deal reached there.
    text = (
        "Serbia and Kosovo agreed on Monday to reopen two border crossings. The agreement was "
        "reached at talks in Brussels of the joint implementation committee, attended by "
        "officials from both sides along with the European Union."
    )
    talks = _of_type(extractor.extract(text, PUB), "talks")
    assert [t.date.isoformat() for t in talks] == ["2025-11-10"]
    assert _states(talks[0]) >= {"Serbia", "Kosovo"}


def test_understanding_reached_is_an_agreement(extractor: Extractor) -> None:
    text = "Serbia and Kosovo reached an understanding on vehicle plates on Tuesday in Brussels."
    deals = _of_type(extractor.extract(text, PUB), "agreement")
    assert [(d.date.isoformat(), _states(d) >= {"Serbia", "Kosovo"}) for d in deals] == [
        ("2025-11-11", True)
    ]


def test_the_signing_concluded_talks_of_the_deals_parties(extractor: Extractor) -> None:
    text = (
        "Sudan's army and the RSF signed a humanitarian protocol in Jeddah on Thursday. "
        "The signing concluded a round of negotiations that opened on Monday, November 3, "
        "in the Saudi city."
    )
    talks = _of_type(extractor.extract(text, PUB), "talks")
    assert [t.date.isoformat() for t in talks] == ["2025-11-03"]
    assert _states(talks[0]) >= {"Sudanese Armed Forces", "Rapid Support Forces"}


def test_an_earlier_round_dated_in_its_own_phrase_is_a_happening_of_its_own(
    extractor: Extractor,
) -> None:
    text = (
        "Serbia and Kosovo held talks in Brussels on Thursday. "
        "At the previous round of those talks, on 2 October, the two sides agreed to set up "
        "a joint commission on missing persons."
    )
    talks = _of_type(extractor.extract(text, PUB), "talks")
    assert sorted(t.date.isoformat() for t in talks) == ["2025-10-02", "2025-11-13"]
    earlier = next(t for t in talks if t.date == dt.date(2025, 10, 2))
    assert _states(earlier) >= {"Serbia", "Kosovo"}


def test_the_talks_an_earlier_deal_was_reached_at_keep_their_date(extractor: Extractor) -> None:
    text = (
        "Pakistan and India exchanged lists of prisoners on Friday. "
        "In September, at the talks in Geneva, Indian and Pakistani officials agreed to "
        "exchange such lists every six months."
    )
    talks = _of_type(extractor.extract(text, PUB), "talks")
    assert [(t.date.isoformat(), t.date_precision) for t in talks] == [("2025-09-01", "month")]
    assert _states(talks[0]) >= {"India", "Pakistan"}


def test_a_deal_reached_at_the_end_of_talks_dates_no_session(extractor: Extractor) -> None:
    text = (
        "The deal was reached in Doha on Tuesday at the end of the talks held under the "
        "auspices of Qatar between Congo and the M23."
    )
    talks = _of_type(extractor.extract(text, PUB), "talks")
    assert talks == []


# --- triggers -----------------------------------------------------------------------------------


def test_return_to_a_venue_to_negotiate_is_planned_talks(extractor: Extractor) -> None:
    text = (
        "Israel and Hamas signed a first-phase protocol in Cairo on Thursday. "
        "The two sides are set to return to Cairo on November 20 to negotiate the second phase."
    )
    talks = _of_type(extractor.extract(text, PUB), "talks")
    assert [(t.date.isoformat(), t.planned) for t in talks] == [("2025-11-20", True)]
    assert _states(talks[0]) >= {"Israel", "Hamas"}


def test_a_pause_due_to_take_effect_is_a_planned_ceasefire(extractor: Extractor) -> None:
    text = (
        "Russia and Ukraine agreed on Thursday to stop striking each other's ports. "
        "The pause is due to take effect at midnight on Sunday."
    )
    truces = _of_type(extractor.extract(text, PUB), "ceasefire")
    assert [(t.date.isoformat(), t.planned) for t in truces] == [("2025-11-16", True)]


def test_a_pause_on_strikes_is_a_ceasefire(extractor: Extractor) -> None:
    text = "A pause on energy strikes between Russia and Ukraine began in March 2024."
    truces = _of_type(extractor.extract(text, PUB), "ceasefire")
    assert [(t.date.isoformat(), t.date_precision) for t in truces] == [("2024-03-01", "month")]


def test_talks_told_in_a_relative_clause_are_held_on_its_day(extractor: Extractor) -> None:
    text = (
        "Armenia and Azerbaijan signed the accord in Doha on Thursday after two weeks of "
        "negotiations that opened on 3 November."
    )
    talks = _of_type(extractor.extract(text, PUB), "talks")
    assert [t.date.isoformat() for t in talks] == ["2025-11-03"]
    assert _states(talks[0]) >= {"Armenia", "Azerbaijan"}


def test_talks_told_in_a_participle_after_a_statement_are_reported(extractor: Extractor) -> None:
    text = (
        "In a statement on Thursday, the Thai foreign ministry welcomed the outcome of the latest "
        "round of border consultations with Cambodia, held in Bangkok on 10 November."
    )
    talks = _of_type(extractor.extract(text, PUB), "talks")
    assert [t.date.isoformat() for t in talks] == ["2025-11-10"]
    assert _states(talks[0]) >= {"Thailand", "Cambodia"}


def test_a_moratorium_due_to_take_effect_is_a_planned_ceasefire(extractor: Extractor) -> None:
    text = (
        "Armenia and Azerbaijan agreed on Thursday to stop shelling border villages. "
        "The moratorium on attacks along the border will take effect at noon on Sunday."
    )
    truces = _of_type(extractor.extract(text, PUB), "ceasefire")
    assert [(t.date.isoformat(), t.planned) for t in truces] == [("2025-11-16", True)]


def test_a_pause_told_by_a_relative_clause_took_effect_that_day(extractor: Extractor) -> None:
    text = (
        "Israel and Hezbollah accepted a French request to spare civilian areas. "
        "The pause, which took effect on Wednesday, runs until the end of the month."
    )
    truces = _of_type(extractor.extract(text, PUB), "ceasefire")
    assert [(t.date.isoformat(), t.planned) for t in truces] == [("2025-11-12", False)]


def test_a_halt_agreed_from_a_later_day_is_a_planned_ceasefire(extractor: Extractor) -> None:
    text = (
        "Thailand and Cambodia agreed on Wednesday to stop shelling across the border for two "
        "weeks starting on Saturday, their defence ministries said."
    )
    events = extractor.extract(text, PUB)
    assert [e.date.isoformat() for e in _of_type(events, "agreement")] == ["2025-11-12"]
    truces = _of_type(events, "ceasefire")
    assert [(t.date.isoformat(), t.planned) for t in truces] == [("2025-11-15", True)]
    assert _states(truces[0]) == {"Thailand", "Cambodia"}


def test_an_agreed_stop_to_all_firing_is_a_ceasefire_that_day(extractor: Extractor) -> None:
    text = (
        "Chad and Sudan agreed on Wednesday to stop all firing and military action along their "
        "border, their defence ministries said."
    )
    events = extractor.extract(text, PUB)
    assert [e.date.isoformat() for e in _of_type(events, "agreement")] == ["2025-11-12"]
    truces = _of_type(events, "ceasefire")
    assert [(t.date.isoformat(), t.planned) for t in truces] == [("2025-11-12", False)]
    assert _states(truces[0]) == {"Chad", "Sudan"}
    # a halt to strikes on some targets is no general ceasefire
    energy = "Chad and Sudan agreed on Wednesday to stop strikes on each other's power plants."
    assert _of_type(extractor.extract(energy, PUB), "ceasefire") == []


def test_a_halt_of_something_else_from_a_later_day_is_no_ceasefire(extractor: Extractor) -> None:
    text = "Serbia and Kosovo agreed on Wednesday to suspend the dialogue from December."
    assert _of_type(extractor.extract(text, PUB), "ceasefire") == []


# --- parties ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        # the negation or the modal is the main clause's; the truce took effect
        "Thailand did not pull back its troops after the ceasefire took effect on Monday.",
        "Both countries will keep respecting the ceasefire that took effect at noon on Monday.",
    ],
)
def test_a_truce_told_in_a_time_or_relative_clause_took_effect(
    extractor: Extractor, told: str
) -> None:
    text = "Thailand and Cambodia traded accusations of shelling on Sunday. " + told
    truces = _of_type(extractor.extract(text, PUB), "ceasefire")
    assert [(t.date.isoformat(), t.planned) for t in truces] == [("2025-11-10", False)]


def test_a_negated_truce_is_still_no_truce(extractor: Extractor) -> None:
    text = (
        "Thailand and Cambodia traded accusations of shelling on Sunday. "
        "The ceasefire never took effect on Monday, after talks broke down."
    )
    assert _of_type(extractor.extract(text, PUB), "ceasefire") == []


def test_a_truce_naming_one_side_is_also_its_opponents(extractor: Extractor) -> None:
    head = "Thailand and Cambodia traded accusations of shelling on Sunday. "
    one_side = head + "The pause took effect on Monday to protect Cambodia's border villages."
    (truce,) = _of_type(extractor.extract(one_side, PUB), "ceasefire")
    assert _states(truce) == {"Thailand", "Cambodia"}
    unilateral = head + "Cambodia declared a unilateral truce on Monday."
    (truce,) = _of_type(extractor.extract(unilateral, PUB), "ceasefire")
    assert _states(truce) == {"Cambodia"}


def test_diplomats_in_attendance_take_no_part(extractor: Extractor) -> None:
    text = (
        "Armenia and Azerbaijan signed a border protocol on Monday, with Russian and "
        "Turkish diplomats in attendance."
    )
    deals = _of_type(extractor.extract(text, PUB), "agreement")
    assert [_states(d) for d in deals] == [{"Armenia", "Azerbaijan"}]


def test_a_consequence_clause_names_no_party(extractor: Extractor) -> None:
    text = (
        "The European Union imposed sanctions on Russian shipping firms on Wednesday, forcing "
        "Turkish and Indian buyers to look for other tankers."
    )
    sanctions = _of_type(extractor.extract(text, PUB), "sanction")
    assert len(sanctions) == 1
    assert not _states(sanctions[0]) & {"Turkey", "India"}


def test_names_inside_a_quote_are_not_the_statements_issuers(extractor: Extractor) -> None:
    text = (
        '"We hope this will end the fighting between Sudan\'s army and the RSF," the African '
        "Union said in a statement on Wednesday."
    )
    statements = _of_type(extractor.extract(text, PUB), "statement")
    assert [_states(s) for s in statements] == [{"African Union"}]


def test_names_inside_a_quote_are_not_the_rejections_parties(extractor: Extractor) -> None:
    text = (
        "Houthi leader Abdul-Malik al-Houthi said on Thursday the movement would never disarm "
        '"while Saudi Arabia bombs our cities", rejecting a UN plan.'
    )
    rejections = _of_type(extractor.extract(text, PUB), "rejection")
    assert len(rejections) == 1
    assert "Saudi Arabia" not in _states(rejections[0])


# --- planned sessions and trips -----------------------------------------------------------------


def test_an_earlier_session_of_the_series_takes_the_rounds_parties(extractor: Extractor) -> None:
    text = (
        "Kosovo and Serbia held talks in Brussels on Thursday on the status of the bridge in "
        "Mitrovica.\n\nThe previous meeting took place in Brussels on 9 October."
    )
    talks = _of_type(extractor.extract(text, PUB), "talks")
    assert sorted(t.date.isoformat() for t in talks) == ["2025-10-09", "2025-11-13"]
    earlier = next(t for t in talks if t.date == dt.date(2025, 10, 9))
    assert _states(earlier) >= {"Kosovo", "Serbia"}


def test_a_meeting_counted_since_a_date_is_no_session_on_that_date(extractor: Extractor) -> None:
    text = (
        "Kosovo and Serbia held talks in Brussels on Thursday. It was the fourth meeting since "
        "the dialogue was relaunched in Ohrid on 9 October."
    )
    talks = extractor.extract(text, PUB)
    assert [e.date.isoformat() for e in talks if e.type in {"talks", "meeting"}] == ["2025-11-13"]


def test_the_next_meeting_set_for_a_day_follows_the_latest_round(extractor: Extractor) -> None:
    text = (
        "Syrian and Israeli negotiators held a new round of talks in Baku on Thursday, with "
        "US envoy Tom Barrack mediating. "
        "The first round between the two sides took place in Paris on July 24. "
        "The next meeting is set for December 2, a Syrian official said."
    )
    planned = [e for e in extractor.extract(text, PUB) if e.planned]
    assert [(e.type, e.date.isoformat()) for e in planned] == [("talks", "2025-12-02")]
    assert _states(planned[0]) >= {"Syria", "Israel", "United States"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Steve Witkoff is expected in Ankara on Tuesday, the embassy said.",
        "Steve Witkoff is due to visit Ankara on Tuesday, the embassy said.",
        "Steve Witkoff is also expected to visit Ankara on Tuesday, the embassy said.",
    ],
)
def test_a_trip_someone_is_expected_on_is_a_planned_visit(
    extractor: Extractor, sentence: str
) -> None:
    visits = _of_type(extractor.extract(sentence, PUB), "visit")
    assert [(v.date.isoformat(), v.planned) for v in visits] == [("2025-11-18", True)]
    assert _states(visits[0]) >= {"United States", "Turkey"}


def test_an_expected_trip_with_no_date_set_is_not_reported(extractor: Extractor) -> None:
    text = "Steve Witkoff is also expected to visit Ankara, though no date has been set."
    assert _of_type(extractor.extract(text, PUB), "visit") == []


# --- officials of the two sides who meet hold a round of talks ----------------------------------


def test_officials_of_two_sides_who_met_held_talks(extractor: Extractor) -> None:
    text = (
        "Armenian and Azerbaijani border officials met on Wednesday in Ijevan to go over the map. "
        "Serbian and Kosovar envoys and legal experts will meet again in Brussels on November 20."
    )
    events = extractor.extract(text, PUB)
    assert sorted((e.type, e.date.isoformat()) for e in events) == [
        ("talks", "2025-11-12"),
        ("talks", "2025-11-20"),
    ]


def test_leaders_of_two_sides_who_met_held_a_meeting(extractor: Extractor) -> None:
    text = "Armenian and Azerbaijani leaders met in Abu Dhabi on Wednesday."
    assert [e.type for e in extractor.extract(text, PUB)] == ["meeting"]


def test_negotiations_completed_on_a_text_are_an_agreement(extractor: Extractor) -> None:
    text = (
        "Serbia and Kosovo completed negotiations on the text of a border protocol on 2 "
        "October. On Monday, Ethiopia and Eritrea finalised the text of their transit accord."
    )
    events = extractor.extract(text, PUB)
    assert sorted((e.type, e.date.isoformat()) for e in events) == [
        ("agreement", "2025-10-02"),
        ("agreement", "2025-11-10"),
    ]


def test_a_trip_planned_to_meet_someone_is_one_planned_visit(extractor: Extractor) -> None:
    # a planned trip is one planned visit, whatever it is for (devset README, "Clarified
    # 2026-11-26")
    text = "Fidan will travel to Baku on Monday, where he is due to meet Aliyev."
    events = extractor.extract(text, PUB)
    assert sorted((e.type, e.date.isoformat(), e.planned) for e in events) == [
        ("visit", "2025-11-17", True),
    ]


def test_a_halt_refused_after_an_agreement_is_no_agreed_ceasefire(extractor: Extractor) -> None:
    # the first "to" after "agreed" tells what was agreed: here the plan, not the halt
    text = "Russia agreed on Sunday to the plan but refused to stop all fighting in Ukraine."
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert [e.type for e in events if e.type == "ceasefire"] == []


# --- dated background named in passing (devset README, clarified rules) ------------------------


def test_summit_named_with_its_day_after_the_noun_is_an_event(extractor: Extractor) -> None:
    text = (
        "Russia and Ukraine swapped 150 prisoners each on Thursday, the first exchange since "
        "the summit between Vladimir Putin and Donald Trump in Budapest on 3 October."
    )
    meetings = _of_type(extractor.extract(text, PUB), "meeting")
    # (Hungary as the venue's host, devset README)
    assert [(m.date.isoformat(), _states(m)) for m in meetings] == [
        ("2025-10-03", {"Russia", "United States", "Hungary"})
    ]


def test_summit_named_with_its_day_before_the_noun_is_an_event(extractor: Extractor) -> None:
    text = (
        "Armenia and Azerbaijan reopened a rail link on Wednesday, a project agreed in principle "
        "since the 2 September summit of Pashinyan and Aliyev in Abu Dhabi."
    )
    meetings = _of_type(extractor.extract(text, PUB), "meeting")
    assert [(m.date.isoformat(), _states(m)) for m in meetings] == [
        ("2025-09-02", {"Armenia", "Azerbaijan", "United Arab Emirates"})
    ]


def test_truce_named_with_its_month_is_an_event(extractor: Extractor) -> None:
    text = (
        "Thailand and Cambodia traded artillery fire on Monday after a ceasefire between the two "
        "countries brokered by Malaysia in July broke down."
    )
    truces = _of_type(extractor.extract(text, PUB), "ceasefire")
    assert [(t.date.isoformat(), t.date_precision) for t in truces] == [("2025-07-01", "month")]


@pytest.mark.parametrize(
    "text",
    [
        # the date is the statement's, not the truce's
        "Pakistan said on Sunday that it remained committed to the ceasefire with India.",
        # the verb's day, the noun its object
        "Norway and Mexico laid out a roadmap for the summit on 3 November.",
        # the setting of the news told, not background
        "At a Security Council meeting on Wednesday, France demanded that Rwanda withdraw.",
    ],
)
def test_a_date_outside_the_noun_phrase_names_no_background(
    extractor: Extractor, text: str
) -> None:
    events = extractor.extract(text, PUB)
    assert not [e for e in events if e.type in {"ceasefire", "meeting"}]


def test_accord_named_by_its_year_is_an_event_beside_the_demand(extractor: Extractor) -> None:
    text = (
        "Armenia demanded on Tuesday that Azerbaijan respect the borders set by the 1991 Alma-Ata "
        "declaration and the lines of the 1994 peace agreement."
    )
    events = extractor.extract(text, PUB)
    assert [
        (e.type, e.date.isoformat(), e.date_precision) for e in events if e.type != "demand"
    ] == [("agreement", "1994-01-01", "year")]
    assert [e.date.isoformat() for e in events if e.type == "demand"] == ["2025-11-11"]


def test_a_planned_meeting_in_a_past_month_is_no_background(extractor: Extractor) -> None:
    text = "The two leaders agreed on Monday for their ministers to meet in March in Geneva."
    events = extractor.extract(text, PUB)
    assert not [e for e in events if e.date.year == 2025 and e.date.month == 3]


# --- rounds of a series told by their number -----------------------------------------------------


@pytest.mark.parametrize(
    "sequel",
    [
        "The first round was held in Quito on 14 October. The second followed on 3 November in "
        "Cuenca, where the Peruvian side tabled a new map.",
        "Two rounds were held in Quito before it. The first, on 14 October, ended without a "
        "deal. The second, on 3 November, was followed by a prisoner release.",
        "The first such session was held on 14 October, and a second followed on 3 November.",
    ],
)
def test_a_round_told_by_its_number_alone_is_a_round_of_the_series(
    extractor: Extractor, sequel: str
) -> None:
    # "The second followed on 3 November": the noun is left out, the ordinal tells the round;
    # its parties are those of the talks the article reports (no host: the venue differs).
    text = (
        "Chilean and Peruvian negotiators held talks in Guayaquil on Thursday, with Ecuador "
        f"mediating.\n\n{sequel}"
    )
    talks = _of_type(extractor.extract(text, PUB), "talks")
    days = {t.date.isoformat(): t for t in talks if t.date is not None}
    assert {"2025-10-14", "2025-11-03"} <= set(days)
    assert _states(days["2025-11-03"]) >= {"Chile", "Peru"}


def test_each_numbered_round_with_its_own_day_is_a_round(extractor: Extractor) -> None:
    # A second noun of the same type in a sentence only adds to the first, unless it is a
    # numbered round told with a day of its own.
    text = (
        "Chilean and Peruvian negotiators held talks in Lima on Thursday.\n\n"
        "A second round on 14 October produced a draft map, and a third round on 3 November "
        "lasted under an hour."
    )
    talks = _of_type(extractor.extract(text, PUB), "talks")
    assert {"2025-10-14", "2025-11-03"} <= {t.date.isoformat() for t in talks if t.date}


def test_they_in_a_when_clause_are_the_parties_of_the_encounter_just_told(
    extractor: Extractor,
) -> None:
    # "..., when they agreed on ...": the deal of the earlier session, between its parties.
    text = (
        "Chilean and Peruvian border commissions held talks in Arica on Thursday, the Peruvian "
        "foreign ministry said. Field teams are expected to start work in the spring. The "
        "commissions last met in Tacna in June, when they agreed on rules for the joint survey "
        "work."
    )
    deals = _of_type(extractor.extract(text, PUB), "agreement")
    assert [(d.date.isoformat(), _states(d) >= {"Chile", "Peru"}) for d in deals] == [
        ("2025-06-01", True)
    ]


@pytest.mark.parametrize(
    ("sequel", "days"),
    [
        (
            "It came after two rounds in Quito, hosted by Ecuador on 13-14 October and on 3-4 "
            "November.",
            {"2025-10-13", "2025-11-03"},
        ),
        (
            "The previous two rounds, held in Quito in March and April, produced a draft map.",
            {"2025-03-01", "2025-04-01"},
        ),
    ],
)
def test_rounds_told_with_a_list_of_days_are_a_round_on_each(
    extractor: Extractor, sequel: str, days: set[str]
) -> None:
    text = f"Chilean and Peruvian negotiators held talks in Lima on Thursday.\n\n{sequel}"
    talks = _of_type(extractor.extract(text, PUB), "talks")
    assert days <= {t.date.isoformat() for t in talks if t.date}


def test_the_encounter_an_agreed_action_is_to_take_place_at_is_no_background(
    extractor: Extractor,
) -> None:
    # "to sign the deal at the summit in June": where the deal is to be signed, a month ahead,
    # not a summit of a June past named in passing
    text = "Chile and Peru agreed on Monday to sign the water deal at the summit in June."
    events = extractor.extract(text, dt.date(2025, 5, 16))
    assert [(e.type, e.date) for e in events] == [("agreement", dt.date(2025, 5, 12))]
