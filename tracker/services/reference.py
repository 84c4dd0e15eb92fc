"""Load the shipped reference data (actors, aliases, affiliations, topics) into a database.

Runs on a new database and whenever the shipped files change (their hash is kept in the
``setting`` table), and on ``tracker actors sync``. It only adds: nothing a user added or
changed is deleted or overwritten.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import select

from tracker import tables
from tracker.db import core_connection
from tracker.reference import load_reference_actors
from tracker.services.lookups import alias_key
from tracker.vocab import shipped_topics

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session

REFERENCE_HASH_KEY = "reference_hash"
_REFERENCE_FILES = (
    ("actors", "states.csv"),
    ("actors", "organisations.toml"),
    ("actors", "people.toml"),
    ("topics.toml",),
)


@dataclass
class SyncReport:
    actors_added: int = 0
    aliases_added: int = 0
    affiliations_added: int = 0
    topics_added: int = 0

    @property
    def changed(self) -> bool:
        return any(
            (self.actors_added, self.aliases_added, self.affiliations_added, self.topics_added)
        )


@cache
def reference_hash() -> str:
    digest = hashlib.sha256()
    root = resources.files("tracker").joinpath("data")
    for parts in _REFERENCE_FILES:
        node = root.joinpath(*parts)
        if node.is_file():
            digest.update(node.read_bytes())
    return digest.hexdigest()


def reference_is_current(connection: Connection) -> bool:
    """Whether the database has loaded the reference data as shipped now (one Core query)."""
    stored = connection.scalar(
        select(tables.setting.c.value).where(tables.setting.c.key == REFERENCE_HASH_KEY)
    )
    return stored == reference_hash()


def ensure_reference_data(session: Session) -> SyncReport | None:
    """Sync the reference data when the shipped files differ from what the database last saw."""
    if reference_is_current(core_connection(session)):
        return None
    return sync_reference_data(session)


def sync_reference_data(session: Session) -> SyncReport:
    """Add every shipped actor, alias, affiliation and topic that the database lacks."""
    # the ORM only when there is something to load: read-only commands never import it
    from tracker.models import Actor, ActorAlias, Affiliation, Setting, Topic

    report = SyncReport()
    specs = load_reference_actors()
    actors = {a.name: a for a in session.scalars(select(Actor))}
    taken_keys = set(session.scalars(select(ActorAlias.key)))
    taken_keys.update(alias_key(name) for name in actors)
    taken_iso3 = {a.iso3 for a in actors.values() if a.iso3}

    for spec in specs:
        actor = actors.get(spec.name)
        if actor is None:
            iso3 = spec.iso3 if spec.iso3 not in taken_iso3 else None
            actor = Actor(name=spec.name, kind=spec.kind, iso3=iso3)
            session.add(actor)
            actors[spec.name] = actor
            taken_keys.add(alias_key(spec.name))
            report.actors_added += 1
        for alias in spec.aliases:
            key = alias_key(alias)
            if key in taken_keys:
                continue
            actor.aliases.append(ActorAlias(alias=alias, key=key))
            taken_keys.add(key)
            report.aliases_added += 1
    session.flush()

    existing = {
        (aff.person_id, aff.actor_id, aff.role, aff.start_date)
        for aff in session.scalars(select(Affiliation))
    }
    for spec in specs:
        for aff in spec.affiliations:
            target = actors.get(aff.actor)
            if target is None:
                continue
            person = actors[spec.name]
            key = (person.id, target.id, aff.role, aff.start)
            if key in existing:
                continue
            session.add(
                Affiliation(
                    person_id=person.id,
                    actor_id=target.id,
                    role=aff.role,
                    start_date=aff.start,
                    end_date=aff.end,
                )
            )
            existing.add(key)
            report.affiliations_added += 1

    topic_slugs = set(session.scalars(select(Topic.slug)))
    for topic in shipped_topics().values():
        if topic.slug in topic_slugs:
            continue
        session.add(
            Topic(
                slug=topic.slug,
                name=topic.name,
                description=topic.description,
                cues=list(topic.cues),
            )
        )
        report.topics_added += 1

    setting = session.get(Setting, REFERENCE_HASH_KEY)
    if setting is None:
        session.add(Setting(key=REFERENCE_HASH_KEY, value=reference_hash()))
    else:
        setting.value = reference_hash()
    session.flush()
    return report
