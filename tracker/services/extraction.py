"""Run event extraction on stored articles and store what it finds, one event per happening.

Re-running is safe: untouched machine events of the article are replaced, while events a person
confirmed, edited or rejected keep their fields (new evidence is only attached to them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tracker.dates import period_start
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
from tracker.services.curation import ARTICLE_DATE_WINDOW, Happening, find_matching_event
from tracker.services.history import is_locked, record_change
from tracker.services.topics import topic_cues

if TYPE_CHECKING:
    from tracker.extract import EventCandidate, Extractor


@dataclass
class ExtractionReport:
    article_id: int
    created: list[int] = field(default_factory=list)
    attached: list[int] = field(default_factory=list)
    removed: int = 0

    @property
    def events(self) -> int:
        return len(self.created) + len(self.attached)


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


def _sources(
    candidate: EventCandidate, article: Article, skip: frozenset[int | None] = frozenset()
) -> list[EventSource]:
    """Sources for the candidate's evidence, except evidence starting at an offset in ``skip``."""
    # filter before building: a built EventSource is already linked to article.sources, and one
    # dropped afterwards makes the next flush warn about an object outside the session
    return [
        EventSource(
            article=article,
            url=article.url,
            quote=ev.quote,
            start_offset=ev.start,
            end_offset=ev.end,
            highlights=[{"start": h.start, "end": h.end, "kind": h.kind} for h in ev.highlights],
        )
        for ev in candidate.evidence
        if ev.start not in skip
    ]


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


def clear_machine_output(session: Session, article: Article) -> int:
    """Drop this article's untouched machine events and evidence before extracting again."""
    removed = 0
    sources = session.scalars(select(EventSource).where(EventSource.article_id == article.id)).all()
    for source in sources:
        event = source.event
        if not _untouched(event):
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


def _same_article_event(
    session: Session, article: Article, candidate: EventCandidate
) -> Event | None:
    """A kept event whose evidence from this article overlaps the candidate's."""
    spans = [(ev.start, ev.end) for ev in candidate.evidence]
    for source in session.scalars(select(EventSource).where(EventSource.article_id == article.id)):
        if source.start_offset is None or source.end_offset is None:
            continue
        overlaps = any(s < source.end_offset and source.start_offset < e for s, e in spans)
        if overlaps and (source.event.type == candidate.type or not _untouched(source.event)):
            return source.event
    return None


def store_candidates(
    session: Session,
    article: Article,
    candidates: Iterable[EventCandidate],
    lookup: Lookup,
) -> ExtractionReport:
    report = ExtractionReport(article_id=article.id)
    report.removed = clear_machine_output(session, article)
    for candidate in candidates:
        if candidate.date is None:
            continue
        event = _same_article_event(session, article, candidate)
        if event is None:
            # the extractor already made one candidate per happening in this article, so two
            # candidates never go to the same event
            taken = report.created + report.attached
            event = find_matching_event(session, _happening(candidate, lookup), exclude=taken)
        if event is not None:
            attach(event, candidate, article, lookup, "merge")
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
