"""Ingestion throughput and memory of `tracker ingest --no-extract`, next to baselines.

Generates synthetic articles in a temporary folder: 80 % copied-page text files (~5 KB: byline
with date, photo credit, newsletter box, teasers) and 20 % HTML pages (~100 KB: nav, scripts,
styles, related links, footer). Every article gets different words, so content hashes differ.
Then it times, each in a subprocess with its own TRACKER_DB:

- `tracker ingest text/ --no-extract` and `tracker ingest html/ --no-extract` (articles/s);
- baselines in this process: `trafilatura.extract` alone on the same HTML pages (pages/s), and a raw
  loop of read + sha256 + one SQLite insert and commit per article (articles/s);
- peak RSS of the ingest subprocess for 2,000 articles and for the full count (should be flat);
  on two cores or more `tracker ingest` reads in a worker process, and the figure is the larger of
  the two processes (``ru_maxrss`` of the subprocess includes its reaped children).

`TRACKER_INGEST_WORKERS=0 python bench/ingest_speed.py` measures the in-process (serial) path.

Run: python bench/ingest_speed.py [COUNT]  (from the repository root; COUNT defaults to 10000)
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HTML_SHARE = 0.2
TEXT_TARGET = 300.0  # text articles/s
HTML_TARGET = 0.8  # fraction of trafilatura-alone pages/s
MEMORY_SMALL = 2000

WORDS = [
    "delegation",
    "talks",
    "ceasefire",
    "negotiators",
    "ministry",
    "agreement",
    "proposal",
    "memorandum",
    "prisoners",
    "exchange",
    "envoy",
    "summit",
    "capital",
    "officials",
    "spokesman",
    "statement",
    "border",
    "region",
    "security",
    "guarantees",
    "sanctions",
    "energy",
    "truce",
    "round",
    "mediator",
    "palace",
    "framework",
    "withdrawal",
    "frontline",
    "humanitarian",
    "corridor",
    "observers",
    "monitoring",
    "draft",
    "clause",
    "signature",
    "parliament",
    "president",
    "foreign",
    "minister",
    "adviser",
    "working",
    "group",
    "technical",
    "level",
    "bilateral",
    "trilateral",
    "meeting",
    "morning",
    "evening",
    "weekend",
    "briefing",
    "reporters",
    "conference",
    "sources",
    "anonymity",
    "progress",
    "disagreement",
    "compromise",
    "territory",
    "referendum",
    "reconstruction",
    "investment",
    "grain",
    "port",
    "shipping",
]
NAMES = [
    "Anna Berg",
    "Pavel Horak",
    "Lina Ortiz",
    "Omar Haddad",
    "Jonas Weber",
    "Mira Koval",
    "Tomas Lind",
    "Sara Novak",
    "Ivan Petrenko",
    "Elif Kaya",
    "Noor Rahman",
    "Dana Cole",
]
PLACES = [
    "Istanbul",
    "Geneva",
    "Riyadh",
    "Abu Dhabi",
    "Doha",
    "Vienna",
    "Helsinki",
    "Oslo",
    "Ankara",
    "Baku",
]
MONTHS = "January February March April May June July August September October November December"
OUTLETS = ("Harbour Wire", "The Accord Report", "Black Sea Monitor", "Caucasus Ledger")


def sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(12, 24))
    place = rng.choice(PLACES)
    return f"{place} {' '.join(words)}.".capitalize()


def paragraphs(rng: random.Random, size: int) -> list[str]:
    out: list[str] = []
    total = 0
    while total < size:
        para = " ".join(sentence(rng) for _ in range(rng.randint(2, 4)))
        out.append(para)
        total += len(para) + 2
    return out


def dateline(rng: random.Random) -> tuple[str, str]:
    """('May 16, 2025 6:04 PM', '2025-05-16T18:04:00')."""
    # In the past (January 2025 to mid-2026): htmldate rejects future dates and then searches hard.
    year = rng.choice((2025, 2026))
    month, day = rng.randint(1, 12 if year == 2025 else 6), rng.randint(1, 28)
    hour, minute = rng.randint(0, 23), rng.randint(0, 59)
    printed = (
        f"{MONTHS.split()[month - 1]} {day}, {year} "
        f"{(hour % 12) or 12}:{minute:02d} {'AM' if hour < 12 else 'PM'}"
    )
    return printed, f"{year}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:00"


def text_article(i: int) -> str:
    """A ~5 KB page copied from a browser: navigation, byline, caption, body, newsletter box."""
    rng = random.Random(i)
    title = f"{sentence(rng)[:90].rstrip('.')} ({i})"
    printed, _ = dateline(rng)
    body = paragraphs(rng, 4300)
    teaser = sentence(rng)[:80]
    lines = [
        "Skip to content",
        "Menu",
        title,
        f"by {rng.choice(NAMES)} {printed} 3 min read",
        f"Delegates arrive for the talks in {rng.choice(PLACES)}. "
        f"({rng.choice(NAMES)} / AFP via Getty Images)",
        *body[:3],
        teaser,
        *body[3:],
        "Get our daily briefing",
        "* indicates required",
        "Email Address *",
        "Subscribe",
        "Most popular",
        sentence(rng)[:70],
        sentence(rng)[:70],
    ]
    return "\n\n".join(lines) + "\n"


def html_article(i: int) -> str:
    """A ~100 KB saved page: the article is ~6 KB, the rest is site chrome."""
    rng = random.Random(1_000_000 + i)
    title = f"{sentence(rng)[:90].rstrip('.')} ({i})"
    _, iso = dateline(rng)
    outlet = rng.choice(OUTLETS)
    slug = "-".join(title.lower().split()[:6]).strip(".,()")
    nav = "".join(
        f'<li><a href="/section/{k}">{rng.choice(WORDS).title()} {k}</a></li>' for k in range(120)
    )
    script = "".join(
        f"window.__cfg_{k} = {{id: {rng.randint(0, 10**9)}, slot: 'ad-{k}', sizes: [[300, 250], "
        f"[728, 90]], targeting: {{section: '{rng.choice(WORDS)}', page: {k}}}}};\n"
        for k in range(260)
    )
    style = "".join(
        f".c{k} {{ margin: {k % 7}px {k % 5}px; color: #{k * 2654435761 % 0xFFFFFF:06x}; }}\n"
        for k in range(500)
    )
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs(rng, 6000))
    related = "".join(
        f'<li class="teaser"><a href="/news/{k}-{rng.choice(WORDS)}">{sentence(rng)[:80]}</a>'
        f"<span>{rng.randint(1, 59)} min ago</span></li>\n"
        for k in range(170)
    )
    footer = "".join(f'<a href="/about/{k}">{rng.choice(WORDS).title()}</a> ' for k in range(150))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | {outlet}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{outlet}">
<meta property="og:url" content="https://news{i % 7}.example/{i}/{slug}">
<link rel="canonical" href="https://news{i % 7}.example/{i}/{slug}">
<meta property="article:published_time" content="{iso}">
<meta name="author" content="{rng.choice(NAMES)}">
<style>{style}</style>
<script>{script}</script>
</head><body>
<header><nav><ul>{nav}</ul></nav>
<div class="newsletter">Sign up for our newsletter. * indicates required</div></header>
<main><article>
<h1>{title}</h1>
<div class="byline">By {rng.choice(NAMES)} · <time datetime="{iso}">{iso[:10]}</time></div>
{body}
</article>
<aside class="related"><h2>Related stories</h2><ul>{related}</ul></aside></main>
<footer>{footer}<p>© 2025 {outlet}. All rights reserved.</p></footer>
<script>{script[: len(script) // 2]}</script>
</body></html>
"""


