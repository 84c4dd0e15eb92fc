"""Date expressions: explicit, relative to the publication date, with tense."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tracker.extract import Extractor, dates
from tracker.extract.dates import find_dates
from tracker.extract.prefilter import needles
from tracker.extract.sentences import split_sentences

PUB = dt.date(2025, 5, 16)  # a Friday


@pytest.mark.parametrize(
    ("sentence", "future", "expected"),
    [
        ("talks in Istanbul on May 16, he said", False, ("2025-05-16", None, "day")),
        ("at a briefing on Jan. 10, 2025", False, ("2025-01-10", None, "day")),
        ("signed on 16 May 2025", False, ("2025-05-16", None, "day")),
        ("met on 2025-05-02", False, ("2025-05-02", None, "day")),
        ("the talks on Friday", False, ("2025-05-16", None, "day")),
        ("they met on Monday", False, ("2025-05-12", None, "day")),
        ("they will meet on Monday", True, ("2025-05-19", None, "day")),
        ("they met last Friday", False, ("2025-05-09", None, "day")),
        ("he said yesterday", False, ("2025-05-15", None, "day")),
        ("they meet tomorrow", True, ("2025-05-17", None, "day")),
        ("it happened earlier this week", False, ("2025-05-12", "2025-05-15", "day")),
        ("they will meet next week", True, ("2025-05-19", "2025-05-25", "day")),
        ("the swap last month", False, ("2025-04-01", None, "month")),
        ("the truce in March", False, ("2025-03-01", None, "month")),
        ("talks in March", True, ("2026-03-01", None, "month")),
        ("in December", False, ("2024-12-01", None, "month")),
        ("signed in June 2021", False, ("2021-06-01", None, "month")),
        ("annexed in late 2022", False, ("2022-01-01", None, "year")),
        ("two days ago", False, ("2025-05-14", None, "day")),
        ("on May 13-15", False, ("2025-05-13", "2025-05-15", "day")),
        ("talks on May 23-25", True, ("2025-05-23", "2025-05-25", "day")),
        ("on December 20", False, ("2024-12-20", None, "day")),
        ("the accord agreed last September", False, ("2024-09-01", None, "month")),
        ("the envoys will return next March", True, ("2026-03-01", None, "month")),
        ("a deal struck last May", False, ("2024-05-01", None, "month")),
        ("a round of talks next May", True, ("2026-05-01", None, "month")),
        # A yearless day or month joined with the year it lies in, before or after it.
        ("the envoys met in September last year", False, ("2024-09-01", None, "month")),
        ("a truce agreed in March of last year", False, ("2024-03-01", None, "month")),
        ("last year in April the two sides met", False, ("2024-04-01", None, "month")),
        ("last year, in February, they signed", False, ("2024-02-01", None, "month")),
        ("signed on September 8 of last year", False, ("2024-09-08", None, "day")),
        ("talks to be held in January next year", True, ("2026-01-01", None, "month")),
        ("they had met in August this year", False, ("2025-08-01", None, "month")),
    ],
)
def test_resolve(sentence: str, future: bool, expected: tuple[str, str | None, str]) -> None:
    (mention,) = find_dates(sentence)
    resolved = mention.resolve(PUB, future)
    assert resolved is not None
    start, end, precision = expected
    assert resolved.start.isoformat() == start
    assert (resolved.end.isoformat() if resolved.end else None) == end
    assert resolved.precision == precision


@pytest.mark.parametrize(
    "sentence",
    [
        "the first talks since 2022",
        "a ceasefire starting May 12",
        "a deal by August 18",
        "the first direct talks since the spring of 2022",
        "until March",
    ],
)
def test_bounding_dates_do_not_anchor(sentence: str) -> None:
    assert [m.anchor for m in find_dates(sentence)] == [False]


@pytest.mark.parametrize(
    "sentence", ["Russia may agree", "a deal that may hold", "Mayor Klitschko"]
)
def test_modal_may_is_not_a_date(sentence: str) -> None:
    assert find_dates(sentence) == []


def test_unresolvable_without_publication_date() -> None:
    (mention,) = find_dates("they met on Friday")
    assert mention.resolve(None) is None
    (explicit,) = find_dates("they met on May 16, 2025")
    assert explicit.resolve(None) is not None


@pytest.mark.parametrize(
    ("sentence", "pub", "future", "expected"),
    [
        # A month-day without a year is the occurrence the tense points to, unless that is more
        # than half a year away and the other one is nearer.
        ("agreed to meet again on 1 February", dt.date(2026, 1, 24), False, "2026-02-01"),
        ("during a meeting on Nov. 18", dt.date(2025, 11, 25), True, "2025-11-18"),
        ("who met Putin on April 11", dt.date(2025, 4, 21), True, "2025-04-11"),
        ("the truce took effect on 19 January", dt.date(2025, 5, 12), False, "2025-01-19"),
        ("talks on June 2", dt.date(2025, 5, 16), True, "2025-06-02"),
    ],
)
def test_month_day_takes_the_nearest_plausible_year(
    sentence: str, pub: dt.date, future: bool, expected: str
) -> None:
    (mention,) = find_dates(sentence)
    resolved = mention.resolve(pub, future)
    assert resolved is not None
    assert resolved.start.isoformat() == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A day earlier, Rubio met them", "2025-04-17"),
        ("two days later they met", "2025-04-20"),
        ("On the same day, they asked", "2025-04-18"),
        ("the next day", "2025-04-19"),
    ],
)
def test_shifts_count_from_the_day_spoken_of(sentence: str, expected: str) -> None:
    (mention,) = find_dates(sentence)
    assert mention.resolve(PUB) is None  # no day to count from
    resolved = mention.resolve(PUB, reference=dt.date(2025, 4, 18))
    assert resolved is not None
    assert resolved.start.isoformat() == expected


def test_a_verb_after_before_keeps_the_date_anchored() -> None:
    (mention,) = find_dates("Hours before the truce began on Saturday, they swapped prisoners")
    assert mention.anchor


@pytest.mark.parametrize(
    "sentence",
    [
        "Shelling has eased since a French-brokered truce in 2021",
        "Exports have doubled since the border deal on 4 March",
    ],
)
def test_a_date_of_the_noun_after_since_is_anchored(sentence: str) -> None:
    # the date tells when the truce or the deal was, not since when
    assert [m.anchor for m in find_dates(sentence)] == [True]


# --- a year, weekday or weekend told around a date --------------------------------------------


def test_a_day_of_that_year_takes_the_year_named_before() -> None:
    found = find_dates(
        "The treaty was signed on 4 May 2019, and its protocol in Geneva on 9 June of that year."
    )
    assert [(d.year, d.month, d.day) for d in found] == [(2019, 5, 4), (2019, 6, 9)]


def test_at_the_weekend_is_the_weekend_just_past() -> None:
    (found,) = find_dates("The two leaders signed the pact at the weekend.")
    resolved = found.resolve(dt.date(2026, 3, 3))  # a Tuesday
    assert (resolved.start, resolved.end) == (dt.date(2026, 2, 28), dt.date(2026, 3, 1))


def test_weekday_before_a_date_is_one_mention() -> None:
    found = find_dates("The round opened on Monday, November 3, in Doha.")
    assert [(d.kind, d.month, d.day) for d in found] == [("absolute", 11, 3)]


def test_of_that_year_after_a_year_modifier() -> None:
    found = find_dates("The 1994 memorandum, signed in December of that year, gave guarantees.")
    assert [(d.kind, d.year, d.month) for d in found] == [("month", 1994, 12)]


def test_candidate_scan_finds_every_date() -> None:
    # ``_matches`` (the pattern tried only where ``_START`` says a date can start) finds what
    # ``_PATTERN.finditer`` does, on the dev set's sentences in any case.
    devset = Path(__file__).parent / "fixtures" / "devset"
    checked = 0
    for path in sorted(devset.glob("*.txt")):
        for sent in split_sentences(path.read_text(encoding="utf-8")):
            for text in (sent.text, sent.text.lower(), sent.text.upper()):
                want = [m.span() for m in dates._PATTERN.finditer(text)]
                assert [m.span() for m in dates._matches(text)] == want, text
                checked += 1
    assert checked > 1000


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Yesterday, the envoys met in Doha.", "yesterday"),
        ("Last week, the two sides exchanged drafts.", "week"),
        ("Overnight, both armies reported shelling.", "overnight"),
    ],
)
def test_a_sentence_may_open_with_a_relative_date(sentence: str, word: str) -> None:
    (found,) = dates.find_dates(sentence)
    assert (found.start, found.word) == (0, word)


def test_a_capitalised_relative_word_inside_a_sentence_is_a_name() -> None:
    assert dates.find_dates("She told Russia Today that nothing was agreed.") == []


def test_yesterday_opening_the_sentence_dates_the_event(extractor: Extractor) -> None:
    events = extractor.extract("Yesterday, Serbia and Kosovo held talks in Brussels.", PUB)
    assert [(e.type, e.date) for e in events] == [("talks", PUB - dt.timedelta(days=1))]


def test_date_needles_are_derived_from_the_pattern() -> None:
    # Every match of ``_PATTERN`` holds one of ``DATE_NEEDLES`` (case-folded), by the prefilter's
    # derivation: a sentence without any of them is not scanned.
    assert needles(dates._PATTERN, prefer=dates.DATE_WORDS) == (dates.DATE_NEEDLES, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The counted phrase opens the sentence and holds the date it counts from.
        (
            "Two days after talks in Vienna on May 3, Iran rejected the American demand.",
            ("rejection", dt.date(2025, 5, 5)),
        ),
        # The counted clause follows the trigger and its date is the other happening's.
        (
            "Armenia and Azerbaijan met in Abu Dhabi three days after the European Union"
            " imposed new sanctions on Russia on May 9.",
            ("meeting", dt.date(2025, 5, 12)),
        ),
    ],
)
def test_a_counted_day_phrase_moves_the_date(
    extractor: Extractor, text: str, expected: tuple[str, dt.date]
) -> None:
    """ "N days after <a dated happening>": the trigger outside the phrase is N days later."""
    assert expected in {(e.type, e.date) for e in extractor.extract(text, PUB)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hamas rejected the proposal on Friday. The rejection came a day after the US envoy,"
            " Steve Witkoff, arrived in Doha for talks.",
            ("visit", dt.date(2025, 5, 15)),
        ),
        (
            "Moscow's refusal came two days after the leaders of Britain, France and Germany,"
            " visiting Kyiv, demanded that Russia accept a 30-day ceasefire.",
            ("demand", dt.date(2025, 5, 14)),
        ),
        # A counted phrase opening the sentence ends at its comma: the rest is the main clause.
        (
            "Two days after the envoys met in Geneva, Russia and Ukraine exchanged 200 prisoners.",
            ("prisoner_exchange", dt.date(2025, 5, 16)),
        ),
    ],
)
def test_a_counted_clause_runs_on_past_names_in_apposition(
    extractor: Extractor, text: str, expected: tuple[str, dt.date]
) -> None:
    assert expected in {(e.type, e.date) for e in extractor.extract(text, PUB)}


def test_a_possessive_date_belongs_to_the_noun_it_qualifies(extractor: Extractor) -> None:
    # "Yesterday's ceremony", "last Monday's handover": the day of that noun; another trigger
    # takes it only when it has no date of its own, and never one told after it.
    text = (
        "India freed 40 Pakistani fishermen at the Wagah crossing on Thursday.\n\n"
        "Pakistan's foreign office demanded that India release the remaining fishermen, saying "
        "last Monday's handover was far too small.\n\n"
        "Yesterday's ceremony crowned an accord that the foreign ministers of Armenia and "
        "Azerbaijan signed in Abu Dhabi on 4 March."
    )
    events = extractor.extract(text, dt.date(2026, 3, 13))
    dated = {(e.type, e.date.isoformat() if e.date else None) for e in events}
    assert ("demand", "2026-03-12") in dated
    assert ("agreement", "2026-03-04") in dated


def test_a_date_in_a_relative_clause_frames_no_undated_trigger(extractor: Extractor) -> None:
    # The raid's year qualifies the commander, not the time of the demand: the demand is the
    # news day's, not dropped as told of an earlier time.
    text = (
        "Armenian and Azerbaijani officials held border talks in Gabala on Thursday.\n\n"
        "Azerbaijan demanded that Armenia hand over a commander who has been accused of leading "
        "a raid in 2021."
    )
    events = extractor.extract(text, dt.date(2026, 3, 13))
    demands = [e.date.isoformat() for e in events if e.type == "demand" and e.date]
    assert demands == ["2026-03-12"]


def test_a_day_counted_from_an_undated_happening_is_not_the_news_day(extractor: Extractor) -> None:
    # "A day before the summit": the day is counted from a happening the sentence does not date.
    text = (
        "Armenian and Azerbaijani officials held border talks in Gabala on Thursday.\n\n"
        "A day before the summit, Azerbaijan demanded that Armenia amend its constitution."
    )
    events = extractor.extract(text, dt.date(2026, 3, 13))
    assert [e.type for e in events] == ["talks"]


@pytest.mark.parametrize(
    "dateline",
    ["SKOPJE, March 12. /Agency/. ", "SKOPJE, March 12 (Wire) - ", "March 12, 2026 (SKOPJE) – "],
)
def test_a_datelines_filing_day_is_not_the_news_day(extractor: Extractor, dateline: str) -> None:
    # The dateline gives the day the copy was filed; the lead's "on Wednesday" is the day of the
    # news, which the undated sentences after it go on telling.
    text = (
        f"{dateline}Serbian and Kosovo negotiators held a round of talks in Brussels on "
        "Wednesday, the European Union said.\n\n"
        "According to the EU, Serbia and Kosovo agreed to set up a joint commission on missing "
        "persons."
    )
    events = extractor.extract(text, dt.date(2026, 3, 12))
    dated = {(e.type, e.date.isoformat() if e.date else None) for e in events}
    assert ("agreement", "2026-03-11") in dated


def test_a_person_told_of_on_an_earlier_day_goes_on_speaking_that_day(
    extractor: Extractor,
) -> None:
    # The lead is Thursday's news; the paragraph before the demand told what the president said
    # on Tuesday, and the demand, undated in a paragraph of its own, goes on telling that day.
    text = (
        "The European Union on Thursday proposed a new timetable for the dialogue between Serbia "
        "and Kosovo.\n\n"
        "Speaking to reporters in Belgrade on Tuesday, Serbian President Aleksandar Vucic said his "
        "country would never recognise Kosovo.\n\n"
        "Vucic also demanded that Pristina set up the association of Serb-majority municipalities "
        "before any new round."
    )
    events = extractor.extract(text, dt.date(2026, 3, 12))
    dated = {(e.type, e.date.isoformat() if e.date else None) for e in events}
    assert ("demand", "2026-03-10") in dated
    assert ("proposal", "2026-03-12") in dated


def test_a_day_counted_back_to_a_saying_dates_what_it_said_had_happened(
    extractor: Extractor,
) -> None:
    # The lead is undated (the article's day); "a day after Y said it had accepted" counts back
    # to the day of the saying, which is the day the acceptance is reported on.
    text = (
        "Yemen's government has dismissed a UN plan for a truce, a day after the Houthis "
        "announced that they had accepted it."
    )
    events = extractor.extract(text, dt.date(2026, 3, 12))
    dated = {(e.type, e.date.isoformat() if e.date else None) for e in events}
    assert ("agreement", "2026-03-11") in dated


def test_a_speech_act_at_the_venue_of_earlier_talks_is_of_their_day(extractor: Extractor) -> None:
    # The lead is Thursday's news; the demand, undated, was made "in Geneva", where the talks
    # the article dated to Monday were held: it was made there, that day.
    text = (
        "Armenia and Azerbaijan on Thursday exchanged the bodies of soldiers killed in the 2020 "
        "war.\n\n"
        "The exchange follows talks between the two countries' foreign ministers in Geneva on "
        "Monday, their first since the summer.\n\n"
        "Officials in Baku said the process would take months.\n\n"
        "According to Armenian officials, Azerbaijan demanded in Geneva that Armenia change its "
        "constitution."
    )
    events = extractor.extract(text, dt.date(2026, 3, 12))
    dated = {(e.type, e.date.isoformat() if e.date else None) for e in events}
    assert ("demand", "2026-03-09") in dated
    assert ("prisoner_exchange", "2026-03-12") in dated


@pytest.mark.parametrize(
    "sentence",
    [
        "the first round since October, when talks in Lima broke up",
        "the first swap since 2023, when the two sides freed 40 prisoners each",
    ],
)
def test_a_bounding_month_or_year_dates_the_when_clause_after_it(sentence: str) -> None:
    # "since October, when ...": the month bounds the span, and the when-clause tells what
    # happened in it, so the date anchors that clause's trigger (as a day does).
    assert [m.anchor for m in find_dates(sentence)] == [True]


def test_talks_told_in_a_when_clause_after_since_take_its_month(extractor: Extractor) -> None:
    text = (
        "Chilean and Peruvian negotiators held talks in Quito on Monday.\n\n"
        "The meeting is the first between the two sides since October, when a round of "
        "negotiations on the maritime boundary ended without agreement."
    )
    events = extractor.extract(text, dt.date(2026, 3, 20))
    assert ("talks", "2025-10-01") in {
        (e.type, e.date.isoformat()) for e in events if e.date is not None
    }


def test_a_month_listed_after_in_month_is_a_date_too() -> None:
    # "in March and April": the second month has no "in" of its own; "may" stays a verb.
    months = [m.month for m in find_dates("two rounds in March and April, and talks may resume")]
    assert months == [3, 4]
