"""Curation figures: duplicate rate before/after cross-article matching, and review latency.

Run from the repository root::

    python bench/curation.py                 # both parts
    python bench/curation.py --part corpus   # events per real happening, matching off and on
    python bench/curation.py --part review   # time to show the next review item, 10,000 events

Part 1 synthesises a corpus of news articles: several outlets each report the same happenings
(calls, talks, meetings, agreements, proposals, sanctions) in their own words, with dates at
different precisions ("on May 19", "on Monday", "earlier this month") and different subsets of
the actors. Every article goes through the real pipeline (``ingest_draft``: store, extract,
match) into a temporary database, once with matching disabled (every article makes its own
events) and once as shipped. Each article's URL names the happening it reports, so the events
can be checked against the truth: events per happening, and events that wrongly fold two
different happenings together.

Part 2 builds a 10,000-event database with SQLAlchemy Core inserts and times what ``tracker
review`` does for each item: load the event, look for a suggested duplicate, render it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20250516
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
OUTLETS = [
    "Wire Service", "The Daily Ledger", "Black Sea Monitor", "Evening Courier", "Gazette",
    "World Herald", "Policy Review",
]  # fmt: skip
FILLER = [
    "Analysts cautioned that the outcome remained uncertain.",
    "Markets in the region were little changed.",
    "Diplomats described the atmosphere as businesslike.",
    "The war is now in its fourth year.",
    "Officials gave few details to reporters.",
    "Observers expect a long process.",
]

# (person, their state's adjective): who calls and meets whom
LEADERS = [
    ("Donald Trump", "US"), ("Vladimir Putin", "Russian"), ("Volodymyr Zelensky", "Ukrainian"),
    ("Emmanuel Macron", "French"), ("Friedrich Merz", "German"), ("Keir Starmer", "British"),
    ("Recep Tayyip Erdoğan", "Turkish"), ("Giorgia Meloni", "Italian"),
]  # fmt: skip
TALKS = [  # (side, side, mediator, place)
    ("Russia", "Ukraine", "Turkey", "Istanbul"),
    ("Ukraine", "United States", "Saudi Arabia", "Jeddah"),
    ("Russia", "United States", "Saudi Arabia", "Riyadh"),
    ("Armenia", "Azerbaijan", "United Arab Emirates", "Abu Dhabi"),
    ("Russia", "Ukraine", "United Arab Emirates", "Abu Dhabi"),
    ("Ukraine", "United States", "Switzerland", "Geneva"),
]
MEETING_PLACES = ["Paris", "Berlin", "London", "Rome", "Ankara", "Washington", "Kyiv"]


def surname(person: str) -> str:
    return person.split()[-1]


@dataclass
class Happening:
    """One real-world event, the ground truth for the articles that report it."""

    id: int
    kind: str
    date: dt.date
    parties: tuple[str, ...]
    place: str | None = None
    extra: str | None = None  # mediator, or what was agreed / proposed
    family: str = ""


@dataclass
class Corpus:
    happenings: list[Happening]
    articles: list[tuple[int, dict[str, object]]] = field(
        default_factory=list
    )  # (happening, draft)


def _when(rng: random.Random, day: dt.date, published: dt.date) -> str:
    """A date expression for ``day`` as an article published on ``published`` would write it."""
    roll = rng.random()
    if roll < 0.2 and published.month == day.month and published != day:
        return "earlier this month"
    if roll < 0.3:
        return f"in {MONTHS[day.month - 1]}"
    if roll < 0.55 and 1 <= (published - day).days <= 5:
        return f"on {WEEKDAYS[day.weekday()]}"
    return f"on {MONTHS[day.month - 1]} {day.day}"


def _sentences(rng: random.Random, h: Happening, when: str) -> str:
    """One of several wordings of the happening, naming a subset of its actors."""
    a, b = h.parties[0], h.parties[1] if len(h.parties) > 1 else ""
    if h.kind == "call":
        x, y = (a, b) if rng.random() < 0.5 else (b, a)
        options = [
            f"{x} spoke with {y} by phone {when}, officials said.",
            f"{x} and {y} held a phone call {when}.",
            f"{x} had a call with {surname(y)} {when} to discuss a ceasefire.",
            f"{surname(x)} and {surname(y)} spoke by phone {when}, according to both governments.",
        ]
    elif h.kind == "talks":
        mediator = h.extra
        options = [
            f"{a} and {b} held talks in {h.place} {when}, with {mediator} mediating.",
            f"Delegations from {a} and {b} met in {h.place} {when}.",
            f"A new round of talks between {a} and {b} took place in {h.place} {when}.",
            f"Negotiators from {a} and {b} held talks {when}, officials in {mediator} said.",
        ]
    elif h.kind == "meeting":
        options = [
            f"{a} met {b} in {h.place} {when}.",
            f"{b} and {a} met {when} in {h.place} to discuss security guarantees.",
            f"{a} hosted {surname(b)} for talks in {h.place} {when}.",
        ]
    elif h.kind == "agreement":
        if h.extra == "prisoners":
            options = [
                f"{a} and {b} agreed {when} to exchange 1,000 prisoners of war each.",
                f"{b} and {a} agreed {when} on a large prisoner exchange.",
            ]
        else:
            options = [
                f"{a} and {b} agreed {when} to hold another round of talks.",
                f"{b} and {a} agreed {when} to meet again for further negotiations.",
            ]
    elif h.kind == "proposal":
        options = [
            f"{a} proposed an energy truce {when}.",
            f"{a} put forward a proposal {when} for a moratorium on strikes on energy facilities.",
        ]
    else:  # sanction
        options = [
            f"The European Union adopted a new package of sanctions against {b} {when}.",
            f"EU governments approved new sanctions on {b} {when}.",
        ]
    return rng.choice(options)


def _happenings(rng: random.Random, n: int) -> list[Happening]:
    kinds = ["call"] * 4 + ["talks"] * 3 + ["meeting"] * 2 + ["agreement", "proposal", "sanction"]
    families = {"call": "call", "talks": "consult", "meeting": "consult"}
    day = dt.date(2025, 1, 6)
    out: list[Happening] = []
    while len(out) < n:
        kind = rng.choice(kinds)
        if kind == "call":
            (a, _), (b, _) = rng.sample(LEADERS, 2)
            h = Happening(len(out), kind, day, (a, b))
        elif kind == "talks":
            s1, s2, mediator, place = rng.choice(TALKS)
            h = Happening(len(out), kind, day, (s1, s2), place, mediator)
        elif kind == "meeting":
            (a, _), (b, _) = rng.sample(LEADERS, 2)
            h = Happening(len(out), kind, day, (a, b), rng.choice(MEETING_PLACES))
        elif kind == "agreement":
            h = Happening(len(out), kind, day, ("Russia", "Ukraine"), None, "prisoners")
        elif kind == "proposal":
            h = Happening(len(out), kind, day, (rng.choice(["Ukraine", "Russia"]),))
        else:
            h = Happening(len(out), kind, day, ("European Union", "Russia"))
        h.family = families.get(kind, kind)
        out.append(h)
        # hard cases on the same day: another call by one of the callers, a second agreement
        if kind == "call" and rng.random() < 0.3 and len(out) < n:
            (c, _) = rng.choice([p for p in LEADERS if p[0] not in h.parties])
            out.append(Happening(len(out), "call", day, (h.parties[0], c), family="call"))
        if kind == "agreement" and len(out) < n:
            out.append(Happening(len(out), kind, day, h.parties, None, "talks", family="agreement"))
        day += dt.timedelta(days=rng.choice([2, 3, 4, 5, 6, 8]))
    return out


def build_corpus(happenings: int = 60, articles: int = 300, seed: int = SEED) -> Corpus:
    """Synthesise ``articles`` articles over ``happenings`` happenings (several outlets each)."""
    from tracker.ingest import ArticleDraft

    rng = random.Random(seed)
    corpus = Corpus(_happenings(rng, happenings))
    reports = [articles // happenings] * happenings
    for i in rng.sample(range(happenings), articles - sum(reports)):
        reports[i] += 1
    for h, count in zip(corpus.happenings, reports, strict=True):
        for j, outlet in enumerate(rng.sample(OUTLETS, min(count, len(OUTLETS)))):
            published = h.date + dt.timedelta(days=rng.choice([0, 1, 1, 2, 3]))
            when = _when(rng, h.date, published)
            lead = _sentences(rng, h, when)
            body = [lead, *rng.sample(FILLER, 2)]
            title = lead.split(",")[0].rstrip(".")
            slug = outlet.lower().replace(" ", "-")
            draft = ArticleDraft(
                text="\n\n".join(body),
                title=title,
                url=f"https://{slug}.example/h{h.id}/{j}",
                outlet=outlet,
                published=dt.datetime.combine(published, dt.time(rng.randint(6, 21), 0)),
                published_has_time=True,
                source_name=f"bench:h{h.id}:{j}",
                source_format="text",
            )
            corpus.articles.append((h.id, draft.__dict__))
    rng.shuffle(corpus.articles)  # outlets publish in no particular order
    return corpus


@contextmanager
def temp_database() -> Iterator[object]:
    from tracker.db import Database
    from tracker.services.reference import ensure_reference_data

    with tempfile.TemporaryDirectory() as tmp:
        database = Database(f"sqlite:///{Path(tmp) / 'bench.db'}")
        with database.session() as session:
            ensure_reference_data(session)
        try:
            yield database
        finally:
            database.dispose()


@dataclass
class CorpusFigures:
    label: str
    seconds: float
    events: int
    covered: int
    per_happening: float
    impure: int
    missed: int
    extra_types: int


def run_corpus(corpus: Corpus, *, matching: bool) -> CorpusFigures:
    """Ingest every article through the real pipeline and compare the events with the truth."""
    from sqlalchemy import select

    import tracker.services.extraction as extraction
    from tracker.ingest import ArticleDraft
    from tracker.models import Article, Event, EventSource
    from tracker.services.extraction import Lookup, build_extractor
    from tracker.services.pipeline import ingest_draft

    truth = {h.id: h for h in corpus.happenings}
    original = extraction.find_matching_event
    if not matching:
        extraction.find_matching_event = lambda *args, **kwargs: None  # type: ignore[assignment]
    try:
        with temp_database() as database:
            started = time.perf_counter()
            with database.session() as session:  # type: ignore[attr-defined]
                lookup = Lookup.load(session)
                extractor = build_extractor(session, lookup)
            for _, fields in corpus.articles:
                with database.session() as session:  # type: ignore[attr-defined]
                    ingest_draft(
                        session, ArticleDraft(**fields), extractor=extractor, lookup=lookup
                    )
            seconds = time.perf_counter() - started
            with database.session() as session:  # type: ignore[attr-defined]
                rows = session.execute(
                    select(Event.id, Event.type, Article.url)
                    .join(EventSource, EventSource.event_id == Event.id)
                    .join(Article, Article.id == EventSource.article_id)
                ).all()
                n_events = len(session.scalars(select(Event.id)).all())
    finally:
        extraction.find_matching_event = original

    from tracker.services.curation import TYPE_FAMILY

    happenings_of: dict[int, set[int]] = defaultdict(set)
    family_of: dict[int, str] = {}
    for event_id, event_type, url in rows:
        happening = int(url.split("/h")[1].split("/")[0])
        happenings_of[event_id].add(happening)
        family_of[event_id] = TYPE_FAMILY.get(event_type, event_type)
    # events of the reported happening's kind (an article can also yield a side event, e.g. the
    # "talks" an agreement promises): those are what duplication is about
    events_of: dict[int, set[int]] = defaultdict(set)
    extra = 0
    for event_id, hs in happenings_of.items():
        on_topic = [h for h in hs if truth[h].family == family_of[event_id]]
        if not on_topic:
            extra += 1
        for h in on_topic:
            events_of[h].add(event_id)
    covered = len(events_of)
    return CorpusFigures(
        label="matching on" if matching else "matching off",
        seconds=seconds,
        events=n_events,
        covered=covered,
        per_happening=sum(len(e) for e in events_of.values()) / max(covered, 1),
        impure=sum(1 for hs in happenings_of.values() if len(hs) > 1),
        missed=len(truth) - covered,
        extra_types=extra,
    )


def corpus_part(happenings: int, articles: int) -> None:
    corpus = build_corpus(happenings, articles)
    kinds = Counter(h.kind for h in corpus.happenings)
    print(
        f"corpus: {len(corpus.articles)} articles by {len(OUTLETS)} outlets about "
        f"{len(corpus.happenings)} happenings ({', '.join(f'{n} {k}' for k, n in kinds.items())})"
    )
    results = [run_corpus(corpus, matching=False), run_corpus(corpus, matching=True)]
    print(
        f"{'':<14}{'events':>8}{'happenings found':>18}{'events/happening':>18}"
        f"{'wrong merges':>14}{'side events':>13}{'ingest s':>10}"
    )
    for r in results:
        print(
            f"{r.label:<14}{r.events:>8}{r.covered:>18}{r.per_happening:>18.2f}"
            f"{r.impure:>14}{r.extra_types:>13}{r.seconds:>10.2f}"
        )
    before, after = results
    print(
        f"duplicate rate (events per real happening): {before.per_happening:.2f} -> "
        f"{after.per_happening:.2f} ({before.per_happening / after.per_happening:.1f}x fewer); "
        f"extra events per happening {before.per_happening - 1:.2f} -> {after.per_happening - 1:.2f}"
    )
    if after.missed:
        print(f"happenings with no event of their kind (extractor misses): {after.missed}")


# --- part 2: review latency on a large database -----------------------------------------------


def build_large_database(database: object, n_events: int, seed: int = SEED) -> dict[str, int]:
    """Fill a migrated database with ``n_events`` events (actors, topics, sources) via Core."""
    from sqlalchemy import insert, select

    from tracker.models import Actor, Article, Event, EventActor, EventSource, EventTopic, Topic

    rng = random.Random(seed)
    types = ["talks", "call", "meeting", "visit", "proposal", "agreement", "statement", "sanction"]
    now = dt.datetime(2025, 12, 1, 12, 0, tzinfo=dt.UTC).replace(tzinfo=None)  # naive UTC
    with database.session() as session:  # type: ignore[attr-defined]
        actor_ids = list(
            session.scalars(select(Actor.id).where(Actor.kind.in_(["state", "person"])))
        )
        topic_ids = list(session.scalars(select(Topic.id)))
        n_articles = n_events // 2
        start = dt.date(2023, 1, 1)
        span_days = 3 * 365
        articles = []
        for i in range(n_articles):
            published = start + dt.timedelta(days=rng.randrange(span_days))
            articles.append(
                {
                    "id": i + 1,
                    "url": f"https://outlet{i % 40}.example/a{i}",
                    "title": f"Article {i}",
                    "outlet": f"Outlet {i % 40}",
                    "text": "Delegations met. " * 20,
                    "content_hash": f"{i:064d}",
                    "published_at": dt.datetime.combine(published, dt.time(9)),
                    "ingested_at": now,
                }
            )
        session.execute(insert(Article), articles)
        events, links, topics, sources = [], [], [], []
        for i in range(n_events):
            event_id = i + 1
            day = start + dt.timedelta(days=rng.randrange(span_days))
            precision = rng.choices(["day", "month", "year"], [90, 9, 1])[0]
            if precision == "month":
                day = day.replace(day=1)
            elif precision == "year":
                day = day.replace(month=1, day=1)
            event_type = rng.choice(types)
            events.append(
                {
                    "id": event_id,
                    "date": day,
                    "date_precision": precision,
                    "type": event_type,
                    "title": f"Event {i}: {event_type} between parties",
                    "location": rng.choice([None, "Istanbul", "Geneva", "Riyadh"]),
                    "status": rng.choices(["unreviewed", "confirmed", "rejected"], [40, 55, 5])[0],
                    "origin": "extracted",
                    "planned": False,
                    "confidence": 0.7,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            for position, actor_id in enumerate(rng.sample(actor_ids, rng.choice([1, 2, 2, 3]))):
                links.append(
                    {
                        "event_id": event_id,
                        "actor_id": actor_id,
                        "role": "participant",
                        "position": position,
                    }
                )
            topics.append({"event_id": event_id, "topic_id": rng.choice(topic_ids)})
            for _ in range(rng.choice([1, 1, 2, 3])):
                article = rng.randrange(n_articles) + 1
                quote = "Delegations met in Istanbul on Friday, officials said."
                sources.append(
                    {
                        "event_id": event_id,
                        "article_id": article,
                        "url": articles[article - 1]["url"],
                        "quote": quote,
                        "start_offset": 0,
                        "end_offset": len(quote),
                        "highlights": [{"start": 0, "end": 11, "kind": "trigger"}],
                        "created_at": now,
                    }
                )
        session.execute(insert(Event), events)
        session.execute(insert(EventActor), links)
        session.execute(insert(EventTopic), topics)
        session.execute(insert(EventSource), sources)
    return {"articles": n_articles, "events": n_events, "sources": len(sources)}


def _timed(fn: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = fn()
    return (time.perf_counter() - started) * 1000, result


def review_part(n_events: int, items: int) -> None:
    from rich.console import Console

    import tracker.cli._output as output
    from tracker.services.curation import find_duplicates
    from tracker.services.events import get_event
    from tracker.services.review import review_queue

    sink = Console(file=io.StringIO(), width=100, highlight=False)
    output.console = lambda: sink  # type: ignore[assignment]
    with temp_database() as database:
        started = time.perf_counter()
        sizes = build_large_database(database, n_events)
        print(
            f"large database: {sizes['events']:,} events, {sizes['sources']:,} sources, "
            f"{sizes['articles']:,} articles (built in {time.perf_counter() - started:.1f} s)"
        )
        with database.session() as session:  # type: ignore[attr-defined]
            queue_ms, queue = _timed(lambda: review_queue(session))
        print(
            f"review_queue: {len(queue):,} unreviewed ids in {queue_ms:.1f} ms (once per session)"
        )

        steps: dict[str, list[float]] = defaultdict(list)
        picks = random.Random(SEED).sample(list(queue), min(items, len(queue)))
        for event_id in picks:
            with database.session() as session:  # type: ignore[attr-defined]
                load_ms, view = _timed(lambda event_id=event_id: get_event(session, event_id))
                dup_ms, _ = _timed(
                    lambda event_id=event_id: find_duplicates(session, limit=1, event_id=event_id)
                )
            render_ms, _ = _timed(lambda view=view: output.render_event(view))
            steps["get_event"].append(load_ms)
            steps["find_duplicates(event_id)"].append(dup_ms)
            steps["render_event"].append(render_ms)
            steps["next item (total)"].append(load_ms + dup_ms + render_ms)
        print(f"per item, over {len(picks)} random queue items (median / 95th percentile / max):")
        for name, values in steps.items():
            values.sort()
            p95 = values[max(0, int(len(values) * 0.95) - 1)]
            print(
                f"  {name:<28}{statistics.median(values):>8.1f} ms{p95:>9.1f} ms"
                f"{values[-1]:>9.1f} ms"
            )
        total = statistics.median(steps["next item (total)"])
        print(f"next item: {total:.1f} ms median, target < 100 ms ({100 / total:.0f}x headroom)")
        with database.session() as session:  # type: ignore[attr-defined]
            all_ms, pairs = _timed(lambda: find_duplicates(session, limit=50))
        print(f"`tracker events duplicates` (whole database): {all_ms:.0f} ms, {len(pairs)} pairs")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=["corpus", "review", "all"], default="all")
    parser.add_argument("--happenings", type=int, default=60)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--items", type=int, default=50)
    args = parser.parse_args(argv)
    if args.part in ("corpus", "all"):
        corpus_part(args.happenings, args.articles)
    if args.part in ("review", "all"):
        if args.part == "all":
            print()
        review_part(args.events, args.items)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