def generate(folder: Path, start: int, count: int, kind: str) -> int:
    """Write ``count`` articles of ``kind`` (text | html) numbered from ``start``; total bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(start, start + count):
        sub = folder / f"{i // 1000:03d}"  # a thousand files per sub-folder: recursion is exercised
        sub.mkdir(exist_ok=True)
        if kind == "text":
            data = text_article(i).encode()
            (sub / f"article-{i:06d}.txt").write_bytes(data)
        else:
            data = html_article(i).encode()
            (sub / f"page-{i:06d}.html").write_bytes(data)
        total += len(data)
    return total


def tracker_env(db: Path) -> dict[str, str]:
    env = dict(os.environ, TRACKER_DB=str(db))
    env.pop("NO_COLOR", None)
    return env


def tracker(*args: str) -> list[str]:
    return [sys.executable, "-m", "tracker", *args]


def run_ingest(folder: Path, db: Path) -> tuple[float, float, str]:
    """Seconds and peak RSS (MB) of `tracker ingest FOLDER --no-extract` on a prepared database."""
    # Migrate and load the reference data first, so the timing is ingestion alone.
    subprocess.run(
        tracker("articles", "list"),
        env=tracker_env(db),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            tracker("ingest", str(folder), "--no-extract"),
            env=tracker_env(db),
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        summary = err.read().decode(errors="replace").strip().splitlines()
    if proc.returncode != 0:
        sys.exit(f"tracker ingest {folder} failed ({proc.returncode}): {summary[:5]}")
    return elapsed, usage.ru_maxrss / 1024, summary[0] if summary else ""


def files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def trafilatura_alone(pages: list[Path]) -> float:
    """Pages/s of read + decode + trafilatura.extract (default options) on the same pages."""
    import trafilatura

    trafilatura.extract(pages[0].read_text(encoding="utf-8"))  # warm up (imports, caches)
    start = time.perf_counter()
    for page in pages:
        trafilatura.extract(page.read_bytes().decode("utf-8"))
    return len(pages) / (time.perf_counter() - start)


def raw_sqlite_loop(paths: list[Path], db: Path) -> float:
    """Articles/s of read + sha256 + one INSERT and COMMIT per article (WAL, synchronous=NORMAL)."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(
        "CREATE TABLE article (id INTEGER PRIMARY KEY, source_name TEXT, text TEXT, "
        "content_hash TEXT UNIQUE)"
    )
    start = time.perf_counter()
    for path in paths:
        text = path.read_bytes().decode("utf-8")
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO article (source_name, text, content_hash) VALUES (?, ?, ?)",
            (str(path), text, digest),
        )
        conn.execute("COMMIT")
    rate = len(paths) / (time.perf_counter() - start)
    conn.close()
    return rate


