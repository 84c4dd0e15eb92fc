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
        pytest.param("The text of the deal was finalised on March 2.", id="text-was-finalised"),
        pytest.param(
            "The deal, whose text was agreed on in Geneva on March 2, has ten articles.",
            id="whose-text-was-agreed",
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Hamas agreed to free the hostages. Sheikh Mohammed said the truce would take "
            "effect on Sunday, March 8.",
            ("ceasefire", "2026-03-08"),
            id="truce-would-take-effect",
        ),
        pytest.param(
            "The EU imposed political and financial measures on Kosovo in June 2023.",
            ("sanction", "2023-06-01"),
            id="imposed-measures-on",
        ),
        pytest.param(
            "On Monday, the European Union added three RSF commanders to its sanctions list.",
            ("sanction", "2026-03-02"),
            id="added-to-its-sanctions-list",
        ),
        pytest.param(
            "Moscow shrugged off the new package of European Union sanctions approved on Monday "
            "against Russia.",
            ("sanction", "2026-03-02"),
            id="package-of-sanctions-approved",
        ),
        pytest.param(
            "On Tuesday, Hamas freed Ilan Levi, a 21-year-old Israeli soldier.",
            ("prisoner_exchange", "2026-03-03"),
            id="freed-a-named-soldier",
        ),
        pytest.param(
            "On March 2, 40 detainees freed by the Congolese government were flown to Goma in a "
            "transfer facilitated by the Red Cross.",
            ("prisoner_exchange", "2026-03-02"),
            id="transfer-facilitated-by",
        ),
        pytest.param(
            "Detainees held by Kinshasa and the M23 were set free on Tuesday under an exchange "
            "facilitated by the Red Cross.",
            ("prisoner_exchange", "2026-03-03"),
            id="exchange-facilitated-by",
        ),
        pytest.param(
            "The remains of the last hostage held by Hamas were handed over to Israel on "
            "Wednesday.",
            ("prisoner_exchange", "2026-03-04"),
            id="remains-were-handed-over",
        ),
        pytest.param(
            "Kyiv said the bodies of 900 soldiers have been returned from Russia today.",
            ("prisoner_exchange", "2026-03-06"),
            id="bodies-have-been-returned",
        ),
        pytest.param(
            "On March 2, Ukraine received 900 bodies from Russia and returned 40 bodies.",
            ("prisoner_exchange", "2026-03-02"),
            id="received-and-returned-bodies",
        ),
        pytest.param(
            "Israel is expected to transfer 15 bodies to Gaza on Wednesday, an official said.",
            ("prisoner_exchange", "2026-03-11"),
            id="transfer-bodies",
        ),
        pytest.param(
            "Prime Minister Shehbaz Sharif spoke on the telephone with Saudi Crown Prince Mohammed "
            "bin Salman on Thursday.",
            ("call", "2026-03-05"),
            id="spoke-on-the-telephone",
        ),
        pytest.param(
            "Macron and Starmer chaired a video conference of the coalition of the willing on "
            "Monday.",
            ("call", "2026-03-02"),
            id="video-conference",
        ),
    ],
)
def test_truces_sanctions_swaps_and_calls_told_in_other_words(
    extractor: Extractor, text: str, expected: tuple
) -> None:
    assert expected in _found(extractor.extract(text, PUB))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The previous trilateral round in Riyadh took place on March 2, Umerov said.",
            ("talks", "2026-03-02"),
            id="round-with-its-format-and-place-took-place",
        ),
        pytest.param(
            "Russia, Ukraine and the United States will hold a new trilateral round in Riyadh on "
            "March 10.",
            ("talks", "2026-03-10"),
            id="hold-a-new-round",
        ),
        pytest.param(
            "Israeli and Lebanese officers sit on the ceasefire committee. The last meeting that "
            "included the civilian delegates took place in Naqoura on March 3.",
            ("talks", "2026-03-03"),
            id="meeting-that-included-took-place",
        ),
    ],
)
def test_sessions_told_with_words_between(extractor: Extractor, text: str, expected: tuple) -> None:
    assert expected in _found(extractor.extract(text, PUB))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Thai and Cambodian army chiefs spoke by phone on Thursday. The army chiefs of "
            "the two countries are due to speak again on March 9.",
            ("call", "2026-03-09"),
            id="due-to-speak-again",
        ),
        pytest.param(
            "Israel and Hamas signed the deal on Monday. A short truce in May 2024 saw 30 hostages "
            "released in exchange for 90 prisoners.",
            ("prisoner_exchange", "2024-05-01"),
            id="hostages-released",
        ),
        pytest.param(
            "The Houthis and the government agreed to swap detainees on Friday. The releases are "
            "expected to begin in April, the envoy said.",
            ("prisoner_exchange", "2026-04-01"),
            id="releases-are-expected-to-begin",
        ),
        pytest.param(
            "In Aden, families wept as the first Red Cross plane landed on Thursday carrying "
            "detainees freed by the Houthis.",
            ("prisoner_exchange", "2026-03-05"),
            id="plane-carrying-detainees",
        ),
        pytest.param(
            "The largest exchange between Russia and Ukraine, 500 for 500, took place in late "
            "January 2025.",
            ("prisoner_exchange", "2025-01-01"),
            id="n-for-n",
        ),
        pytest.param(
            "A US official said Rubio planned to visit Kinshasa in April.",
            ("visit", "2026-04-01"),
            id="planned-to-visit",
        ),
    ],
)
def test_calls_swaps_and_trips_to_come_or_told_by_their_size(
    extractor: Extractor, text: str, expected: tuple
) -> None:
    assert expected in _found(extractor.extract(text, PUB))


