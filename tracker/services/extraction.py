"""Run event extraction on stored articles and store what it finds, one event per happening.

Re-running is safe: an untouched machine event of the article that a new candidate still describes
keeps its id and is refreshed from the candidate, the article's other untouched events are removed,
and events a person confirmed, edited or rejected keep their fields (new evidence is only attached
to them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tracker.dates import format_date, period_start
from tracker.models import (
    Actor,
    Affiliation,
    Article,
    Event,
    EventActor,
    EventSource,
    EventTopic,
    Topic,
    utcnow,
)
from tracker.reference import ActorSpec, AffiliationSpec
from tracker.services.curation import (
    ARTICLE_DATE_WINDOW,
    TYPE_FAMILY,
    Happening,
    find_matching_event,
)
from tracker.services.history import is_locked, record_change
from tracker.services.topics import topic_cues

if TYPE_CHECKING:
    from tracker.extract import EventCandidate, Evidence, Extractor


@dataclass
class ExtractionReport:
    article_id: int
    """What storing one article's candidates did, as event ids (and a count of removed events).

    ``created``: new events; ``attached``: evidence added to an event the article did not own (a
    person's, or another article's); ``updated``/``unchanged``: the article's untouched machine
    events that a candidate still describes, kept with their ids and refreshed (``updated`` when
    anything changed); ``removed``: the article's untouched events no candidate describes now.
    """

    article_id: int
    created: list[int] = field(default_factory=list)
    attached: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    removed: int = 0

    @property
    def events(self) -> int:
        return len(self.created) + len(self.attached) + len(self.updated) + len(self.unchanged)


@dataclass(frozen=True)
class ActorInfo:
    id: int
    name: str
    kind: str
    spec: ActorSpec


@dataclass
class Lookup:
    """Actors by canonical name and topic ids by slug, as plain data loaded once per batch."""

    actors: dict[str, ActorInfo]
    topics: dict[str, int]

    @classmethod
    def load(cls, session: Session) -> Lookup:
        actors = session.scalars(
            select(Actor).options(
                selectinload(Actor.aliases),
                selectinload(Actor.affiliations).selectinload(Affiliation.actor),
            )
        )
        infos = {}
        for a in actors:
            spec = ActorSpec(
                name=a.name,
                kind=a.kind,
                iso3=a.iso3,
                aliases=tuple(x.alias for x in a.aliases),
                affiliations=tuple(
                    AffiliationSpec(
                        actor=f.actor.name, role=f.role, start=f.start_date, end=f.end_date
                    )
                    for f in a.affiliations
                ),
            )
            infos[a.name] = ActorInfo(a.id, a.name, a.kind, spec)
        topics = {t.slug: t.id for t in session.scalars(select(Topic))}
        return cls(actors=infos, topics=topics)

    def _kind(self, name: str) -> str | None:
        info = self.actors.get(name)
        return info.kind if info else None

    def states(self, names: Iterable[str], day: dt.date | None) -> frozenset[str]:
        """Like :func:`tracker.services.curation.states_of`, for actor names."""
        found = set()
        for name in names:
            info = self.actors.get(name)
            if info is None:
                continue
            if info.kind == "state":
                found.add(info.name)
            elif info.kind == "person":
                state = next(
                    (
                        f.actor
                        for f in info.spec.affiliations
                        if f.covers(day) and self._kind(f.actor) == "state"
                    ),
                    None,
                )
                found.add(state or info.name)  # a person out of office counts as themselves
            else:
                found.add(info.name)
        return frozenset(found)


def build_extractor(session: Session, lookup: Lookup | None = None) -> Extractor:
    """An extractor over the database's actors and topics (build once per command)."""
    from tracker.extract import Extractor

    lookup = lookup or Lookup.load(session)
    return Extractor([info.spec for info in lookup.actors.values()], topics=topic_cues(session))


def _happening(candidate: EventCandidate, lookup: Lookup) -> Happening:
    assert candidate.date is not None
    return Happening(
        type=candidate.type,
        date=period_start(candidate.date, candidate.date_precision),
        precision=candidate.date_precision,
        end_date=candidate.end_date,
        states=lookup.states((a.name for a in candidate.actors), candidate.date),
        title=candidate.title,
        location=candidate.location,
        topics=frozenset(candidate.topics),
        earliest=(
            candidate.date - ARTICLE_DATE_WINDOW if candidate.date_source == "article" else None
        ),
    )


