"""Markdown notes: front matter metadata and markup stripped."""

# ruff: noqa: DTZ001 — published datetimes are naive wall-clock values by design

import datetime as dt
from pathlib import Path

import pytest

from tracker.ingest import IngestError
from tracker.ingest.markdown import extract_markdown, parse_front_matter, strip_inline

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def test_front_matter_and_markup() -> None:
    result = extract_markdown((FIXTURES / "notes.md").read_text(encoding="utf-8"))
    assert result.title == "Notes: Geneva talks"
    assert result.url == "https://example.org/notes/geneva"
    assert result.outlet == "Analyst notes"
    assert result.author == "A. Analyst"
    assert result.published == dt.datetime(2025, 11, 23)
    assert result.published_has_time is False
    assert result.text.split("\n\n") == [
        "A heading that is not the title",
        "Delegations from the United States and Ukraine met in Geneva on Sunday.",
        "They drafted a revised framework.\nThey agreed to keep talking.",
    ]


def test_first_heading_is_the_title_without_front_matter() -> None:
    result = extract_markdown(
        "# Talks in Geneva\n\n*Published May 16, 2025*\n\nThe delegations met.\n"
    )
    assert result.title == "Talks in Geneva"
    assert result.published == dt.datetime(2025, 5, 16)
    assert "Talks in Geneva" not in result.text


def test_no_date_warns() -> None:
    result = extract_markdown("# Title\n\nBody text.")
    assert result.published is None
    assert result.warnings == ["no publication date found"]


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("**bold** and __strong__", "bold and strong"),
        ("*em* and _em_ but snake_case_name stays", "em and em but snake_case_name stays"),
        ("[link text](https://x.org/a_(b)) here", "link text here"),
        ("![image](a.png)before", "before"),
        ("`code` and <https://x.org>", "code and https://x.org"),
        ("an <span>inline</span> tag", "an inline tag"),
    ],
)
def test_strip_inline(markdown: str, plain: str) -> None:
    assert strip_inline(markdown) == plain


def test_front_matter_values_are_unquoted() -> None:
    meta, rest = parse_front_matter('---\ntitle: "Quoted: title"\nauthor: [A, "B"]\n---\nBody')
    assert meta == {"title": "Quoted: title", "author": "A, B"}
    assert rest == "Body"


def test_markdown_without_text_fails() -> None:
    with pytest.raises(IngestError):
        extract_markdown("---\ntitle: Only metadata\n---\n\n![img](x.png)\n")
