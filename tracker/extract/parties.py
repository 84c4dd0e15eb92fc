"""Parties: who takes part in a happening a sentence reports, in what role, and who the article's
main pair is.

Actors in an attribution ("..., Fidan said", "according to ...") are sources, not parties, and
are left out when other actors remain. A person yields their own entry and the actors they were
affiliated with on the date. A country named as a setting ("the war in Ukraine") or a demonym
describing a noun ("Palestinian prisoners") is not a party.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import cache

from tracker.extract import dates as dates_mod
from tracker.extract.drafts import Draft, add_role
from tracker.extract.gazetteer import Gazetteer, GazMatch
from tracker.extract.patterns import (
    CLAUSE_SEP,
    CONTENT_TYPES,
    COUNT,
    ENCOUNTER_TYPES,
    PASSIVE_AUX,
    RELATIVE_OPEN,
    REPORTING,
)
from tracker.extract.prefilter import Gates, word_branches
from tracker.extract.sentences import Sentence
from tracker.extract.triggers import TriggerMatch
from tracker.vocab import load_data_toml

# Words one of which each match of ``_MEDIATOR_BEFORE`` (``_MEDIATOR_AFTER``) holds: a mention
# is searched for a mediator cue only where one lies ("president", common, is no cue before).
_MEDIATOR_CUES_BEFORE = (
    "mediat", "broker", "facilitat", "chair", "moderat", "auspices", "good offices", "help of",
)  # fmt: skip
_MEDIATOR_CUES_AFTER = ("mediat", "broker", "facilitat", "chair", "moderat", "presiding")
_HOST_CUES = ("host", "invitation", "organi")
_MEDIATOR_BEFORE = re.compile(
    r"(?:\b(?:mediated|brokered|facilitated|chaired|moderated)\s+by|\b(?:mediation|auspices|"
    r"good\s+offices)\s+of|\bmediators?\s+(?:from)?|\bwith\s+the\s+help\s+of)\s+(?:the\s+)?"
    r"(?:[\w.'’-]+\s+){0,4}(?:(?:,\s+|and\s+)(?:the\s+)?(?:[\w.'’-]+\s+){0,3}){0,3}$",
    re.IGNORECASE,
)
_HOST_BEFORE = re.compile(
    r"(?:\bhosted\s+by|\bat\s+the\s+invitation\s+of|\borgani[sz]ed\s+by)\s+(?:the\s+)?"
    r"(?:[\w.'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
_MEDIATOR_AFTER = re.compile(
    r"^(?:['’]s)?(?:-|\s+)(?:mediated|brokered|facilitated|mediation)\b|^[^.;]{0,60}?\b(?:who|which)\s+"
    r"(?:mediated|brokered|chaired|facilitated|moderated)\b|^[^.;]{0,30}?\bas\s+(?:a\s+|the\s+)?"
    r"(?:mediator|facilitator)\b|^\s+(?:mediating|mediated|presiding|chairing)\b",
    re.IGNORECASE,
)
# "in Zenda, Ruritania, ": a town the gazetteer does not know, then its state (the venue's).
_IN_TOWN_OF = re.compile(r"\b(?:in|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+(?:the\s+)?$")
_HOST_AFTER = re.compile(
    r"^(?:['’]s)?(?:-|\s+)hosted\b|^[^.;]{0,60}?\b(?:who|which)\s+hosted\b|^[^.;]{0,30}?\bas\s+"
    r"(?:the\s+)?host\b|^\s+(?:hosted|hosts|hosting|will\s+host)\b",
    re.IGNORECASE,
)
# "the war in Ukraine": a country named as a setting, not as a party.
# ("the crossing between Gaza and Egypt": the places a border or crossing lies between.)
_IN_COUNTRY = re.compile(  # (each branch led by "\b": see ``word_branches``)
    word_branches(
        r"(?:in|across|throughout|inside)\s+(?:the\s+)?(?:(?:eastern|western|southern|northern|"
        r"central)\s+)?$|border\s+(?:with|of)\s+(?:the\s+)?$|(?:borders?|crossings?|"
        r"frontiers?|boundary|corridor)\s+between\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,2}?"
        r"(?:and\s+(?:the\s+)?)?$|"
        # "the UN envoy for Ruritania met the rebels", "its ambassador to Zenda said": the
        # envoy's posting or remit, not a party to what the envoy does
        r"(?:envoys?|Envoys?|ambassadors?|Ambassadors?)\s+(?:for|to)\s+(?:the\s+)?$"
    )
)
# "sent its special envoy| to Zenda": an envoy sent somewhere, not one posted there.
_SENT_BEFORE = re.compile(
    r"\b(?:send|sends|sent|sending|dispatch|dispatches|dispatched|dispatching)\s+"
    r"(?:[\w.'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A match of ``_IN_COUNTRY`` ends with one of these words (then spaces), or holds "between" or
# "border": a cheap test before the search, which most names fail ("said Mali's envoy"). A
# branch added to ``_IN_COUNTRY`` adds its last words here (tests/test_extract_prefilter.py).
_SETTING_LAST_WORDS = (
    "in", "across", "throughout", "inside", "the", "eastern", "western", "southern", "northern",
    "central", "for", "to",
)  # fmt: skip
# "the US-backed framework": a backer named as a modifier, not a party (nor "a UN-patrolled
# buffer zone": who patrols it).
_BACKED = re.compile(r"-(?:backed|sponsored|funded|supported|aligned|allied|patrolled|monitored)\b")
# Nouns that a demonym describes rather than names a party through.
_ATTRIBUTE_NOUN = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:prisoners|detainees|captives|hostages|soldiers|troops|forces|civilians|"
    r"children|women|citizens|nationals|people|territory|territories|regions?|land|assets|gas|"
    r"oil|lng|exports?|imports?|economy|airspace|ports?|refiner(?:y|ies)|cities|towns|villages)\b"
)
# "Saudi and Sudanese nationals", "between Russian and Ukrainian forces": two demonyms of one
# noun (``is_attribute``).
_NEXT_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ian|ese|i|ish)\b")
_COORDINATED_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:an|ian|ese|i|ish)\s+and\s+$")
_ARMED_NOUN = re.compile(r"\s+(?:[a-z]+\s+)?(?:forces|troops|soldiers|armies|units|fighters)\b")
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:[A-Z][a-z]+\s+and\s+)?$")
_ATTRIBUTION_TAIL = re.compile(
    word_branches(
        r"said|says|told|announced|confirmed|added|noted|stated|wrote|reported|reports|posted|"
        r"according\s+to",
        r"\b",
    )
)
_ACCORDING = re.compile(r"\baccording\s+to\b")
_CLAUSE_COMMA = re.compile(r",[\"”’']?\s")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")
# "rejected a truce announced by the RSF", "rejected a US-drafted proposal": whose the refused
# thing is (the party refused).
_AUTHOR_BEFORE = re.compile(
    r"\b(?:proposed|presented|put\s+forward|announced|offered|drafted|tabled|submitted|declared|"
    r"backed|sponsored|brokered|made)\s+by\s+(?:the\s+)?(?:so-called\s+)?$"
)
# "Leaders of the coalition adopted a joint statement ...": the subject issued it.
_ADOPTED_BEFORE = re.compile(r"\badopted\s+(?:a|an|the|their)\s+$")
_AUTHOR_AFTER = re.compile(r"-(?:drafted|proposed|backed|sponsored)\b")
# "a roadmap put forward on Sept. 12 by the US, Saudi Arabia and Egypt", "put forward by the
# so-called Quad -- the US, ...": the proposal's authors, listed after "by".
_AGENT_BY = re.compile(r"(?:\s+(?:on|in|at|last|earlier|this)\b[^,;:]{0,30}?)?,?\s+by\s")
# The subject of a proposal's that-clause up to the first name in it: "that national security
# advisers from", "that envoys of" (no verb, no clause break).
_THAT_SUBJECT = re.compile(r"(?:the\s+)?(?:[\w-]+\s+){0,5}?(?:from|of)\s+(?:the\s+)?")
# "urged the authorities and the M23 to", "was handed to the government and the RSF": a name
# listed after a common noun is addressed as well.
_ADDRESSEE_LIST_LEAD = re.compile(r"\s+(?:to\s+)?(?:the\s+)?(?:[a-z]+\s+){1,2}and\s+(?:the\s+)?")
# "The plan was handed to the army chief on Saturday by the US envoy": a passive proposal's
# authors come after its recipients, in the same clause (no comma between).
# "accepted the truce proposed by A and B", "rejected a plan put forward on Sept. 12 by the so-called
# X -- A, B and C": the authors of what is accepted or refused, listed after "by".
_AUTHORED_BY = re.compile(
    r"[^,;:.]{0,60}?\b(?:proposed|presented|put\s+forward|drafted|drawn\s+up|tabled|submitted|"
    r"offered|sponsored|set\s+out|laid\s+out)" + _AGENT_BY.pattern
)
_PASSIVE_TRIGGER = re.compile(r"\s(?:was|were)\s")
_LATER_BY = re.compile(r"[^,;:()]{0,110}?\sby\s")
_PASSIVE_AGENT_REACH = 115
_ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\s")
_BEHALF_REACH = 150
_AGENT_GAP = re.compile(
    r"(?:the\s+)?(?:so-called\s+)?(?:[\w-]+\s+){0,3}?"
    # "by the group known as the Quad -- A, B and C"
    r"(?:(?:known\s+as|referred\s+to\s+as|called|dubbed)\s+the\s+)?"
    r"(?:[\w-]+\s*(?:--|—|–)\s*)?(?:the\s+)?"
)
_STATEMENT_VERB = re.compile(
    r"\b(?:said|says|stated|declared|announced|welcomed|added|stressed|noted|confirmed|"
    r"responded|replied)\b"
)
# "The Prime Minister's Office said", "the envoy's office said", "the ministry said": an issuer
# named by the office of an official (the title) or a bare ministry.
_OFFICE = re.compile(
    r"\bthe\s+(?P<office>(?:government\s+)?(?P<title>prime\s+minister|president|envoy|chancellor|"
    r"foreign\s+minister|defen[cs]e\s+minister|spokes(?:man|woman|person))['’]s\s+office|"
    r"presidency|(?:foreign\s+|defen[cs]e\s+)?ministry(?!\s+of\b))\b[^,;]{0,30}$"
)
# "The Prime Minister's Office in Zenda said": the office's seat, a place of its state.
_SEAT_AFTER = re.compile(r"\s+in\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
# "according to a statement from the Foreign Ministry", "a statement by the presidency": its issuer
_STATEMENT_SOURCE = re.compile(r"\s+(?:from|by)\s+(?:the\s+)?")
_MINISTRY_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+){0,2}?ministry\b")
# "Sudan's army-aligned government", "the Russian Defence Ministry": a state's government organ,
# which "the ministry" or "the government spokesman's office" of a later sentence may stand for.
_ORGANS = ("government", "ministry", "presidency", "cabinet")
_ORGAN_AFTER = re.compile(rf"(?:['’]s)?\s+(?:[a-z-]+\s+){{0,2}}?(?:{'|'.join(_ORGANS)})\b")
# "X said his team would hold talks": the speaker's own negotiators, the subject.
_OWN_TEAM = re.compile(
    r"(?:\s+on\s+[a-z]+day)?(?:\s+that)?\s+(?:his|her|its|their)\s+(?:team|teams|delegation|"
    r"negotiators|envoys?|officials|representatives)\b"
)
# "... and that his government rejected it": the speaker's side as the subject of the trigger.
_OWN_SUBJECT = re.compile(
    r"\b(?:his|her|its|their)\s+(?:government|country|administration|side|movement|group)\s+"
    r"(?:[a-z]+\s+){0,2}$"
)
# ", rejecting ...", ", urging ...": a participle whose subject is the sentence's.
# (Not ", urging both to ...", ", urging them to": those named before are addressed.)
_PARTICIPLE_AFTER_COMMA = re.compile(r", [a-z]+ing\b(?! (?:both|them|him|her|it|each)\b)")
# "residents on both sides", "across both sides of the border": "both sides" as a place.
# (Not "called on both sides", "calls upon the parties": those are addressed.)
_PLACE_BEFORE_PAIR = re.compile(
    r"(?<!\bcall)(?<!\bcalls)(?<!\bcalled)(?<!\bcalling)\s+on\s+$|\b(?:across|along|from)\s+$"
)
# "urged on Monday both sides to", not "called for an end to the arms sent to the warring
# parties": the pair addressed comes right after the appeal's verb.
_PAIR_ADDRESSED_REACH = 25
_SAID_THE = re.compile(r"\b(?:said|says)\s+the\s")
_PRONOUNS = frozenset({"they", "he", "she", "it", "we", "both"})
_IN_STATEMENT = re.compile(r"in\s+an?\s+(?:[\w-]+\s+)?statement\b[^,;:]{0,60},\s+")
_SUBJECT_VERB = re.compile(
    r"\b(?:said|says|stated|declared|announced|welcomed|rejected|condemned|accused|urged|called|"
    r"demanded|denied|warned|insisted|added|reaffirmed|expressed|described)\b"
)
_LEADER_ROLES = frozenset(
    {"president", "prime minister", "chancellor", "king", "emir", "crown prince", "supreme leader"}
)
# Leaders and the foreign ministers who speak for them: the two sides' foreign ministers meeting
# is a meeting (devset README, the revision's doubtful cases), not a round of talks.
TOP_ENVOY_ROLES = _LEADER_ROLES | {"foreign minister"}
# "acting prime minister", "interim president": a head of government or state all the same.
_ACTING = re.compile(r"^(?:acting|interim|caretaker|transitional)\s+")
# "with the support of the United States", "with representatives of X in attendance": present or
# backing, not a party to what the sentence reports.
_BYSTANDER = re.compile(  # (each branch led by "\b": see ``word_branches``)
    word_branches(
        r"with\s+(?:the\s+)?(?:support|backing|blessing)\s+of\s+[^,;.]{1,60}|"
        r"with\s+(?:representatives|officials|envoys|observers)\s+(?:of|from)\s+[^,;.]{1,60}?\s+"
        r"(?:in\s+attendance|present|attending)\b|"
        # "with European and African diplomats in attendance"
        r"with\s+(?:[\w-]+\s+){1,4}(?:diplomats|officials|representatives|envoys|observers)\s+"
        r"(?:in\s+attendance|present|attending)\b"
    )
)
# "the group said", "talks between the government and the rebels": the armed group named before.
_GROUP_ANAPHOR = re.compile(  # "\bthe\s+...", see ``word_branches``
    word_branches("the") + r"\s+(?:(?:rebel|armed|militant|islamist|paramilitary)\s+)?"
    # ("the Palestinian group": a demonym of the group's people)
    r"(?P<demonym>(?:[A-Z][a-z]+|[a-z]+)(?:an|i|ese)\s+)?(?:group|movement|rebels|"
    r"militants|militia|paramilitaries)\b"
    # (not "the group of mediators", "the group known as the Quad": a grouping named next)
    r"(?!['’]?\s*(?:of|that|which|who|known|called|dubbed)\b|\s+[A-Z])"
    r"(?!,?\s+(?:known|referred\s+to)\s+as\b)"
)
_GROUP_WORDS = ("group", "movement", "rebel", "milit", "paramilit")
# "The board will convene again", "a video conference of the contact group": the head noun of a body
# the article named before ("the Board of Peace", "the Coalition of the Willing") stands for it.
# "The board", "the coalition"; and "coalition leaders", "board members": the people who speak
# and act for the body. "The bloc": the bloc named last (``blocs``).
_BODY_ANAPHOR = re.compile(
    r"\b(?:[Tt]he\s+(?P<body>board|coalition|mechanism|commission|committee|bloc)\b"
    r"(?!['’]?\s*(?:of|for|on)\b|\s+[A-Z])"
    r"|(?P<members>[Bb]oard|[Cc]oalition)(?=\s+(?:leaders|members)\b))"
)
_BODY_WORDS = ("board", "coalition", "mechanism", "commission", "committee", "bloc")
_APPOSITIVE = re.compile(r",\s+an?\s+[^,;:()\"“”]{3,70}?,")
# A grouping the article defines by its members: "the so-called Quad -- the United States, Saudi
# Arabia, Egypt and the UAE", "the Quad, which groups the US, ...", "the US, ..., known as the
# Quad". Between two member names (or two authors after "by", ``_agents``): a comma, "and", or
# both.
_MEMBER_GAP = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
# What comes between the grouping's name and its members: a dash, or ", which groups" and the like.
_DASHES = ("--", "—", "–")
_CUE_WORDS = (
    "which groups", "that groups", "which brings together", "that brings together",
    "which comprises", "which is made up of", "made up of", "comprising", "grouping", "namely",
)  # fmt: skip
_DEFINED_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:so-called\s+)?(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
    # "the so-called X mediators, namely A, B and C"
    r"(?:\s+(?:mediators|countries|nations|powers|states|group))?$"
)
# "A, B and C, a group of countries known as the X": what the members form, between them and
# the name.
_GROUPING_APPOSITIVE = re.compile(r",\s+an?\s+(?:group|grouping|bloc)(?:\s+of\s+[a-z]+)?$")
_GROUPING_NOUNS = frozenset({"mediators", "countries", "nations", "powers", "states", "group"})
# "The four countries, known as the Quad": a grouping defined by a count of states listed before.
_COUNTED_GROUP = re.compile(
    r"\b[Tt]he\s+(three|four|five|3|4|5)(?:\s+[a-z-]+)?\s+(?:countries|nations|states|"
    r"mediators|powers|governments)$"
)
# "..., calling on", "... and urged": a trigger told as the subject's second predicate.
_SECOND_PREDICATE = re.compile(r"(?:,|\band)\s+(?:[a-z]+ly\s+|also\s+|then\s+)?$")
# The subject's first verb, of reaction to what the names after it did ("welcomed the X move").
_REACTED = re.compile(
    r"\b(?:welcomed|praised|hailed|thanked|received|backed|endorsed|noted|critici[sz]ed|"
    r"condemned|accepted|applauded|acknowledged)\s"
)
_DEFINED_AFTER = re.compile(
    r"\b(?:known\s+as|dubbed|called)\s+the\s+(?:so-called\s+)?"
    r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\b"
)


# Words whose presence in a stretch of the article (a sentence, a name's surroundings) is told by
# the article's gates (``prefilter.Gates``, from the one automaton pass): most stretches hold none,
# and need no regex search.
# "spoke by phone with A, and then with B", "and separately with B", "and with B": B was
# called on another line, a call of its own.
_AND_WITH = re.compile(
    r",?\s+(?:and\s+)?(?:then\s+|later\s+|separately\s+|also\s+)?with\s+(?:the\s+|(?:mr|mrs|ms|dr)\.?\s+)?$"
)
# The first party called: "with" shortly after the trigger ("spoke by phone on Monday with").
_CALLED_WITH = re.compile(r"[^,;:]{0,40}?\bwith\s")
GATED_WORDS = (_GROUP_WORDS, _BODY_WORDS, _MEDIATOR_CUES_BEFORE, _MEDIATOR_CUES_AFTER, _HOST_CUES)
# Likewise patterns (``attribution_spans``).
GATED_PATTERNS = (_ATTRIBUTION_TAIL, REPORTING)


@cache
def blocs() -> frozenset[str]:
    """The organisations "the bloc" may stand for (``tracker/data/anaphors.toml``)."""
    return frozenset(load_data_toml("anaphors.toml").get("bloc", ()))


class Parties:
    """The party rules for one article: affiliations come from the gazetteer, role cues from the
    article's gates."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        text: str,
        lowered: str,
        pub: dt.date | None,
        gates: Gates,
        conflict_pairs: Iterable[frozenset[str]] = (),
    ) -> None:
        """``gates``: holding each of ``GATED_WORDS``, read for ``lowered``; ``conflict_pairs``:
        the two sides of each dispute the tracker follows (``conflicts.Conflicts.pairs``)."""
        self.gaz = gazetteer
        self._text = text
        self._lowered = lowered
        self._pub = pub
        self._gates = gates
        self._role_cache: dict[tuple[int, int], str] = {}
        # The actors each sentence names, in order: (sentence index, matches).
        self.named: list[tuple[int, list[GazMatch]]] = []
        # The article's states, groups and organisations, the most named first (``main_pair``),
        # and how much each is named.
        self._ranking: list[str] = []
        self._counts: Counter[str] = Counter()
        self._conflict_pairs = tuple(conflict_pairs)

    def group_anaphors(self, start: int, end: int, gaz: list[GazMatch]) -> list[GazMatch]:
        """``gaz`` with "the group", "the movement", "the rebels" (``start:end``, a sentence)
        resolved to the armed group named last before them, if any."""
        if not self._gates.may_match(_GROUP_WORDS, start, end):
            return gaz
        added: list[GazMatch] = []
        # (A sentence-initial "The group" is left unresolved: resolved, it also makes events of
        # mistyped sentences, "The group said in May it accepted the Quad's proposed truce" as a
        # proposal.)
        found = [
            a
            for a in _GROUP_ANAPHOR.finditer(self._text, start, end)
            if self._text.startswith("the", a.start())
        ]
        described: set[int] = set()  # "the Palestinian group": the demonym is the group's
        for a in found:
            inside = [m for m in gaz if m.start < a.end() and a.start() < m.end]
            if any(
                not (a.start("demonym") <= m.start and m.end <= a.end("demonym")) for m in inside
            ):
                continue
            name = self._last_group(a.start(), gaz)
            if name is not None:
                added.append(GazMatch(a.start(), a.end(), "actor", name))
                described.update(id(m) for m in inside)
        if not added:
            return gaz
        kept = [m for m in gaz if id(m) not in described]
        return sorted([*kept, *added], key=lambda m: m.start)

    def body_anaphors(self, start: int, end: int, gaz: list[GazMatch]) -> list[GazMatch]:
        """``gaz`` with "the board", "the coalition" (``start:end``, a sentence) resolved to the
        organisation named last before them whose name begins with that noun, and "the bloc" to
        the bloc named last, if any."""
        if not self._gates.may_match(_BODY_WORDS, start, end):
            return gaz
        added: list[GazMatch] = []
        for a in _BODY_ANAPHOR.finditer(self._text, start, end):
            if any(m.start < a.end() and a.start() < m.end for m in gaz):
                continue
            head = (a.group("body") or a.group("members")).lower() + " "
            name = next(
                (
                    m.name
                    for m in self._named_before(a.start(), gaz)
                    if m.kind == "actor"
                    and (
                        m.name.lower().startswith(head)
                        # "the bloc": a bloc of ``tracker/data/anaphors.toml``
                        or (head == "bloc " and m.name in blocs())
                    )
                ),
                None,
            )
            if name is not None:
                added.append(GazMatch(a.start(), a.end(), "actor", name))
        if not added:
            return gaz
        return sorted([*gaz, *added], key=lambda m: m.start)

    def defined_groups(self, gaz: list[GazMatch]) -> list[GazMatch]:
        """``gaz`` with every mention of a grouping the article defines by listing three or more
        states ("the so-called Quad -- the United States, Saudi Arabia, Egypt and the UAE") read
        as those states ("Senior Quad officials will meet", "the Quad's roadmap")."""
        text = self._text
        groups: dict[str, tuple[list[str], int, int]] = {}
        starts = [m.start for m in gaz]
        lowered = self._lowered
        for cue_start, cue_end in _definition_cues(lowered):
            lo = max(0, cue_start - 60)
            hi = lo + len(text[lo:cue_start].rstrip(" ,"))
            word = text[max(lo, text.rfind(" ", lo, hi) + 1) : hi]
            if not word[:1].isupper() and word not in _GROUPING_NOUNS:
                continue  # no capitalised name right before the cue
            found = _DEFINED_BEFORE.search(text, lo, hi)
            if found is None:
                continue
            while cue_end < len(text) and text[cue_end] == " ":
                cue_end += 1
            run, edge = self._member_run(gaz, bisect.bisect_left(starts, cue_end), cue_end, 1)
            if run:
                groups.setdefault(found.group("name"), (run, found.start(), edge))
        for cue in ("known as the ", "dubbed the ", "called the "):
            for at in _occurrences(lowered, cue):
                found = _DEFINED_AFTER.match(text, at)
                if found is None:
                    continue
                end = found.start()  # ("A, B and C, known as the X")
                while end > 0 and text[end - 1] in " ,)":
                    end -= 1
                kind_of = _GROUPING_APPOSITIVE.search(text, max(0, end - 40), end)
                if kind_of is not None:  # ("A, B and C, a group of countries known as the X")
                    end = kind_of.start()
                run, edge = self._member_run(gaz, bisect.bisect_left(starts, end) - 1, end, -1)
                if not run and (counted := _COUNTED_GROUP.search(text, max(0, end - 30), end)):
                    # "A, B, C and D proposed ... The four countries, known as the X": the
                    # last list of that many states before it
                    run, edge = self._counted_run(gaz, starts, COUNT[counted.group(1).lower()], end)
                if run:
                    groups.setdefault(found.group("name"), (run, edge, found.end()))
        if not groups:
            return gaz
        added: list[GazMatch] = []
        for name, (members, lo, hi) in groups.items():
            if any(m.start < hi and lo < m.end and text.startswith(name, m.start) for m in gaz):
                continue  # a name the gazetteer knows
            for found in re.finditer(rf"\b{re.escape(name)}\b", text):
                if lo <= found.start() < hi:
                    continue  # the definition itself, its members named
                added.extend(GazMatch(found.start(), found.end(), "actor", m) for m in members)
        return sorted([*gaz, *added], key=lambda m: m.start)

    def _counted_run(
        self, gaz: list[GazMatch], starts: list[int], count: int, end: int
    ) -> tuple[list[str], int]:
        """The last list of ``count`` states named in the 600 characters before ``end``, and
        where it starts."""
        i = bisect.bisect_left(starts, end) - 1
        while i >= 0 and gaz[i].start >= end - 600:
            run, edge = self._member_run(gaz, i, gaz[i].end, -1)
            if len(run) == count:
                return run, edge
            i -= 1
        return [], end

    def _member_run(self, gaz: list[GazMatch], i: int, at: int, step: int) -> tuple[list[str], int]:
        """The three or more distinct states listed from ``gaz[i]`` (which must sit at ``at``)
        on, forwards (``step`` 1) or backwards (-1), one after another, and where the list
        ends (or, backwards, starts)."""
        if not 0 <= i < len(gaz):
            return [], at
        gap = self._text[at : gaz[i].start] if step > 0 else self._text[gaz[i].end : at]
        if gap.strip() not in {"", "the"}:
            return [], at
        members: list[str] = []
        last = None
        while 0 <= i < len(gaz):
            m = gaz[i]
            if m.kind != "actor" or self.gaz.kind(m.name) != "state" or m.name in members:
                break
            if last is not None:
                lo, hi = (last.end, m.start) if step > 0 else (m.end, last.start)
                if hi - lo > 11 or not _MEMBER_GAP.fullmatch(self._text, lo, hi):
                    break
            members.append(m.name)
            last = m
            i += step
        if len(members) < 3 or last is None:
            return [], at
        return members, last.end if step > 0 else last.start

    def _agents(
        self, core: list[tuple[GazMatch, str]], s0: int, slow: str, ts: int, te: int
    ) -> set[int]:
        """The names listed after "by" right after a proposal's verb ("put forward on Sept. 12
        by A, B and C"), or after its recipients when the verb is passive ("was handed to the
        army on Monday by the US envoy"): its authors (``id`` of each match)."""
        out: set[int] = set()
        behalf = (
            _ON_BEHALF.search(slow, te, te + _BEHALF_REACH) if "behalf of" in slow[te:] else None
        )
        if behalf is not None:
            # "was handed over on Monday by the envoy, on behalf of the Troika": the principals
            out |= self._listed(core, s0, slow, behalf.end())
        if " by " not in slow[te : te + _PASSIVE_AGENT_REACH]:
            return out
        by = _AGENT_BY.match(slow, te) if " by " in slow[te : te + 45] else None
        if by is None and (
            _PASSIVE_TRIGGER.search(slow, ts, te) or PASSIVE_AUX.search(slow, max(0, ts - 16), ts)
        ):
            by = _LATER_BY.match(slow, te)
        if by is not None:
            out |= self._listed(core, s0, slow, by.end())
        return out

    @staticmethod
    def _listed(core: list[tuple[GazMatch, str]], s0: int, slow: str, at: int) -> set[int]:
        """The names listed from ``at`` on ("the so-called Quad -- A, B and C")."""
        out: set[int] = set()
        gap = _AGENT_GAP
        last = None
        for m, _ in core:
            a = m.start - s0
            if a < at:
                if last is not None and (m.start, m.end) == (last.start, last.end):
                    out.add(id(m))  # a grouping read as its members: all of them
                continue
            if not gap.fullmatch(slow, at, a):
                break
            out.add(id(m))
            last = m
            at = m.end - s0
            gap = _MEMBER_GAP
        return out

    def authors(self, hits: list[GazMatch], s0: int, slow: str, te: int) -> list[GazMatch]:
        """The authors of what an acceptance or a refusal (trigger ending at ``te``) takes up or
        refuses, listed after "proposed by" and the like right after it ("accepted the truce
        proposed by the so-called X -- A, B and C"): the proposer, a party to the acceptance
        (devset README) and the party refused."""
        if " by " not in slow[te : te + 110]:
            return []
        by = _AUTHORED_BY.match(slow, te)
        if by is None:
            return []
        core = [(m, "") for m in hits]
        ids = self._listed(core, s0, slow, by.end())
        behalf = _ON_BEHALF.search(slow, by.end(), by.end() + _BEHALF_REACH)
        if ids and behalf is not None:
            # "presented by the envoy on behalf of the X": its principals as well
            ids |= self._listed(core, s0, slow, behalf.end())
        return [m for m in hits if id(m) in ids]

    def addressed_backers(self, gaz: list[GazMatch], te: int, near: int = 40) -> list[GazMatch]:
        """The backers named as a modifier of what a rejection or an acceptance (trigger ending
        at ``te``) refuses or takes up ("rejected the latest EU-backed offer", "agreed to the
        UN-sponsored plan"): the party addressed. Elsewhere such a modifier names no party
        (``is_attribute``: "talks on the EU-backed plan resumed"), so these are the one
        exception, added back to the parties of that trigger alone."""
        return [
            m
            for m in gaz
            if m.kind == "actor"
            and te <= m.start <= te + near
            and _AUTHOR_AFTER.match(self._text, m.end)
        ]

    def _named_before(self, at: int, gaz: list[GazMatch]) -> Iterator[GazMatch]:
        """The names before ``at``, the latest first: those of its sentence (``gaz``), then those
        of the sentences before it."""
        yield from reversed([m for m in gaz if m.end <= at])
        for _, hits in reversed(self.named):
            yield from reversed(hits)

    def _last_group(self, at: int, gaz: list[GazMatch]) -> str | None:
        """The armed group (not a state's army) named last before ``at``."""
        for m in self._named_before(at, gaz):
            if (
                m.kind == "actor"
                and self.gaz.kind(m.name) == "group"
                and m.name != "Sudanese Armed Forces"
                and not not_party(self._text, m)
            ):
                return m.name
        return None

    def separate_calls(
        self, slow: str, s0: int, te: int, hits: list[GazMatch], day: dt.date | None
    ) -> list[set[str]]:
        """The parties called one by one after a call trigger ending at ``te``: "held separate
        calls with A and B", "spoke by phone with A, and then with B" are a call with A and another
        with B. Each group holds the names of one called side (people, their states); [] unless
        two or more sides with different states were called apart."""
        first = _CALLED_WITH.match(slow, te)
        if first is None:
            return []
        # ("held separate phone calls with", "spoke separately by phone with"; not "In a separate
        # development, X spoke by phone with")
        apart = "separate" in slow[max(0, te - 25) : first.end()]
        groups: list[tuple[set[str], set[str]]] = []  # (names, states) of each side called
        pos = first.end()
        for m in hits:
            a = m.start - s0
            if m.kind != "actor" or a < pos or not_party(self._text, m):
                continue
            gap = slow[pos:a]
            names = {m.name, *self.gaz.affiliated(m.name, day)}
            states = {n for n in names if self.gaz.kind(n) != "person"}
            if not groups:
                if len(gap) > 60:
                    return []
                groups.append((names, states))
            elif _AND_WITH.search(gap) or (apart and (" and " in gap or gap.strip() == ",")):
                # ("Pakistani Deputy Prime Minister and Foreign Minister Ishaq Dar": one side.)
                last_names, last_states = groups[-1]
                if states <= last_states or last_states <= states:
                    last_names.update(names)
                    last_states.update(states)
                else:
                    groups.append((names, states))
            elif len(gap) > 40 or CLAUSE_SEP.search(gap) or any(c in gap for c in ";:("):
                break
            else:  # "Pakistan's army chief, General X": the same side
                groups[-1][0].update(names)
                groups[-1][1].update(states)
            pos = m.end - s0
        if len(groups) < 2 or not all(states for _, states in groups):
            return []
        return [names for names, _ in groups]

    def states(self, names: Iterable[str], day: dt.date | None) -> set[str]:
        """The states, groups and organisations ``names`` stood for on ``day``."""
        out: set[str] = set()
        for name in names:
            out.update(self.gaz.affiliated(name, day))
        return out

    def main_pair(
        self, matches: list[GazMatch], sentences: list[Sentence], pub: dt.date | None
    ) -> list[str]:
        counts: Counter[str] = Counter()
        prose = [(s.start, s.end) for s in sentences if s.prose]
        i = 0
        for m in matches:
            if m.kind != "actor":
                continue
            while i < len(prose) and prose[i][1] <= m.start:
                i += 1
            if i >= len(prose) or m.start < prose[i][0]:
                continue
            person = self.gaz.kind(m.name) == "person"
            for name in self.gaz.affiliated(m.name, pub):
                kind = self.gaz.kind(name)
                if kind != "person":
                    # The UN, the ICRC, the EU are most often the mediators of a pair's dispute,
                    # named as often as the pair: "both sides" means the states and armed groups
                    # (an organisation's mention counts half; so does a person's: envoys and
                    # presidents speak for the mediators as often as for the parties).
                    counts[name] += 1 if kind == "organisation" or person else 2
        self._counts = counts
        self._ranking = [name for name, _ in counts.most_common()]
        return self._ranking[:2]

    def addressed_sides(self, sides: list[str], speakers: set[str]) -> list[str]:
        """The two sides "both sides" stands for when ``speakers`` address them ("the envoy
        urged both sides to"): the two sides of a listed dispute (``conflict_pairs``) the
        article names most, neither of them a speaker; else the main pair less the speakers."""
        best: tuple[int, list[str]] | None = None
        for conflict in self._conflict_pairs:
            if conflict & speakers or not conflict <= self._counts.keys():
                continue
            weight = min(self._counts[name] for name in conflict)
            if best is not None and (army := self._army_reading(conflict, frozenset(best[1]))):
                # Two readings of one war, a state's or its army's ("Sudan and the RSF", "the
                # army and the RSF"): the warring parties are the armies.
                if army is conflict:
                    best = (weight, sorted(conflict, key=lambda n: -self._counts[n]))
                continue
            if best is None or weight > best[0]:
                best = (weight, sorted(conflict, key=lambda n: -self._counts[n]))
        if best is not None:
            return best[1]
        return self.sides_without(sides, speakers)

    def _army_reading(self, one: frozenset[str], other: frozenset[str]) -> frozenset[str] | None:
        """Of two pairs of sides sharing one side, the one whose other side is the army of the
        other's state (an alias of the group names the state: "Sudan's army"), if so."""
        shared = one & other
        if len(shared) != 1:
            return None
        (a,) = one - shared
        (b,) = other - shared
        for army, state, pair in ((a, b, one), (b, a, other)):
            if self.gaz.kind(army) == "group" and self.gaz.kind(state) == "state":
                spec = self.gaz.actors.get(army)
                if spec is not None and any(state in alias for alias in spec.aliases):
                    return pair
        return None

    def sides_without(self, sides: list[str], others: set[str]) -> list[str]:
        """The two sides "both sides" stands for in a sentence that names ``others`` as its
        source or go-between ("the two sides will swap 100 captives each, the US envoy said"):
        not those, but the sides next in the article's ranking."""
        if not others.intersection(sides):
            return sides
        kept = [n for n in sides if n not in others]
        for name in self._ranking:
            if len(kept) >= 2:
                break
            if name not in others and name not in kept and self.gaz.kind(name) != "organisation":
                kept.append(name)
        return kept

    def recent_pair(
        self, drafts: list[Draft], index: int, event_type: str, at: int | None = None
    ) -> list[str]:
        """ "The two presidents", "both sides": the two parties of the happening just reported
        (the same type first), if one of the last sentences, or one earlier in the paragraph of
        the sentence starting at ``at``, reported one."""
        found: list[str] = []
        for d in reversed(drafts):
            if d.order < index - 3 and (
                at is None or not d.evidence or "\n" in self._text[d.evidence[0].start : at]
            ):
                break
            states = self._party_states(d, {"participant", "initiator", "target"})
            if len(states) != 2:
                continue
            if any(self.gaz.kind(a) == "organisation" for a in states):
                # "to meet officials of the ICRC ... talks between the two countries": a state
                # and the body it deals with are no pair of sides.
                continue
            if d.type == event_type:
                return states
            found = found or states
        return found

    def recent_group(self, drafts: list[Draft], count: int, current: int) -> list[str]:
        """ "The three delegations", "the trilateral session": the states of the latest event,
        or else of the latest sentence, with that many parties (events of sentence ``current``
        itself are no earlier mention)."""
        drafts = [d for d in drafts if d.order < current]
        if count >= 3:
            # "... proposed by A, B, C and D. In a statement, X said ... The four countries
            # set out their plan on 2 March": a list of that many states in the sentences just
            # before, whatever was told since.
            for index, gaz in reversed(self.named):
                if index < current - 3:
                    break
                if index < current and (run := self._list_of(gaz, count)):
                    return run
        for index, gaz in reversed(self.named):
            if count >= 3 and index < current and (run := self._list_of(gaz, count)):
                # "a plan by A, B, C and D ... The four countries, known as the Quad, called for
                # ...": a list of that many states, in a sentence that may name more
                return run
            if drafts and drafts[-1].order >= index:
                break
            states = self._named_states(gaz)
            if len(states) == count:
                return states
        for d in reversed(drafts):
            states = self._party_states(d, {"participant", "initiator"})
            if len(states) == count:
                return states
        return []

    def _list_of(self, gaz: list[GazMatch], count: int) -> list[str]:
        """The first list of ``count`` states one after another in a sentence's names, if any."""
        for i, m in enumerate(gaz):
            run, _ = self._member_run(gaz, i, m.start, 1)
            if len(run) == count:
                return run
        return []

    def party_states(self, names: Iterable[str], day: dt.date | None) -> set[str]:
        """The states, groups and organisations (not people) ``names`` stood for on ``day``."""
        return {a for a in self.states(names, day) if self.gaz.kind(a) != "person"}

    def _party_states(self, d: Draft, roles: set[str]) -> list[str]:
        """The states and groups (not people) behind the draft's actors in ``roles``, sorted."""
        return sorted(
            self.party_states((n for n, r in d.actors.items() if r in roles), d.date.start)
        )

    def _named_states(self, gaz: list[GazMatch]) -> list[str]:
        """The states and groups a sentence names as parties (not as a setting: "in Ukraine")."""
        text, day = self._text, self._pub
        out: set[str] = set()
        for m in gaz:
            if m.kind != "actor" or not_party(text, m):
                continue
            out.update(a for a in self.gaz.affiliated(m.name, day) if self.gaz.kind(a) != "person")
        return sorted(out)

    def actors(
        self,
        s0: int,
        slow: str,
        hits: list[GazMatch],
        attribution: list[tuple[int, int]],
        ts: int,
        te: int,
        event_type: str,
        pair: list[str],
        resolved: dates_mod.ResolvedDate | None,
        pub: dt.date | None,
    ) -> dict[str, str]:
        day = resolved.start if resolved else pub
        core: list[tuple[GazMatch, str]] = []
        sources: list[tuple[GazMatch, str]] = []
        for m in hits:
            a = m.start - s0
            role = self.role(m, event_type, a, ts)
            in_attr = any(x <= a < y for x, y in attribution)
            (sources if in_attr and role not in {"mediator", "host"} else core).append((m, role))
        if event_type in CONTENT_TYPES | {"rejection"} and not PASSIVE_AUX.search(
            slow, max(0, ts - 16), ts
        ):
            # The party asked or refused is the object right after the verb ("urged Ukraine
            # to", "demanded that Moscow"); names deeper in the complement are its content
            # ("refused any stationing of peacekeepers from EU states in Chile").
            kept: list[tuple[GazMatch, str]] = []
            # ("asked the Chilean leader not to": a trigger that wraps the party addressed; the
            # names after it are the content.)
            # (Not "reiterated Moscow's demand that": a possessive names who demands.)
            first_after = not any(
                ts < m.start - s0 < te and not slow.startswith(("'s", "’s"), m.end - s0)
                for m, _ in core
            )
            addressee_end = -1  # where the party addressed (and those listed with it) ends
            agents = self._agents(core, s0, slow, ts, te) if event_type == "proposal" else set()
            authors = (
                {id(m) for m in self.authors([m for m, _ in core], s0, slow, te)}
                if event_type == "rejection"
                else set()
            )
            span = (-1, -1)  # the span of the name decided last
            for m, role in core:
                a = m.start - s0
                if (m.start, m.end) == span:
                    # A grouping read as its members ("the Quad"): one span, one decision.
                    if kept and (kept[-1][0].start, kept[-1][0].end) == span:
                        kept.append((m, kept[-1][1]))
                    continue
                span = (m.start, m.end)
                if id(m) in agents:
                    kept.append((m, "initiator"))
                    first_after = False
                    continue
                if a >= te and m.kind != "pair" and role not in {"mediator", "host"}:
                    # "urged Russia and Ukraine to", "was handed to the army and the RSF",
                    # "rejected calls from Chile, Peru and Bolivia": the names listed with the
                    # first one addressed are addressed as well.
                    direct = (
                        first_after
                        and (
                            a - te <= 25
                            or _ADDRESSEE_LIST_LEAD.fullmatch(slow, te, a) is not None
                            # "proposed on Saturday that officials from A, B and C sit down":
                            # the that-clause's subject is asked
                            or (
                                event_type in CONTENT_TYPES
                                and (that := slow.find(" that ", te - 1, te + 25)) >= 0
                                and _THAT_SUBJECT.fullmatch(slow, that + 6, a) is not None
                            )
                        )
                    ) or (
                        addressee_end >= 0
                        and _MEMBER_GAP.fullmatch(slow, addressee_end, a) is not None
                    )
                    first_after = False
                    addressee_end = m.end - s0 if direct else -1
                    if (
                        not direct
                        and id(m) not in authors
                        and not _WITH_BEFORE.search(slow, max(0, a - 6), a)
                        and not (
                            event_type == "rejection"
                            and (
                                (
                                    " by " in slow[max(0, a - 30) : a]
                                    and _AUTHOR_BEFORE.search(slow, max(0, a - 40), a)
                                )
                                or _AUTHOR_AFTER.match(slow, m.end - s0)
                            )
                        )
                    ):
                        continue
                kept.append((m, role))
            if event_type in CONTENT_TYPES:
                # "The UN envoy urged both sides to free all detainees": "both sides" or "the
                # warring parties" addressed are the article's two sides (devset README), but
                # not the appeal's speaker's: "The Ruritanian president urged both sides to
                # hold fire" (a mediator speaking) addresses the other two.
                # ("projects for residents on both sides": a place, not a party.)
                kept = [
                    (m, r)
                    for m, r in kept
                    if m.kind != "pair"
                    or m.start - s0 < ts
                    or (
                        m.start - s0 - te <= _PAIR_ADDRESSED_REACH
                        and not _PLACE_BEFORE_PAIR.search(
                            slow, max(0, m.start - s0 - 16), m.start - s0
                        )
                    )
                ]
                if any(m.kind == "pair" and m.start - s0 >= ts for m, _ in kept):
                    speakers = [m.name for m, r in kept if m.kind != "pair" and m.start - s0 < ts]
                    speakers += [m.name for m, _ in sources if m.start - s0 < ts]
                    pair = self.addressed_sides(pair, self.party_states(speakers, day))
                    kept = [
                        (m, "target" if m.kind == "pair" and m.start - s0 >= ts else r)
                        for m, r in kept
                    ]
            if _SECOND_PREDICATE.search(slow, max(0, ts - 14), ts):
                kept = self._without_reacted_to(kept, sources, s0, slow, ts)
            core = kept
        if event_type == "statement":
            # "In a statement, X said the talks with Y had been productive": the statement is
            # X's; the parties it speaks of are its content.
            # ("X said on Monday in a statement that ..."; not "X said that Y, in a statement on
            # 4 March, ...": that statement is Y's).
            core += sources
            verb = _STATEMENT_VERB.search(slow)
            opener = _IN_STATEMENT.match(slow) if ts <= 3 else None
            until = _SUBJECT_VERB.search(slow, opener.end()) if opener is not None else None
            issuer = (
                [(m, r) for m, r in core if opener.end() <= m.start - s0 < until.start()]
                if opener is not None and until is not None
                else []
            )
            if (
                issuer
                and opener is not None
                and min(m.start - s0 for m, _ in issuer) - opener.end() <= 12
            ):
                # "In a statement released on Thursday, X's foreign ministry rejected ...": the
                # statement is the subject's, named right after the opener.
                core = issuer
            elif (
                opener is not None
                and until is not None
                and slow[opener.end() : until.start()].strip() in _PRONOUNS
            ):
                # "In a joint statement, they said they would speed up work on the route to
                # Azerbaijan": the issuers are those told of before, not the names said.
                core = []
            elif slow.startswith(("issued ", "released ", "published "), ts) or (
                "adopted " in slow[max(0, ts - 14) : ts] and _ADOPTED_BEFORE.search(slow, 0, ts)
            ):
                # "the coalition issued a joint statement pledging guarantees for Ukraine, while
                # Britain and France ...": the subject issued it; later names are its content.
                before = [(m, r) for m, r in core if m.start - s0 < ts]
                # ("The premier's office in the capital issued a statement saying X demanded
                # that Y ...": the office's.)
                speaker = [] if before else self._office_issuer(slow, max(0, ts - 60), ts, s0, day)
                if speaker:
                    return dict.fromkeys(speaker, "participant")
                core = before or core
            elif (source := _STATEMENT_SOURCE.match(slow, te)) is not None and (
                issuer := [
                    (m, r) for m, r in core if source.end() <= m.start - s0 < source.end() + 8
                ]
            ):
                # "According to a statement from the Foreign Ministry of Peru, its envoy told
                # Chile that ...": the statement is the one named after "from".
                core = issuer
            elif (verb is not None and (verb.start() >= te or ts - verb.end() <= 30)) or (
                opener is not None and until is not None
            ):
                verb_at = verb.start() if verb is not None else until.start()  # type: ignore[union-attr]
                issuer = [
                    (m, r)
                    for m, r in core
                    if m.start - s0 < verb_at and _may_issue(slow, m.start - s0, verb_at)
                ]
                # "Peru and Chile agreed to reopen the crossing, the OAS said in a statement":
                # the subject of the verb after the last comma, not the names of the clause
                # reported before it (not so after a name: "the leaders of Peru, Chile and
                # Bolivia said" lists its issuers).
                comma = slow.rfind(", ", 0, verb_at)
                own_clause = [(m, r) for m, r in issuer if m.start - s0 > comma]
                if own_clause and not any(0 <= comma - (m.end - s0) <= 1 for m, _ in issuer):
                    issuer = own_clause
                # ("In a statement on Friday, the cabinet press office called it a
                # distraction and said ...": the subject after the opener.)
                lo, hi = (
                    (opener.end(), until.start())
                    if opener is not None and until is not None
                    else (max(0, verb_at - 60), verb_at)
                )
                speaker = [] if issuer else self._office_issuer(slow, lo, hi, s0, day)
                if speaker:
                    return dict.fromkeys(speaker, "participant")
                core = issuer or core
        elif not core:
            core += sources
        elif event_type in ENCOUNTER_TYPES:
            # "Putin told Trump during a phone call that ...", "X said he had spoken by phone
            # with Y", "X said his team would meet Y": the speaker took part (not so in "X said
            # that Y and Z met").
            lead = next((y for x, y in attribution if x == 0), None)
            if (
                lead is not None
                and lead <= ts
                and (" that " not in slow[lead:ts] or _OWN_TEAM.match(slow, lead))
                # ("The White House said the board's committee will meet in Cairo": the
                # clause's own subject meets, not the speaker.)
                and not _SAID_THE.search(slow, max(0, lead - 8), lead + 5)
            ):
                core += [(m, "participant") for m, _ in sources if m.start - s0 < lead]
        elif event_type == "demand" and slow.startswith("must ", ts):
            # "Peskov said that Kyiv must withdraw its troops": the speaker demands it of the
            # subject.
            core = [(m, "target" if m.start - s0 < ts else r) for m, r in core]
            core += [(m, "initiator") for m, _ in sources]
        elif event_type in CONTENT_TYPES | {"agreement", "rejection"}:
            # "X said it had agreed", "X wrote ... and urged Y": no party between the reporting
            # verb and the trigger, so the speaker is the one who agreed or urged.
            lead = next((y for x, y in attribution if x == 0), None)
            if lead is not None and lead <= ts:
                between = [m for m, _ in core if lead <= m.start - s0 < ts]
                if between and _PARTICIPLE_AFTER_COMMA.match(slow, max(0, ts - 2)):
                    # "X said talks would go on with Y, rejecting the offer of Z": the one
                    # who speaks rejects; the names of what was said are its content.
                    between = []
                    core = [(m, r) for m, r in core if not lead <= m.start - s0 < ts]
                if not between:
                    core += [(m, "initiator") for m, _ in sources if m.start - s0 < lead]
                elif _OWN_SUBJECT.search(slow, max(lead, ts - 50), ts):
                    # "X said the plan drafted by Y was unfair and that his government rejected
                    # it": the speaker's side refused; the names before are what it spoke of.
                    core = [(m, "target" if lead <= m.start - s0 < ts else r) for m, r in core] + [
                        (m, "initiator") for m, _ in sources if m.start - s0 < lead
                    ]
        if any(m.kind == "pair" for m, _ in core):
            # ("Umerov said the two sides agreed": a side's own negotiator may speak of both.)
            aside = [m.name for m, _ in sources if self._is_envoy(m.name, day)] + [
                m.name for m, role in core if role in {"mediator", "host"}
            ]
            pair = self.sides_without(pair, self.party_states(aside, day))
        actors: dict[str, str] = {}
        for m, role in core:
            names = pair if m.kind == "pair" else [m.name]
            for name in names:
                add_role(
                    actors, name, role if m.kind != "pair" or role == "target" else "participant"
                )
                for aff in self.gaz.affiliated(name, day):
                    if aff != name:
                        add_role(actors, aff, role)
        return actors

    @staticmethod
    def _without_reacted_to(
        core: list[tuple[GazMatch, str]],
        sources: list[tuple[GazMatch, str]],
        s0: int,
        slow: str,
        ts: int,
    ) -> list[tuple[GazMatch, str]]:
        """``core`` less the names, before an appeal or refusal told as a second predicate, that
        lie in the object of the subject's first verb of reaction: "Egypt welcomed the RSF
        announcement, calling on ...", "X said it had received guarantees from Y and called on
        ..." (the RSF, Y: what the subject reacted to, not who appeals; the subject may be the
        speaker)."""
        before = sorted(m.start - s0 for m, _ in [*core, *sources] if m.start - s0 < ts)
        if len(before) < 2:
            return core
        verb = _REACTED.search(slow, before[0], ts)
        if verb is None:
            return core
        return [(m, r) for m, r in core if not verb.end() <= m.start - s0 < ts]

    def complete_sides(
        self,
        actors: dict[str, str],
        pair: list[str],
        day: dt.date | None,
        sole_opponent: Callable[[str], str | None] = lambda side: None,
    ) -> None:
        """Add the sides of ``pair`` to ``actors`` (a swap's) when fewer than two states or
        groups take part in it and the one that does, if any, is of the pair; when that one
        has a sole opponent (``sole_opponent``) the pair's other name is not, the opponent."""
        sides = {
            a
            for a in self.party_states(
                (n for n, r in actors.items() if r not in {"mediator", "host"}), day
            )
            if self.gaz.kind(a) != "organisation"
        }
        if len(sides) == 1 and sides <= set(pair):
            (side,) = sides
            opponent = sole_opponent(side)
            if opponent is not None and opponent not in pair:
                actors.setdefault(opponent, "participant")
                return
        if len(sides) < 2 and sides <= set(pair):
            for name in pair:
                actors.setdefault(name, "participant")

    def _is_envoy(self, name: str, day: dt.date | None) -> bool:
        """Whether ``name`` was a go-between's envoy on ``day`` (a role titled "envoy")."""
        return any("envoy" in role.lower() for _, role in self.gaz.roles(name, day))

    def _office_holder(self, title: str, before: int, day: dt.date | None) -> list[str]:
        """The actors of the person named last before ``before`` who held ``title`` ("prime
        minister", "envoy"; any minister for a bare "the ministry")."""
        title = title.replace("’", "'").strip()
        for _, matches in reversed(self.named):
            for m in reversed(matches):
                if m.start >= before or m.kind != "actor":
                    continue
                for actor, role in self.gaz.roles(m.name, day):
                    if (title and title in role) or (not title and "minister" in role):
                        return [actor]
                if (
                    not title
                    and self.gaz.kind(m.name) == "state"
                    and _MINISTRY_AFTER.match(self._lowered, m.end)
                ):
                    return [m.name]  # "Russia's Defence Ministry said ... the ministry said"
        return []

    def _office_issuer(
        self, slow: str, lo: int, hi: int, s0: int, day: dt.date | None
    ) -> list[str]:
        """The issuer of a statement whose subject, between ``lo`` and ``hi``, is an office ("The
        Prime Minister's Office said the talks had been useful"): the state of the official named
        last with that title, or else of the state whose government was named last ("Sudan's
        government ... the foreign ministry said"), not the parties the statement speaks of."""
        office = _OFFICE.search(slow, lo, hi)
        if office is None:
            return []
        seat = _SEAT_AFTER.match(self._text, s0 + office.end("office"))
        if seat is not None:
            words = seat.group(1)
            country = self.gaz.place_country.get(words) or self.gaz.place_country.get(
                words.split()[0]
            )
            if country is not None:
                return [country]
        title = office.group("title") or ""
        if title:
            return self._office_holder(title, s0, day) or self._organ_owner(s0)
        # ("Zenda welcomed the deal. The ministry said ...": the subject just before first.)
        return (
            self._subject_state_before(s0)
            or self._office_holder(title, s0, day)
            or self._organ_owner(s0)
        )

    def _subject_state_before(self, s0: int) -> list[str]:
        """The state the sentence before (ending right before ``s0``) opens with, as its
        subject: "Zenda welcomed the deal on Monday. The foreign ministry said ..." (Zenda's)."""
        if not self.named:
            return []
        first = self.named[-1][1][0]
        lead = self._text[max(0, first.start - 3) : first.start].strip()
        if (
            first.kind != "actor"
            or self.gaz.kind(first.name) != "state"
            or lead not in {"", ".", '"', "”"}
            or "\n" in self._text[first.end : s0].strip()
            or self._text.find(". ", first.end, s0) != self._text.rfind(". ", first.end, s0)
        ):
            return []
        return [first.name]

    def _organ_owner(self, before: int) -> list[str]:
        """The state whose government, ministry or presidency was named last before ``before``
        ("Sudan's army-aligned government", "the Russian Defence Ministry")."""
        for _, matches in reversed(self.named):
            for m in reversed(matches):
                if (
                    m.start < before
                    and m.kind == "actor"
                    and self.gaz.kind(m.name) == "state"
                    and (
                        _ORGAN_AFTER.match(self._lowered, m.end)
                        or self._lowered.endswith(_ORGANS, m.start, m.end)
                    )
                ):
                    return [m.name]  # (the gazetteer's "Sudan's army-aligned government")
        return []

    def role(self, m: GazMatch, event_type: str, a: int, ts: int) -> str:
        if m.kind == "pair":
            return "participant"
        key = (m.start, m.end)
        base = self._role_cache.get(key)
        if base is None:
            base = ""
            # Cheap keyword tests first: most mentions have no role cue around them.
            lo, hi = max(0, m.start - 60), m.end + 80
            gates = self._gates
            if (
                gates.may_match(_MEDIATOR_CUES_BEFORE, lo, m.start)
                and _MEDIATOR_BEFORE.search(self._text[lo : m.start])
            ) or (
                gates.may_match(_MEDIATOR_CUES_AFTER, m.end, hi)
                and _MEDIATOR_AFTER.search(self._text[m.end : hi])
            ):
                base = "mediator"
            elif gates.may_match(_HOST_CUES, lo, hi) and (
                _HOST_BEFORE.search(self._text[lo : m.start])
                or _HOST_AFTER.search(self._text[m.end : hi])
            ):
                base = "host"
            if (
                not base
                and self._text.startswith(", ", m.start - 2)
                # (the state's own name: not "In Paris, Syrian officials met ...")
                and self._text[m.start : m.end] == m.name
                and self.gaz.kind(m.name) == "state"
                and _IN_TOWN_OF.search(self._text, max(0, m.start - 40), m.start)
            ):
                base = "host"  # "agreed in Ohrid, North Macedonia": the venue's state
            self._role_cache[key] = base
        if base:
            return base
        if event_type in {"demand", "rejection", "proposal"}:
            return "initiator" if a < ts else "target"
        return "participant"

    def leaders_only(
        self,
        actors: dict[str, str],
        day: dt.date,
        phrase: str,
        roles: frozenset[str] = _LEADER_ROLES,
    ) -> bool:
        """Whether the people holding "talks" are heads of state or government of two states
        (a meeting, in this vocabulary) rather than negotiators (``roles``: the offices that
        count as such)."""
        if any(w in phrase for w in ("round", "delegation", "negotiat", "teams")):
            return False
        states: set[str] = set()
        people = 0
        for name, role in actors.items():
            if role not in {"participant", "initiator", "target"}:
                continue
            held = self.gaz.roles(name, day)
            if not held:
                continue
            people += 1
            leader = [a for a, r in held if _ACTING.sub("", r.lower()) in roles]
            if not leader:
                return False
            states.update(leader)
        return people >= 2 and len(states) >= 2

    def people_besides(
        self, actors: dict[str, str], day: dt.date, roles: frozenset[str] = _LEADER_ROLES
    ) -> bool:
        """Whether a person among the parties of ``actors`` held on ``day`` an office other than
        ``roles`` (a negotiator, an envoy)."""
        for name, role in actors.items():
            if role not in {"participant", "initiator", "target"}:
                continue
            held = self.gaz.roles(name, day)
            if held and not any(_ACTING.sub("", r.lower()) in roles for _, r in held):
                return True
        return False

    def title_parties(
        self,
        actors: dict[str, str],
        hits: list[GazMatch],
        s0: int,
        ts: int,
        event_type: str,
        resolved: dates_mod.ResolvedDate,
    ) -> tuple[list[str], list[str]]:
        """Names for a title: the parties before the trigger, and those after it ("with X")."""
        before: list[str] = []
        after: list[str] = []
        covered: set[str] = set()
        for m in hits:
            if m.kind == "pair":
                names = [n for n in actors if actors[n] == "participant"][:2]
            elif m.name in actors and actors[m.name] in {"participant", "initiator", "target"}:
                names = [m.name]
            else:
                continue
            for name in names:
                affs = set(self.gaz.affiliated(name, resolved.start)) - {name}
                if name in covered:
                    continue
                target = before if m.start - s0 < ts else after
                target.append(name)
                covered.add(name)
                covered.update(affs)
        covered_before = self._covered_by_people(before, resolved)
        before = [n for n in before if n not in covered_before]
        covered_after = self._covered_by_people(after, resolved)
        after = [n for n in after if n not in covered_after]
        if event_type in {"demand", "rejection", "proposal"}:
            initiators = [n for n in before if actors.get(n) == "initiator"]
            before = initiators or before
        if event_type not in ENCOUNTER_TYPES:
            if not before:
                before, after = after, []
            return before[:4], []
        if not before:
            before, after = after, []
        return before[:4], [n for n in after if n not in before][:3]

    def _covered_by_people(self, names: list[str], resolved: dates_mod.ResolvedDate) -> set[str]:
        out: set[str] = set()
        for name in names:
            if self.gaz.kind(name) == "person":
                out.update(set(self.gaz.affiliated(name, resolved.start)) - {name})
        return out


