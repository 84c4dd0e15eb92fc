"""The timeline query: filters over events, returned as :class:`EventView` rows in date order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, or_, select, union

from tracker import tables as t
from tracker.dates import PartialDate
from tracker.errors import UsageError
from tracker.services.lookups import (
    check_event_type,
    check_status,
    resolve_actor_id,
    resolve_topic_id,
)
from tracker.services.views import EventView, TimelineEntry, event_views, timeline_entries

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

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
    linked = t.event.alias("linked")
    link, affiliation = t.event_actor.c, t.affiliation.c
    direct = select(link.event_id).where(link.actor_id == actor_id)
    via_person = (
        select(link.event_id)
        .join(t.affiliation, affiliation.person_id == link.actor_id)
        .join(linked, linked.c.id == link.event_id)
        .where(
            affiliation.actor_id == actor_id,
            or_(affiliation.start_date.is_(None), affiliation.start_date <= linked.c.date),
            or_(affiliation.end_date.is_(None), affiliation.end_date >= linked.c.date),
        )
    )
    return t.event.c.id.in_(union(direct, via_person))


def reaches(day: dt.date) -> ColumnElement[bool]:
    """Events whose period reaches ``day``: a fuzzy date covers its whole month or year.

    A month-precise event is stored as the 1st of its month, so "May 2025" reaches 2025-05-16.
    """
    month_start, year_start = day.replace(day=1), day.replace(month=1, day=1)
    return or_(
        t.event.c.end_date >= day,
        and_(
            t.event.c.end_date.is_(None),
            t.event.c.date >= year_start,
            or_(
                t.event.c.date >= day,
                and_(t.event.c.date_precision == "month", t.event.c.date >= month_start),
                t.event.c.date_precision == "year",
            ),
        ),
    )


def timeline_select(connection: Connection, query: TimelineQuery) -> Select[Any]:
    """Validate the query and build the SELECT (names are resolved against the database)."""
    if query.since and query.until and query.until.end < query.since.start:
        raise UsageError(f"--until {query.until} is before --since {query.since}")
    if query.limit is not None and query.limit < 1:
        raise UsageError("--limit must be at least 1")
    stmt = select(t.event)
    for name in query.actors:
        stmt = stmt.where(actor_takes_part(resolve_actor_id(connection, name)))
    if query.topics:
        topic_ids = [resolve_topic_id(connection, slug) for slug in query.topics]
        stmt = stmt.where(
            exists().where(
                t.event_topic.c.event_id == t.event.c.id, t.event_topic.c.topic_id.in_(topic_ids)
            )
        )
    if query.types:
        stmt = stmt.where(t.event.c.type.in_([check_event_type(t) for t in query.types]))
    if query.since:
        # an event overlaps the period if its (possibly fuzzy) date range reaches into it
        stmt = stmt.where(reaches(query.since.start))
    if query.until:
        stmt = stmt.where(t.event.c.date <= query.until.end)
    if query.location:
        stmt = stmt.where(func.lower(t.event.c.location).like(f"%{query.location.lower()}%"))
    if query.search:
        pattern = f"%{query.search.lower()}%"
        stmt = stmt.where(
            or_(
                func.lower(t.event.c.title).like(pattern),
                func.lower(t.event.c.summary).like(pattern),
                exists().where(
                    t.event_source.c.event_id == t.event.c.id,
                    func.lower(t.event_source.c.quote).like(pattern),
                ),
            )
        )
    stmt = stmt.where(t.event.c.status.in_([check_status(s) for s in query.statuses]))
    if query.min_confidence is not None:
        if not 0.0 <= query.min_confidence <= 1.0:
            raise UsageError("--min-confidence must be between 0 and 1")
        stmt = stmt.where(
            or_(
                t.event.c.status == "confirmed",
                t.event.c.confidence.is_(None),
                t.event.c.confidence >= query.min_confidence,
            )
        )
    if not query.include_planned:
        stmt = stmt.where(t.event.c.planned.is_(False))
    if query.min_sources > 0:
        count = (
            select(func.count(t.event_source.c.id))
            .where(t.event_source.c.event_id == t.event.c.id)
            .scalar_subquery()
        )
        stmt = stmt.where(count >= query.min_sources)
    # a year- or month-precise event is stored as the period's first day; sort it before the
    # dated events of that day so that each period's events stay together under one heading
    vague_first = case(
        (t.event.c.date_precision == "year", 0), (t.event.c.date_precision == "month", 1), else_=2
    )
    order = (t.event.c.date, vague_first, t.event.c.id)
    if query.reverse:
        order = tuple(column.desc() for column in order)
    return stmt.order_by(*order)


def build_timeline(connection: Connection, query: TimelineQuery) -> list[EventView]:
    """Full views of the matching events (quotes, sources, countries): for JSON and exports."""
    return _load(connection, query, event_views)


def list_timeline(connection: Connection, query: TimelineQuery) -> list[TimelineEntry]:
    """What the timeline view prints of the matching events; a third of the cost of views."""
    return _load(connection, query, timeline_entries)


class _Reported(Protocol):
    @property
    def outlets(self) -> int: ...


Loaded = TypeVar("Loaded", bound=_Reported)


def _load(
    connection: Connection,
    query: TimelineQuery,
    loader: Callable[[Connection, Select[Any]], list[Loaded]],
) -> list[Loaded]:
    stmt = timeline_select(connection, query)
    if query.limit is not None and query.min_sources <= 1:
        stmt = stmt.limit(query.limit)
    items = loader(connection, stmt)
    if query.min_sources > 1:
        items = [item for item in items if item.outlets >= query.min_sources]
    if query.limit is not None:
        items = items[: query.limit]
    return items


__all__ = ["TimelineQuery", "build_timeline", "list_timeline", "timeline_select"]