def row_count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM article").fetchone()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=10_000, help="articles in all")
    parser.add_argument("--no-memory", action="store_true", help="skip the 2,000 vs N RSS runs")
    parser.add_argument("--keep", action="store_true", help="keep the generated folder")
    args = parser.parse_args()

    n_html = max(1, round(args.count * HTML_SHARE))
    n_text = max(1, args.count - n_html)
    root = Path(tempfile.mkdtemp(prefix="tracker-bench-"))
    try:
        start = time.perf_counter()
        text_bytes = generate(root / "corpus" / "text", 0, n_text, "text")
        html_bytes = generate(root / "corpus" / "html", n_text, n_html, "html")
        print(
            f"generated {n_text} text articles ({text_bytes / n_text / 1024:.1f} KB each) and "
            f"{n_html} HTML pages ({html_bytes / n_html / 1024:.1f} KB each) "
            f"in {time.perf_counter() - start:.1f} s under {root}"
        )

        text_s, text_rss, text_summary = run_ingest(root / "corpus" / "text", root / "text.db")
        print(f"  text: {text_summary}")
        html_s, html_rss, html_summary = run_ingest(root / "corpus" / "html", root / "html.db")
        print(f"  html: {html_summary}")
        assert row_count(root / "text.db") == n_text, "not every text article was stored"
        assert row_count(root / "html.db") == n_html, "not every HTML page was stored"

        html_pages = files(root / "corpus" / "html")
        text_files = files(root / "corpus" / "text")
        traf_rate = trafilatura_alone(html_pages)
        raw_text = raw_sqlite_loop(text_files, root / "raw-text.db")
        raw_html = raw_sqlite_loop(html_pages, root / "raw-html.db")

        text_rate, html_rate = n_text / text_s, n_html / html_s
        print()
        print(f"{'':<34}{'text (~5 KB)':>16}{'HTML (~100 KB)':>18}")
        print(f"{'tracker ingest --no-extract':<34}{text_rate:>12.0f} a/s{html_rate:>14.1f} a/s")
        print(f"{'  wall time (incl. start-up)':<34}{text_s:>14.1f} s{html_s:>16.1f} s")
        print(f"{'  peak RSS':<34}{text_rss:>13.0f} MB{html_rss:>15.0f} MB")
        print(f"{'baseline: trafilatura.extract':<34}{'':>16}{traf_rate:>14.1f} p/s")
        print(f"{'baseline: read+sha256+INSERT':<34}{raw_text:>12.0f} a/s{raw_html:>14.0f} a/s")
        print()
        ok_text = text_rate >= TEXT_TARGET
        ratio = html_rate / traf_rate
        ok_html = ratio >= HTML_TARGET
        print(
            f"target text >= {TEXT_TARGET:.0f} a/s: {text_rate:.0f} a/s -> "
            f"{'met' if ok_text else 'MISSED'}"
        )
        print(
            f"target HTML >= {HTML_TARGET}x trafilatura alone: {ratio:.2f}x -> "
            f"{'met' if ok_html else 'MISSED'}"
        )

        if not args.no_memory:
            small = min(MEMORY_SMALL, args.count)
            small_html = round(small * HTML_SHARE)
            mem = root / "memory-small"
            generate(mem / "text", 10**7, small - small_html, "text")
            generate(mem / "html", 2 * 10**7, small_html, "html")
            _, small_rss, _ = run_ingest(mem, root / "memory-small.db")
            big_s, big_rss, big_summary = run_ingest(root / "corpus", root / "memory-big.db")
            print(
                f"peak RSS, mixed batch: {small} articles {small_rss:.0f} MB, "
                f"{args.count} articles {big_rss:.0f} MB "
                f"(x{big_rss / small_rss:.2f}; {big_summary} in {big_s:.1f} s)"
            )
    finally:
        if args.keep:
            print(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
