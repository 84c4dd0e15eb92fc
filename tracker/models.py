"""ORM models. The schema itself is created only by the Alembic revisions in ``migrations/``."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    LargeBinary,
    MetaData,
    String,
    Text,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, WriteOnlyMapped, mapped_column, relationship

DATE_PRECISIONS = ("day", "month", "year")
EVENT_STATUSES = ("confirmed", "unreviewed", "rejected")
EVENT_ORIGINS = ("manual", "extracted", "imported")
ACTOR_KINDS = ("state", "organisation", "person", "group")
ACTOR_ROLES = ("participant", "initiator", "target", "mediator", "host")
CHANGE_AUTHORS = ("manual", "extract", "merge", "import")


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_N_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Article(Base):
    __tablename__ = "article"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str | None] = mapped_column(String(2048), unique=True)
    title: Mapped[str | None] = mapped_column(String(1000))
    outlet: Mapped[str | None] = mapped_column(String(300))
    author: Mapped[str | None] = mapped_column(String(500))
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    published_has_time: Mapped[bool] = mapped_column(default=False, server_default=false())
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    source_format: Mapped[str | None] = mapped_column(String(20))
    source_name: Mapped[str | None] = mapped_column(String(1000))
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    extracted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    sources: Mapped[list[EventSource]] = relationship(back_populates="article")


class Actor(Base):
    __tablename__ = "actor"
    __table_args__ = (CheckConstraint(_in("kind", ACTOR_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    iso3: Mapped[str | None] = mapped_column(String(3), unique=True)
    description: Mapped[str | None] = mapped_column(Text)

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

    __tablename__ = "actor_alias"

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actor.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300), unique=True)

    actor: Mapped[Actor] = relationship(back_populates="aliases")


class Affiliation(Base):
    """A person acting for another actor (usually a state) in a role, over optional dates."""

    __tablename__ = "affiliation"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("actor.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actor.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)

    person: Mapped[Actor] = relationship(back_populates="affiliations", foreign_keys=[person_id])
    actor: Mapped[Actor] = relationship(foreign_keys=[actor_id])


class Topic(Base):
    __tablename__ = "topic"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    cues: Mapped[list[Any] | None]


class EventTopic(Base):
    __tablename__ = "event_topic"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[int] = mapped_column(
        ForeignKey("topic.id", ondelete="CASCADE"), primary_key=True, index=True
    )

    topic: Mapped[Topic] = relationship()


class Event(Base):
    __tablename__ = "event"
    __table_args__ = (
        CheckConstraint(_in("date_precision", DATE_PRECISIONS), name="date_precision"),
        CheckConstraint(_in("status", EVENT_STATUSES), name="status"),
        CheckConstraint(_in("origin", EVENT_ORIGINS), name="origin"),
        Index("ix_event_date_id", "date", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(String(10), default="day")
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    date_source: Mapped[str | None] = mapped_column(String(20))
    type: Mapped[str] = mapped_column(String(40), index=True)
    title: Mapped[str] = mapped_column(String(1000))
    summary: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), default="confirmed")
    origin: Mapped[str] = mapped_column(String(20), default="manual")
    planned: Mapped[bool] = mapped_column(default=False)
    confidence: Mapped[float | None]
    # Fields a person set or confirmed: re-extraction and merging never overwrite them.
    locked_fields: Mapped[list[Any] | None]
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

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
    __tablename__ = "event_actor"
    __table_args__ = (CheckConstraint(_in("role", ACTOR_ROLES), name="role"),)

    event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), primary_key=True
    )
    actor_id: Mapped[int] = mapped_column(
        ForeignKey("actor.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(20), default="participant")
    position: Mapped[int] = mapped_column(default=0)

    event: Mapped[Event] = relationship(back_populates="actors")
    actor: Mapped[Actor] = relationship()


class EventSource(Base):
    """Evidence for an event: an article (or a bare URL) and the quote that supports it."""

    __tablename__ = "event_source"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("article.id", ondelete="SET NULL"), index=True
    )
    url: Mapped[str | None] = mapped_column(String(2048))
    quote: Mapped[str | None] = mapped_column(Text)
    start_offset: Mapped[int | None]
    end_offset: Mapped[int | None]
    highlights: Mapped[list[Any] | None]
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    event: Mapped[Event] = relationship(back_populates="sources")
    article: Mapped[Article | None] = relationship(back_populates="sources")


class EventChange(Base):
    """One change to an event: which field, old and new value, when, and by what."""

    __tablename__ = "event_change"
    __table_args__ = (CheckConstraint(_in("changed_by", CHANGE_AUTHORS), name="changed_by"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(50))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    changed_by: Mapped[str] = mapped_column(String(20))


class Setting(Base):
    """Small key/value store, e.g. the hash of the reference data last loaded."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


__all__ = [
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
]