def _highlights(ev: Evidence) -> list[dict[str, Any]]:
    return [{"start": h.start, "end": h.end, "kind": h.kind} for h in ev.highlights]


def _source(ev: Evidence, article: Article) -> EventSource:
    return EventSource(
        article=article,
        url=article.url,
        quote=ev.quote,
        start_offset=ev.start,
        end_offset=ev.end,
        highlights=_highlights(ev),
    )


def _sources(
    candidate: EventCandidate, article: Article, skip: frozenset[int | None] = frozenset()
) -> list[EventSource]:
    """Sources for the candidate's evidence, except evidence starting at an offset in ``skip``."""
    # filter before building: a built EventSource is already linked to article.sources, and one
    # dropped afterwards makes the next flush warn about an object outside the session
    return [_source(ev, article) for ev in candidate.evidence if ev.start not in skip]


def _add_actors(event: Event, candidate: EventCandidate, lookup: Lookup, by: str | None) -> None:
    present = {ea.actor_id for ea in event.actors}
    for mention in candidate.actors:
        actor = lookup.actors.get(mention.name)
        if actor is None or actor.id in present:
            continue
        event.actors.append(
            EventActor(actor_id=actor.id, role=mention.role, position=len(event.actors))
        )
        present.add(actor.id)
        record_change(event, "actors", None, f"{actor.name} ({mention.role})", by)


def _add_topics(event: Event, candidate: EventCandidate, lookup: Lookup, by: str | None) -> None:
    present = {t.topic_id for t in event.topics}
    for slug in candidate.topics:
        topic_id = lookup.topics.get(slug)
        if topic_id is None or topic_id in present:
            continue
        event.topics.append(EventTopic(topic_id=topic_id))
        present.add(topic_id)
        record_change(event, "topics", None, slug, by)


def create_event(candidate: EventCandidate, article: Article, lookup: Lookup) -> Event:
    assert candidate.date is not None
    event = Event(
        date=period_start(candidate.date, candidate.date_precision),
        date_precision=candidate.date_precision,
        end_date=candidate.end_date,
        date_source=candidate.date_source,
        type=candidate.type,
        title=candidate.title,
        summary=candidate.summary,
        location=candidate.location,
        status="unreviewed",
        origin="extracted",
        planned=candidate.planned,
        confidence=round(candidate.confidence, 3),
    )
    event.actors = []
    event.topics = []
    event.sources = _sources(candidate, article)
    _add_actors(event, candidate, lookup, None)
    _add_topics(event, candidate, lookup, None)
    record_change(event, "event", None, "created", "extract")
    return event


_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}


def attach(
    event: Event, candidate: EventCandidate, article: Article, lookup: Lookup, by: str
) -> None:
    """Add the candidate's evidence to ``event`` and improve fields no person has locked."""
    seen = frozenset(s.start_offset for s in event.sources if s.article_id == article.id)
    for source in _sources(candidate, article, skip=seen):
        event.sources.append(source)
    if event.status != "unreviewed":
        return
    assert candidate.date is not None
    finer = _PRECISION_RANK[candidate.date_precision] > _PRECISION_RANK[event.date_precision]
    if finer and not is_locked(event, "date"):
        record_change(event, "date", event.date, candidate.date, by)
        event.date = candidate.date
        event.date_precision = candidate.date_precision
    if event.planned and not candidate.planned and not is_locked(event, "planned"):
        # a report that it took place: the scheduled event is no longer only planned
        record_change(event, "planned", True, False, by)
        event.planned = False
    if candidate.location and not event.location and not is_locked(event, "location"):
        record_change(event, "location", None, candidate.location, by)
        event.location = candidate.location
    if not is_locked(event, "actors"):
        _add_actors(event, candidate, lookup, by)
    if not is_locked(event, "topics"):
        _add_topics(event, candidate, lookup, by)
    if candidate.confidence > (event.confidence or 0) and not is_locked(event, "confidence"):
        event.confidence = round(candidate.confidence, 3)


def _untouched(event: Event) -> bool:
    return event.origin == "extracted" and event.status == "unreviewed" and not event.locked_fields


def clear_machine_output(session: Session, article: Article, keep: Iterable[Event] = ()) -> int:
    """Drop this article's untouched machine events and evidence, except the events in ``keep``."""
    kept = {id(e) for e in keep}
    removed = 0
    sources = session.scalars(select(EventSource).where(EventSource.article_id == article.id)).all()
    for source in sources:
        event = source.event
        if not _untouched(event) or id(event) in kept:
            continue  # a person's event keeps its evidence; new candidates re-attach to it
        if all(s.article_id == article.id for s in event.sources):
            if event in session.deleted:
                continue
            session.delete(event)
            removed += 1
        else:
            event.sources.remove(source)
    session.flush()
    return removed


