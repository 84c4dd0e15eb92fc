"""`tracker add` and `tracker events show|edit|delete`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from helpers import assert_error, event_count

ISTANBUL = (
    "--date", "2025-05-16", "--type", "talks",
    "--actor", "Russia", "--actor", "Ukraine", "--mediator", "Turkey",
    "--location", "Istanbul", "--topic", "ceasefire", "--topic", "prisoners",
    "--title", "First direct talks since 2022", "--source", "https://example.org/a",
)  # fmt: skip


def show_json(invoke, event_id: int) -> dict:
    result = invoke("events", "show", str(event_id), "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_add_with_every_option(invoke) -> None:
    result = invoke("add", *ISTANBUL)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""  # status goes to stderr; stdout stays data
    assert result.stderr.strip() == "added event 1: First direct talks since 2022"

    event = show_json(invoke, 1)
    assert event["date"] == "2025-05-16"
    assert event["date_precision"] == "day"
    assert event["type"] == "talks"
    assert event["title"] == "First direct talks since 2022"
    assert event["location"] == "Istanbul"
    assert event["topics"] == ["ceasefire", "prisoners"]
    assert [(a["name"], a["role"]) for a in event["actors"]] == [
        ("Russia", "participant"),
        ("Ukraine", "participant"),
        ("Turkey", "mediator"),
    ]
    assert [a["country"] for a in event["actors"]] == ["Russia", "Ukraine", "Turkey"]
    assert event["status"] == "confirmed"
    assert event["origin"] == "manual"
    assert event["planned"] is False
    assert [s["url"] for s in event["sources"]] == ["https://example.org/a"]


def test_add_a_call_between_people(invoke) -> None:
    result = invoke(
        "add", "--date", "2025-05-19", "--type", "call", "--title", "Leaders call",
        "--actor", "Zelensky", "--actor", "Trump", "--actor", "Macron",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    event = show_json(invoke, 1)
    assert event["actors"] == [
        {"name": "Volodymyr Zelensky", "kind": "person", "role": "participant", "country": "Ukraine"},
        {"name": "Donald Trump", "kind": "person", "role": "participant", "country": "United States"},
        {"name": "Emmanuel Macron", "kind": "person", "role": "participant", "country": "France"},
    ]  # fmt: skip


def test_add_json_prints_the_event(invoke) -> None:
    result = invoke("add", *ISTANBUL, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["id"] == 1


def test_add_requires_date_type_and_title(invoke, db_path: Path) -> None:
    result = invoke("add", "--type", "talks")
    line = assert_error(result, code=2)
    assert "--date" in line
    assert "--title" in line
    assert event_count(db_path) == 0


def test_add_month_precision(invoke) -> None:
    result = invoke("add", "--date", "2025-05", "--type", "statement", "--title", "Fuzzy")
    assert result.exit_code == 0, result.stderr
    event = show_json(invoke, 1)
    assert event["date"] == "2025-05"
    assert event["date_precision"] == "month"


def test_add_year_precision(invoke) -> None:
    assert invoke("add", "--date", "2024", "--type", "other", "--title", "Y").exit_code == 0
    event = show_json(invoke, 1)
    assert (event["date"], event["date_precision"]) == ("2024", "year")


@pytest.mark.parametrize(
    ("days", "planned"),
    [(30, True), (1, True), (0, False), (-30, False)],
)
def test_planned_is_set_for_future_dates(invoke, days: int, planned: bool) -> None:
    day = dt.datetime.now(dt.UTC).astimezone().date() + dt.timedelta(days=days)
    args = ("add", "--date", day.isoformat(), "--type", "talks", "--title", "Next round")
    assert invoke(*args).exit_code == 0
    assert show_json(invoke, 1)["planned"] is planned


def test_planned_flag_overrides_the_date(invoke) -> None:
    args = ("add", "--date", "2099-01-01", "--type", "talks", "--title", "T", "--not-planned")
    assert invoke(*args).exit_code == 0
    assert show_json(invoke, 1)["planned"] is False


def test_show_rich(invoke) -> None:
    invoke("add", *ISTANBUL)
    result = invoke("events", "show", "1")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "event 1" in out
    assert "TALKS" in out
    assert "First direct talks since 2022" in out
    assert "2025-05-16 (day)" in out
    assert "Turkey [state] — mediator" in out
    assert "ceasefire, prisoners" in out
    assert "https://example.org/a" in out
    assert "\x1b[" not in out


def test_show_json_has_the_contract_keys(invoke) -> None:
    invoke("add", *ISTANBUL)
    event = show_json(invoke, 1)
    assert list(event) == [
        "id", "date", "date_precision", "end_date", "type", "title", "summary", "location",
        "topics", "actors", "status", "origin", "planned", "confidence", "sources",
    ]  # fmt: skip
    assert list(event["sources"][0]) == [
        "article_id", "url", "title", "outlet", "published", "quote",
    ]  # fmt: skip


def test_show_unknown_id(invoke) -> None:
    line = assert_error(invoke("events", "show", "99"))
    assert line == "error: no event with id 99"


def test_edit_location(invoke) -> None:
    invoke("add", "--date", "2025-05-16", "--type", "talks", "--title", "Talks")
    result = invoke("events", "edit", "1", "--location", "Istanbul")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == "updated event 1: Talks"
    assert show_json(invoke, 1)["location"] == "Istanbul"


def test_edit_empty_location_clears_it(invoke) -> None:
    invoke("add", *ISTANBUL)
    assert invoke("events", "edit", "1", "--location", "").exit_code == 0
    assert show_json(invoke, 1)["location"] is None


def test_edit_adds_and_removes_actors_and_topics(invoke) -> None:
    invoke("add", *ISTANBUL)
    result = invoke(
        "events", "edit", "1",
        "--actor", "United States", "--remove-actor", "Turkey",
        "--topic", "territory", "--remove-topic", "ceasefire",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    event = show_json(invoke, 1)
    assert [a["name"] for a in event["actors"]] == ["Russia", "Ukraine", "United States"]
    assert event["topics"] == ["prisoners", "territory"]


def test_edit_actor_by_alias_and_role_change(invoke) -> None:
    invoke("add", *ISTANBUL)
    assert invoke("events", "edit", "1", "--host", "Türkiye").exit_code == 0
    roles = {a["name"]: a["role"] for a in show_json(invoke, 1)["actors"]}
    assert roles["Turkey"] == "host"


def test_edit_removing_an_actor_not_in_the_event(invoke) -> None:
    invoke("add", *ISTANBUL)
    before = show_json(invoke, 1)
    line = assert_error(invoke("events", "edit", "1", "--remove-actor", "France"), code=2)
    assert line == 'error: "France" is not an actor of event 1'
    assert show_json(invoke, 1) == before


def test_edit_date_status_and_summary(invoke) -> None:
    invoke("add", *ISTANBUL)
    result = invoke(
        "events", "edit", "1", "--date", "2025-05", "--status", "unreviewed",
        "--summary", "Met for two hours.", "--end-date", "2025-05-17",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    event = show_json(invoke, 1)
    assert (event["date"], event["date_precision"]) == ("2025-05", "month")
    assert event["status"] == "unreviewed"
    assert event["summary"] == "Met for two hours."
    assert event["end_date"] == "2025-05-17"


def test_edit_invalid_status_writes_nothing(invoke) -> None:
    invoke("add", *ISTANBUL)
    before = show_json(invoke, 1)
    line = assert_error(
        invoke("events", "edit", "1", "--status", "maybe", "--location", "Ankara"), code=2
    )
    assert "confirmed, unreviewed, rejected" in line
    assert show_json(invoke, 1) == before


def test_delete_with_yes(invoke, db_path: Path) -> None:
    invoke("add", *ISTANBUL)
    invoke("add", "--date", "2025-05-19", "--type", "call", "--title", "Call", "--actor", "Putin")
    result = invoke("events", "delete", "2", "--yes")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == "deleted event 2"
    assert event_count(db_path) == 1
    assert_error(invoke("events", "show", "2"))


def test_a_deleted_events_id_is_never_given_to_a_new_event(invoke) -> None:
    invoke("add", *ISTANBUL)
    invoke("add", "--date", "2025-05-19", "--type", "call", "--title", "Call", "--actor", "Putin")
    invoke("events", "delete", "2", "--yes")
    result = invoke("add", "--date", "2025-05-20", "--type", "meeting", "--title", "Later")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == "added event 3: Later"
    assert_error(invoke("events", "show", "2"))


def test_delete_without_yes_and_no_terminal_refuses(invoke, db_path: Path) -> None:
    invoke("add", *ISTANBUL)
    result = invoke("events", "delete", "1")
    line = assert_error(result)
    assert "--yes" in line
    assert event_count(db_path) == 1


def test_delete_unknown_id(invoke) -> None:
    assert assert_error(invoke("events", "delete", "7", "--yes")) == "error: no event with id 7"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--date", "2025-02-30"), "error: invalid --date '2025-02-30'"),
        (("--date", "tomorrow-ish"), "error: invalid --date 'tomorrow-ish'"),
        (("--type", "negotiation"), "error: unknown event type 'negotiation'; choose from talks, "),
        (("--topic", "peace"), "error: unknown topic 'peace'; choose from "),
        (("--actor", "Rusia"), 'error: no actor "Rusia" — did you mean "Russia"?'),
        (("--source", "not a url"), "error: invalid source 'not a url'"),
        (("--end-date", "2025-05"), "error: --end-date needs a full date"),
        (("--end-date", "2025-05-01"), "error: the end date is before the event's date"),
    ],
)
def test_add_bad_input_writes_nothing(invoke, db_path: Path, args, expected: str) -> None:
    base = {"--date": "2025-05-16", "--type": "talks", "--title": "T"}
    base.update(dict(zip(args[::2], args[1::2], strict=True)))
    flat = [x for pair in base.items() for x in pair]
    result = invoke("add", *flat)
    line = assert_error(result, code=2)
    assert line.startswith(expected), line
    assert event_count(db_path) == 0


def test_unknown_topic_lists_the_valid_ones(invoke) -> None:
    line = assert_error(
        invoke("add", "--date", "2025", "--type", "talks", "--title", "T", "-t", "x")
    )
    for slug in ("ceasefire", "prisoners", "territory", "energy"):
        assert slug in line
