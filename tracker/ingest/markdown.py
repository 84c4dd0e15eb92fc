"""Markdown notes: YAML-ish front matter for metadata, markup stripped to plain paragraphs."""

from __future__ import annotations

import re

from tracker.ingest.base import Extracted, IngestError
from tracker.ingest.dates import find_date, parse_published
from tracker.ingest.formats import normalise_newlines
from tracker.ingest.plaintext import NO_DATE_WARNING, outlet_from_url

_FRONT_MATTER = re.compile(r"^---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)", re.S)
_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_SETEXT = re.compile(r"^(=+|-+)[ \t]*$")
_RULE = re.compile(r"^(?:[-*_][ \t]*){3,}$")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
_FENCE = re.compile(r"^[ \t]*(```|~~~)")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_LINK = re.compile(
    r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)|\[([^\]]+)\]\[[^\]]*\]"
)
_REF_DEF = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:\s*\S+.*$")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_HTML_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^>]*>", re.S)
_EMPHASIS = (
    re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"),
    re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)"),
    re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w])"),
    re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"),
)
_CODE = re.compile(r"`+([^`]+)`+")

META_KEYS = ("title", "url", "published", "date", "outlet", "author", "source", "link")


def parse_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split ``---`` front matter off; return (lower-cased keys to unquoted values, rest)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    for line in match.group(1).split("\n"):
        kv = _KEY_VALUE.match(line.strip())
        if kv:
            value = kv.group(2).strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            elif value.startswith("[") and value.endswith("]"):  # author: [A, B]
                value = ", ".join(
                    v.strip().strip("\"'") for v in value[1:-1].split(",") if v.strip()
                )
            meta[kv.group(1).lower()] = value
    return meta, text[match.end() :]


def strip_inline(text: str) -> str:
    """Inline markup to plain text: images dropped, links to their text, emphasis and code unwrapped."""
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    text = _CODE.sub(r"\1", text)
    for pattern in _EMPHASIS:
        text = pattern.sub(lambda m: m.group(m.lastindex or 1), text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!>])", r"\1", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def extract_markdown(text: str, *, url: str | None = None) -> Extracted:
    """Read a Markdown article: front matter and first ``#`` heading give the metadata."""
    meta, body_text = parse_front_matter(normalise_newlines(text).lstrip("\ufeff"))
    title = meta.get("title") or None
    paragraphs: list[str] = []
    current: list[str] = []
    in_list = in_fence = False

    def flush() -> None:
        nonlocal in_list
        if current:
            joined = ("\n" if in_list else " ").join(current).strip()
            if joined:
                paragraphs.append(joined)
            current.clear()
        in_list = False

    raw_lines = body_text.split("\n")
    for index, raw in enumerate(raw_lines):
        if _FENCE.match(raw):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            current.append(raw.strip())
            continue
        line = raw.strip()
        next_line = raw_lines[index + 1].strip() if index + 1 < len(raw_lines) else ""
        if not line or _REF_DEF.match(line):
            flush()
            continue
        if _RULE.match(line) and not current:
            continue
        heading = _HEADING.match(line)
        setext = not heading and next_line and _SETEXT.match(next_line) and not current
        if heading or setext:
            flush()
            level = len(heading.group(1)) if heading else (1 if next_line[0] == "=" else 2)
            content = strip_inline(heading.group(2) if heading else line)
            if level == 1 and title is None:
                title = content
            elif content and content != title:
                paragraphs.append(content)
            continue
        if _SETEXT.match(line) and not current:
            continue  # the underline of a setext heading already read
        item = _LIST_ITEM.match(raw)
        if item:
            if not in_list:
                flush()
                in_list = True
            current.append(strip_inline(raw[item.end() :]))
            continue
        line = re.sub(r"^(?:>[ \t]?)+", "", line)
        if in_list and raw[:1] in " \t" and current:
            current[-1] = f"{current[-1]} {strip_inline(line)}"
            continue
        if in_list:
            flush()
        current.append(strip_inline(line))
    flush()

    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        raise IngestError("no article text in the Markdown document")
    result = Extracted(text="\n\n".join(paragraphs), title=title)
    result.url = meta.get("url") or meta.get("link") or url
    result.author = meta.get("author") or None
    result.outlet = meta.get("outlet") or meta.get("source") or outlet_from_url(result.url)
    published, has_time = parse_published(meta.get("published") or meta.get("date"))
    if published is None:
        # "*Published May 16, 2025*" under the heading
        for paragraph in paragraphs[:3]:
            found = find_date(paragraph)
            if found is not None and len(paragraph) < 120:
                published, has_time = found.value, found.has_time
                break
    result.published, result.published_has_time = published, has_time
    if published is None:
        result.warnings.append(NO_DATE_WARNING)
    return result
