"""Creating, reading, editing and deleting events by hand."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.dates import PartialDate, period_start
from tracker.errors import NotFoundError, UsageError
from tracker.models import (
    ACTOR_ROLES,
    EVENT_STATUSES,
    Article,
    Event,
    EventActor,
    EventSource,
    EventTopic,
    Topic,
)
from tracker.services.actors import resolve_actor
from tracker.services.views import EventView, event_load_options, event_view
from tracker.vocab import event_types


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


def check_event_type(name: str) -> str:
    types = event_types()
    key = name.strip().lower().replace("-", "_").replace(" ", "_")
    if key not in types:
        raise UsageError(f"unknown event type {name!r}; choose from {', '.join(types)}")
    return key


def check_status(status: str) -> str:
    if status not in EVENT_STATUSES:
        raise UsageError(f"unknown status {status!r}; choose from {', '.join(EVENT_STATUSES)}")
    return status


def resolve_topic(session: Session, slug: str) -> Topic:
    key = slug.strip().lower().replace("-", "_").replace(" ", "_")
    topic = session.scalars(select(Topic).where(Topic.slug == key)).first()
    if topic is None:
        valid = ", ".join(session.scalars(select(Topic.slug).order_by(Topic.slug)))
        raise UsageError(f"unknown topic {slug!r}; choose from {valid}")
    return topic


def load_event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id, options=event_load_options())
    if event is None:
        raise NotFoundError(f"no event with id {event_id}")
    return event


def get_event(session: Session, event_id: int) -> EventView:
    return event_view(load_event(session, event_id))


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


def _apply(session: Session, event: Event, fields: EventFields) -> None:
    if fields.date is not None:
        event.date = fields.date.start
        event.date_precision = fields.date.precision
    if fields.end_date is not None:
        event.end_date = fields.end_date
    if event.end_date is not None and event.end_date < event.date:
        raise UsageError("the end date is before the event's date")
    if fields.type is not None:
        event.type = check_event_type(fields.type)
    if fields.title is not None:
        if not fields.title.strip():
            raise UsageError("the title cannot be empty")
        event.title = fields.title.strip()
    for name in ("summary", "location"):
        value = getattr(fields, name)
        if value is not None:
            setattr(event, name, value.strip() or None)
    if fields.status is not None:
        event.status = check_status(fields.status)
    if fields.planned is not None:
        event.planned = fields.planned
    if fields.confidence is not None:
        if not 0.0 <= fields.confidence <= 1.0:
            raise UsageError("confidence must be between 0 and 1")
        event.confidence = fields.confidence

    for name in fields.remove_actors:
        actor = resolve_actor(session, name)
        links = [ea for ea in event.actors if ea.actor_id == actor.id]
        if not links:
            raise UsageError(f'"{actor.name}" is not an actor of event {event.id}')
        for link in links:
            event.actors.remove(link)
    for name, role in fields.actors:
        if role not in ACTOR_ROLES:
            raise UsageError(f"unknown role {role!r}; choose from {', '.join(ACTOR_ROLES)}")
        actor = resolve_actor(session, name)
        existing = next((ea for ea in event.actors if ea.actor_id == actor.id), None)
        if existing is not None:
            existing.role = role if role != "participant" else existing.role
            continue
        event.actors.append(EventActor(actor=actor, role=role, position=len(event.actors)))

    for slug in fields.remove_topics:
        topic = resolve_topic(session, slug)
        event.topics = [t for t in event.topics if t.topic_id != topic.id]
    for slug in fields.topics:
        topic = resolve_topic(session, slug)
        if all(t.topic_id != topic.id for t in event.topics):
            event.topics.append(EventTopic(topic=topic))

    for ref in fields.sources:
        event.sources.append(_resolve_source(session, ref))


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
    _apply(session, event, fields)
    session.add(event)
    session.flush()
    return event


def edit_event(session: Session, event_id: int, fields: EventFields) -> Event:
    event = load_event(session, event_id)
    _apply(session, event, fields)
    session.flush()
    return event


def delete_event(session: Session, event_id: int) -> EventView:
    event = load_event(session, event_id)
    view = event_view(event)
    session.delete(event)
    session.flush()
    return view
