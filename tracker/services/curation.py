"""One event per happening: matching an event against existing ones, merging and splitting."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from tracker.dates import period_end
from tracker.errors import UsageError
from tracker.models import Actor, Affiliation, Event, EventActor, EventChange, EventTopic
from tracker.services.actors import actor_country
from tracker.services.history import is_locked, record_change

# Types that describe the same kind of happening, so "talks" in one article and "meeting" in
# another can still be one event.
TYPE_FAMILY = {
    "talks": "consult",
    "meeting": "consult",
    "visit": "consult",
    "call": "call",
    "proposal": "proposal",
    "agreement": "agreement",
    "demand": "demand",
    "rejection": "rejection",
    "statement": "statement",
    "prisoner_exchange": "prisoner_exchange",
    "ceasefire": "ceasefire",
    "sanction": "sanction",
    "other": "other",
}
MIN_STATE_JACCARD = 0.5
MIN_TITLE_SIMILARITY = 60.0
# Families where one day often has several distinct happenings between the same parties
# (an agreement on prisoners and another to meet again): they must also share a topic.
TOPICAL_FAMILIES = {"proposal", "agreement", "demand", "rejection", "statement"}


@dataclass(frozen=True)
class Happening:
    """What matching needs to know about an event or a candidate."""

    type: str
    date: dt.date
    precision: str
    end_date: dt.date | None
    states: frozenset[str]
    title: str
    location: str | None
    topics: frozenset[str] = frozenset()
    # For a date taken from the article (the sentence gave none), the happening may have been a
    # few days before publication: matching accepts that window.
    earliest: dt.date | None = None


ARTICLE_DATE_WINDOW = dt.timedelta(days=3)


def states_of(actors: Iterable[Actor], day: dt.date | None) -> frozenset[str]:
    """States involved (people count for the state they represent on the day); organisations,
    and people who represent no state that day, count as themselves."""
    return frozenset(actor_country(actor, day) or actor.name for actor in actors)


def happening_of(event: Event) -> Happening:
    return Happening(
        type=event.type,
        date=event.date,
        precision=event.date_precision,
        end_date=event.end_date,
        states=states_of((ea.actor for ea in event.actors), event.date),
        title=event.title,
        location=event.location,
        topics=frozenset(t.topic.slug for t in event.topics),
    )


def _span(h: Happening) -> tuple[dt.date, dt.date]:
    end = period_end(h.date, h.precision)
    if h.end_date and h.end_date > end:
        end = h.end_date
    return min(h.date, h.earliest or h.date), end


def dates_compatible(a: Happening, b: Happening) -> bool:
    """Overlapping periods; two day-precise dates may differ by one day (overnight talks)."""
    a_start, a_end = _span(a)
    b_start, b_end = _span(b)
    slack = dt.timedelta(days=1) if a.precision == b.precision == "day" else dt.timedelta(0)
    return a_start <= b_end + slack and b_start <= a_end + slack


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


def match_score(a: Happening, b: Happening) -> float | None:
    """How likely two records describe one happening (None: they do not match)."""
    from rapidfuzz import fuzz

    if TYPE_FAMILY.get(a.type, a.type) != TYPE_FAMILY.get(b.type, b.type):
        return None
    if not dates_compatible(a, b):
        return None
    title = fuzz.token_set_ratio(a.title.lower(), b.title.lower())
    same_place = bool(a.location and b.location and a.location.lower() == b.location.lower())
    if a.states and b.states:
        overlap = jaccard(a.states, b.states)
        if overlap < MIN_STATE_JACCARD:
            return None
    elif title < MIN_TITLE_SIMILARITY + 15 and not same_place:
        return None
    else:
        overlap = 0.0
    if a.location and b.location and not same_place and title < MIN_TITLE_SIMILARITY:
        return None
    family = TYPE_FAMILY.get(a.type, a.type)
    if family in TOPICAL_FAMILIES and not (a.topics & b.topics) and title < 80:
        return None
    score = overlap * 50 + title / 2 + (10 if same_place else 0)
    score += 5 if a.type == b.type else 0
    score += 5 if a.date == b.date else 0
    return score


def matching_load_options() -> list[LoaderOption]:
    """What :func:`happening_of` reads (actors with their affiliations, topics); not the sources."""
    return [
        selectinload(Event.actors)
        .selectinload(EventActor.actor)
        .selectinload(Actor.affiliations)
        .selectinload(Affiliation.actor),
        selectinload(Event.topics).selectinload(EventTopic.topic),
    ]


def candidate_events(
    session: Session, target: Happening, *, exclude: Iterable[int] = ()
) -> list[Event]:
    """Events whose dates could overlap the target's (a cheap SQL pre-filter)."""
    start, end = _span(target)
    lo_day = start - dt.timedelta(days=1)
    hi_day = end + dt.timedelta(days=1)
    family = TYPE_FAMILY.get(target.type, target.type)
    types = [t for t, f in TYPE_FAMILY.items() if f == family] or [target.type]
    stmt = (
        select(Event)
        .where(Event.type.in_(types), Event.date <= hi_day)
        .where(
            or_(
                Event.date >= lo_day,
                and_(Event.date_precision == "month", Event.date >= start - dt.timedelta(days=31)),
                and_(Event.date_precision == "year", Event.date >= start - dt.timedelta(days=366)),
                and_(Event.end_date.is_not(None), Event.end_date >= lo_day),
            )
        )
        .options(*matching_load_options())
    )
    excluded = set(exclude)
    return [e for e in session.scalars(stmt) if e.id not in excluded]


