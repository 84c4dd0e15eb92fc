"""Creating, reading, editing and deleting events by hand."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from tracker.dates import PartialDate, format_date, period_start
from tracker.db import core_connection
from tracker.errors import NotFoundError, UsageError
from tracker.models import (
    ACTOR_ROLES,
    Article,
    Event,
    EventActor,
    EventSource,
    EventTopic,
    Topic,
)
from tracker.services.actors import resolve_actor
from tracker.services.curation import matching_load_options
from tracker.services.history import record_change
from tracker.services.lookups import check_event_type, check_status, resolve_topic_id
from tracker.services.views import EventView, event_views


@dataclass
class EventFields:
    """Values for a new event, or changes to an existing one (``None``: leave unchanged)."""

    date: PartialDate | None = None
    end_date: dt.date | None = None
    type: str | None = None
    title: str | None = None
    summary: str | None = None
    location: str | None = None
    status: str | None = None
    planned: bool | None = None
    confidence: float | None = None
    actors: list[tuple[str, str]] = field(default_factory=list)  # (name, role) to add
    remove_actors: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    remove_topics: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # URLs or article ids


def resolve_topic(session: Session, slug: str) -> Topic:
    topic = session.get(Topic, resolve_topic_id(core_connection(session), slug))
    assert topic is not None
    return topic


def event_load_options() -> list[LoaderOption]:
    """Eager loads for editing an event (and matching it) without one query per row."""
    return [
        *matching_load_options(),
        selectinload(Event.sources).selectinload(EventSource.article),
    ]


def load_event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id, options=event_load_options())
    if event is None:
        raise NotFoundError(f"no event with id {event_id}")
    return event


def get_event(session: Session, event_id: int) -> EventView:
    views = event_views(core_connection(session), select(Event).where(Event.id == event_id))
    if not views:
        raise NotFoundError(f"no event with id {event_id}")
    return views[0]


def _resolve_source(session: Session, ref: str) -> EventSource:
    ref = ref.strip()
    if ref.isdigit():
        article = session.get(Article, int(ref))
        if article is None:
            raise NotFoundError(f"no article with id {ref}")
        return EventSource(article=article, url=article.url)
    if "://" not in ref:
        raise UsageError(f"invalid source {ref!r}: give a URL or an article id")
    article = session.scalars(select(Article).where(Article.url == ref)).first()
    return EventSource(article=article, url=ref)


def _set(event: Event, name: str, value: object, by: str | None) -> None:
    record_change(event, name, getattr(event, name), value, by)
    setattr(event, name, value)


def _apply(session: Session, event: Event, fields: EventFields, by: str | None = "manual") -> None:
    """Apply the given fields, recording each real change in the event's history."""
    if fields.date is not None:
        old = format_date(event.date, event.date_precision) if event.date else None
        record_change(event, "date", old, str(fields.date), by)
        event.date = fields.date.start
        event.date_precision = fields.date.precision
    if fields.end_date is not None:
        _set(event, "end_date", fields.end_date, by)
    if event.end_date is not None and event.end_date < event.date:
        raise UsageError("the end date is before the event's date")
    if fields.type is not None:
        _set(event, "type", check_event_type(fields.type), by)
    if fields.title is not None:
        if not fields.title.strip():
            raise UsageError("the title cannot be empty")
        _set(event, "title", fields.title.strip(), by)
    for name in ("summary", "location"):
        value = getattr(fields, name)
        if value is not None:
            _set(event, name, value.strip() or None, by)
    if fields.status is not None:
        _set(event, "status", check_status(fields.status), by)
    if fields.planned is not None:
        _set(event, "planned", fields.planned, by)
    if fields.confidence is not None:
        if not 0.0 <= fields.confidence <= 1.0:
            raise UsageError("confidence must be between 0 and 1")
        _set(event, "confidence", fields.confidence, by)

    for name in fields.remove_actors:
        actor = resolve_actor(session, name)
        links = [ea for ea in event.actors if ea.actor_id == actor.id]
        if not links:
            raise UsageError(f'"{actor.name}" is not an actor of event {event.id}')
        for link in links:
            event.actors.remove(link)
            record_change(event, "actors", f"{actor.name} ({link.role})", None, by)
    for name, role in fields.actors:
        if role not in ACTOR_ROLES:
            raise UsageError(f"unknown role {role!r}; choose from {', '.join(ACTOR_ROLES)}")
        actor = resolve_actor(session, name)
        existing = next((ea for ea in event.actors if ea.actor_id == actor.id), None)
        if existing is not None:
            if role != "participant" and existing.role != role:
                record_change(
                    event, "actors", f"{actor.name} ({existing.role})", f"{actor.name} ({role})", by
                )
                existing.role = role
            continue
        event.actors.append(EventActor(actor=actor, role=role, position=len(event.actors)))
        record_change(event, "actors", None, f"{actor.name} ({role})", by)

    for slug in fields.remove_topics:
        topic = resolve_topic(session, slug)
        if any(t.topic_id == topic.id for t in event.topics):
            event.topics = [t for t in event.topics if t.topic_id != topic.id]
            record_change(event, "topics", topic.slug, None, by)
    for slug in fields.topics:
        topic = resolve_topic(session, slug)
        if all(t.topic_id != topic.id for t in event.topics):
            event.topics.append(EventTopic(topic=topic))
            record_change(event, "topics", None, topic.slug, by)

    for ref in fields.sources:
        source = _resolve_source(session, ref)
        event.sources.append(source)
        record_change(event, "sources", None, source.url or f"article {ref}", by)


def add_event(
    session: Session,
    fields: EventFields,
    *,
    origin: str = "manual",
    today: dt.date | None = None,
) -> Event:
    """Create an event; a date after ``today`` makes it a planned event unless told otherwise."""
    if fields.date is None or fields.type is None or not (fields.title or "").strip():
        raise UsageError("an event needs a date, a type and a title")
    today = today or dt.datetime.now(dt.UTC).astimezone().date()
    event = Event(
        date=period_start(fields.date.start, fields.date.precision),
        date_precision=fields.date.precision,
        type=check_event_type(fields.type),
        title=fields.title or "",
        status=fields.status or "confirmed",
        origin=origin,
        planned=fields.planned if fields.planned is not None else fields.date.start > today,
        date_source="manual" if origin == "manual" else None,
    )
    event.actors = []
    event.topics = []
    event.sources = []
    _apply(session, event, fields, by=None)
    session.add(event)
    record_change(event, "event", None, "created", "manual" if origin == "manual" else "import")
    session.flush()
    return event


def edit_event(session: Session, event_id: int, fields: EventFields) -> Event:
    event = load_event(session, event_id)
    _apply(session, event, fields)
    session.flush()
    return event


def delete_event(session: Session, event_id: int) -> EventView:
    view = get_event(session, event_id)
    session.delete(load_event(session, event_id))
    session.flush()
    return view