def _span_overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    """How many characters two lists of (start, end) spans share."""
    return sum(max(0, min(ae, be) - max(as_, bs)) for as_, ae in a for bs, be in b)


def _overlap(source: EventSource, spans: list[tuple[int, int]]) -> int:
    if source.start_offset is None or source.end_offset is None:
        return 0
    return _span_overlap([(source.start_offset, source.end_offset)], spans)


def _spans(candidate: EventCandidate) -> list[tuple[int, int]]:
    return [(ev.start, ev.end) for ev in candidate.evidence]


def _same_article_event(
    session: Session, article: Article, candidate: EventCandidate
) -> Event | None:
    """A kept event whose evidence from this article overlaps the candidate's."""
    spans = _spans(candidate)
    for source in session.scalars(select(EventSource).where(EventSource.article_id == article.id)):
        if _overlap(source, spans) and (
            source.event.type == candidate.type or not _untouched(source.event)
        ):
            return source.event
    return None


def _owned_events(session: Session, article: Article) -> list[Event]:
    """The untouched machine events with evidence from this article, by id."""
    sources = session.scalars(select(EventSource).where(EventSource.article_id == article.id))
    events = {s.event.id: s.event for s in sources if _untouched(s.event)}
    return [events[i] for i in sorted(events)]


def _actor_ids(candidate: EventCandidate, lookup: Lookup) -> list[tuple[int, str]]:
    """(actor id, role) of the candidate's known actors, first mention first."""
    found: dict[int, str] = {}
    for mention in candidate.actors:
        actor = lookup.actors.get(mention.name)
        if actor is not None and actor.id not in found:
            found[actor.id] = mention.role
    return list(found.items())


def _family(event_type: str) -> str:
    return TYPE_FAMILY.get(event_type, event_type)


def _groups(candidates: list[EventCandidate], touched: list[EventSource]) -> list[list[int]]:
    """Candidate indexes by the event a first run stores them in (the first one leads).

    As in :func:`store_candidates`, a candidate whose evidence overlaps that of an earlier one of
    the same type joins its event. Candidates overlapping a person's event are left out: they
    go to that event as before.
    """
    groups: list[list[int]] = []
    for i, candidate in enumerate(candidates):
        spans = _spans(candidate)
        if any(_overlap(s, spans) for s in touched):
            continue
        group = next(
            (
                g
                for g in groups
                if candidates[g[0]].type == candidate.type
                and any(_span_overlap(spans, _spans(candidates[j])) for j in g)
            ),
            None,
        )
        if group is None:
            groups.append([i])
        else:
            group.append(i)
    return groups


def _claim(
    session: Session,
    article: Article,
    candidates: list[EventCandidate],
    owned: list[Event],
    lookup: Lookup,
) -> dict[int, list[int]]:
    """Event id -> indexes of the candidates that describe the article's untouched event again.

    A group of candidates (see :func:`_groups`) keeps an event of its type that has one of its
    quotes at the same place in the article; failing that, one with its date and actors;
    failing that, one whose quotes overlap its own (the most overlap wins). For an event other
    articles support too, a type of the same family is enough (it was matched, not made, from
    this article).
    """
    touched = [
        s
        for s in session.scalars(select(EventSource).where(EventSource.article_id == article.id))
        if not _untouched(s.event)
    ]
    groups = _groups(candidates, touched)
    combined = {g[0]: _combine(candidates[g[0]], [candidates[j] for j in g[1:]]) for g in groups}

    def mine(event: Event) -> list[tuple[int, int]]:
        return [
            (s.start_offset, s.end_offset)
            for s in event.sources
            if s.article_id == article.id and s.start_offset is not None
            if s.end_offset is not None
        ]

    def fits(event: Event, candidate: EventCandidate) -> bool:
        if event.type == candidate.type:
            return True
        shared = any(s.article_id != article.id for s in event.sources)
        return shared and _family(event.type) == _family(candidate.type)

    def same_quote(event: Event, candidate: EventCandidate) -> int:
        return len(set(mine(event)) & set(_spans(candidate)))

    def same_facts(event: Event, candidate: EventCandidate) -> int:
        assert candidate.date is not None
        day = period_start(candidate.date, candidate.date_precision)
        actors = {a for a, _ in _actor_ids(candidate, lookup)}
        return int(
            (event.date, event.date_precision) == (day, candidate.date_precision)
            and {ea.actor_id for ea in event.actors} == actors
        )

    def overlapping(event: Event, candidate: EventCandidate) -> int:
        return _span_overlap(mine(event), _spans(candidate))

    claims: dict[int, list[int]] = {}
    for score in (same_quote, same_facts, overlapping):
        for group in groups:
            if any(group is g for g in claims.values()):
                continue
            candidate = combined[group[0]]
            free = [e for e in owned if e.id not in claims and fits(e, candidate)]
            best = max(((score(e, candidate), e) for e in free), key=lambda p: p[0], default=None)
            if best is not None and best[0] > 0:
                claims[best[1].id] = group
    return claims


