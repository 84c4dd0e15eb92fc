"""Speech acts: appeals (proposals), demands, refusals (rejections) and the statements that make
them (devset README, "Clarified again 2026-11-26, third block")."""

from __future__ import annotations

import datetime as dt

from tracker.extract import EventCandidate, Extractor


def _acts(events: list[EventCandidate]) -> set[tuple[str, dt.date | None]]:
    return {(e.type, e.date) for e in events}


def _states(event: EventCandidate) -> set[str]:
    return {a.name for a in event.actors if a.kind != "person"}


def test_would_never_accept_is_a_refusal_of_the_day_it_is_said(extractor: Extractor) -> None:
    dated = "Speaking in Tbilisi on Monday, the minister said Armenia would never accept the claim."
    events = extractor.extract(dated, dt.date(2026, 4, 9))  # a Thursday
    assert ("rejection", dt.date(2026, 4, 6)) in _acts(events)
    # Undated, a narrating sentence: the news day; with the words between "never" and the verb.
    undated = (
        'The premier told reporters that Kyiv would "never, in any form" recognise the annexation.'
    )
    events = extractor.extract(undated, dt.date(2026, 4, 9))
    assert [(e.type, e.date) for e in events] == [("rejection", dt.date(2026, 4, 9))]
    assert {"Ukraine"} <= _states(events[0])


def test_a_standing_never_and_a_never_of_other_verbs_are_no_refusal(
    extractor: Extractor,
) -> None:
    standing = "Belgrade has said repeatedly that it will never recognise the declaration."
    assert "rejection" not in {e.type for e in extractor.extract(standing, dt.date(2026, 4, 9))}
    other = 'Phnom Penh said Cambodia "will never use force first" along the border.'
    assert "rejection" not in {e.type for e in extractor.extract(other, dt.date(2026, 4, 9))}


def test_a_live_blog_entry_tells_a_refusal_in_the_present(extractor: Extractor) -> None:
    text = (
        "Live updates\n\n"
        "10:05 am\n"
        "Rebel leader says no to the truce plan\n\n"
        "In a video message, the M23 leader rejects the Qatari plan for a ceasefire in Goma.\n"
    )
    events = extractor.extract(text, dt.date(2026, 4, 9))
    assert ("rejection", dt.date(2026, 4, 9)) in _acts(events)
    # Outside a live blog, an undated present is a standing position.
    text = "The M23 leader rejects the Qatari plan for a ceasefire in Goma."
    assert "rejection" not in {e.type for e in extractor.extract(text, dt.date(2026, 4, 9))}


def test_a_stance_stated_to_an_agency_is_news(extractor: Extractor) -> None:
    text = "The spokesman told Interfax that Russia rejects the European plan for a truce."
    events = extractor.extract(text, dt.date(2026, 4, 9))
    assert ("rejection", dt.date(2026, 4, 9)) in _acts(events)
    standing = "Moscow has long said that Russia rejects the European plan for a truce."
    assert "rejection" not in {e.type for e in extractor.extract(standing, dt.date(2026, 4, 9))}


def test_an_appeal_made_at_a_meeting_on_the_sidelines_is_its_own_event(
    extractor: Extractor,
) -> None:
    text = (
        "Norway's foreign minister met the UN secretary-general in Geneva on 3 May on the "
        "sidelines of the human rights council and appealed to the UN to mediate on Svalbard."
    )
    acts = _acts(extractor.extract(text, dt.date(2026, 5, 6)))
    assert {("meeting", dt.date(2026, 5, 3)), ("proposal", dt.date(2026, 5, 3))} <= acts


def test_appeals_in_the_present_and_told_by_a_participle_are_proposals(
    extractor: Extractor,
) -> None:
    text = "According to the Elysee, Macron urges Moscow to accept a truce in the Black Sea."
    assert ("proposal", dt.date(2026, 4, 9)) in _acts(extractor.extract(text, dt.date(2026, 4, 9)))
    text = (
        "The OSCE chair issued a statement on Monday welcoming the deal and appealing to "
        "Armenia and Azerbaijan to sign it soon."
    )
    acts = _acts(extractor.extract(text, dt.date(2026, 4, 9)))
    assert {("statement", dt.date(2026, 4, 6)), ("proposal", dt.date(2026, 4, 6))} <= acts


def test_a_statement_of_the_prisoners_headquarters_is_ukraines(extractor: Extractor) -> None:
    text = "The Coordination Headquarters said in a statement that 84 soldiers had come home."
    events = extractor.extract(text, dt.date(2026, 4, 9))
    assert [(e.type, _states(e)) for e in events] == [("statement", {"Ukraine"})]


def test_a_statement_told_by_its_issuing(extractor: Extractor) -> None:
    text = "The Peruvian government replied with a statement urging Chile to return to the talks."
    acts = _acts(extractor.extract(text, dt.date(2026, 4, 9)))
    assert {("statement", dt.date(2026, 4, 9)), ("proposal", dt.date(2026, 4, 9))} <= acts
    text = "In near-identical statements issued on Monday, Chile and Peru said the talks went well."
    assert ("statement", dt.date(2026, 4, 6)) in _acts(extractor.extract(text, dt.date(2026, 4, 9)))


