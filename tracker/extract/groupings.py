"""Groupings (``tracker/data/groupings.toml``): names of groups of states with no actor row of
their own, read as their members ("the Quad" on Sudan: the United States, Saudi Arabia, the United
Arab Emirates and Egypt), in the conflicts where that reading holds."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tracker.extract.gazetteer import GazMatch
from tracker.vocab import load_data_toml

# A name and a list of members told next to it ("the so-called Quad -- A, B ...", "A, B, C and D,
# a group known as the Quad"): at most this many characters between them.
_LISTED_NEAR = 25
# ... and a second member within this many characters of it.
_LIST_REACH = 100
_SENTENCE_END = re.compile(r"[.;!?\n]")


@dataclass(frozen=True)
class Grouping:
    """One grouping: its names, its members, and the actors one of which an article must name."""

    name: str
    names: tuple[str, ...]
    cues: tuple[str, ...]
    members: tuple[str, ...]
    context: frozenset[str]


class Groupings:
    """The groupings of ``tracker/data/groupings.toml`` (or ``path``)."""

    def __init__(self, path: str | Path | None = None) -> None:
        specs = load_data_toml("groupings.toml", path).get("grouping", ())
        self.groupings = tuple(
            Grouping(
                name=spec["name"],
                names=(spec["name"], *spec.get("aliases", ())),
                cues=tuple(spec.get("cues", ())),
                members=tuple(spec["members"]),
                context=frozenset(spec.get("context", ())),
            )
            for spec in specs
        )
        self._contexts = frozenset().union(*(g.context for g in self.groupings))
        # Names as written; cues in any case ("the mediators", "The mediators").
        self._patterns = [
            re.compile(
                r"\b(?:"
                + "|".join([*map(re.escape, g.names), *(f"(?i:{re.escape(c)})" for c in g.cues)])
                + r")\b"
            )
            for g in self.groupings
        ]

    def expand(
        self,
        text: str,
        gaz: list[GazMatch],
        is_party: Callable[[GazMatch], bool] = lambda m: True,
    ) -> list[GazMatch]:
        """``gaz`` (an article's names, in order) with each mention of a grouping, in an article
        that names one of its context actors as a party (``is_party``: not "Sudanese nationals"),
        read as its members; not a mention that another name covers, nor one told next to a list
        of its members (the article's own list then stands: ``Parties.defined_groups``)."""
        named = {
            m.name for m in gaz if m.kind == "actor" and m.name in self._contexts and is_party(m)
        }
        added: list[GazMatch] = []
        for grouping, pattern in zip(self.groupings, self._patterns, strict=True):
            if grouping.context and not grouping.context & named:
                continue
            if not grouping.cues and not any(n in text for n in grouping.names):
                continue
            for found in pattern.finditer(text):
                s, e = found.span()
                if any(m.start < e and s < m.end for m in gaz):
                    continue
                if self._listed_next_to(text, gaz, s, e, grouping.members):
                    continue
                added.extend(GazMatch(s, e, "actor", name) for name in grouping.members)
        if not added:
            return gaz
        return sorted([*gaz, *added], key=lambda m: m.start)

    @staticmethod
    def _listed_next_to(
        text: str, gaz: list[GazMatch], s: int, e: int, members: tuple[str, ...]
    ) -> bool:
        """Whether two or more of ``members`` are listed on one side of ``text[s:e]``, in its
        sentence, the nearest within ``_LISTED_NEAR`` characters ("the Quad -- A, B, C and D",
        "A, B, C and D, known as the Quad"; not "A and the X", where the X stands for the
        others)."""
        after: dict[str, int] = {}  # member -> its distance from the mention
        before: dict[str, int] = {}
        for m in gaz:
            if m.kind != "actor" or m.name not in members:
                continue
            if e <= m.start <= e + _LIST_REACH and not _SENTENCE_END.search(text, e, m.start):
                after.setdefault(m.name, m.start - e)
            elif s - _LIST_REACH <= m.end <= s and not _SENTENCE_END.search(text, m.end, s):
                before[m.name] = s - m.end
        return any(
            len(side) >= 2 and min(side.values()) <= _LISTED_NEAR for side in (after, before)
        )
