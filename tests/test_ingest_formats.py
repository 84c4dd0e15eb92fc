"""Reading files: format detection, decoding, and every kind of bad input as a clear failure."""

# ruff: noqa: DTZ001 — published datetimes are naive wall-clock values by design

import datetime as dt
from pathlib import Path

import pytest

from tracker.ingest import (
    ArticleDraft,
    Overrides,
    ReadFailure,
    apply_overrides,
    content_hash,
    iter_paths,
    read_bytes,
    read_file,
    read_paths,
)
from tracker.ingest.formats import decode, detect_format

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
HTML_PAGE = """<!DOCTYPE html><html><head><title>Talks end in Istanbul</title>
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2025-05-16T18:04:00+03:00"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Talks end in Istanbul</h1>
<p>ISTANBUL — Russian and Ukrainian delegations met in Istanbul on Friday for their first direct
talks in three years and agreed on a large exchange of prisoners of war.</p>
<p>The talks lasted less than two hours, a Turkish official said, and ended without a ceasefire.</p>
</article><footer>© 2025 Example Wire</footer></body></html>"""
CYRILLIC = "Делегации России и Украины встретились в Стамбуле в пятницу."


def only(items: list[ArticleDraft | ReadFailure]) -> ArticleDraft | ReadFailure:
    assert len(items) == 1
    return items[0]


def draft(items: list[ArticleDraft | ReadFailure]) -> ArticleDraft:
    item = only(items)
    assert isinstance(item, ArticleDraft), item
    return item


def failure(items: list[ArticleDraft | ReadFailure]) -> ReadFailure:
    item = only(items)
    assert isinstance(item, ReadFailure), item
    return item


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("a.txt", HTML_PAGE, "html"),  # the extension lies
        ("a.html", HTML_PAGE, "html"),
        ("a.htm", "Plain copied text.\nNo tags at all.", "text"),
        ("feed", '{"title": "x", "text": "y"}\n{"title": "z", "text": "w"}\n', "json"),
        ("a.txt", '{"title": "x", "text": "y"}\n', "json"),
        ("a.md", "# Title\n\nBody <b>bold</b> text.", "markdown"),
        ("notes", "---\ntitle: x\n---\nBody.", "markdown"),
        ("a.txt", "---\ntitle: x\n---\nBody.", "markdown"),
        ("a.txt", "Title\n\n# not a heading in a copied page\nBody.", "text"),
        ("page", "Just copied text.\nBy Someone May 1, 2025", "text"),
        ("a.markdown", "Text", "markdown"),
        ("a.ndjson", "{}", "json"),
    ],
)
def test_detect_format(name: str, text: str, expected: str) -> None:
    assert detect_format(name, text) == expected


