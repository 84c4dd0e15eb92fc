"""Reading articles: files, folders, stdin and feeds in, ``ArticleDraft`` objects out.

No database and no printing here. Every reader is an iterator that yields an ``ArticleDraft`` or a
``ReadFailure`` (with the reason) per article, so a batch of thousands of files is read one file at
a time and one bad file never stops the batch.

``published`` is a naive datetime: the wall-clock date and time as the source printed it (a
time-zone suffix is ignored, not converted). When only a date was printed the time is midnight
and ``published_has_time`` is False. No date found: ``published`` is None and the draft carries
the warning "no publication date found"; the current time is never substituted.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tracker.ingest.base import Extracted, IngestError
from tracker.ingest.dates import parse_published
from tracker.ingest.formats import EXTENSIONS, binary_kind, decode, detect_format, sniff
from tracker.ingest.plaintext import NO_DATE_WARNING, outlet_from_url

__all__ = [
    "DEFAULT_MAX_BYTES",
    "NO_DATE_WARNING",
    "ArticleDraft",
    "IngestError",
    "Overrides",
    "ReadFailure",
    "apply_overrides",
    "content_hash",
    "iter_paths",
    "parse_published",
    "read_bytes",
    "read_file",
    "read_paths",
]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
STDIN_NAME = "<stdin>"
_STREAMED_SUFFIXES = (".jsonl", ".ndjson")


@dataclass
class ArticleDraft:
    """One article read from a source, ready to be stored."""

    text: str  # cleaned body text, paragraphs separated by "\n\n"
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: dt.datetime | None = None  # naive, as printed; see the module docstring
    published_has_time: bool = False
    source_name: str = ""  # file path, "<stdin>" or "feed.jsonl:12"
    source_format: str = ""  # text | html | markdown | json
    raw: bytes = b""  # the original bytes, kept so the article can be reprocessed later
    warnings: list[str] = field(default_factory=list)


@dataclass
class ReadFailure:
    """A source (or one line of a feed) that could not become an article, and why."""

    source_name: str
    reason: str


@dataclass
class Overrides:
    """Values given on the command line (``--url``, ``--published``...) that beat the source's."""

    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: dt.datetime | None = None
    published_has_time: bool | None = None  # None: true when ``published`` has a non-midnight time


