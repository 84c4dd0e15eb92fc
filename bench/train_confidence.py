"""Train the extractor's confidence model and write ``tracker/data/confidence.toml``.

    python bench/train_confidence.py [--splits dev test holdout2 ...] [--check holdout31 ...]
                                     [--recalibrate holdout40 holdout41 holdout42]
                                     [--out PATH] [--no-threshold]

Each candidate the extractor finds (with no drop threshold) on the training splits is labelled
right when the evaluator (``extraction_eval.match``) pairs it with a gold event. An L2-regularised
logistic regression (Newton's method, standard library only, deterministic) is fitted on the
candidates' ``features``. The L2 strength and the drop threshold are chosen by cross-validation
grouped by split (each split, a batch of articles by one author, is held out in turn): the
strength by log-loss, the threshold as the one with the best pooled F1, kept only when it beats
no threshold by ``--min-gain``. The ``--check`` split is never trained on: it is scored at the end.

The training splits are ones the rules were tuned against, so their candidates are easier than
unseen text's and a model fitted on them alone is optimistic there. ``--recalibrate`` names
splits first scored blind with the current rules: the model's log-odds are rescaled on their
candidates (Platt scaling: ``sigmoid(a * logit + b)``, folded into the weights), and the
rescaling is checked by leaving out one of those splits at a time.

Splits are listed explicitly (never "every split in gold.json"): sets still being written are not
read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.extraction_eval import DEVSET, Result, gold_events, load_gold, match  # noqa: E402
from tracker.extract import EventCandidate, Extractor, load_topic_cues  # noqa: E402
from tracker.extract.confidence import FEATURE_NAMES, ConfidenceModel  # noqa: E402
from tracker.extract.gazetteer import Gazetteer  # noqa: E402
from tracker.reference import load_reference_actors  # noqa: E402

# The analysed splits (rules were read or tuned against them) are trained on; the newest blind
# sets, first scored with the current rules, rescale the model (none is left as a check: their
# rescaling is checked by leaving out one of them at a time).
TRAIN_SPLITS = ("dev", "test", *(f"holdout{i}" for i in range(2, 46)))
CHECK_SPLITS: tuple[str, ...] = ()
RECALIBRATE_SPLITS = ("holdout46", "holdout47", "holdout48")
LAMBDAS = (0.3, 1.0, 3.0, 10.0, 30.0)
THRESHOLDS = tuple(i / 100 for i in range(0, 91))
OUT = ROOT / "tracker" / "data" / "confidence.toml"


@dataclass
class Article:
    """One article's candidates, their feature rows and labels, and its gold events."""

    name: str
    split: str
    candidates: list[EventCandidate]
    rows: list[list[float]]
    labels: list[int]
    golds: list


def collect(splits: Sequence[str], gold: dict[str, dict], extractor: Extractor) -> list[Article]:
    """Extract every article of ``splits`` and label its candidates against the gold."""
    gaz = extractor.gazetteer
    wanted = set(splits)
    out = []
    for name in sorted(gold):
        article = gold[name]
        split = article.get("split", "dev")
        if split not in wanted:
            continue
        text = (DEVSET / name).read_text(encoding="utf-8")
        published = dt.datetime.fromisoformat(article["published"])
        cands = extractor.extract(text, published, title=article.get("title"))
        golds = gold_events(article, gaz)
        right = {pi for _, pi in match(golds, cands, gaz)}
        rows = [[c.features[f] for f in FEATURE_NAMES] for c in cands]
        labels = [int(i in right) for i in range(len(cands))]
        out.append(Article(name, split, cands, rows, labels, golds))
    return out


# --- logistic regression -------------------------------------------------------------------------


def _sigmoid(z: float) -> float:
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Solve ``a x = b`` (symmetric positive definite) by Gaussian elimination with pivoting."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        p = m[col][col]
        for r in range(col + 1, n):
            f = m[r][col] / p
            if f:
                row, top = m[r], m[col]
                for c in range(col, n + 1):
                    row[c] -= f * top[c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        s = m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))
        x[r] = s / m[r][r]
    return x


