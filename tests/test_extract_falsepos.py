"""Spurious events: mentions that tell back a happening already reported, or report none."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import Extractor

PUB = dt.datetime(2026, 3, 6, 12, 0, tzinfo=dt.UTC)  # a Friday


def _events(extractor: Extractor, text: str) -> list[tuple[str, str, bool]]:
    return sorted(
        (e.type, e.date.isoformat() if e.date else "", e.planned)
        for e in extractor.extract(text, PUB)
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The foreign ministers of Armenia and Azerbaijan met in Abu Dhabi on Tuesday. The "
            "meeting was hosted by the Ministry of Foreign Affairs of the United Arab Emirates.",
            id="hosted-by",
        ),
        pytest.param(
            "Massad Boulos met a Sudanese government delegation in Jeddah on Wednesday. A Saudi "
            "deputy foreign minister attended the meeting, Saudi media said.",
            id="attended",
        ),
    ],
)
def test_session_told_back_is_one_encounter(extractor: Extractor, text: str) -> None:
    assert [t for t, _, _ in _events(extractor, text)] == ["meeting"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "On Monday the Kremlin said that a meeting between Putin and Zelensky could only "
            '"crown" a settlement reached beforehand.',
            id="could-only",
        ),
        pytest.param(
            "On Tuesday Peskov named a finished agreement as the condition for the summit.",
            id="finished-agreement",
        ),
    ],
)
def test_condition_set_on_a_happening_is_none(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "On Tuesday Zelensky visited the Vasylkiv air base and thanked the pilots.", id="base"
        ),
        pytest.param(
            "Katz rejected the demand on Tuesday, speaking during a visit to the Southern Command.",
            id="command",
        ),
        pytest.param("Putin visited the troops in Kursk region on Tuesday.", id="troops"),
    ],
)
def test_trip_to_own_forces_is_no_visit(extractor: Extractor, text: str) -> None:
    assert "visit" not in [t for t, _, _ in _events(extractor, text)]


def test_swap_a_protocol_is_on_is_its_subject(extractor: Extractor) -> None:
    text = (
        "The government of Congo and the M23 signed on Monday 2 March in Doha (Qatar) a protocol "
        "on the release and exchange of prisoners."
    )
    assert "prisoner_exchange" not in [t for t, _, _ in _events(extractor, text)]


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday Ukraine's envoys said the exchange would go ahead once certain conditions are met.",
        "Hamas said on Tuesday it would not disarm before its political demands are met.",
    ],
)
def test_conditions_met_are_no_meeting(extractor: Extractor, text: str) -> None:
    assert "meeting" not in [t for t, _, _ in _events(extractor, text)]


def test_bare_summit_is_the_one_reported(extractor: Extractor) -> None:
    text = (
        "The leaders of France, Britain and Ukraine met in Paris on Thursday to discuss security "
        "guarantees. The summit comes after weeks of shuttle diplomacy over a US plan."
    )
    assert [t for t, _, _ in _events(extractor, text)] == ["meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "The truce between Thailand and Cambodia, negotiated by Malaysia, took effect on Monday.",
        "Officials said on Tuesday that the protocols on detainees are still being negotiated.",
    ],
)
def test_a_deal_negotiated_is_no_session(extractor: Extractor, text: str) -> None:
    assert "talks" not in [t for t, _, _ in _events(extractor, text)]


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday the two ministers discussed the reopening of the railway, as well as the "
        "lifting of restrictions on Armenian trucks.",
        "The participants on Tuesday reviewed the withdrawal of forces and the lifting of the "
        "defensive measures of Rwanda.",
    ],
)
def test_lifting_talked_over_is_a_subject(extractor: Extractor, text: str) -> None:
    assert "sanction" not in [t for t, _, _ in _events(extractor, text)]


def test_a_lifting_after_a_clause_of_talking_over_is_still_a_sanction(
    extractor: Extractor,
) -> None:
    """ "Discussed" in an earlier clause (", and on Tuesday X announced the lifting of") does
    not make the lifting its subject."""
    text = (
        "Peru and Chile discussed the border on Monday, and on Tuesday Chile announced the "
        "lifting of restrictions on Peruvian trucks."
    )
    assert "sanction" in [t for t, _, _ in _events(extractor, text)]


def test_calls_a_happening_drew_are_no_demand(extractor: Extractor) -> None:
    text = (
        "The RSF's capture of the town on Tuesday drew condemnation from Sudan and renewed calls "
        "for an arms embargo."
    )
    assert "demand" not in [t for t, _, _ in _events(extractor, text)]


def test_present_passive_agreed_is_no_deal(extractor: Extractor) -> None:
    text = (
        "Umerov said on Tuesday that Ukraine was not acting alone and that every step is agreed "
        "with President Volodymyr Zelensky."
    )
    assert "agreement" not in [t for t, _, _ in _events(extractor, text)]


def test_ceasefire_told_back_is_one_truce(extractor: Extractor) -> None:
    text = (
        "A ceasefire between India and Pakistan took effect on Tuesday evening. The ceasefire was "
        "first announced on Tuesday by Donald Trump on social media."
    )
    assert [t for t, _, _ in _events(extractor, text)].count("ceasefire") == 1


def test_people_to_be_visited_are_no_visit(extractor: Extractor) -> None:
    text = (
        '"Thousands of detainees need to be registered, visited and moved safely," the head of '
        "the ICRC delegation said on Tuesday."
    )
    assert "visit" not in [t for t, _, _ in _events(extractor, text)]


def test_later_without_a_day_is_background(extractor: Extractor) -> None:
    text = (
        "Thailand and Cambodia signed a peace declaration in Kuala Lumpur on 26 October. Bangkok "
        "later suspended the declaration after a landmine blast."
    )
    assert _events(extractor, text) == [("agreement", "2025-10-26", False)]


def test_later_with_its_own_day_is_news(extractor: Extractor) -> None:
    text = "Bangkok later suspended the peace declaration with Cambodia on 3 March."
    assert "sanction" in [t for t, _, _ in _events(extractor, text)]


def test_later_on_the_news_day_is_news(extractor: Extractor) -> None:
    text = (
        "Trump and Putin spoke by phone on Thursday. Trump later spoke by phone with Ukrainian "
        "President Volodymyr Zelensky."
    )
    assert [t for t, _, _ in _events(extractor, text)] == ["call", "call"]


def test_a_population_that_left_for_a_country_made_no_visit(extractor: Extractor) -> None:
    text = (
        "The army retook the valley in a two-day offensive in March 2021, after which most of "
        "the valley's Georgian population left for Georgia."
    )
    assert [e for e in extractor.extract(text, dt.date(2025, 6, 2)) if e.type == "visit"] == []
