"""Plain data views of events, shared by `events show`, the timeline and the exports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from tracker.dates import format_date
from tracker.models import Actor, Affiliation, Event, EventActor, EventSource, EventTopic
from tracker.services.actors import country_on


@dataclass
class ActorRole:
    name: str
    kind: str
    role: str
    country: str | None


@dataclass
class SourceView:
    id: int
    article_id: int | None
    url: str | None
    title: str | None
    outlet: str | None
    published: dt.datetime | None
    quote: str | None
    start: int | None = None
    end: int | None = None
    highlights: list[Any] = field(default_factory=list)


@dataclass
class EventView:
    id: int
    date: dt.date
    date_precision: str
    end_date: dt.date | None
    type: str
    title: str
    summary: str | None
    location: str | None
    topics: list[str]
    actors: list[ActorRole]
    status: str
    origin: str
    planned: bool
    confidence: float | None
    sources: list[SourceView]
    date_source: str | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None

    @property
    def outlets(self) -> int:
        """Independent outlets reporting the event (articles without an outlet count apart)."""
        seen = {s.outlet or s.url or f"#{s.id}" for s in self.sources}
        return len(seen)

    def to_json(self) -> dict[str, Any]:
        """The stable JSON contract documented in the README."""
        return {
            "id": self.id,
            "date": format_date(self.date, self.date_precision),
            "date_precision": self.date_precision,
            "end_date": self.end_date.isoformat() if self.end_date else None,
            "type": self.type,
            "title": self.title,
            "summary": self.summary,
            "location": self.location,
            "topics": list(self.topics),
            "actors": [
                {"name": a.name, "kind": a.kind, "role": a.role, "country": a.country}
                for a in self.actors
            ],
            "status": self.status,
            "origin": self.origin,
            "planned": self.planned,
            "confidence": self.confidence,
            "sources": [
                {
                    "article_id": s.article_id,
                    "url": s.url,
                    "title": s.title,
                    "outlet": s.outlet,
                    "published": s.published.isoformat() if s.published else None,
                    "quote": s.quote,
                }
                for s in self.sources
            ],
        }


def event_load_options() -> list[LoaderOption]:
    """Eager loads that let :func:`event_view` run without one query per row."""
    return [
        selectinload(Event.actors)
        .selectinload(EventActor.actor)
        .selectinload(Actor.affiliations)
        .selectinload(Affiliation.actor),
        selectinload(Event.topics).selectinload(EventTopic.topic),
        selectinload(Event.sources).selectinload(EventSource.article),
    ]


def actor_country(actor: Actor, day: dt.date | None) -> str | None:
    if actor.kind == "state":
        return actor.name
    if actor.kind == "person":
        return country_on(actor.affiliations, day)
    return None


def event_view(event: Event) -> EventView:
    sources = []
    for src in event.sources:
        article = src.article
        sources.append(
            SourceView(
                id=src.id,
                article_id=src.article_id,
                url=src.url or (article.url if article else None),
                title=article.title if article else None,
                outlet=article.outlet if article else None,
                published=article.published_at if article else None,
                quote=src.quote,
                start=src.start_offset,
                end=src.end_offset,
                highlights=list(src.highlights or []),
            )
        )
    return EventView(
        id=event.id,
        date=event.date,
        date_precision=event.date_precision,
        end_date=event.end_date,
        type=event.type,
        title=event.title,
        summary=event.summary,
        location=event.location,
        topics=sorted(t.topic.slug for t in event.topics),
        actors=[
            ActorRole(
                name=ea.actor.name,
                kind=ea.actor.kind,
                role=ea.role,
                country=actor_country(ea.actor, event.date),
            )
            for ea in event.actors
        ],
        status=event.status,
        origin=event.origin,
        planned=event.planned,
        confidence=event.confidence,
        sources=sources,
        date_source=event.date_source,
        created_at=event.created_at,
        updated_at=event.updated_at,
    )
