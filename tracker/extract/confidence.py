"""Confidence of an extracted event: a small logistic model over what the rules know of it.

``features`` turns a finished draft into named numbers (type, where the date came from, trigger
strength, hedging, actors, evidence, position in the article, ...); ``ConfidenceModel`` scores them
with the weights in ``tracker/data/confidence.toml`` (a dot product and a sigmoid, no
dependency). The weights are learned by ``bench/train_confidence.py`` against the dev set's gold;
the file also holds the threshold below which the extractor drops a candidate.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from tracker.extract.drafts import Draft
from tracker.extract.patterns import HEDGE, HEDGE_NEEDLES
from tracker.extract.prefilter import possible
from tracker.extract.types import ActorMention
from tracker.vocab import load_data_toml

EVENT_TYPES = (
    "talks",
    "call",
    "meeting",
    "visit",
    "proposal",
    "agreement",
    "demand",
    "rejection",
    "statement",
    "prisoner_exchange",
    "ceasefire",
    "sanction",
    "other",
)
ROLES = ("mediator", "host", "initiator", "target")

FEATURE_NAMES: tuple[str, ...] = (
    *(f"type_{t}" for t in EVENT_TYPES),
    "date_from_text",
    "date_month",
    "date_year",
    "date_span",
    "date_future",
    "date_weeks_before",
    "date_past_year",
    "date_in_quote",
    "verbal_trigger",
    "hedged",
    "planned",
    "again",
    "evidence_log",
    "actors_0",
    "actors_1",
    "actors_3plus",
    "states_0",
    "has_person",
    "has_organisation",
    *(f"role_{r}" for r in ROLES),
    "actor_named_in_quote",
    "actors_unnamed_share",
    "has_location",
    "topics_log",
    "first_position",
    "first_sentence_lead",
    "quote_long",
    "quote_speech",
)


def features(
    draft: Draft, actors: Sequence[ActorMention], text: str, published: dt.date | None
) -> dict[str, float]:
    """The named signals of a finished draft (every name in ``FEATURE_NAMES``, nothing else)."""
    out = dict.fromkeys(FEATURE_NAMES, 0.0)
    kind = draft.type if draft.type in EVENT_TYPES else "other"
    out[f"type_{kind}"] = 1.0
    date = draft.date
    out["date_from_text"] = float(draft.date_source == "text")
    out["date_month"] = float(date.precision == "month")
    out["date_year"] = float(date.precision == "year")
    out["date_span"] = float(date.end is not None)
    if published is not None:
        age = (published - date.start).days
        out["date_future"] = float(age < 0)
        out["date_weeks_before"] = float(7 < age <= 365)  # a week to a year before the news
        out["date_past_year"] = float(age > 365)
    first = draft.evidence[0]
    quote = first.quote
    kinds = [h.kind for ev in draft.evidence for h in ev.highlights]
    out["date_in_quote"] = float("date" in kinds)
    out["verbal_trigger"] = float(draft.trigger_strength == "verbal")
    out["hedged"] = float(bool(possible(quote, *HEDGE_NEEDLES) and HEDGE.search(quote)))
    out["planned"] = float(draft.planned)
    out["again"] = float(draft.again)
    out["evidence_log"] = math.log(len(draft.evidence))
    names = {a.name for a in actors}
    out["actors_0"] = float(not names)
    out["actors_1"] = float(len(names) == 1)
    out["actors_3plus"] = float(len(names) >= 3)
    actor_kinds = {a.kind for a in actors}
    out["states_0"] = float("state" not in actor_kinds)
    out["has_person"] = float("person" in actor_kinds)
    out["has_organisation"] = float(bool(actor_kinds & {"organisation", "group"}))
    roles = {a.role for a in actors}
    for role in ROLES:
        out[f"role_{role}"] = float(role in roles)
    named = sum(1 for h in first.highlights if h.kind == "actor")
    out["actor_named_in_quote"] = float(named > 0)
    if names:  # parties the sentence does not name (the article's pair, "both sides", dateline)
        out["actors_unnamed_share"] = max(0.0, 1.0 - kinds.count("actor") / len(names))
    out["has_location"] = float(draft.location is not None)
    out["topics_log"] = math.log1p(len(draft.topics))
    out["first_position"] = min(ev.start for ev in draft.evidence) / max(len(text), 1)
    out["first_sentence_lead"] = float(draft.order <= 2)
    out["quote_long"] = min(len(quote), 600) / 300
    out["quote_speech"] = float(any(c in quote for c in '"“”'))
    return out


@dataclass(frozen=True)
class ConfidenceModel:
    """Logistic-regression weights over ``features``; ``threshold`` is the drop threshold."""

    bias: float
    weights: Mapping[str, float]
    threshold: float = 0.0
    note: str = ""
    metrics: Mapping[str, float] = field(default_factory=dict)

    def score(self, feats: Mapping[str, float]) -> float:
        """The probability that the event is right (strictly between 0 and 1)."""
        # Most features are 0: summing the others only gives the same float (x + 0.0 == x).
        weights = self.weights
        z = self.bias + sum(weights.get(name, 0.0) * v for name, v in feats.items() if v)
        z = max(-30.0, min(30.0, z))
        return 1.0 / (1.0 + math.exp(-z))

    def keep(self, confidence: float) -> bool:
        """Whether an event scored ``confidence`` survives the drop threshold."""
        return confidence >= self.threshold

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ConfidenceModel:
        """A model from the parsed TOML table (``bias``, ``threshold``, ``[weights]``)."""
        return cls(
            bias=float(data["bias"]),
            weights={str(k): float(v) for k, v in data.get("weights", {}).items()},
            threshold=float(data.get("threshold", 0.0)),
            note=str(data.get("note", "")),
            metrics={str(k): float(v) for k, v in data.get("metrics", {}).items()},
        )

    @classmethod
    def load(cls, path: str | Path | None = None) -> ConfidenceModel:
        """The model in ``path``, or the packaged ``tracker/data/confidence.toml``."""
        if path is None:
            return default_model()
        return cls.from_dict(load_data_toml("confidence.toml", path))


@cache
def default_model() -> ConfidenceModel:
    """The packaged model (read once)."""
    return ConfidenceModel.from_dict(load_data_toml("confidence.toml"))