def find_matching_event(
    session: Session, target: Happening, *, exclude: Iterable[int] = ()
) -> Event | None:
    """The best existing event describing the same happening, if any."""
    best: tuple[float, Event] | None = None
    for event in candidate_events(session, target, exclude=exclude):
        score = match_score(target, happening_of(event))
        if score is not None and (best is None or score > best[0]):
            best = (score, event)
    return best[1] if best else None


# --- merging and splitting -------------------------------------------------------------------


def _snapshot(event: Event) -> dict[str, Any]:
    """Everything needed to restore an event that a merge absorbs."""
    return {
        "id": event.id,
        "date": event.date.isoformat(),
        "date_precision": event.date_precision,
        "end_date": event.end_date.isoformat() if event.end_date else None,
        "date_source": event.date_source,
        "type": event.type,
        "title": event.title,
        "summary": event.summary,
        "location": event.location,
        "status": event.status,
        "origin": event.origin,
        "planned": event.planned,
        "confidence": event.confidence,
        "locked_fields": list(event.locked_fields or []),
        "actors": [[ea.actor_id, ea.role] for ea in event.actors],
        "topics": [t.topic_id for t in event.topics],
        "sources": [s.id for s in event.sources],
    }


@dataclass
class MergeResult:
    survivor: int
    absorbed: list[int]
    sources: int


def merge_events(session: Session, event_ids: list[int], *, keep: int | None = None) -> MergeResult:
    """Fold events into one (the lowest id unless ``keep``), keeping every source, actor, topic.

    The absorbed events are recorded in the survivor's history so that ``split`` can restore them.
    """
    from tracker.services.events import load_event

    ids = list(dict.fromkeys(event_ids))
    if len(ids) < 2:
        raise UsageError("merge needs at least two different event ids")
    survivor_id = keep if keep is not None else min(ids)
    if survivor_id not in ids:
        raise UsageError(f"--keep {survivor_id} is not one of the events to merge")
    survivor = load_event(session, survivor_id)
    others = [load_event(session, i) for i in ids if i != survivor_id]
    before = {
        "actors": [ea.actor_id for ea in survivor.actors],
        "topics": [t.topic_id for t in survivor.topics],
        "status": survivor.status,
    }
    moved = 0
    for other in others:
        snapshot = _snapshot(other)
        snapshot["survivor_before"] = before
        record_change(survivor, "merged", None, json.dumps(snapshot), "merge")
        for source in list(other.sources):
            other.sources.remove(source)
            survivor.sources.append(source)
            moved += 1
        present = {ea.actor_id for ea in survivor.actors}
        for link in other.actors:
            if link.actor_id not in present:
                survivor.actors.append(
                    EventActor(
                        actor_id=link.actor_id, role=link.role, position=len(survivor.actors)
                    )
                )
                present.add(link.actor_id)
        topics = {t.topic_id for t in survivor.topics}
        for link in other.topics:
            if link.topic_id not in topics:
                survivor.topics.append(EventTopic(topic_id=link.topic_id))
                topics.add(link.topic_id)
        if other.status == "confirmed" and survivor.status == "unreviewed":
            record_change(survivor, "status", survivor.status, "confirmed", "merge")
            survivor.status = "confirmed"
        session.flush()
        session.delete(other)
    session.flush()
    return MergeResult(survivor=survivor.id, absorbed=[o.id for o in others], sources=moved)


