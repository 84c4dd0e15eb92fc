"""Pure text -> ``EventCandidate`` extraction (no database, no printing).

Build one ``Extractor`` (it compiles the gazetteer, trigger lexicon and topic cues once) and call
``extract(text, published)`` per article::

    from tracker.extract import Extractor, load_topic_cues
    from tracker.reference import load_reference_actors

    extractor = Extractor(load_reference_actors(), load_topic_cues())
    for event in extractor.extract(body, published=dt.datetime(2025, 5, 16, 18, 4)):
        print(event.date, event.type, event.title)

Events whose date cannot be resolved are dropped rather than kept with a low confidence: an
undated event cannot be placed on a timeline, and the analyst still has the article. Each event's
``confidence`` is a learned probability that it is right (``tracker.extract.confidence``); events
scored below the model's threshold are dropped. The rules that decide what is an event are
described in ``tracker.extract.events``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from tracker.extract.confidence import ConfidenceModel
from tracker.extract.events import Assembler
from tracker.extract.gazetteer import Gazetteer, PhraseIndex, load_places
from tracker.extract.triggers import TriggerLexicon
from tracker.extract.types import ActorMention, EventCandidate, Evidence, Highlight
from tracker.reference import ActorSpec
from tracker.vocab import load_data_toml

__all__ = [
    "ActorMention",
    "EventCandidate",
    "Evidence",
    "Extractor",
    "Highlight",
    "load_topic_cues",
]


def load_topic_cues(path: str | Path | None = None) -> dict[str, list[str]]:
    """Topic slug -> lower-case cue phrases, from ``tracker/data/topics.toml``."""
    data = load_data_toml("topics.toml", path)
    return {slug: [c.lower() for c in spec.get("cues", [])] for slug, spec in data.items()}


class Extractor:
    """Extracts dated events from article text; build once, call ``extract`` many times."""

    def __init__(
        self,
        actors: Iterable[ActorSpec],
        topics: Mapping[str, Sequence[str]] | None = None,
        triggers_path: str | Path | None = None,
        places_path: str | Path | None = None,
        confidence: ConfidenceModel | str | Path | None = None,
        min_confidence: float | None = None,
    ) -> None:
        """``confidence``: the confidence model (default ``tracker/data/confidence.toml``);
        ``min_confidence``: drop events scored below it (default: the model's threshold)."""
        self.confidence = (
            confidence
            if isinstance(confidence, ConfidenceModel)
            else ConfidenceModel.load(confidence)
        )
        self.min_confidence = (
            self.confidence.threshold if min_confidence is None else min_confidence
        )
        self.gazetteer = Gazetteer(actors, load_places(places_path))
        self.lexicon = TriggerLexicon(triggers_path)
        topic_index = PhraseIndex()
        for slug, cues in (topics if topics is not None else load_topic_cues()).items():
            for cue in cues:
                topic_index.add(cue, (len(cue.strip()), slug))
        topic_index.build()
        self._assembler = Assembler(self.gazetteer, self.lexicon, topic_index, self.confidence)

    def extract(
        self,
        text: str,
        published: dt.datetime | dt.date | None,
        title: str | None = None,
    ) -> list[EventCandidate]:
        """Events reported in ``text`` (offsets in the evidence refer to ``text``), bar those
        scored below ``min_confidence``."""
        if isinstance(published, dt.datetime):
            day: dt.date | None = published.date()
        else:
            day = published
        events = self._assembler.extract(text, day, title)
        if self.min_confidence > 0:
            events = [e for e in events if e.confidence >= self.min_confidence]
        return events
