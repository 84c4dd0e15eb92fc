"""Bytes to text and text to a format name: binary detection, decoding, format sniffing."""

from __future__ import annotations

import codecs
import json
import re
from pathlib import PurePath

from tracker.ingest.base import IngestError

FORMATS = ("text", "html", "markdown", "json")

EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
    ".jsonl": "json",
    ".ndjson": "json",
}

# Magic numbers of the binary files people drop into an article folder by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/EPUB)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an MS Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
    (b"ID3", "an MP3 file"),
    (b"OggS", "an Ogg file"),
    (b"%!PS", "a PostScript file"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"{\\rtf", "an RTF document"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_WORD = re.compile(r"[^\W\d_]+")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
# Typography a cp1252 page legitimately uses outside letters.
_CP1252_PUNCT = set("’‘“”„–—…•€«»°±§©®™·×½¼¾¿¡£¥¢ \u00a0")


def binary_kind(data: bytes) -> str | None:
    """Name the kind of binary file ``data`` is (by magic bytes or NUL bytes), or None for text."""
    head = data[:8192]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[4:8] == b"ftyp":
        return "a video or image container (MP4/HEIC)"
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "a RIFF media file"
    has_bom = any(head.startswith(bom) for bom, _ in _BOMS)
    if b"\x00" in head and not has_bom and _utf16_without_bom(head) is None:
        return "a binary file (it contains NUL bytes)"
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """Guess UTF-16 without a BOM: ASCII text leaves every other byte NUL."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _looks_cyrillic(text: str) -> bool:
    """True when non-ASCII letters form Cyrillic words (cp1251 decoded right), not Latin words
    with one odd letter each (a cp1252 page misread as cp1251: "cafй")."""
    words = [w for w in _WORD.findall(text) if _CYRILLIC.search(w)]
    if not words:
        return False
    mixed = sum(1 for w in words if _LATIN_LETTER.search(w))
    if mixed > 0.1 * len(words):
        return False
    letters = "".join(words)
    # Cyrillic prose is mostly lower case; KOI8-R or MacCyrillic bytes read as cp1251 are not.
    lower = sum(1 for ch in letters if ch.islower())
    return lower >= 0.5 * len(letters)


def _looks_western(text: str) -> bool:
    """True when every non-ASCII character of a cp1252 decoding is a Latin letter inside a word
    or common typography."""
    for index, ch in enumerate(text):
        if ord(ch) < 128 or ch in _CP1252_PUNCT:
            continue
        if not ("\u00c0" <= ch <= "\u024f" and ch.isalpha()):
            return False
        neighbours = text[max(0, index - 1) : index] + text[index + 1 : index + 2]
        if neighbours and not any(n.isalpha() or n in " -'" for n in neighbours):
            return False
    return True


def _damaged_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 text with a few broken bytes (a truncated copy, one stray Latin-1 character): keep
    it as UTF-8 with U+FFFD in their place, rather than misreading every other character as
    some legacy code page. Text in a legacy encoding has almost no valid multi-byte sequences."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ch > "\x7f") - bad
    if good >= 10 * bad:
        return text, f"utf-8 ({bad} invalid byte{'s' if bad != 1 else ''} replaced)"
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to text; return (text, encoding).

    UTF-8 (and BOM-marked UTF-16/32) first, also with a few damaged bytes; then cp1251 when the result reads as Cyrillic words,
    cp1252 when it reads as Western European words, then charset-normalizer's best guess.
    Raises IngestError when nothing fits.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise IngestError(
                    f"invalid {encoding} text after a byte-order mark: {exc}"
                ) from None
    guess16 = _utf16_without_bom(data[:8192]) if b"\x00" in data[:8192] else None
    if guess16:
        try:
            return data.decode(guess16), guess16
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged:
        return damaged
    try:
        text = data.decode("cp1251")
        if _looks_cyrillic(text):
            return text, "cp1251"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        if _looks_western(text):
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise IngestError("cannot decode the text: not UTF-8 and no known encoding fits")
    return str(best), best.encoding


def normalise_newlines(text: str) -> str:
    """Unify line ends and drop characters that only confuse line-based cleaning."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for ch in ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"):
        text = text.replace(ch, "")
    return text.replace("\u00a0", " ").replace("\u2028", "\n").replace("\u2029", "\n\n")


_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)
_HTML_TAG = re.compile(
    r"<(?:head|body|article|div|p|meta|title|span|section|main|header|nav|a\s+href|br)\b[^>]*>",
    re.I,
)
_FRONT_MATTER = re.compile(r"^\ufeff?---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)", re.S)
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.M)
_MD_LINK = re.compile(r"!?\[[^\]\n]+\]\([^)\s]+\)")


def _looks_like_json(text: str) -> bool:
    stripped = text.lstrip()
    if not stripped or stripped[0] not in "{[":
        return False
    first_line = stripped.split("\n", 1)[0].strip()
    for candidate in (first_line, stripped):
        try:
            value = json.loads(candidate)
        except RecursionError:
            return True  # JSON nested too deeply: the JSON reader reports it
        except ValueError:
            continue
        return isinstance(value, dict | list)
    return False


def sniff(text: str) -> str | None:
    """Guess the format from the content alone, or None when nothing stands out (plain text)."""
    head = text[:4096]
    if _HTML_START.match(head):
        return "html"
    if _looks_like_json(text):
        return "json"
    if len(_HTML_TAG.findall(head)) >= 3 and head.lstrip().startswith("<"):
        return "html"
    if _FRONT_MATTER.match(text) or _MD_HEADING.search(head) or len(_MD_LINK.findall(head)) >= 2:
        return "markdown"
    return None


def format_from_name(name: str | PurePath) -> str | None:
    """The format an extension promises, or None for an unknown or missing extension."""
    return EXTENSIONS.get(PurePath(name).suffix.lower())


def detect_format(name: str | PurePath | None, text: str) -> str:
    """Pick the format: the content wins when it clearly contradicts the extension.

    HTML and JSON are recognised in any file; Markdown only overrides ``.txt`` with front matter
    (a plain copied page may contain a stray ``#`` line) and never turns HTML or JSON into text.
    """
    claimed = format_from_name(name) if name else None
    sniffed = sniff(text)
    if claimed is None:
        return sniffed or "text"
    if claimed == "html" and "<" not in text[:4096]:
        return sniffed or "text"  # a page saved as .html that holds copied text
    if sniffed in ("html", "json") and sniffed != claimed:
        if claimed == "markdown" and sniffed == "html" and not _HTML_START.match(text[:4096]):
            return claimed  # Markdown may embed HTML blocks
        return sniffed
    if claimed == "text" and sniffed == "markdown" and _FRONT_MATTER.match(text):
        return "markdown"
    return claimed
