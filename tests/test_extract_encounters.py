"""Encounters: rounds of talks, meetings, visits and calls told in less common words."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import EventCandidate, Extractor


def _states(event: EventCandidate) -> set[str]:
    return {a.name for a in event.actors if a.kind != "person"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The latest round of contacts between Chilean and Peruvian officials took place in Lima "
        "on Monday.",
        "A new round of the dialogue between Chile and Peru was held in Lima on Monday.",
    ],
)
def test_a_round_of_contacts_or_of_the_dialogue_is_a_round_of_talks(
    extractor: Extractor, sentence: str
) -> None:
    events = extractor.extract(sentence, dt.date(2026, 4, 8))
    assert [(e.type, e.date) for e in events] == [("talks", dt.date(2026, 4, 6))]
    assert {"Chile", "Peru"} <= _states(events[0])


@pytest.mark.parametrize(
    "plan",
    [
        "The next round of talks is expected in Quito on April 20.",
        "The next round of the dialogue is due in Quito on April 20, officials said.",
    ],
)
def test_a_round_expected_in_a_city_is_the_planned_round_not_a_visit(
    extractor: Extractor, plan: str
) -> None:
    text = f"Chilean and Peruvian negotiators held a round of talks in Lima on Monday. {plan}"
    events = extractor.extract(text, dt.date(2026, 4, 8))
    planned = [e for e in events if e.planned]
    assert [(e.type, e.date) for e in planned] == [("talks", dt.date(2026, 4, 20))]
    assert {"Chile", "Peru"} <= _states(planned[0])


@pytest.mark.parametrize(
    ("follow_up", "day", "planned"),
    [
        ("The delegations will meet in Quito on April 20, officials said.", 20, True),
        ("The negotiators met again in Quito on Tuesday.", 7, False),
    ],
)
def test_the_sides_meeting_again_after_a_reported_round_is_a_new_session(
    extractor: Extractor, follow_up: str, day: int, planned: bool
) -> None:
    text = f"Chilean and Peruvian delegations held talks in Lima on Monday. {follow_up}"
    events = extractor.extract(text, dt.date(2026, 4, 8))
    later = [e for e in events if e.date == dt.date(2026, 4, day)]
    assert [(e.type, e.planned) for e in later] == [("talks", planned)]
    assert {"Chile", "Peru"} <= _states(later[0])


def test_the_two_armies_are_the_sides_of_the_war_not_the_last_told_parties(
    extractor: Extractor,
) -> None:
    text = (
        "Chile and Peru agreed to a truce in May after a week of border clashes. Chile's foreign "
        "minister spoke by phone with the US secretary of state on Monday. The commanders of the "
        "two armies spoke over the hotline on Tuesday."
    )
    events = extractor.extract(text, dt.date(2026, 6, 10))
    calls = [e for e in events if e.type == "call" and e.date == dt.date(2026, 6, 9)]
    assert len(calls) == 1
    assert _states(calls[0]) == {"Chile", "Peru"}


@pytest.mark.parametrize(
    ("sentence", "day", "planned"),
    [
        (
            "Brigade commanders of the two armies held a flag meeting at the border crossing on "
            "Sunday.",
            7,
            False,
        ),
        (
            "Brigade commanders from the two armies will hold a flag meeting at the crossing on "
            "Saturday, officials said.",
            13,
            True,
        ),
    ],
)
def test_a_flag_meeting_of_the_two_armies_is_a_session_of_talks(
    extractor: Extractor, sentence: str, day: int, planned: bool
) -> None:
    # (the two sides of a dispute of ``tracker/data/conflicts.toml``)
    text = (
        f"Thailand and Cambodia agreed to a truce in May after a week of border clashes. {sentence}"
    )
    events = extractor.extract(text, dt.date(2026, 6, 9))
    found = [e for e in events if e.date == dt.date(2026, 6, day)]
    assert [(e.type, e.planned) for e in found] == [("talks", planned)]
    assert _states(found[0]) == {"Cambodia", "Thailand"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ararat Mirzoyan and Jeyhun Bayramov held talks in Geneva on Monday.", "meeting"),
        (
            "Kazakhstan hosted the foreign ministers of Armenia and Azerbaijan for talks in Almaty "
            "on Monday.",
            "meeting",
        ),
        (
            "The foreign ministers of Armenia and Azerbaijan held a new round of talks in Almaty "
            "on Monday.",
            "talks",
        ),
        (
            "Delegations led by the foreign ministers of Armenia and Azerbaijan held talks in "
            "Almaty on Monday.",
            "talks",
        ),
    ],
)
def test_the_sides_foreign_ministers_holding_talks_meet_unless_a_round_is_told(
    extractor: Extractor, sentence: str, expected: str
) -> None:
    events = extractor.extract(sentence, dt.date(2026, 5, 13))
    assert [(e.type, e.date) for e in events] == [(expected, dt.date(2026, 5, 11))]
    assert {"Armenia", "Azerbaijan"} <= _states(events[0])


def test_a_mediators_and_one_sides_delegations_meet(extractor: Extractor) -> None:
    # the mediator's delegation and one side's: no round between the two sides
    text = "American and Ukrainian delegations held talks in Geneva on Sunday."
    events = extractor.extract(text, dt.date(2026, 5, 12))
    assert [(e.type, e.date) for e in events] == [("meeting", dt.date(2026, 5, 10))]
    assert {"Ukraine", "United States"} <= _states(events[0])


def test_a_joint_bodys_session_hosted_by_one_side_seats_both_sides(extractor: Extractor) -> None:
    # the session's host is the other side of the dispute: not one side meeting a third party
    text = (
        "Cambodia's defence ministry spoke by phone with the Philippine foreign ministry on "
        "Monday. The border committee of the two countries will convene in Chanthaburi, "
        "Thailand, on October 15."
    )
    events = extractor.extract(text, dt.date(2026, 9, 30))
    planned = [e for e in events if e.planned]
    assert [(e.type, e.date) for e in planned] == [("talks", dt.date(2026, 10, 15))]
    assert {"Cambodia", "Thailand"} <= _states(planned[0])


@pytest.mark.parametrize(
    ("sentence", "calls"),
    [
        ("Rubio called Zelensky on Monday and urged him to accept the plan.", 1),
        ("The Pakistani army chief called Lt. Gen. Ghai at 3.35pm on Monday.", 1),
        ("Zelensky called Putin a war criminal on Monday.", 0),
        ("On Monday Rubio presented the so-called Trump Route to reporters.", 0),
        ("On Monday Rubio praised a corridor called Trump Route.", 0),
    ],
)
def test_calling_a_person_is_a_call(extractor: Extractor, sentence: str, calls: int) -> None:
    events = extractor.extract(sentence, dt.date(2026, 5, 13))
    assert [e.date for e in events if e.type == "call"] == [dt.date(2026, 5, 11)] * calls


@pytest.mark.parametrize(
    "follow_up",
    [
        "The two generals are due to speak again on Monday, 18 May.",
        "The same officers will talk again on Monday, 18 May, the ministry said.",
    ],
)
def test_speaking_again_after_a_reported_call_is_the_next_call(
    extractor: Extractor, follow_up: str
) -> None:
    text = f"The Indian and Pakistani army chiefs spoke over the hotline on Saturday. {follow_up}"
    events = extractor.extract(text, dt.date(2026, 5, 17))
    planned = [e for e in events if e.planned]
    assert [(e.type, e.date) for e in planned] == [("call", dt.date(2026, 5, 18))]
    assert {"India", "Pakistan"} <= _states(planned[0])


def test_speaking_again_with_no_call_reported_is_no_call(extractor: Extractor) -> None:
    text = "The Indian and Pakistani leaders will speak again at the summit on Monday, 18 May."
    events = extractor.extract(text, dt.date(2026, 5, 17))
    assert [e for e in events if e.type == "call"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The previous trilateral round in Quito took place on 5 February.",
        "A round in Quito took place on 5 February.",
        "The latest three-way round ended on 5 February.",
    ],
)
def test_a_past_round_told_with_its_venue_or_format_is_a_round_of_talks(
    extractor: Extractor, sentence: str
) -> None:
    text = f"Chile and Peru swapped prisoners on Thursday. {sentence}"
    events = extractor.extract(text, dt.date(2026, 3, 6))
    talks = [e for e in events if e.type == "talks"]
    assert [e.date for e in talks] == [dt.date(2026, 2, 5)]
    assert {"Chile", "Peru"} <= _states(talks[0])


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile and Peru agreed on Thursday to swap prisoners, but a day of talks in the Bolivian "
        "capital ended without a truce.",
        "Chile and Peru swapped prisoners on Thursday as talks between the two delegations "
        "wrapped up in La Paz.",
    ],
)
def test_talks_ending_with_their_venue_or_sides_told_first_are_talks(
    extractor: Extractor, sentence: str
) -> None:
    events = extractor.extract(sentence, dt.date(2026, 3, 6))
    talks = [e for e in events if e.type == "talks"]
    assert [e.date for e in talks] == [dt.date(2026, 3, 5)]
    assert {"Chile", "Peru"} <= _states(talks[0])


def test_a_joint_body_that_has_convened_holds_a_session(extractor: Extractor) -> None:
    text = (
        "Lebanon accused Israel of new strikes on Tuesday. The ceasefire monitoring mechanism has "
        "convened at UNIFIL headquarters in Naqoura."
    )
    events = extractor.extract(text, dt.date(2026, 5, 12))
    talks = [e for e in events if e.type == "talks"]
    assert [e.date for e in talks] == [dt.date(2026, 5, 12)]
    assert {"Israel", "Lebanon"} <= _states(talks[0])


def test_the_talks_told_again_with_another_day_are_a_session_of_that_day(
    extractor: Extractor,
) -> None:
    text = (
        "Chilean and Peruvian delegations held talks in Lima on Saturday. The talks opened on "
        "Friday afternoon behind closed doors. The talks were tense, officials said."
    )
    events = extractor.extract(text, dt.date(2026, 4, 12))
    talks = sorted(e.date for e in events if e.type == "talks")
    assert dt.date(2026, 4, 10) in talks
    assert len(talks) == len(set(talks))


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "The contacts began with a session between Chilean and Peruvian officials in Quito "
            "on 24 July 2025.",
            dt.date(2025, 7, 24),
        ),
    ],
)
def test_a_past_session_between_the_sides_is_a_round_of_talks(
    extractor: Extractor, sentence: str, day: dt.date
) -> None:
    events = extractor.extract(sentence, dt.date(2026, 3, 17))
    talks = [e for e in events if e.type == "talks"]
    assert [e.date for e in talks] == [day]
    assert {"Chile", "Peru"} <= _states(talks[0])


def test_the_two_foreign_ministers_are_the_pairs_envoys(extractor: Extractor) -> None:
    text = (
        "Armenia and Azerbaijan signed a transit deal on Monday. The two foreign ministers last "
        "met in Vienna on February 26, when they discussed the route."
    )
    events = extractor.extract(text, dt.date(2026, 4, 15))
    meetings = [e for e in events if e.type == "meeting"]
    assert [e.date for e in meetings] == [dt.date(2026, 2, 26)]
    assert {"Armenia", "Azerbaijan"} <= _states(meetings[0])


def test_agreeing_to_meet_again_after_a_meeting_plans_a_meeting_of_those_who_met(
    extractor: Extractor,
) -> None:
    text = (
        "Armenia's and Azerbaijan's foreign ministers met in Vienna on Tuesday. They agreed to "
        "meet again in June, the statement said."
    )
    events = extractor.extract(text, dt.date(2026, 5, 14))
    planned = [e for e in events if e.planned]
    assert [(e.type, e.date) for e in planned] == [("meeting", dt.date(2026, 6, 1))]
    assert {"Armenia", "Azerbaijan"} <= _states(planned[0])


@pytest.mark.parametrize(
    "sentence",
    [
        "The Peruvian minister will depart for Brussels on May 20 to attend the session of the "
        "EU-Peru council.",
        "The Peruvian delegation is expected to return to Quito on May 20 for further meetings "
        "with Ecuadorian officials.",
    ],
)
def test_a_planned_trip_for_a_session_or_meetings_is_a_planned_visit(
    extractor: Extractor, sentence: str
) -> None:
    events = extractor.extract(sentence, dt.date(2026, 5, 14))
    assert [(e.type, e.date, e.planned) for e in events] == [("visit", dt.date(2026, 5, 20), True)]
