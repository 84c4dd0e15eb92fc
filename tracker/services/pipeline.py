"""Where ingestion and extraction meet: one article in, stored and its events extracted."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from tracker.services.articles import load_article, store_article
from tracker.services.extraction import ExtractionReport, Lookup, extract_article

if TYPE_CHECKING:
    from tracker.extract import Extractor
    from tracker.ingest import ArticleDraft


@dataclass
class IngestOutcome:
    """What happened to one input: ingested | updated | skipped | failed."""

    source: str
    status: str
    article_id: int | None = None
    title: str | None = None
    published: str | None = None
    reason: str | None = None
    warnings: list[str] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v not in (None, [], "")}


def ingest_draft(
    session: Session,
    draft: ArticleDraft,
    *,
    force: bool = False,
    extractor: Extractor | None = None,
    lookup: Lookup | None = None,
) -> IngestOutcome:
    """Store one article (idempotently) and, with an extractor, store the events it reports."""
    article, status = store_article(session, draft, force=force)
    outcome = IngestOutcome(
        source=draft.source_name,
        status=status,
        article_id=article.id,
        title=article.title,
        published=article.published_at.isoformat() if article.published_at else None,
        warnings=list(draft.warnings),
    )
    if status == "skipped":
        outcome.reason = "already ingested"
        return outcome
    if extractor is not None and lookup is not None:
        report = extract_article(session, load_article(session, article.id), extractor, lookup)
        outcome.events = _event_summaries(session, report)
    return outcome


def _event_summaries(session: Session, report: ExtractionReport) -> list[dict[str, Any]]:
    from tracker.dates import format_date
    from tracker.models import Event

    rows = []
    hows = [
        *((i, "new") for i in report.created),
        *((i, "merged") for i in report.attached),
        *((i, "updated") for i in report.updated),
        *((i, "unchanged") for i in report.unchanged),
    ]
    for event_id, how in hows:
        event = session.get(Event, event_id)
        if event is not None:
            rows.append(
                {
                    "id": event.id,
                    "date": format_date(event.date, event.date_precision),
                    "type": event.type,
                    "title": event.title,
                    "how": how,
                }
            )
    return rows
