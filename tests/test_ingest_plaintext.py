"""The copied-page cleaner: metadata from the byline, boilerplate dropped, body kept."""

# ruff: noqa: DTZ001 — published datetimes are naive wall-clock values by design

import datetime as dt
from pathlib import Path

import pytest

from tracker.ingest import IngestError
from tracker.ingest.plaintext import NO_DATE_WARNING, clean_text, default_rules, is_caption

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed-article.txt"


def read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_copied_page_metadata() -> None:
    result = clean_text(read("copied-page.txt"))
    assert result.title == (
        "Ukraine and Russia agree on new prisoner exchange after talks in Istanbul, officials say"
    )
    assert result.author == "Iryna Koval and Peter Novak"
    assert result.outlet == "The Kyiv Independent"
    assert result.published == dt.datetime(2025, 6, 2, 20, 15)
    assert result.published_has_time is True
    assert result.warnings == []


def test_copied_page_keeps_body_and_editors_note() -> None:
    paragraphs = clean_text(read("copied-page.txt")).text.split("\n\n")
    assert paragraphs[0] == "Editor's note: This is a developing story and is being updated."
    assert paragraphs[1].startswith("Ukraine and Russia agreed to exchange all severely wounded")
    assert paragraphs[-1].startswith("The two sides also agreed to return the bodies")
    assert len(paragraphs) == 5


@pytest.mark.parametrize(
    "dropped",
    [
        "Getty Images",  # caption with photo credit
        "This audio is created with AI assistance",
        "Skip to content",
        "Edit post",
        "indicates required",
        "Subscribe",
        "paywall",  # appeal
        "keep our reporting free",
        "how far we can go",
        "memorandum shows",  # related-story teaser
        "News Feed",  # sidebar and everything after it
        "teaser headline from the live feed",
        "Editors' Picks",
        "15,000",
    ],
)
def test_copied_page_drops_boilerplate(dropped: str) -> None:
    assert dropped not in clean_text(read("copied-page.txt")).text


def test_wire_copy_byline_on_two_lines_and_dateline_outlet() -> None:
    result = clean_text(read("wire-copy.txt"))
    assert (
        result.title
        == "Russia and Ukraine end third round of talks with agreement on prisoner swap"
    )
    assert result.author == "Test Reporter and Second Writer"
    assert result.outlet == "Reuters"
    assert result.published == dt.datetime(2025, 7, 23, 21, 58)
    assert result.text.startswith("ISTANBUL, July 23 (Reuters) - Russia and Ukraine agreed")
    for dropped in ("REUTERS/", "Sign up here", "Editing by", "Trust Principles", "Suggested"):
        assert dropped not in result.text
    assert len(result.text.split("\n\n")) == 3


def test_staff_page_drops_recommended_block_and_reads_day_first_date() -> None:
    result = clean_text(read("staff-page.txt"))
    assert result.title == "Ukraine and Russia hold first direct talks since 2022 in Istanbul"
    assert result.author == "Al Jazeera Staff"
    assert result.outlet == "Al Jazeera"
    assert result.published == dt.datetime(2025, 5, 16)
    assert result.published_has_time is False
    assert "teaser" not in result.text
    assert len(result.text.split("\n\n")) == 3


def test_page_without_date_warns_and_never_invents_one() -> None:
    result = clean_text(read("no-date-page.txt"))
    assert result.published is None
    assert NO_DATE_WARNING in result.warnings
    assert result.title == "Ukraine and Russia trade proposals as talks resume in Istanbul"
    assert "Image caption" not in result.text
    assert "Related topics" not in result.text
    assert result.text.split("\n\n") == [
        "Negotiators from Ukraine and Russia exchanged written proposals at a meeting in Istanbul.",
        "The meeting lasted just over an hour, officials said.",
    ]


def test_outlet_from_url_when_text_names_none() -> None:
    text = "A headline about talks in Geneva today\nMay 2, 2025\nThe delegations met on Friday."
    assert clean_text(text, url="https://www.reuters.com/world/x").outlet == "Reuters"


def test_page_with_only_boilerplate_has_no_body() -> None:
    with pytest.raises(IngestError, match="no article text"):
        clean_text("Skip to content\nSubscribe\n* indicates required\nMORE NEWS\n")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Fidan speaks in Istanbul on Jan. 10, 2025. (Ozan KOSE / AFP via Getty Images)", True),
        ("Zelensky arrives in Kyiv. (Photo: Presidential Office)", True),
        ("Trump speaks to reporters. (AP Photo/Evan Vucci)", True),
        ("Delegates at the table in Istanbul, July 23, 2025. REUTERS/Murad Sezer", True),
        ("Russia and Ukraine agreed to swap prisoners of war (POWs).", False),
        ("The deal was signed in Washington (D.C.) on Friday.", False),
    ],
)
def test_caption_rule(line: str, expected: bool) -> None:
    assert is_caption(line, default_rules()) is expected


