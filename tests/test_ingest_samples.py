"""Every sample article in data/ reads cleanly: a title, a date, a body, no failures."""

from pathlib import Path

import pytest

from tracker.ingest import ArticleDraft, read_paths

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLES = sorted(
    p
    for p in DATA.iterdir()
    if p.suffix in {".txt", ".html", ".md", ".jsonl"}
    and (p.name[0].isdigit() or p.name.startswith("feed"))
)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_sample_reads_without_failure(path: Path) -> None:
    items = list(read_paths([path]))
    assert items
    for item in items:
        assert isinstance(item, ArticleDraft), item
        assert item.title
        assert item.published is not None
        assert item.outlet
        assert item.warnings == []
        assert len(item.text) > 300
        assert "\n\n" in item.text


def test_the_folder_holds_ten_to_twelve_articles() -> None:
    drafts = list(read_paths([DATA]))
    assert all(isinstance(d, ArticleDraft) for d in drafts)
    assert 10 <= len(drafts) <= 16
    assert {d.source_format for d in drafts} == {"text", "html", "markdown", "json"}
