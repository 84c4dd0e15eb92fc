"""`tracker actors list|show|add|alias|affiliate|sync`."""

from __future__ import annotations

import json

from helpers import assert_error, run_cli


def test_list_json_filters_by_kind_and_search(invoke) -> None:
    result = invoke("actors", "list", "--kind", "person", "--search", "zelensk", "--format", "json")
    assert result.exit_code == 0, result.stderr
    actors = json.loads(result.stdout)
    assert [a["name"] for a in actors] == ["Volodymyr Zelensky"]
    (zelensky,) = actors
    assert set(zelensky) == {"id", "name", "kind", "iso3", "aliases", "events"}
    assert zelensky["kind"] == "person"
    assert "Zelenskyy" in zelensky["aliases"]
    assert zelensky["events"] == 0


def test_list_states(invoke) -> None:
    actors = json.loads(invoke("actors", "list", "--kind", "state", "--format", "json").stdout)
    assert len(actors) >= 193
    assert {a["kind"] for a in actors} == {"state"}
    names = [a["name"] for a in actors]
    assert names == sorted(names)
    assert {"Russia", "Ukraine", "Turkey"} <= set(names)


def test_list_search_matches_aliases(invoke) -> None:
    actors = json.loads(invoke("actors", "list", "--search", "kremlin", "--format", "json").stdout)
    assert [a["name"] for a in actors] == ["Russia"]


def test_list_with_events_counts(invoke, seeded) -> None:
    result = invoke("actors", "list", "--with-events", "--format", "json")
    counts = {a["name"]: a["events"] for a in json.loads(result.stdout)}
    assert counts["Russia"] == 4  # direct participation only; Putin's calls count for Putin
    assert counts["Vladimir Putin"] == 2
    assert "France" not in counts


def test_list_rich_table(invoke) -> None:
    result = invoke("actors", "list", "--kind", "state", "--search", "russia")
    assert result.exit_code == 0, result.stderr
    assert "Russia" in result.stdout
    assert "RUS" in result.stdout
    assert "\x1b[" not in result.stdout


def test_list_unknown_kind(invoke) -> None:
    line = assert_error(invoke("actors", "list", "--kind", "country"), code=2)
    assert line == (
        "error: unknown actor kind 'country'; choose from state, organisation, person, group"
    )


def test_show_russia(invoke) -> None:
    result = invoke("actors", "show", "Russia")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith("Russia (state, RUS)")
    assert "Moscow" in out
    assert "Russian Federation" in out
    assert "Vladimir Putin" in out  # listed among the people who act for Russia


def test_show_json_by_alias(invoke) -> None:
    result = invoke("actors", "show", "moscow", "--format", "json")
    assert result.exit_code == 0, result.stderr
    detail = json.loads(result.stdout)
    assert detail["name"] == "Russia"
    assert "Moscow" in detail["aliases"]
    assert "Vladimir Putin" in {m["person"] for m in detail["members"]}


def test_show_person_affiliations(invoke) -> None:
    detail = json.loads(invoke("actors", "show", "Merz", "--format", "json").stdout)
    assert detail["affiliations"] == [
        {
            "person": "Friedrich Merz",
            "actor": "Germany",
            "actor_kind": "state",
            "role": "chancellor",
            "start": "2025-05-06",
            "end": None,
        }
    ]


def test_show_unknown_suggests(invoke) -> None:
    line = assert_error(invoke("actors", "show", "Rusia"), code=2)
    assert line == 'error: no actor "Rusia" — did you mean "Russia"?'


def test_alias_then_timeline_by_alias(invoke, seeded) -> None:
    result = invoke("actors", "alias", "Russia", "Rossiya")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == '"Rossiya" now also names Russia'
    by_alias = invoke("timeline", "--actor", "rossiya", "--format", "json")
    by_name = invoke("timeline", "--actor", "Russia", "--format", "json")
    assert by_alias.exit_code == 0, by_alias.stderr
    assert json.loads(by_alias.stdout) == json.loads(by_name.stdout) != []


