"""JSON and JSON Lines feeds: one article object per line (or a JSON array / single object).

Recognised keys: ``url`` (or ``link``), ``title``, ``published`` (or ``date``, ``published_at``,
``datePublished``), ``text`` (or ``body``, ``content``), ``html`` (run through the HTML reader; the
object's own keys win over the page's metadata), ``outlet`` (or ``source``, ``site``; a
``{"name": ...}`` object works), ``author`` (a string or a list of names).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from tracker.ingest.base import Extracted, IngestError
from tracker.ingest.dates import parse_published
from tracker.ingest.formats import decode, normalise_newlines
from tracker.ingest.plaintext import NO_DATE_WARNING, outlet_from_url

_KEYS = {
    "url": ("url", "link"),
    "title": ("title", "headline"),
    "published": ("published", "date", "published_at", "datePublished", "pubDate"),
    "text": ("text", "body", "content"),
    "html": ("html", "content_html"),
    "outlet": ("outlet", "source", "site", "sitename"),
    "author": ("author", "authors", "byline"),
}


def _get(obj: dict[str, Any], field: str) -> Any:
    for key in _KEYS[field]:
        value = obj.get(key)
        if value not in (None, "", []):
            return value
    return None


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    if isinstance(value, list):
        names = [_as_text(v) for v in value]
        value = ", ".join(n for n in names if n)
    text = str(value).strip() if value is not None else ""
    return text or None


def text_paragraphs(text: str) -> str:
    """Normalise a feed's text field: paragraphs by blank lines, else one per line."""
    text = normalise_newlines(text).strip()
    blocks = re.split(r"\n[ \t]*\n", text) if re.search(r"\n[ \t]*\n", text) else text.split("\n")
    paragraphs = [re.sub(r"\s+", " ", block).strip() for block in blocks]
    return "\n\n".join(p for p in paragraphs if p)


def record_to_extracted(obj: Any) -> Extracted:
    """Turn one decoded JSON value into extracted fields; raise IngestError with the reason."""
    if not isinstance(obj, dict):
        raise IngestError(f"expected a JSON object, got {type(obj).__name__}")
    url = _as_text(_get(obj, "url"))
    html, text = _get(obj, "html"), _get(obj, "text")
    if isinstance(text, str) and text.strip():
        result = Extracted(text=text_paragraphs(text))
    elif isinstance(html, str) and html.strip():
        from tracker.ingest.html import extract_html

        result = extract_html(html, url=url)
        result.warnings = [w for w in result.warnings if w != NO_DATE_WARNING]
    else:
        raise IngestError("no 'text' or 'html' field")
    if not result.text:
        raise IngestError("the 'text' field is empty")

    result.url = url or result.url
    result.title = _as_text(_get(obj, "title")) or result.title
    result.author = _as_text(_get(obj, "author")) or result.author
    result.outlet = _as_text(_get(obj, "outlet")) or result.outlet or outlet_from_url(result.url)
    published_value = _get(obj, "published")
    if published_value is not None:
        published, has_time = parse_published(str(published_value))
        if published is None:
            result.warnings.append(f"could not read the published date {published_value!r}")
        else:
            result.published, result.published_has_time = published, has_time
    if result.published is None:
        result.warnings.append(NO_DATE_WARNING)
    return result


def _load(data: bytes) -> Any:
    return json.loads(decode(data)[0])


def iter_records(lines: Iterable[bytes]) -> Iterator[tuple[int, bytes, Extracted | str]]:
    """Yield (line number, raw line, extracted fields or failure reason) for a JSON Lines stream."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            obj = _load(raw.strip())
        except IngestError as exc:
            yield number, raw, f"line {number}: {exc}"
            continue
        except RecursionError:
            yield number, raw, f"line {number}: JSON nested too deeply"
            continue
        except ValueError as exc:
            yield number, raw, f"line {number}: invalid JSON: {exc}"
            continue
        try:
            yield number, raw, record_to_extracted(obj)
        except IngestError as exc:
            yield number, raw, f"line {number}: {exc}"


def iter_document(data: bytes) -> Iterator[tuple[int, bytes, Extracted | str]]:
    """Read a ``.json`` file: a single object, an array of objects, or JSON Lines after all."""
    try:
        whole = _load(data)
    except (ValueError, RecursionError, IngestError):
        yield from iter_records(data.splitlines())
        return
    items = whole if isinstance(whole, list) else [whole]
    for number, item in enumerate(items, start=1):
        raw = json.dumps(item, ensure_ascii=False).encode()
        try:
            yield number, raw, record_to_extracted(item)
        except IngestError as exc:
            yield number, raw, f"item {number}: {exc}"
