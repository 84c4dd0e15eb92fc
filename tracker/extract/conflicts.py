"""Conflicts (``tracker/data/conflicts.toml``): the two sides of each dispute the tracker follows.

The encounter rules of the devset README: a session where both sides' negotiators face each
other is ``talks``; an envoy or mediator with one side only is a ``meeting``, however the text
words it ("the mediators held talks with the group's delegation"). And a truce named by the
place of a war ("the Gaza ceasefire", "a truce in Tigray took effect") is between that war's two
sides, even in an article whose main pair is another (a summit that recalls it, a third state
that welcomes it).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from tracker.extract.drafts import Draft
from tracker.extract.merging import StatesOf
from tracker.vocab import load_data_toml

# Words that make a session a round between two sides even when one of them is left unnamed:
# "the next round", "talks between the two sides", "delegations from X and Y", "the
# delegations met" (not "American and Ruritanian delegations": those two alone), "brokered by
# X", "under UN auspices", "direct talks".
_BOTH_SIDES = re.compile(
    r"\brounds?\b|\b(?:two|both) sides\b|(?:^|\b(?:the|two|both|three|all)\s+)delegations\b"
    r"|\bdelegations\s+(?:from|of)\b|\bbrokered\b|\bmediated\b|\bmediation\b"
    r"|\bsponsored\b|\bauspices\b|\bdirect (?:talks|negotiations)\b|\bface[- ]to[- ]face\b"
    r"|\btrilateral\b|\bindirect\b|\bproximity\b"
)

# "talks with the rebels' delegation", "talks in Lisbon on Monday between the envoy and the
# group", "will host the group's delegation for talks": a session whose words name who sat at it
# (not "talks hosted by X": the host).
_TALKS_WITH = re.compile(
    r"\b(?:talks|negotiations|consultations)\b[^.;]{0,40}?\b(?:with|between)\b"
    r"|\b(?:host|hosts|hosted|hosting|meet|meets|met|receive|receives|received)\b(?!\s+by\b)"
)

# "will host the group's delegation for talks", "received the Ruritanian minister": the host of a
# session receives who it meets (not "hosted by X", nor a "meet" told of someone else).
_HOST_RECEIVING = re.compile(
    r"\b(?:host|hosts|hosted|hosting|receive|receives|received)\b(?!\s+by\b)"
)

# The nouns of a truce named by its theatre (``Conflicts._theatre_truce`` holds one).
_TRUCE_NOUNS = ("ceasefire", "cease-fire", "truce")

# "the Ruritania ceasefire", "the Zenda truce": a capitalised name right before the truce noun.
_NAME_BEFORE = re.compile(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+$")
# "a ceasefire in Zenda", "the truce in the Zenda Strip": the place after the truce noun.
_IN_NAME_AFTER = re.compile(
    r"(?i:ceasefire|cease-fire|truce)\s+in\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
)


class Conflicts:
    """The disputes of ``tracker/data/conflicts.toml`` (or ``path``): each one's two sides, and
    the places (theatres) whose name alone tells a truce there is between them."""

    def __init__(self, path: str | Path | None = None) -> None:
        specs = load_data_toml("conflicts.toml", path).get("conflict", ())
        self.pairs: tuple[frozenset[str], ...] = tuple(frozenset(s["sides"]) for s in specs)
        self._theatre_sides: dict[str, tuple[str, ...]] = {
            name.lower(): tuple(spec["sides"])
            for spec in specs
            for name in spec.get("theatres", ())
        }
        names = "|".join(re.escape(n) for n in sorted(self._theatre_sides, key=len, reverse=True))
        nouns = "|".join(map(re.escape, _TRUCE_NOUNS))
        # "the Gaza ceasefire", "the truce in the Gaza Strip" anywhere in an article.
        self._theatre_truce = (
            re.compile(rf"\b({names})\s+(?:{nouns})\b|\b(?:{nouns})\s+in\s+(?:the\s+)?({names})\b")
            if names
            else None
        )

    def theatre_truces(self, lowered: str) -> list[tuple[int, tuple[str, ...]]]:
        """Where an article (``lowered``) names a truce by its theatre, with that war's sides
        ("the Gaza ceasefire": Israel and Hamas), in order."""
        if self._theatre_truce is None or not any(noun in lowered for noun in _TRUCE_NOUNS):
            return []  # (each noun the pattern can match: "cease-fire" holds no "ceasefire")
        # ``_theatre_truce.finditer(lowered)``, tried only where a match can start: each holds a
        # truce noun, at its start or after a theatre name and spaces (a plain search would try
        # every position of the article).
        out = []
        end = 0
        for start in self._truce_starts(lowered):
            if start < end:
                continue  # (matches do not overlap)
            m = self._theatre_truce.match(lowered, start)
            if m is not None:
                out.append((start, self._theatre_sides[m.group(1) or m.group(2)]))
                end = m.end()
        return out

    def _truce_starts(self, lowered: str) -> list[int]:
        """Where a match of ``_theatre_truce`` may start in ``lowered``, in order: at each truce
        noun, and at each theatre name that ends before the spaces that lead to one."""
        starts = set()
        for noun in _TRUCE_NOUNS:
            at = lowered.find(noun)
            while at >= 0:
                starts.add(at)
                gap = at
                while gap > 0 and lowered[gap - 1].isspace():  # (what ``\s`` matches)
                    gap -= 1
                if gap < at:
                    for name in self._theatre_sides:
                        if lowered.endswith(name, 0, gap):
                            starts.add(gap - len(name))
                at = lowered.find(noun, at + 1)
        return sorted(starts)

    def sole_opponent(self, side: str) -> str | None:
        """The one side ``side`` is at war with in the listed disputes, if it has just one
        (Hamas: Israel; not Israel, which has several)."""
        opponents = {n for pair in self.pairs if side in pair for n in pair if n != side}
        return next(iter(opponents)) if len(opponents) == 1 else None

    def other_side(self, parties: set[str]) -> str | None:
        """The opponent of the one conflict side among ``parties`` ("the pause protected
        Ukraine's grid": Russia too), when exactly one party is a side, of a single dispute, and
        no dispute has both its sides there."""
        if any(c <= parties for c in self.pairs):
            return None
        found = [c for c in self.pairs if c & parties]
        if len(found) != 1 or len(found[0] & parties) != 1:
            return None
        (other,) = found[0] - parties
        return other

    def truce_sides(self, stext: str, ts: int) -> tuple[str, ...] | None:
        """The sides of the truce whose noun starts at ``ts`` in the sentence ``stext``, when
        the truce is named by a known theatre ("the Gaza ceasefire", "a truce in Gaza")."""
        before = _NAME_BEFORE.search(stext, max(0, ts - 30), ts)
        if before is not None:
            words = before.group(1)
            for name in (words, words.split()[-1]):
                sides = self._theatre_sides.get(name.lower())
                if sides is not None:
                    return sides
        after = _IN_NAME_AFTER.match(stext, ts)
        if after is not None:
            words = after.group(1)
            for name in (words, words.split()[0]):
                sides = self._theatre_sides.get(name.lower())
                if sides is not None:
                    return sides
        return None


def _met_someone(parties: set[str], conflicts: tuple[frozenset[str], ...]) -> bool:
    """Whether one side of a dispute is among ``parties`` with someone who is not its opponent."""
    return any(len(c & parties) == 1 and parties - c for c in conflicts)


def one_side_sessions(
    drafts: Iterable[Draft],
    conflicts: tuple[frozenset[str], ...],
    parties_of: StatesOf,  # (people left out: ``Parties.party_states``)
) -> None:
    """Retype as meetings (in place) the talks where a third party met one side of a dispute
    alone ("the envoy held talks with the rebels' delegation"): no side of any dispute is there
    with its opponent, and the words name no round between two sides (nor, for talks named
    only by a noun, "talks in Lisbon", leave out who sat at them)."""
    for d in drafts:
        if d.type != "talks":
            continue
        parties = parties_of(
            (a for a, r in d.actors.items() if r not in {"host", "mediator"}), d.date.start
        )
        hosts = [a for a, r in d.actors.items() if r == "host"]
        if (
            hosts
            and not _met_someone(parties, conflicts)
            and any(_HOST_RECEIVING.search(ev.quote.lower()) for ev in d.evidence)
        ):
            # "Zenda's minister will host the Ruritanian premier for talks": the host is the
            # one met (a third party with one side), not just the venue
            parties |= parties_of(hosts, d.date.start)
        if any(c <= parties for c in conflicts) or not _met_someone(parties, conflicts):
            continue  # (both sides, or one side alone with nobody to meet)
        if hosts and any(c <= parties | parties_of(hosts, d.date.start) for c in conflicts):
            continue  # "the border committee will convene in Chanthaburi": a side hosts it
        if any(_BOTH_SIDES.search(ev.quote.lower()) for ev in d.evidence):
            continue
        if d.trigger_strength != "verbal" and not any(
            _TALKS_WITH.search(ev.quote.lower()) for ev in d.evidence
        ):
            # "a truce agreed at talks in Lisbon in May": the known talks between the two sides,
            # one of them left unnamed; not a go-between's session with one side
            continue
        d.type = "meeting"


# A gathering of leaders (or of their foreign ministers), not of two sides' negotiators: "the
# leaders met", "a summit of the regional bloc", "the presidents of A and B met".
_LEADERS_GATHERING = re.compile(
    r"\b(?:summit|leaders|heads\s+of\s+(?:state|government)|"
    r"(?<!deputy\s)(?<!vice\s)(?<!vice-)(?:president|prime\s+minister)s?\s+of|"
    # the two sides' foreign ministers meeting stays a meeting (devset README, the revision's
    # doubtful cases): "the foreign ministers of A and B met in Vienna"
    r"foreign\s+ministers?|ministers?\s+of\s+foreign\s+affairs|top\s+diplomats?)\b"
)
# Officials who meet their counterparts on the other side without negotiating for their side:
# "the Ruritanian ombudsman met his Zendan counterpart at the border" is a meeting.
_NOT_NEGOTIATORS = re.compile(
    r"\bombuds(?:man|men|woman|women|persons?|people)\b|\bhuman\s+rights\s+commissioners?\b"
)
# Words that seat both sides without naming a person of each: "the two sides met", "the
# commissions met", "met his Ruritanian counterpart", "the joint committee met", "commanders of
# the two armies held a flag meeting" (a flag meeting is one of two armies' officers).
_SIDES_SEATED = re.compile(
    r"\b(?:two|both)\s+sides\b|\bdelegations\b|\bcommissions\b|\bcommittee\b|\bcounterparts?\b"
    r"|\bnegotiators\b|\b(?:two|both)\s+(?:armies|militaries)\b|\bflag\s+meetings?\b"
)
# At most the two sides and two go-betweens: more is a crowd (a bloc's ministerial, a forum).
_MOST_AT_TALKS = 4


def two_side_meetings(
    drafts: Iterable[Draft],
    conflicts: tuple[frozenset[str], ...],
    parties_of: StatesOf,  # (people left out: ``Parties.party_states``)
    leaders_only: Callable[[dict[str, str], dt.date], bool],
    kind_of: Callable[[str], str],
) -> None:
    """Retype as talks (in place) the meetings where both sides of a dispute sat down together
    ("the two defence ministers met in Lima", "Chile's negotiator met his Peruvian counterpart
    with the US envoy present"): the sides' officials face each other, so it is a session of
    talks (devset README, encounters), unless their leaders (or foreign ministers) met or a crowd
    gathered; ``leaders_only`` tells the people who hold such offices."""
    for d in drafts:
        if d.type != "meeting":
            continue
        named = {a: r for a, r in d.actors.items() if r not in {"host", "mediator"}}
        parties = parties_of(named, d.date.start)
        sides = next((c for c in conflicts if c <= parties), None)
        if sides is None or len(parties) > _MOST_AT_TALKS:
            continue
        # The people of the two sides: their leaders meeting is a meeting ("X and Y met at the
        # White House with Z": the two leaders, the host's leader beside them).
        of_sides = {a: r for a, r in named.items() if parties_of([a], d.date.start) & sides}
        if leaders_only(of_sides, d.date.start):
            continue
        # Each side there in person ("Chile's X met Peru's Y"), or both seated by the words: a
        # side named only in passing ("met X to discuss the plan for Zenda") is not at the table.
        seated = all(
            any(kind_of(a) == "person" and side in parties_of([a], d.date.start) for a in of_sides)
            for side in sides
        )
        if not seated and not any(_SIDES_SEATED.search(ev.quote.lower()) for ev in d.evidence):
            continue
        if any(
            _LEADERS_GATHERING.search(q) or _NOT_NEGOTIATORS.search(q)
            for q in (ev.quote.lower() for ev in d.evidence)
        ):
            continue
        d.type = "talks"
