"""Event-level precision, recall and F1 of ``tracker.extract`` on the dev set.

    python bench/extraction_eval.py [--split dev|test|holdout2|heldout|all] [--verbose]

Without ``--split`` it prints each split (``dev``, the split the rules were tuned on; ``test`` and
``holdout2``, held out) and the combined held-out figure (``heldout`` = every split but ``dev``).

A predicted event matches a gold event when it has the same type, the same date at the gold's
precision (a predicted span such as "last week" matches a gold day inside it) and actor-state sets
with Jaccard >= 0.5 (people count as the states they were affiliated with on the date,
organisations and groups as themselves). Matching is greedy and one-to-one, best Jaccard first.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tracker.extract import EventCandidate, Extractor, load_topic_cues  # noqa: E402
from tracker.extract.gazetteer import Gazetteer  # noqa: E402
from tracker.reference import load_reference_actors  # noqa: E402

DEVSET = ROOT / "tests" / "fixtures" / "devset"
JACCARD_MIN = 0.5


@dataclass
class GoldEvent:
    date: str
    type: str
    actors: frozenset[str]
    planned: bool
    raw: dict


@dataclass
class Result:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    per_type: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: list[tuple[str, GoldEvent]] = field(default_factory=list)
    false_positives: list[tuple[str, EventCandidate]] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> str:
        return (
            f"precision {self.precision:.3f}  recall {self.recall:.3f}  F1 {self.f1:.3f}  "
            f"(tp {self.tp}, fp {self.fp}, fn {self.fn})"
        )


def load_gold(path: Path = DEVSET / "gold.json") -> dict[str, dict]:
    """The gold annotations, keyed by file name."""
    return json.loads(path.read_text(encoding="utf-8"))["articles"]


def date_matches(gold: str, event: EventCandidate) -> bool:
    """Same date at the gold's precision (a predicted span covers a gold day)."""
    if event.date is None:
        return False
    parts = [int(p) for p in gold.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        if event.date_precision != "day":
            return False
        end = event.end_date or event.date
        return event.date <= day <= end
    if len(parts) == 2:
        return event.date_precision in {"day", "month"} and (
            event.date.year,
            event.date.month,
        ) == tuple(parts)
    return event.date.year == parts[0]


def predicted_states(event: EventCandidate, gazetteer: Gazetteer) -> frozenset[str]:
    """Actor states of a predicted event: people become their affiliated actors on the date."""
    out: set[str] = set()
    for actor in event.actors:
        out.update(gazetteer.affiliated(actor.name, event.date))
    return frozenset(n for n in out if gazetteer.kind(n) != "person")


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


HELDOUT = "heldout"


def in_split(article: dict, split: str) -> bool:
    """Whether an article belongs to ``split`` (``all``; ``heldout`` = every split but dev)."""
    own = article.get("split", "dev")
    if split == "all":
        return True
    if split == HELDOUT:
        return own != "dev"
    return own == split


def gold_events(article: dict, gaz: Gazetteer) -> list[GoldEvent]:
    """An article's gold events, actors resolved to canonical names."""
    return [
        GoldEvent(
            g["date"],
            g["type"],
            frozenset(gaz.lookup(a) or a for a in g["actors"]),
            bool(g.get("planned", False)),
            g,
        )
        for g in article["events"]
    ]


def match(
    golds: list[GoldEvent], predicted: list[EventCandidate], gaz: Gazetteer
) -> list[tuple[int, int]]:
    """Matched (gold index, predicted index) pairs: same type and date, actor-state Jaccard >= 0.5;
    greedy and one-to-one, best Jaccard first."""
    states = [predicted_states(p, gaz) for p in predicted]
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(predicted):
            if p.type != g.type or not date_matches(g.date, p):
                continue
            score = jaccard(g.actors, states[pi])
            if score >= JACCARD_MIN:
                pairs.append((score, gi, pi))
    pairs.sort(key=lambda x: -x[0])
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def evaluate(
    extractor: Extractor, gold: dict[str, dict], split: str = "all", devset: Path = DEVSET
) -> Result:
    """Run the extractor over the dev set and score it against the gold events."""
    gaz = extractor.gazetteer
    result = Result()
    for name, article in gold.items():
        if not in_split(article, split):
            continue
        text = (devset / name).read_text(encoding="utf-8")
        published = dt.datetime.fromisoformat(article["published"])
        start = time.perf_counter()
        predicted = extractor.extract(text, published, title=article.get("title"))
        result.seconds.append(time.perf_counter() - start)
        golds = gold_events(article, gaz)
        matched = match(golds, predicted, gaz)
        used_g = {gi for gi, _ in matched}
        used_p = {pi for _, pi in matched}
        for gi, _ in matched:
            result.tp += 1
            result.per_type[(golds[gi].type, "tp")] += 1
        for gi, g in enumerate(golds):
            if gi not in used_g:
                result.fn += 1
                result.per_type[(g.type, "fn")] += 1
                result.misses.append((name, g))
        for pi, p in enumerate(predicted):
            if pi not in used_p:
                result.fp += 1
                result.per_type[(p.type, "fp")] += 1
                result.false_positives.append((name, p))
    return result


def _report(label: str, result: Result, verbose: bool, gaz: Gazetteer) -> None:
    print(f"== {label}: {len(result.seconds)} articles")
    print(result.summary())
    if result.seconds:
        ms = [s * 1000 for s in result.seconds]
        print(f"time per article: mean {sum(ms) / len(ms):.2f} ms, max {max(ms):.2f} ms")
    types = sorted({t for t, _ in result.per_type})
    print(f"{'type':<18} {'tp':>4} {'fp':>4} {'fn':>4}  {'P':>5} {'R':>5}")
    for t in types:
        tp, fp, fn = (result.per_type[(t, k)] for k in ("tp", "fp", "fn"))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        print(f"{t:<18} {tp:>4} {fp:>4} {fn:>4}  {p:>5.2f} {r:>5.2f}")
    if verbose:
        print("-- misses (gold events not found)")
        for name, g in result.misses:
            print(f"  {name}: {g.date} {g.type} {sorted(g.actors)}")
        print("-- false positives")
        for name, p in result.false_positives:
            date = p.date.isoformat() if p.date else "?"
            print(
                f"  {name}: {date}/{p.date_precision} {p.type} "
                f"{sorted(predicted_states(p, gaz))} :: {p.evidence[0].quote[:110]}"
            )
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default=None, help="dev, test, holdout2, heldout or all")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    extractor = Extractor(load_reference_actors(), load_topic_cues())
    gold = load_gold()
    if args.split is None:
        named = sorted(
            {a.get("split", "dev") for a in gold.values()} - {"dev"}, key=lambda s: (s != "test", s)
        )
        splits = ["dev", *named, HELDOUT]
    else:
        splits = [args.split]
    for split in splits:
        _report(split, evaluate(extractor, gold, split), args.verbose, extractor.gazetteer)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
