"""Drafts: what a sentence reports, before the mentions of one happening are merged.

A ``Draft`` is an event a sentence reports; a ``Pending`` mention ("the talks", a demoted noun)
only adds evidence to a draft of the same happening, or becomes one of its own (``merging``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from tracker.extract import dates as dates_mod
from tracker.extract.types import Evidence

_ROLE_RANK = {"mediator": 0, "host": 1, "initiator": 2, "target": 3, "participant": 4}


@dataclass
class Draft:
    """An event one sentence reports (mutable: merging folds other drafts into it)."""

    type: str
    date: dates_mod.ResolvedDate
    date_source: str
    planned: bool
    location: str | None
    actors: dict[str, str]  # name -> role
    topics: set[str]
    object_topics: set[str]
    evidence: list[Evidence]
    trigger_strength: str
    order: int
    title: str
    again: bool = False  # "agreed to meet again", "the next meeting"
    hosted: bool = False  # "signed in Doha": the venue's state hosted the deal
    apart: bool = False  # one of the calls of "spoke with A, and then with B" (not merged)
    # "The second followed on 9 June": a round of a series told by its number alone, whose
    # parties are those of the series' talks told elsewhere in the article
    series: bool = False
    # "They met on Monday. The sides agreed to ...": the gathering the deal was reached at
    reached_at: Draft | None = None


@dataclass(slots=True, unsafe_hash=True)  # not frozen: built ~3x faster
class Pending:
    """A mention ("the talks") that adds evidence to an event reported elsewhere, or becomes one
    of its own when none is (``merging.attach``)."""

    type: str
    sentence: int
    actors: frozenset[str]
    roles: tuple[tuple[str, str], ...]
    date: dates_mod.ResolvedDate | None
    fallback: dates_mod.ResolvedDate | None
    location: str | None
    title: str
    evidence: Evidence
    topics: frozenset[str]
    planned: bool = False
    definite: bool = False  # a lexicon mention ("the summit"), not a demoted noun
    dated_occasion: bool = False  # "at the round on June 2, the sides agreed": a happening too
    told_back: bool = False  # "That agreement was reached in February 2023": a happening too
    named_with_date: bool = False  # "since the 9 May summit in Tallinn": dated background named


def add_role(actors: dict[str, str], name: str, role: str) -> None:
    """Give ``name`` the role unless it holds a higher-ranked one already."""
    old = actors.get(name)
    if old is None or _ROLE_RANK[role] < _ROLE_RANK[old]:
        actors[name] = role


def sibling(draft: Draft, **changes: Any) -> Draft:
    """Another happening told by the same words as ``draft`` ("agreed to a truce from Friday":
    the agreement and the ceasefire), with its own copies of what merging mutates."""
    fields: dict[str, Any] = {
        "actors": dict(draft.actors),
        "topics": set(draft.topics),
        "object_topics": set(draft.object_topics),
        "evidence": list(draft.evidence),
    }
    fields.update(changes)
    return replace(draft, **fields)
