"""HTML pages through trafilatura: body paragraphs, metadata, chrome and failures."""

# ruff: noqa: DTZ001 — published datetimes are naive wall-clock values by design

import datetime as dt
from pathlib import Path

import pytest

from tracker.ingest import IngestError
from tracker.ingest.html import extract_html

DATA = Path(__file__).resolve().parents[1] / "data"


def test_page_with_site_chrome() -> None:
    result = extract_html((DATA / "2025-05-19-trump-putin-call.html").read_text(encoding="utf-8"))
    assert result.title == (
        "Trump says Russia and Ukraine will start ceasefire talks after two-hour call with Putin"
    )
    assert result.outlet == "Harbour Wire"
    assert result.author == "Mara Lind"
    assert result.url == "https://harbourwire.example/world/2025/05/19/trump-putin-call"
    assert result.published == dt.datetime(2025, 5, 19, 21, 35)
    assert result.published_has_time is True
    paragraphs = result.text.split("\n\n")
    assert paragraphs[0].startswith("WASHINGTON (Harbour Wire) — U.S. President Donald Trump")
    assert paragraphs[-1].startswith("The call came three days after")
    assert len(paragraphs) == 7
    for chrome in (
        "cookies",
        "Accept all",
        "Newsletters",
        "More from World",
        "Privacy",
        "Subscribe",
        "Sign up",
        "Share on",
        "European Union adopts",
        "Harbour Wire Photo",
    ):
        assert chrome not in result.text


def test_published_from_json_ld() -> None:
    result = extract_html((DATA / "2025-08-08-armenia-azerbaijan.html").read_text(encoding="utf-8"))
    assert result.published == dt.datetime(2025, 8, 8, 19, 20)
    assert result.outlet == "Caucasus Ledger"
    assert "Most read" not in result.text
    assert "Gas exports" not in result.text


def test_date_only_metadata_has_no_time() -> None:
    html = """<html><head><title>Leaders meet in Washington for talks</title>
    <meta name="date" content="2025-08-18"></head><body><article><h1>Leaders meet</h1>
    <p>WASHINGTON — The leaders met at the White House on Monday to discuss the war and the
    security guarantees that Europe could give to Ukraine after a ceasefire.</p></article></body></html>"""
    result = extract_html(html)
    assert result.published == dt.datetime(2025, 8, 18)
    assert result.published_has_time is False


def test_page_without_date_warns() -> None:
    html = """<html><head><title>Undated notes on the talks</title></head><body><article>
    <p>The delegations met again and agreed to continue their work on a framework for peace.</p>
    <p>Further meetings are expected, officials said after the session had ended.</p>
    </article></body></html>"""
    result = extract_html(html)
    assert result.published is None
    assert result.warnings == ["no publication date found"]


@pytest.mark.parametrize(
    "html",
    [
        "   ",
        "<html><body></body></html>",
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
        "<<<>>><div><div><span",
    ],
)
def test_pages_without_text_fail(html: str) -> None:
    with pytest.raises(IngestError):
        extract_html(html)


@pytest.mark.parametrize("depth", [300, 5000, 20000])
def test_deep_nesting_gives_a_clean_failure(depth: int) -> None:
    # libxml2 stops at 255 levels, so the text below is lost: a clear error, no RecursionError.
    html = "<div>" * depth + "<p>" + "Talks resumed in Geneva on Sunday. " * 20 + "</p>"
    with pytest.raises(IngestError, match="no article text"):
        extract_html(html)


def test_moderate_nesting_still_extracts() -> None:
    html = "<div>" * 200 + "<p>" + "Talks resumed in Geneva on Sunday. " * 20 + "</p>"
    assert "Talks resumed" in extract_html(html).text
