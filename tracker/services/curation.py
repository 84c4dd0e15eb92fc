"""One event per happening: matching an event against existing ones, merging and splitting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from tracker.dates import period_end
from tracker.models import Actor, Event
from tracker.services.views import actor_country, event_load_options

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


def states_of(actors: Iterable[Actor], day: dt.date | None) -> frozenset[str]:
    """States involved (people count for the state they represent); organisations as themselves."""
    found = set()
    for actor in actors:
        country = actor_country(actor, day)
        if country:
            found.add(country)
        elif actor.kind in ("organisation", "group"):
            found.add(actor.name)
    return frozenset(found)


def happening_of(event: Event) -> Happening:
    return Happening(
        type=event.type,
        date=event.date,
        precision=event.date_precision,
        end_date=event.end_date,
        states=states_of((ea.actor for ea in event.actors), event.date),
        title=event.title,
        location=event.location,
    )


def _span(h: Happening) -> tuple[dt.date, dt.date]:
    end = period_end(h.date, h.precision)
    if h.end_date and h.end_date > end:
        end = h.end_date
    return h.date, end


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
    score = overlap * 50 + title / 2 + (10 if same_place else 0)
    score += 5 if a.type == b.type else 0
    score += 5 if a.date == b.date else 0
    return score


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
        .options(*event_load_options())
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