def test_a_demand_stated_as_a_resolve_or_a_stance_reported_that_day(extractor: Extractor) -> None:
    text = (
        "The Azerbaijani president said on Monday that Baku would continue to insist on changes "
        "to Armenia's constitution."
    )
    assert ("demand", dt.date(2026, 4, 6)) in _acts(extractor.extract(text, dt.date(2026, 4, 9)))
    text = "The negotiator noted that Ukraine still insists on an all-for-all exchange with Russia."
    assert ("demand", dt.date(2026, 4, 9)) in _acts(extractor.extract(text, dt.date(2026, 4, 9)))


def test_a_refused_withdrawal_is_a_rejection_and_a_conditional_one_a_demand(
    extractor: Extractor,
) -> None:
    text = "The Peruvian premier said on Monday that Peru would not pull back from the ridge."
    assert _acts(extractor.extract(text, dt.date(2026, 4, 9))) == {
        ("rejection", dt.date(2026, 4, 6))
    }
    text = (
        "The Peruvian premier told lawmakers on Monday that Peru would not withdraw from the "
        "ridge until Chile dismantled its border posts."
    )
    assert _acts(extractor.extract(text, dt.date(2026, 4, 9))) == {("demand", dt.date(2026, 4, 6))}
    # Undated, or held up by no one's act, no such refusal is news.
    text = "The premier said Peru would not pull back from the ridge."
    assert extractor.extract(text, dt.date(2026, 4, 9)) == []
    text = "The premier said on Monday Peru would not withdraw until demining was complete."
    assert _acts(extractor.extract(text, dt.date(2026, 4, 9))) == {
        ("rejection", dt.date(2026, 4, 6))
    }


def test_a_refused_withdrawal_until_a_day_or_in_another_clause_sets_no_condition(
    extractor: Extractor,
) -> None:
    """ "Until Friday", "until June 2": a day, not the other side's act; "until" in a later
    clause bounds that clause, not the refusal."""
    for text in (
        "The Peruvian premier said on Monday that Peru would not pull back from the ridge "
        "until Friday.",
        "The Peruvian premier said on Monday that Peru would not withdraw from the ridge until "
        "June 2.",
        "The Peruvian premier said on Monday that Peru would not withdraw from the ridge, and "
        "patrols would go on until Chile cleared the mines.",
    ):
        acts = _acts(extractor.extract(text, dt.date(2026, 4, 9)))
        assert ("rejection", dt.date(2026, 4, 6)) in acts, text
        assert ("demand", dt.date(2026, 4, 6)) not in acts, text


def test_a_plan_unveiled_on_a_named_day_is_a_proposal_of_that_day(extractor: Extractor) -> None:
    text = (
        "The talks build on the plan Brazil unveiled in Brasilia on 3 March, which foresaw a "
        "truce along the river."
    )
    acts = _acts(extractor.extract(text, dt.date(2026, 4, 9)))
    assert ("proposal", dt.date(2026, 3, 3)) in acts


def test_a_quoted_never_and_a_dated_refusal_under_a_background_heading(
    extractor: Extractor,
) -> None:
    text = 'The premier said on Monday that Chile would "never" recognise the annexation.'
    assert ("rejection", dt.date(2026, 4, 6)) in _acts(extractor.extract(text, dt.date(2026, 4, 9)))
    text = (
        "Chile and Peru met in Lima on Tuesday.\n\nBackground\n\n"
        "The Chilean premier said on Monday that Chile would never accept the new map."
    )
    assert ("rejection", dt.date(2026, 4, 6)) in _acts(extractor.extract(text, dt.date(2026, 4, 9)))


def test_declining_an_invitation_is_a_rejection_declining_to_comment_is_not(
    extractor: Extractor,
) -> None:
    text = "Norway on Monday declined Washington's invitation to join the board."
    assert ("rejection", dt.date(2026, 4, 6)) in _acts(extractor.extract(text, dt.date(2026, 4, 9)))
    text = "Norway on Monday declined to comment on the invitation."
    assert "rejection" not in {e.type for e in extractor.extract(text, dt.date(2026, 4, 9))}


def test_a_date_the_demanded_thing_is_of_does_not_date_the_demand(extractor: Extractor) -> None:
    text = "On Monday, Quito demanded a withdrawal to the lines of March 2, 2024."
    assert _acts(extractor.extract(text, dt.date(2026, 4, 9))) == {("demand", dt.date(2026, 4, 6))}


def test_a_joint_statement_of_the_two_commissions_is_the_pairs(extractor: Extractor) -> None:
    text = (
        "The border commissions of Armenia and Azerbaijan met in Gabala on Monday. "
        '"The meeting was constructive," reads the joint press release issued by the two '
        "commissions on Monday."
    )
    events = extractor.extract(text, dt.date(2026, 4, 9))
    (statement,) = [e for e in events if e.type == "statement"]
    assert _states(statement) == {"Armenia", "Azerbaijan"}


def test_refusing_to_hand_something_to_someone_is_the_refusers(extractor: Extractor) -> None:
    text = "The M23 said on Monday it would not hand its weapons to the Congolese army."
    events = extractor.extract(text, dt.date(2026, 4, 9))
    assert [(e.type, e.date, _states(e)) for e in events] == [
        ("rejection", dt.date(2026, 4, 6), {"M23"})
    ]