def _combine(lead: EventCandidate, others: list[EventCandidate]) -> EventCandidate:
    """The lead candidate with what :func:`attach` would add to its event from the others."""
    combined = replace(
        lead, evidence=list(lead.evidence), actors=list(lead.actors), topics=list(lead.topics)
    )
    for other in others:
        starts = {ev.start for ev in combined.evidence}
        combined.evidence += [ev for ev in other.evidence if ev.start not in starts]
        assert other.date is not None
        if _PRECISION_RANK[other.date_precision] > _PRECISION_RANK[combined.date_precision]:
            combined.date, combined.date_precision = other.date, other.date_precision
        combined.planned = combined.planned and other.planned
        combined.location = combined.location or other.location
        names = {a.name for a in combined.actors}
        combined.actors += [a for a in other.actors if a.name not in names]
        combined.topics += [t for t in other.topics if t not in combined.topics]
        combined.confidence = max(combined.confidence, other.confidence)
    return combined


def _sync_sources(event: Event, candidate: EventCandidate, article: Article) -> bool:
    """Make the event's evidence from this article the candidate's; other articles' stays.

    Sources are matched to the evidence by span (as many times as the evidence repeats a span,
    as :func:`create_event` stores it), so an unchanged candidate changes no row.
    """
    changed = False
    wanted = list(candidate.evidence)
    for source in [s for s in event.sources if s.article_id == article.id]:
        ev = next(
            (e for e in wanted if (e.start, e.end) == (source.start_offset, source.end_offset)),
            None,
        )
        if ev is None:
            event.sources.remove(source)
            changed = True
            continue
        wanted.remove(ev)
        fresh = (ev.quote, _highlights(ev), article.url)
        if (source.quote, source.highlights, source.url) != fresh:
            source.quote, source.highlights, source.url = fresh
            changed = True
    for ev in wanted:  # built only when kept: see _sources
        event.sources.append(_source(ev, article))
        changed = True
    return changed


def _set(event: Event, name: str, value: object, *, history: str | None = None) -> bool:
    """Set a field from extraction; record it in the history under ``history`` if given."""
    old = getattr(event, name)
    if old == value:
        return False
    if history is not None:
        record_change(event, history, old, value, "extract")
    setattr(event, name, value)
    return True


def _refresh_actors(event: Event, candidate: EventCandidate, lookup: Lookup) -> bool:
    names = {info.id: info.name for info in lookup.actors.values()}
    wanted = _actor_ids(candidate, lookup)
    if [(ea.actor_id, ea.role) for ea in event.actors] == wanted:
        return False
    roles = dict(wanted)
    for link in list(event.actors):
        if link.actor_id not in roles:
            event.actors.remove(link)
            record_change(
                event, "actors", f"{names.get(link.actor_id)} ({link.role})", None, "extract"
            )
    present = {ea.actor_id: ea for ea in event.actors}
    for position, (actor_id, role) in enumerate(wanted):
        link = present.get(actor_id)
        if link is None:
            link = EventActor(actor_id=actor_id, role=role, position=position)
            event.actors.append(link)
            record_change(event, "actors", None, f"{names[actor_id]} ({role})", "extract")
            continue
        if link.role != role:
            old, new = f"{names[actor_id]} ({link.role})", f"{names[actor_id]} ({role})"
            record_change(event, "actors", old, new, "extract")
            link.role = role
        link.position = position
    return True


