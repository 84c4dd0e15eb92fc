"""Standing bodies (``tracker/data/standing_bodies.toml``): joint bodies of a peace process that
meet at a fixed seat, such as the Israel-Lebanon ceasefire mechanism in Naqoura.

A body's members are actors of a session only when the text names them or the venue implies
them (the devset's encounter rules): the seat implies its host, and nothing more is added.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tracker.extract.drafts import Draft
from tracker.extract.merging import StatesOf
from tracker.vocab import load_data_toml

# Encounters that may be a session of a body ("met in Arica", "held one more round of talks").
SESSION_TYPES = frozenset({"talks", "meeting"})


@dataclass(frozen=True)
class StandingBody:
    name: str
    sides: frozenset[str]
    members: frozenset[str]  # the other members (mediators, monitors)
    seat: str  # a place of ``tracker/data/places.csv``
    host: str
    host_named_as: frozenset[str]  # "at the OAS compound in Arica": the OAS stands for the host


def load_standing_bodies(path: str | Path | None = None) -> tuple[StandingBody, ...]:
    """The bodies of ``tracker/data/standing_bodies.toml`` (or ``path``)."""
    data = load_data_toml("standing_bodies.toml", path)
    return tuple(
        StandingBody(
            name=spec["name"],
            sides=frozenset(spec["sides"]),
            members=frozenset(spec.get("members", ())),
            seat=spec["seat"],
            host=spec["host"],
            host_named_as=frozenset(spec.get("host_named_as", ())),
        )
        for spec in data.get("body", ())
    )


def seat_sessions(
    drafts: list[Draft],
    bodies: Iterable[StandingBody],
    named_places: set[str],
    dateline: str | None,
    parties_of: StatesOf,  # (people left out: ``Parties.party_states``)
) -> None:
    """Mark the sessions of a standing body in ``drafts`` (in place): an encounter between the
    body's sides (with none but its members beside them) in an article that names the body's
    seat is held at the seat unless it names a venue of its own (a dateline is where the
    reporter was), and is hosted there by the seat's host."""
    for body in bodies:
        if body.seat not in named_places:
            continue
        allowed = body.sides | body.members | body.host_named_as
        for d in drafts:
            if d.type not in SESSION_TYPES or d.location not in {None, dateline, body.seat}:
                continue
            parties = parties_of(
                (a for a, r in d.actors.items() if r not in {"host", "mediator"}), d.date.start
            )
            if not body.sides <= parties or not parties <= allowed:
                continue
            d.type = "talks"  # a session of a joint body is a round of talks, whatever the verb
            d.location = body.seat
            for name in body.host_named_as:
                d.actors.pop(name, None)
            d.actors.setdefault(body.host, "host")