def _may_issue(slow: str, at: int, verb_at: int) -> bool:
    """Whether a name at ``at``, before a statement's verb at ``verb_at``, may be its issuer: not
    one quoted ('"... were handed over," the ministry said') nor one of a relative clause ("The
    M23, which is backed by Rwanda, said in a statement")."""
    if slow.count('"', 0, at) % 2 or slow.count('"', at, verb_at) % 2:
        return False
    if slow.rfind("“", 0, at) > slow.rfind("”", 0, at) or "”" in slow[at:verb_at]:
        return False
    relative = max(slow.rfind(", which ", 0, at), slow.rfind(", who ", 0, at))
    return relative < 0 or "," not in slow[at:verb_at]


def _definition_cues(lowered: str) -> Iterable[tuple[int, int]]:
    """Where a dash or ", which groups" and the like may follow a grouping's name."""
    for cue in (*_DASHES, *_CUE_WORDS):
        for at in _occurrences(lowered, cue):
            if cue in _DASHES or lowered.startswith(", ", at - 2):
                yield at, at + len(cue)
    # "the so-called Quad of A, B, C and D"
    for at in _occurrences(lowered, "so-called "):
        of = lowered.find(" of ", at, at + 50)
        if of > 0:
            yield of + 1, of + 3
    # "the Nordic group of A, B and C"
    for at in _occurrences(lowered, " group of "):
        yield at + 7, at + 9


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, occurrences not overlapping."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


