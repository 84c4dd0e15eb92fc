"""Hand-written date expressions and their resolution against the publication date.

``find_dates`` only locates and parses expressions ("on May 16", "Jan. 10, 2025", "yesterday",
"earlier this week", "last month"); ``DateMention.resolve`` turns one into a day, month or year once
the caller knows whether the sentence speaks of the past or the future. A month- or year-precise
date is the first day of its period (as in ``tracker.dates``); week-like spans ("last week") are a
day-precise ``start`` with an ``end``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

_MONTHS = {
    name: index
    for index, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAYS = {
    name: i
    for i, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}

_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Month and weekday names, for rules that must tell a day from a name ("until Friday").
DAY_OR_MONTH_NAME = rf"(?:{_WD}|{_MON})"
_NUM = r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"

_PATTERN = re.compile(
    rf"""
    (?P<iso>\b(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>[0-3]\d)\b)
  | (?P<md>\b(?P<md_m>{_MON})\s+(?P<md_d>{_DAY})(?:st|nd|rd|th)?
        (?:\s*(?:-|–|and|to|until|through)\s*(?:(?P<md_m2>{_MON})\s+)?(?P<md_d2>{_DAY})(?:st|nd|rd|th)?)?
        (?:,?\s+(?P<md_y>{_YEAR}))?\b)
  | (?P<dm>\b(?P<dm_d>{_DAY})(?:st|nd|rd|th)?(?:\s*(?:-|–|and|to)\s*(?P<dm_d2>{_DAY}))?\s+
        (?P<dm_m>{_MON})(?:,?\s+(?P<dm_y>{_YEAR}))?\b)
  | (?P<my>\b(?:(?:early|late|mid-?|the\s+end\s+of|the\s+beginning\s+of)\s+)?
        (?P<my_m>{_MON})\s+(?:of\s+)?(?P<my_y>{_YEAR})\b)
  | (?P<mo>\b(?:in|In|during|During|since|Since|until|by|from|early|late|mid-?|of|the\s+end\s+of|
        last|next)\s+
        (?:(?:early|late|mid)\s+|mid-)?(?P<mo_m>{_MON})\b(?![\s.]*\d))
  | (?P<yr>\b(?:in|In|during|During|since|Since|until|by|of|from|early|late|mid-?|the\s+end\s+of|
        throughout|the\s+beginning\s+of)\s+(?:(?:early|late|mid-?)\s*)?(?P<yr_y>{_YEAR})\b(?![-–]\d))
  | (?P<wd>\b(?:(?P<wd_q>last|this|next|coming|past|on|early|late)\s+)?(?P<wd_d>{_WD})\b
        (?:\s+(?:morning|afternoon|evening|night))?)
  | (?P<rel>\b(?:the\s+day\s+before\s+yesterday|earlier\s+today|later\s+today|today|tonight|
        this\s+(?:morning|afternoon|evening)|yesterday|last\s+night|tomorrow|overnight)\b)
  | (?P<per>\b(?P<per_q>earlier|later|last|this|next|past|coming|previous)\s+(?:this\s+)?
        (?P<per_u>week|weekend|month|year)\b
      | \b(?P<per_o>(?i:over|at))\s+the\s+weekend\b)
  | (?P<ago>\b(?P<ago_n>{_NUM})\s+(?P<ago_u>day|week|month|year)s?\s+ago\b)
  | (?P<shift>\b(?:(?P<sh_n>(?i:{_NUM}))\s+days?\s+(?P<sh_d>earlier|later)|(?i:on\s+)?(?i:the|that)\s+
        (?P<sh_w>previous|next|following|same)\s+day|(?i:on\s+)?(?i:that)\s+day)\b(?!\s+(?:after|before)\b))
    """,
    re.VERBOSE,
)
# A date after these words bounds another event rather than dating this one.
_NON_ANCHOR = re.compile(
    r"\b(?:since|until|till|before|by|prior\s+to|as\s+of|through|ahead\s+of|from|starting|"
    r"beginning|effective|deadline\s+of)\s+(?:on\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)

# ... unless a verb comes between: in "before the truce began on Saturday" the date is the verb's,
# or a comma closes the phrase: in "A day before the swap, on Feb. 6, X ..." the date is X's.
# "since Aug. 24, Independence Day, when the sides swapped ...": a when-clause the date dates.
_WHEN_AFTER = re.compile(r"(?:,\s+[^,]{1,40})?,\s+when\s", re.IGNORECASE)
_SINCE = re.compile(
    r"\b(?:since|until|till|before|prior\s+to|ahead\s+of)\s+"
    r"(?:(?!(?:began|begins|started|met|took|ended|expired|[a-z]+ed)\s)[^\s,]+\s+){0,3}$"
)

# ... unless the date is a noun phrase's own: in "since a truce in 2022", "before the vote on
# Sunday" it tells when the truce or the vote was.
_NOUN_DATED = re.compile(
    r"\b(?:since|until|till|before|prior\s+to|ahead\s+of)\s+(?:a|an|the|its|their)\s+"
    r"(?:[\w.'’-]+\s+){1,2}(?:(?:in|on)\s+)?$",
    re.IGNORECASE,
)

# "from June 3 to June 5": a range's "from" opens its span, it bounds nothing else.
_FROM_RANGE = re.compile(r"\b(?:from|From)\s+$")

# "in May| and June": a second month listed after one told with "in".
_AND_MONTH = re.compile(rf"\s+and\s+(?P<m>{_MON})\b(?![\s.]*\d)")

_IN_ON = frozenset({"in ", "on ", "In ", "On "})

# "the Oct. 7, 2023, attack", "the June 9 bombing": a date naming another happening.
_THE = re.compile(r"\b(?:the|The)\s+$")
_NAMED_HAPPENING = re.compile(
    r",?\s+(?:[a-z-]+\s+)?(?:attacks?|massacre|raids?|assault|invasion|incursion|bombings?|"
    r"shooting|killings?|elections?|vote|referendum|coup|uprising)\b"
)


@dataclass(slots=True, unsafe_hash=True)  # not frozen: built ~3x faster
class ResolvedDate:
    """A resolved date: ``start`` (first day of the period), ``end`` for spans, precision."""

    start: dt.date
    end: dt.date | None
    precision: str


@dataclass(slots=True, unsafe_hash=True)  # not frozen: built ~3x faster
class DateMention:
    """One date expression found in a sentence (offsets relative to the sentence)."""

    start: int
    end: int
    kind: str  # absolute | month | year | weekday | relative | period | ago | shift
    anchor: bool  # False for "since May 16", "until March": the date bounds something else
    tense_hint: str | None  # "past" | "future" when the expression itself says so
    year: int | None = None
    month: int | None = None
    day: int | None = None
    day2: int | None = None
    word: str = ""
    qualifier: str = ""
    number: int = 0
    year_shift: int | None = None  # "in May last year": the year counted from publication

    @property
    def has_year(self) -> bool:
        return self.year is not None

    def resolve(
        self, published: dt.date | None, future: bool = False, reference: dt.date | None = None
    ) -> ResolvedDate | None:
        """The date meant, given the publication date and the sentence's tense; "a day earlier",
        "the next day" count from ``reference`` (the day the text spoke of last), if known."""
        if self.kind == "shift":
            if reference is None:
                return None
            return ResolvedDate(reference + dt.timedelta(days=self.number), None, "day")
        try:
            return _resolve(self, published, future)
        except ValueError:  # e.g. February 30
            return None


def _month_number(token: str) -> int:
    return _MONTHS[token.rstrip(".").lower()]


# Where a date expression can start: the first word of some branch of ``_PATTERN`` (a digit, a
# month or weekday name, or a word such as "in", "the", "on", "two" followed by what that branch
# needs next). A superset of the match starts, much cheaper to scan for than ``_PATTERN`` itself;
# case-insensitive exactly where ``_PATTERN`` is. Only the first word is consumed, so no start is
# hidden inside another candidate. Every such word starts with a word character, so a start is
# the sentence's first character (``_START_AT``) or follows a non-word one (``_START``, whose
# leading ``\W`` lets the regex engine skip to likely positions instead of trying every one).
# The branches are grouped by their first character (the letter spelt out in each case, and
# with the long s that ``(?i:s)`` also matches, where the word is case-insensitive): the engine
# then compares a position's character with one branch per letter instead of entering them all.
# Only the set of positions matters, not which branch matches there.
_AFTER_PERIOD = r"(?=\s+(?:early|late|mid|[JFMASOND]|\d))"  # "in early", "during March"
_AFTER_COUNT = r"(?=\s+(?:day|week|month|year))"  # "two days", "a week"
_AFTER_THE = r"(?=\s+(?:end|beginning|day|previous|next|following|same)\b)"  # "the next day"
_AFTER_ON = r"(?=\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|(?i:the|that)))"  # "on Monday", "on the"
_AFTER_THAT = r"(?=\s+(?:same\s+)?day)"  # "that day"
_WEEKEND = r"(?=\s+the\s+weekend)"  # "over the weekend"
_START_WORD = rf"""
    (?:
      \d
    | J(?:an|u[nl])
    | F(?:eb|ri|(?i:our|ive){_AFTER_COUNT})
    | f(?:rom{_AFTER_PERIOD}|(?i:our|ive){_AFTER_COUNT})
    | M(?:a[ry]|on)
    | A(?:pr|ug|(?i:n)?{_AFTER_COUNT}|(?i:t){_WEEKEND})
    | a(?:(?i:n)?{_AFTER_COUNT}|(?i:t){_WEEKEND})
    | S(?:ep|at|un|ince{_AFTER_PERIOD}|(?i:ix|even){_AFTER_COUNT})
    | s(?:ince{_AFTER_PERIOD}|(?i:ix|even){_AFTER_COUNT})
    | \u017f(?i:ix|even){_AFTER_COUNT}
    | O(?:ct|(?i:n){_AFTER_ON}|(?i:ne){_AFTER_COUNT}|(?i:ver){_WEEKEND})
    | o(?:vernight\b|f{_AFTER_PERIOD}|(?i:n){_AFTER_ON}|(?i:ne){_AFTER_COUNT}|(?i:ver){_WEEKEND})
    | N(?:ov|(?i:ine){_AFTER_COUNT})
    | n(?:ext\b|(?i:ine){_AFTER_COUNT})
    | D(?:ec|uring{_AFTER_PERIOD})
    | during{_AFTER_PERIOD}
    | T(?:ue|hu|(?i:he){_AFTER_THE}|(?i:wo|hree|en){_AFTER_COUNT}|(?i:hat){_AFTER_THAT})
    | t(?:hroughout\b|his\b|oday\b|onight\b|omorrow\b|(?i:he){_AFTER_THE}
        |(?i:wo|hree|en){_AFTER_COUNT}|(?i:hat){_AFTER_THAT})
    | Wed
    | e(?:arly\b|arlier\b|(?i:ight){_AFTER_COUNT})
    | E(?i:ight){_AFTER_COUNT}
    | l(?:ate|ast|ater)\b
    | mid\b
    | coming\b
    | p(?:ast|revious)\b
    | yesterday\b
    | [Ii]n{_AFTER_PERIOD}
    | until{_AFTER_PERIOD}
    | by{_AFTER_PERIOD}
    )
