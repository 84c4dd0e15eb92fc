"""The review workflow: the queue of unreviewed events, accepting and rejecting."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tracker import tables
from tracker.db import core_connection
from tracker.models import Article, EventSource
from tracker.services.events import load_event
from tracker.services.history import EDITABLE_FIELDS, lock, record_change
from tracker.services.timeline import TimelineQuery, timeline_select


@dataclass
class StatusChange:
    event_id: int
    old: str
    new: str


def set_status(session: Session, event_ids: list[int], status: str) -> list[StatusChange]:
    """Accept (confirm) or reject events. Confirming locks every field against the machine."""
    changes = []
    for event_id in dict.fromkeys(event_ids):
        event = load_event(session, event_id)
        old = event.status
        record_change(event, "status", old, status, "manual")
        event.status = status
        if status == "confirmed":
            lock(event, *EDITABLE_FIELDS)
        changes.append(StatusChange(event_id, old, status))
    session.flush()
    return changes


def review_queue(session: Session, query: TimelineQuery | None = None) -> list[int]:
    """Ids of unreviewed events matching the filters, oldest article first.

    Only ids are loaded (one query), so each step of a review loads one event.
    """
    query = query or TimelineQuery()
    query.statuses = ["unreviewed"]
    query.limit = None
    filtered = (
        timeline_select(core_connection(session), query)
        .with_only_columns(tables.event.c.id)
        .order_by(None)
        .subquery()
    )
    first_seen = (
        select(
            EventSource.event_id,
            func.min(func.coalesce(Article.published_at, Article.ingested_at)).label("seen"),
        )
        .join(Article, Article.id == EventSource.article_id)
        .group_by(EventSource.event_id)
        .subquery()
    )
    stmt = (
        select(filtered.c.id)
        .outerjoin(first_seen, first_seen.c.event_id == filtered.c.id)
        .order_by(first_seen.c.seen.is_(None), first_seen.c.seen, filtered.c.id)
    )
    return list(session.scalars(stmt))
