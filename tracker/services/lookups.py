"""What a name means: actors, topics, event types and statuses, looked up with Core queries.

The ORM services resolve names through these functions too, so there is one rule; the
timeline uses them directly and so never imports the ORM.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select

from tracker import tables as t
from tracker.errors import NotFoundError, UsageError
from tracker.tables import EVENT_STATUSES
from tracker.vocab import event_types

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


def alias_key(alias: str) -> str:
    """The case- and space-insensitive form under which aliases are unique."""
    return " ".join(alias.casefold().split())


def find_actor_id(connection: Connection, name: str) -> int | None:
    """The actor whose name or alias is ``name``, ignoring case and extra spaces."""
    exact = " ".join(name.split())
    found = connection.scalar(select(t.actor.c.id).where(t.actor.c.name == exact).limit(1))
    if found is not None:
        return found
    # SQL lower() folds only ASCII in SQLite: "İbrahim Kalın" is found by its exact name above
    key = alias_key(name)
    found = connection.scalar(
        select(t.actor.c.id).where(func.lower(t.actor.c.name) == key).limit(1)
    )
    if found is not None:
        return found
    return connection.scalar(select(t.actor_alias.c.actor_id).where(t.actor_alias.c.key == key))


def resolve_actor_id(connection: Connection, name: str) -> int:
    """Like :func:`find_actor_id` but raise with a did-you-mean suggestion when nothing matches."""
    found = find_actor_id(connection, name)
    if found is not None:
        return found
    suggestion = suggest_actor(connection, name)
    hint = f' — did you mean "{suggestion}"?' if suggestion else ""
    raise NotFoundError(f'no actor "{name}"{hint}')


def suggest_actor(connection: Connection, name: str) -> str | None:
    from rapidfuzz import fuzz, process

    choices = {n: n for n in connection.scalars(select(t.actor.c.name))}
    for alias, canonical in connection.execute(
        select(t.actor_alias.c.alias, t.actor.c.name).join(
            t.actor, t.actor.c.id == t.actor_alias.c.actor_id
        )
    ):
        choices.setdefault(alias, canonical)
    best = process.extractOne(name, list(choices), scorer=fuzz.WRatio, score_cutoff=70)
    return choices[best[0]] if best else None


def resolve_topic_id(connection: Connection, slug: str) -> int:
    key = slug.strip().lower().replace("-", "_").replace(" ", "_")
    found = connection.scalar(select(t.topic.c.id).where(t.topic.c.slug == key))
    if found is None:
        valid = ", ".join(connection.scalars(select(t.topic.c.slug).order_by(t.topic.c.slug)))
        raise UsageError(f"unknown topic {slug!r}; choose from {valid}")
    return found


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
