"""Theatres of war (``tracker/data/theatres.toml``): a truce named by the place of a war ("the
Gaza ceasefire", "a truce in Tigray took effect") is between that war's two sides, even in an
article whose main pair is another (a summit that recalls it, a third state that welcomes it).
"""

from __future__ import annotations

import re
from pathlib import Path

from tracker.vocab import load_data_toml

# "the Ruritania ceasefire", "the Zenda truce": a capitalised name right before the truce noun.
_NAME_BEFORE = re.compile(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+$")
# "a ceasefire in Zenda", "the truce in the Zenda Strip": the place after the truce noun.
_IN_NAME_AFTER = re.compile(
    r"(?i:ceasefire|cease-fire|truce)\s+in\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
)


class Theatres:
    """The theatres of war known by name, and the sides of a truce named by one."""

    def __init__(self, path: str | Path | None = None) -> None:
        data = load_data_toml("theatres.toml", path)
        self._sides: dict[str, tuple[str, ...]] = {}
        for spec in data.get("theatre", ()):
            for name in spec["names"]:
                self._sides[name.lower()] = tuple(spec["sides"])

    def truce_sides(self, stext: str, ts: int) -> tuple[str, ...] | None:
        """The sides of the truce whose noun starts at ``ts`` in the sentence ``stext``, when
        the truce is named by a known theatre ("the Gaza ceasefire", "a truce in Gaza")."""
        before = _NAME_BEFORE.search(stext, max(0, ts - 30), ts)
        if before is not None:
            words = before.group(1)
            for name in (words, words.split()[-1]):
                sides = self._sides.get(name.lower())
                if sides is not None:
                    return sides
        after = _IN_NAME_AFTER.match(stext, ts)
        if after is not None:
            words = after.group(1)
            for name in (words, words.split()[0]):
                sides = self._sides.get(name.lower())
                if sides is not None:
                    return sides
        return None
