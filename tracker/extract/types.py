"""Plain data objects returned by the extractor."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Highlight:
    """A span of a quote that explains the extraction (offsets relative to the quote)."""

    start: int
    end: int
    kind: str  # trigger | actor | date | place


@dataclass
class Evidence:
    """A sentence supporting an event; ``start``/``end`` are offsets in the article text."""

    quote: str
    start: int
    end: int
    highlights: list[Highlight]

    @property
    def trigger(self) -> Highlight | None:
        """The highlight of the trigger phrase the event was found by (the first one)."""
        return next((h for h in self.highlights if h.kind == "trigger"), None)


@dataclass
class ActorMention:
    """An actor taking part in an event (canonical name as in the reference data)."""

    name: str
    kind: str  # state | organisation | group | person
    role: str  # participant | initiator | target | mediator | host


@dataclass
class EventCandidate:
    """One event an article reports, with the evidence for it."""

    type: str
    title: str
    date: dt.date | None
    date_precision: str  # day | month | year
    end_date: dt.date | None
    date_source: str  # text | article
    planned: bool
    location: str | None
    topics: list[str]
    actors: list[ActorMention]
    confidence: float
    evidence: list[Evidence]
    summary: str | None = None
    # The signals the confidence was computed from (``tracker.extract.confidence.features``).
    features: dict[str, float] = field(default_factory=dict, repr=False, compare=False)