def test_html_inside_txt_goes_through_html_reader(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(HTML_PAGE, encoding="utf-8")
    result = draft(list(read_file(path)))
    assert result.source_format == "html"
    assert result.title == "Talks end in Istanbul"
    assert result.outlet == "Example Wire"
    assert result.published == dt.datetime(2025, 5, 16, 18, 4)


def test_jsonl_without_extension_is_read_as_feed(tmp_path: Path) -> None:
    path = tmp_path / "feed"
    path.write_bytes((FIXTURES / "feed-broken.jsonl").read_bytes())
    items = list(read_file(path))
    assert [type(i).__name__ for i in items] == [
        "ArticleDraft",
        "ReadFailure",
        "ReadFailure",
        "ArticleDraft",
    ]
    assert items[0].source_name == f"{path}:1"


def test_utf8_bom_is_removed() -> None:
    assert decode("Hello".encode("utf-8-sig")) == ("Hello", "utf-8")


@pytest.mark.parametrize(
    "text",
    [
        CYRILLIC,
        "Переговоры завершились.",  # very short
        "Делегації обмінялися меморандумами у Стамбулі.",  # Ukrainian letters і, ї, є
        "ИСТАНБУЛ — Переговоры в Стамбуле закончились менее чем через два часа.",
    ],
)
def test_cp1251_is_detected(text: str) -> None:
    assert decode(text.encode("cp1251")) == (text, "cp1251")


@pytest.mark.parametrize(
    "text",
    [
        "café résumé naïve",
        "Der Außenminister sagte, die Gespräche würden in Genf fortgesetzt.",
        "Les négociations à Genève ont repris dimanche — «un pas en avant».",
    ],
)
def test_western_single_byte_text_is_detected(text: str) -> None:
    decoded, encoding = decode(text.encode("cp1252"))
    assert decoded == text
    assert encoding == "cp1252"


def test_latin1_file_reads_with_an_encoding_warning(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    body = "Les délégations se sont réunies à Genève dimanche, a déclaré le ministère."
    path.write_bytes(
        f"Négociations à Genève sur le plan de paix américain\n16 May 2025\n{body}".encode(
            "latin-1"
        )
    )
    result = draft(list(read_file(path)))
    assert result.text == body
    assert "decoded as cp1252" in result.warnings


def test_cp1251_file_reads_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    text = f"Переговоры в Стамбуле завершились обменом пленными\n16 мая 2025\n{CYRILLIC}"
    path.write_bytes(text.encode("cp1251"))
    result = draft(list(read_file(path)))
    assert result.title == "Переговоры в Стамбуле завершились обменом пленными"
    assert result.text == CYRILLIC
    assert result.published == dt.datetime(2025, 5, 16)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"some text\x00\x01\x02 with NUL bytes \xff\xfe\x00", "NUL bytes"),
    ],
)
def test_binary_files_fail_clearly(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    result = failure(list(read_file(path)))
    assert result.source_name == str(path)
    assert "not a text file" in result.reason
    assert reason in result.reason


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n"])
def test_empty_file_fails(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert failure(list(read_file(path))).reason == "empty file"


def test_oversized_file_fails(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("A sentence about talks.\n" * 100, encoding="utf-8")
    result = failure(list(read_file(path, max_bytes=1000)))
    assert "over the 1000 bytes limit" in result.reason


def test_oversized_jsonl_line_fails_but_other_lines_read(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    small = '{"title": "Short", "published": "2025-05-16", "text": "Talks were held."}'
    large = '{"title": "Long", "text": "' + "x" * 2000 + '"}'
    path.write_text(f"{small}\n{large}\n{small}\n", encoding="utf-8")
    items = list(read_file(path, max_bytes=500))
    assert [type(i).__name__ for i in items] == ["ArticleDraft", "ReadFailure", "ArticleDraft"]
    assert items[1].source_name == f"{path}:2"
    assert "limit" in items[1].reason


def test_undecodable_text_fails_clearly() -> None:
    # Bytes valid in no encoding charset-normalizer trusts, without NULs or magic numbers.
    data = bytes(range(0x80, 0x100)) * 40
    result = failure(list(read_bytes(data, "weird.txt")))
    assert result.reason.startswith("cannot decode the text")


def test_deeply_nested_html_gives_a_clean_result_or_failure() -> None:
    html = "<html><body>" + "<div>" * 5000 + "<p>" + "Words about talks. " * 50 + "</p>"
    html += "</div>" * 5000 + "</body></html>"
    item = only(list(read_bytes(html.encode(), "nested.html")))
    if isinstance(item, ReadFailure):
        assert item.reason
    else:
        assert item.text


def test_deeply_nested_json_fails_cleanly() -> None:
    data = b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    item = only(list(read_bytes(data, "deep.json")))
    assert isinstance(item, ReadFailure)
    assert item.reason == "line 1: JSON nested too deeply"


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    items = list(iter_paths([tmp_path / "missing.txt", tmp_path / "empty"]))
    assert items == [
        ReadFailure(str(tmp_path / "missing.txt"), "no such file or folder"),
        ReadFailure(str(tmp_path / "empty"), "no files with a supported extension in this folder"),
    ]


def test_folders_expand_recursively_sorted_and_filtered(tmp_path: Path) -> None:
    for name in ("b/2.html", "a/1.txt", "a/deeper/3.html", "c.pdf", ".hidden/4.txt", "a/.x.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert list(iter_paths([tmp_path])) == [
        tmp_path / "a/1.txt",
        tmp_path / "a/deeper/3.html",
        tmp_path / "b/2.html",
    ]
    assert list(iter_paths([tmp_path], glob="*.html")) == [
        tmp_path / "a/deeper/3.html",
        tmp_path / "b/2.html",
    ]
    assert isinstance(next(iter_paths([tmp_path], glob="*.md")), ReadFailure)


def test_read_paths_is_lazy(tmp_path: Path) -> None:
    for number in range(3):
        (tmp_path / f"{number}.md").write_text(f"# Title {number}\n\nBody {number}.\n")
    stream = read_paths([tmp_path])
    first = next(stream)
    assert isinstance(first, ArticleDraft)
    assert first.title == "Title 0"
    assert len(list(stream)) == 2


def test_read_bytes_keeps_raw_and_source() -> None:
    data = b"Headline of a short test article here\nMay 16, 2025\nThe talks ended."
    result = draft(list(read_bytes(data, "<stdin>")))
    assert result.raw == data
    assert result.source_name == "<stdin>"
    assert result.source_format == "text"


def test_overrides_replace_fields_and_clear_the_date_warning() -> None:
    result = draft(
        list(read_bytes(b"Headline of a short test article\nThe talks ended.", "<stdin>"))
    )
    assert result.warnings == ["no publication date found"]
    changed = apply_overrides(
        result,
        Overrides(url="https://apnews.com/article/x", published=dt.datetime(2025, 5, 16)),
    )
    assert changed.published == dt.datetime(2025, 5, 16)
    assert changed.published_has_time is False
    assert changed.outlet == "Associated Press"
    assert changed.warnings == []
    assert result.url is None  # the original is untouched


def test_content_hash_ignores_case_and_whitespace() -> None:
    assert content_hash("The talks  ended.\n\nFine") == content_hash("the talks ended. fine")
    assert content_hash("a") != content_hash("b")


def test_utf8_with_a_few_bad_bytes_stays_utf8() -> None:
    text = "Делегації України та Росії провели переговори в Стамбулі — Kyiv’s “first” talks. " * 4
    data = text.encode("utf-8")
    cut = data.index(b" ") + 1  # between two characters
    data = data[:cut] + b"\xff" + data[cut:]
    decoded, encoding = decode(data)
    assert encoding == "utf-8 (1 invalid byte replaced)"
    assert decoded.replace("\ufffd", "") == text


def test_latin1_is_not_mistaken_for_damaged_utf8() -> None:
    text = "Les négociations à Genève ont repris, a déclaré le ministère. " * 4
    assert decode(text.encode("latin-1"))[1] != "utf-8"
