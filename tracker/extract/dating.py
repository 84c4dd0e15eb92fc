"""Dating within an article: which trigger a date mention belongs to, and the dates and years
that timelines and chronicles give the sentences under them.

(``dates`` finds and resolves the date expressions of one sentence.)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from tracker.extract import dates as dates_mod
from tracker.extract.patterns import (
    CLAUSE_SEP,
    DAY_COUNT,
    RELATIVE,
    RELATIVE_OPEN,
    SPEECH_TYPES,
    days_counted,
)
from tracker.extract.prefilter import search_gated
from tracker.extract.sentences import Sentence
from tracker.extract.triggers import TriggerMatch

# A distance that puts a date out of a trigger's reach: the date of another clause.
FOREIGN = 10**6
# A relative clause whose verb is the trigger's own ("the ceasefire that took effect on 10
# October"): its date is the trigger's.
_OWN_VERB = (
    r"(?:that|which)\s+(?:took\s+effect|(?:came|entered)\s+into\s+(?:force|effect)|went\s+into\s+effect|"
    r"took\s+place|was\s+(?:held|signed|reached|agreed|announced|concluded|completed|carried\s+out|"
    r"conducted|opened|launched)|began|started|opened|ended|closed|concluded|resumed)\b"
)
_OWN_RELATIVE = re.compile(r"\s*,?\s*" + _OWN_VERB)
# A noun's own relative clause a few words on, past the rest of its noun phrase and a citation
# mark ("a swap of 200 captives each,[3] which was carried out on 4 May"): the noun has a date.
_OWN_RELATIVE_NEAR = re.compile(r"(?:\s+[\w.-]+){0,3}?\s*,?(?:\[\d+\])?\s*" + _OWN_VERB)
# "the Lima accord of June 2021", "the truce of 10 October": the noun's own date.
_OF_DATE = re.compile(
    r" of (?:(?:early|mid|late)[ -])?(?:\d{1,2} )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?(?: \d{1,2}(?:st|nd|rd|th)?)?(?:,? (?:19|20)\d\d)?\b"
    r"| of (?:19|20)\d\d\b"
)
# "agreed in the phone conversation of June 9": the noun is where the verb's act happened.
_OCCASION_BEFORE = re.compile(
    r"\b(?:in|at|during|through)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}$"
)
# A noun's participle then where, or by whom, it was done: "soldiers captured in the border
# region", "men detained by Thai troops" (its date is the capture's).
_CAPTURE = (
    r"[a-z]{3,}\s+(?:captured|detained|arrested|seized|abducted|kidnapped|killed|wounded|taken)"
    r"\s+(?:(?:by|in|at|near)\s+(?:[\w-]+\s+){1,3})?$"
)
# Not an auxiliary or a pronoun before the participle: a reduced relative, not a main verb.
_NO_AUX = r"\b(?!(?:and|had|has|have|was|were|been|is|are|it|they|he|she|we|who|which|that)\b)"
_REDUCED_RELATIVE = re.compile(
    rf"{_NO_AUX}[a-z]{{3,}}\s+(?:agreed|signed|finalised|finalized|drafted|proposed|brokered|"
    r"adopted|approved|reached|concluded|held|launched|announced)\s+(?:[\w-]+\s+)?$"
    # "soldiers seized by Chilean troops on June 3": a capture's own day, told with its agent
    rf"|{_NO_AUX}{_CAPTURE}"
)
# The same, before the trigger: "soldiers captured in the border region in 2022, ..., the
# ministry said": the capture's date, not the later verb's.
_CAPTURED_BEFORE = re.compile(rf"\b{_CAPTURE}")
# How far back a relative clause that holds a date (or a trigger) may have opened: "X, who met
# the head of the Red Cross delegation to the region in its capital on Tuesday, demanded ...".
_RELATIVE_REACH = 160
_RELATIVE_OPENED = re.compile(r",\s+(?:who|whom|which|whose|where)\s[^,;]*$")
_WHICH = re.compile(r",\s+(?:which|who|whom)\s+(?![^,]*,)")
# "days after", "weeks before": the two clauses happened on different days.
_SPAN_AFTER = re.compile(
    r"\b(?:days|hours|weeks|months|years|shortly|soon|long|a\s+week|two\s+days|three\s+days)"
    r"\s+(?:after|before)\b"
)
# "was completed on May 25, after the two sides agreed ...": the date is the main clause's.
# (The clause's own subject, a few words, comes between "after" and the trigger: not "after
# speaking by phone", "after eight hours of talks", which tell of the same day.)
_COMMA_AFTER = re.compile(
    r",\s+(?:only\s+|just\s+|shortly\s+)?after\s+(?!\w+ing\b)(?:(?!of\b)[\w'’-]+\s+){1,4}$"
)
# "on Saturday, shortly after the ministers signed", "hours after": the same day (even after a
# comma, which otherwise leaves the clause after "after" its own day: ``_COMMA_AFTER``).
_SAME_DAY_AFTER = re.compile(r"\b(?:hours|minutes|moments|shortly|just)\s+after\b")
_HAD_BEFORE = re.compile(r"\bhad\s+(?:\w+\s+)?$")
# "freed the soldiers on Dec 31, a step Phnom Penh had demanded": a noun in apposition whose
# clause tells what had come before the dated one (in the past perfect), not on its day.
_APPOSITION_HAD = re.compile(
    r",\s+(?:a|an)\s+[\w-]+\s+(?:that\s+|which\s+)?(?:[\w'’.-]+\s+){1,4}?had\s+(?:\w+\s+)?$"
)
_BEFORE_EVENT = re.compile(r"\b(?:since|before|ahead\s+of|prior\s+to)\b")
# "their first meeting since relations soured over the crash last December", "the first time
# since the war began in 2022": a date inside the since-clause dates the clause's event, not
# the trigger's.
_FIRST_SINCE = re.compile(r"\bfirst\s+(?:[\w-]+\s+){0,3}?since\s")
# A date that bounds a span ("since May 3", "until June") dates no trigger before it.
_BOUND_BEFORE = re.compile(r"\b(?:since|until|till|before|prior\s+to|ahead\s+of)\s+(?:on\s+)?$")
_DAY_AFTER = re.compile(r"\b(?:a|the|one)\s+day\s+(after|before)\b")
# A date on the verb of saying: "The spokesman said on Friday that ...".
_SAID_DATE = re.compile(
    r"\b(?:said|says|told\s+[\w.]+(?:\s+[\w.]+)?|announced|confirmed|added|stated|wrote|"
    r"reported)\s+(?:late\s+|early\s+)?(?:on\s+)?$"
)
# A timeline or factbox item: a line that starts with its date and a dash or colon
# ("FEB 12, 2025 - Trump and Putin speak by phone", "12 February 2025 – ...", "- March 2022: ...").
# The date dates every sentence of the item; a year heading ("2025") or an earlier item supplies a
# missing year.
_MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_ITEM_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_ITEM_YEAR = r"(?:19[5-9]\d|20\d\d)"
_ITEM = re.compile(
    rf"[-•*▪–—]?\s*(?:"
    rf"(?P<iy>{_ITEM_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>[0-3]\d)"
    rf"|(?P<m1>{_MONTH_WORD})\.?\s+(?P<d1>{_ITEM_DAY})(?:st|nd|rd|th)?"
    rf"(?:\s*[-–]\s*(?P<e1>{_ITEM_DAY}))?(?:,?\s+(?P<y1>{_ITEM_YEAR}))?"
    rf"|(?P<d2>{_ITEM_DAY})(?:\s*[-–]\s*(?P<e2>{_ITEM_DAY}))?\s+(?P<m2>{_MONTH_WORD})\.?"
    rf"(?:,?\s+(?P<y2>{_ITEM_YEAR}))?"
    rf"|(?P<m3>{_MONTH_WORD})\.?,?\s+(?P<y3>{_ITEM_YEAR})"
    rf"|(?P<y4>{_ITEM_YEAR}))"
    r"\s*(?:[-–—:|]|\s-\s)\s*(?=(?-i:[A-Z\"“‘'(]))",
    re.IGNORECASE,
)
# A paragraph that opens with its date: "On 12 February 2025, ...", "18 February – ...".
_PARA_DATE = re.compile(
    rf"(?:(?:on|in|by)\s+)?(?:{_ITEM_DAY}(?:\s*[-–]\s*{_ITEM_DAY})?\s+{_MONTH_WORD}\.?|"
    rf"{_MONTH_WORD}\.?\s+{_ITEM_DAY}(?:st|nd|rd|th)?)(?:,?\s+(?P<y>{_ITEM_YEAR}))?\s*[,:–—-]",
    re.IGNORECASE,
)
_YEAR_HEADING = re.compile(r"[#*\s]*(?P<y>(?:19[5-9]|20\d)\d)\s*:?[*\s]*")
_MONTH_INDEX = {
    name: i
    for i, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


def date_heads(
    triggers: list[TriggerMatch], adjuncts: list[bool], lowered: str = "", offset: int = 0
) -> list[int]:
    """Triggers that may own a date: not nouns that are the object of an earlier verb, unless a
    relative clause of their own tells when they happened ("agreed on a swap, which was carried
    out on 4 May"); ``lowered[i - offset]`` is the character at a trigger's offset ``i``."""
    heads: list[int] = []
    verbal: set[str] = set()
    speech = False
    for i, t in enumerate(triggers):
        if t.strength == "verbal":
            verbal.add(t.type)
            speech = speech or t.type in SPEECH_TYPES
        elif (
            (speech or verbal - {t.type})
            and not adjuncts[i]
            and not (
                ("which" in lowered or "that" in lowered)
                and _OWN_RELATIVE_NEAR.match(lowered, t.end - offset)
            )
            # ("the Lima accord of June 2021": dated by its own phrase, unless the verb's
            # occasion, "agreed in the phone conversation of June 9")
            and not (
                " of " in lowered
                and _OF_DATE.match(lowered, t.end - offset)
                and not _OCCASION_BEFORE.search(
                    lowered, max(0, t.start - offset - 40), t.start - offset
                )
            )
        ):
            # "held talks on the truce on Wednesday", "spoke on Tuesday to prepare the round":
            # a noun or a reference back after a verb of another type is its object, not dated.
            continue
        heads.append(i)
    return heads or list(range(len(triggers)))


def date_distance(
    d: dates_mod.DateMention, ts: int, te: int, slow: str = "", said_date_ok: bool = True
) -> int:
    """How far a date is from a trigger; a clause boundary between them adds to the distance,
    a relative clause ("a treaty that they had finalised earlier this year") puts it out of reach."""
    possessive = is_possessive(slow, d)
    if possessive and d.end > te:
        return FOREIGN  # "rejected Monday's proposal": the proposal's day, not the rejection's
    if d.end <= ts:
        distance = ts - d.end
        between = slow[d.end : ts]
        if slow.endswith(" of ", 0, d.start) and NOUN_OF_DATE.search(
            slow, max(0, d.start - 30), d.start
        ):
            # "committed to the understanding of May 10 and called for talks": the date names
            # the noun before it, not a later verb's day
            return FOREIGN
        if possessive and between.count(" ") > 3:
            # "Thursday's signing builds on an accord signed on 27 June": the day of the noun it
            # qualifies; another trigger takes it only when it has no date of its own.
            distance += 150
        # (``search_gated``: most gaps hold none of the words a match of these needs.)
        if between and (
            (
                (search_gated(_SPAN_AFTER, between) or search_gated(_COMMA_AFTER, between))
                and not _same_day_clause(between)
            )
            or search_gated(_BEFORE_EVENT, between)
        ):
            # "talks on Tuesday, days after X met Y", "announced on March 25 after technical
            # talks": the date is not the later trigger's.
            return FOREIGN
        if "had" in between and search_gated(_APPOSITION_HAD, between):
            return FOREIGN
        if captured_date(slow, d):
            # "soldiers captured in the border region in 2022, ..., the ministry said in a
            # statement": the date of the noun's participle, not of a later verb
            return FOREIGN
        if ('"' in between or "”" in between) and quoted_at(slow, d.start):
            # '"... the truce agreed in May," the ministry said in a statement': the
            # quotation's date, not the day of its saying
            return FOREIGN
        # (but "a statement issued on Sunday, which demanded ...": the dated thing's own act)
        if _WHICH.search(between) and between.strip() not in {", which", ", who"}:
            return FOREIGN  # "a demand for X in February, which Kyiv has refused": its own clause
        if "," in between and RELATIVE_OPEN.search(
            slow, max(0, d.start - _RELATIVE_REACH), d.start
        ):
            return FOREIGN  # "Costa, who heads the OAS this year, said ...": the clause's date
        if between.startswith(" and ") and len(between) <= 12:
            # "flew to Lima on Monday and handed over", "met the mayor, who won in May, on
            # Monday and urged him": the first verb's date, however long its object (the
            # second verb may still take it: it precedes that verb)
            distance += 150
        if "," in between:
            distance += 50  # "X, who met Y on April 11, is expected to travel": another clause
            if d.start > 12 and slow.find(",", d.end, ts) - d.end <= 1:
                # "a revision in Geneva on Nov. 23, a five-hour meeting ... on Dec. 2": in a list
                # the date closing one item is not the next item's (a sentence opener "On Nov.
                # 23, ..." still dates what follows).
                distance += 100
        if (
            not said_date_ok
            and " that " in between
            and _SAID_DATE.search(slow, max(0, d.start - 30), d.start)
            and not _HAD_BEFORE.search(slow, max(0, ts - 16), ts)
        ):  # "said on Saturday that he had spoken by phone": done by then, so that day
            return FOREIGN  # "X said on Monday that the call lasted ...": the saying's day
    else:
        distance = max(d.start - te, 0)
        between = slow[te : d.start]
        if "," in between and RELATIVE_OPEN.search(slow, max(0, ts - _RELATIVE_REACH), ts):
            return FOREIGN  # "Trump, who had announced the truce, said on Sunday": not its date
        if (
            between
            and not _OWN_RELATIVE.match(between)
            and (
                RELATIVE.search(between)
                or search_gated(_REDUCED_RELATIVE, between)
                or search_gated(_SPAN_AFTER, between)
                or search_gated(_DAY_AFTER, between)
            )
        ):
            return FOREIGN
        if _in_first_since_clause(slow, ts, te, d.start):
            return FOREIGN
        if "," in between and _relative_of_another(between):
            return FOREIGN
        if search_gated(_BOUND_BEFORE, between):
            return FOREIGN  # "talks have stalled since May 3, when ...": the date bounds the stall
        if (
            between.endswith(" of ")
            and NOUN_OF_DATE.search(between)
            and not (of_date(slow, d) and _occasion_of(slow, d))
        ):
            # "demanded a withdrawal to the lines of December 8, 2024": the date names the
            # lines, not the demand's day ("at the end of May" still dates the verb)
            return FOREIGN
    if between and CLAUSE_SEP.search(between):
        distance += 200
    return distance


def _relative_of_another(between: str) -> bool:
    """Whether the stretch from a trigger to a later date opens a relative clause of a noun
    after the trigger ("ruled out a pullback from the ridge, which troops took in May"), unless
    its verb is the trigger's own or the trigger itself is what it tells of ("the talks between
    X and Y, which Oman hosted on 3 May")."""
    m = _RELATIVE_OPENED.search(between)
    if m is None or _OWN_RELATIVE.match(between, m.start()):
        return False
    antecedent = between[: m.start()]
    return len(antecedent.split()) > 2 and not antecedent.startswith(" between ")


# What a date after "of" qualifies: an event noun ("the accord of March 2023"), not a span
# ("the end of March", "the first week of May").
_EVENT_NOUN_OF = re.compile(
    r"\b(?:agreements?|accords?|deal|truce|ceasefire|cease-fire|declaration|treaty|memorandum|"
    r"summit|talks|round|meeting|session|conversation|call|visit|exchange|swap|plan|proposal|"
    r"understanding|armistice) of $"
)


# A noun a date after "of" qualifies ("the lines of 8 December", "the borders of the 1990s"),
# unless the noun is a part of a period ("the end of May", "the first week of June", "the
# morning of May 3"), which dates the clause.
NOUN_OF_DATE = re.compile(
    r"\b(?!(?:end|beginning|start|middle|half|week|weeks|part|course|days|months|morning|"
    r"afternoon|evening|night|hours|eve|rest|remainder|month|year)\b)[a-z]{3,}\s+of\s+"
    r"(?:the\s+)?$"
)


def captured_date(slow: str, d: dates_mod.DateMention) -> bool:
    """Whether the date follows a noun's capture participle ("soldiers captured in the border
    region in 2022"): the capture's date."""
    return _CAPTURED_BEFORE.search(slow, max(0, d.start - 50), d.start) is not None


def of_date(slow: str, d: dates_mod.DateMention) -> bool:
    """Whether the date follows an event noun and "of" ("the Lima accord of June 2021",
    "the truce of 10 October"): the noun's own date."""
    return d.start >= 4 and _EVENT_NOUN_OF.search(slow, max(0, d.start - 20), d.start) is not None


def _occasion_of(slow: str, d: dates_mod.DateMention) -> bool:
    """Whether the event noun before "of <date>" is the occasion of what precedes it ("agreed
    in the phone conversation of June 9"): its date is that verb's too."""
    noun = slow.rfind(" ", 0, d.start - 4)
    return _OCCASION_BEFORE.search(slow, max(0, noun - 40), noun + 1) is not None


def is_possessive(slow: str, d: dates_mod.DateMention) -> bool:
    """Whether the date is a possessive qualifying the noun after it ("Monday's handover")."""
    return slow.startswith(("'s ", "’s "), d.end)


# "in a resolution adopted on 17 November", "at a summit held in May": the noun is the medium or
# the occasion of the verb before it, so its date is that verb's too.
_MEDIUM_BEFORE = re.compile(r"\b(?:in|at|through)\s+(?:a|an|its|their)\s+$")


def told_by_participle(slow: str, lo: int, d: dates_mod.DateMention) -> bool:
    """Whether the date follows a noun's participle after ``lo`` ("abide by the understanding
    reached in May", "the truce agreed on 10 May"): it dates that noun, not the clause."""
    window = max(lo, d.start - 60)
    if not search_gated(_REDUCED_RELATIVE, slow[window : d.start]):
        return False
    participle = _REDUCED_RELATIVE.search(slow[window : d.start])
    noun_at = window + participle.start() if participle is not None else window
    return _MEDIUM_BEFORE.search(slow, max(0, noun_at - 16), noun_at) is None


def quoted_at(slow: str, at: int) -> bool:
    """Whether offset ``at`` lies inside a quotation (straight or curly quotes) of the sentence."""
    before = slow[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _in_first_since_clause(slow: str, ts: int, te: int, date_start: int) -> bool:
    """Whether a date after the trigger sits in a "first <trigger> since <clause>" clause that
    the trigger heads (no comma closes the clause before the date)."""
    window = slow[max(0, ts - 40) : date_start]
    if "since" not in window:
        return False
    offset = max(0, ts - 40)
    for m in _FIRST_SINCE.finditer(window):
        if offset + m.end() > te and "," not in window[m.end() :]:
            return True
    return False


def _same_day_clause(between: str) -> bool:
    """ "on Saturday, shortly after X and Y signed a deal", "on Monday, hours after the talks":
    what the dated clause tells happened hours after the later one, which is of that day too."""
    m = _SAME_DAY_AFTER.search(between)
    return (
        m is not None
        and "," not in between[m.end() :]
        and not search_gated(_SPAN_AFTER, between[: m.start()])
    )


# "The swap came three days after the council renewed its sanctions on Tuesday": the date
# closes the counted clause that follows the trigger.
_COUNTED_BEFORE_DATE = re.compile(r"\b" + DAY_COUNT + r"[^,;:]*$", re.IGNORECASE)
# "Two days after talks in Geneva on May 3, Iran rejected ...": the counted clause opens the
# sentence (or a clause) and a comma closes it before the trigger.
_COUNTED_OPENING = re.compile(r"(?:^|,\s+)" + DAY_COUNT + r"[^,;:]*$", re.IGNORECASE)


def counted_day_shift(d: dates_mod.DateMention, ts: int, te: int, slow: str) -> int | None:
    """Days from a date to a trigger a counted phrase sets apart from it ("the swap came a day
    after the vote on Tuesday": on Wednesday), or None when no such phrase links them. (A date
    before "two days after <trigger>" is counted back by ``day_shift`` and the caller.)"""
    if " day" not in slow:
        return None
    if d.end <= ts:
        between = slow[d.end : ts]
        opening = _COUNTED_OPENING.search(slow, 0, d.start)
        if opening is not None and "," in between:
            return days_counted(opening)
        return None
    if te <= d.start:
        m = _COUNTED_BEFORE_DATE.search(slow, te, d.start)
        if m is not None:
            return days_counted(m)
    return None


def day_shift(d: dates_mod.DateMention, ts: int, slow: str) -> int:
    """Days to add to a date that precedes "a day after <trigger>" (-1) or "the day before" (+1)."""
    if d.end <= ts:
        m = _DAY_AFTER.search(slow, d.end, ts)
        if m and "," not in slow[m.end() : ts]:  # not "On Feb. 5, a day after X, they met"
            return -1 if m.group(1) == "after" else 1
    return 0


def timeline_items(
    sentences: list[Sentence], pub: dt.date | None
) -> list[tuple[dates_mod.ResolvedDate, int] | None]:
    """For each sentence, the date of the timeline item it belongs to and where the item's
    date prefix ends in the sentence (0 after the item's first sentence), or None. A list of
    two or more dated lines is a timeline; a lone dated line is left to the prose rules."""
    out: list[tuple[dates_mod.ResolvedDate, int] | None] = [None] * len(sentences)
    year: int | None = None
    previous: tuple[int, int] | None = None
    direction = 0  # +1 oldest first, -1 newest first
    current: tuple[dates_mod.ResolvedDate, int] | None = None
    paragraph = -1
    found = 0
    for index, sent in enumerate(sentences):
        if sent.paragraph == paragraph:
            if current is not None:
                out[index] = (current[0], 0)
            continue
        paragraph = sent.paragraph
        current = None
        heading = _YEAR_HEADING.fullmatch(sent.text)
        if heading is not None:
            year, previous, direction = int(heading.group("y")), None, 0
            continue
        m = _ITEM.match(sent.text)
        if m is None:
            continue
        g = m.group
        month = day = day2 = None
        given: int | None
        if g("iy"):
            given, month, day = int(g("iy")), int(g("im")), int(g("id"))
        elif g("y4"):
            given = int(g("y4"))
        else:
            word = g("m1") or g("m2") or g("m3")
            month = _MONTH_INDEX[word[:3].lower()]
            given = next((int(y) for y in (g("y1"), g("y2"), g("y3")) if y), None)
            raw = g("d1") or g("d2")
            day = int(raw) if raw else None
            raw2 = g("e1") or g("e2")
            day2 = int(raw2) if raw2 else None
        key = (month or 1, day or 1)
        if given is not None:
            chosen = given
        elif year is not None and previous is not None:
            chosen = year
            if key < previous:
                wrapped = dt.date(year + 1, *key)
                if direction >= 0 and (pub is None or wrapped <= pub + dt.timedelta(days=1)):
                    chosen, direction = year + 1, 1  # "DEC 28", then "JAN 6": a new year
                else:
                    direction = -1
            elif key > previous:
                if direction < 0:
                    chosen = year - 1  # newest first: "JAN 6", then "DEC 28"
                else:
                    direction = 1
        elif year is not None:
            chosen = year
        elif pub is not None:
            chosen = pub.year if key <= (pub.month, pub.day) else pub.year - 1
        else:
            continue
        try:
            if month is None:
                resolved = dates_mod.ResolvedDate(dt.date(chosen, 1, 1), None, "year")
            elif day is None:
                resolved = dates_mod.ResolvedDate(dt.date(chosen, month, 1), None, "month")
            else:
                end = dt.date(chosen, month, day2) if day2 and day2 > day else None
                resolved = dates_mod.ResolvedDate(dt.date(chosen, month, day), end, "day")
        except ValueError:
            continue
        year, previous = chosen, key
        current = (resolved, m.end())
        out[index] = current
        found += 1
    return out if found >= 2 else [None] * len(sentences)


def running_years(sentences: list[Sentence]) -> dict[int, int]:
    """Chronicles (a "2025" heading, or three or more paragraphs that open with a date: "On 12
    February 2025, ...", "18 February – ...", at least half of the prose paragraphs) narrate in
    order: a yearless date takes the year the chronicle last named, not the publication's. News
    prose keeps the publication's, even where a few background paragraphs open with dates."""
    years: dict[int, int] = {}
    year: int | None = None
    opened = 0
    prose = 0
    heading = False
    paragraph = -1
    for sent in sentences:
        if sent.paragraph == paragraph:
            continue
        paragraph = sent.paragraph
        if not sent.prose:
            m = _YEAR_HEADING.fullmatch(sent.text)
            if m is not None:
                year, heading = int(m.group("y")), True
            continue
        prose += 1
        m = _PARA_DATE.match(sent.text)
        if m is not None:
            opened += 1
            if m.group("y"):
                year = int(m.group("y"))
        if year is not None:
            years[paragraph] = year
    return years if heading or (opened >= 3 and 2 * opened >= prose) else {}


def with_year(d: dates_mod.DateMention, year: int, pub: dt.date | None) -> dates_mod.DateMention:
    """A yearless day or month of a chronicle in the chronicle's year (never after publication)."""
    if d.year is not None or d.kind not in {"absolute", "month"} or d.month is None:
        return d
    if pub is not None and (year, d.month, d.day or 1) > (pub.year, pub.month, pub.day):
        return d
    return replace(d, year=year)
