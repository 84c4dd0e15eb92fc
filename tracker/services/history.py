"""The edit history of events, and the fields a person has locked against the machine."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.models import Event, EventChange

# Every field a person can set; all are locked when a person confirms an event.
EDITABLE_FIELDS = (
    "date", "end_date", "type", "title", "summary", "location", "status", "planned",
    "confidence", "actors", "topics",
)  # fmt: skip


@dataclass
class ChangeView:
    id: int
    field: str
    old_value: str | None
    new_value: str | None
    changed_at: dt.datetime
    changed_by: str


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def record_change(event: Event, field: str, old: Any, new: Any, by: str | None) -> bool:
    """Append a change row (if the value really changed); lock the field a person set.

    ``by=None`` records nothing: used while an event is being created.
    """
    old_text, new_text = _text(old), _text(new)
    if by == "manual":
        lock(event, field)  # a person who sets a field to its current value confirms it
    if by is None or old_text == new_text:
        return False
    event.changes.add(
        EventChange(field=field, old_value=old_text, new_value=new_text, changed_by=by)
    )
    return True


def lock(event: Event, *fields: str) -> None:
    locked = set(event.locked_fields or [])
    locked.update(fields)
    event.locked_fields = sorted(locked)


def is_locked(event: Event, field: str) -> bool:
    return event.origin == "manual" or field in (event.locked_fields or [])


def history(session: Session, event_id: int) -> list[ChangeView]:
    rows = session.scalars(
        select(EventChange)
        .where(EventChange.event_id == event_id)
        .order_by(EventChange.changed_at, EventChange.id)
    )
    return [
        ChangeView(r.id, r.field, r.old_value, r.new_value, r.changed_at, r.changed_by)
        for r in rows
    ]
