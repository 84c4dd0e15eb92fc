"""Which day an undated or loosely dated report takes: the news day, a story's later day, a span."""

from __future__ import annotations

import datetime as dt
import time

from tracker.extract import Extractor
from tracker.extract.dates import find_dates

WEDNESDAY = dt.date(2025, 5, 14)


def _dated(extractor: Extractor, text: str, day: dt.date) -> set[tuple[str, str]]:
    return {(e.type, e.date.isoformat()) for e in extractor.extract(text, day) if e.date}


def test_a_timestamp_line_is_not_the_news_day(extractor: Extractor) -> None:
    text = (
        "May 14, 2025, 9:05 a.m.\n\n"
        "Chile's foreign minister flew into Lima on Tuesday for talks on the border dispute.\n\n"
        "Peru rejected the Chilean map outright, officials said."
    )
    assert ("rejection", "2025-05-13") in _dated(extractor, text, WEDNESDAY)


def test_a_short_capitalised_line_is_judged_fast(extractor: Extractor) -> None:
    """A short line of long capitalised words is no dateline and is told so at once (the
    capital-word run of the timestamp check must not split words to retry)."""
    text = "MONTEVIDEOGUAYAQUILNOTICIAS x, May 12, 2025.\n\nPeru and Chile met in Lima on Tuesday."
    start = time.perf_counter()
    _dated(extractor, text, WEDNESDAY)
    assert time.perf_counter() - start < 2.0


def test_a_date_after_an_event_noun_and_of_is_the_nouns(extractor: Extractor) -> None:
    text = (
        "Serbia and Kosovo met in Brussels on Tuesday. The EU envoy tabled a roadmap for "
        "implementing the Ohrid agreement of March 2023."
    )
    events = _dated(extractor, text, WEDNESDAY)
    assert ("proposal", "2025-05-13") in events  # the day told, not the accord's month
    assert ("agreement", "2023-03-01") in events
    # the occasion of the verb before it shares its date
    text = "Peru agreed in the telephone conversation of March 18 to halt strikes on Chile."
    assert {("agreement", "2025-03-18"), ("call", "2025-03-18")} <= _dated(
        extractor, text, WEDNESDAY
    )


def test_a_sentence_that_moves_on_later_leaves_the_story_on_the_later_day(
    extractor: Extractor,
) -> None:
    text = (
        "The Chilean envoy arrived in Lima on Tuesday evening and later on Wednesday met the "
        "army chief. Two officials said she urged Peru to set a timetable for the pullback."
    )
    thursday = dt.date(2025, 5, 15)
    assert ("proposal", "2025-05-14") in _dated(extractor, text, thursday)


def test_a_statement_after_the_session_is_of_the_news_days_session(extractor: Extractor) -> None:
    text = (
        "Peru and Chile held a new round of talks in Lima on Tuesday.\n\n"
        "Peru and Chile first held talks in Quito on 4 March 2024.\n\n"
        "In a statement issued after the session, Peru demanded that Chile withdraw its troops."
    )
    events = _dated(extractor, text, WEDNESDAY)
    assert {("statement", "2025-05-13"), ("demand", "2025-05-13")} <= events
    assert ("demand", "2024-03-04") not in events


def test_a_date_after_of_names_the_noun_before_it_not_the_verbs_day(
    extractor: Extractor,
) -> None:
    friday = dt.date(2025, 5, 16)
    text = (
        "On Thursday, the Peruvian foreign ministry said in a statement that the talks had gone "
        "well and demanded a full Chilean withdrawal to the lines of December 8, 2024."
    )
    events = _dated(extractor, text, friday)
    assert ("demand", "2025-05-15") in events
    assert ("demand", "2024-12-08") not in events
    # a part of a period still dates the clause
    text = "Peru and Chile held talks in Lima at the end of April."
    assert ("talks", "2025-04-01") in _dated(extractor, text, friday)


def test_a_part_of_a_day_after_a_demanded_thing_dates_the_demand(extractor: Extractor) -> None:
    """ "On the morning of May 3", "in the first week of May": a part of a period, no noun's own
    date, so it dates the demand told before it."""
    text = "Chile demanded a halt to the shelling on the morning of May 3."
    assert ("demand", "2025-05-03") in _dated(extractor, text, WEDNESDAY)
    text = "Chile demanded a halt to the shelling in the first week of May."
    assert ("demand", "2025-05-01") in _dated(extractor, text, WEDNESDAY)


def test_a_trip_under_way_in_a_relative_clause_takes_the_main_clauses_day(
    extractor: Extractor,
) -> None:
    text = (
        "Peru and Chile held talks in Lima on Wednesday.\n\n"
        "On Tuesday, the Peruvian president received a delegation led by the Chilean foreign "
        "minister, who is on a visit to Peru."
    )
    assert ("visit", "2025-05-13") in _dated(extractor, text, WEDNESDAY)


def test_a_date_after_an_event_noun_and_of_dates_no_later_verb(extractor: Extractor) -> None:
    text = (
        "Peru's foreign ministry said in a statement on Tuesday that Lima remains committed to "
        "the understanding of March 10 and called for sustained dialogue with Chile."
    )
    events = _dated(extractor, text, WEDNESDAY)
    assert ("proposal", "2025-05-13") in events
    assert ("proposal", "2025-03-10") not in events