def content_hash(text: str) -> str:
    """SHA-256 of the case-folded text with all whitespace runs collapsed to one space."""
    normalised = " ".join(text.casefold().split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def apply_overrides(draft: ArticleDraft, overrides: Overrides) -> ArticleDraft:
    """Return a copy of ``draft`` with every non-None override applied."""
    changes: dict[str, object] = {
        name: getattr(overrides, name)
        for name in ("url", "title", "outlet", "author")
        if getattr(overrides, name) is not None
    }
    warnings = list(draft.warnings)
    if overrides.published is not None:
        published = overrides.published
        has_time = overrides.published_has_time
        if has_time is None:
            has_time = published.time() != dt.time(0, 0)
        changes.update(published=published, published_has_time=has_time)
        warnings = [w for w in warnings if w != NO_DATE_WARNING]
    if overrides.url is not None and overrides.outlet is None and draft.outlet is None:
        changes["outlet"] = outlet_from_url(overrides.url)
    return dataclasses.replace(draft, warnings=warnings, **changes)


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def iter_paths(
    paths: Sequence[str | Path], glob: str | None = None
) -> Iterator[Path | ReadFailure]:
    """Expand the command-line paths: folders recursively (sorted), files as given.

    In a folder, ``glob`` (e.g. ``"*.html"``) selects file names; without it every file with a
    supported extension is taken. Hidden files and folders are skipped. ``"-"`` (stdin) is
    passed through. A missing path or a folder with no matching file yields a ReadFailure.
    """
    for given in paths:
        path = Path(given)
        if str(given) == "-":
            yield path
        elif path.is_dir():
            found = sorted(
                candidate
                for candidate in path.rglob(glob or "*")
                if candidate.is_file()
                and not _hidden(candidate, path)
                and (glob is not None or candidate.suffix.lower() in EXTENSIONS)
            )
            if not found:
                wanted = f"matching {glob!r}" if glob else "with a supported extension"
                yield ReadFailure(str(path), f"no files {wanted} in this folder")
            yield from found
        elif path.exists():
            yield path
        else:
            yield ReadFailure(str(path), "no such file or folder")


def read_paths(
    paths: Sequence[str | Path], glob: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[ArticleDraft | ReadFailure]:
    """``iter_paths`` then ``read_file`` on each: the whole ``tracker ingest`` input side."""
    for item in iter_paths(paths, glob):
        if isinstance(item, ReadFailure):
            yield item
        else:
            yield from read_file(item, max_bytes=max_bytes)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{size} bytes"


def read_file(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[ArticleDraft | ReadFailure]:
    """Read one file (``-`` is stdin); a feed yields one item per article."""
    path = Path(path)
    if str(path) == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            yield ReadFailure(STDIN_NAME, f"input is larger than the {_megabytes(max_bytes)} limit")
            return
        yield from read_bytes(data, STDIN_NAME)
        return
    name = str(path)
    try:
        if path.is_dir():
            yield ReadFailure(name, "is a folder (expand it with iter_paths)")
            return
        size = path.stat().st_size
        with path.open("rb") as handle:
            if path.suffix.lower() in _STREAMED_SUFFIXES:
                head = handle.read(8192)
                if head.strip() and binary_kind(head) is None and sniff(_lenient(head)) == "json":
                    handle.seek(0)
                    yield from _read_lines(handle, name, max_bytes)
                    return
                handle.seek(0)
            if size > max_bytes:
                yield ReadFailure(
                    name, f"file is {_megabytes(size)}, over the {_megabytes(max_bytes)} limit"
                )
                return
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        yield ReadFailure(name, f"cannot read: {exc.strerror or exc}")
        return
    if len(data) > max_bytes:
        yield ReadFailure(name, f"file is over the {_megabytes(max_bytes)} limit")
        return
    yield from read_bytes(data, name)


def _lenient(head: bytes) -> str:
    return head.decode("utf-8", errors="replace")


def _read_lines(
    lines: Iterable[bytes], name: str, max_bytes: int
) -> Iterator[ArticleDraft | ReadFailure]:
    """Stream a JSON Lines file: each line is limited to ``max_bytes``, not the whole file."""
    from tracker.ingest.jsonl import iter_records

    def bounded() -> Iterator[bytes]:
        for line in lines:
            yield b"{}" if len(line) > max_bytes else line  # reported below as a failure

    empty = True
    for number, raw, result in iter_records(bounded()):
        empty = False
        source = f"{name}:{number}"
        if raw == b"{}":
            result = f"line {number}: longer than the {_megabytes(max_bytes)} limit"
        yield _to_item(result, source, "json", raw)
    if empty:
        yield ReadFailure(name, "empty file")


def _to_item(
    result: Extracted | str, source: str, fmt: str, raw: bytes
) -> ArticleDraft | ReadFailure:
    if isinstance(result, str):
        return ReadFailure(source, result)
    return ArticleDraft(
        text=result.text,
        title=result.title,
        url=result.url,
        outlet=result.outlet,
        author=result.author,
        published=result.published,
        published_has_time=result.published_has_time,
        source_name=source,
        source_format=fmt,
        raw=raw,
        warnings=result.warnings,
    )


def read_bytes(
    data: bytes, source_name: str, fmt: str | None = None
) -> Iterator[ArticleDraft | ReadFailure]:
    """Read an in-memory document; ``fmt`` (text | html | markdown | json) skips detection.

    Without ``fmt`` the extension of ``source_name`` is a hint the content can overrule.
    """
    try:
        if not data.strip():
            raise IngestError("empty file")
        kind = binary_kind(data)
        if kind:
            raise IngestError(f"not a text file: this looks like {kind}")
        text, encoding = decode(data)
        if not text.strip():
            raise IngestError("empty file")
        fmt = fmt or detect_format(source_name if source_name != STDIN_NAME else None, text)
        if fmt == "json":
            from tracker.ingest.jsonl import iter_document

            for number, raw, result in iter_document(data):
                yield _to_item(result, f"{source_name}:{number}", "json", raw)
            return
        result = _extract(text, fmt)
    except IngestError as exc:
        yield ReadFailure(source_name, exc.message)
        return
    except RecursionError:
        yield ReadFailure(source_name, "the document is nested too deeply to read")
        return
    if encoding not in ("utf-8", "ascii"):
        result.warnings.append(f"decoded as {encoding}")
    yield _to_item(result, source_name, fmt, data)


def _extract(text: str, fmt: str) -> Extracted:
    if fmt == "html":
        from tracker.ingest.html import extract_html

        return extract_html(text)
    if fmt == "markdown":
        from tracker.ingest.markdown import extract_markdown

        return extract_markdown(text)
    if fmt == "text":
        from tracker.ingest.plaintext import clean_text

        return clean_text(text)
    raise IngestError(f"unknown format {fmt!r} (expected one of text, html, markdown, json)")