def _merge_snapshots(session: Session, event_id: int) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(EventChange)
        .where(EventChange.event_id == event_id, EventChange.field == "merged")
        .order_by(EventChange.id.desc())
    )
    return [json.loads(r.new_value) for r in rows if r.new_value]


def split_event(session: Session, event_id: int, source_ids: list[int]) -> int:
    """Move sources out of an event into an event of their own; returns the new event's id.

    If the sources came in through a merge, the absorbed event is restored as it was (same id
    where possible); otherwise the new event copies the event's fields for a person to fix.
    """
    from tracker.services.events import load_event

    event = load_event(session, event_id)
    by_id = {s.id: s for s in event.sources}
    missing = [i for i in source_ids if i not in by_id]
    if missing:
        raise UsageError(
            f"event {event_id} has no source {missing[0]}; its sources are "
            + (", ".join(str(i) for i in by_id) or "none")
        )
    if len(source_ids) >= len(by_id):
        raise UsageError("cannot split off every source: the event would be left without any")
    snapshot = next(
        (s for s in _merge_snapshots(session, event_id) if set(source_ids) & set(s["sources"])),
        None,
    )
    if snapshot is not None:
        wanted = [i for i in snapshot["sources"] if i in by_id]
        restored = _restore(session, snapshot)
        before = snapshot.get("survivor_before", {})
        if not is_locked(event, "actors"):
            keep_actors = set(before.get("actors", [])) | {
                ea.actor_id
                for ea in event.actors
                if ea.actor_id not in {a for a, _ in snapshot["actors"]}
            }
            event.actors = [ea for ea in event.actors if ea.actor_id in keep_actors]
        if not is_locked(event, "topics"):
            keep_topics = set(before.get("topics", [])) | {
                t.topic_id for t in event.topics if t.topic_id not in set(snapshot["topics"])
            }
            event.topics = [t for t in event.topics if t.topic_id in keep_topics]
        # the merge confirmed the survivor because the absorbed event was confirmed: undo that
        # unless a person has set the status since
        old_status = before.get("status")
        if old_status and event.status != old_status and _last_status_by(session, event) == "merge":
            record_change(event, "status", event.status, old_status, "merge")
            event.status = old_status
    else:
        wanted = list(source_ids)
        restored = Event(
            date=event.date, date_precision=event.date_precision, end_date=event.end_date,
            date_source=event.date_source, type=event.type, title=event.title,
            summary=event.summary, location=event.location, status="unreviewed",
            origin=event.origin, planned=event.planned, confidence=event.confidence,
        )  # fmt: skip
        restored.actors = [
            EventActor(actor_id=ea.actor_id, role=ea.role, position=ea.position)
            for ea in event.actors
        ]
        restored.topics = [EventTopic(topic_id=t.topic_id) for t in event.topics]
        session.add(restored)
    # no autoflush: loading ``restored.sources`` would flush the removed source as an orphan
    with session.no_autoflush:
        for source_id in set(wanted) | set(source_ids):
            source = by_id[source_id]
            event.sources.remove(source)
            restored.sources.append(source)
    session.flush()
    record_change(
        event,
        "split",
        None,
        f"sources {', '.join(map(str, sorted(set(wanted) | set(source_ids))))} → event {restored.id}",
        "manual",
    )
    record_change(restored, "event", None, f"split from event {event.id}", "manual")
    session.flush()
    return restored.id


