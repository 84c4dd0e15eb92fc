"""Merging within an article: whether two mentions report one happening, and folding them into
one event with several pieces of evidence.

Mentions of one happening share a type, a compatible date, overlapping parties and, for
agreements, proposals, demands and rejections, overlapping subject matter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable

from tracker.extract import dates as dates_mod
from tracker.extract.drafts import Draft, Pending, add_role
from tracker.extract.patterns import SPEECH_TYPES
from tracker.extract.types import Evidence

# The states and groups behind some actors on a day (``Parties.states``).
StatesOf = Callable[[Iterable[str], dt.date | None], set[str]]

_BETWEEN = re.compile(r"\s+(?:between|of)\s")
_ALSO = re.compile(r"\b(?:also|further|separately|in\s+addition)\b")
# Happenings held in sessions: a mention with its own day is one of them.
_SESSION_TYPES = frozenset({"talks", "meeting"})
# "The talks had opened in Oslo on", "the round, which began on": the session's own day follows.
_SESSION_HELD = re.compile(
    r"(?:,?\s+(?:which|that)\s+|\s+(?:had\s+)?)(?:opened|began|started|convened|resumed|"
    r"(?:was|were|had\s+been)\s+held|took\s+place)(?:\s+(?:in|at)\s+[\w'’. -]{1,30}?)?\s+(?:on\s+)?"
)
_THAT_DAY = re.compile(r"\b(?:that|the)\s+$")
_SIGNED_ON = re.compile(r"\s(?:signed|reached|concluded|initialled|initialed)\s+(?:on\s+)?$")
_AT_OCCASION_ON = re.compile(r"\s+(?:at|during)\s+(?:[\w'’-]+\s+){1,4}?(?:on\s+)?")
_ALSO_BEFORE = re.compile(r"\balso\s+(?:[\w-]+\s+)?$")
# "signed the treaty alongside him", "put their names to the pact together with the premier":
# signers who joined another's signing, at the same ceremony.
_COSIGNED = re.compile(r"[^.;:]{0,40}?\b(?:alongside|together\s+with)\b")
# "The meeting was hosted by ...", "X attended the session", "The ceasefire was first announced
# by ...": a happening told back by its bare definite noun (not "the next meeting", "the meeting
# between X and Y").
_TOLD_BACK_SESSION = re.compile(r"the\s+(?:meeting|session|talks|ceasefire|truce)$")
_TOLD_BACK_TYPES = _SESSION_TYPES | {"ceasefire"}
_BARE_SESSION = re.compile(r"the\s+(?:meeting|session|talks|summit)$")


def encounters_on_trips(drafts: list[Draft]) -> list[Draft]:
    """An encounter told after a visit in its own sentence is an encounter on the trip, news of
    its own ("arrived in Lima and met the president", "paid a visit to Lisbon, where he held
    talks with the premier": a visit and a meeting, devset README, "Clarified 2026-11-26"): the
    visitors take part in it, and talks held on it are a meeting (``two_side_meetings`` makes it
    talks again where both sides' negotiators face each other). A meeting planned on a planned
    trip is the trip's purpose ("will visit Lima on 4 May, where he will meet the president"):
    one planned visit, whatever it is for."""

    def trigger_at(d: Draft) -> tuple[int, int]:
        ev = d.evidence[0]
        trig = ev.trigger
        return ev.start, (trig.start if trig is not None else 0)

    visits = [(*trigger_at(d), d) for d in drafts if d.type == "visit" and not d.planned]
    planned = [(*trigger_at(d), d) for d in drafts if d.type == "visit" and d.planned]
    if not visits and not planned:
        return drafts
    out = []
    for d in drafts:
        if d.type == "meeting" and d.planned and len(d.evidence) == 1:
            start, at = trigger_at(d)
            trip = next(
                (v for vs, va, v in planned if vs == start and va < at and v.date == d.date), None
            )
            if trip is not None:
                continue  # (its sentence is the visit's evidence already)
        if d.type in {"talks", "meeting"} and len(d.evidence) == 1:
            start, at = trigger_at(d)
            quote = d.evidence[0].quote
            trip = next(
                (
                    v
                    for vs, va, v in visits
                    # not "visited on 28 February, but the meeting ended in a row"
                    if vs == start
                    and va < at
                    # ("X, who was on a visit to Lima on 4 May, was received by the president":
                    # the encounter on the trip, told undated, took place on the trip's day)
                    and (v.date == d.date or (d.date_source, v.date_source) == ("article", "text"))
                    and " but " not in quote[va:at]
                ),
                None,
            )
            if trip is not None:
                d.date, d.date_source = trip.date, trip.date_source
                # "arrived in Lima on Monday, where he met the president": the visitors met
                for name, role in trip.actors.items():
                    if role == "participant":
                        d.actors.setdefault(name, role)
                d.type = "meeting"
        out.append(d)
    return out


def fold_meetings_into_talks(drafts: list[Draft], states_of: StatesOf) -> list[Draft]:
    """Fold a meeting told as "the meeting" in its own sentence ("X attended the meeting", "the
    meeting took place at ...") into talks reported on that day between overlapping parties:
    the round of talks under another name, not a second encounter."""
    talks = [d for d in drafts if d.type == "talks"]
    if not talks:
        return drafts
    out = []
    for d in drafts:
        if d.type == "meeting" and len(d.evidence) == 1:
            ev = d.evidence[0]
            trig = ev.trigger
            words = ev.quote[max(0, trig.start - 4) : trig.end].lower() if trig else ""
            if "the meeting" in words or (words.startswith("the ") and "meeting" in words):
                states = states_of(d.actors, d.date.start)
                into = next(
                    (
                        t
                        for t in talks
                        if t.planned == d.planned
                        and t.date.precision == "day"
                        and t.date == d.date
                        and states & states_of(t.actors, t.date.start)
                    ),
                    None,
                )
                if into is not None:
                    into.evidence.append(ev)
                    continue
        out.append(d)
    return out


# Speech acts named in passing ("the June demand") are no happening of their own; a deal is.
_SAYINGS = SPEECH_TYPES - {"agreement"}


def attach(drafts: list[Draft], pending: list[Pending], states_of: StatesOf) -> None:
    """Add each pending mention to the draft of its happening, or promote it to an event."""
    promoted: list[Draft] = []
    for p in pending:
        best = None
        d: Draft | None
        # (an undated bare "the summit" is the one encounter of its kind the article reported)
        bare = _bare_session(p)
        alone = bare and sum(1 for d in drafts if d.type == p.type and d.planned == p.planned) == 1
        for d in drafts:
            if d.type != p.type or p.planned != d.planned:
                # ("They will meet again on 20 May. The session was chaired by ...": the
                # session told as past is not the planned round)
                continue
            states = states_of(d.actors, d.date.start)
            if p.actors and states and not (p.actors & states) and not (bare and alone):
                continue
            if p.location and d.location and p.location != d.location:
                trig = p.evidence.trigger
                quote = p.evidence.quote
                if (
                    trig is not None
                    and p.location in quote[max(0, trig.start - len(p.location) - 2) : trig.end]
                ):
                    continue  # "the Abu Dhabi meeting": not the one in Istanbul
            if len(p.actors) >= 2 and states and not p.actors <= states:
                trig = p.evidence.trigger
                if len(p.actors - states) >= 2 or (
                    trig is not None and _BETWEEN.match(p.evidence.quote, trig.end)
                ):
                    continue  # "a meeting between Putin and Zelensky": not Trump's with Zelensky
            if p.date is not None and not _dates_compatible(p.date, d.date) and not _restated(d, p):
                continue
            distance = abs(d.order - p.sentence)
            if best is None or distance < best[0]:
                best = (distance, d)
        if best is None and p.type == "meeting":
            # "The meeting was opened by ..." after "the delegations held talks": the same
            # encounter under another name.
            day = p.date or p.fallback
            for d in drafts:
                if (
                    d.type == "talks"
                    and d.planned == p.planned
                    and day is not None
                    and _dates_compatible(day, d.date)
                ):
                    d.evidence.append(p.evidence)
                    break
            else:
                d = None
            if d is not None:
                continue
        if best is None and not p.roles and (series := _series_of(p, drafts)) is not None:
            # "The talks had opened in Geneva on May 4", "At that March 3 meeting, ...": another
            # session of the happening reported, on its own day, between its parties.
            assert p.date is not None  # (``_series_of`` asks for one)
            actors = {n: r for n, r in series.actors.items() if r != "host"}
            promoted.append(_promoted(p, p.date, "text", actors, series.title))
            continue
        if best is None and not p.roles and _deal_signed_on(p):
            # "Under the agreement signed on Saturday by the two defence ministers, a truce took
            # effect ...": the deal, on the day its participle gives, between the sentence's sides.
            assert p.date is not None  # (``_deal_signed_on`` asks for one)
            actors = dict.fromkeys(sorted(p.actors), "participant")
            promoted.append(_promoted(p, p.date, "text", actors, p.title))
            continue
        if best is None:
            # A definite reference to an event no other sentence reports ("The talks at the
            # Swiss embassy were chaired by ..."): the article presupposes it happened.
            # So is one with its own date ("the summit would be held on Monday, Apr. 7").
            date = p.date or p.fallback if p.fallback is not None else None
            if p.dated_occasion or p.told_back:
                date = p.date
            if date is None and p.definite and p.date is not None and p.date.precision == "day":
                date = p.date
            if p.roles and date is not None and (p.type not in SPEECH_TYPES or p.told_back):
                source = "text" if p.date else "article"
                promoted.append(_promoted(p, date, source, dict(p.roles), p.title))
            elif p.named_with_date and p.type not in _SAYINGS and (p.roles or p.actors):
                # "since the 9 May summit of the two presidents", "the 1994 accord": dated
                # background, named in passing (devset README, clarified rules), between the
                # parties it names.
                assert p.date is not None  # (``named_with_date`` asks for one)
                actors = dict(p.roles) or dict.fromkeys(sorted(p.actors), "participant")
                promoted.append(_promoted(p, p.date, "text", actors, p.title))
            continue
        d = best[1]
        d.evidence.append(p.evidence)
        if p.date is not None and not _dates_compatible(p.date, d.date):
            d.date, d.date_source = p.date, "text"  # restated with its own day
        if p.date is not None and d.date_source == "article" and p.date == d.date:
            d.date_source = "text"
        d.topics |= set(p.topics)
        for name, role in p.roles:
            add_role(d.actors, name, role)
    drafts.extend(promoted)


def _bare_session(p: Pending) -> bool:
    """An undated "the summit", "the meeting" or "the talks" that names no sides of its own ("The
    summit comes after weeks of diplomacy over a US plan"): the encounter the article reported,
    whoever else its sentence names."""
    if p.date is not None or p.type not in _SESSION_TYPES:
        return False
    return _told_bare(p.evidence, _BARE_SESSION)


def _told_bare(ev: Evidence, nouns: re.Pattern[str]) -> bool:
    """Whether ``ev``'s trigger is one of ``nouns`` after a bare "the" ("the meeting"), with no
    sides of its own after it (not "the meeting between X and Y")."""
    trig = ev.trigger
    if trig is None:
        return False
    quote = ev.quote.lower()
    head = quote[max(0, trig.start - 4) : trig.end].strip()
    if nouns.search(head) is None:
        return False
    return _BETWEEN.match(quote, trig.end) is None


def _promoted(
    p: Pending, date: dates_mod.ResolvedDate, source: str, actors: dict[str, str], title: str
) -> Draft:
    """A mention that no reported event took, as an event of its own (``attach``)."""
    return Draft(
        type=p.type,
        date=date,
        date_source=source,
        planned=p.planned,
        location=p.location,
        actors=actors,
        topics=set(p.topics),
        object_topics=set(),
        evidence=[p.evidence],
        trigger_strength="mention",
        order=p.sentence,
        title=title,
    )


def merge(drafts: list[Draft], states_of: StatesOf) -> list[Draft]:
    """The drafts, with those that report one happening folded into the first of them."""
    out: list[Draft] = []
    for d in drafts:
        for e in out:
            if _compatible(e, d, states_of):
                _absorb(e, d)
                break
        else:
            out.append(d)
    return out


def distinct_evidence(evidence: list[Evidence]) -> list[Evidence]:
    """One piece of evidence per sentence: when two mentions of a happening in one sentence were
    merged, their quote is kept once, with the highlights of both."""
    by_span: dict[tuple[int, int], Evidence] = {}
    for ev in evidence:
        seen = by_span.get((ev.start, ev.end))
        if seen is None:
            by_span[ev.start, ev.end] = ev
        elif seen.highlights != ev.highlights:
            spans = {(h.start, h.end, h.kind): h for h in (*seen.highlights, *ev.highlights)}
            highlights = sorted(spans.values(), key=lambda h: (h.start, h.end))
            by_span[ev.start, ev.end] = Evidence(seen.quote, seen.start, seen.end, highlights)
    return list(by_span.values()) if len(by_span) < len(evidence) else evidence


def _compatible(a: Draft, b: Draft, states_of: StatesOf) -> bool:
    """Whether ``b`` reports the happening ``a`` reports."""
    if a.type != b.type or a.planned != b.planned:
        return False
    if not _dates_compatible(a.date, b.date) and not (
        _confirmed_after(a, b) or _confirmed_after(b, a) or _dated_later(a, b) or _dated_later(b, a)
    ):
        return False
    sa = states_of(a.actors, a.date.start)
    sb = states_of(b.actors, b.date.start)
    if (
        sa
        and sb
        and not (sa <= sb or sb <= sa or len(sa & sb) * 2 >= len(sa | sb))
        # "Envoys of A and B met in Lima on Monday. The session was attended by C": the
        # happening told back, whoever the sentence names
        and not _session_told_back(a, b)
        # "Hamas released 20 hostages on Oct. 13, and Israel freed 2,000 prisoners the same
        # day": each side's release is half of one swap
        and not (
            a.type == "prisoner_exchange"
            and a.date.precision == "day"
            and abs(a.order - b.order) <= 1
        )
        # "The president signed the charter on Monday. Ministers from A and B signed it
        # alongside him": one signing, its signers told apart
        and not (a.type == "agreement" and a.date.precision == "day" and _cosigned(b))
    ):
        return False
    if a.apart and b.apart and a.evidence[0].start == b.evidence[0].start:
        return False  # "held separate calls with A and B": the call with A, the one with B
    if b.evidence[0].start not in {e.start for e in a.evidence} and _separate(b):
        return False  # "signed a separate partnership with Kinshasa": another happening
    if (
        a.type == "proposal"
        and not {e.start for e in a.evidence} & {e.start for e in b.evidence}
        and _additional(b)
    ):
        return False  # "X proposed A. ... X also proposed B": one more proposal
    if a.type == "statement" and sa and sb and len(sa & sb) * 2 < len(sa | sb):
        return False  # each issuer's statement is its own ("X welcomed ...; Y said ...")
    if a.type in {"agreement", "proposal", "demand", "rejection"}:
        ia = {n for n, r in a.actors.items() if r == "initiator"}
        ib = {n for n, r in b.actors.items() if r == "initiator"}
        if ia and ib and not (states_of(ia, a.date.start) & states_of(ib, b.date.start)):
            return False
        ta, tb = a.object_topics, b.object_topics
        same_sentence = {e.start for e in a.evidence} & {e.start for e in b.evidence}
        # A mention that names no subject matter ("Both sides agreed to freeze troop
        # movements", "he rejected the paper") is the happening reported with it.
        if (
            ta
            and tb
            and not (ta & tb)
            and not same_sentence
            # "The two sides also agreed to meet again on May 27": one more term of the deal
            # the session reached, one agreement (not so for proposals, see above)
            and not (a.type == "agreement" and _additional(b))
        ):
            return False  # two deals of one day; "agreed at X, where they agreed to Y": one
    return True


# The sentences that open an article (by ``Draft.order``, counted from 0: a title line, if the text
# has one, and the first sentence): the lead, which later paragraphs retell.
_LEAD_SENTENCES = 2


def _dated_later(a: Draft, b: Draft) -> bool:
    """Whether ``a``, an undated lead given the article's day, is told again further on by ``b``
    with the day it happened, a day or two before ("The rebels have announced a truce. [...]
    Their commander announced the truce on Monday", in Wednesday's paper)."""
    if a.date_source != "article" or b.date_source != "text":
        return False
    if not a.order < min(b.order, _LEAD_SENTENCES):
        return False
    if a.date.precision != "day" or b.date.precision != "day" or b.date.end is not None:
        return False
    return 0 < (a.date.start - b.date.start).days <= 2


def _confirmed_after(a: Draft, b: Draft) -> bool:
    """Whether ``b`` confirms, a few days later, the deal ``a`` reported ("On Friday, the Kremlin
    confirmed that Putin had agreed to the request" after Thursday's news of it)."""
    if a.type != "agreement" or a.date.precision != "day" or b.date.precision != "day":
        return False
    if not 0 < (b.date.start - a.date.start).days <= 3:
        return False
    ev = b.evidence[0]
    trig = ev.trigger
    return trig is not None and "confirm" in ev.quote[max(0, trig.start - 90) : trig.start].lower()


def _absorb(into: Draft, other: Draft) -> None:
    # Keep the most precise, text-sourced date.
    def rank(d: Draft) -> tuple[int, int, int]:
        width = (dates_mod.period_end(d.date) - d.date.start).days
        return (d.date_source != "text", width, d.order)

    if rank(other) < rank(into) or _confirmed_after(other, into):
        # (a deal's day, not the day of its confirmation told first)
        into.date, into.date_source = other.date, other.date_source
    for name, role in other.actors.items():
        add_role(into.actors, name, role)
    into.topics |= other.topics
    into.object_topics |= other.object_topics
    into.evidence.extend(other.evidence)
    if into.location is None:
        into.hosted = other.hosted
    into.location = into.location or other.location
    if into.trigger_strength != "verbal" and other.trigger_strength == "verbal":
        into.trigger_strength = "verbal"
        into.title = other.title


def _session_told_back(a: Draft, b: Draft) -> bool:
    """Whether ``b``, another sentence's bare "the meeting", "the session" or "the ceasefire" on
    ``a``'s day, tells ``a`` back (one happening, whatever parties either sentence names)."""
    if a.type not in _TOLD_BACK_TYPES or b.order == a.order or len(b.evidence) != 1:
        return False
    if a.date.precision != "day" or a.date != b.date:
        return False
    return _told_bare(b.evidence[0], _TOLD_BACK_SESSION)


def _cosigned(d: Draft) -> bool:
    """The draft's own mention tells a signing joined at another's side ("signed the accord
    alongside the premier")."""
    ev = d.evidence[0]
    trig = ev.trigger
    if trig is None or "sign" not in ev.quote[trig.start : trig.end]:
        return False
    return bool(_COSIGNED.match(ev.quote, trig.end))


def _separate(d: Draft) -> bool:
    """The draft's own mention calls it "separate" ("a separate memorandum signed on Friday")."""
    ev = d.evidence[0]
    if "separate " not in ev.quote:
        return False
    trig = ev.trigger
    if trig is None:
        return False
    return "separate " in ev.quote[max(0, trig.start - 30) : trig.end + 12]


def _additional(d: Draft) -> bool:
    """A mention reported as one more ("also proposed", "In addition, Moscow suggested")."""
    ev = d.evidence[0]
    trig = ev.trigger
    if trig is None:
        return False
    quote = ev.quote.lower()
    return quote.startswith(("in addition", "additionally")) or bool(
        "also " in quote and _ALSO_BEFORE.search(quote, max(0, trig.start - 25), trig.start)
    )


def _series_of(p: Pending, drafts: list[Draft]) -> Draft | None:
    """For a mention that names no parties but gives its own day close to its trigger (a session
    of talks, a meeting), the nearest event of its type told with parties: whose series it is."""
    if p.date is None or p.date.precision != "day" or p.type not in _SESSION_TYPES:
        return None
    trig = p.evidence.trigger
    day = next((h for h in p.evidence.highlights if h.kind == "date"), None)
    if trig is None or day is None:
        return None
    quote = p.evidence.quote.lower()
    if day.start >= trig.end:
        own = _SESSION_HELD.fullmatch(quote, trig.end, day.start) is not None
    else:  # "At that March 3 meeting": the day names the session
        own = (
            _THAT_DAY.search(quote, max(0, day.start - 5), day.start) is not None
            and not quote[day.end : trig.start].strip()
        )
    if not own:
        return None  # "on the eve of the talks", "met on Friday to prepare the session"
    near = [d for d in drafts if d.type == p.type and d.planned == p.planned and d.actors]
    return min(near, key=lambda d: abs(d.order - p.sentence), default=None)


def _deal_signed_on(p: Pending) -> bool:
    """An agreement told with the participle that dates it ("the accord signed on 27 June", "the
    deal reached on Dec. 27") or with the dated occasion of its verb ("agreed at talks in Oslo on
    May 16"), in a sentence that names two or more sides."""
    if p.type != "agreement" or p.date is None or p.date.precision != "day" or len(p.actors) < 2:
        return False
    trig = p.evidence.trigger
    day = next((h for h in p.evidence.highlights if h.kind == "date"), None)
    if trig is None or day is None or day.start < trig.end or day.start - trig.end > 30:
        return False
    quote = p.evidence.quote.lower()
    # (the participle may end the trigger: "agreement signed")
    if _SIGNED_ON.search(quote, trig.start, day.start) is not None:
        return True
    # "after the two sides agreed at talks in Oslo on May 16": the verb, dated by its occasion
    return quote.startswith("agreed", trig.start) and (
        _AT_OCCASION_ON.fullmatch(quote, trig.end, day.start) is not None
    )


def _restated(d: Draft, p: Pending) -> bool:
    """Whether a definite reference with its own day restates an event given the article's day a
    sentence or two before ("Britain and France have signed a declaration ... The document was
    signed on Tuesday evening by ..."): one happening, on the day the text gives."""
    if d.date_source != "article" or p.date is None or not 0 < p.sentence - d.order <= 2:
        return False
    if p.date.precision != "day" or p.date.end is not None:
        return False
    if any(_ALSO.search(e.quote) for e in d.evidence):
        return False  # "Both sides also agreed to ...": one more happening, not the same one
    return dt.timedelta(0) < d.date.start - p.date.start <= dt.timedelta(days=6)


def _dates_compatible(a: dates_mod.ResolvedDate, b: dates_mod.ResolvedDate) -> bool:
    if a.start == b.start and a.precision == b.precision and a.end == b.end:
        return True
    return dates_mod.contains(a, b) or dates_mod.contains(b, a)
