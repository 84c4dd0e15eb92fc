"""Curation: one event per happening across articles, merge/split, history, locked fields."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from curation_helpers import (
    PUTIN,
    candidate,
    db_session,
    istanbul_talks,
    make_article,
    putin_call,
    store,
    zelensky_call,
)
from helpers import assert_error, event_count

if TYPE_CHECKING:
    from tracker.services.extraction import ExtractionReport

FIXTURES = Path(__file__).parent / "fixtures" / "curation"


def show(invoke, event_id: int) -> dict:
    result = invoke("events", "show", str(event_id), "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def history(invoke, event_id: int) -> list[dict]:
    result = invoke("events", "history", str(event_id), "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def timeline_json(invoke, *args: str) -> list[dict]:
    result = invoke("timeline", "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def articles(event: dict) -> int:
    """How many articles support the event (one article may give several quotes)."""
    return len({s["article_id"] for s in event["sources"]})


def stored(db_path: Path, *batches: tuple[str, list]) -> list[list[int]]:
    """Store each (outlet, candidates) batch as one article; the event ids each batch touched."""
    touched = []
    with db_session(db_path) as session:
        for i, (outlet, candidates) in enumerate(batches):
            article = make_article(session, outlet, slug=f"a{i}")
            report = store(session, article, *candidates)
            touched.append(report.created + report.attached)
    return touched


# --- cross-article matching ------------------------------------------------------------------


def test_two_articles_about_one_call_give_one_event_with_two_sources(db_path, invoke) -> None:
    (first,), (second,) = stored(
        db_path,
        ("Wire Service", [putin_call()]),
        ("Daily Ledger", [putin_call(topics=["peace_plan"])]),
    )
    assert first == second
    assert event_count(db_path) == 1
    event = show(invoke, first)
    assert [s["outlet"] for s in event["sources"]] == ["Wire Service", "Daily Ledger"]
    assert event["topics"] == ["ceasefire", "peace_plan"]  # the second article's topic is added


def test_two_ingested_articles_about_one_call_end_to_end(db_path, invoke) -> None:
    result = invoke("ingest", str(FIXTURES / "call-wire.md"), str(FIXTURES / "call-daily.md"))
    assert result.exit_code == 0, result.stderr
    assert "(merged)" in result.stdout
    events = timeline_json(invoke)
    assert len(events) == 1
    (event,) = events
    assert event["type"] == "call"
    assert event["date"] == "2025-05-19"
    assert {s["outlet"] for s in event["sources"]} == {"Wire Service", "The Daily Ledger"}
    assert {"Donald Trump", "Vladimir Putin"} <= {a["name"] for a in event["actors"]}


def test_calls_with_different_leaders_on_one_day_stay_apart(db_path, invoke) -> None:
    (putin,), (zelensky,) = stored(
        db_path, ("Wire Service", [putin_call()]), ("Daily Ledger", [zelensky_call()])
    )
    assert putin != zelensky
    assert event_count(db_path) == 2


def test_calls_with_different_leaders_end_to_end(db_path, invoke) -> None:
    result = invoke("ingest", str(FIXTURES))
    assert result.exit_code == 0, result.stderr
    calls = timeline_json(invoke, "--type", "call")
    assert len(calls) == 2
    by_partner = {
        next(a["name"] for a in e["actors"] if a["name"] in ("Vladimir Putin", "Volodymyr Zelensky")): e
        for e in calls
    }  # fmt: skip
    assert articles(by_partner["Vladimir Putin"]) == 2
    assert articles(by_partner["Volodymyr Zelensky"]) == 1


def test_a_person_who_represents_no_state_counts_as_themselves(db_path) -> None:
    # in January 2025 Merz was not yet chancellor: his call with Erdoğan is not Putin's
    erdogan = "Recep Tayyip Erdoğan"
    with_putin = candidate("call", "Putin and Erdoğan speak by phone", "2025-01-26",
                           actors=[erdogan, "Vladimir Putin"])  # fmt: skip
    with_merz = candidate("call", "Erdoğan and Merz speak by phone", "2025-01-26",
                          actors=[erdogan, "Friedrich Merz"])  # fmt: skip
    ((a,), (b,)) = stored(db_path, ("Wire Service", [with_putin]), ("Gazette", [with_merz]))
    assert a != b
    ((c,),) = stored(db_path, ("Daily Ledger", [with_merz]))
    assert c == b


@pytest.mark.parametrize(
    ("existing", "incoming", "same"),
    [
        ("2025-07-23", "2025-07-23", True),
        ("2025-07-23", "2025-07-24", True),  # overnight talks, time zones
        ("2025-07-24", "2025-07-23", True),
        ("2025-07-23", "2025-07-25", False),
        ("2025-07", "2025-07-23", True),  # "in July" and "on July 23"
        ("2025-07-23", "2025-07", True),
        ("2025-07", "2025-08-01", False),
        ("2025-06-30", "2025-07", False),  # a day before the month does not get the slack
        ("2025", "2025-07-23", True),
    ],
)
def test_dates_compatible_at_their_precisions(db_path, existing, incoming, same) -> None:
    (first,), (second,) = stored(
        db_path,
        ("Wire Service", [istanbul_talks(existing, location="Istanbul")]),
        ("Daily Ledger", [istanbul_talks(incoming, location="Istanbul")]),
    )
    assert (first == second) is same


def test_different_topic_agreements_on_one_day_stay_apart(db_path) -> None:
    prisoners = candidate(
        "agreement", "Russia and Ukraine agree to exchange 1,200 prisoners of war", "2025-07-23",
        actors=["Russia", "Ukraine"], topics=["prisoners"], location="Istanbul",
    )  # fmt: skip
    next_round = candidate(
        "agreement", "Russia and Ukraine agree to meet again in August", "2025-07-23",
        actors=["Russia", "Ukraine"], topics=["follow_up_talks"], location="Istanbul", start=200,
    )  # fmt: skip
    ((a,), (b,)) = stored(db_path, ("Wire Service", [prisoners]), ("Daily Ledger", [next_round]))
    assert a != b
    # the same agreement reported by a third outlet does join the first one
    ((c,),) = stored(db_path, ("Gazette", [prisoners]))
    assert c == a


def test_type_family_talks_and_meeting_match(db_path) -> None:
    meeting = candidate(
        "meeting", "Russian and Ukrainian delegations meet in Istanbul", "2025-07-23",
        actors=["Russia", "Ukraine"], location="Istanbul",
    )  # fmt: skip
    ((a,), (b,)) = stored(
        db_path, ("Wire Service", [istanbul_talks(location="Istanbul")]), ("Gazette", [meeting])
    )
    assert a == b


def test_a_more_precise_date_and_a_new_location_improve_an_untouched_event(db_path, invoke) -> None:
    ((first,), (second,)) = stored(
        db_path,
        ("Wire Service", [istanbul_talks("2025-07")]),
        ("Daily Ledger", [istanbul_talks("2025-07-23", location="Istanbul")]),
    )
    assert first == second
    event = show(invoke, first)
    assert (event["date"], event["date_precision"]) == ("2025-07-23", "day")
    assert event["location"] == "Istanbul"
    changes = {(c["field"], c["new_value"], c["changed_by"]) for c in history(invoke, first)}
    assert ("date", "2025-07-23", "merge") in changes
    assert ("location", "Istanbul", "merge") in changes


def test_a_report_that_a_planned_event_took_place_clears_planned(db_path, invoke) -> None:
    ((first,), (second,)) = stored(
        db_path,
        ("Wire Service", [istanbul_talks("2025-07-23", planned=True)]),
        ("Daily Ledger", [istanbul_talks("2025-07-23")]),
    )
    assert first == second
    assert show(invoke, first)["planned"] is False
    changes = {(c["field"], c["old_value"], c["new_value"]) for c in history(invoke, first)}
    assert ("planned", "yes", "no") in changes


def test_a_planned_report_leaves_a_happened_event_alone(db_path, invoke) -> None:
    ((first,), _) = stored(
        db_path,
        ("Wire Service", [istanbul_talks("2025-07-23")]),
        ("Daily Ledger", [istanbul_talks("2025-07-23", planned=True)]),
    )
    assert show(invoke, first)["planned"] is False


def test_a_coarser_date_does_not_replace_a_precise_one(db_path, invoke) -> None:
    ((first,), _) = stored(
        db_path,
        ("Wire Service", [istanbul_talks("2025-07-23")]),
        ("Daily Ledger", [istanbul_talks("2025-07")]),
    )
    assert show(invoke, first)["date"] == "2025-07-23"


@pytest.mark.parametrize("extracted", ["2025", "2025-07"])
def test_locked_fields_are_not_overwritten_by_a_more_precise_merge(
    db_path, invoke, extracted
) -> None:
    ((event_id,),) = stored(db_path, ("Wire Service", [istanbul_talks(extracted)]))
    # a person sets the date (or confirms it by setting the same value) and the title; the
    # event stays unreviewed
    result = invoke(
        "events", "edit", str(event_id), "--date", "2025-07", "--title", "Third Istanbul round"
    )
    assert result.exit_code == 0, result.stderr
    ((again,),) = stored(
        db_path, ("Daily Ledger", [istanbul_talks("2025-07-23", location="Istanbul")])
    )
    assert again == event_id
    event = show(invoke, event_id)
    assert (event["date"], event["date_precision"]) == ("2025-07", "month")
    assert event["title"] == "Third Istanbul round"
    assert event["location"] == "Istanbul"  # not locked: still improved
    assert len(event["sources"]) == 2


def test_a_confirmed_event_only_gains_evidence(db_path, invoke) -> None:
    ((event_id,),) = stored(db_path, ("Wire Service", [istanbul_talks("2025-07")]))
    assert invoke("events", "accept", str(event_id)).exit_code == 0
    ((again,),) = stored(
        db_path,
        ("Daily Ledger", [istanbul_talks("2025-07-23", location="Istanbul", topics=["ceasefire"])]),
    )
    assert again == event_id
    event = show(invoke, event_id)
    assert event["date"] == "2025-07"
    assert event["location"] is None
    assert event["topics"] == ["prisoners"]
    assert len(event["sources"]) == 2


def test_rejected_events_are_not_matched_again_by_other_articles(db_path, invoke) -> None:
    ((event_id,),) = stored(db_path, ("Wire Service", [putin_call()]))
    assert invoke("events", "reject", str(event_id)).exit_code == 0
    ((other,),) = stored(db_path, ("Daily Ledger", [putin_call()]))
    # matching does not care about status: new evidence for a rejected happening is kept with it
    # rather than resurrecting it as a new unreviewed event
    assert other == event_id
    assert show(invoke, event_id)["status"] == "rejected"
    assert timeline_json(invoke) == []


# --- re-extraction ---------------------------------------------------------------------------


def test_reextraction_after_an_edit_keeps_the_edit(db_path, invoke) -> None:
    assert invoke("ingest", str(FIXTURES / "call-wire.md")).exit_code == 0
    (event,) = timeline_json(invoke)
    result = invoke(
        "events", "edit", str(event["id"]), "--title", "Putin–Trump call (checked)",
        "--location", "Moscow / Washington", "--topic", "prisoners",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr

    result = invoke("extract", "--all", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == [
        {
            "article_id": 1,
            "new": [],
            "merged": [event["id"]],
            "updated": [],
            "unchanged": [],
            "removed": 0,
        }
    ]
    (after,) = timeline_json(invoke)
    assert after["id"] == event["id"]
    assert after["title"] == "Putin–Trump call (checked)"
    assert after["location"] == "Moscow / Washington"
    assert "prisoners" in after["topics"]
    assert after["sources"] == event["sources"]  # the evidence is not duplicated


def _source_rows(db_path: Path) -> list[tuple]:
    with db_session(db_path) as session:
        from sqlalchemy import select

        from tracker.models import EventSource

        rows = session.execute(
            select(
                EventSource.id, EventSource.event_id, EventSource.article_id,
                EventSource.start_offset, EventSource.quote,
            ).order_by(EventSource.id)
        )  # fmt: skip
        return [tuple(r) for r in rows]


def restore(db_path: Path, article_id: int, *candidates) -> ExtractionReport:
    """Store the candidates again for a stored article, as a re-run of extraction would."""
    from tracker.models import Article

    with db_session(db_path) as session:
        return store(session, session.get(Article, article_id), *candidates)


def test_unchanged_reextraction_keeps_every_event_id(db_path, invoke) -> None:
    result = invoke("ingest", str(FIXTURES))
    assert result.exit_code == 0, result.stderr
    before, sources, changes = timeline_json(invoke), _source_rows(db_path), _change_count(db_path)
    assert len(before) == 2

    result = invoke("extract", "--all", "--json")
    assert result.exit_code == 0, result.stderr
    reports = json.loads(result.stdout)
    assert len(reports) == 3
    for report in reports:
        assert report["new"] == report["merged"] == report["updated"] == []
        assert report["removed"] == 0
    # the call two articles report is counted by each of them
    assert sorted(i for r in reports for i in r["unchanged"]) == sorted(
        i for e in before for i in [e["id"]] * articles(e)
    )
    assert timeline_json(invoke) == before
    assert _source_rows(db_path) == sources  # not deleted and re-inserted either
    assert _change_count(db_path) == changes  # nothing to record in the history

    result = invoke("extract", "--all")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == (
        "extracted 3 articles: 0 new events, 0 updated, 2 unchanged, "
        "0 matched existing events, 0 removed"
    )
    for event in before:
        assert show(invoke, event["id"])["id"] == event["id"]


def test_a_changed_article_drops_stale_events_and_keeps_the_rest(db_path, invoke, tmp_path) -> None:
    path = tmp_path / "call.md"
    text = (FIXTURES / "call-wire.md").read_text()
    path.write_text(text)
    assert invoke("ingest", str(path)).exit_code == 0
    (putin,) = timeline_json(invoke)
    # the outlet rewrites the story: a paragraph on the Zelensky call is added before the Putin
    # call (whose sentence moves), then the Putin call is dropped altogether
    zelensky = (
        "Donald Trump also spoke with Volodymyr Zelensky by phone on Monday, "
        "a Ukrainian official said.\n\n"
    )
    path.write_text(text.replace("Russian President", zelensky + "Russian President"))
    result = invoke("ingest", str(path), "--force", "--json")
    assert result.exit_code == 0, result.stderr
    (item,) = json.loads(result.stdout)["items"]
    hows = {e["id"]: e["how"] for e in item["events"]}
    assert hows[putin["id"]] == "updated"  # same id, its quote's offsets moved
    assert sorted(hows.values()) == ["new", "updated"]
    assert show(invoke, putin["id"])["sources"] == putin["sources"]

    path.write_text(text.replace("Russian President Vladimir Putin and US", zelensky + "The"))
    assert invoke("ingest", str(path), "--force").exit_code == 0
    result = invoke("extract", "--all", "--json")
    assert result.exit_code == 0, result.stderr
    (report,) = json.loads(result.stdout)
    assert report["removed"] == 0  # the ingest already removed the Putin call
    assert report["new"] == report["updated"] == []
    assert [e["title"] for e in timeline_json(invoke)] == [
        "Donald Trump holds phone call with Volodymyr Zelensky"
    ]


def _change_count(db_path: Path) -> int:
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT count(*) FROM event_change").fetchone()[0]


def test_reextraction_refreshes_kept_events_and_replaces_stale_ones(db_path, invoke) -> None:
    ((call, _talks),) = stored(
        db_path, ("Wire Service", [putin_call(), istanbul_talks("2025-05-16", start=200)])
    )
    # the rules changed: the call gains a place and a topic, the talks are no longer found and
    # a call with Zelensky is found instead
    report = restore(
        db_path, 1,
        putin_call(location="Moscow", topics=["ceasefire", "prisoners"]),
        zelensky_call(start=400),
    )  # fmt: skip
    assert report.updated == [call]
    assert report.unchanged == report.attached == []
    assert report.removed == 1
    (new,) = report.created  # SQLite may give it the highest id again: the talks' id

    assert [e["type"] for e in timeline_json(invoke)] == ["call", "call"]
    refreshed = show(invoke, call)
    assert refreshed["location"] == "Moscow"
    assert refreshed["topics"] == ["ceasefire", "prisoners"]
    assert len(refreshed["sources"]) == 1
    rows = [
        (c["field"], c["old_value"], c["new_value"], c["changed_by"]) for c in history(invoke, call)
    ]
    assert ("location", None, "Moscow", "extract") in rows
    assert ("topics", None, "prisoners", "extract") in rows
    assert show(invoke, new)["title"] == "Donald Trump holds phone call with Volodymyr Zelensky"
    assert timeline_json(invoke, "--type", "talks") == []


def test_reextraction_replaces_a_field_a_candidate_no_longer_gives(db_path, invoke) -> None:
    ((event,),) = stored(
        db_path, ("Wire Service", [istanbul_talks("2025-07", location="Istanbul")])
    )
    report = restore(db_path, 1, istanbul_talks("2025-07-23", confidence=0.5))
    assert report.updated == [event]
    after = show(invoke, event)
    assert (after["date"], after["date_precision"], after["location"]) == (
        "2025-07-23", "day", None,
    )  # fmt: skip
    assert after["confidence"] == 0.5
    # an unchanged second run changes nothing
    again = restore(db_path, 1, istanbul_talks("2025-07-23", confidence=0.5))
    assert (again.unchanged, again.updated, again.created, again.removed) == ([event], [], [], 0)

    # the mediator is no longer found and Ukraine is now the host
    talks = candidate(
        "talks", "Russia and Ukraine hold talks in Istanbul", "2025-07-23",
        actors=["Russia", ("Ukraine", "host")], topics=["prisoners"], confidence=0.5,
    )  # fmt: skip
    assert restore(db_path, 1, talks).updated == [event]
    assert [(a["name"], a["role"]) for a in show(invoke, event)["actors"]] == [
        ("Russia", "participant"), ("Ukraine", "host"),
    ]  # fmt: skip
    rows = [(c["field"], c["old_value"], c["new_value"]) for c in history(invoke, event)]
    assert ("actors", "Turkey (mediator)", None) in rows
    assert ("actors", "Ukraine (participant)", "Ukraine (host)") in rows


def test_moved_evidence_keeps_the_event_with_its_date_and_actors(db_path, invoke) -> None:
    # the outlet inserted a paragraph: the same sentence now starts further on
    ((event,),) = stored(db_path, ("Wire Service", [putin_call(start=10)]))
    report = restore(db_path, 1, putin_call(start=120))
    assert (report.updated, report.created, report.removed) == ([event], [], 0)
    assert event_count(db_path) == 1
    assert [s[3] for s in _source_rows(db_path)] == [120]


def test_a_type_change_replaces_the_event(db_path, invoke) -> None:
    stored(db_path, ("Wire Service", [putin_call()]))
    report = restore(
        db_path, 1, candidate("meeting", "Putin and Trump meet", "2025-05-19", actors=PUTIN)
    )
    assert report.removed == 1
    assert len(report.created) == 1
    assert report.updated == report.unchanged == []
    assert [e["type"] for e in timeline_json(invoke)] == ["meeting"]


def test_two_candidates_of_one_event_keep_it_on_a_rerun(db_path) -> None:
    # two quotes of one article about one call: the second attaches to the first's event
    quote = "Vladimir Putin and Donald Trump hold phone call. They spoke for two hours."
    first = putin_call(quote=quote)
    second = putin_call(start=50, quote=quote[50:], location="Sochi", topics=["prisoners"])
    with db_session(db_path) as session:
        report = store(session, make_article(session, "Wire Service"), first, second)
    (event,) = report.created
    assert report.attached == []  # the article's own event is not "another" event
    sources = _source_rows(db_path)
    assert len(sources) == 2

    again = restore(db_path, 1, first, second)
    assert (again.unchanged, again.updated, again.created, again.removed) == ([event], [], [], 0)
    assert _source_rows(db_path) == sources


def test_reextraction_keeps_events_a_person_confirmed_or_edited(db_path, invoke) -> None:
    ((call, talks, zelensky),) = stored(
        db_path,
        ("Wire Service", [putin_call(), istanbul_talks(start=200), zelensky_call(start=400)]),
    )
    assert invoke("events", "accept", str(call)).exit_code == 0
    result = invoke("events", "edit", str(talks), "--title", "Third round (checked)")
    assert result.exit_code == 0, result.stderr
    before = {i: show(invoke, i) for i in (call, talks)}

    # the same candidates with other fields: the person's events only keep their evidence
    report = restore(
        db_path, 1,
        putin_call(location="Sochi", topics=["prisoners"]),
        istanbul_talks(start=200, location="Istanbul"),
        zelensky_call(start=400),
    )  # fmt: skip
    assert sorted(report.attached) == [call, talks]
    assert report.unchanged == [zelensky]
    assert (report.created, report.updated, report.removed) == ([], [], 0)
    assert show(invoke, call) == before[call]
    assert show(invoke, talks)["title"] == "Third round (checked)"

    # candidates no longer found: the untouched event goes, the person's events stay
    report = restore(db_path, 1)
    assert report.removed == 1
    assert [e["id"] for e in timeline_json(invoke)] == [call, talks]
    assert show(invoke, call) == before[call]
    assert show(invoke, talks)["sources"] == before[talks]["sources"]


def test_reextraction_keeps_an_event_shared_with_another_article(db_path, invoke) -> None:
    result = invoke("ingest", str(FIXTURES / "call-wire.md"), str(FIXTURES / "call-daily.md"))
    assert result.exit_code == 0, result.stderr
    result = invoke("extract", "--all")
    assert result.exit_code == 0, result.stderr
    (event,) = timeline_json(invoke, "--type", "call")
    assert articles(event) == 2
    assert event_count(db_path) == 1


def test_a_shared_event_keeps_the_other_articles_evidence(db_path, invoke) -> None:
    (first,), (second,) = stored(
        db_path,
        ("Wire Service", [putin_call("2025-05")]),
        ("Daily Ledger", [putin_call(location="Sochi")]),
    )
    assert first == second
    before = show(invoke, first)
    assert (before["date"], before["location"]) == ("2025-05-19", "Sochi")

    # re-running the first article keeps what the second one gave the event
    report = restore(db_path, 1, putin_call("2025-05"))
    assert (report.unchanged, report.updated, report.created, report.removed) == (
        [first], [], [], 0,
    )  # fmt: skip
    assert show(invoke, first) == before

    # the first article no longer reports the call: only its evidence goes
    report = restore(db_path, 1)
    assert report.removed == 0
    after = show(invoke, first)
    assert [s["outlet"] for s in after["sources"]] == ["Daily Ledger"]
    assert {k: v for k, v in after.items() if k != "sources"} == {
        k: v for k, v in before.items() if k != "sources"
    }

    # and when it reports it again, the event gets the evidence back under the same id
    report = restore(db_path, 1, putin_call("2025-05"))
    assert report.attached == [first]
    assert articles(show(invoke, first)) == 2
    assert event_count(db_path) == 1


def test_a_rejected_event_stays_rejected_after_reingest_with_force(db_path, invoke) -> None:
    path = FIXTURES / "call-wire.md"
    assert invoke("ingest", str(path)).exit_code == 0
    (event,) = timeline_json(invoke)
    result = invoke("events", "reject", str(event["id"]))
    assert result.exit_code == 0, result.stderr

    result = invoke("ingest", str(path), "--force")
    assert result.exit_code == 0, result.stderr
    assert "updated" in result.stdout
    assert timeline_json(invoke) == []
    (rejected,) = timeline_json(invoke, "--status", "rejected")
    assert rejected["id"] == event["id"]
    assert rejected["sources"] == event["sources"]
    assert event_count(db_path) == 1
    result = invoke("extract", "--all")
    assert result.exit_code == 0, result.stderr
    assert timeline_json(invoke) == []


def test_a_rejected_event_stays_rejected_when_the_article_changes(
    db_path, invoke, tmp_path
) -> None:
    path = tmp_path / "call.md"
    shutil.copyfile(FIXTURES / "call-wire.md", path)
    assert invoke("ingest", str(path)).exit_code == 0
    (event,) = timeline_json(invoke)
    assert invoke("events", "reject", str(event["id"])).exit_code == 0
    # the outlet corrects the story: same URL, a sentence added before the call
    text = path.read_text().replace(
        "Russian President", "Updated with the Kremlin's account.\n\nRussian President"
    )
    path.write_text(text)
    result = invoke("ingest", str(path), "--force")
    assert result.exit_code == 0, result.stderr
    assert timeline_json(invoke) == []
    assert event_count(db_path) == 1


# --- accept and reject -----------------------------------------------------------------------


def test_accept_and_reject(db_path, invoke) -> None:
    ((a,), (b,), (c,)) = stored(
        db_path,
        ("Wire Service", [putin_call()]),
        ("Daily Ledger", [zelensky_call()]),
        ("Gazette", [istanbul_talks()]),
    )
    result = invoke("events", "accept", str(a), str(b))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"event {a}: unreviewed → confirmed",
        f"event {b}: unreviewed → confirmed",
    ]
    result = invoke("events", "reject", str(c))
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines() == [f"event {c}: unreviewed → rejected"]

    assert [e["id"] for e in timeline_json(invoke)] == [a, b]
    assert {e["status"] for e in timeline_json(invoke)} == {"confirmed"}
    assert [e["id"] for e in timeline_json(invoke, "--status", "rejected")] == [c]
    # accepting locks every field against the machine
    with db_session(db_path) as session:
        from tracker.models import Event

        locked = session.get(Event, a).locked_fields
    assert {"date", "type", "title", "location", "actors", "topics"} <= set(locked)


def test_accept_an_unknown_event_is_one_line_error(invoke) -> None:
    result = invoke("events", "accept", "99")
    assert_error(result, "error: no event with id 99")


def test_reject_then_accept_again(db_path, invoke) -> None:
    ((a,),) = stored(db_path, ("Wire Service", [putin_call()]))
    assert invoke("events", "reject", str(a)).exit_code == 0
    result = invoke("events", "accept", str(a))
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == f"event {a}: rejected → confirmed"
    assert [c["new_value"] for c in history(invoke, a) if c["field"] == "status"] == [
        "rejected",
        "confirmed",
    ]


# --- history ---------------------------------------------------------------------------------


def test_history_records_every_change_and_who_made_it(db_path, invoke) -> None:
    ((a,), (b,)) = stored(
        db_path,
        ("Wire Service", [istanbul_talks("2025-07")]),
        ("Daily Ledger", [zelensky_call()]),
    )
    stored(
        db_path,
        ("Gazette", [istanbul_talks("2025-07-23", location="Istanbul", topics=["ceasefire"])]),
    )
    assert invoke("events", "edit", str(a), "--title", "Third round in Istanbul").exit_code == 0
    assert invoke("events", "accept", str(a)).exit_code == 0
    assert invoke("events", "merge", str(a), str(b)).exit_code == 0

    rows = [
        (c["field"], c["old_value"], c["new_value"], c["changed_by"]) for c in history(invoke, a)
    ]
    assert rows[0] == ("event", None, "created", "extract")
    assert ("date", "2025-07-01", "2025-07-23", "merge") in rows
    assert ("location", None, "Istanbul", "merge") in rows
    assert ("topics", None, "ceasefire", "merge") in rows
    assert (
        "title", "Russia and Ukraine hold talks in Istanbul", "Third round in Istanbul", "manual"
    ) in rows  # fmt: skip
    assert ("status", "unreviewed", "confirmed", "manual") in rows
    merged = [r for r in rows if r[0] == "merged"]
    assert len(merged) == 1
    assert merged[0][3] == "merge"
    assert json.loads(merged[0][2])["id"] == b
    assert {r[3] for r in rows} == {"extract", "merge", "manual"}
    # every change has a time
    assert all(c["changed_at"] for c in history(invoke, a))


def test_history_of_a_manual_event_and_the_rich_view(invoke) -> None:
    result = invoke(
        "add", "--date", "2025-05-16", "--type", "talks", "--title", "Istanbul talks",
        "--actor", "Russia", "--actor", "Ukraine",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert invoke("events", "edit", "1", "--location", "Istanbul").exit_code == 0
    rows = [(c["field"], c["new_value"], c["changed_by"]) for c in history(invoke, 1)]
    assert rows == [("event", "created", "manual"), ("location", "Istanbul", "manual")]
    result = invoke("events", "history", "1")
    assert result.exit_code == 0, result.stderr
    assert "location" in result.stdout
    assert "Istanbul" in result.stdout
    assert "manual" in result.stdout


def test_history_of_an_unknown_event(invoke) -> None:
    assert_error(invoke("events", "history", "42"), "error: no event with id 42")


# --- merge and split -------------------------------------------------------------------------


def _comparable(event: dict) -> dict:
    return {
        **{k: v for k, v in event.items() if k not in ("actors", "sources")},
        "actors": sorted((a["name"], a["role"]) for a in event["actors"]),
        "sources": [(s["url"], s["quote"]) for s in event["sources"]],
    }


def test_merge_then_split_restores_both_events(db_path, invoke) -> None:
    ((a,), (b,)) = stored(
        db_path,
        ("Wire Service", [putin_call(location="Sochi")]),
        ("Daily Ledger", [zelensky_call(topics=["sanctions", "energy"])]),
    )
    # a third article adds evidence to the Zelensky call, so it has two sources
    stored(db_path, ("Gazette", [zelensky_call()]))
    before = {a: show(invoke, a), b: show(invoke, b)}
    assert len(before[b]["sources"]) == 2

    result = invoke("events", "merge", str(a), str(b))
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == f"merged {b} into event {a} (2 sources moved)"
    merged = show(invoke, a)
    assert len(merged["sources"]) == 3
    assert {x["name"] for x in merged["actors"]} == {
        "Donald Trump", "Vladimir Putin", "Volodymyr Zelensky",
    }  # fmt: skip
    assert set(merged["topics"]) == {"ceasefire", "sanctions", "energy"}
    assert invoke("events", "show", str(b)).exit_code != 0

    source_id = _source_ids(db_path, a)[1]
    result = invoke("events", "split", str(a), "--source", str(source_id))
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == f"split event {b} off event {a}"
    assert _comparable(show(invoke, a)) == _comparable(before[a])
    assert _comparable(show(invoke, b)) == _comparable(before[b])


def test_merge_then_split_restores_statuses(db_path, invoke) -> None:
    ((a,), (b,)) = stored(
        db_path, ("Wire Service", [putin_call()]), ("Daily Ledger", [zelensky_call()])
    )
    assert invoke("events", "accept", str(b)).exit_code == 0
    before = {a: show(invoke, a), b: show(invoke, b)}
    assert invoke("events", "merge", str(a), str(b)).exit_code == 0
    assert show(invoke, a)["status"] == "confirmed"  # a person confirmed part of it
    source_id = _source_ids(db_path, a)[1]
    assert invoke("events", "split", str(a), "--source", str(source_id)).exit_code == 0
    assert _comparable(show(invoke, a)) == _comparable(before[a])
    assert _comparable(show(invoke, b)) == _comparable(before[b])


def _source_ids(db_path: Path, event_id: int) -> list[int]:
    with db_session(db_path) as session:
        from tracker.services.events import get_event

        return [s.id for s in get_event(session, event_id).sources]


def test_merge_keeps_the_lowest_id_unless_told(db_path, invoke) -> None:
    ((a,), (b,), (c,)) = stored(
        db_path,
        ("Wire Service", [putin_call()]),
        ("Daily Ledger", [zelensky_call()]),
        ("Gazette", [istanbul_talks()]),
    )
    result = invoke("events", "merge", str(c), str(b), "--keep", str(b))
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == f"merged {c} into event {b} (1 sources moved)"
    assert event_count(db_path) == 2
    assert invoke("events", "merge", str(a), str(b)).exit_code == 0
    assert [e["id"] for e in timeline_json(invoke)] == [a]
    assert len(show(invoke, a)["sources"]) == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["1"], "error: merge needs at least two different event ids"),
        (["1", "1"], "error: merge needs at least two different event ids"),
        (["1", "2", "--keep", "3"], "error: --keep 3 is not one of the events to merge"),
        (["1", "9"], "error: no event with id 9"),
    ],
)
def test_merge_errors(db_path, invoke, args, message) -> None:
    stored(db_path, ("Wire Service", [putin_call()]), ("Daily Ledger", [zelensky_call()]))
    result = invoke("events", "merge", *args)
    assert assert_error(result) == message
    assert event_count(db_path) == 2


def test_split_errors(db_path, invoke) -> None:
    ((a,),) = stored(db_path, ("Wire Service", [putin_call()]))
    (only,) = _source_ids(db_path, a)
    line = assert_error(invoke("events", "split", str(a), "--source", str(only)))
    assert line == "error: cannot split off every source: the event would be left without any"
    line = assert_error(invoke("events", "split", str(a), "--source", "77"))
    assert line == f"error: event {a} has no source 77; its sources are {only}"


def test_split_without_a_merge_copies_the_event_for_a_person_to_fix(db_path, invoke) -> None:
    ((a,), _) = stored(db_path, ("Wire Service", [putin_call()]), ("Daily Ledger", [putin_call()]))
    _, second = _source_ids(db_path, a)
    result = invoke("events", "split", str(a), "--source", str(second))
    assert result.exit_code == 0, result.stderr
    events = timeline_json(invoke)
    assert len(events) == 2
    new = next(e for e in events if e["id"] != a)
    assert new["title"] == show(invoke, a)["title"]
    assert new["status"] == "unreviewed"
    assert [s["outlet"] for s in new["sources"]] == ["Daily Ledger"]
    assert [s["outlet"] for s in show(invoke, a)["sources"]] == ["Wire Service"]


# --- duplicates ------------------------------------------------------------------------------

CALL = ("--date", "2025-05-19", "--type", "call", "--actor", "Trump", "--actor", "Putin")


def test_duplicates_lists_a_likely_pair(invoke) -> None:
    # events added by hand are never merged automatically
    for title in ("Trump and Putin speak by phone", "Putin, Trump hold a phone call"):
        assert invoke("add", *CALL, "--title", title).exit_code == 0
    assert (
        invoke(
            "add", *CALL[:-2], "--actor", "Zelensky", "--title", "Trump calls Zelensky"
        ).exit_code
        == 0
    )
    result = invoke("events", "duplicates", "--format", "json")
    assert result.exit_code == 0, result.stderr
    pairs = json.loads(result.stdout)
    assert [(p["first"], p["second"]) for p in pairs] == [(1, 2)]
    assert pairs[0]["date"] == "2025-05-19"
    assert pairs[0]["score"] > 0

    result = invoke("events", "duplicates")
    assert result.exit_code == 0, result.stderr
    assert "1 + 2" in result.stdout
    assert "Trump and Putin speak by phone" in result.stdout
    assert "tracker events merge" in result.stdout

    result = invoke("events", "duplicates", "--event", "3", "--format", "json")
    assert json.loads(result.stdout) == []
    result = invoke("events", "duplicates", "--event", "2", "--format", "json")
    assert [(p["first"], p["second"]) for p in json.loads(result.stdout)] == [(1, 2)]


def test_duplicates_ignore_rejected_events_and_say_when_there_are_none(invoke) -> None:
    for title in ("Trump and Putin speak by phone", "Putin, Trump hold a phone call"):
        assert invoke("add", *CALL, "--title", title).exit_code == 0
    assert invoke("events", "reject", "2").exit_code == 0
    result = invoke("events", "duplicates")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == "No likely duplicates."


def test_duplicates_find_a_month_event_and_a_day_event(invoke) -> None:
    assert invoke("add", *CALL, "--title", "Trump and Putin speak by phone").exit_code == 0
    args = ("--date", "2025-05", "--type", "call", "--actor", "Trump", "--actor", "Putin")
    assert invoke("add", *args, "--title", "Trump and Putin spoke in May").exit_code == 0
    result = invoke("events", "duplicates", "--format", "json")
    assert [(p["first"], p["second"]) for p in json.loads(result.stdout)] == [(2, 1)]


# --- corroboration in the timeline -----------------------------------------------------------


def test_min_sources_counts_independent_outlets(db_path, invoke) -> None:
    with db_session(db_path) as session:
        # the Putin call: two outlets; the Zelensky call: two articles of one outlet
        store(session, make_article(session, "Wire Service", slug="p1"), putin_call())
        store(session, make_article(session, "Daily Ledger", slug="p2"), putin_call())
        store(session, make_article(session, "Daily Ledger", slug="z1"), zelensky_call())
        store(session, make_article(session, "Daily Ledger", slug="z2"), zelensky_call())
        store(session, make_article(session, "Gazette", slug="t1"), istanbul_talks())
    titles = [e["title"] for e in timeline_json(invoke, "--min-sources", "2")]
    assert titles == ["Vladimir Putin and Donald Trump hold phone call"]
    assert len(timeline_json(invoke, "--min-sources", "1")) == 3
    assert timeline_json(invoke, "--min-sources", "3") == []

    result = invoke("timeline", columns=120)
    assert result.exit_code == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert "2 sources, 2 outlets" in text  # the Putin call
    assert text.count("2 sources ·") == 1  # the Zelensky call: one outlet, count not repeated
    assert "1 source ·" in text
