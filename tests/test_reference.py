"""Shipped actor reference data: states, organisations, people and their dated affiliations."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

import pytest

from tracker.reference import (
    ACTOR_KINDS,
    ActorSpec,
    AffiliationSpec,
    load_organisations,
    load_people,
    load_reference_actors,
    load_states,
)


def _by_name(actors: list[ActorSpec] | tuple[ActorSpec, ...]) -> dict[str, ActorSpec]:
    return {a.name: a for a in actors}


def _aliases_lower(actor: ActorSpec) -> set[str]:
    return {a.casefold() for a in actor.aliases}


# --- states ---------------------------------------------------------------------------------------


def test_states_cover_un_members_with_unique_names_and_codes() -> None:
    states = load_states()
    assert len(states) >= 193
    names = [s.name for s in states]
    assert len(names) == len(set(names))
    codes = [s.iso3 for s in states]
    assert all(c is not None and re.fullmatch(r"[A-Z]{3}", c) for c in codes)
    assert len(codes) == len(set(codes))
    assert all(s.kind == "state" for s in states)


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Russia", "RUS"),
        ("Ukraine", "UKR"),
        ("United States", "USA"),
        ("United Kingdom", "GBR"),
        ("Turkey", "TUR"),
        ("Iran", "IRN"),
        ("Syria", "SYR"),
        ("South Korea", "KOR"),
        ("North Korea", "PRK"),
        ("Democratic Republic of the Congo", "COD"),
        ("Republic of the Congo", "COG"),
        ("Palestine", "PSE"),
        ("Holy See", "VAT"),
        ("Kosovo", "XKX"),
        ("Taiwan", "TWN"),
    ],
)
def test_state_names_and_codes(name: str, iso3: str) -> None:
    state = _by_name(load_states())[name]
    assert state.iso3 == iso3


@pytest.mark.parametrize(
    ("state", "aliases"),
    [
        ("Russia", {"Moscow", "the Kremlin", "Kremlin", "Russian Federation", "Russian"}),
        ("Ukraine", {"Kyiv", "Kiev", "Ukrainian", "Bankova"}),
        ("United States", {"USA", "U.S.", "US", "America", "Washington", "the White House"}),
        ("United Kingdom", {"UK", "Britain", "Great Britain", "British", "Downing Street"}),
        ("Turkey", {"Türkiye", "Republic of Türkiye", "Turkish", "Ankara"}),
        ("France", {"French", "Paris", "Élysée", "Quai d'Orsay"}),
        ("Israel", {"Israeli", "Jerusalem"}),
        ("Qatar", {"Qatari", "Doha"}),
        ("Palestine", {"Palestinian", "State of Palestine", "Ramallah"}),
        ("Holy See", {"Vatican"}),
    ],
)
def test_state_aliases(state: str, aliases: set[str]) -> None:
    assert aliases <= set(_by_name(load_states())[state].aliases)


def test_brussels_means_the_eu_not_belgium() -> None:
    assert "brussels" not in _aliases_lower(_by_name(load_states())["Belgium"])
    assert "Brussels" in _by_name(load_organisations())["European Union"].aliases


# --- organisations ----------------------------------------------------------------------------------


def test_organisations_have_valid_kinds_and_unique_names() -> None:
    orgs = load_organisations()
    names = [o.name for o in orgs]
    assert len(names) == len(set(names))
    assert {o.kind for o in orgs} <= {"organisation", "group"}
    assert all(o.kind in ACTOR_KINDS for o in orgs)


@pytest.mark.parametrize(
    ("name", "kind", "alias"),
    [
        ("European Union", "organisation", "EU"),
        ("United Nations", "organisation", "UN"),
        ("NATO", "organisation", "North Atlantic Treaty Organization"),
        ("International Committee of the Red Cross", "organisation", "ICRC"),
        ("International Criminal Court", "organisation", "ICC"),
        ("Hamas", "group", None),
        ("Houthis", "group", "Ansar Allah"),
        ("Rapid Support Forces", "group", "RSF"),
        ("Sudanese Armed Forces", "group", "SAF"),
        ("Kurdistan Workers' Party", "group", "PKK"),
        ("Syrian Democratic Forces", "group", "SDF"),
        ("Hayat Tahrir al-Sham", "group", "HTS"),
        ("Palestinian Authority", "organisation", None),
    ],
)
def test_key_organisations(name: str, kind: str, alias: str | None) -> None:
    org = _by_name(load_organisations())[name]
    assert org.kind == kind
    if alias is not None:
        assert alias in org.aliases


# --- people -----------------------------------------------------------------------------------------


def test_people_have_affiliations_pointing_at_known_actors() -> None:
    known = {a.name for a in (*load_states(), *load_organisations())}
    people = load_people()
    assert len({p.name for p in people}) == len(people)
    for person in people:
        assert person.kind == "person"
        assert person.affiliations, person.name
        for aff in person.affiliations:
            assert aff.actor in known, (person.name, aff.actor)
            assert aff.role, person.name
            if aff.start and aff.end:
                assert aff.start <= aff.end, (person.name, aff)


@pytest.mark.parametrize(
    ("person", "actor", "alias"),
    [
        ("Vladimir Putin", "Russia", "Putin"),
        ("Volodymyr Zelensky", "Ukraine", "Zelenskyy"),
        ("Vladimir Medinsky", "Russia", "Medinsky"),
        ("Rustem Umerov", "Ukraine", "Umerov"),
        ("Hakan Fidan", "Turkey", "Fidan"),
        ("Steve Witkoff", "United States", "Witkoff"),
        ("Marco Rubio", "United States", "Rubio"),
        ("Friedrich Merz", "Germany", "Merz"),
        ("Mark Rutte", "NATO", "Rutte"),
        ("Khalil al-Hayya", "Hamas", "al-Hayya"),
        ("Mohamed Hamdan Dagalo", "Rapid Support Forces", "Hemedti"),
        ("António Guterres", "United Nations", "Guterres"),
    ],
)
def test_key_people(person: str, actor: str, alias: str) -> None:
    spec = _by_name(load_people())[person]
    assert alias in spec.aliases
    assert actor in {a.actor for a in spec.affiliations}


def test_rubio_holds_two_roles() -> None:
    rubio = _by_name(load_people())["Marco Rubio"]
    on_day = [a.role for a in rubio.affiliations if a.covers(dt.date(2025, 6, 1))]
    assert "secretary of state" in on_day
    assert "national security adviser" in on_day


def test_merz_chancellorship_starts_on_2025_05_06() -> None:
    merz = _by_name(load_people())["Friedrich Merz"]
    chancellor = next(a for a in merz.affiliations if a.role == "chancellor")
    assert chancellor.actor == "Germany"
    assert chancellor.start == dt.date(2025, 5, 6)
    assert chancellor.end is None
    assert not chancellor.covers(dt.date(2025, 5, 5))
    assert chancellor.covers(dt.date(2025, 5, 6))
    assert chancellor.covers(dt.date(2026, 1, 1))
    assert chancellor.covers(None)

    scholz = _by_name(load_people())["Olaf Scholz"]
    (old,) = scholz.affiliations
    assert old.covers(dt.date(2025, 5, 5))
    assert not old.covers(dt.date(2025, 5, 7))


def test_affiliation_spec_covers_open_ranges() -> None:
    assert AffiliationSpec("Germany", "chancellor").covers(dt.date(1990, 1, 1))
    ended = AffiliationSpec("Germany", "chancellor", end=dt.date(2025, 5, 6))
    assert ended.covers(dt.date(2025, 5, 6))
    assert not ended.covers(dt.date(2025, 5, 7))


# --- cross-file consistency --------------------------------------------------------------------------


def test_no_alias_maps_to_two_actors() -> None:
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for actor in load_reference_actors():
        for term in (actor.name, *actor.aliases):
            owners[term.casefold()].add(actor.name)
    clashes = {term: names for term, names in owners.items() if len(names) > 1}
    assert clashes == {}


def test_aliases_are_clean() -> None:
    for actor in load_reference_actors():
        assert actor.name
        assert actor.name == actor.name.strip()
        for alias in actor.aliases:
            assert alias, actor.name
            assert alias == alias.strip(), actor.name
            assert ";" not in alias, actor.name
        assert len(_aliases_lower(actor)) == len(actor.aliases), actor.name


def test_reference_actors_are_ordered_states_organisations_people() -> None:
    actors = load_reference_actors()
    kinds = [a.kind for a in actors]
    n_states = len(load_states())
    n_orgs = len(load_organisations())
    assert set(kinds[:n_states]) == {"state"}
    assert set(kinds[n_states : n_states + n_orgs]) <= {"organisation", "group"}
    assert set(kinds[n_states + n_orgs :]) == {"person"}
