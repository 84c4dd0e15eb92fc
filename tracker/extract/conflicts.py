"""Conflicts (``tracker/data/conflicts.toml``): the two sides of each dispute the tracker follows.

The encounter rules of the devset README: a session where both sides' negotiators face each
other is ``talks``; an envoy or mediator with one side only is a ``meeting``, however the text
words it ("the mediators held talks with the group's delegation").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from tracker.extract.drafts import Draft
from tracker.extract.merging import StatesOf
from tracker.vocab import load_data_toml

# Words that make a session a round between two sides even when one of them is left unnamed:
# "the next round", "talks between the two sides", "delegations from X and Y", "brokered by X",
# "under UN auspices", "direct talks".
_BOTH_SIDES = re.compile(
    r"\bround|\b(?:two|both) sides\b|\bdelegations\b|\bbrokered\b|\bmediated\b|\bmediation\b"
    r"|\bsponsored\b|\bauspices\b|\bdirect (?:talks|negotiations)\b|\bface[- ]to[- ]face\b"
    r"|\btrilateral\b|\bindirect\b|\bproximity\b"
)


def load_conflicts(path: str | Path | None = None) -> tuple[frozenset[str], ...]:
    """The sides of each dispute of ``tracker/data/conflicts.toml`` (or ``path``)."""
    data = load_data_toml("conflicts.toml", path)
    return tuple(frozenset(spec["sides"]) for spec in data.get("conflict", ()))


def one_side_sessions(
    drafts: Iterable[Draft],
    conflicts: tuple[frozenset[str], ...],
    parties_of: StatesOf,  # (people left out: ``Parties.party_states``)
) -> None:
    """Retype as meetings (in place) the talks where a third party met one side of a dispute
    alone ("the envoy held talks with the rebels' delegation"): no side of any dispute is there
    with its opponent, and the words name no round between two sides."""
    for d in drafts:
        if d.type != "talks":
            continue
        parties = parties_of(
            (a for a, r in d.actors.items() if r not in {"host", "mediator"}), d.date.start
        )
        if any(c <= parties for c in conflicts) or not any(
            len(c & parties) == 1 and parties - c for c in conflicts
        ):
            continue  # (both sides, or one side alone with nobody to meet)
        if any(_BOTH_SIDES.search(ev.quote.lower()) for ev in d.evidence):
            continue
        d.type = "meeting"
