"""Shipped reference data: actors (states, organisations, people) and their dated affiliations.

The files live in ``tracker/data/actors/`` so users can read and extend them:

- ``states.csv``: ``name,iso3,aliases`` — aliases separated by ``;`` (official names, short forms,
  demonyms, capitals and other metonyms such as "the Kremlin").
- ``organisations.toml``: ``[[actor]]`` tables with ``name``, ``kind`` (organisation | group),
  ``aliases``.
- ``people.toml``: ``[[person]]`` tables with ``name``, ``aliases`` and ``[[person.affiliation]]``
  tables (``actor``, ``role``, optional ``start``/``end`` as ISO dates).

This module only reads files: the database seeding lives in ``tracker.services.actors`` and the
extraction gazetteer is built from the same ``ActorSpec`` objects.
"""

from __future__ import annotations

import csv
import datetime as dt
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

ACTOR_KINDS = ("state", "organisation", "person", "group")


@dataclass(frozen=True)
class AffiliationSpec:
    """A person's role for an actor (usually a state) over an optional date range."""

    actor: str
    role: str
    start: dt.date | None = None
    end: dt.date | None = None

    def covers(self, day: dt.date | None) -> bool:
        """True when the affiliation holds on ``day`` (an unknown day matches any affiliation)."""
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class ActorSpec:
    """One actor as the reference data (or the database) describes it."""

    name: str
    kind: str
    iso3: str | None = None
    aliases: tuple[str, ...] = ()
    affiliations: tuple[AffiliationSpec, ...] = field(default=())


def _data_file(*parts: str) -> Any:
    return resources.files("tracker").joinpath("data", *parts)


def _parse_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _split_aliases(raw: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in raw.split(";") if a.strip())


def load_states() -> list[ActorSpec]:
    with _data_file("actors", "states.csv").open(encoding="utf-8") as fh:
        return [
            ActorSpec(
                name=row["name"].strip(),
                kind="state",
                iso3=row["iso3"].strip() or None,
                aliases=_split_aliases(row.get("aliases") or ""),
            )
            for row in csv.DictReader(fh)
        ]


def _load_toml(name: str) -> dict[str, Any]:
    with _data_file("actors", name).open("rb") as fh:
        return tomllib.load(fh)


def load_organisations() -> list[ActorSpec]:
    return [
        ActorSpec(
            name=item["name"],
            kind=item.get("kind", "organisation"),
            aliases=tuple(item.get("aliases", ())),
        )
        for item in _load_toml("organisations.toml").get("actor", [])
    ]


def load_people() -> list[ActorSpec]:
    people = []
    for item in _load_toml("people.toml").get("person", []):
        affiliations = tuple(
            AffiliationSpec(
                actor=aff["actor"],
                role=aff.get("role", ""),
                start=_parse_date(aff.get("start")),
                end=_parse_date(aff.get("end")),
            )
            for aff in item.get("affiliation", [])
        )
        people.append(
            ActorSpec(
                name=item["name"],
                kind="person",
                aliases=tuple(item.get("aliases", ())),
                affiliations=affiliations,
            )
        )
    return people


@cache
def load_reference_actors() -> tuple[ActorSpec, ...]:
    """All shipped actors: states, then organisations and groups, then people."""
    return (*load_states(), *load_organisations(), *load_people())
