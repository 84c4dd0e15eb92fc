"""Clean a news page copied as plain text: find title, byline and date, keep only the body.

A copied page is a column of lines: site chrome, the headline, a byline with the date, a photo
caption, the body paragraphs, then appeals and sidebars. The cleaner reads it by line shape:

- the *byline* is the first short line starting with "By" or holding a date near the top (the
  lines right after it that are also by/date lines belong to it);
- the *title* is the nearest headline-shaped line above the byline (4-35 words, no final period);
- *body paragraphs* follow the byline and end with sentence punctuation; short lines without it
  are navigation, share buttons, subheads or related-story teasers and are dropped;
- a sidebar marker ("News Feed", "MORE NEWS", ...) ends the article; photo captions (a credit in
  brackets at the end), appeals and listed chrome lines are dropped wherever they are.

The phrase lists live in ``tracker/data/boilerplate.toml``.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from tracker.ingest.base import Extracted, IngestError
from tracker.ingest.dates import find_date
from tracker.ingest.formats import normalise_newlines

NO_DATE_WARNING = "no publication date found"
_T = TypeVar("_T")

_TERMINAL = re.compile(r"[.!?…;:][\"'”’»)\]]*$|[\"”»]$")
_BULLET = re.compile(r"^(?:[-*•–·▪◦]|\d{1,2}[.)])\s+")
_BY = re.compile(r"^by\s+(?=\S)", re.IGNORECASE)
_WORDS = re.compile(r"\S+")
# Searched in lower-cased text: Python's re is several times slower with IGNORECASE.
_QUOTES = '"“”«»'
_SAID_WORDS = ("said", "says", "told", "according to", "stated", "wrote")
_SAID = re.compile(rf"\b({'|'.join(_SAID_WORDS)})\b")
_READER = re.compile(r"\b(we|we're|we’re|we´re|us|our|you|your|you're|you’re|let's|let’s|let´s)\b")
_DATELINE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý .,'’-]{1,60}(?:,\s*\w+\.?\s+\d{1,2})?\s*\(([^)]{2,30})\)")
_COPYRIGHT = re.compile(
    r"^(?:(?:©|\(c\)|copyright)\s*)+(?:\d{4}\s*(?:[-–]\s*\d{4}\s*)?)?(?:by\s+)?"
    r"(?P<name>[^.,|·]{2,60}?)\s*(?:[.,|·]|all rights reserved|$)",
    re.IGNORECASE,
)
_CREDIT_TAIL = re.compile(r"\(([^()]{2,120})\)\s*\.?$")
_SPACES = re.compile(r"[ \t]+")


@dataclass
class OutletRule:
    """An outlet recognised by name patterns in page chrome or by URL host."""

    name: str
    patterns: list[re.Pattern[str]]
    hosts: list[str]


@dataclass
class Rules:
    """Boilerplate rules loaded from ``boilerplate.toml`` (plus optional user files)."""

    drop: list[re.Pattern[str]] = field(default_factory=list)
    end: list[re.Pattern[str]] = field(default_factory=list)
    blocks: list[tuple[re.Pattern[str], re.Pattern[str], int]] = field(default_factory=list)
    credit_words: list[str] = field(default_factory=list)
    trailing_credit: list[re.Pattern[str]] = field(default_factory=list)
    appeals: list[re.Pattern[str]] = field(default_factory=list)
    outlets: list[OutletRule] = field(default_factory=list)

    def matches(self, patterns: list[re.Pattern[str]], line: str) -> bool:
        """True when one of ``patterns`` matches the whole line."""
        return bool(self._combined(patterns).fullmatch(line))

    def any_appeal(self, line: str) -> bool:
        return self._matcher("appeals").search(line)

    def credit_word(self, credit: str) -> bool:
        """True when ``credit`` (lower case) contains one of the credit words as a whole word."""

        def build() -> re.Pattern[str]:
            words = "|".join(re.escape(w) for w in self.credit_words) or r"(?!)"
            return re.compile(rf"(?<!\w)(?:{words})(?!\w)")

        return bool(self._cached(("credit", len(self.credit_words)), build).search(credit))

    def trailing_credit_at_end(self, tail: str) -> bool:
        """True when a trailing-credit pattern matches up to the end of ``tail`` (lower case)."""
        patterns = self._cached(
            ("trailing", len(self.trailing_credit)),
            lambda: [
                re.compile(p.pattern) if p.pattern == p.pattern.lower() else p
                for p in self.trailing_credit
            ],
        )
        for pattern in patterns:
            found = pattern.search(tail)
            if found and found.end() == len(tail):
                return True
        return False

    def any_outlet(self, line: str) -> bool:
        """True when some outlet pattern matches: a quick test before naming the outlet."""
        return self._matcher("outlets").search(line)

    def _matcher(self, name: str) -> _Matcher:
        """A matcher for the appeals or the outlets' patterns, built once (per list length)."""
        return self._cached(
            (name, len(getattr(self, name))),
            lambda: _Matcher(
                [p for outlet in self.outlets for p in outlet.patterns]
                if name == "outlets"
                else self.appeals
            ),
        )

    def _combined(self, patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
        """One alternation per pattern list: a single regex pass instead of one per pattern."""
        return self._cached(
            (id(patterns), len(patterns)),
            lambda: re.compile(
                "|".join(f"(?:{p.pattern})" for p in patterns) or r"(?!)", re.IGNORECASE
            ),
        )

    def _cached(self, key: tuple[object, int], build: Callable[[], _T]) -> _T:
        """``build()`` once per key; the list length in the key notices rules added later."""
        cache = self.__dict__.setdefault("_combined_cache", {})
        if key not in cache:
            cache[key] = build()
        return cache[key]


_REGEX_SPECIAL = frozenset("\\.^$*+?{}[]()|")


def _literal_prefixes(pattern: str) -> list[str]:
    """Per top-level alternative, the text its matches start with ("" when unknown)."""
    alternatives, start, depth, index, in_class = [], 0, 0, 0, False
    while index < len(pattern):
        ch = pattern[index]
        if ch == "\\":
            index += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            alternatives.append(pattern[start:index])
            start = index + 1
        index += 1
    alternatives.append(pattern[start:])
    return [_literal_prefix(alternative) for alternative in alternatives]


def _literal_prefix(pattern: str) -> str:
    body = pattern[2:] if pattern.startswith("\\b") else pattern
    prefix: list[str] = []
    index = 0
    while index < len(body):
        ch = body[index]
        if ch == "\\" and index + 1 < len(body) and not body[index + 1].isalnum():
            ch, index = body[index + 1], index + 1  # an escaped punctuation mark: itself
        elif ch in _REGEX_SPECIAL:
            if ch in "*?{" and prefix:
                prefix.pop()  # the last character is optional
            break
        prefix.append(ch)
        index += 1
    return "".join(prefix)


class _Matcher:
    """Does any of a list of case-insensitive patterns occur in a line? Quickly, mostly "no".

    Python's ``re`` searches several times faster without IGNORECASE, and a pattern written in
    lower case matches lower-cased text as it matches the original case-insensitively. When each
    such pattern starts with a fixed text, a line containing none of them needs no regex at all.
    """

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        lower = [p.pattern for p in patterns if p.pattern == p.pattern.lower()]
        rest = [p.pattern for p in patterns if p.pattern != p.pattern.lower()]
        self.lower = re.compile("|".join(f"(?:{p})" for p in lower)) if lower else None
        prefixes = [prefix for p in lower for prefix in _literal_prefixes(p)]
        self.needles = tuple(prefixes) if all(prefixes) else None
        self.rest = re.compile("|".join(f"(?:{p})" for p in rest), re.IGNORECASE) if rest else None

    def search(self, line: str) -> bool:
        if self.lower is not None:
            lowered = line.lower()
            if (self.needles is None or any(n in lowered for n in self.needles)) and (
                self.lower.search(lowered)
            ):
                return True
        return self.rest is not None and self.rest.search(line) is not None


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _merge(rules: Rules, data: dict) -> None:
    rules.drop += [_compile(p) for p in data.get("lines", {}).get("drop", [])]
    rules.end += [_compile(p) for p in data.get("sections", {}).get("end", [])]
    for block in data.get("blocks", []):
        rules.blocks.append(
            (_compile(block["start"]), _compile(block["end"]), int(block.get("max_lines", 20)))
        )
    captions = data.get("captions", {})
    rules.credit_words += [w.lower() for w in captions.get("credit_words", [])]
    if captions.get("trailing_credit"):
        rules.trailing_credit.append(_compile(captions["trailing_credit"]))
    rules.appeals += [_compile(p) for p in data.get("appeals", {}).get("phrases", [])]
    for outlet in data.get("outlets", []):
        rules.outlets.append(
            OutletRule(
                outlet["name"],
                [_compile(p) for p in outlet.get("patterns", [])],
                [h.lower() for h in outlet.get("hosts", [])],
            )
        )


def load_rules(extra: Sequence[Path] = ()) -> Rules:
    """Load the shipped boilerplate rules, extended by the TOML files in ``extra``."""
    rules = Rules()
    shipped = resources.files("tracker") / "data" / "boilerplate.toml"
    _merge(rules, tomllib.loads(shipped.read_text(encoding="utf-8")))
    for path in extra:
        _merge(rules, tomllib.loads(Path(path).read_text(encoding="utf-8")))
    return rules


@cache
def default_rules() -> Rules:
    """The shipped rules, loaded once."""
    return load_rules()


def outlet_from_url(url: str | None, rules: Rules | None = None) -> str | None:
    """Name the outlet of a known host (``www.reuters.com`` → Reuters), or None."""
    if not url:
        return None
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    if not host:
        return None
    for outlet in (rules or default_rules()).outlets:
        if any(host == h or host.endswith("." + h) for h in outlet.hosts):
            return outlet.name
    return None


_CREDIT_LINE = re.compile(
    r"^(photo|photograph|image|picture|credit|video|pictured|file photo)s?\b|\b(reuters|ap photo|afp|epa)/",
    re.IGNORECASE,
)


def outlet_from_text(lines: Iterable[str], rules: Rules) -> str | None:
    """The outlet named most often in ``lines`` (ties: the first named); photo credits and
    captions are ignored (they name agencies, not the publisher)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for position, line in enumerate(lines):
        if not rules.any_outlet(line) or _CREDIT_LINE.search(line) or is_caption(line, rules):
            continue
        for outlet in rules.outlets:
            if any(p.search(line) for p in outlet.patterns):
                counts[outlet.name] += 1
                first.setdefault(outlet.name, position)
    if not counts:
        return None
    return max(counts, key=lambda name: (counts[name], -first[name]))


def _word_count(line: str) -> int:
    return len(_WORDS.findall(line))


def is_prose(line: str) -> bool:
    """A sentence-like line: it ends with sentence punctuation (or a closing quote)."""
    return bool(_TERMINAL.search(line)) and _word_count(line) >= 2


def is_headline(line: str) -> bool:
    """Headline shape: 4-35 words, at least 20 characters, no final period or colon."""
    words = _word_count(line)
    if not 4 <= words <= 35 or len(line) < 20:
        return False
    return not re.search(r"[.:;,][\"'”’»)]*$", line) or line.endswith("...")


def is_caption(line: str, rules: Rules) -> bool:
    """A photo caption: ends with a bracketed credit ("(Name / AFP via Getty Images)")."""
    match = _CREDIT_TAIL.search(line)
    if match:
        credit = match.group(1).lower()
        if " / " in credit:
            return True
        if rules.credit_word(credit):
            return True
    return rules.trailing_credit_at_end(line.rstrip(" .").lower())


def is_appeal(line: str, rules: Rules) -> bool:
    """A subscription/donation/community appeal (never a quoted or attributed sentence)."""
    if _quotes_or_says(line.lower()):
        return False
    return rules.any_appeal(line)


def _quotes_or_says(lowered: str) -> bool:
    """A quotation mark or an attribution verb in a lower-cased line (plain ``in`` tests first)."""
    if any(mark in lowered for mark in _QUOTES):
        return True
    return any(word in lowered for word in _SAID_WORDS) and _SAID.search(lowered) is not None


def _addresses_reader(line: str) -> bool:
    lowered = line.lower()
    return bool(_READER.search(lowered)) and not _quotes_or_says(lowered)


def _join_wrapped(text: str) -> list[str]:
    """Split into lines, joining a line broken mid-sentence ("a community —" / "not a paywall.")."""
    lines: list[str] = []
    previous_blank = True
    for raw in normalise_newlines(text).split("\n"):
        line = _SPACES.sub(" ", raw).strip()
        if not line:
            previous_blank = True
            continue
        if (
            lines
            and not previous_blank
            and line[0].islower()
            and not _TERMINAL.search(lines[-1])
            and not _BULLET.match(line)
        ):
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
        previous_blank = False
    return lines


def _is_date_line(line: str) -> bool:
    found = find_date(line)
    if found is None:
        return False
    rest = line[: found.start] + line[found.end :]
    return _word_count(rest) <= 8


def _is_byline(line: str) -> bool:
    if len(line) > 250:
        return False
    return (bool(_BY.match(line)) and _word_count(line) <= 30) or _is_date_line(line)


_NAME_CONNECTORS = {"and", "in", "de", "da", "van", "von", "der", "al", "bin", "la", "le", "y", "&"}


def _is_name_line(line: str) -> bool:
    """A line of author names: "Jane Roe and John Doe in Kyiv" (capitalised, short, no digits)."""
    words = line.split()
    if not 2 <= len(words) <= 10 or _TERMINAL.search(line) or any(ch.isdigit() for ch in line):
        return False
    if not all(w[:1].isupper() or w.lower() in _NAME_CONNECTORS for w in words):
        return False
    return len(words) <= 4 or " and " in line or " in " in line


def _author_from(line: str) -> str | None:
    if not _BY.match(line):
        return None
    rest = _BY.sub("", line)
    found = find_date(rest)
    if found is not None:
        rest = rest[: found.start]
    rest = re.sub(r"\b(updated|published)( on)?:?\s*$", "", rest.strip(), flags=re.IGNORECASE)
    rest = re.sub(r"\d+\s*min(ute)?s?\s*read.*$", "", rest, flags=re.IGNORECASE)
    rest = rest.strip(" ,|–—-•·")
    return rest or None


def filter_body(
    lines: Sequence[str], rules: Rules, dropped: Sequence[bool] | None = None
) -> tuple[list[str], list[str]]:
    """Split body-region lines into (paragraphs kept, chrome dropped).

    Keeps prose lines and list items introduced by a colon; drops listed chrome, captions,
    appeals (with the reader-addressing lines next to them) and stops at a sidebar marker.
    """
    kept: list[int] = []
    chrome: list[str] = []
    appeal_zone = False
    for index, line in enumerate(lines):
        if dropped is not None and dropped[index]:
            chrome.append(line)
            continue
        if kept and rules.matches(rules.end, line):
            chrome.extend(lines[index:])
            break
        keep = not (rules.matches(rules.drop, line) or is_caption(line, rules))
        if keep and not is_prose(line):
            previous = lines[kept[-1]] if kept else ""
            keep = bool(_BULLET.match(line)) and (
                previous.endswith(":") or bool(_BULLET.match(previous))
            )
        if keep and is_appeal(line, rules):
            keep = False
            appeal_zone = True
            while kept and _addresses_reader(lines[kept[-1]]):
                chrome.append(lines[kept.pop()])
        elif keep and appeal_zone and _addresses_reader(line):
            keep = False
        elif keep:
            appeal_zone = False
        if keep:
            kept.append(index)
        else:
            chrome.append(line)
    return [lines[i] for i in kept], chrome


def _outlet_from_dateline(first_paragraph: str, rules: Rules) -> str | None:
    """The agency in a dateline: "ISTANBUL, May 16 (Reuters) -" → Reuters."""
    match = _DATELINE.match(first_paragraph)
    if not match:
        return None
    name = match.group(1).strip()
    known = outlet_from_text([f"({name})"], rules)
    if known:
        return known
    words = name.split()
    if 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
        return name
    return None


def _outlet_from_copyright(lines: Iterable[str]) -> str | None:
    """The owner in a footer line such as "© 2025 Example News. All rights reserved."."""
    for line in lines:
        match = _COPYRIGHT.match(line)
        if match and (line.startswith("©") or line.lower().startswith(("copyright", "(c)"))):
            name = re.sub(r"\s+\d{4}(\s*[-–]\s*\d{4})?$", "", match.group("name").strip(" ©"))
            if name and not name[0].isdigit() and len(name.split()) <= 6:
                return name
    return None


def clean_text(text: str, *, url: str | None = None, rules: Rules | None = None) -> Extracted:
    """Clean a copied page; raise IngestError when no body paragraph is left."""
    rules = rules or default_rules()
    lines = _join_wrapped(text)

    dropped = [False] * len(lines)
    index = 0
    while index < len(lines):
        for start, end, max_lines in rules.blocks:
            if start.fullmatch(lines[index]):
                stop = min(len(lines), index + max_lines + 1)
                last = next((j for j in range(index, stop) if end.fullmatch(lines[j])), index)
                for j in range(index, last + 1):
                    dropped[j] = True
                index = last
                break
        index += 1

    # The byline: first by/date line near the top, before any long prose paragraph.
    byline_start = byline_end = None
    for index, line in enumerate(lines[:60]):
        if dropped[index]:
            continue
        if _is_byline(line):
            byline_start = byline_end = index
            while (
                byline_end + 1 < len(lines)
                and byline_end - byline_start < 3
                and _is_byline(lines[byline_end + 1])
            ):
                byline_end += 1
            break
        if is_prose(line) and _word_count(line) >= 30:
            break

    title_index = None
    name_author = None
    if byline_start is not None:
        search_from = byline_start - 1
        # "Pjotr Sauer and Shaun Walker in Istanbul" above a bare date line is the author line.
        if (
            search_from > 0
            and not _BY.match(lines[byline_start])
            and _is_name_line(lines[search_from])
            and any(is_headline(line) for line in lines[max(0, search_from - 2) : search_from])
        ):
            name_author = re.sub(r"\s+in\s+[A-Z][\w .'-]*$", "", lines[search_from])
            search_from -= 1
        for index in range(search_from, -1, -1):
            line = lines[index]
            if dropped[index] or rules.matches(rules.drop, line) or is_appeal(line, rules):
                continue
            if is_headline(line):
                title_index = index
                # Headline then standfirst without a final period: the upper line is the title.
                above = index - 1
                if above >= 0 and not dropped[above] and is_headline(lines[above]):
                    title_index = above
                break
        body_start = byline_end + 1
    else:
        for index, line in enumerate(lines[:25]):
            if dropped[index] or rules.matches(rules.drop, line) or is_appeal(line, rules):
                continue
            if is_headline(line):
                title_index = index
                break
        body_start = title_index + 1 if title_index is not None else 0

    chrome: list[str] = list(lines[:body_start])
    body, after = filter_body(lines[body_start:], rules, dropped[body_start:])
    chrome += after
    if not body:
        raise IngestError("no article text left after removing boilerplate")

    byline = lines[byline_start : byline_end + 1] if byline_start is not None else []
    result = Extracted(text="\n\n".join(body))
    result.title = lines[title_index] if title_index is not None else None
    result.author = next((a for a in map(_author_from, byline) if a), None) or name_author

    for line in byline or chrome[:40]:
        found = find_date(line)
        if found is not None and (byline or _is_date_line(line)):
            result.published, result.published_has_time = found.value, found.has_time
            break
    if result.published is None:
        result.warnings.append(NO_DATE_WARNING)

    if result.author and result.author.replace(" and ", " AND ").isupper():
        result.author = result.author.title().replace(" And ", " and ")
    result.outlet = (
        outlet_from_text(byline, rules)
        or _outlet_from_dateline(body[0], rules)
        or outlet_from_url(url, rules)
        or _outlet_from_copyright(chrome)
        or outlet_from_text(chrome, rules)
    )
    result.url = url
    return result
