"""Literal prefilters for regexes: skip a search when the text lacks every string it needs.

``needles(pattern)`` reads a compiled pattern's syntax tree and returns strings of which every
match must contain at least one (or None when it finds no such set): the literal runs of a
sequence (a lookaround or an anchor inside a run does not break it: it consumes nothing),
unioned over the branches of an alternation, never anything inside a lookaround (which a match
does not consume). So, by construction, a string that contains none of them holds no
match, whatever ``pos``/``endpos`` window of it is searched. A case-sensitive pattern's needles
are compared as they are; a pattern with any case-insensitive part has lower-case needles,
compared with the lower-cased string, which a case-insensitive "i" or "s" also matches as the
dotless i ("ı") or the long s ("ſ") that lower-casing keeps: a string with either is searched.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]
from typing import cast

from tracker.extract.gazetteer import PhraseIndex, safe_lower

# What a case-insensitive ASCII letter matches beyond the characters ``safe_lower`` folds to it
# (checked against the regex engine in tests/test_extract_prefilter.py).
CASE_FOLD_ODD = ("ı", "ſ")

# A parsed sequence of (op, argument) items: the parse tree's top-level list, or a nested
# ``re._parser.SubPattern`` (iterable, but not a list).
_Items = Iterable[tuple[object, object]]

_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (_c.ASSERT, _c.ASSERT_NOT, _c.AT)


def _score(found: frozenset[str], prefer: tuple[str, ...]) -> tuple[bool, int, int]:
    """Sets whose every needle holds a ``prefer`` word first; then longer needles (rarer), and
    fewer of them."""
    preferred = bool(prefer) and all(any(w in n for w in prefer) for n in found)
    return preferred, min(len(n) for n in found), -len(found)


def _required(items: _Items, fold: bool, prefer: tuple[str, ...] = ()) -> frozenset[str] | None:
    """Strings one of which every match of the sequence ``items`` contains (None if unknown)."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or _score(found, prefer) > _score(best, prefer)):
            best = found

    def close() -> None:
        if run:
            consider(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL and av < 128:  # type: ignore[operator]
            run.append(chr(av).lower() if fold else chr(av))  # type: ignore[arg-type]
            continue
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the literals on either side are adjacent in a match
        if op is _c.BRANCH and run:
            # "h(?<!\w.)a(?:ve|s)" (as ``word_branches`` writes "\b(?:have|has)"): the run joined
            # to each branch's leading literals, "have" or "has", is in every match.
            head = "".join(run)
            consider(frozenset(head + _lead(b, fold) for b in av[1]))  # type: ignore[index]
        close()
        if op is _c.SUBPATTERN:
            consider(_required(av[3], fold, prefer))  # type: ignore[index]
        elif op is _c.ATOMIC_GROUP:
            consider(_required(av, fold, prefer))  # type: ignore[arg-type]
        elif op is _c.BRANCH:
            branches = [_required(b, fold, prefer) for b in av[1]]  # type: ignore[index]
            if all(branches):
                consider(frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:  # type: ignore[index]
            consider(_required(av[2], fold, prefer))  # type: ignore[index]
        elif op is _c.IN and all(o is _c.LITERAL and a < 128 for o, a in av):  # type: ignore[attr-defined]
            consider(frozenset(chr(a).lower() if fold else chr(a) for _, a in av))  # type: ignore[attr-defined]
        # Anything else (lookarounds, anchors, classes, ``.``) requires no literal.
    close()
    return best


def _lead(items: _Items, fold: bool) -> str:
    """The literal run a sequence starts with (zero-width items skipped)."""
    out = []
    for op, av in items:
        if op is _c.LITERAL and av < 128:  # type: ignore[operator]
            out.append(chr(av).lower() if fold else chr(av))  # type: ignore[arg-type]
        elif op not in _ZERO_WIDTH:
            break
    return "".join(out)


def _case_insensitive(items: _Items) -> bool:
    """Whether any part of the parsed pattern turns case-insensitivity on."""
    for op, av in items:
        if op is _c.SUBPATTERN:
            if av[1] & re.IGNORECASE or _case_insensitive(av[3]):  # type: ignore[index,operator]
                return True
        elif op is _c.BRANCH:
            if any(_case_insensitive(b) for b in av[1]):  # type: ignore[index]
                return True
        elif op in _REPEATS or op in (_c.ASSERT, _c.ASSERT_NOT):
            if _case_insensitive(av[-1]):  # type: ignore[index]
                return True
        elif op is _c.ATOMIC_GROUP and _case_insensitive(av):  # type: ignore[arg-type]
            return True
    return False


def needles(
    pattern: re.Pattern[str], prefer: tuple[str, ...] = ()
) -> tuple[tuple[str, ...] | None, bool]:
    """Strings one of which every match of ``pattern`` contains (or None), and whether they are
    lower-case, to be looked for in the lower-cased string. Where a part of the pattern offers
    several such sets, one whose every needle holds a ``prefer`` word is taken. A needle that
    holds another one is left out (a string with it holds the other)."""
    tree = _p.parse(pattern.pattern, pattern.flags)
    fold = bool(tree.state.flags & re.IGNORECASE) or _case_insensitive(tree.data)
    found = _required(tree.data, fold, prefer)
    if not found:
        return None, fold
    return tuple(sorted(n for n in found if not any(m != n and m in n for m in found))), fold


def possible(string: str, found: tuple[str, ...] | None, fold: bool) -> bool:
    """Whether ``string`` may hold a match of a pattern with ``needles`` ``(found, fold)``."""
    if found is None:
        return True
    if fold:
        string = safe_lower(string)
        for c in CASE_FOLD_ODD:
            if c in string:
                return True
    for n in found:  # noqa: SIM110 (a loop: faster than any() over a generator)
        if n in string:
            return True
    return False


# By the pattern's id (a pattern's own hash reads its whole compiled code each time); the pattern
# is kept alongside so that its id stays its own.
_NEEDLES: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None, bool]] = {}


