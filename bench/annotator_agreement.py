"""How far two annotators agree on the dev set, scored the way the extractor is scored.

    python bench/annotator_agreement.py [--second PATH] [--verbose]

``tests/fixtures/devset/second_annotation.json`` re-annotates some dev-set articles, made blind to
``gold.json``. Its events are matched against the gold with ``extraction_eval.match`` (same type,
date at the gold's precision, actor Jaccard >= 0.5), so the agreement F1 is the ceiling for the
extractor's F1 on these articles; the extractor's own score on the same articles is printed
beside it. ``--second tests/fixtures/devset/second_annotation_blind.json`` scores the second
annotation of the blind sets holdout46-48 instead.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for path in (ROOT, ROOT / "bench"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from extraction_eval import DEVSET, Result, evaluate, gold_events, load_gold, match  # noqa: E402

from tracker.extract import ActorMention, EventCandidate, Extractor, load_topic_cues  # noqa: E402
from tracker.extract.gazetteer import Gazetteer  # noqa: E402
from tracker.reference import load_reference_actors  # noqa: E402

SECOND = DEVSET / "second_annotation.json"
SECOND_BLIND = DEVSET / "second_annotation_blind.json"
_PRECISION = {3: "day", 2: "month", 1: "year"}


def as_candidate(event: dict, gaz: Gazetteer) -> EventCandidate:
    """An annotated event in the extractor's shape, so the evaluator's matching applies."""
    parts = [int(p) for p in event["date"].split("-")]
    names = [gaz.lookup(a) or a for a in event["actors"]]
    return EventCandidate(
        type=event["type"],
        title="",
        date=dt.date(*parts, *([1] * (3 - len(parts)))),
        date_precision=_PRECISION[len(parts)],
        end_date=None,
        date_source="text",
        planned=bool(event.get("planned", False)),
        location=event.get("location"),
        topics=list(event.get("topics", [])),
        actors=[ActorMention(n, gaz.kind(n) or "state", "participant") for n in names],
        confidence=1.0,
        evidence=[],
    )


def agreement(
    extractor: Extractor, gold: dict[str, dict], second: dict[str, dict]
) -> tuple[Result, Result, Counter[tuple[str, str]]]:
    """(second annotator vs gold, extractor vs gold on the same articles, per-type counts)."""
    gaz = extractor.gazetteer
    annotators = Result()
    per_type: Counter[tuple[str, str]] = Counter()
    for name, article in second.items():
        golds = gold_events(gold[name], gaz)
        pairs = match(golds, [as_candidate(e, gaz) for e in article["events"]], gaz)
        annotators.tp += len(pairs)
        annotators.fn += len(golds) - len(pairs)
        annotators.fp += len(article["events"]) - len(pairs)
        agreed = {gi for gi, _ in pairs}
        for gi, g in enumerate(golds):
            per_type[(g.type, "gold")] += 1
            per_type[(g.type, "agreed")] += gi in agreed
            if gi not in agreed:
                annotators.misses.append((name, g))
        for e in article["events"]:
            per_type[(e["type"], "second")] += 1
    system = evaluate(extractor, {name: gold[name] for name in second}, "all")
    return annotators, system, per_type


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--second", type=Path, default=SECOND, help="the second annotation")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    second = json.loads(args.second.read_text(encoding="utf-8"))["articles"]
    extractor = Extractor(load_reference_actors(), load_topic_cues())
    annotators, system, per_type = agreement(extractor, load_gold(), second)
    print(f"{len(second)} articles, {annotators.tp + annotators.fn} gold events")
    print(f"second annotator vs gold: {annotators.summary()}")
    print(f"extractor vs gold:        {system.summary()}")
    print(f"{'type':<18} {'gold':>5} {'second':>6} {'agreed':>6}")
    for t in sorted({t for t, _ in per_type}):
        gold_n, second_n, agreed = (per_type[(t, k)] for k in ("gold", "second", "agreed"))
        print(f"{t:<18} {gold_n:>5} {second_n:>6} {agreed:>6}")
    if args.verbose:
        print("-- gold events the second annotator has not")
        for name, g in annotators.misses:
            print(f"  {name}: {g.date} {g.type} {sorted(g.actors)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