def party_hits(text: str, stext: str, s0: int, gaz: list[GazMatch]) -> list[GazMatch]:
    """The sentence's names that may be parties: actors and "both sides" phrases, less those
    named as a setting or an attribute (``not_party``) and those present or backing only
    ("with the support of X") or inside an appositive ("the Houthis, a militia backed by Iran,")."""
    bystanders = (
        [(s0 + b.start(), s0 + b.end()) for b in _BYSTANDER.finditer(stext)]
        if "with" in stext  # every match starts with "with"
        else []
    )
    if ", a" in stext:
        # "the rebels, a Peruvian militia funded by Bolivia,": the appositive describes a party
        # already named; the names inside it take no part.
        ends = {m.end - s0 for m in gaz if m.kind == "actor"}
        bystanders += [
            (s0 + b.start(), s0 + b.end()) for b in _APPOSITIVE.finditer(stext) if b.start() in ends
        ]
    actor_hits = [
        m
        for m in gaz
        if not (bystanders and any(x <= m.start < y for x, y in bystanders))
        and (m.kind == "pair" or (m.kind == "actor" and not not_party(text, m)))
    ]
    if any(m.kind == "pair" for m in actor_hits):
        # "X and Y signed a declaration, and their foreign ministers initialled the treaty":
        # a possessive pair after names of the sentence stands for them, not the article's pair.
        first_actor = next((m.start for m in actor_hits if m.kind == "actor"), None)
        actor_hits = [
            m
            for m in actor_hits
            if not (
                m.kind == "pair"
                and first_actor is not None
                and first_actor < m.start
                and text.startswith(("their ", "Their "), m.start)
            )
        ]
    return actor_hits


