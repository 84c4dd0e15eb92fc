"""The timeline query: filters over events, returned as :class:`EventView` rows in date order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, or_, select, union
from sqlalchemy.orm import Session, aliased

from tracker.dates import PartialDate
from tracker.errors import UsageError
from tracker.models import Affiliation, Event, EventActor, EventSource, EventTopic
from tracker.services.actors import resolve_actor
from tracker.services.events import check_event_type, check_status, resolve_topic
from tracker.services.views import EventView, TimelineEntry, event_views, timeline_entries

DEFAULT_STATUSES = ("confirmed", "unreviewed")


@dataclass
class TimelineQuery:
    actors: list[str] = field(default_factory=list)  # all must take part
    topics: list[str] = field(default_factory=list)  # any of
    types: list[str] = field(default_factory=list)  # any of
    since: PartialDate | None = None
    until: PartialDate | None = None
    location: str | None = None
    search: str | None = None
    statuses: list[str] = field(default_factory=lambda: list(DEFAULT_STATUSES))
    include_planned: bool = True
    min_sources: int = 0
    min_confidence: float | None = None  # machine events below it are hidden (not confirmed ones)
    limit: int | None = None
    reverse: bool = False


def actor_takes_part(actor_id: int) -> ColumnElement[bool]:
    """Events where the actor, or a person affiliated to it on the event's date, takes part.

    Written as ``event.id IN (direct UNION via affiliation)`` rather than a correlated EXISTS:
    both halves use the actor_id indexes, which is ~7x faster on a 10,000-event database.
    """
    linked = aliased(Event)
    direct = select(EventActor.event_id).where(EventActor.actor_id == actor_id)
    via_person = (
        select(EventActor.event_id)
        .join(Affiliation, Affiliation.person_id == EventActor.actor_id)
        .join(linked, linked.id == EventActor.event_id)
        .where(
            Affiliation.actor_id == actor_id,
            or_(Affiliation.start_date.is_(None), Affiliation.start_date <= linked.date),
            or_(Affiliation.end_date.is_(None), Affiliation.end_date >= linked.date),
        )
    )
    return Event.id.in_(union(direct, via_person))


def reaches(day: dt.date) -> ColumnElement[bool]:
    """Events whose period reaches ``day``: a fuzzy date covers its whole month or year.

    A month-precise event is stored as the 1st of its month, so "May 2025" reaches 2025-05-16.
    """
    month_start, year_start = day.replace(day=1), day.replace(month=1, day=1)
    return or_(
        Event.end_date >= day,
        and_(
            Event.end_date.is_(None),
            Event.date >= year_start,
            or_(
                Event.date >= day,
                and_(Event.date_precision == "month", Event.date >= month_start),
                Event.date_precision == "year",
            ),
        ),
    )


def timeline_select(session: Session, query: TimelineQuery) -> Select[tuple[Event]]:
    """Validate the query and build the SELECT (names are resolved against the database)."""
    if query.since and query.until and query.until.end < query.since.start:
        raise UsageError(f"--until {query.until} is before --since {query.since}")
    if query.limit is not None and query.limit < 1:
        raise UsageError("--limit must be at least 1")
    stmt = select(Event)
    for name in query.actors:
        stmt = stmt.where(actor_takes_part(resolve_actor(session, name).id))
    if query.topics:
        topic_ids = [resolve_topic(session, slug).id for slug in query.topics]
        stmt = stmt.where(
            exists().where(EventTopic.event_id == Event.id, EventTopic.topic_id.in_(topic_ids))
        )
    if query.types:
        stmt = stmt.where(Event.type.in_([check_event_type(t) for t in query.types]))
    if query.since:
        # an event overlaps the period if its (possibly fuzzy) date range reaches into it
        stmt = stmt.where(reaches(query.since.start))
    if query.until:
        stmt = stmt.where(Event.date <= query.until.end)
    if query.location:
        stmt = stmt.where(func.lower(Event.location).like(f"%{query.location.lower()}%"))
    if query.search:
        pattern = f"%{query.search.lower()}%"
        stmt = stmt.where(
            or_(
                func.lower(Event.title).like(pattern),
                func.lower(Event.summary).like(pattern),
                exists().where(
                    EventSource.event_id == Event.id, func.lower(EventSource.quote).like(pattern)
                ),
            )
        )
    stmt = stmt.where(Event.status.in_([check_status(s) for s in query.statuses]))
    if query.min_confidence is not None:
        if not 0.0 <= query.min_confidence <= 1.0:
            raise UsageError("--min-confidence must be between 0 and 1")
        stmt = stmt.where(
            or_(
                Event.status == "confirmed",
                Event.confidence.is_(None),
                Event.confidence >= query.min_confidence,
            )
        )
    if not query.include_planned:
        stmt = stmt.where(Event.planned.is_(False))
    if query.min_sources > 0:
        count = (
            select(func.count(EventSource.id))
            .where(EventSource.event_id == Event.id)
            .scalar_subquery()
        )
        stmt = stmt.where(count >= query.min_sources)
    # a year- or month-precise event is stored as the period's first day; sort it before the
    # dated events of that day so that each period's events stay together under one heading
    vague_first = case(
        (Event.date_precision == "year", 0), (Event.date_precision == "month", 1), else_=2
    )
    order = (Event.date, vague_first, Event.id)
    if query.reverse:
        order = tuple(column.desc() for column in order)
    return stmt.order_by(*order)


def build_timeline(session: Session, query: TimelineQuery) -> list[EventView]:
    """Full views of the matching events (quotes, sources, countries): for JSON and exports."""
    return _load(session, query, event_views)


def list_timeline(session: Session, query: TimelineQuery) -> list[TimelineEntry]:
    """What the timeline view prints of the matching events; a third of the cost of views."""
    return _load(session, query, timeline_entries)


class _Reported(Protocol):
    @property
    def outlets(self) -> int: ...


Loaded = TypeVar("Loaded", bound=_Reported)


def _load(
    session: Session,
    query: TimelineQuery,
    loader: Callable[[Session, Select[tuple[Event]]], list[Loaded]],
) -> list[Loaded]:
    stmt = timeline_select(session, query)
    if query.limit is not None and query.min_sources <= 1:
        stmt = stmt.limit(query.limit)
    items = loader(session, stmt)
    if query.min_sources > 1:
        items = [item for item in items if item.outlets >= query.min_sources]
    if query.limit is not None:
        items = items[: query.limit]
    return items


__all__ = ["TimelineQuery", "build_timeline", "list_timeline", "timeline_select"]