def _entry(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], tuple[str, ...] | None, bool]:
    """``pattern`` with its needles and whether they are case-folded, worked out once."""
    entry = _NEEDLES.get(id(pattern))
    if entry is None:
        entry = _NEEDLES[id(pattern)] = (pattern, *needles(pattern))
    return entry


def search_gated(pattern: re.Pattern[str], string: str) -> bool:
    """``pattern.search(string) is not None``, the search skipped when ``string`` lacks the
    needles (for a stretch of an article searched many times, see ``Gates``)."""
    _, found, fold = _NEEDLES.get(id(pattern)) or _entry(pattern)
    return possible(string, found, fold) and pattern.search(string) is not None


def _top_level(alternatives: str) -> list[str]:
    """The branches of ``alternatives`` split at its top-level ``|``."""
    out: list[str] = []
    depth = start = 0
    i = 0
    while i < len(alternatives):
        c = alternatives[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = alternatives.index("]", i + 2) + 1  # (a class's first "]" is a literal)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(alternatives[start:i])
            start = i + 1
        i += 1
    out.append(alternatives[start:])
    return out


def _group_end(branch: str) -> int:
    """Where the group opening ``branch`` closes (the offset after its ``)``)."""
    depth = 0
    i = 0
    while True:
        c = branch[i]
        if c == "\\":
            i += 2
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1


def word_branches(alternatives: str, tail: str = "") -> str:
    r"""``\b(?:alternatives)tail``, rewritten so that every branch starts with a literal letter:
    ``i(?<!\w.)(?:f|n\s+case)tail|u(?<!\w.)(?:nless)tail|...``.

    The regex engine then skips, with one table lookup, each position where no branch can start
    (a pattern led by ``\b`` is tried at every position, each of its branches in turn). Same
    matches: the look-behind after the first letter is the ``\b`` before it; branches with
    different first letters never match at the same position, and those with the same one keep
    their order. A branch led by a group of words (``(?:is|are)\s+to``) is spelt out per word; one
    led by a look-behind (``(?<!the\s)willing``) has it moved after the letter (``(?<!the\s.)``).
    Every branch must start with an ASCII letter once so read."""
    branches: list[str] = []
    for branch in _top_level(alternatives):
        if branch.startswith("(?:"):
            end = _group_end(branch)
            if branch[end : end + 1] in ("?", "*", "+", "{"):
                raise ValueError(f"a repeated group leads the branch: {branch!r}")
            words = _top_level(branch[3 : end - 1])
            branches += [word + branch[end:] for word in words]
        else:
            branches.append(branch)
    groups: dict[str, list[str]] = {}
    for branch in branches:
        behind = ""
        if branch.startswith(("(?<!", "(?<=")):
            end = _group_end(branch)
            behind = branch[: end - 1] + ".)"
            branch = branch[end:]
        first = branch[:1]
        if not (first.isascii() and first.isalpha()) or branch[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"branch does not start with a letter: {branch!r}")
        groups.setdefault(first, []).append(behind + branch[1:])
    return "|".join(
        rf"{first}(?<!\w.)(?:{'|'.join(rests)}){tail}" for first, rests in groups.items()
    )


class Gates:
    """Gates for many patterns in one pass over a lower-cased article: the patterns' needles go
    into one automaton (``index``, run with the article's other indexes in a
    ``gazetteer.JointIndex`` pass) whose hits ``read`` keeps; ``may_match`` and ``within`` then
    tell whether a stretch of the article holds a needle of a pattern with a bisection, instead of
    a substring search per needle and stretch. (A needle is looked for lower-cased, as the gated
    text is.)"""

    def __init__(self) -> None:
        self.index = PhraseIndex()
        self._slots: dict[int, int] = {}  # by the key's id (the keys are kept in ``_keys``)
        self._keys: list[object] = []
        # The article's needles in the order the automaton found them (by end): where each
        # starts and ends, and its key's id; and the same per slot.
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._found: list[int] = []
        self._slot_starts: list[list[int]] = []
        self._slot_ends: list[list[int]] = []

    def add(self, key: object, found: tuple[tuple[str, ...] | None, bool] | None = None) -> None:
        """Gate ``key`` (a pattern) by its needles: ``found`` if given, else ``needles(key)``."""
        _, strings, fold = _entry(key) if found is None else (key, *found)  # type: ignore[arg-type]
        if strings is None:
            raise ValueError(f"no needles to gate {key!r} by")
        slot = len(self._keys)
        self._slots[id(key)] = slot
        self._keys.append(key)
        for needle in (*strings, *(CASE_FOLD_ODD if fold else ())):
            self.index.add(needle, (len(needle), slot), strip=False)  # (" as ": with its spaces)

    def build(self) -> None:
        self.index.build()

    def read(self, raw: Iterable[tuple[int, list[object]]]) -> None:
        """Take the index's automaton hits ``(last, payloads)`` in an article."""
        ids = [id(key) for key in self._keys]
        starts: list[int] = []
        ends: list[int] = []
        found: list[int] = []
        slot_starts: list[list[int]] = [[] for _ in ids]
        slot_ends: list[list[int]] = [[] for _ in ids]
        for last, payloads in cast("Iterable[tuple[int, list[tuple[int, int]]]]", raw):
            end = last + 1
            for size, slot in payloads:
                starts.append(end - size)
                ends.append(end)
                found.append(ids[slot])
                slot_starts[slot].append(end - size)
                slot_ends[slot].append(end)
        self._starts, self._ends, self._found = starts, ends, found
        self._slot_starts, self._slot_ends = slot_starts, slot_ends

    def may_match(self, key: object, lo: int, hi: int) -> bool:
        """Whether the article's ``lo:hi`` may hold a match of ``key``: one of its needles (yes for
        a key not added)."""
        slot = self._slots.get(id(key))
        if slot is None:
            return True
        starts, ends = self._slot_starts[slot], self._slot_ends[slot]
        i = bisect_right(ends, lo)  # (the first needle to end after ``lo``)
        while i < len(ends) and ends[i] <= hi:
            if starts[i] >= lo:
                return True
            i += 1
        return False

    def within(self, lo: int, hi: int) -> set[int]:
        """The ids of the keys one of whose needles lies in the article's ``lo:hi``: a stretch
        searched for several keys asks once (``id(key) in found`` is then its ``may_match``, for
        a key added)."""
        starts, ends, found = self._starts, self._ends, self._found
        i = bisect_right(ends, lo)
        out = set()
        while i < len(ends) and ends[i] <= hi:
            if starts[i] >= lo:
                out.add(found[i])
            i += 1
        return out