@pytest.mark.skipif(not SEED.exists(), reason="shared/seed-article.txt is not beside the repo")
def test_real_seed_page() -> None:
    result = clean_text(SEED.read_text(encoding="utf-8"))
    assert result.title == (
        "Ukraine, Russia agree to hold follow-up meeting after Istanbul peace talks, Turkish FM says"
    )
    assert result.author == "Tim Zadorozhnyy and The Kyiv Independent news desk"
    assert result.outlet == "The Kyiv Independent"
    assert result.published == dt.datetime(2025, 5, 16, 18, 4)
    paragraphs = result.text.split("\n\n")
    assert paragraphs[0].startswith("Editor's note:")
    assert paragraphs[1].startswith("Ukraine and Russia have agreed in principle")
    assert paragraphs[-1].startswith("Some of Russia’s demands include")
    assert len(paragraphs) == 13  # the editor's note and 12 body paragraphs
    for dropped in (
        "Getty Images",
        "audio is created",
        "paywall",
        "Moscow demands Kyiv withdraw from 4 regions, no ceasefire",
        "News Feed",
        "Cobra",
        "indicates required",
        "how far we can go",
        "stand behind us",
        "keeping it free",
    ):
        assert dropped not in result.text


def test_guardian_shape_author_line_above_date_and_standfirst() -> None:
    page = "\n".join(
        [
            "Skip to main contentSkip to navigation",
            "Ukraine",
            "Russia-Ukraine talks end after less than two hours in Istanbul",
            "Delegations agree prisoner swap but no ceasefire as Kremlin repeats demands",
            "Test Writer and Other Writer in Istanbul",
            "Fri 16 May 2025 14.05 BST",
            "Share",
            "Officials met in Istanbul on Friday for the first direct talks in three years.",
            "Photograph: Test Person/Reuters",
            "The talks, which were mediated by Turkey, ended without a ceasefire.",
            "Explore more on these topics",
            "Ukraine",
        ]
    )
    result = clean_text(page)
    assert result.title == "Russia-Ukraine talks end after less than two hours in Istanbul"
    assert result.author == "Test Writer and Other Writer"
    assert result.published == dt.datetime(2025, 5, 16, 14, 5)
    assert result.outlet is None  # a photo credit names an agency, not the publisher
    assert len(result.text.split("\n\n")) == 2


def test_time_first_date_line_and_donation_appeal() -> None:
    page = "\n".join(
        [
            "Meduza",
            "Menu",
            "Russia and Ukraine exchange memorandums at second Istanbul meeting",
            "12:45 am, June 3, 2025",
            "Source: Meduza",
            "The second round of direct talks took place in Istanbul on Monday.",
            "The Ukrainian delegation said it would review the document.",
            "Support Meduza — become a member today.",
            "Before you go: Meduza relies on readers like you. Your donation keeps us going.",
        ]
    )
    result = clean_text(page)
    assert result.title == "Russia and Ukraine exchange memorandums at second Istanbul meeting"
    assert result.published == dt.datetime(2025, 6, 3, 0, 45)
    assert result.outlet == "Meduza"
    assert result.text.split("\n\n") == [
        "The second round of direct talks took place in Istanbul on Monday.",
        "The Ukrainian delegation said it would review the document.",
    ]


def test_fast_pattern_matching_agrees_with_the_patterns() -> None:
    """Appeals and outlets are matched on lower-cased text behind plain ``in`` tests: the same
    answers as the case-insensitive patterns themselves."""
    from tracker.ingest.plaintext import _literal_prefixes, default_rules

    rules = default_rules()
    lines = [
        "Sign up for our newsletter",
        "SUPPORT OUR JOURNALISM TODAY",
        "Reader-Funded and proud",
        "Turn off your adblocker, please",
        "Donations keep us going",
        "The donator list was long.",
        "Talks in Istanbul ended (AP) without a deal.",
        "Reporting by the BBC and Reuters staff.",
        "bbcnews is not a word boundary",
        "Nothing to see here, officials said.",
        "Українська правда reported it first.",
    ]
    outlet_patterns = [p for outlet in rules.outlets for p in outlet.patterns]
    for line in lines:
        assert rules.any_appeal(line) == any(p.search(line) for p in rules.appeals), line
        assert rules.any_outlet(line) == any(p.search(line) for p in outlet_patterns), line
    assert _literal_prefixes(r"reader-funded|reader-supported") == [
        "reader-funded",
        "reader-supported",
    ]
    assert _literal_prefixes(r"turn off your ad ?blocker") == ["turn off your ad"]
    assert _literal_prefixes(r"\bdonat(e|ion)\b") == ["donat"]
    assert _literal_prefixes(r"\(ap\)") == ["(ap)"]
    assert _literal_prefixes(r"^menu$") == [""]