def test_an_understanding_is_a_deal_and_understanding_of_something_is_not(
    extractor: Extractor,
) -> None:
    text = "India said on Tuesday that Pakistan had violated the understanding of March 3."
    assert ("agreement", "2026-03-03") in _found(extractor.extract(text, PUB))
    for text in [
        "India and Pakistan have a better understanding of the risks, officials said on Tuesday.",
        "The envoys met on Tuesday on the understanding that the talks would go on.",
    ]:
        assert "agreement" not in {e.type for e in extractor.extract(text, PUB)}, text


def test_may_after_a_days_number_is_the_month_not_the_modal(extractor: Extractor) -> None:
    text = "On 12 May Putin and Trump spoke by phone."
    assert ("call", "2025-05-12") in _found(extractor.extract(text, PUB))
    # (the modal still makes an event possible only)
    text = "Putin and Trump spoke by phone on 12 March and may speak by phone again in April."
    assert ("call", "2026-04-01") not in _found(extractor.extract(text, PUB))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Indian External Affairs Minister S. Jaishankar spoke to U.S. Secretary of State "
            "Marco Rubio on the phone on Monday.",
            ("call", "2026-03-02"),
            id="spoke-to-a-long-title-on-the-phone",
        ),
        pytest.param(
            "On Tuesday evening Rubio briefed the French foreign minister, Jean-Noel Barrot, by "
            "phone.",
            ("call", "2026-03-03"),
            id="briefed-by-phone",
        ),
        pytest.param(
            "Trump chairs the Board of Peace. The board was backed by the UN Security Council in "
            "a resolution adopted on March 2, which also set up a force.",
            ("agreement", "2026-03-02"),
            id="resolution-adopted",
        ),
    ],
)
def test_calls_and_resolutions_told_with_long_names(
    extractor: Extractor, text: str, expected: tuple
) -> None:
    assert expected in _found(extractor.extract(text, PUB))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Thailand and Cambodia clinched the accord in Kuala Lumpur on Tuesday.",
            ("agreement", "2026-03-03"),
            id="clinched-the-accord",
        ),
        pytest.param(
            "Armenia and Azerbaijan came to an agreement on the border on Tuesday.",
            ("agreement", "2026-03-03"),
            id="came-to-an-agreement",
        ),
        pytest.param(
            "India and Pakistan reached consensus on the river data on Tuesday.",
            ("agreement", "2026-03-03"),
            id="reached-consensus",
        ),
        pytest.param(
            "Thailand and Cambodia signed the truce at noon. The ceasefire is now in force.",
            ("ceasefire", "2026-03-06"),
            id="ceasefire-is-now-in-force",
        ),
    ],
)
def test_deals_clinched_and_truces_in_force(
    extractor: Extractor, text: str, expected: tuple
) -> None:
    assert expected in _found(extractor.extract(text, PUB))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The framework being tested is the 12-point plan Macron unveiled in Paris on March 2.",
            ("proposal", "2026-03-02"),
            id="plan-unveiled-without-that",
        ),
        pytest.param(
            "Kushner presented a reconstruction blueprint for Gaza in Davos on Tuesday.",
            ("proposal", "2026-03-03"),
            id="presented-a-blueprint",
        ),
    ],
)
def test_plans_told_in_other_words(extractor: Extractor, text: str, expected: tuple) -> None:
    assert expected in _found(extractor.extract(text, PUB))
