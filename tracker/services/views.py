"""Plain data views of events, shared by `events show`, the timeline and the exports.

Built with Core queries over :mod:`tracker.tables`: the timeline lists thousands of events
and never needs the ORM.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import Select, String, cast, distinct, func, literal, select

from tracker import tables as t
from tracker.dates import format_date
from tracker.dialects import in_list_size

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from sqlalchemy.engine import Connection, Row


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
class ListedEvent:
    """What every view of an event has: the columns a timeline line shows (LISTED_COLUMNS)."""

    id: int
    date: dt.date
    date_precision: str
    end_date: dt.date | None
    type: str
    title: str
    location: str | None
    status: str
    planned: bool


@dataclass
class EventView(ListedEvent):
    summary: str | None
    topics: list[str]
    actors: list[ActorRole]
    origin: str
    confidence: float | None
    sources: list[SourceView]
    date_source: str | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None

    @property
    def source_count(self) -> int:
        return len(self.sources)

    @property
    def outlets(self) -> int:
        """Independent outlets reporting the event (articles without an outlet count apart).

        :func:`timeline_entries` counts the same in SQL: keep the two in step.
        """
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


def _chunks(connection: Connection, ids: list[int]) -> Iterator[list[int]]:
    size = in_list_size(connection)
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


class ActorName(NamedTuple):
    name: str
    role: str


@dataclass
class TimelineEntry(ListedEvent):
    """An event as one line of the timeline shows it: no quotes, no source details.

    Listing thousands of events, loading only this costs a third of a full :class:`EventView`.
    """

    actors: list[ActorName]
    source_count: int
    outlets: int


# the event columns a timeline line shows, in ListedEvent's field order
LISTED_COLUMNS = (
    t.event.c.id,
    t.event.c.date,
    t.event.c.date_precision,
    t.event.c.end_date,
    t.event.c.type,
    t.event.c.title,
    t.event.c.location,
    t.event.c.status,
    t.event.c.planned,
)


def _actor_links(connection: Connection, event_ids: list[int], *columns: Any) -> Sequence[Row[Any]]:
    """(event id, *columns) of the actors of these events, in each event's actor order."""
    return connection.execute(
        select(t.event_actor.c.event_id, *columns)
        .join(t.actor, t.actor.c.id == t.event_actor.c.actor_id)
        .where(t.event_actor.c.event_id.in_(event_ids))
        .order_by(t.event_actor.c.event_id, t.event_actor.c.position)
    ).all()


def timeline_entries(connection: Connection, stmt: Select[Any]) -> list[TimelineEntry]:
    """Timeline lines of the events ``stmt`` selects, in its order, in three queries."""
    rows = connection.execute(stmt.with_only_columns(*LISTED_COLUMNS)).all()
    actors: dict[int, list[ActorName]] = defaultdict(list)
    counts: dict[int, tuple[int, int]] = {}
    # what EventView.outlets counts: the outlet, else the URL, else the source itself
    outlet = func.coalesce(
        func.nullif(t.article.c.outlet, ""),
        func.nullif(t.event_source.c.url, ""),
        func.nullif(t.article.c.url, ""),
        literal("#") + cast(t.event_source.c.id, String),
    )
    for chunk in _chunks(connection, [row[0] for row in rows]):
        for event_id, name, role in _actor_links(
            connection, chunk, t.actor.c.name, t.event_actor.c.role
        ):
            actors[event_id].append(ActorName(name, role))
        for event_id, sources, outlets in connection.execute(
            select(t.event_source.c.event_id, func.count(), func.count(distinct(outlet)))
            .outerjoin(t.article, t.article.c.id == t.event_source.c.article_id)
            .where(t.event_source.c.event_id.in_(chunk))
            .group_by(t.event_source.c.event_id)
        ).all():
            counts[event_id] = (sources, outlets)
    return [
        TimelineEntry(*row, actors.get(row[0], []), *counts.get(row[0], (0, 0))) for row in rows
    ]


