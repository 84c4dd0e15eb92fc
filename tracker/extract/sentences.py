"""Regex sentence splitting and boilerplate detection (photo captions, link lists, newsletters)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# Abbreviations after which a full stop does not end a sentence (compared lower-case, no dot).
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "sgt",
        "st",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "no",
        "vs",
        "etc",
        "inc",
        "co",
        "corp",
        "jr",
        "sr",
        "prof",
        "rep",
        "sen",
        "gov",
        "pres",
        "maj",
        "capt",
        "adm",
        "approx",
        "mt",
        "ft",
        "d.c",
        "p.m",
        "a.m",
        "fig",
        "rev",
        "u.s.a",
        "est",
    ]
)
# ("[.!?…][.!?…]*" rather than "[.!?…]+": a leading character class lets the regex engine skip
# to the next punctuation mark instead of trying every position.)
_BOUNDARY = re.compile(r"[.!?…][.!?…]*[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")
_PARAGRAPH = re.compile(r"[^\n]+")

# Lines that announce the end of the article body in copied page text.
_SECTION_END = re.compile(
    r"^\s*(news feed|related|related articles|related stories|read more|more news|more stories|"
    r"editors'? picks|editor's picks|most read|most popular|recommended|you may also like|"
    r"latest news|top stories|trending|more from|sign up|subscribe|advertisement|comments?)\s*:?\s*$",
    re.IGNORECASE,
)
_CAPTION_CREDIT = re.compile(
    r"\((?:photo|photograph|image|picture)?[^()]{0,80}(?:getty|afp|reuters|ap photo|epa|anadolu|"
    r"pool|sputnik|tass|photo by|press service|handout|/ ?[A-Z][A-Za-z]+ ?/)[^()]{0,60}\)$",
    re.IGNORECASE,
)
_CAPTION_LABEL = re.compile(
    r"\[?(?:(?:photo|image) caption|photo|image|caption|file photo|pictured)\s*[:|]", re.IGNORECASE
)
_CLOSERS = "\"”’')]"
# Compared as plain substrings of the lower-cased text (much faster than one regex alternation).
BOILERPLATE = (
    "subscribe", "newsletter", "sign up", "cookie", "click here", "all rights reserved",
    "copyright", "©", "follow us", "share this", "support our", "support independent", "paywall",
    "email address", "audio is created", "developing story", "this story has been updated",
    "contributed reporting", "editing by", "reporting by", "writing by",
)  # fmt: skip


def _is_boilerplate(text: str) -> bool:
    lowered = text.lower()
    for k in BOILERPLATE:  # noqa: SIM110 (a loop: faster than any() over a generator)
        if k in lowered:
            return True
    return False


def _is_caption(stripped: str) -> bool:
    if stripped.endswith(")") and _CAPTION_CREDIT.search(stripped, max(0, len(stripped) - 200)):
        return True
    return bool(_CAPTION_LABEL.match(stripped))


def _resumes(stripped: str) -> bool:
    """A long sentence-like paragraph after a section-end marker: the body continues."""
    return (
        len(stripped) > 80
        and _terminal(stripped)
        and len(stripped.split()) >= 15
        and not _is_caption(stripped)
        and not _is_boilerplate(stripped)
    )


def _without_credit(stripped: str) -> str:
    """The paragraph without a wire credit closing it: "... had not been resolved. (Reporting by
    Jane Roe; Editing by John Doe)" is prose whose last sentence is the credit."""
    if not stripped.endswith(")"):
        return stripped
    opening = stripped.rfind("(")
    if opening <= 0 or not _is_boilerplate(stripped[opening:]):
        return stripped
    return stripped[:opening].rstrip()


def _terminal(stripped: str) -> bool:
    """Ends like a sentence: final punctuation, possibly inside quotes or brackets."""
    return stripped.rstrip(_CLOSERS).rstrip()[-1:] in {".", "!", "?", "…"}


@dataclass(slots=True, unsafe_hash=True)  # not frozen: built ~3x faster
class Sentence:
    """A sentence: offsets into the article text and whether it is prose worth reading."""

    start: int
    end: int
    text: str
    paragraph: int
    prose: bool


def _is_abbreviation(text: str, dot: int) -> bool:
    # The run of non-space characters ending at ``dot`` (what ``(\S+)$`` matches before it),
    # found by stepping back from the dot rather than searching forward from the start.
    start = dot
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    if start == dot:
        return False
    word = text[start:dot].lstrip("\"“‘'(").lower()
    if word in _ABBREVIATIONS:
        return True
    # Initials ("J. D. Vance") and single capitals.
    return len(word) == 1 and word.isalpha()


def split_sentences(
    text: str, boilerplate: Callable[[int, int], bool] | None = None
) -> list[Sentence]:
    """Split ``text`` into sentences; lines after a "Related"/"News Feed" marker are not prose.
    ``boilerplate(start, end)``: whether ``text[start:end]``, lower-cased, holds one of
    ``BOILERPLATE`` (if not given, each prose paragraph is searched)."""
    if boilerplate is None:

        def boilerplate(start: int, end: int) -> bool:
            return _is_boilerplate(text[start:end])

    sentences: list[Sentence] = []
    prose_paragraphs = 0
    cut = False
    for index, para in enumerate(_PARAGRAPH.finditer(text)):
        raw = para.group()
        stripped = raw.strip()
        if not stripped:
            continue
        if _SECTION_END.match(stripped) and prose_paragraphs >= 2:
            cut = True
        elif cut and _resumes(stripped):
            # An inline "Read more" box or advert: the article goes on with full paragraphs.
            cut = False
        para_prose = (
            not cut
            and (_terminal(stripped) or _terminal(_without_credit(stripped)))
            and len(stripped.split()) >= 5
            and not _is_caption(stripped)
        )
        if para_prose:
            prose_paragraphs += 1
        base = para.start()
        check = boilerplate if para_prose and boilerplate(base, para.end()) else None
        pos = 0
        for boundary in _BOUNDARY.finditer(raw):
            if raw[boundary.start()] == "." and _is_abbreviation(raw, boundary.start()):
                continue
            sentences.extend(_make(base, raw, pos, boundary.end(), index, para_prose, check))
            pos = boundary.end()
        sentences.extend(_make(base, raw, pos, len(raw), index, para_prose, check))
    return sentences


def _make(
    base: int,
    raw: str,
    start: int,
    end: int,
    paragraph: int,
    prose: bool,
    check: Callable[[int, int], bool] | None,
) -> list[Sentence]:
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    if start >= end:
        return []
    chunk = raw[start:end]
    is_prose = prose and not (check is not None and check(base + start, base + end))
    return [Sentence(base + start, base + end, chunk, paragraph, is_prose)]
