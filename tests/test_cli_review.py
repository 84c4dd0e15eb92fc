"""`tracker review`: the interactive queue, driven by scripted keys and answers."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

import pytest
from curation_helpers import (
    candidate,
    db_session,
    istanbul_talks,
    make_article,
    putin_call,
    store,
    zelensky_call,
)
from helpers import assert_error

from tracker.cli._common import AppContext
from tracker.extract import EventCandidate


def keys(*pressed: str) -> Callable[[], str]:
    """A read_key that returns the given keys in order and fails if asked for more."""
    it = iter(pressed)

    def read_key() -> str:
        try:
            return next(it)
        except StopIteration:
            raise AssertionError("the review loop asked for more keys than scripted") from None

    return read_key


def answers(**given: str) -> Callable[[str, str], str]:
    """An ``ask`` that answers prompts by their first word and keeps the default otherwise."""
    asked: list[str] = []

    def ask(prompt: str, default: str) -> str:
        word = prompt.split()[0]
        asked.append(word)
        return given.get(word, default)

    ask.asked = asked  # type: ignore[attr-defined]
    return ask


def no_questions(prompt: str, default: str) -> str:
    raise AssertionError(f"unexpected question {prompt!r}")


def energy_proposal() -> EventCandidate:
    return candidate(
        "proposal", "Ukraine proposes an energy truce", "2025-06-02",
        actors=[("Ukraine", "initiator")], topics=["energy"],
    )  # fmt: skip


@pytest.fixture
def queue_db(db_path) -> dict[str, int]:
    """Four unreviewed events from four articles published on different days (oldest first)."""
    rows = [
        ("talks", "Gazette", "2025-07-24T09:00", istanbul_talks(location="Istanbul")),
        ("putin", "Wire Service", "2025-05-20T08:00", putin_call()),
        ("zelensky", "Daily Ledger", "2025-05-20T12:00", zelensky_call()),
        ("energy", "Wire Service", "2025-06-03T10:00", energy_proposal()),
    ]
    ids = {}
    with db_session(db_path) as session:
        for name, outlet, published, cand in rows:
            article = make_article(session, outlet, slug=name, published=published)
            ids[name] = store(session, article, cand).created[0]
    return ids


@pytest.fixture
def context(db_path) -> AppContext:
    return AppContext(db_option=str(db_path))


def queue(db_path, **filters: Iterable[str]) -> list[int]:
    from tracker.services.review import review_queue
    from tracker.services.timeline import TimelineQuery

    with db_session(db_path) as session:
        return review_queue(session, TimelineQuery(**filters))


def status(invoke, event_id: int) -> str:
    result = invoke("events", "show", str(event_id), "--format", "json")
    return json.loads(result.stdout)["status"]


def test_review_without_a_terminal_refuses(invoke) -> None:
    result = invoke("review")
    line = assert_error(result, "error: tracker review needs a terminal", code=2)
    assert "tracker events accept" in line
    assert result.stdout == ""


def test_review_queue_is_oldest_article_first(db_path, queue_db) -> None:
    assert queue(db_path) == [
        queue_db["putin"], queue_db["zelensky"], queue_db["energy"], queue_db["talks"]
    ]  # fmt: skip


def test_review_queue_filters(db_path, queue_db) -> None:
    assert queue(db_path, actors=["Russia"]) == [queue_db["putin"], queue_db["talks"]]
    assert queue(db_path, topics=["energy"]) == [queue_db["energy"]]
    from tracker.dates import parse_partial_date

    assert queue(db_path, since=parse_partial_date("2025-06")) == [
        queue_db["energy"], queue_db["talks"]
    ]  # fmt: skip


def test_review_queue_holds_only_unreviewed_events(db_path, queue_db, invoke) -> None:
    assert invoke("events", "accept", str(queue_db["putin"])).exit_code == 0
    assert invoke("events", "reject", str(queue_db["talks"])).exit_code == 0
    assert queue(db_path) == [queue_db["zelensky"], queue_db["energy"]]


def test_accept_reject_skip_then_quit(db_path, queue_db, context, invoke, capsys) -> None:
    counts = review_loop(context, queue(db_path), keys("a", "r", "s", "q"), no_questions)
    assert counts == {"accepted": 1, "rejected": 1, "edited": 0, "merged": 0, "skipped": 1}
    out, err = capsys.readouterr()
    for position in range(1, 5):
        assert f"{position} / 4" in out  # the fourth is shown, then quit
    assert "[a]ccept" in out
    assert "Vladimir Putin and Donald Trump hold phone call" in out
    assert err.strip() == "1 accepted, 1 rejected, 0 edited, 0 merged, 1 skipped"
    assert status(invoke, queue_db["putin"]) == "confirmed"
    assert status(invoke, queue_db["zelensky"]) == "rejected"
    assert status(invoke, queue_db["energy"]) == "unreviewed"
    assert status(invoke, queue_db["talks"]) == "unreviewed"


def test_unknown_keys_are_ignored(db_path, queue_db, context) -> None:
    counts = review_loop(context, queue(db_path), keys("x", "", "A", "q"), no_questions)
    assert counts["accepted"] == 1


def test_the_whole_queue(db_path, queue_db, context, capsys) -> None:
    counts = review_loop(context, queue(db_path), keys("a", "a", "a", "a"), no_questions)
    assert counts["accepted"] == 4
    assert "4 / 4" in capsys.readouterr().out
    assert queue(db_path) == []


def test_empty_queue(context, db_path, capsys) -> None:
    counts = review_loop(context, [], keys(), no_questions)
    assert sum(counts.values()) == 0
    assert capsys.readouterr().err.strip() == "Nothing to review: no unreviewed events match."


def test_edit_with_scripted_answers(db_path, queue_db, context, invoke) -> None:
    ask = answers(
        title="Trump and Putin talk for two hours",
        date="2025-05-19",
        location="Sochi",
        actors="Donald Trump, Vladimir Putin, Steve Witkoff",
        topics="ceasefire, prisoners",
    )
    counts = review_loop(context, [queue_db["putin"]], keys("e"), ask)
    assert counts["edited"] == 1
    assert ask.asked == ["type", "date", "title", "location", "actors", "topics"]  # type: ignore[attr-defined]
    event = json.loads(invoke("events", "show", str(queue_db["putin"]), "--format", "json").stdout)
    assert event["title"] == "Trump and Putin talk for two hours"
    assert event["location"] == "Sochi"
    assert event["date"] == "2025-05-19"
    assert {a["name"] for a in event["actors"]} >= {"Steve Witkoff", "Donald Trump"}
    assert event["topics"] == ["ceasefire", "prisoners"]
    assert event["status"] == "confirmed"
    history = json.loads(
        invoke("events", "history", str(queue_db["putin"]), "--format", "json").stdout
    )
    manual = {(c["field"], c["new_value"]) for c in history if c["changed_by"] == "manual"}
    assert ("title", "Trump and Putin talk for two hours") in manual
    assert ("location", "Sochi") in manual
    assert ("topics", "prisoners") in manual
    assert ("status", "confirmed") in manual


def test_edit_can_remove_actors_and_clear_the_location(db_path, queue_db, context, invoke) -> None:
    ask = answers(location="-", actors="Russia, Ukraine", topics="")
    review_loop(context, [queue_db["talks"]], keys("e"), ask)
    event = json.loads(invoke("events", "show", str(queue_db["talks"]), "--format", "json").stdout)
    assert event["location"] is None
    assert [a["name"] for a in event["actors"]] == ["Russia", "Ukraine"]
    assert event["topics"] == []


def test_an_invalid_edit_leaves_the_event_unchanged(
    db_path, queue_db, context, invoke, capsys
) -> None:
    ask = answers(type="summit")
    counts = review_loop(context, [queue_db["putin"]], keys("e"), ask)
    assert counts["edited"] == 0
    assert "unknown event type 'summit'" in capsys.readouterr().err
    assert status(invoke, queue_db["putin"]) == "unreviewed"


def test_merge_into_the_suggested_duplicate(db_path, context, invoke, capsys) -> None:
    # two hand-added events of one call: never merged automatically, so a likely duplicate pair
    call = ("--date", "2025-05-19", "--type", "call", "--actor", "Trump", "--actor", "Putin")
    assert invoke("add", *call, "--title", "Trump and Putin speak by phone").exit_code == 0
    assert invoke("add", *call, "--title", "Putin, Trump hold a call").exit_code == 0
    assert invoke("events", "edit", "2", "--status", "unreviewed").exit_code == 0
    counts = review_loop(context, queue(db_path), keys("m"), no_questions)
    assert counts["merged"] == 1
    assert "possible duplicate of event 1" in capsys.readouterr().out
    assert invoke("events", "show", "2").exit_code != 0
    assert queue(db_path) == []


def test_merge_without_a_suggestion_counts_as_skip(db_path, queue_db, context) -> None:
    counts = review_loop(context, [queue_db["energy"]], keys("m"), no_questions)
    assert counts == {"accepted": 0, "rejected": 0, "edited": 0, "merged": 0, "skipped": 1}


def test_events_decided_meanwhile_are_passed_over(db_path, queue_db, context, invoke) -> None:
    ids = queue(db_path)
    assert invoke("events", "accept", str(ids[0])).exit_code == 0
    assert invoke("events", "delete", str(ids[1]), "--yes").exit_code == 0
    counts = review_loop(context, ids, keys("r", "q"), no_questions)
    assert counts["rejected"] == 1
    assert status(invoke, ids[2]) == "rejected"


def review_loop(context, ids, read_key, ask) -> dict[str, int]:
    from tracker.cli.review import review_loop as loop

    return loop(context, ids, read_key=read_key, ask=ask)