def event_views(connection: Connection, stmt: Select[Any]) -> list[EventView]:
    """Views of the events ``stmt`` selects, in its order, in a handful of Core queries.

    The timeline can return thousands of events; building ORM objects through selectinload
    costs ~0.5 ms an event, plain rows a tenth of that. Also serves single events
    (:func:`tracker.services.events.get_event`), so there is one way to build a view.
    """
    rows = connection.execute(
        stmt.with_only_columns(
            *LISTED_COLUMNS,
            t.event.c.summary,
            t.event.c.origin,
            t.event.c.confidence,
            t.event.c.date_source,
            t.event.c.created_at,
            t.event.c.updated_at,
        )
    ).all()
    ids = [row[0] for row in rows]
    # plain tuples, not Rows: attribute access on a Row costs microseconds, times thousands
    actors: dict[int, list[tuple[str, int, str, str]]] = defaultdict(list)
    topics: dict[int, list[str]] = defaultdict(list)
    sources: dict[int, list[SourceView]] = defaultdict(list)
    for chunk in _chunks(connection, ids):
        for event_id, *link in _actor_links(
            connection, chunk, t.event_actor.c.role, t.actor.c.id, t.actor.c.name, t.actor.c.kind
        ):
            actors[event_id].append(tuple(link))  # type: ignore[arg-type]
        for event_id, slug in connection.execute(
            select(t.event_topic.c.event_id, t.topic.c.slug)
            .join(t.topic, t.topic.c.id == t.event_topic.c.topic_id)
            .where(t.event_topic.c.event_id.in_(chunk))
        ):
            topics[event_id].append(slug)
        for (
            source_id,
            event_id,
            article_id,
            url,
            quote,
            start_offset,
            end_offset,
            highlights,
            article_url,
            title,
            outlet,
            published_at,
        ) in connection.execute(
            select(
                t.event_source.c.id,
                t.event_source.c.event_id,
                t.event_source.c.article_id,
                t.event_source.c.url,
                t.event_source.c.quote,
                t.event_source.c.start_offset,
                t.event_source.c.end_offset,
                t.event_source.c.highlights,
                t.article.c.url.label("article_url"),
                t.article.c.title,
                t.article.c.outlet,
                t.article.c.published_at,
            )
            .outerjoin(t.article, t.article.c.id == t.event_source.c.article_id)
            .where(t.event_source.c.event_id.in_(chunk))
            .order_by(t.event_source.c.id)
        ):
            sources[event_id].append(
                SourceView(
                    id=source_id,
                    article_id=article_id,
                    url=url or article_url,
                    title=title,
                    outlet=outlet,
                    published=published_at,
                    quote=quote,
                    start=start_offset,
                    end=end_offset,
                    highlights=list(highlights or []),
                )
            )

    # the states people act for, as in country_on(): first matching state affiliation wins
    people = {
        actor_id for links in actors.values() for _, actor_id, _, kind in links if kind == "person"
    }
    affiliations: dict[int, list[tuple[dt.date | None, dt.date | None, str]]] = defaultdict(list)
    for chunk in _chunks(connection, sorted(people)):
        for person_id, start_date, end_date, name in connection.execute(
            select(
                t.affiliation.c.person_id,
                t.affiliation.c.start_date,
                t.affiliation.c.end_date,
                t.actor.c.name,
            )
            .join(t.actor, t.actor.c.id == t.affiliation.c.actor_id)
            .where(t.affiliation.c.person_id.in_(chunk))
            .where(t.actor.c.kind == "state")
            .order_by(t.affiliation.c.id)
        ):
            affiliations[person_id].append((start_date, end_date, name))
    countries: dict[tuple[int, dt.date], str | None] = {}  # thousands of events, few people

    def country(actor_id: int, name: str, kind: str, day: dt.date) -> str | None:
        if kind == "state":
            return name
        if kind != "person":
            return None
        key = (actor_id, day)
        if key not in countries:
            countries[key] = next(
                (
                    state
                    for start, end, state in affiliations.get(actor_id, ())
                    if (start is None or start <= day) and (end is None or day <= end)
                ),
                None,
            )
        return countries[key]

    views = []
    for (
        event_id,
        date,
        date_precision,
        end_date,
        event_type,
        title,
        location,
        status,
        planned,
        summary,
        origin,
        confidence,
        date_source,
        created_at,
        updated_at,
    ) in rows:
        views.append(
            EventView(
                id=event_id,
                date=date,
                date_precision=date_precision,
                end_date=end_date,
                type=event_type,
                title=title,
                summary=summary,
                location=location,
                topics=sorted(topics.get(event_id, ())),
                actors=[
                    ActorRole(
                        name=name, kind=kind, role=role, country=country(id_, name, kind, date)
                    )
                    for role, id_, name, kind in actors.get(event_id, ())
                ],
                status=status,
                origin=origin,
                planned=planned,
                confidence=confidence,
                sources=sources.get(event_id, []),
                date_source=date_source,
                created_at=created_at,
                updated_at=updated_at,
            )
        )
    return views
