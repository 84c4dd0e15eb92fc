"""ORM models, mapped onto the Core tables of :mod:`tracker.tables` (the schema lives there).

The ``Mapped[]`` annotations type the attributes; columns, types and constraints come from
the tables, so the two cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import DeclarativeBase, Mapped, WriteOnlyMapped, relationship

from tracker import tables
from tracker.tables import ACTOR_KINDS, ACTOR_ROLES, utcnow


class Base(DeclarativeBase):
    metadata = tables.metadata


class Article(Base):
    __table__ = tables.article

    id: Mapped[int]
    url: Mapped[str | None]
    title: Mapped[str | None]
    outlet: Mapped[str | None]
    author: Mapped[str | None]
    published_at: Mapped[dt.datetime | None]
    published_has_time: Mapped[bool]
    text: Mapped[str]
    content_hash: Mapped[str]
    source_format: Mapped[str | None]
    source_name: Mapped[str | None]
    raw: Mapped[bytes | None]
    ingested_at: Mapped[dt.datetime]
    extracted_at: Mapped[dt.datetime | None]

    sources: Mapped[list[EventSource]] = relationship(back_populates="article")


class Actor(Base):
    __table__ = tables.actor

    id: Mapped[int]
    name: Mapped[str]
    kind: Mapped[str]
    iso3: Mapped[str | None]
    description: Mapped[str | None]

    aliases: Mapped[list[ActorAlias]] = relationship(
        back_populates="actor", cascade="all, delete-orphan"
    )
    affiliations: Mapped[list[Affiliation]] = relationship(
        back_populates="person",
        foreign_keys="Affiliation.person_id",
        cascade="all, delete-orphan",
    )


class ActorAlias(Base):
    """Another name for an actor. ``key`` is the case-folded alias and is unique."""

    __table__ = tables.actor_alias

    id: Mapped[int]
    actor_id: Mapped[int]
    alias: Mapped[str]
    key: Mapped[str]

    actor: Mapped[Actor] = relationship(back_populates="aliases")


class Affiliation(Base):
    """A person acting for another actor (usually a state) in a role, over optional dates."""

    __table__ = tables.affiliation

    id: Mapped[int]
    person_id: Mapped[int]
    actor_id: Mapped[int]
    role: Mapped[str]
    start_date: Mapped[dt.date | None]
    end_date: Mapped[dt.date | None]

    person: Mapped[Actor] = relationship(
        back_populates="affiliations", foreign_keys=[tables.affiliation.c.person_id]
    )
    actor: Mapped[Actor] = relationship(foreign_keys=[tables.affiliation.c.actor_id])


class Topic(Base):
    __table__ = tables.topic

    id: Mapped[int]
    slug: Mapped[str]
    name: Mapped[str]
    description: Mapped[str | None]
    cues: Mapped[list[Any] | None]


class EventTopic(Base):
    __table__ = tables.event_topic

    event_id: Mapped[int]
    topic_id: Mapped[int]

    topic: Mapped[Topic] = relationship()


class Event(Base):
    __table__ = tables.event

    id: Mapped[int]
    date: Mapped[dt.date]
    date_precision: Mapped[str]
    end_date: Mapped[dt.date | None]
    date_source: Mapped[str | None]
    type: Mapped[str]
    title: Mapped[str]
    summary: Mapped[str | None]
    location: Mapped[str | None]
    status: Mapped[str]
    origin: Mapped[str]
    planned: Mapped[bool]
    confidence: Mapped[float | None]
    # fields a person set or confirmed: re-extraction and merging never overwrite them
    locked_fields: Mapped[list[Any] | None]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]

    actors: Mapped[list[EventActor]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="EventActor.position"
    )
    topics: Mapped[list[EventTopic]] = relationship(cascade="all, delete-orphan")
    sources: Mapped[list[EventSource]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="EventSource.id"
    )
    changes: WriteOnlyMapped[EventChange] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="EventChange.id"
    )


class EventActor(Base):
    __table__ = tables.event_actor

    event_id: Mapped[int]
    actor_id: Mapped[int]
    role: Mapped[str]
    position: Mapped[int]

    event: Mapped[Event] = relationship(back_populates="actors")
    actor: Mapped[Actor] = relationship()


class EventSource(Base):
    """Evidence for an event: an article (or a bare URL) and the quote that supports it."""

    __table__ = tables.event_source

    id: Mapped[int]
    event_id: Mapped[int]
    article_id: Mapped[int | None]
    url: Mapped[str | None]
    quote: Mapped[str | None]
    start_offset: Mapped[int | None]
    end_offset: Mapped[int | None]
    highlights: Mapped[list[Any] | None]
    created_at: Mapped[dt.datetime]

    event: Mapped[Event] = relationship(back_populates="sources")
    article: Mapped[Article | None] = relationship(back_populates="sources")


class EventChange(Base):
    """One change to an event: which field, old and new value, when, and by what."""

    __table__ = tables.event_change

    id: Mapped[int]
    event_id: Mapped[int]
    field: Mapped[str]
    old_value: Mapped[str | None]
    new_value: Mapped[str | None]
    changed_at: Mapped[dt.datetime]
    changed_by: Mapped[str]


class Setting(Base):
    """Small key/value store, e.g. the hash of the reference data last loaded."""

    __table__ = tables.setting

    key: Mapped[str]
    value: Mapped[str]


__all__ = [
    "ACTOR_KINDS",
    "ACTOR_ROLES",
    "Actor",
    "ActorAlias",
    "Affiliation",
    "Article",
    "Base",
    "Event",
    "EventActor",
    "EventSource",
    "EventTopic",
    "Setting",
    "Topic",
    "utcnow",
]