"""
_START_AT = re.compile(_START_WORD, re.VERBOSE)
_START = re.compile(r"\W" + _START_WORD, re.VERBOSE)


def _matches(sentence: str) -> list[re.Match[str]]:
    """``_PATTERN.finditer(sentence)``, trying the pattern only where a date can start."""
    out: list[re.Match[str]] = []
    pos = 0
    match = _PATTERN.match
    if _START_AT.match(sentence):
        m = match(sentence, 0)
        if m is not None:
            out.append(m)
            pos = m.end()
    for candidate in _START.finditer(sentence):
        start = candidate.start() + 1
        if start < pos:
            continue
        m = match(sentence, start)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


# A sentence opening with a relative date ("Yesterday, ...", "Last week, ..."): the pattern spells
# these words in lower case (a capital further on is a name: "Russia Today", "This Week").
_CAPITAL_RELATIVE = re.compile(
    r"(?:Yesterday|Today|Tonight|Tomorrow|Overnight|Last|This|Next|Earlier|Later|Past|Coming|"
    r"Previous)\b"
)

# Every date expression, lower-cased, holds one of these: a year ("19..", "20.."), a month or a
# word such as "day" (Monday, today, the next day), "night", "week" or "year" (what
# ``prefilter.needles(_PATTERN, prefer=DATE_WORDS)`` derives; checked in the tests). About half the
# sentences hold none, and need no scan (``events.Assembler._find_dates``).
DATE_WORDS = ("day", "night", "week", "month", "year")
DATE_NEEDLES = (
    "19", "20", "afternoon", "apr", "aug", "day", "dec", "evening", "feb", "jan", "jul", "jun",
    "mar", "may", "month", "morning", "night", "nov", "oct", "sep", "tomorrow", "week", "year",
)  # fmt: skip


def find_dates(sentence: str) -> list[DateMention]:
    """All date expressions in ``sentence``, left to right."""
    if _CAPITAL_RELATIVE.match(sentence):
        sentence = sentence[0].lower() + sentence[1:]  # (offsets unchanged)
    found: list[DateMention] = []
    for m in _matches(sentence):
        anchor = not _NON_ANCHOR.search(sentence, max(0, m.start() - 14), m.start()) and not (
            _SINCE.search(sentence, max(0, m.start() - 30), m.start())
            and not (
                # (the "in"/"on" before the noun phrase's date, or the date match's own)
                (sentence.endswith(("in ", "on "), 0, m.start()) or m.group()[:3] in _IN_ON)
                and _NOUN_DATED.search(sentence, max(0, m.start() - 30), m.start())
            )
        )
        start, end = m.span()
        when_clause = _WHEN_AFTER.match(sentence, end) is not None
        if not anchor and when_clause:
            anchor = True  # "the first swap since May 3, when they freed ...": the clause's day
        if (
            anchor
            and _THE.search(sentence, max(0, start - 5), start)
            and _NAMED_HAPPENING.match(sentence, end)
        ):
            anchor = False
        g = m.group
        kind = m.lastgroup
        if kind == "iso":
            found.append(
                DateMention(
                    start, end, "absolute", anchor, None, int(g("iy")), int(g("im")), int(g("id"))
                )
            )
        elif kind == "md":
            year = int(g("md_y")) if g("md_y") else None
            day2 = int(g("md_d2")) if g("md_d2") else None
            if g("md_m2") and _month_number(g("md_m2")) != _month_number(g("md_m")):
                day2 = None  # ("from Oct. 30 to Nov. 2": the first day only)
            if day2 is not None and not anchor and _FROM_RANGE.search(sentence, 0, start):
                anchor = True  # "from June 3 to June 5": the span's own dates
            found.append(
                DateMention(
                    start,
                    end,
                    "absolute",
                    anchor,
                    None,
                    year,
                    _month_number(g("md_m")),
                    int(g("md_d")),
                    day2,
                )
            )
        elif kind == "dm":
            year = int(g("dm_y")) if g("dm_y") else None
            day2 = int(g("dm_d2")) if g("dm_d2") else None
            if day2 is not None and not anchor and _FROM_RANGE.search(sentence, 0, start):
                anchor = True  # "from 8 to 10 May"
            found.append(
                DateMention(
                    start,
                    end,
                    "absolute",
                    anchor,
                    None,
                    year,
                    _month_number(g("dm_m")),
                    int(g("dm_d")),
                    day2,
                )
            )
        elif kind == "my":
            found.append(
                DateMention(
                    start,
                    end,
                    "month",
                    anchor,
                    None,
                    int(g("my_y")),
                    _month_number(g("my_m")),
                )
            )
        elif kind == "mo":
            # "in May" names a month; "May" alone (the modal verb) never reaches here.
            start = m.start("mo_m") if g("mo").split()[0].lower() in {"in", "of"} else start
            lead = g("mo").split()[0].lower()
            # (but "the first round since October, when talks broke up": the clause's month)
            anchor = anchor and (lead not in {"since", "until", "by", "from"} or when_clause)
            # "last September": the latest one before the article's month; "next March"
            qualifier = lead if lead in {"last", "next"} else ""
            hint = {"last": "past", "next": "future"}.get(lead)
            month = _month_number(g("mo_m"))
            found.append(
                DateMention(start, end, "month", anchor, hint, None, month, qualifier=qualifier)
            )
            if lead in {"in", "during"} and (also := _AND_MONTH.match(sentence, end)) is not None:
                # "rounds in May and June": the second month of the list is a date too (no "in"
                # of its own to tell it from the modal "may")
                found.append(
                    DateMention(
                        also.start("m"), also.end("m"), "month", anchor, None, None,
                        _month_number(also.group("m")),
                    )
                )  # fmt: skip
        elif kind == "yr":
            anchor = anchor and (
                g("yr").split()[0].lower() not in {"since", "until", "by", "from"} or when_clause
            )
            found.append(DateMention(start, end, "year", anchor, None, int(g("yr_y"))))
        elif kind == "wd":
            qual = (g("wd_q") or "").lower()
            hint = {"last": "past", "past": "past", "next": "future", "coming": "future"}.get(qual)
            found.append(
                DateMention(
                    start,
                    end,
                    "weekday",
                    anchor,
                    hint,
                    word=g("wd_d").lower(),
                    qualifier=qual,
                )
            )
        elif kind == "rel":
            word = " ".join(g("rel").lower().split())
            hint = (
                "future"
                if word in {"tomorrow", "later today"}
                else "past"
                if word in {"yesterday", "the day before yesterday", "earlier today", "last night"}
                else None
            )
            found.append(DateMention(start, end, "relative", anchor, hint, word=word))
        elif kind == "per":
            qual = "over" if g("per_o") else g("per_q").lower()
            if qual == "this" and g("per_u").lower() == "year":
                # "the biggest swap so far this year", "this year's exchanges": the year a count
                # or comparison runs over, not the day of a happening.
                anchor = False
            elif qual == "past" and g("per_u").lower() in {"year", "month"}:
                # "moved money to the group over the past year", "towns seized in the past month":
                # the stretch of time up to now a clause runs over, not last year or last month.
                anchor = False
            hint = (
                "future"
                if qual in {"later", "next", "coming"}
                else "past"
                if qual in {"earlier", "last", "past", "previous"}
                else None
            )
            found.append(
                DateMention(
                    start,
                    end,
                    "period",
                    anchor,
                    hint,
                    word="weekend" if qual == "over" else g("per_u").lower(),
                    qualifier=qual,
                )
            )
        elif kind == "ago":
            raw = g("ago_n").lower()
            number = int(raw) if raw.isdigit() else _NUMBERS[raw]
            found.append(
                DateMention(
                    start, end, "ago", anchor, "past", word=g("ago_u").lower(), number=number
                )
            )
        elif kind == "shift":
            raw = (g("sh_n") or "").lower()
            count = int(raw) if raw.isdigit() else _NUMBERS.get(raw, 0)
            if g("sh_d"):
                number = -count if g("sh_d").lower() == "earlier" else count
            else:
                number = {"previous": -1, "next": 1, "following": 1}.get(
                    (g("sh_w") or "").lower(), 0
                )
            found.append(DateMention(start, end, "shift", anchor, None, number=number))
    if len(found) > 1 and " year" in sentence:
        _join_relative_years(sentence, found)
        # "in February 2023 ..., and its annex on March 18 of that year": the year named before.
        for i in range(1, len(found)):
            d = found[i]
            if d.year is None and d.kind in {"absolute", "month"} and d.month is not None:
                tail = _THAT_YEAR.match(sentence, d.end)
                year = next((e.year for e in reversed(found[:i]) if e.year is not None), None)
                if tail is not None and year is not None:
                    found[i] = replace(d, end=tail.end(), year=year)
    if found and " year" in sentence:
        # "The 1994 memorandum, signed in December of that year": a year named as a modifier
        # before it.
        for i, d in enumerate(found):
            if d.year is None and d.kind in {"absolute", "month"} and d.month is not None:
                tail = _THAT_YEAR.match(sentence, d.end)
                if tail is None or any(e.year is not None for e in found[:i]):
                    continue
                years = _BARE_YEAR.findall(sentence, 0, d.start)
                if years:
                    found[i] = replace(d, end=tail.end(), year=int(years[-1]))
    if len(found) > 1 and ", " in sentence:
        # "opened on Monday, November 3": the weekday names the day the date gives.
        for i in range(len(found) - 1, 0, -1):
            w, d = found[i - 1], found[i]
            if (
                w.kind == "weekday"
                and w.qualifier.strip() not in {"last", "next", "coming", "past", "this"}
                and d.kind == "absolute"
                and sentence.startswith(", ", w.end)
                and d.start == w.end + 2
            ):
                found[i] = replace(d, start=w.start)
                del found[i - 1]
    return found


_YEAR_SHIFTS = {"last": -1, "this": 0, "next": 1}
# What may stand between a yearless day or month and the year it lies in: "in May last year",
# "on 8 August of last year"; and between the year and the month: "last year in May".
_DAY_THEN_YEAR = re.compile(r"\s+(?:of\s+)?", re.IGNORECASE)
_YEAR_THEN_MONTH = re.compile(r",?\s+(?:in|on)\s+", re.IGNORECASE)


def _join_relative_years(sentence: str, found: list[DateMention]) -> None:
    """A yearless day or month next to "last year", "this year" or "next year" lies in that
    year ("the deal agreed in May last year", "last year in March the envoys met"): one mention,
    not a month of the current year beside a separate year."""
    for i in range(len(found) - 1, 0, -1):
        first, second = found[i - 1], found[i]
        if first.kind == "period" and second.kind in {"absolute", "month"}:
            year, day, joint = first, second, _YEAR_THEN_MONTH
        elif second.kind == "period" and first.kind in {"absolute", "month"}:
            day, year, joint = first, second, _DAY_THEN_YEAR
        else:
            continue
        if (
            day.year is not None
            or day.month is None
            or year.word != "year"
            or year.qualifier not in _YEAR_SHIFTS
        ):
            continue
        gap = joint.fullmatch(sentence, first.end, second.start)
        if gap is None:
            continue
        joined = replace(
            day,
            start=first.start,
            end=second.end,
            anchor=day.anchor,
            year_shift=_YEAR_SHIFTS[year.qualifier],
        )
        if day.kind == "absolute":
            joined = replace(joined, qualifier=year.qualifier)
        found[i - 1] = joined
        del found[i]


_BARE_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_THAT_YEAR = re.compile(r",?\s+(?:of\s+)?(?:that|the\s+same|that\s+same)\s+year\b")


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _resolve(m: DateMention, pub: dt.date | None, future: bool) -> ResolvedDate | None:
    if m.tense_hint is not None:
        future = m.tense_hint == "future"
    if m.kind == "absolute":
        assert m.month is not None
        assert m.day is not None
        year = m.year
        if year is None:
            if pub is None:
                return None
            year = _nearest_year(pub, m.month, m.day, future)
            if m.year_shift is not None:  # "8 August last year"
                year = pub.year + m.year_shift
        start = dt.date(year, m.month, m.day)
        end = dt.date(year, m.month, m.day2) if m.day2 and m.day2 > m.day else None
        return ResolvedDate(start, end, "day")
    if m.kind == "month":
        assert m.month is not None
        year = m.year
        if year is None:
            if pub is None:
                return None
            year = pub.year
            if m.year_shift is not None:  # "in May last year"
                year += m.year_shift
            elif not future and m.month > pub.month:
                year -= 1
            elif future and m.month < pub.month:
                year += 1
            elif m.month == pub.month and m.qualifier:  # "last May", written in May
                year += -1 if m.qualifier == "last" else 1
        return ResolvedDate(dt.date(year, m.month, 1), None, "month")
    if m.kind == "year":
        assert m.year is not None
        return ResolvedDate(dt.date(m.year, 1, 1), None, "year")
    if pub is None:
        return None
    if m.kind == "weekday":
        target = _WEEKDAYS[m.word]
        q = m.qualifier
        if q == "this":
            day = _monday(pub) + dt.timedelta(days=target)
        elif q in {"last", "past"}:
            back = (pub.weekday() - target) % 7 or 7
            day = pub - dt.timedelta(days=back)
        elif q in {"next", "coming"} or future:
            ahead = (target - pub.weekday()) % 7
            if q in {"next", "coming"} and ahead == 0:
                ahead = 7
            day = pub + dt.timedelta(days=ahead)
        else:
            day = pub - dt.timedelta(days=(pub.weekday() - target) % 7)
        return ResolvedDate(day, None, "day")
    if m.kind == "relative":
        offset = {
            "yesterday": -1,
            "last night": -1,
            "the day before yesterday": -2,
            "tomorrow": 1,
        }.get(m.word, 0)
        return ResolvedDate(pub + dt.timedelta(days=offset), None, "day")
    if m.kind == "period":
        return _resolve_period(m, pub, future)
    if m.kind == "ago":
        if m.word == "day":
            return ResolvedDate(pub - dt.timedelta(days=m.number), None, "day")
        if m.word == "week":
            mid = pub - dt.timedelta(days=7 * m.number)
            return ResolvedDate(mid - dt.timedelta(days=3), mid + dt.timedelta(days=3), "day")
        if m.word == "month":
            y, mo = _shift_month(pub.year, pub.month, -m.number)
            return ResolvedDate(dt.date(y, mo, 1), None, "month")
        return ResolvedDate(dt.date(pub.year - m.number, 1, 1), None, "year")
    return None


# A date without a year names the occurrence the tense points to (the last one for a report,
# the next one for a plan) unless that lies more than half a year away and the other one is
# nearer: "agreed to meet on 1 February" in late January, "a meeting on Nov. 18" a week later.
_HALF_YEAR = 183


def _nearest_year(pub: dt.date, month: int, day: int, future: bool) -> int:
    """Year of a month-day named without one."""
    day = min(day, 28) if month == 2 else day

    def gap(year: int) -> int:
        return abs((dt.date(year, month, day) - pub).days)

    slack = dt.timedelta(days=3)
    past = pub.year if dt.date(pub.year, month, day) <= pub + slack else pub.year - 1
    coming = pub.year if dt.date(pub.year, month, day) >= pub - slack else pub.year + 1
    preferred, other = (coming, past) if future else (past, coming)
    if gap(preferred) > _HALF_YEAR and gap(other) < gap(preferred):
        return other
    return preferred


def _resolve_period(m: DateMention, pub: dt.date, future: bool = False) -> ResolvedDate | None:
    q, unit = m.qualifier, m.word
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(q, 0)
    if q == "over" and not future and pub.weekday() < 5:
        step = -1  # "met over the weekend", told on a weekday: the weekend just past
    if unit == "week":
        monday = _monday(pub) + dt.timedelta(days=7 * step)
        sunday = monday + dt.timedelta(days=6)
        if q == "earlier":
            return ResolvedDate(monday, max(monday, pub - dt.timedelta(days=1)), "day")
        if q == "later":
            return ResolvedDate(min(sunday, pub + dt.timedelta(days=1)), sunday, "day")
        return ResolvedDate(monday, sunday, "day")
    if unit == "weekend":
        saturday = _monday(pub) + dt.timedelta(days=5)
        if step < 0:
            saturday -= dt.timedelta(days=7)
        elif step > 0 and pub.weekday() >= 5:
            saturday += dt.timedelta(days=7)
        return ResolvedDate(saturday, saturday + dt.timedelta(days=1), "day")
    if unit == "month":
        y, mo = _shift_month(pub.year, pub.month, step)
        return ResolvedDate(dt.date(y, mo, 1), None, "month")
    if unit == "year":
        return ResolvedDate(dt.date(pub.year + step, 1, 1), None, "year")
    return None


def month_end(day: dt.date) -> dt.date:
    """Last day of ``day``'s month."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def period_end(r: ResolvedDate) -> dt.date:
    """The last day of the period ``r`` stands for (its day, month or year, or its span)."""
    if r.end is not None:
        return r.end
    if r.precision == "month":
        return month_end(r.start)
    if r.precision == "year":
        return dt.date(r.start.year, 12, 31)
    return r.start


def contains(outer: ResolvedDate, inner: ResolvedDate) -> bool:
    """Whether the period ``inner`` lies within the period ``outer``."""
    return outer.start <= inner.start and period_end(inner) <= period_end(outer)