def _refresh_topics(event: Event, candidate: EventCandidate, lookup: Lookup) -> bool:
    slugs = {topic_id: slug for slug, topic_id in lookup.topics.items()}
    wanted = {lookup.topics[t] for t in candidate.topics if t in lookup.topics}
    present = {t.topic_id for t in event.topics}
    if present == wanted:
        return False
    for link in [t for t in event.topics if t.topic_id not in wanted]:
        event.topics.remove(link)
        record_change(event, "topics", slugs.get(link.topic_id), None, "extract")
    for topic_id in sorted(wanted - present):
        event.topics.append(EventTopic(topic_id=topic_id))
        record_change(event, "topics", None, slugs[topic_id], "extract")
    return True


def refresh(event: Event, candidate: EventCandidate, article: Article, lookup: Lookup) -> bool:
    """Bring the article's untouched event in line with the candidate; whether anything changed.

    An event only this article supports takes the candidate's fields; one that other articles
    support too keeps what they gave it and is only improved, as :func:`attach` does.
    """
    changed = _sync_sources(event, candidate, article)
    if any(s.article_id != article.id for s in event.sources):
        before = _fingerprint(event)
        attach(event, candidate, article, lookup, "merge")
        return changed or _fingerprint(event) != before
    assert candidate.date is not None
    day = period_start(candidate.date, candidate.date_precision)
    old_date = format_date(event.date, event.date_precision)
    new_date = format_date(day, candidate.date_precision)
    if (event.date, event.date_precision) != (day, candidate.date_precision):
        record_change(event, "date", old_date, new_date, "extract")
        event.date, event.date_precision = day, candidate.date_precision
        changed = True
    changed |= _set(event, "end_date", candidate.end_date, history="end_date")
    changed |= _set(event, "date_source", candidate.date_source)
    changed |= _set(event, "title", candidate.title, history="title")
    changed |= _set(event, "summary", candidate.summary, history="summary")
    changed |= _set(event, "location", candidate.location, history="location")
    changed |= _set(event, "planned", candidate.planned, history="planned")
    changed |= _set(event, "confidence", round(candidate.confidence, 3))
    changed |= _refresh_actors(event, candidate, lookup)
    changed |= _refresh_topics(event, candidate, lookup)
    return changed


def _fingerprint(event: Event) -> tuple[object, ...]:
    return (
        event.date,
        event.date_precision,
        event.planned,
        event.location,
        event.confidence,
        tuple((ea.actor_id, ea.role) for ea in event.actors),
        frozenset(t.topic_id for t in event.topics),
        len(event.sources),
    )


def store_candidates(
    session: Session,
    article: Article,
    candidates: Iterable[EventCandidate],
    lookup: Lookup,
) -> ExtractionReport:
    """Store the article's candidates; its untouched events keep their ids when still found."""
    report = ExtractionReport(article_id=article.id)
    dated = [c for c in candidates if c.date is not None]
    owned = _owned_events(session, article)
    claims = _claim(session, article, dated, owned, lookup)
    kept = [e for e in owned if e.id in claims]
    report.removed = clear_machine_output(session, article, keep=kept)
    for event in kept:
        lead, *others = (dated[i] for i in claims[event.id])
        if refresh(event, _combine(lead, others), article, lookup):
            report.updated.append(event.id)
        else:
            report.unchanged.append(event.id)
    session.flush()
    claimed = {i for indexes in claims.values() for i in indexes}
    for i, candidate in enumerate(dated):
        if i in claimed:
            continue
        own = report.created + report.updated + report.unchanged
        event = _same_article_event(session, article, candidate)
        if event is None:
            # the extractor already made one candidate per happening in this article, so two
            # candidates never go to the same event
            taken = own + report.attached
            event = find_matching_event(session, _happening(candidate, lookup), exclude=taken)
        if event is not None:
            before = _fingerprint(event)
            attach(event, candidate, article, lookup, "merge")
            if event.id in report.unchanged and _fingerprint(event) != before:
                report.unchanged.remove(event.id)
                report.updated.append(event.id)
            elif event.id not in own and event.id not in report.attached:
                report.attached.append(event.id)
        else:
            event = create_event(candidate, article, lookup)
            session.add(event)
            session.flush()
            report.created.append(event.id)
    article.extracted_at = utcnow()
    session.flush()
    return report


def extract_article(
    session: Session, article: Article, extractor: Extractor, lookup: Lookup
) -> ExtractionReport:
    """Extract the article's events and store them (re-running replaces untouched ones)."""
    candidates = extractor.extract(article.text, article.published_at, title=article.title)
    return store_candidates(session, article, candidates, lookup)
