"""Print start-up and timeline times of `tracker`, side by side with baselines.

- ``tracker --help`` against a minimal Typer app's ``--help`` (target: at most 1.3x);
- ``tracker timeline --actor Russia`` on a 10,000-event database against
  ``python -c "import typer, sqlalchemy.orm"`` (target: at most 1.5x), plus the same timeline
  as JSON and with ``--limit 50``.

Each figure is the median wall time of N runs in fresh processes (output to a pipe), the
commands interleaved so that machine noise hits them alike. Everything happens in a temporary
folder with its own TRACKER_DB.

Run: python bench/startup.py [--runs 9] [--events 10000]  (from the repository root)
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MINIMAL_APP = '''\
import typer

app = typer.Typer(help="A minimal Typer app.")


@app.command()
def hello(name: str = "world") -> None:
    """Say hello."""
    typer.echo(f"hello {name}")


@app.command()
def bye() -> None:
    """Say bye."""


app()
'''

STATES = ["Russia", "Ukraine", "United States", "Turkey", "France", "Germany", "United Kingdom",
          "Saudi Arabia", "Qatar", "China", "Poland", "Belarus", "Switzerland", "Italy"]  # fmt: skip
PEOPLE = ["Vladimir Putin", "Volodymyr Zelensky", "Donald Trump", "Emmanuel Macron",
          "Friedrich Merz", "Olaf Scholz", "Recep Tayyip Erdoğan", "Sergey Lavrov",
          "Andriy Yermak", "Marco Rubio", "Steve Witkoff", "Keir Starmer", "Rustem Umerov",
          "Vladimir Medinsky", "Kirill Dmitriev"]  # fmt: skip
PLACES = ["Istanbul", "Riyadh", "Jeddah", "Geneva", "Kyiv", "Moscow", "Washington", "Paris",
          "Berlin", "London", "Anchorage", "Doha", "Abu Dhabi", "Minsk", None]  # fmt: skip
OUTLETS = ["Reuters", "AP", "BBC", "Kyiv Independent", "Meduza", "Al Jazeera", "Le Monde",
           "Der Spiegel", "The Guardian", "Politico"]  # fmt: skip
VERBS = ["discuss", "agree on", "reject", "propose", "review", "sign", "debate", "postpone"]


def build_database(path: Path, events: int, seed: int = 20250516) -> None:
    """A migrated database with the reference data and ``events`` synthetic events (Core)."""
    from sqlalchemy import insert, select

    from tracker.db import Database
    from tracker.models import (
        Actor,
        Article,
        Event,
        EventActor,
        EventSource,
        EventTopic,
        Topic,
    )
    from tracker.services.reference import ensure_reference_data

    rng = random.Random(seed)
    database = Database(f"sqlite:///{path}")
    with database.session() as session:
        ensure_reference_data(session)
    engine = database.engine
    with engine.begin() as conn:
        actor_ids = {row.name: row.id for row in conn.execute(select(Actor.name, Actor.id))}
        missing = [n for n in STATES + PEOPLE if n not in actor_ids]
        if missing:
            raise SystemExit(f"reference data lacks {missing}")
        topic_ids = list(conn.scalars(select(Topic.id)))
        start = dt.date(2024, 1, 1)
        span = (dt.date(2026, 12, 31) - start).days
        today = dt.date(2025, 12, 1)
        now = dt.datetime(2025, 12, 1, 12, 0, tzinfo=dt.UTC).replace(tzinfo=None)

        n_articles = events // 2
        conn.execute(
            insert(Article),
            [
                {
                    "id": i,
                    "url": f"https://news.example/{i}",
                    "title": f"Report {i} on the negotiations",
                    "outlet": OUTLETS[i % len(OUTLETS)],
                    "published_at": dt.datetime.combine(
                        start + dt.timedelta(days=rng.randrange(span)), dt.time(12)
                    ),
                    "text": "Delegations met again. " * 20,
                    "content_hash": f"{i:064x}",
                    "ingested_at": now,
                }
                for i in range(1, n_articles + 1)
            ],
        )
        event_rows, actor_rows, topic_rows, source_rows = [], [], [], []
        for event_id in range(1, events + 1):
            day = start + dt.timedelta(days=rng.randrange(span))
            precision = rng.choices(["day", "month", "year"], [90, 9, 1])[0]
            if precision == "month":
                day = day.replace(day=1)
            elif precision == "year":
                day = day.replace(month=1, day=1)
            participants = rng.sample(STATES, rng.randint(1, 2)) + rng.sample(
                PEOPLE, rng.randint(1, 2)
            )
            event_rows.append(
                {
                    "id": event_id,
                    "date": day,
                    "date_precision": precision,
                    "type": rng.choice(
                        [
                            "talks",
                            "call",
                            "meeting",
                            "statement",
                            "proposal",
                            "visit",
                            "demand",
                            "rejection",
                        ]
                    ),
                    "title": f"{participants[0]} and {participants[1]} "
                    f"{rng.choice(VERBS)} the {rng.choice(['ceasefire', 'prisoner swap', 'plan'])}",
                    "summary": "Officials described the talks as constructive."
                    if rng.random() < 0.5
                    else None,
                    "location": rng.choice(PLACES),
                    "status": rng.choices(["confirmed", "unreviewed", "rejected"], [70, 25, 5])[0],
                    "origin": rng.choice(["manual", "extracted"]),
                    "planned": day > today,
                    "confidence": round(rng.uniform(0.4, 1.0), 2),
                    "created_at": now,
                    "updated_at": now,
                }
            )
            for position, name in enumerate(participants):
                role = "mediator" if position == len(participants) - 1 and rng.random() < 0.2 else "participant"  # fmt: skip
                actor_rows.append(
                    {
                        "event_id": event_id,
                        "actor_id": actor_ids[name],
                        "role": role,
                        "position": position,
                    }
                )
            for topic_id in rng.sample(topic_ids, rng.randint(1, 3)):
                topic_rows.append({"event_id": event_id, "topic_id": topic_id})
            for _ in range(rng.randint(1, 3)):
                article_id = rng.randint(1, n_articles)
                source_rows.append(
                    {
                        "event_id": event_id,
                        "article_id": article_id,
                        "url": f"https://news.example/{article_id}",
                        "quote": "The two sides agreed to meet again next month, officials said.",
                        "created_at": now,
                    }
                )
        conn.execute(insert(Event), event_rows)
        conn.execute(insert(EventActor), actor_rows)
        conn.execute(insert(EventTopic), topic_rows)
        conn.execute(insert(EventSource), source_rows)
    database.dispose()


def run_once(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed:\n{done.stderr.decode(errors='replace')}")
    return elapsed


def medians(commands: dict[str, list[str]], env: dict[str, str], runs: int) -> dict[str, float]:
    for argv in commands.values():  # warm the OS file cache and the .pyc files
        run_once(argv, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, argv in commands.items():
            times[name].append(run_once(argv, env))
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs per command (median)")
    parser.add_argument("--events", type=int, default=10_000, help="events in the database")
    args = parser.parse_args()
    if args.runs < 7:
        parser.error("--runs must be at least 7")

    tracker = shutil.which("tracker", path=str(Path(sys.executable).parent)) or "tracker"
    with tempfile.TemporaryDirectory(prefix="tracker-bench-") as tmp:
        folder = Path(tmp)
        db = folder / "bench.db"
        env = {**os.environ, "TRACKER_DB": str(db), "COLUMNS": "100"}
        env.pop("NO_COLOR", None)
        minimal = folder / "minimal_app.py"
        minimal.write_text(MINIMAL_APP, encoding="utf-8")

        start = time.perf_counter()
        build_database(db, args.events)
        built = time.perf_counter() - start
        print(f"built a {args.events:,}-event database in {built:.1f} s "
              f"({db.stat().st_size / 1e6:.1f} MB)")  # fmt: skip
        count = subprocess.run(
            [tracker, "timeline", "--actor", "Russia", "--format", "json"],
            env=env, capture_output=True, text=True, check=True,
        ).stdout.count('"id":')  # fmt: skip
        print(f"`timeline --actor Russia` matches {count:,} events; median of {args.runs} runs:\n")

        commands = {
            "minimal Typer app --help": [sys.executable, str(minimal), "--help"],
            "tracker --help": [tracker, "--help"],
            'python -c "import typer, sqlalchemy.orm"': [
                sys.executable,
                "-c",
                "import typer, sqlalchemy.orm",
            ],
            "tracker timeline --actor Russia": [tracker, "timeline", "--actor", "Russia"],
            "tracker timeline --actor Russia --format json": [
                tracker,
                "timeline",
                "--actor",
                "Russia",
                "--format",
                "json",
            ],
            "tracker timeline --actor Russia --limit 50": [
                tracker,
                "timeline",
                "--actor",
                "Russia",
                "--limit",
                "50",
            ],
        }
        result = medians(commands, env, args.runs)

    width = max(map(len, result))
    for name, seconds in result.items():
        print(f"  {name:<{width}}  {seconds * 1000:7.0f} ms")
    print()
    comparisons = [
        ("tracker --help", "minimal Typer app --help", 1.3),
        ("tracker timeline --actor Russia", 'python -c "import typer, sqlalchemy.orm"', 1.5),
        ("tracker timeline --actor Russia --format json", 'python -c "import typer, sqlalchemy.orm"', None),
        ("tracker timeline --actor Russia --limit 50", 'python -c "import typer, sqlalchemy.orm"', None),
    ]  # fmt: skip
    for name, baseline, target in comparisons:
        ratio = result[name] / result[baseline]
        verdict = "" if target is None else f"  (target <= {target}x: {'ok' if ratio <= target else 'MISSED'})"  # fmt: skip
        print(f"  {name} / {baseline}: {ratio:.2f}x{verdict}")


if __name__ == "__main__":
    main()
