"""Builders for the curation tests: hand-made extraction candidates stored through the services.

Tests build ``EventCandidate`` objects by hand, so they exercise matching, merging and history
without depending on how accurate the extractor is.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.dates import parse_partial_date
from tracker.extract import ActorMention, EventCandidate, Evidence, Highlight

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from tracker.models import Article
    from tracker.services.extraction import ExtractionReport

ActorSpec = str | tuple[str, str]  # "Russia" or ("Turkey", "mediator")


@cache
def _actor_kinds() -> dict[str, str]:
    from tracker.reference import load_reference_actors

    return {a.name: a.kind for a in load_reference_actors()}


def candidate(
    type_: str,
    title: str,
    date: str,
    *,
    actors: Sequence[ActorSpec] = (),
    topics: Sequence[str] = (),
    location: str | None = None,
    start: int = 0,
    quote: str | None = None,
    confidence: float = 0.7,
    end_date: dt.date | None = None,
    planned: bool = False,
) -> EventCandidate:
    """One candidate; ``date`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; ``start`` is the
    quote's offset in the article (candidates of one article need different offsets)."""
    when = parse_partial_date(date)
    quote = quote or f"{title}."
    mentions = []
    for spec in actors:
        name, role = (spec, "participant") if isinstance(spec, str) else spec
        mentions.append(ActorMention(name=name, kind=_actor_kinds()[name], role=role))
    return EventCandidate(
        type=type_,
        title=title,
        date=when.start,
        date_precision=when.precision,
        end_date=end_date,
        date_source="text",
        planned=planned,
        location=location,
        topics=list(topics),
        actors=mentions,
        confidence=confidence,
        evidence=[
            Evidence(
                quote=quote,
                start=start,
                end=start + len(quote),
                highlights=[Highlight(start=0, end=min(5, len(quote)), kind="trigger")],
            )
        ],
    )


def make_article(
    session: Session,
    outlet: str,
    *,
    slug: str | None = None,
    published: str = "2025-05-20T09:00",
    title: str | None = None,
) -> Article:
    """A stored article (its text is not used: the candidates are given by hand)."""
    from tracker.models import Article

    slug = slug or f"{outlet}-{published}"
    url = f"https://{outlet.lower().replace(' ', '-')}.example/{slug}"
    article = Article(
        url=url,
        title=title or f"{outlet}: {slug}",
        outlet=outlet,
        text=f"Article {slug} by {outlet}.",
        content_hash=hashlib.sha256(url.encode()).hexdigest(),
        published_at=dt.datetime.fromisoformat(published),
    )
    session.add(article)
    session.flush()
    return article


def store(session: Session, article: Article, *candidates: EventCandidate) -> ExtractionReport:
    """Store the candidates as if the extractor had found them in ``article``."""
    from tracker.services.extraction import Lookup, store_candidates

    return store_candidates(session, article, list(candidates), Lookup.load(session))


@contextmanager
def db_session(db_path: Path) -> Iterator[Session]:
    """One committed transaction on the test database (closed before the CLI runs again)."""
    from tracker.db import Database

    database = Database(f"sqlite:///{db_path}")
    try:
        with database.session() as session:
            yield session
    finally:
        database.dispose()


# --- the happenings the tests reuse ----------------------------------------------------------

PUTIN = ("Donald Trump", "Vladimir Putin")
ZELENSKY = ("Donald Trump", "Volodymyr Zelensky")


def putin_call(date: str = "2025-05-19", **kwargs: object) -> EventCandidate:
    kwargs.setdefault("topics", ["ceasefire"])
    return candidate(
        "call", "Vladimir Putin and Donald Trump hold phone call", date, actors=PUTIN, **kwargs
    )  # type: ignore[arg-type]


def zelensky_call(date: str = "2025-05-19", **kwargs: object) -> EventCandidate:
    kwargs.setdefault("topics", ["sanctions"])
    return candidate(
        "call", "Donald Trump holds phone call with Volodymyr Zelensky", date, actors=ZELENSKY,
        **kwargs,
    )  # type: ignore[arg-type]  # fmt: skip


def istanbul_talks(date: str = "2025-07-23", **kwargs: object) -> EventCandidate:
    kwargs.setdefault("topics", ["prisoners"])
    return candidate(
        "talks", "Russia and Ukraine hold talks in Istanbul", date,
        actors=["Russia", "Ukraine", ("Turkey", "mediator")], **kwargs,
    )  # type: ignore[arg-type]  # fmt: skip
