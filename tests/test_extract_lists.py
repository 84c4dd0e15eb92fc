"""Timeline and factbox lists ("FEB 12, 2025 - ..."), and other styles: press releases, round-ups."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import EventCandidate, Extractor

PUB = dt.datetime(2026, 2, 6, 10, 0, tzinfo=dt.UTC)

TIMELINE = """Here is a timeline of the main diplomatic steps:

FEB 12, 2025 - Trump and Russian President Vladimir Putin speak by phone for about 90 minutes.

MAY 16 - Russian and Ukrainian delegations meet in Istanbul. They agree to exchange 1,000 prisoners each.

MAY 23-25 - The 1,000-for-1,000 swap is carried out in three stages.

DEC 28 - Witkoff and Kushner meet Putin at the Kremlin.

JAN 22 - Zelensky and Trump meet in Davos.
"""


def _summary(events: list[EventCandidate]) -> set[tuple[str, str]]:
    return {(e.type, e.date.isoformat()) for e in events if e.date}


def _states(event: EventCandidate) -> set[str]:
    return {a.name for a in event.actors if a.kind != "person"}


def test_item_date_dates_every_sentence_and_years_carry_over(extractor: Extractor) -> None:
    found = _summary(extractor.extract(TIMELINE, PUB))
    assert ("call", "2025-02-12") in found
    assert ("talks", "2025-05-16") in found
    assert ("agreement", "2025-05-16") in found  # the item's second sentence
    assert ("prisoner_exchange", "2025-05-23") in found
    assert ("meeting", "2025-12-28") in found  # a present-tense "meet"
    assert ("meeting", "2026-01-22") in found  # "DEC 28" then "JAN 22": a new year


def test_swap_without_parties_takes_the_pair_just_reported(extractor: Extractor) -> None:
    events = extractor.extract(TIMELINE, PUB)
    swap = next(e for e in events if e.type == "prisoner_exchange")
    assert _states(swap) == {"Russia", "Ukraine"}


def test_year_heading_supplies_the_year(extractor: Extractor) -> None:
    text = "2024\n\n5 March: Russia and Ukraine hold talks in Istanbul.\n\n9 April: Putin and Erdogan speak by phone.\n"
    found = _summary(extractor.extract(text, PUB))
    assert found == {("talks", "2024-03-05"), ("call", "2024-04-09")}


def test_a_lone_dated_line_is_not_a_timeline(extractor: Extractor) -> None:
    text = "May 16 - Russia and Ukraine held talks in Istanbul on Friday.\n"
    assert _summary(extractor.extract(text, dt.datetime(2025, 5, 17, tzinfo=dt.UTC))) == {
        ("talks", "2025-05-16")
    }


def test_dateline_date_is_not_an_event_date(extractor: Extractor) -> None:
    text = (
        "Feb 6 (Wire) - U.S.-brokered talks between Russia and Ukraine ended in Abu Dhabi on "
        "Thursday with a prisoner swap but no breakthrough on territory."
    )
    found = _summary(extractor.extract(text, PUB))
    assert ("prisoner_exchange", "2026-02-05") in found
    assert not any(day == "2026-02-06" for _, day in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Press-release style: "received Mr. X" is a meeting, "received a call" is not.
        (
            "On Friday, the Minister of Foreign Affairs of Turkey received Mr. Steve Witkoff in "
            "Ankara.",
            {("meeting", "2026-02-06")},
        ),
        ("On Friday, Erdogan received a letter from Putin.", set()),
        # "N days after X met Y": X met Y N days before.
        (
            "Three days after Trump and Putin met in Anchorage, Zelensky is in Washington.",
            {("meeting", "2026-02-03")},
        ),
    ],
)
def test_press_release_and_relative_day_phrasing(
    extractor: Extractor, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _summary(extractor.extract(text, PUB)) == expected


def test_a_later_clause_keeps_its_own_parties(extractor: Extractor) -> None:
    text = (
        "A ceasefire between Israel and Hamas came into effect on Friday, hours after the Israeli "
        "government approved a deal brokered by the United States, Egypt and Qatar."
    )
    events = [e for e in extractor.extract(text, PUB) if e.type == "ceasefire"]
    assert len(events) == 1
    assert _states(events[0]) == {"Israel", "Hamas"}