def fit(rows: list[list[float]], labels: list[int], lam: float) -> list[float]:
    """Weights ``[bias, w1, ...]`` minimising log-loss + ``lam``/2 * |w|^2 (bias unpenalised)."""
    k = len(rows[0]) + 1 if rows else len(FEATURE_NAMES) + 1
    sparse = [[(0, 1.0)] + [(j + 1, v) for j, v in enumerate(r) if v] for r in rows]
    w = [0.0] * k
    for _ in range(50):
        grad = [lam * w[j] if j else 0.0 for j in range(k)]
        hess = [[0.0] * k for _ in range(k)]
        for j in range(1, k):
            hess[j][j] = lam
        hess[0][0] = 1e-6
        for x, y in zip(sparse, labels, strict=True):
            p = _sigmoid(sum(w[j] * v for j, v in x))
            g, h = p - y, p * (1 - p)
            for j, v in x:
                grad[j] += g * v
                hj = hess[j]
                hv = h * v
                for i, u in x:
                    hj[i] += hv * u
        step = _solve(hess, grad)
        w = [wj - sj for wj, sj in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return w


def logit(w: list[float], row: Sequence[float]) -> float:
    return w[0] + sum(wj * v for wj, v in zip(w[1:], row, strict=True))


def predict(w: list[float], row: Sequence[float]) -> float:
    return _sigmoid(logit(w, row))


def platt(logits: list[float], labels: list[int]) -> tuple[float, float]:
    """Slope ``a`` and intercept ``b`` of ``sigmoid(a * logit + b)`` fitted to ``labels``."""
    b, a = fit([[z] for z in logits], labels, 1e-3)
    return a, b


def rescaled(w: list[float], a: float, b: float) -> list[float]:
    """The weights whose log-odds are ``a`` times those of ``w`` plus ``b``."""
    return [a * w[0] + b, *(a * wj for wj in w[1:])]


def recalibrate(w: list[float], articles: Sequence[Article], gaz: Gazetteer) -> tuple[float, float]:
    """Platt-rescale ``w`` on ``articles``; print the blind and left-out-split reliability. The
    rescaling is kept (slope, intercept) only when, fitted on all splits but one, it lowers the
    log-loss of the one left out; otherwise ``(1, 0)``."""
    logits = [[logit(w, r) for r in a.rows] for a in articles]
    labels = [y for a in articles for y in a.labels]
    flat = [_sigmoid(z) for zs in logits for z in zs]
    print(f"recalibration splits ({len({a.split for a in articles})}), before rescaling:")
    print(
        f"  {score_at(articles, [[_sigmoid(z) for z in zs] for zs in logits], 0.0, gaz).summary()}"
    )
    print(f"  log-loss {log_loss(flat, labels):.4f}, Brier {brier(flat, labels):.4f}")
    print("\n".join(reliability(flat, labels, bins=5)))
    splits = sorted({a.split for a in articles})
    if len(splits) < 2:
        print("rescaling not kept: it needs two splits or more, to be checked on one left out")
        return 1.0, 0.0
    oof: list[float] = []
    oof_labels: list[int] = []
    for held in splits:
        a, b = platt(
            [z for art, zs in zip(articles, logits, strict=True) if art.split != held for z in zs],
            [y for art in articles if art.split != held for y in art.labels],
        )
        for art, zs in zip(articles, logits, strict=True):
            if art.split == held:
                oof += [_sigmoid(a * z + b) for z in zs]
                oof_labels += art.labels
    print("rescaled, each split by the scaling fitted on the others:")
    print(f"  log-loss {log_loss(oof, oof_labels):.4f}, Brier {brier(oof, oof_labels):.4f}")
    print("\n".join(reliability(oof, oof_labels, bins=5)))
    if log_loss(oof, oof_labels) >= log_loss(flat, labels):
        print("rescaling not kept: it does not lower the log-loss of the splits left out")
        return 1.0, 0.0
    a, b = platt([z for zs in logits for z in zs], labels)
    print(f"rescaling on all of them: log-odds * {a:.3f} {b:+.3f}")
    return a, b


def log_loss(probs: Sequence[float], labels: Sequence[int]) -> float:
    eps = 1e-12
    return -sum(
        math.log(max(p, eps)) if y else math.log(max(1 - p, eps))
        for p, y in zip(probs, labels, strict=True)
    ) / max(len(labels), 1)


def brier(probs: Sequence[float], labels: Sequence[int]) -> float:
    return sum((p - y) ** 2 for p, y in zip(probs, labels, strict=True)) / max(len(labels), 1)


# --- evaluation ----------------------------------------------------------------------------------


def score_at(
    articles: Sequence[Article], probs: Sequence[Sequence[float]], t: float, gaz: Gazetteer
) -> Result:
    """The evaluator's figures when candidates scored below ``t`` are dropped (re-matched)."""
    tp = fp = fn = 0
    for art, ps in zip(articles, probs, strict=True):
        kept = [c for c, p in zip(art.candidates, ps, strict=True) if p >= t]
        n = len(match(art.golds, kept, gaz)) if t > 0 else sum(art.labels)
        tp, fp, fn = tp + n, fp + len(kept) - n, fn + len(art.golds) - n
    return Result(tp=tp, fp=fp, fn=fn)


def reliability(probs: Sequence[float], labels: Sequence[int], bins: int = 10) -> list[str]:
    """Predicted-probability bins against the observed share of right candidates."""
    lines = [f"  {'bin':<9} {'n':>5} {'mean predicted':>15} {'observed':>9}"]
    ece = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i, p in enumerate(probs) if lo <= p < hi or (b == bins - 1 and p == 1.0)]
        if not idx:
            continue
        mean = sum(probs[i] for i in idx) / len(idx)
        obs = sum(labels[i] for i in idx) / len(idx)
        ece += len(idx) * abs(mean - obs)
        lines.append(f"  {lo:.1f}-{hi:.1f}   {len(idx):>5} {mean:>15.3f} {obs:>9.3f}")
    lines.append(f"  expected calibration error {ece / max(len(probs), 1):.3f}")
    return lines