def _last_status_by(session: Session, event: Event) -> str | None:
    return session.scalar(
        select(EventChange.changed_by)
        .where(EventChange.event_id == event.id, EventChange.field == "status")
        .order_by(EventChange.id.desc())
        .limit(1)
    )


def _restore(session: Session, snapshot: dict[str, Any]) -> Event:
    event = Event(
        date=dt.date.fromisoformat(snapshot["date"]),
        date_precision=snapshot["date_precision"],
        end_date=dt.date.fromisoformat(snapshot["end_date"]) if snapshot["end_date"] else None,
        date_source=snapshot["date_source"],
        type=snapshot["type"],
        title=snapshot["title"],
        summary=snapshot["summary"],
        location=snapshot["location"],
        status=snapshot["status"],
        origin=snapshot["origin"],
        planned=snapshot["planned"],
        confidence=snapshot["confidence"],
        locked_fields=snapshot["locked_fields"] or None,
    )
    if session.get(Event, snapshot["id"]) is None:
        event.id = snapshot["id"]
    event.actors = [
        EventActor(actor_id=a, role=r, position=i) for i, (a, r) in enumerate(snapshot["actors"])
    ]
    event.topics = [EventTopic(topic_id=t) for t in snapshot["topics"]]
    session.add(event)
    session.flush()
    return event


# --- likely duplicates -------------------------------------------------------------------------


@dataclass
class DuplicatePair:
    first: int
    second: int
    score: float
    first_title: str
    second_title: str
    date: str


def find_duplicates(
    session: Session, *, limit: int = 50, event_id: int | None = None
) -> list[DuplicatePair]:
    """Pairs of non-rejected events that look like one happening, most alike first.

    Events are loaded once and compared only within a sliding date window, so this stays fast on
    large databases. With ``event_id`` only the events whose dates could match that event's are
    loaded (what `tracker review` asks for each item).
    """
    if event_id is not None:
        return _duplicates_of(session, event_id, limit)
    events = list(
        session.scalars(
            select(Event)
            .where(Event.status != "rejected")
            .order_by(Event.date, Event.id)
            .options(*matching_load_options())
        )
    )
    happenings = [(e, happening_of(e)) for e in events]
    pairs: list[DuplicatePair] = []
    window: list[tuple[Event, Happening, dt.date]] = []
    for event, happening in happenings:
        start, _ = _span(happening)
        window = [w for w in window if w[2] + dt.timedelta(days=1) >= start]
        for other, other_h, _end in window:
            score = match_score(happening, other_h)
            if score is not None:
                pairs.append(_pair(other, event, score))
        window.append((event, happening, _span(happening)[1]))
    pairs.sort(key=lambda p: -p.score)
    return pairs[:limit]


def _pair(first: Event, second: Event, score: float) -> DuplicatePair:
    from tracker.dates import format_date

    return DuplicatePair(
        first=first.id,
        second=second.id,
        score=round(score, 1),
        first_title=first.title,
        second_title=second.title,
        date=format_date(first.date, first.date_precision),
    )


def _duplicates_of(session: Session, event_id: int, limit: int) -> list[DuplicatePair]:
    """Likely duplicates of one event: only events in its date window and type family are read."""
    from tracker.services.events import load_event

    target = load_event(session, event_id)
    if target.status == "rejected":
        return []
    happening = happening_of(target)
    pairs = []
    for other in candidate_events(session, happening, exclude=[event_id]):
        if other.status == "rejected":
            continue
        score = match_score(happening, happening_of(other))
        if score is not None:
            first, second = sorted((target, other), key=lambda e: (e.date, e.id))
            pairs.append(_pair(first, second, score))
    pairs.sort(key=lambda p: -p.score)
    return pairs[:limit]
