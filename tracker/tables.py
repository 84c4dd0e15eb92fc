"""The schema as SQLAlchemy Core tables; :mod:`tracker.models` maps its classes onto them.

Kept apart from the ORM so that read-only paths that list thousands of rows (the timeline)
can query with Core alone and never import ``sqlalchemy.orm`` (~80 ms) or configure mappers.
The schema itself is created only by the Alembic revisions in ``migrations/``; a test keeps
these tables and the revisions identical.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Double,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    false,
)

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


def _cascade(target: str) -> ForeignKey:
    return ForeignKey(target, ondelete="CASCADE")


metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

article = Table(
    "article",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", String(2048), unique=True),
    Column("title", String(1000)),
    Column("outlet", String(300)),
    Column("author", String(500)),
    Column("published_at", DateTime, index=True),
    Column("published_has_time", Boolean, nullable=False, default=False, server_default=false()),
    Column("text", Text, nullable=False),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("source_format", String(20)),
    Column("source_name", String(1000)),
    Column("raw", LargeBinary),
    Column("ingested_at", DateTime, nullable=False, default=utcnow),
    Column("extracted_at", DateTime),
)

actor = Table(
    "actor",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(300), nullable=False, unique=True),
    Column("kind", String(20), nullable=False),
    Column("iso3", String(3), unique=True),
    Column("description", Text),
    CheckConstraint(_in("kind", ACTOR_KINDS), name="kind"),
)

actor_alias = Table(
    "actor_alias",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("actor_id", Integer, _cascade("actor.id"), nullable=False, index=True),
    Column("alias", String(300), nullable=False),
    Column("key", String(300), nullable=False, unique=True),  # the case-folded alias
)

affiliation = Table(
    "affiliation",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", Integer, _cascade("actor.id"), nullable=False, index=True),
    Column("actor_id", Integer, _cascade("actor.id"), nullable=False, index=True),
    Column("role", String(200), nullable=False, default=""),
    Column("start_date", Date),
    Column("end_date", Date),
)

topic = Table(
    "topic",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("slug", String(100), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("description", Text),
    Column("cues", JSON),
)

event_topic = Table(
    "event_topic",
    metadata,
    Column("event_id", Integer, _cascade("event.id"), primary_key=True),
    Column("topic_id", Integer, _cascade("topic.id"), primary_key=True, index=True),
)

event = Table(
    "event",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("date", Date, nullable=False),
    Column("date_precision", String(10), nullable=False, default="day"),
    Column("end_date", Date),
    Column("date_source", String(20)),
    Column("type", String(40), nullable=False, index=True),
    Column("title", String(1000), nullable=False),
    Column("summary", Text),
    Column("location", String(300)),
    Column("status", String(20), nullable=False, default="confirmed"),
    Column("origin", String(20), nullable=False, default="manual"),
    Column("planned", Boolean, nullable=False, default=False),
    Column("confidence", Double),
    # fields a person set or confirmed: re-extraction and merging never overwrite them
    Column("locked_fields", JSON),
    Column("created_at", DateTime, nullable=False, default=utcnow),
    Column("updated_at", DateTime, nullable=False, default=utcnow, onupdate=utcnow),
    CheckConstraint(_in("date_precision", DATE_PRECISIONS), name="date_precision"),
    CheckConstraint(_in("status", EVENT_STATUSES), name="status"),
    CheckConstraint(_in("origin", EVENT_ORIGINS), name="origin"),
    Index("ix_event_date_id", "date", "id"),
    # ids are what people quote ("events show 31"): never hand a deleted event's id to a new one
    sqlite_autoincrement=True,
)

event_actor = Table(
    "event_actor",
    metadata,
    Column("event_id", Integer, _cascade("event.id"), primary_key=True),
    Column("actor_id", Integer, _cascade("actor.id"), primary_key=True, index=True),
    Column("role", String(20), nullable=False, default="participant"),
    Column("position", Integer, nullable=False, default=0),
    CheckConstraint(_in("role", ACTOR_ROLES), name="role"),
)

event_source = Table(
    "event_source",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, _cascade("event.id"), nullable=False, index=True),
    Column("article_id", Integer, ForeignKey("article.id", ondelete="SET NULL"), index=True),
    Column("url", String(2048)),
    Column("quote", Text),
    Column("start_offset", Integer),
    Column("end_offset", Integer),
    Column("highlights", JSON),
    Column("created_at", DateTime, nullable=False, default=utcnow),
)

event_change = Table(
    "event_change",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, _cascade("event.id"), nullable=False, index=True),
    Column("field", String(50), nullable=False),
    Column("old_value", Text),
    Column("new_value", Text),
    Column("changed_at", DateTime, nullable=False, default=utcnow),
    Column("changed_by", String(20), nullable=False),
    CheckConstraint(_in("changed_by", CHANGE_AUTHORS), name="changed_by"),
)

setting = Table(  # small key/value store, e.g. the hash of the reference data last loaded
    "setting",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)
