"""Trigger lexicon (``tracker/data/triggers.toml``), matching, and the filters that veto a trigger:
negation, hypotheticals, questions."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from tracker.extract.gazetteer import PhraseIndex, leftmost_longest
from tracker.extract.prefilter import needles, possible, word_branches
from tracker.vocab import load_data_toml

_STRENGTHS = {"phrases": "verbal", "nominal": "nominal", "mentions": "mention", "not": "not"}
# "not" phrases look like triggers but are not ("in exchange for"): they win any overlap.
_RANK = {"not": -1, "verbal": 0, "nominal": 1, "mention": 2}
# "the exchange of prisoners", "a swap of memoranda": a verb and its object ("exchange *
# prisoners") matching the verb's first word as the noun it also is, the object in its "of"
# phrase: the match is that noun phrase and reports what nouns report. (A phrase whose subject
# is the noun, "exchange * took place", stays a verb phrase.)
_NOUN_OF = re.compile(r"(?:exchange|swap)\s+of\s")
_VERB_GAP_OBJECT = re.compile(r"\S+ \* [^\s*]+")
# What the lexicon's phrase index holds for a phrase: (length of the key, its hit label (event
# type, strength, phrase), the phrase's regex if it has wildcards, and the regex's other literal
# parts).
_Payload = tuple[int, tuple[str, str, str], "re.Pattern[str] | None", tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class TypeInfo:
    """An event type as the trigger file describes it."""

    name: str
    title: str
    cameo: tuple[str, ...]
    plover: str


@dataclass(slots=True, unsafe_hash=True)  # not frozen: built ~3x faster
class TriggerMatch:
    """A trigger found in the text (offsets into the text that was searched)."""

    start: int
    end: int
    type: str
    strength: str  # verbal | nominal | mention
    phrase: str


# An optional opening quote before a word: the curly ones as literals in their own branches, not
# in a class ("[\"'“‘]?"): a class with characters past U+00FF compiles into a 64K-character
# table, most of the cost of compiling the lexicon's gapped phrases.
_OPENING_QUOTE = "(?:[\"']?|\u201c|\u2018)"
# ... and a closing one after a word ('would "never" recognise', 'was "postponed" on Monday').
_CLOSING_QUOTE = "(?:[\"']?|\u201d|\u2019)"
# The words a ``*`` stands for: up to six on one line, none ending a sentence ("held talks on
# Wednesday. The previous meeting" is no "held * meeting"; a heading does not run into the
# paragraph under it; "held U.S.-brokered talks" still is "held * talks"); a comma may close the
# word before the gap ("the pause, which took effect today" is "pause * took effect").
_GAP = r",?[^\S\n]+(?:(?:(?:[a-z]\.){2,}|\S*[^\s.!?;])[^\S\n]+){0,6}?"
# The words a ``~`` stands for: up to four that may make up a noun phrase, none a preposition,
# a pronoun or modal that opens a clause, or a negation, and no comma ("offered Lima direct
# talks", "made its final offer"; not "offered few details of the ceasefire", "made it clear it
# would reject any offer", "offered condolences on Monday and said the talks").
_NP_GAP = (
    r"[^\S\n]+(?:(?!(?:of|on|in|at|to|for|from|by|with|without|about|over|after|before|during|"
    r"since|into|toward|towards|against|it|that|which|who|would|will|could|can|may|might|should|"
    r"must|no|not|never|few|little)[^\S\n])(?:(?:[a-z]\.){2,}|\S*[^\s.!?;,])[^\S\n]+){0,4}?"
)


# What ``{n}`` stands for: a number in digits or, as style guides write the small ones, in words
# ("handed over four soldiers", "a two-for-two swap", "freed dozens of detainees"; not "one":
# "exchanged one more letter").
_NUMBER = (
    r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|a\s+hundred|hundreds|dozens)"
)


def _compile(phrase: str) -> tuple[str, re.Pattern[str], tuple[str, ...]]:
    """Regex for a phrase with ``*``/``~`` gaps / ``{n}`` numbers, its longest literal part,
    and the other literal parts (each must occur wherever the regex matches)."""
    regex = ""
    literals: list[str] = []
    after_gap = False
    for i, word in enumerate(phrase.split()):
        if word in ("*", "~"):
            regex += _CLOSING_QUOTE + (_GAP if word == "*" else _NP_GAP)
            after_gap = True
            continue
        if i and not after_gap:
            regex += _CLOSING_QUOTE + r"\s+"
        if i:
            regex += _OPENING_QUOTE  # 'put the treaty "in abeyance"': a quoted word
        after_gap = False
        chunks = word.split("{n}")
        regex += _NUMBER.join(re.escape(c) for c in chunks)
        literals.extend(c for c in chunks if c)
    key = max(literals, key=len)
    plural = "s?" if phrase[-1].isalpha() else ""
    rest = tuple(dict.fromkeys(c for c in literals if c != key))
    if phrase[0] in "{*":
        return key, re.compile(r"(?<!\w)" + regex + plural + r"(?!\w)"), rest
    # "(?<!\w)x" written "x(?<!\w.)" (the same matches): a pattern led by a literal character is
    # searched by skipping to that character instead of trying every position of the window.
    first = re.escape(phrase[0])
    assert regex.startswith(first)
    return key, re.compile(first + r"(?<!\w.)" + regex[len(first) :] + plural + r"(?!\w)"), rest


class TriggerLexicon:
    """All trigger phrases, indexed once; ``find`` returns non-overlapping matches."""

    def __init__(self, path: str | Path | None = None) -> None:
        data = load_data_toml("triggers.toml", path)
        self.types: dict[str, TypeInfo] = {}
        self._index = PhraseIndex()
        for type_name, section in data.items():
            self.types[type_name] = TypeInfo(
                name=type_name,
                title=section.get("title", type_name.replace("_", " ")),
                cameo=tuple(section.get("cameo", ())),
                plover=section.get("plover", ""),
            )
            for list_name, strength in _STRENGTHS.items():
                for phrase in section.get(list_name, ()):
                    phrase = " ".join(phrase.lower().split())
                    label = (type_name, strength, phrase)
                    if "*" in phrase or "~" in phrase or "{n}" in phrase:
                        key, regex, rest = _compile(phrase)
                        self._index.add(key, (len(key), label, regex, rest))
                    else:
                        self._index.add(phrase, (len(phrase), label, None, ()))
        self._index.build()

    @property
    def index(self) -> PhraseIndex:
        return self._index

    def find(
        self,
        lowered: str,
        start: int = 0,
        end: int | None = None,
        raw: list[tuple[int, list[object]]] | None = None,
    ) -> list[TriggerMatch]:
        """Triggers in ``lowered[start:end]`` (already lower-cased), leftmost-longest (``raw``:
        the index's automaton hits in the whole of ``lowered``, if found already)."""
        stop = len(lowered) if end is None else end
        hits: list[tuple[int, int, object]] = []
        found = cast(  # (once, not per hit: ``cast`` is a call)
            "Iterable[tuple[int, int, list[_Payload]]]",
            self._index.iter(lowered, start, stop, plural_ok=True)
            if raw is None
            else self._index.bounded(lowered, raw, plural_ok=True),
        )
        for s, e, payloads in found:
            lo, hi = max(start, s - 60), min(stop, e + 60)
            window = None
            for _, label, regex, rest in payloads:
                if regex is None:
                    hits.append((s, e, label))
                    continue
                if window is None:
                    window = lowered[lo:hi]
                for literal in rest:
                    if literal not in window:
                        break  # a literal part is missing: the regex cannot match here
                else:
                    for m in regex.finditer(lowered, lo, hi):
                        if m.start() <= s and m.end() >= e:
                            hit = label
                            if (
                                label[1] == "verbal"
                                and _NOUN_OF.match(lowered, m.start())
                                and _VERB_GAP_OBJECT.fullmatch(label[2])
                            ):
                                hit = (label[0], "nominal", label[2])
                            hits.append((m.start(), m.end(), hit))
                            break
        # A noun inside a longer verbal phrase ("the ceasefire" in "the ceasefire took effect")
        # gives way to it even though it starts earlier.
        verbal = sorted((s, e) for s, e, p in hits if p[1] == "verbal")  # type: ignore[index]
        if verbal:
            starts = [vs for vs, _ in verbal]

            def inside(h: tuple[int, int, object]) -> bool:
                """A verbal hit starts inside ``h`` and ends after it."""
                i = bisect.bisect_right(starts, h[0])
                while i < len(starts) and starts[i] < h[1]:
                    if h[1] < verbal[i][1]:
                        return True
                    i += 1
                return False

            hits = [
                h
                for h in hits
                if h[2][1] in {"verbal", "not"} or not inside(h)  # type: ignore[index]
            ]
        # A "not" phrase wins any overlap, even with a longer phrase that starts where it does
        # ("an exchange of views * was held", "released 12 soldiers from duty").
        nots = [(s, e) for s, e, p in hits if p[1] == "not"]  # type: ignore[index]
        if nots:
            hits = [
                h
                for h in hits
                if h[2][1] == "not" or not any(s < h[1] and h[0] < e for s, e in nots)  # type: ignore[index]
            ]
        # Same span: a verbal trigger beats a nominal one, which beats a mention.
        hits.sort(key=lambda h: _RANK[h[2][1]])  # type: ignore[index]
        return [
            TriggerMatch(s, e, *payload)  # type: ignore[misc]
            for s, e, payload in leftmost_longest(hits)
            if payload[1] != "not"  # type: ignore[index]
        ]


# --- filters ------------------------------------------------------------------------------------

# A closing quotation mark ends a clause; an opening one does not: in 'did not want a "wasted
# meeting"' the negation still governs the noun.
# (The words' "\b" is written as a look-behind after their first letter, "b(?<!\w.)ut", the
# punctuation's classes are spelt out, and " - " ("\s-\s") is led by its dash, "-(?<=\s-)\s",
# its match moved back onto the space in ``_clause_breaks``: every branch then starts with a
# literal character, and the regex engine skips, with one table lookup, every position where none
# can start instead of trying each branch there.)
_CLAUSE_PUNCT = r';|:|—|–|\(|\)|"(?=[\s,.;])|”(?=[\s,.;])|,\s'  # [;:—–()]|["”](?=[\s,.;])|,\s
_CLAUSE_WORDS = (
    r"-(?<=\s-)\s|b(?<!\w.)ut\b|w(?<!\w.)hile\b|w(?<!\w.)hereas\b|a(?<!\w.)lthough\b|"
    r"t(?<!\w.)hough\b"
)
_CLAUSE_BREAK = re.compile(_CLAUSE_PUNCT + "|" + _CLAUSE_WORDS)
# Most sentences hold no dash or conjunction: the punctuation branches alone (the same matches,
# as the other branches cannot match), searched without trying those branches at every letter.
_CLAUSE_PUNCT_ONLY = re.compile(_CLAUSE_PUNCT)
_CLAUSE_WORDS_NEEDLES = needles(re.compile(_CLAUSE_WORDS))
# (``word_branches``: "\b(?:not|no|...)\b", searched without trying every branch at every word.)
_NEGATION = re.compile(
    word_branches(
        r"not|no|never|neither|nor|without|failed\s+to|fail\s+to|fails\s+to|denied|denies|"
        r"deny|refused\s+to|refuses\s+to|no\s+longer|rather\s+than|instead\s+of|yet\s+to|"
        r"has\s+yet|have\s+yet|far\s+from|stopped\s+short\s+of",
        r"\b",
    )
    + r"|n't\b|n’t\b",
)
_NEGATION_AFTER = re.compile(
    r"^\W*(?:was|were|has|have|had|is|are)?\s*(?:not|never)\b|^\s*n[’']t\b"
)
_HYPOTHETICAL = re.compile(
    word_branches(
        r"if|unless|whether|could|might|may|should|possible|possibly|potential|potentially|"
        r"hope|hopes|hoped|hoping|want|wants|wanted|seek|seeks|sought|ready|(?<!the\s)willing|prepared|"
        r"consider|considering|considered|aim|aims|intends?|any|eventual|future|would-be|"
        r"proposed|expected|likely|plans?|planned|could|would|in\s+case|in\s+order|discuss|"
        r"discussing|discussed|push\s+for|pushing\s+for|work\s+toward|working\s+toward|towards|toward|"
        r"conditions?\s+for|prospects?|chance|chances|idea|calls?\s+for|called\s+for|urged?|urging|"
        r"offered|offer|ask|asked|asking|invite|invited|propose|proposal\s+for|must|"
        r"in\s+favou?r\s+of|continuing|to\s+continue|to\s+resume|before\s+an?|ahead\s+of\s+an?|"
        r"preparations?\s+for|preparing|arrang(?:e|es|ed|ing)|organi[sz]ing|to\s+organi[sz]e|"
        r"setting\s+up|to\s+set\s+up|push(?:ed|ing)?\s+for|possibility\s+of",
        r"\b",
    )
)
# After the trigger: the happening was called off or put off, or hangs on a condition.
CALLED_OFF = re.compile(
    r"^[^.;:,]{0,40}?\b(?:postponed|cancell?ed|called\s+off|put\s+off|scrapped|shelved|"
    r"delayed\s+indefinitely)\b"
)
_CONDITION_AFTER = re.compile(
    r"\bonly\s+(?:after|if|when|once)\b|\bon\s+(?:the\s+)?condition\s+that\b|"
    r"\bprovided\s+that\b"
)
_SENTENCE_HYPOTHETICAL = re.compile(r"^\W*(?:if|unless|should|were|had)\b", re.IGNORECASE)
_MODAL_MAY = re.compile(r"\bmay\b(?!\s+\d)")
# "clashes in May ended in a truce", "since early May": the month, not the modal, after a
# preposition or a time word.
_MONTH_MAY_BEFORE = re.compile(
    r"\b(?:in|on|of|since|until|till|by|from|through|during|before|after|early|late|mid|last|"
    r"next)[\s-]+$"
)
# "met on 3 May on the sidelines", "since 21 May": a day's number after a preposition, then the
# month, whatever follows it.
_DAY_MAY_BEFORE = re.compile(
    r"\b(?:on|of|since|until|till|by|from|before|after)\s+\d{1,2}(?:st|nd|rd|th)?\s+$"
)
# ... and no bare verb after it ("talks in May ended", "since early May, ...", "in May the
# sides"; not "the sides later on may agree"): the modal takes a verb, the month does not.
_MONTH_MAY_AFTER = re.compile(
    r"may(?:\s*(?:[^\w\s]|$)|\s+(?:[a-z]+ed|and|or|when|while|as|the|this|that|last|next|"
    r"after|before|of|to|but|when)\b)"
)


# Keyed by the text itself: a sentence sliced again from the article (a new string with the same
# characters) reuses its breaks. Emptied for each article (reset_clause_breaks), so that only
# the article's own repeats are saved: the bench corpus reuses paragraphs across articles.
_breaks_cache: dict[str, list[tuple[int, int]]] = {}


def reset_clause_breaks() -> None:
    _breaks_cache.clear()


def _clause_breaks(lowered: str) -> list[tuple[int, int]]:
    """(start, end) of every clause break in ``lowered``, computed once per string."""
    breaks = _breaks_cache.get(lowered)
    if breaks is None:
        if not possible(lowered, *_CLAUSE_WORDS_NEEDLES):
            breaks = [m.span() for m in _CLAUSE_PUNCT_ONLY.finditer(lowered)]
        else:
            breaks = []
            for m in _CLAUSE_BREAK.finditer(lowered):
                start, end = m.span()
                if lowered[start] == "-":
                    # " - ": the break starts at the space, unless the break before took it
                    # (", - "), as a search led by "\s-\s" would find it.
                    start -= 1
                    if breaks and start < breaks[-1][1]:
                        continue
                breaks.append((start, end))
        _breaks_cache[lowered] = breaks
    return breaks


def clause_start(lowered: str, pos: int, floor: int) -> int:
    """Offset where the clause containing ``pos`` begins (searching back to ``floor``)."""
    breaks = _breaks_cache.get(lowered) or _clause_breaks(lowered)
    i = bisect.bisect_right(breaks, (pos, pos))
    while i > 0:
        i -= 1
        start, end = breaks[i]
        if end <= pos:
            return end if start >= floor else floor
    return floor


# A quoted negation the clause goes on from: 'there was "no chance" of a summit', 'he saw "no
# reason" to hold talks'. The closing quote breaks the clause, but the quoted words govern the
# noun after "of"/"to".
_QUOTED_NEGATION = re.compile(r"[\"“]\s*(?:no|not|never)\b[^\"“”]{0,40}$")
_GOES_ON = re.compile(r"\s+(?:of|to|for|on)\b")


def is_negated(lowered: str, trig_start: int, trig_end: int, floor: int, ceil: int) -> bool:
    """A negation word in the trigger's clause before it, or "was not" after it."""
    start = clause_start(lowered, trig_start, floor)
    left = max(start, trig_start - 60)
    if _NEGATION.search(lowered, left, trig_start):
        return True
    if (
        left == start > floor
        and lowered[start - 1] in '"”'
        and _GOES_ON.match(lowered, start)
        and _QUOTED_NEGATION.search(lowered, max(floor, start - 45), start - 1)
    ):
        return True
    if _NEGATION.search(lowered, trig_start, trig_end):
        return True
    return bool(_NEGATION_AFTER.search(lowered[trig_end : min(ceil, trig_end + 20)]))


def is_called_off(lowered: str, trig_end: int, ceil: int) -> bool:
    """ "was postponed", "has been called off" after the trigger."""
    return bool(CALLED_OFF.search(lowered[trig_end : min(ceil, trig_end + 80)]))


def is_conditional(lowered: str, trig_end: int, ceil: int) -> bool:
    """A future event that hangs on a condition stated after it ("will X only if Y")."""
    return bool(_CONDITION_AFTER.search(lowered, trig_end, min(ceil, trig_end + 90)))


def is_hypothetical(
    lowered: str, trig_start: int, floor: int, strength: str, allow: frozenset[str] = frozenset()
) -> bool:
    """Conditional, wished-for or possible events: "if Russia agrees", "a possible truce"."""
    if _SENTENCE_HYPOTHETICAL.search(lowered[floor : floor + 12]):
        return True
    # (60 characters: the cue may govern a trip whose purpose is the trigger, "was ready to
    # send its negotiating team to Vienna for a new round")
    left = max(clause_start(lowered, trig_start, floor), trig_start - 60)
    window = lowered[left:trig_start]
    for m in _HYPOTHETICAL.finditer(window):
        word = m.group()
        if word in allow:
            continue
        if word == "may" and (
            not _MODAL_MAY.match(window, m.start())
            or (
                _MONTH_MAY_BEFORE.search(window, 0, m.start())
                and _MONTH_MAY_AFTER.match(lowered, left + m.start())
            )
            or _DAY_MAY_BEFORE.search(window, 0, m.start())
        ):
            continue
        # Verbal triggers only care about the strongest cues; nouns are vetoed by any modifier.
        if strength == "verbal" and word not in _VERBAL_VETO:
            continue
        return True
    return False


_VERBAL_VETO = frozenset(
    {
        "if",
        "unless",
        "whether",
        "could",
        "might",
        "may",
        "should",
        "hope",
        "hopes",
        "hoped",
        "hoping",
        "want",
        "wants",
        "wanted",
        "seek",
        "seeks",
        "ready",
        "willing",
        "prepared",
        "consider",
        "considering",
        "aim",
        "aims",
        "possible",
        "possibly",
        "potentially",
        "in case",
        "ask",
        "asked",
        "asking",
    }
)


def is_question(sentence: str) -> bool:
    """Questions report nothing."""
    return sentence.rstrip(" \"”’')").endswith("?")
