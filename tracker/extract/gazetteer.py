"""Actor and place gazetteer: one Aho-Corasick automaton, word-boundary and case checked.

Actors come from ``ActorSpec`` objects (canonical names, aliases, demonyms, metonyms, people);
places from ``tracker/data/places.csv`` (city, country, iso3, aliases). A name that is both a
place and an actor ("Moscow", "Kyiv") is a place after "in", "at", "to"... and an actor otherwise.
Phrases such as "both sides" are returned as ``pair`` matches for the caller to resolve.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from operator import itemgetter
from pathlib import Path
from typing import TypeVar

import ahocorasick

from tracker.reference import ActorSpec

PAIR_PHRASES = (
    "both sides",
    "each side",
    "the two sides",
    "the sides",
    "the parties",
    "both parties",
    "the two parties",
    "the two countries",
    "both countries",
    "the two delegations",
    "both delegations",
    "the delegations",
    "the two leaders",
    "both leaders",
    "the two governments",
    "both governments",
    "the warring parties",
    "the warring sides",
    "both warring parties",
    "both warring sides",
    "the two warring parties",
    "the two warring sides",
    "the two nations",
    "the two neighbours",
    "the two neighbors",
    # "sector commanders of the two armies held a flag meeting": the sides' forces
    "the two armies",
    "both armies",
    "the two militaries",
    "both militaries",
    # "The two foreign ministers last met in Vienna on 3 May", "the two presidents": the pair's
    # leaders and envoys
    "the two foreign ministers",
    "the two presidents",
    "the two prime ministers",
    # "the commissions announced in a joint statement": the two sides' border commissions
    "the two commissions",
    "both commissions",
    "the commissions",
    # "the accord their foreign ministers initialled in March": the pair's envoys
    "their foreign ministers",
    "their defence ministers",
    "their defense ministers",
)
# Names that contain an actor or place name but are neither (news outlets, institutions).
NON_ACTOR_PHRASES = (
    "Kyiv Independent",
    "Kyiv Post",
    "Kiev Post",
    "Kyiv School of Economics",
    "Moscow Times",
    "Washington Post",
    "New York Times",
    "Jerusalem Post",
    "Times of Israel",
    "Washington Examiner",
    "Russian Orthodox Church",
    "Ukrainian Orthodox Church",
    "Istanbul Convention",
    "Minsk agreements",
    "Minsk accords",
    "Minsk II",
    "Minsk Group",
    "OSCE Minsk Group",
    "Geneva Conventions",
    "Geneva Convention",
    "Abraham Accords",
    "Black Sea",
    # "10:00 UK time": a time zone
    "UK time",
    "British time",
)
_LOCATIVE = re.compile(
    r"\b(?:in|at|to|from|near|outside|visited|visiting|via|toward|towards|into|left|reached|"
    r"arrived\s+in|landed\s+in|held\s+in|hosted\s+in|trip\s+to|visit\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# A one-word demonym ("Russian", "Emirati"), whose plural after "the" names a side.
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|i)")
_COMMA_GAP = re.compile(r",\s*")
_NAME_GAP = re.compile(r",?\s*")
# "the UN aid office, OCHA, ...", "the UN nuclear watchdog (IAEA)": the first name
# only describes the body the apposition names.
_DESCRIBED_BY = re.compile(
    r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,3}(?:office|agency|body|watchdog|mission|force|"
    r"programme|program|organi[sz]ation|arm|fund|court|tribunal|commission|committee|"
    r"service|bloc|alliance)\s*(?:,|\()\s*(?:the\s+)?"
)


@dataclass(frozen=True, slots=True)
class PlaceSpec:
    """A city (or region) and the state it belongs to."""

    name: str
    country: str
    iso3: str
    aliases: tuple[str, ...] = ()


@dataclass(slots=True, unsafe_hash=True)  # not frozen: built ~3x faster
class GazMatch:
    """A gazetteer hit in the text: an actor, a place or a "both sides" phrase."""

    start: int
    end: int
    kind: str  # actor | place | pair
    name: str  # canonical actor name, place name, or "" for pairs


def load_places(path: str | Path | None = None) -> list[PlaceSpec]:
    """Read ``places.csv`` (``city,country,iso3,aliases``; aliases separated by ``;``)."""
    source = (
        Path(path)
        if path is not None
        else resources.files("tracker").joinpath("data", "places.csv")
    )
    with source.open(encoding="utf-8") as fh:
        return [
            PlaceSpec(
                name=row["city"].strip(),
                country=row["country"].strip(),
                iso3=(row.get("iso3") or "").strip(),
                aliases=tuple(
                    a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()
                ),
            )
            for row in csv.DictReader(fh)
            if row.get("city")
        ]


def safe_lower(text: str) -> str:
    """Lower-case ``text`` keeping every character at its offset."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower()[0] if len(c.lower()) != 1 else c.lower() for c in text)


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@functools.cache
def _case_mode(alias: str) -> int:
    """0: any case; 1: capitalised (surface must be too); 2: acronym (exact match)."""
    letters = [c for c in alias if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 5:
        return 2
    first = alias[0]
    return 1 if first.isalpha() and first.isupper() else 0


def _case_ok(mode: int, alias: str, surface: str) -> bool:
    """Whether ``surface`` is written as an alias of case rule ``mode`` must be."""
    if mode == 2:
        return surface == alias  # acronyms: "US" is not "us"
    if mode == 1:
        return surface[0].isupper()
    return True


class PhraseIndex:
    """Aho-Corasick index of lower-cased phrases with word-boundary matching."""

    def __init__(self) -> None:
        self._automaton = ahocorasick.Automaton()
        self._built = False

    def add(self, phrase: str, payload: object, strip: bool = True) -> None:
        """Index ``phrase`` lower-cased, and stripped unless ``strip`` is false (a prefilter
        needle such as " as " is looked for with its spaces)."""
        key = phrase.lower().strip() if strip else phrase.lower()
        if not key:
            return
        if key in self._automaton:
            existing = self._automaton.get(key)
            if payload not in existing:
                existing.append(payload)
        else:
            self._automaton.add_word(key, [payload])

    def build(self) -> None:
        if len(self._automaton):
            self._automaton.make_automaton()
        self._built = True

    def iter(
        self, lowered: str, start: int = 0, end: int | None = None, plural_ok: bool = False
    ) -> list[tuple[int, int, list[object]]]:
        """(start, end, payloads) for every word-bounded hit in ``lowered[start:end]``."""
        if not len(self._automaton):
            return []
        stop = len(lowered) if end is None else end
        return self.bounded(lowered, self._automaton.iter(lowered, start, stop), plural_ok)

    @staticmethod
    def bounded(
        lowered: str, raw: Iterable[tuple[int, list[object]]], plural_ok: bool = False
    ) -> list[tuple[int, int, list[object]]]:
        """(start, end, payloads) for the word-bounded ones of automaton hits ``(last, payloads)``
        in ``lowered``."""
        size = len(lowered)
        out: list[tuple[int, int, list[object]]] = []
        append = out.append
        # ``is_word_char`` inlined: this runs for every automaton hit.
        for last, payloads in raw:
            e = last + 1
            s = e - payloads[0][0]  # type: ignore[index]
            if s > 0:
                c = lowered[s - 1]
                if c.isalnum() or c == "_":
                    c = lowered[s]
                    if c.isalnum() or c == "_":
                        continue
            if e < size:
                c = lowered[e]
                if c.isalnum() or c == "_":
                    c = lowered[last]
                    if c.isalnum() or c == "_":
                        if not plural_ok:
                            continue
                        if lowered[e] != "s" or (e + 1 < size and is_word_char(lowered[e + 1])):
                            continue
            append((s, e, payloads))
        return out


class JointIndex:
    """Several built ``PhraseIndex``es in one automaton: one pass over a text finds the automaton
    hits of each, in the order its own automaton reports them (by end, then longest first)."""

    def __init__(self, *indexes: PhraseIndex) -> None:
        self._count = len(indexes)
        entries: dict[str, list[tuple[int, list[object]]]] = {}
        for i, index in enumerate(indexes):
            if len(index._automaton):
                for key, payloads in index._automaton.items():
                    entries.setdefault(key, []).append((i, payloads))
        self._automaton = ahocorasick.Automaton()
        for key, entry in entries.items():
            # Most keys belong to one index: (index, payloads); else (-1, [(index, payloads)...]).
            self._automaton.add_word(key, entry[0] if len(entry) == 1 else (-1, entry))
        if entries:
            self._automaton.make_automaton()

    def raw(self, lowered: str) -> list[list[tuple[int, list[object]]]]:
        """Per index, its automaton hits ``(last, payloads)`` in ``lowered`` (for ``bounded``)."""
        out: list[list[tuple[int, list[object]]]] = [[] for _ in range(self._count)]
        if not len(self._automaton):
            return out
        appends = [hits.append for hits in out]
        for last, (i, payloads) in self._automaton.iter(lowered):
            if i >= 0:
                appends[i]((last, payloads))
            else:
                for j, own in payloads:
                    appends[j]((last, own))
        return out


_Payload = TypeVar("_Payload")


def leftmost_longest(
    hits: Iterable[tuple[int, int, _Payload]],
) -> list[tuple[int, int, _Payload]]:
    """Keep non-overlapping hits, preferring the earliest start, then the longest."""
    chosen: list[tuple[int, int, _Payload]] = []
    last_end = -1
    # By start, then the longest first (hits alike keep their order): two stable sorts keyed by
    # ``itemgetter``, which calls no Python function per hit.
    ordered = sorted(hits, key=itemgetter(1), reverse=True)
    ordered.sort(key=itemgetter(0))
    for hit in ordered:
        if hit[0] >= last_end:
            chosen.append(hit)
            last_end = hit[1]
    return chosen


class _Kinds(dict[str, str]):
    """Actor name -> kind; a name not in the reference is an organisation."""

    def __missing__(self, name: str) -> str:
        return "organisation"


class Gazetteer:
    """Actors (with dated affiliations) and places, matched in one pass."""

    def __init__(self, actors: Iterable[ActorSpec], places: Iterable[PlaceSpec] = ()) -> None:
        self.actors: dict[str, ActorSpec] = {}
        self._by_alias: dict[str, str] = {}
        self._by_iso3: dict[str, str] = {}
        self.places: dict[str, PlaceSpec] = {}
        self.place_country: dict[str, str | None] = {}
        self._index = PhraseIndex()
        for spec in actors:
            self.actors[spec.name] = spec
            if spec.iso3:
                self._by_iso3[spec.iso3.upper()] = spec.name
            for alias in (spec.name, *spec.aliases):
                self._by_alias.setdefault(alias.lower(), spec.name)
                self._index.add(alias, (len(alias), "actor", spec.name, alias, _case_mode(alias)))
            if spec.kind == "state":
                for alias in spec.aliases:
                    if _DEMONYM.fullmatch(alias):
                        # "the Russians are meeting again": the side, named by its people.
                        plural = f"the {alias}s"
                        self._index.add(plural, (len(plural), "actor", spec.name, plural, 0))
        for place in places:
            self.places[place.name] = place
            country = self._by_iso3.get(place.iso3.upper()) or self.lookup(place.country)
            self.place_country[place.name] = country
            for alias in (place.name, *place.aliases):
                self._index.add(alias, (len(alias), "place", place.name, alias, _case_mode(alias)))
        for alias, capital in self._capital_phrases():
            self._index.add(alias, (len(alias), "place", capital, alias, _case_mode(alias)))
        for phrase in PAIR_PHRASES:
            self._index.add(phrase, (len(phrase), "pair", "", phrase, _case_mode(phrase)))
        for phrase in NON_ACTOR_PHRASES:
            self._index.add(
                phrase, (len(phrase), "none", "", phrase.lower(), _case_mode(phrase.lower()))
            )
        self._index.build()
        # ``kind(name)`` is a dict lookup, not a method call (the rules ask it for every name
        # they weigh); a name not in the reference is an organisation.
        self.kind = _Kinds((name, spec.kind) for name, spec in self.actors.items()).__getitem__
        # Per person, the terms of their affiliations with known actors (``affiliated``).
        self._terms: dict[str, list[tuple[str, dt.date | None, dt.date | None]]] = {
            spec.name: [
                (aff.actor, aff.start, aff.end)
                for aff in spec.affiliations
                if aff.actor in self.actors
            ]
            for spec in self.actors.values()
            if spec.kind == "person"
        }
        # Per payload list (by identity: the automaton keeps them): its aliases' case rule when
        # they share one, and the kinds it names, so that a hit needs no per-payload work.
        self._uniform: dict[int, tuple[int, dict[str, str]]] = {}
        if len(self._index._automaton):
            for _, payloads in self._index._automaton.items():
                modes = {p[4] for p in payloads}
                if len(modes) == 1:
                    kinds = {p[1]: p[2] for p in payloads}
                    self._uniform[id(payloads)] = (modes.pop(), kinds)

    def _capital_phrases(self) -> Iterable[tuple[str, str]]:
        """("Ruritanian capital", its capital) for each state whose aliases name its capital (the
        first of them that is a place of that state) and each of its other one- or two-word
        aliases: "talks in the Ruritanian capital" name the city, a venue, not the state as a
        party ("struck the Ruritanian capital": a target, no party either)."""
        for spec in self.actors.values():
            if spec.kind != "state":
                continue
            capital = next(
                (
                    alias
                    for alias in spec.aliases
                    if alias in self.places and self.place_country.get(alias) == spec.name
                ),
                None,
            )
            if capital is None:
                continue
            for alias in (spec.name, *spec.aliases):
                if (
                    alias not in self.places
                    and alias[:1].isupper()
                    and alias.count(" ") <= 1
                    and not alias.startswith("The ")
                ):
                    yield f"{alias} capital", capital

    def lookup(self, name: str) -> str | None:
        """Canonical actor name for a name or alias (case-insensitive), if known."""
        if name in self.actors:
            return name
        return self._by_alias.get(name.lower())

    def affiliated(self, name: str, day: dt.date | None) -> list[str]:
        """The actors a person stood for on ``day`` (a state or organisation is itself)."""
        terms = self._terms.get(name)
        if terms is None:
            return [name]
        out: list[str] = []
        for actor, start, end in terms:  # (``AffiliationSpec.covers`` inlined: a hot loop)
            if (
                day is None or ((start is None or start <= day) and (end is None or day <= end))
            ) and actor not in out:
                out.append(actor)
        return out

    def roles(self, name: str, day: dt.date | None) -> list[tuple[str, str]]:
        """(actor, role) pairs a person held on ``day`` (empty for states and organisations)."""
        spec = self.actors.get(name)
        if spec is None or spec.kind != "person":
            return []
        return [(a.actor, a.role) for a in spec.affiliations if a.covers(day)]

    @property
    def index(self) -> PhraseIndex:
        return self._index

    def scan(
        self, text: str, lowered: str, raw: list[tuple[int, list[object]]] | None = None
    ) -> list[GazMatch]:
        """All actor, place and pair mentions in ``text``, leftmost-longest (``raw``: the index's
        automaton hits in ``lowered``, if found already)."""
        hits = []
        found = self._index.iter(lowered) if raw is None else self._index.bounded(lowered, raw)
        uniform = self._uniform
        for s, e, payloads in found:
            shared = uniform.get(id(payloads))
            if shared is not None and shared[0] != 2:
                # One case rule for all: any case (0), or capitalised (1) for all or none.
                if shared[0] == 0 or text[s].isupper():
                    hits.append((s, e, payloads))
                continue
            surface = text[s:e]
            # Each payload carries its alias's case rule (0: any case).
            ok = [p for p in payloads if not p[4] or _case_ok(p[4], p[3], surface)]  # type: ignore[index]
            if ok:
                hits.append((s, e, ok))
        led = [h for h in hits if lowered.startswith("the ", h[0])]
        if led:
            # "the UN Office for the Coordination of Humanitarian Affairs", "the UN refugee
            # agency": a longer name inside "the X ..." is the name meant, not "the X".
            inner = {h[0] + 4 for h in led}
            ends: dict[int, int] = {}  # the furthest end of the names starting after a "the "
            for s, e, _ in hits:
                if s in inner:
                    ends[s] = max(e, ends.get(s, e))
            if ends:
                hits = [
                    h
                    for h in hits
                    if not lowered.startswith("the ", h[0]) or ends.get(h[0] + 4, 0) <= h[1]
                ]
        out: list[GazMatch] = []
        for s, e, payloads in leftmost_longest(hits):
            # (A payload list found in ``uniform`` is the automaton's own: every payload passed.)
            shared = uniform.get(id(payloads))
            kinds: dict[str, str] = (
                shared[1] if shared is not None else {p[1]: p[2] for p in payloads}  # type: ignore[index]
            )
            if "none" in kinds:
                continue
            if "pair" in kinds:
                out.append(GazMatch(s, e, "pair", ""))
            elif "place" in kinds and "actor" in kinds:
                if _LOCATIVE.search(text, max(0, s - 16), s) or (
                    # "in the Ruritanian capital, Zenda": the city named twice
                    out
                    and out[-1].kind == "place"
                    and out[-1].name == kinds["place"]
                    and _NAME_GAP.fullmatch(text, out[-1].end, s)
                ):
                    out.append(GazMatch(s, e, "place", kinds["place"]))
                else:
                    out.append(GazMatch(s, e, "actor", kinds["actor"]))
            elif "place" in kinds:
                out.append(GazMatch(s, e, "place", kinds["place"]))
            elif (
                out
                and out[-1].kind == "place"
                and self.place_country.get(out[-1].name) == kinds["actor"]
                and _COMMA_GAP.fullmatch(text, out[-1].end, s)
            ):
                continue  # "Osaka, Japan", "Jeddah, Saudi Arabia": the city's country, a place
            else:
                out.append(GazMatch(s, e, "actor", kinds["actor"]))
        if len(out) > 1:
            out = self._drop_described(text, out)
        return out

    def _drop_described(self, text: str, found: list[GazMatch]) -> list[GazMatch]:
        """Drop an organisation that only describes the one named in apposition after it
        ("the UN aid office, OCHA, said", "the UN nuclear watchdog (IAEA)")."""
        keep = []
        for i, m in enumerate(found):
            nxt = found[i + 1] if i + 1 < len(found) else None
            if (
                nxt is not None
                and m.kind == "actor"
                and nxt.kind == "actor"
                and nxt.start - m.end <= 60
                and self.kind(m.name) == "organisation"
                and self.kind(nxt.name) == "organisation"
                and m.name != nxt.name
                and text.startswith((",", ")"), nxt.end)
                and _DESCRIBED_BY.fullmatch(text, m.end, nxt.start)
            ):
                continue
            keep.append(m)
        return keep