def cross_validate(articles: Sequence[Article], lam: float) -> list[list[float]]:
    """Out-of-fold probabilities, leaving out one split at a time."""
    splits = sorted({a.split for a in articles})
    probs: list[list[float]] = [[] for _ in articles]
    for held in splits:
        train = [a for a in articles if a.split != held]
        w = fit([r for a in train for r in a.rows], [y for a in train for y in a.labels], lam)
        for i, a in enumerate(articles):
            if a.split == held:
                probs[i] = [predict(w, r) for r in a.rows]
    return probs


def hand_set(feats: dict[str, float]) -> float:
    """The hand-set score this model replaced (for comparison only)."""
    happening = ("talks", "call", "meeting", "visit", "prisoner_exchange", "sanction", "statement")
    c = 0.45 + 0.2 * feats["date_from_text"] + 0.1 * feats["verbal_trigger"]
    c += 0.1 * any(feats[f"type_{t}"] for t in happening)
    c += 0.05 * feats["actors_3plus"] + 0.05 * (math.exp(feats["evidence_log"]) >= 2.5)
    c -= 0.1 * feats["hedged"] + 0.15 * feats["date_year"]
    return min(c, 0.99)


def write_model(
    path: Path, w: list[float], threshold: float, header: list[str], metrics: dict[str, float]
) -> None:
    """Write the model as readable TOML, one weight per line."""
    lines = [f"# {h}" if h else "#" for h in header]
    lines += [
        "",
        f"bias = {w[0]:.4f}",
        f"threshold = {threshold:.2f}",
        "",
        "[weights]",
        *(f"{n} = {wj:.4f}" for n, wj in zip(FEATURE_NAMES, w[1:], strict=True)),
        "",
        "[metrics]",
        *(f"{k} = {v:.4f}" for k, v in metrics.items()),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", nargs="+", default=list(TRAIN_SPLITS))
    parser.add_argument(
        "--check", nargs="*", default=list(CHECK_SPLITS), help="scored, not trained on"
    )
    parser.add_argument(
        "--recalibrate",
        nargs="*",
        default=list(RECALIBRATE_SPLITS),
        help="splits first scored blind with the current rules: the model is rescaled on them",
    )
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--min-gain", type=float, default=0.005, help="F1 a threshold must add")
    parser.add_argument("--no-threshold", action="store_true", help="write threshold 0")
    args = parser.parse_args(argv)
    if set(args.splits) & set(args.check):
        parser.error("a check split cannot be trained on")
    if set(args.recalibrate) & (set(args.splits) | set(args.check)):
        parser.error("a recalibration split can be neither trained on nor the check")

    gold = load_gold()
    extractor = Extractor(load_reference_actors(), load_topic_cues(), min_confidence=0.0)
    gaz = extractor.gazetteer
    train = collect(args.splits, gold, extractor)
    rows = [r for a in train for r in a.rows]
    labels = [y for a in train for y in a.labels]
    n_splits = len({a.split for a in train})
    print(
        f"training: {len(train)} articles in {n_splits} splits, {len(rows)} candidates, "
        f"{sum(labels)} right ({sum(labels) / max(len(labels), 1):.3f})"
    )

    # L2 strength by grouped cross-validation log-loss.
    best_lam, best_loss, oof = LAMBDAS[0], math.inf, [[0.5] * len(a.rows) for a in train]
    for lam in LAMBDAS:
        probs = cross_validate(train, lam)
        loss = log_loss([p for ps in probs for p in ps], labels)
        print(f"  lambda {lam:>5g}: cross-validated log-loss {loss:.4f}")
        if loss < best_loss - 1e-9:
            best_lam, best_loss, oof = lam, loss, probs
    flat = [p for ps in oof for p in ps]
    base_rate = sum(labels) / max(len(labels), 1)
    hand = [hand_set(c.features) for a in train for c in a.candidates]
    print(f"chosen lambda {best_lam:g}")
    print(
        f"cross-validated: log-loss {best_loss:.4f}, Brier {brier(flat, labels):.4f} "
        f"(constant {base_rate:.3f}: log-loss {log_loss([base_rate] * len(labels), labels):.4f}; "
        f"previous hand-set score: log-loss {log_loss(hand, labels):.4f}, "
        f"Brier {brier(hand, labels):.4f})"
    )
    print("reliability (cross-validated, grouped by split):")
    print("\n".join(reliability(flat, labels)))

    # Drop threshold by pooled cross-validated F1.
    none = score_at(train, oof, 0.0, gaz)
    curve = [(t, score_at(train, oof, t, gaz)) for t in THRESHOLDS]
    best_t, best = max(curve, key=lambda x: (round(x[1].f1, 6), -x[0]))
    print("threshold curve (cross-validated, pooled):")
    for t, s in curve:
        if round(t * 100) % 5 == 0 or t == best_t:
            print(f"  >= {t:.2f}: {s.summary()}")
    helped = sum(
        score_at([a], [p], best_t, gaz).f1 >= score_at([a], [p], 0.0, gaz).f1 - 1e-9
        for a, p in zip(train, oof, strict=True)
    )
    threshold = best_t if best.f1 - none.f1 >= args.min_gain and not args.no_threshold else 0.0
    print(
        f"best threshold {best_t:.2f}: F1 {none.f1:.3f} -> {best.f1:.3f} "
        f"(no worse on {helped}/{len(train)} articles); chosen threshold {threshold:.2f}"
    )

    # The final model, on every training candidate.
    w = fit(rows, labels, best_lam)
    train_probs = [predict(w, r) for r in rows]
    print(
        f"final model: training log-loss {log_loss(train_probs, labels):.4f}, "
        f"Brier {brier(train_probs, labels):.4f}"
    )
    metrics = {
        "lambda": best_lam,
        "training_candidates": float(len(rows)),
        "training_log_loss": log_loss(train_probs, labels),
        "cv_log_loss": best_loss,
        "cv_f1_no_threshold": none.f1,
        "cv_f1_threshold": score_at(train, oof, threshold, gaz).f1,
    }

    recal = collect(args.recalibrate, gold, extractor) if args.recalibrate else []
    if recal:
        a, b = recalibrate(w, recal, gaz)
        w = rescaled(w, a, b)
        if threshold:
            threshold = round(_sigmoid(a * math.log(threshold / (1 - threshold)) + b), 2)
        metrics |= {"recalibration_slope": a, "recalibration_intercept": b}

    check = collect(args.check, gold, extractor) if args.check else []
    if check:
        probs = [[predict(w, r) for r in a.rows] for a in check]
        flat_c = [p for ps in probs for p in ps]
        labels_c = [y for a in check for y in a.labels]
        print(f"check ({', '.join(args.check)}, never trained on): {len(check)} articles")
        print(f"  no threshold:      {score_at(check, probs, 0.0, gaz).summary()}")
        print(f"  threshold {threshold:.2f}:    {score_at(check, probs, threshold, gaz).summary()}")
        for t in sorted({best_t, 0.5, 0.7, 0.8} - {threshold}):
            print(f"  >= {t:.2f}:          {score_at(check, probs, t, gaz).summary()}")
        print(f"  log-loss {log_loss(flat_c, labels_c):.4f}, Brier {brier(flat_c, labels_c):.4f}")
        print("reliability (check split):")
        print("\n".join(reliability(flat_c, labels_c, bins=5)))

    header = [
        "Confidence model of the event extractor (tracker/extract/confidence.py): the probability",
        "that an event is right is sigmoid(bias + sum of weight * feature).",
        "",
        *textwrap.wrap(
            f"Written by bench/train_confidence.py: L2-regularised logistic regression (lambda "
            f"{best_lam:g}, Newton's method) on {len(rows)} candidates of {len(train)} articles "
            f"(splits {', '.join(args.splits)}), each labelled right when "
            "bench/extraction_eval.py matches it to a gold event. Lambda and the threshold were "
            "chosen by cross-validation leaving out one split at a time. Events scored below the "
            f"threshold are dropped (0 = none). Cross-validated F1 {none.f1:.3f} with no "
            f"threshold; the best threshold, {best_t:.2f}, gave {best.f1:.3f}"
            + (
                "; kept."
                if threshold
                else f", less than the {args.min_gain} required, so nothing is dropped."
            )
            + (
                (
                    f" The log-odds were then rescaled (* {metrics['recalibration_slope']:.3f} "
                    f"{metrics['recalibration_intercept']:+.3f}) on the candidates of splits "
                    f"first scored blind with these rules ({', '.join(args.recalibrate)})."
                    if metrics["recalibration_slope"] != 1.0
                    or metrics["recalibration_intercept"] != 0.0
                    else " A rescaling of the log-odds on the candidates of splits first scored "
                    f"blind with these rules ({', '.join(args.recalibrate)}) was tried and not "
                    "kept: fitted on all but one, it did not lower the log-loss of the one left out."
                )
                if recal
                else ""
            )
            + " Retrain with `python bench/train_confidence.py`.",
            width=96,
        ),
    ]
    write_model(args.out, w, threshold, header, metrics)
    ConfidenceModel.load(args.out)  # the file reads back
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