def test_a_yearless_date_told_later_than_a_day_of_an_earlier_year_follows_it(
    extractor: Extractor,
) -> None:
    text = (
        "A ceasefire between Peru and Chile took effect on July 28 last year. The two "
        "countries' leaders later signed a joint declaration on Oct 26 in Quito."
    )
    events = _dated(extractor, text, dt.date(2026, 11, 18))
    assert ("agreement", "2025-10-26") in events
    assert ("agreement", "2026-10-26") not in events


def test_an_infinitive_after_of_the_two_countries_is_a_verb_not_a_dated_noun(
    extractor: Extractor,
) -> None:
    text = (
        "Peru and Chile met in Lima on Saturday. The leaders agreed to instruct the foreign "
        "ministers of the two countries to meet in March in order to continue work."
    )
    events = extractor.extract(text, dt.date(2026, 2, 15))
    meetings = {(e.date.isoformat(), e.planned) for e in events if e.type == "meeting" and e.date}
    assert ("2026-03-01", True) in meetings
    assert ("2025-03-01", False) not in meetings


def test_a_date_told_with_a_capture_participle_is_the_captures(extractor: Extractor) -> None:
    text = (
        "Peru and Chile held border talks in Lima on Tuesday.\n\n"
        "Lima again demanded the return of 18 Peruvian soldiers captured by Chilean troops on "
        "April 29, hours after the truce took hold."
    )
    events = _dated(extractor, text, WEDNESDAY)
    assert ("demand", "2025-04-29") not in events
    assert ("demand", "2025-05-13") in events


def test_on_the_eve_of_the_meeting_is_the_day_before_it(extractor: Extractor) -> None:
    text = (
        "Peru and Chile held talks in Lima on Tuesday.\n\n"
        "On the eve of the meeting, the Peruvian foreign minister demanded that Chile withdraw "
        "its troops."
    )
    assert ("demand", "2025-05-12") in _dated(extractor, text, WEDNESDAY)


def test_a_range_with_the_month_repeated_is_one_span(extractor: Extractor) -> None:
    (span,) = find_dates("a visit to Lima from Oct. 24 to Oct. 26, where he met")
    resolved = span.resolve(dt.date(2025, 11, 21))
    assert span.anchor
    assert resolved is not None
    assert (resolved.start.isoformat(), resolved.end) == ("2025-10-24", dt.date(2025, 10, 26))
    (first,) = find_dates("from Oct. 30 to Nov. 2")  # across months: the first day only
    assert (first.day, first.day2) == (30, None)
    text = (
        "The plan was drafted during a visit by the Chilean envoy to Lima from Oct. 24 to Oct. "
        "26, where he met Peruvian officials."
    )
    meetings = [e for e in extractor.extract(text, dt.date(2025, 11, 21)) if e.type == "meeting"]
    assert [(e.date, e.end_date) for e in meetings] == [
        (dt.date(2025, 10, 24), dt.date(2025, 10, 26))
    ]


def test_a_day_named_inside_a_year_is_the_finer_date(extractor: Extractor) -> None:
    text = (
        "Peru and Chile held several rounds of talks last year under Brazilian mediation, "
        "including in Quito on August 19."
    )
    assert ("talks", "2025-08-19") in _dated(extractor, text, dt.date(2026, 1, 20))


def test_a_capture_date_before_the_verb_is_not_the_verbs(extractor: Extractor) -> None:
    text = (
        "Peru and Chile swapped prisoners on Tuesday.\n\n"
        "Among those freed were soldiers captured in the Tacna region in 2022, the Peruvian "
        "ministry said in a statement."
    )
    events = _dated(extractor, text, WEDNESDAY)
    assert ("statement", "2022-01-01") not in events
    assert ("statement", "2025-05-13") in events


def test_during_the_meeting_after_the_verb_is_the_meetings_day(extractor: Extractor) -> None:
    text = (
        "Peru rejected the Chilean plan on Tuesday. The rejection came a day after the Brazilian "
        "envoy met the Peruvian premier in Lima. A source said the envoy presented the amended "
        "text to Peru during the meeting."
    )
    assert ("proposal", "2025-05-12") in _dated(extractor, text, WEDNESDAY)


def test_a_statement_afterwards_is_of_the_gathering_just_told(extractor: Extractor) -> None:
    text = (
        "Peru rejected the Chilean plan on Wednesday. The rejection came two days after the "
        "Brazilian foreign minister met the Peruvian premier in Lima. Bolivia's foreign minister "
        "joined the meeting, and the Bolivian foreign ministry said in a statement afterwards "
        "that the three had discussed the border."
    )
    assert ("statement", "2025-05-12") in _dated(extractor, text, WEDNESDAY)


def test_a_they_sentence_continues_the_day_its_predecessor_was_dated_by(
    extractor: Extractor,
) -> None:
    text = (
        "Peru and Chile held talks in Lima on Tuesday.\n\n"
        "It should be noted that on May 2, the presidents of Peru and Chile met in Quito at "
        "the invitation of the president of Ecuador. Following the meeting, the leaders signed "
        "a joint declaration. On the same day, the foreign ministers of Peru and Chile "
        "initialled the text of the peace treaty.\n\n"
        "In the Quito document, the two leaders also jointly appealed to the OAS to close "
        "its mission."
    )
    assert ("proposal", "2025-05-02") in _dated(extractor, text, WEDNESDAY)
