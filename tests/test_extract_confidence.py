"""The learned confidence model: its data file, its features, its scores and its training."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tomllib
from pathlib import Path

import pytest
from helpers import load_bench_script

from tracker.extract import Extractor, load_topic_cues
from tracker.extract.confidence import FEATURE_NAMES, ConfidenceModel, default_model
from tracker.reference import load_reference_actors

ROOT = Path(__file__).resolve().parents[1]
TEXT = (
    "ISTANBUL, May 16 (Wire) - Russian and Ukrainian delegations held talks in Istanbul on "
    "Friday, their first direct talks since 2022. Zelensky said on Thursday that Kyiv could "
    "agree to a ceasefire. Trump and Putin spoke by phone on Monday, the Kremlin said in a "
    "statement. The sides reportedly discussed a prisoner swap."
)
PUB = dt.date(2025, 5, 16)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(load_reference_actors(), load_topic_cues(), min_confidence=0.0)


def test_the_packaged_model_names_exactly_the_extracted_features() -> None:
    model = default_model()
    assert set(model.weights) == set(FEATURE_NAMES)
    assert 0.0 <= model.threshold < 1.0
    with (ROOT / "tracker" / "data" / "confidence.toml").open("rb") as fh:
        assert tomllib.load(fh)["weights"].keys() == model.weights.keys()


def test_every_candidate_carries_its_features_and_their_score(extractor: Extractor) -> None:
    events = extractor.extract(TEXT, PUB)
    assert len(events) >= 3
    for event in events:
        assert set(event.features) == set(FEATURE_NAMES)
        assert 0.0 < event.confidence < 1.0
        assert event.confidence == round(extractor.confidence.score(event.features), 3)


def test_a_date_from_the_text_raises_the_score(extractor: Extractor) -> None:
    model = extractor.confidence
    assert model.weights["date_from_text"] > 0
    for event in extractor.extract(TEXT, PUB):
        without = {**event.features, "date_from_text": 0.0}
        with_it = {**event.features, "date_from_text": 1.0}
        assert 0.0 < model.score(without) < model.score(with_it) < 1.0


def test_scores_stay_strictly_inside_zero_and_one() -> None:
    model = ConfidenceModel(bias=0.0, weights={"x": 1000.0})
    assert 0.0 < model.score({"x": -1.0}) < model.score({"x": 1.0}) < 1.0
    assert model.score({}) == 0.5


def test_the_threshold_drops_candidates(extractor: Extractor) -> None:
    everything = extractor.extract(TEXT, PUB)
    cut = sorted(e.confidence for e in everything)[len(everything) // 2]
    model = dataclasses.replace(extractor.confidence, threshold=cut)
    strict = Extractor(load_reference_actors(), load_topic_cues(), confidence=model)
    assert strict.min_confidence == cut
    kept = strict.extract(TEXT, PUB)
    assert 0 < len(kept) < len(everything)
    assert all(e.confidence >= cut for e in kept)
    assert [e.title for e in kept] == [e.title for e in everything if e.confidence >= cut]
    assert model.keep(cut)
    assert not model.keep(cut - 0.001)


def test_a_model_file_is_read_from_a_path(tmp_path: Path) -> None:
    path = tmp_path / "model.toml"
    path.write_text("bias = -1.0\nthreshold = 0.4\n\n[weights]\nverbal_trigger = 2.0\n")
    model = ConfidenceModel.load(path)
    assert model.threshold == 0.4
    assert model.score({"verbal_trigger": 1.0}) > 0.5 > model.score({"verbal_trigger": 0.0})
    assert Extractor(load_reference_actors(), confidence=path).min_confidence == 0.4


def test_training_splits_are_listed_and_leave_the_check_out() -> None:
    trainer = load_bench_script("train_confidence")
    assert not set(trainer.CHECK_SPLITS) & set(trainer.TRAIN_SPLITS)
    assert not set(trainer.RECALIBRATE_SPLITS) & set(trainer.TRAIN_SPLITS)
    assert {"holdout46", "holdout47", "holdout48"} <= set(trainer.RECALIBRATE_SPLITS)


def test_training_runs_end_to_end_on_a_few_splits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    trainer = load_bench_script("train_confidence")
    out = tmp_path / "confidence.toml"
    assert trainer.main(["--splits", "dev", "test", "--check", "holdout2", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "reliability (cross-validated" in printed
    assert "check (holdout2" in printed
    model = ConfidenceModel.load(out)
    assert set(model.weights) == set(FEATURE_NAMES)
    assert 0.0 <= model.threshold < 1.0
    assert model.metrics["training_candidates"] > 0
    assert out.read_text(encoding="utf-8").startswith("# Confidence model")


def test_recalibration_rescales_the_log_odds_and_checks_each_split_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    trainer = load_bench_script("train_confidence")
    out = tmp_path / "confidence.toml"
    args = ["--splits", "dev", "--check", "--recalibrate", "holdout2", "holdout3"]
    assert trainer.main([*args, "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "recalibration splits (2), before rescaling" in printed
    assert "each split by the scaling fitted on the others" in printed
    model = ConfidenceModel.load(out)
    kept = "rescaling on all of them" in printed
    assert kept != ("rescaling not kept" in printed)
    assert (model.metrics["recalibration_slope"] != 1.0) == kept
    assert ("were then rescaled" in out.read_text(encoding="utf-8")) == kept


def test_platt_rescaling_is_folded_into_the_weights() -> None:
    trainer = load_bench_script("train_confidence")
    w = [0.5, 2.0, -1.0]
    row = [1.0, 3.0]
    a, b = 0.8, -0.3
    assert trainer.logit(trainer.rescaled(w, a, b), row) == pytest.approx(
        a * trainer.logit(w, row) + b
    )


def test_a_recalibration_split_cannot_be_trained_on() -> None:
    trainer = load_bench_script("train_confidence")
    with pytest.raises(SystemExit):
        trainer.main(["--splits", "dev", "--check", "--recalibrate", "dev"])
