"""Wordings of happenings that no other trigger caught: deals signed, struck or adopted in other
words, truces, sanctions, swaps and calls told in other ways."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import EventCandidate, Extractor

PUB = dt.date(2026, 3, 6)  # a Friday


def _found(events: list[EventCandidate]) -> set[tuple[str, str]]:
    return {(e.type, e.date.isoformat()) for e in events if e.date}


def _states(event: EventCandidate) -> set[str]:
    return {a.name for a in event.actors if a.kind != "person"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On 4 May 2024, the two border commissions of Armenia and Azerbaijan signed the "
            "regulation on their work.",
            ("agreement", "2024-05-04"),
            id="signed-the-regulation",
        ),
        pytest.param(
            "Pakistan said it remained committed to the understanding reached with India on "
            "March 3.",
            ("agreement", "2026-03-03"),
            id="understanding-reached",
        ),
        pytest.param(
            "Russia and Ukraine signed on Tuesday, March 3, in Riyadh, Saudi Arabia, a protocol "
            "on the return of children.",
            ("agreement", "2026-03-03"),
            id="signed-with-its-day-and-place-before-the-protocol",
        ),
        pytest.param(
            "The Thai and Cambodian army chiefs put their names to a joint statement in Bangkok "
            "on Wednesday.",
            ("agreement", "2026-03-04"),
            id="put-their-names-to",
        ),
        pytest.param(
            "The truce rests on a joint statement signed by the Thai and Cambodian army chiefs on "
            "March 2.",
            ("agreement", "2026-03-02"),
            id="statement-signed-by",
        ),
        pytest.param(
            "Talks between Sudan and the RSF resumed in Jeddah on Monday. The protocol was "
            "signed by both delegations late on Wednesday.",
            ("agreement", "2026-03-04"),
            id="protocol-was-signed",
        ),
        pytest.param(
            "The trade documents that Serbia and Kosovo signed in Washington in September 2020 "
            "were never applied.",
            ("agreement", "2020-09-01"),
            id="documents-that-they-signed",
        ),
        pytest.param(
            "The swap carries out the deal struck by Russia and Ukraine in Istanbul on March 2.",
            ("agreement", "2026-03-02"),
            id="deal-struck",
        ),
        pytest.param(
            "Under the agreement, struck by Armenia and Azerbaijan in Washington on March 2, the "
            "border will be opened.",
            ("agreement", "2026-03-02"),
            id="agreement-comma-struck",
        ),
        pytest.param(
            "At the end of the summit on Tuesday, France, Britain and Ukraine adopted what the "
            "hosts called the Paris declaration.",
            ("agreement", "2026-03-03"),
            id="adopted-a-declaration",
        ),
    ],
)
def test_deals_told_in_other_words(extractor: Extractor, text: str, expected: tuple) -> None:
    assert expected in _found(extractor.extract(text, PUB))


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("The swap had been agreed in principle in Geneva on March 2.", id="had-been"),
        pytest.param("It carries out the deal struck in Geneva on March 2.", id="deal-struck"),
        pytest.param(
            "The exchange, agreed in Geneva on March 2, was delayed twice.", id="noun-comma-agreed"
        ),
    ],
)
def test_a_deal_told_in_the_passive_is_the_main_pairs(extractor: Extractor, told: str) -> None:
    text = f"Russia and Ukraine swapped 200 prisoners each on Thursday. {told}"
    deals = [e for e in extractor.extract(text, PUB) if e.type == "agreement"]
    # (and the host of the venue, Switzerland)
    assert [(e.date.isoformat(), {"Russia", "Ukraine"} <= _states(e)) for e in deals if e.date] == [
        ("2026-03-02", True)
    ]