def not_party(text: str, m: GazMatch) -> bool:
    """An actor named as a setting ("the war in Ukraine") or as an attribute (below)."""
    return named_as_setting(text, m.start) or is_attribute(text, m)


def named_as_setting(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows "in", "across", "the border with", "between ... and"
    (``_IN_COUNTRY`` in the 45 characters before it), searched only when those characters end
    with one of its last words or hold "between" or "border" (not where an envoy is sent:
    ``sent_envoy``)."""
    lo = max(0, start - 45)
    before = text[lo:start]
    if not (
        before.rstrip().endswith(_SETTING_LAST_WORDS) or "between" in before or "border" in before
    ):
        return False
    m = _IN_COUNTRY.search(text, lo, start)
    return m is not None and not sent_envoy(text, m)


def sent_envoy(text: str, m: re.Match[str]) -> bool:
    """Whether a match of ``_IN_COUNTRY`` is an envoy sent somewhere ("sent its envoy to
    Ruritania": where the envoy goes, a party to the visit), not an envoy's posting."""
    return m.group().lower().startswith(("envoy", "ambassador")) and (
        _SENT_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None
    )


def is_attribute(text: str, m: GazMatch) -> bool:
    """A demonym describing a noun ("Palestinian prisoners", "Russian gas") or a backer
    named as a modifier ("the US-backed plan"), not a party."""
    if text.startswith("-", m.end) and _BACKED.match(text, m.end):
        return True
    surface = text[m.start : m.end]
    if surface.lower() == m.name.lower() or not surface[-1:].isalpha():
        return False
    if text.startswith(" and ", m.end) and (
        other := _NEXT_DEMONYM.match(text, m.end + 5, m.end + 30)
    ):
        # "Saudi and Sudanese nationals": the first of two demonyms describes the noun as well
        # ("Russian and Ukrainian prisoners"), unless "between" opposes the two as sides.
        if _BETWEEN.search(text, max(0, m.start - 9), m.start) and _ARMED_NOUN.match(
            text, other.end(), other.end() + 20
        ):
            return False
        return bool(_ATTRIBUTE_NOUN.match(text, other.end(), other.end() + 40))
    if (
        _ARMED_NOUN.match(text, m.end, m.end + 20)
        and _BETWEEN.search(text, max(0, m.start - 30), m.start)
        and _COORDINATED_BEFORE.search(text, max(0, m.start - 25), m.start)
    ):
        return False  # "a truce between Russian and Ukrainian forces": the two sides
    return bool(_ATTRIBUTE_NOUN.match(text, m.end, m.end + 40))


def attribution_spans(
    slow: str,
    triggers: list[TriggerMatch],
    s0: int,
    gates: Gates,
    names: Iterable[GazMatch] = (),
) -> list[tuple[int, int]]:
    """The spans of the sentence that name its sources: a tail (", X said"), a lead ("X said
    that") and "according to ..."; ``gates``: holding ``GATED_PATTERNS``, read for the article;
    ``names`` are the sentence's actors (a comma between two of them, "the Chilean, Spanish and
    Peruvian teams", is a list's, not the tail's)."""
    spans = []
    first = triggers[0].start - s0
    last = triggers[-1].end - s0
    s1 = s0 + len(slow)
    comma = _CLAUSE_COMMA.search(slow, last)
    if comma is not None:
        ends = {m.end - s0 for m in names if m.kind == "actor"}
        starts = {m.start - s0 for m in names if m.kind == "actor"}
        while (
            comma is not None
            and comma.start() in ends
            and (
                comma.end() in starts
                or (slow.startswith("the ", comma.end()) and comma.end() + 4 in starts)
            )
        ):
            comma = _CLAUSE_COMMA.search(slow, comma.end())
    if (
        comma
        and gates.may_match(_ATTRIBUTION_TAIL, s0 + comma.end(), s1)
        and _ATTRIBUTION_TAIL.search(slow, comma.end())
    ):
        spans.append((comma.start(), len(slow)))
    # The report's verb precedes the first verbal trigger ("X, who opened the session, said
    # the parties had agreed"): a noun in a relative clause before it is no clause of its own.
    first = next(
        (
            t.start - s0
            for t in triggers
            if t.strength == "verbal" and not RELATIVE_OPEN.search(slow, 0, t.start - s0)
        ),
        first,
    )
    lead = REPORTING.search(slow, 0, first) if gates.may_match(REPORTING, s0, s0 + first) else None
    if lead and RELATIVE_OPEN.search(slow, 0, lead.start()):
        lead = None
    if lead:
        spans.append((0, lead.end()))
    acc = _ACCORDING.search(slow) if "according" in slow else None
    if acc:
        lead_end = slow.find(", ", acc.end()) if acc.start() <= 2 else -1
        if lead_end > 0 and any(m.kind == "actor" and m.start - s0 > lead_end for m in names):
            # "According to X, the other side demanded ...": X is the source when the clause
            # after it names parties of its own (not "According to X, the three discussed ...").
            spans.append((acc.start(), lead_end))
        else:
            spans.append((acc.start(), len(slow)))  # "..., according to X"
    return spans