def test_alias_already_naming_the_same_actor_is_accepted(invoke, seeded) -> None:
    # the help example: "Russian Federation" ships as an alias of Russia already
    result = invoke("actors", "alias", "Russia", "Russian Federation")
    assert result.exit_code == 0, result.stderr
    timeline = invoke("timeline", "--actor", "russian federation", "--format", "json")
    assert timeline.exit_code == 0, timeline.stderr
    assert len(json.loads(timeline.stdout)) == 5


def test_alias_clash(invoke) -> None:
    line = assert_error(invoke("actors", "alias", "Ukraine", "moscow"), code=2)
    assert line == 'error: "moscow" already names the actor "Russia"'
    detail = json.loads(invoke("actors", "show", "Ukraine", "--format", "json").stdout)
    assert "moscow" not in {a.casefold() for a in detail["aliases"]}


def test_add_person_and_affiliate_with_dates(invoke) -> None:
    result = invoke("actors", "add", "Jane Envoy", "--kind", "person", "--alias", "Envoy")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == "added actor Jane Envoy (person)"
    result = invoke(
        "actors", "affiliate", "Envoy", "Finland", "--role", "special envoy",
        "--since", "2025-06-01",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == "Jane Envoy acts for Finland as special envoy"

    for day in ("2025-05-20", "2025-06-01", "2025-07-01"):
        args = ("add", "--date", day, "--type", "visit", "--title", f"Envoy visit {day}")
        assert invoke(*args, "--actor", "Jane Envoy").exit_code == 0
    result = invoke("timeline", "--actor", "Finland", "--format", "json")
    events = json.loads(result.stdout)
    assert [e["date"] for e in events] == ["2025-06-01", "2025-07-01"]
    assert events[0]["actors"][0]["country"] == "Finland"
    result = invoke("timeline", "--actor", "Envoy", "--until", "2025-05", "--format", "json")
    assert json.loads(result.stdout)[0]["actors"][0]["country"] is None


def test_affiliate_until_before_since(invoke) -> None:
    invoke("actors", "add", "Jane Envoy")
    args = ("actors", "affiliate", "Jane Envoy", "Finland", "--since", "2025-06-01")
    line = assert_error(invoke(*args, "--until", "2025-01-01"), code=2)
    assert line == "error: --until is before --since"


def test_affiliate_needs_a_person(invoke) -> None:
    line = assert_error(invoke("actors", "affiliate", "Russia", "Ukraine"), code=2)
    assert line == 'error: "Russia" is a state, not a person'


def test_add_duplicate_name_or_alias(invoke) -> None:
    line = assert_error(invoke("actors", "add", "Kremlin", "--kind", "organisation"), code=2)
    assert line == 'error: "Kremlin" already names the actor "Russia"'


def test_add_state_iso3_rules(invoke) -> None:
    assert invoke("actors", "add", "Atlantis", "--kind", "state", "--iso3", "atl").exit_code == 0
    detail = json.loads(invoke("actors", "show", "Atlantis", "--format", "json").stdout)
    assert detail["iso3"] == "ATL"
    line = assert_error(invoke("actors", "add", "Lemuria", "--kind", "state", "--iso3", "RUS"))
    assert line == "error: another actor already has the ISO code RUS"
    line = assert_error(invoke("actors", "add", "Somebody", "--iso3", "SMB"))
    assert line == "error: only states have an ISO code"


def test_sync_is_idempotent(invoke) -> None:
    first = invoke("actors", "sync")
    assert first.exit_code == 0, first.stderr
    second = invoke("actors", "sync")
    assert second.exit_code == 0, second.stderr
    assert second.stderr.strip() == "added 0 actors, 0 aliases, 0 affiliations, 0 topics"


def test_sync_on_a_new_database_loads_everything(runner, tmp_path) -> None:
    db = tmp_path / "fresh.db"
    result = run_cli(runner, "--db", str(db), "actors", "sync")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("added ")
    assert not result.stderr.startswith("added 0 actors")
    actors = json.loads(run_cli(runner, "--db", str(db), "actors", "list", "-f", "json").stdout)
    assert len(actors) > 250


def test_names_with_non_ascii_capitals_are_found(invoke) -> None:
    # SQLite's lower() folds only ASCII: the exact name must still find the actor
    result = invoke("actors", "show", "İbrahim Kalın", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["name"] == "İbrahim Kalın"
