"""Print the time per article of the ingest readers (plain-text cleaner, HTML path).

Run: python bench/ingest_speed.py  (from the repository root)
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"


def per_call(func: Callable[[], object], seconds: float = 2.0) -> float:
    """Mean seconds per call of ``func`` over about ``seconds`` of repeated calls."""
    func()  # warm up (lazy imports, caches)
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        func()
        count += 1
    return (time.perf_counter() - start) / count


def five_kb_copied_page() -> str:
    page = (DATA / "2025-05-16-istanbul-talks.txt").read_text(encoding="utf-8")
    head, _, tail = page.partition("ISTANBUL —")
    body = "ISTANBUL —" + tail.split("Get our daily briefing")[0]
    rest = "Get our daily briefing" + tail.split("Get our daily briefing")[1]
    while len(body) < 4300:
        body += "\n\nAnother paragraph of the report adds detail about the talks, the delegations and what comes next, officials said."
    return head + body + "\n\n" + rest


def hundred_kb_page() -> str:
    page = (DATA / "2025-05-19-trump-putin-call.html").read_text(encoding="utf-8")
    chrome = "".join(
        f'<li><a href="/section/{i}">Related story number {i} about the region and its politics</a></li>'
        for i in range(400)
    )
    extra_body = "".join(
        f"<p>Paragraph {i} of the article continues the report on the negotiations, quoting officials "
        "from both delegations and describing what was agreed and what was left open.</p>"
        for i in range(120)
    )
    page = page.replace("</div>\n      <div class=\"share-tools\">", extra_body + "</div>\n      <div class=\"share-tools\">")
    return page.replace("<footer", f"<aside><ul>{chrome}</ul></aside><footer" * 1)


def main() -> None:
    import trafilatura

    from tracker.ingest import read_bytes
    from tracker.ingest.plaintext import clean_text

    text = five_kb_copied_page()
    html = hundred_kb_page()
    print(f"copied page: {len(text.encode()) / 1024:.1f} KB; HTML page: {len(html.encode()) / 1024:.1f} KB")
    print(f"plain-text cleaner       {per_call(lambda: clean_text(text)) * 1000:7.2f} ms/article")
    print(f"read_bytes(.txt)         {per_call(lambda: list(read_bytes(text.encode(), 'a.txt'))) * 1000:7.2f} ms/article")
    print(f"trafilatura.extract      {per_call(lambda: trafilatura.extract(html)) * 1000:7.2f} ms/article")
    print(
        "trafilatura.extract+meta "
        f"{per_call(lambda: trafilatura.extract(html, with_metadata=True, output_format='json')) * 1000:7.2f} ms/article"
    )
    print(f"read_bytes(.html)        {per_call(lambda: list(read_bytes(html.encode(), 'a.html'))) * 1000:7.2f} ms/article")


if __name__ == "__main__":
    main()
