"""Vocabularies kept as data files in ``tracker/data``: event types and topics."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class EventType:
    name: str
    label: str
    badge: str
    definition: str
    cameo: tuple[str, ...]
    plover: str
    plover_mode: str
    colour: str


@dataclass(frozen=True)
class TopicSpec:
    slug: str
    name: str
    description: str
    cues: tuple[str, ...]


def load_data_toml(name: str, path: str | Path | None = None) -> dict[str, Any]:
    """A TOML data file: the one at ``path`` (a user's own), else ``tracker/data/<name>``."""
    if path is not None:
        with Path(path).open("rb") as fh:
            return tomllib.load(fh)
    with resources.files("tracker").joinpath("data", name).open("rb") as fh:
        return tomllib.load(fh)


@cache
def event_types() -> dict[str, EventType]:
    """The fixed event-type vocabulary, in file order."""
    return {
        name: EventType(
            name=name,
            label=spec["label"],
            badge=spec.get("badge", spec["label"].upper())[:9],
            definition=spec["definition"],
            cameo=tuple(spec.get("cameo", ())),
            plover=spec.get("plover", ""),
            plover_mode=spec.get("plover_mode", ""),
            colour=spec.get("colour", "white"),
        )
        for name, spec in load_data_toml("event_types.toml").items()
    }


@cache
def shipped_topics() -> dict[str, TopicSpec]:
    """Topics shipped with the package (users add more to the database)."""
    return {
        slug: TopicSpec(
            slug=slug,
            name=spec["name"],
            description=spec.get("description", ""),
            cues=tuple(spec.get("cues", ())),
        )
        for slug, spec in load_data_toml("topics.toml").items()
    }
