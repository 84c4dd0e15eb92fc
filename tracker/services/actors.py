"""Actors: lookup by name or alias (with did-you-mean), listing, and user additions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from tracker.db import core_connection
from tracker.errors import UsageError
from tracker.models import ACTOR_KINDS, Actor, ActorAlias, Affiliation, EventActor
from tracker.services.lookups import alias_key, find_actor_id, resolve_actor_id


@dataclass
class AffiliationView:
    person: str
    actor: str
    actor_kind: str
    role: str
    start: dt.date | None
    end: dt.date | None


@dataclass
class ActorSummary:
    id: int
    name: str
    kind: str
    iso3: str | None
    aliases: list[str]
    events: int


@dataclass
class ActorDetail(ActorSummary):
    affiliations: list[AffiliationView] = field(default_factory=list)
    members: list[AffiliationView] = field(default_factory=list)


def find_actor(session: Session, name: str) -> Actor | None:
    """The actor whose name or alias is ``name``, ignoring case and extra spaces."""
    actor_id = find_actor_id(core_connection(session), name)
    return session.get(Actor, actor_id) if actor_id is not None else None


def resolve_actor(session: Session, name: str) -> Actor:
    """Like :func:`find_actor` but raise with a did-you-mean suggestion when nothing matches."""
    actor = session.get(Actor, resolve_actor_id(core_connection(session), name))
    assert actor is not None
    return actor


def _summary_counts(session: Session) -> dict[int, int]:
    rows = session.execute(
        select(EventActor.actor_id, func.count()).group_by(EventActor.actor_id)
    ).all()
    return dict(rows)


def list_actors(
    session: Session, *, kind: str | None = None, search: str | None = None
) -> list[ActorSummary]:
    """Actors sorted by name, optionally of one kind or matching a name/alias fragment."""
    if kind is not None and kind not in ACTOR_KINDS:
        raise UsageError(f"unknown actor kind {kind!r}; choose from {', '.join(ACTOR_KINDS)}")
    query = select(Actor).options(selectinload(Actor.aliases)).order_by(Actor.name)
    if kind:
        query = query.where(Actor.kind == kind)
    if search:
        pattern = f"%{alias_key(search)}%"
        query = query.where(
            func.lower(Actor.name).like(pattern)
            | Actor.id.in_(select(ActorAlias.actor_id).where(ActorAlias.key.like(pattern)))
        )
    counts = _summary_counts(session)
    return [
        ActorSummary(
            id=a.id,
            name=a.name,
            kind=a.kind,
            iso3=a.iso3,
            aliases=sorted(x.alias for x in a.aliases),
            events=counts.get(a.id, 0),
        )
        for a in session.scalars(query)
    ]


def _affiliation_view(aff: Affiliation) -> AffiliationView:
    return AffiliationView(
        person=aff.person.name,
        actor=aff.actor.name,
        actor_kind=aff.actor.kind,
        role=aff.role,
        start=aff.start_date,
        end=aff.end_date,
    )


def actor_detail(session: Session, name: str) -> ActorDetail:
    actor = resolve_actor(session, name)
    affiliations = session.scalars(
        select(Affiliation)
        .where(Affiliation.person_id == actor.id)
        .order_by(Affiliation.start_date)
    ).all()
    members = session.scalars(
        select(Affiliation).where(Affiliation.actor_id == actor.id).order_by(Affiliation.role)
    ).all()
    return ActorDetail(
        id=actor.id,
        name=actor.name,
        kind=actor.kind,
        iso3=actor.iso3,
        aliases=sorted(a.alias for a in actor.aliases),
        events=_summary_counts(session).get(actor.id, 0),
        affiliations=[_affiliation_view(a) for a in affiliations],
        members=[_affiliation_view(a) for a in members],
    )


def _check_alias_free(session: Session, alias: str) -> str:
    key = alias_key(alias)
    if not key:
        raise UsageError("an actor name or alias cannot be empty")
    owner = find_actor(session, alias)
    if owner is not None:
        raise UsageError(f'"{alias}" already names the actor "{owner.name}"')
    return key


def add_actor(
    session: Session,
    name: str,
    kind: str,
    *,
    iso3: str | None = None,
    aliases: list[str] | None = None,
) -> Actor:
    """Create an actor; its name and aliases must not name another actor already."""
    if kind not in ACTOR_KINDS:
        raise UsageError(f"unknown actor kind {kind!r}; choose from {', '.join(ACTOR_KINDS)}")
    name = " ".join(name.split())
    _check_alias_free(session, name)
    if iso3 is not None:
        iso3 = iso3.upper()
        if len(iso3) != 3 or not iso3.isalpha():
            raise UsageError(f"invalid ISO 3166 alpha-3 code {iso3!r}")
        if kind != "state":
            raise UsageError("only states have an ISO code")
        if session.scalars(select(Actor).where(Actor.iso3 == iso3)).first() is not None:
            raise UsageError(f"another actor already has the ISO code {iso3}")
    actor = Actor(name=name, kind=kind, iso3=iso3)
    session.add(actor)
    session.flush()
    for alias in aliases or []:
        add_alias(session, actor.name, alias)
    return actor


def add_alias(session: Session, actor_name: str, alias: str) -> Actor:
    actor = resolve_actor(session, actor_name)
    owner = find_actor(session, alias)
    if owner is not None and owner.id == actor.id:
        return actor  # already a name of this actor: nothing to do
    key = _check_alias_free(session, alias)
    actor.aliases.append(ActorAlias(alias=" ".join(alias.split()), key=key))
    session.flush()
    return actor


def add_affiliation(
    session: Session,
    person_name: str,
    actor_name: str,
    role: str,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> AffiliationView:
    """Record that a person acts for another actor (e.g. Merz for Germany) from ``start``."""
    person = resolve_actor(session, person_name)
    target = resolve_actor(session, actor_name)
    if person.kind != "person":
        raise UsageError(f'"{person.name}" is a {person.kind}, not a person')
    if target.id == person.id:
        raise UsageError("a person cannot be affiliated to themselves")
    if start and end and end < start:
        raise UsageError("--until is before --since")
    aff = Affiliation(person=person, actor=target, role=role, start_date=start, end_date=end)
    session.add(aff)
    session.flush()
    return _affiliation_view(aff)


def actor_country(actor: Actor, day: dt.date | None) -> str | None:
    """The state an actor is (a state) or represents on ``day`` (a person), else None."""
    if actor.kind == "state":
        return actor.name
    if actor.kind == "person":
        return country_on(actor.affiliations, day)
    return None


def country_on(affiliations: list[Affiliation], day: dt.date | None) -> str | None:
    """The state a person represents on ``day``, from their affiliations."""
    for aff in affiliations:
        if aff.actor.kind != "state":
            continue
        if day is None or (
            (aff.start_date is None or aff.start_date <= day)
            and (aff.end_date is None or day <= aff.end_date)
        ):
            return aff.actor.name
    return None
