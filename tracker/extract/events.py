"""Event assembly: triggers + actors + dates + places per sentence, then within-article merging.

Decisions (documented here because they shape what an analyst sees):

- A verbal trigger ("held talks") reports an event; a nominal one ("the ceasefire") only when no
  verbal trigger of another type precedes it in the sentence (otherwise it is what was agreed,
  demanded, rejected...) and the sentence dates it; otherwise it only adds evidence to an event of
  the same type found elsewhere in the article. Definite mentions ("the talks") only add evidence.
- Dates: the anchoring date expression nearest the trigger, resolved with the clause's tense. A
  sentence without one takes the article's date (``date_source = "article"``: the day its lead
  establishes, else the publication day) when it narrates the news (present, present perfect or
  simple past), never when it is future, background (past perfect outside reported speech,
  "previously") or the event is planned; once the story has moved on to a later day (up to the
  publication day), a simple-past report tells that day, and a person told of on an earlier day
  in the sentences just before goes on speaking on that day. Events with no resolvable date are
  dropped.
- A future-tense trigger is a planned event; it needs a future date (or is dropped).
- Negated, hypothetical and question sentences report nothing; captions and boilerplate are
  skipped by the sentence splitter.
- Actors in an attribution ("..., Fidan said", "according to ...") are sources, not parties, and
  are left out when other actors remain. "Both sides" resolves to the article's two most-mentioned
  parties. A person yields their own entry and the actors they were affiliated with on the date.
- A sentence whose subject is a pronoun ("They also spoke with Trump") continues the previous
  one: it inherits that sentence's day and subject. Under a "Background" heading only explicitly
  dated sentences report events. A demonym describing a noun ("Palestinian prisoners", "Russian
  gas") is not a party; a ceasefire or swap with no named party involves the article's main pair.
- A date belongs to the nearest trigger that can own one (not a noun that is the object of an
  earlier verb); a date inside a proposal's or demand's complement ("suggested they begin on
  Thursday") dates the proposed action, not the proposal.
- Mentions of one happening (same type, compatible date, overlapping parties and, for agreements,
  proposals, demands and rejections, overlapping subject matter) merge into one event with several
  pieces of evidence.
- A session of a standing body that meets at a fixed seat (``tracker/data/standing_bodies.toml``,
  the Naqoura mechanism) is a round of talks held there, hosted by the seat's host; the body's
  other members are parties only where the text names them (``bodies``).

This module holds the per-sentence rules (``Assembler``); the patterns they search are in
``patterns``, who takes part is worked out in ``parties``, which date belongs to which trigger in
``dating``, and the mentions of one happening are merged in ``merging``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from operator import attrgetter

from tracker.extract import dates as dates_mod
from tracker.extract.bodies import load_standing_bodies, seat_sessions
from tracker.extract.confidence import ConfidenceModel, default_model
from tracker.extract.confidence import features as confidence_features
from tracker.extract.conflicts import Conflicts, one_side_sessions, two_side_meetings
from tracker.extract.dating import (
    FOREIGN,
    NOUN_OF_DATE,
    captured_date,
    counted_day_shift,
    date_distance,
    date_heads,
    day_shift,
    is_possessive,
    of_date,
    quoted_at,
    running_years,
    timeline_items,
    told_by_participle,
    with_year,
)
from tracker.extract.drafts import Draft, Pending, sibling
from tracker.extract.gazetteer import Gazetteer, GazMatch, JointIndex, PhraseIndex, safe_lower
from tracker.extract.groupings import Groupings
from tracker.extract.merging import (
    StatesOf,
    attach,
    distinct_evidence,
    encounters_on_trips,
    fold_meetings_into_talks,
    merge,
)
from tracker.extract.parties import (
    GATED_PATTERNS,
    GATED_WORDS,
    TOP_ENVOY_ROLES,
    Parties,
    attribution_spans,
    is_attribute,
    not_party,
    party_hits,
)
from tracker.extract.patterns import (
    ACCEPTED_INVITATION,
    ACTOR_SPLIT,
    ADJUNCT,
    ADJUNCT_NOUN,
    AFTER_CLAUSE,
    AFTER_GERUND,
    AFTER_THOSE,
    AGENT_BY,
    AGREED_ACTION,
    ANAPHORIC_OBJECT,
    AND_AGAIN,
    AND_NEXT_VERB,
    AT_OCCASION,
    ATTRIBUTIVE,
    AWAITED,
    AWAITED_AGREEMENT,
    AWAITED_CONSENT,
    AWAITED_PASSIVE,
    AWAITED_VERB,
    BACKGROUND,
    BACKGROUND_HEADING,
    BETWEEN_END,
    BORDER_BODY,
    BROKERED_BY,
    CABINET,
    CEASEFIRE_BROKEN,
    CEASEFIRE_OVER,
    CHARGE_AFTER,
    CHARGE_BEFORE,
    CHARGE_WORDS,
    CITATION,
    CLAIM_BEFORE,
    CLAIM_COMPLEMENT,
    CLAUSE_RESUMES,
    CLAUSE_SEP,
    COLON_DATELINE,
    CONTENT_TYPES,
    CONTENT_VERB,
    COORDINATED,
    COUNT,
    COUNTED_LEAD,
    DATE_BOUND_BEFORE,
    DATE_DATELINE,
    DATED_NAME,
    DATED_OCCASION,
    DATELINE,
    DATELINE_WINDOW,
    DAYS_AFTER,
    DAYS_AFTER_APPOSED,
    DAYS_OF,
    DEAL_PARTICIPLE,
    DEAL_PASSIVE,
    DEAL_SUBJECT,
    DEAL_TOLD_BACK,
    DECLARED_BY,
    DEFINITE,
    DELEGATIONS,
    DEMONSTRATIVE,
    DEONTIC,
    DETERMINER_BEFORE,
    DISCUSS_WORDS,
    DISCUSSED,
    DISCUSSED_IN,
    DURING_THAT,
    ENCOUNTER_TYPES,
    END_HEADING,
    ENDED,
    FILING_MARK,
    FIRE_CEASED,
    FOR_NEXT_ROUND,
    FOR_TALKS_WITH,
    FUTURE,
    GROUP,
    HABITUAL,
    HALT_AGREED,
    HALTED_FIGHTING,
    HELD_CLAUSE,
    HELD_TO,
    HOSTING,
    HOURS_LATER,
    IMPOSED_THEN,
    IN_AT,
    IN_TALKS,
    INDEFINITE,
    INFINITIVE,
    INSIST,
    ISSUED_AFTER,
    LASTED,
    LATER_BY,
    LATER_WORD,
    LATERAL,
    LEAD_OCCASION,
    LIFTING,
    LIST_COMMA,
    MEET_AGAIN,
    MEMBERS_CLAUSE,
    MODAL_AFTER,
    NEGOTIATED_AFTER,
    NEGOTIATORS,
    NOT_FINITE,
    NOUN_DATE_BEFORE,
    NOUN_HEAD_BEFORE,
    NOUN_RELATIVE,
    NUMBERED_ROUND,
    OBJECT_NP,
    OBLIGATION_SPEAKER,
    OBLIGED_AFTER,
    OBLIGED_BEFORE,
    OCCASION,
    OCCASION_AFTER_COMMA,
    OCCASION_DAY,
    OF_DELEGATIONS,
    OTHER_PAIR,
    OWN_DATE_GAP,
    PAIR_DEFAULT_TYPES,
    PAIRED_OFFICIALS,
    PARTIAL_CONSENT,
    PARTICIPLE_CLAUSE_END,
    PARTICIPLES,
    PASSIVE_AUX,
    PASSIVE_DEAL_ENDINGS,
    PAST_PERFECT,
    PERFECT_AUX,
    PERIOD_AFTER,
    PHASE_START,
    PHRASE_WORD,
    PLAN_CUE,
    PLAN_OWNER,
    PLUPERFECT,
    PLURAL_SWAP,
    PLURAL_TRUCE,
    POSSESSIVE_LATEST,
    PREDICATE,
    PRESENT_CONSENT,
    PRESENT_STANCE_VERBS,
    PRESENT_VERBS,
    PRIOR_OCCASION,
    PROCESS_OF,
    PRONOUN_CLAUSE,
    PRONOUN_NEXT,
    PRONOUN_SUBJECT,
    QUOTE,
    QUOTED_TYPES,
    REACTION,
    RECEIVE_PHRASES,
    REL_DONE_BEFORE,
    RELATIVE,
    RELATIVE_OPEN,
    REPORTING,
    ROUND_COUNTED,
    ROUND_OF_OTHER,
    SAME_DAY,
    SEATS,
    SERIES_MEMBER,
    SERIES_PHRASE,
    SHE_OR_HE_NEXT,
    SHELVED,
    SIDELINES,
    SIDES_SUBJECT,
    SINCE_BEFORE,
    SINCE_CLAUSE,
    SOUGHT,
    SPEECH_SETTING,
    SPEECH_TYPES,
    SPELL_OF,
    STANCE_PRESENT,
    STANDING_SAY,
    SUBJECT_GAP,
    SUBORDINATOR,
    TAIL_STOP,
    TALKED_OVER,
    TALKS_IN,
    THAT_CLAUSE,
    THEY_CLAUSE,
    TIME_CLAUSE,
    TIME_REFERENCE,
    TITLE_WORDS,
    TO_SHARED_DAY,
    TOLD_PRESS,
    TRUCE_EFFECT,
    TRUCE_FRAME,
    TRUCE_HOLDING,
    TRUCE_IN_FORCE_AFTER,
    TRUCE_IN_FORCE_BEFORE,
    TYPE_TOPIC,
    UNCERTAIN,
    UNDER,
    UNDER_LEAD,
    UNOFFICIAL,
    UNSIGNED,
    VENUE_BEFORE,
    VENUE_HOST,
    VERB_NEXT,
    WELCOMED_THING,
    WHEN_CLAUSE,
    WHERE,
    WHO_TRAVELLED,
    YEAR_NAMED,
    YEAR_WORDS,
    days_counted,
)
from tracker.extract.prefilter import Gates
from tracker.extract.sentences import BOILERPLATE, Sentence, split_sentences
from tracker.extract.titles import make_title
from tracker.extract.triggers import (
    CALLED_OFF,
    TriggerLexicon,
    TriggerMatch,
    clause_start,
    is_called_off,
    is_conditional,
    is_hypothetical,
    is_negated,
    is_question,
    reset_clause_breaks,
)
from tracker.extract.types import ActorMention, EventCandidate, Evidence, Highlight

# "The statement called on ...", "The joint statement also urged ...": a statement told of
# before as the subject (its issuers are who appeals).
_STATEMENT_SUBJECT = re.compile(
    r"the\s+(?:joint\s+|final\s+)?(?:statement|communiqu[eé])\s+(?:also\s+)?"
)
# A release one side makes ("released 40 detainees", "handed over the bodies of"), not a swap.
_ONE_WAY = re.compile(r"\b(?:released|freed|handed\s+over|handed\s+back|returned)\b")
# "..., who were handed over to the ICRC": the go-between who received them.
_HANDED_TO = re.compile(r"\b(?:handed\s+over|handed|delivered|transferred)\s+to\s+(?:the\s+)?")
# "accepted the plan", "agreed to the truce": taking up a proposal told of before (its author
# unnamed here: not "the plan proposed by", "the Quad's plan").
_ACCEPTING = frozenset({"accepted", "agreed to", "agreeing to", "endorsed"})
_ACCEPTED_THING = re.compile(
    r"\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,3}?(?:plan|proposal|roadmap|road\s+map|"
    r"initiative|offer|truce|ceasefire|paper|document)\b(?!['’]|\s+(?:by|from|of|put|proposed|"
    r"drawn|drafted|presented|submitted)\b)"
)
_NO_DATE = dates_mod.ResolvedDate(dt.date(1, 1, 1), None, "day")
_DIGIT = re.compile(r"\d")
# Searched in a sentence only when it holds one of the pattern's needles (``id(X) in gated`` in
# ``_sentence``: the sentence's gates, ``prefilter.Gates.within``).
_GATED = (
    AFTER_CLAUSE, AFTER_THOSE, BACKGROUND, CALLED_OFF, CLAIM_BEFORE, DAYS_AFTER, DAYS_AFTER_APPOSED,
    GROUP, HABITUAL,
    FIRE_CEASED, HALT_AGREED, HELD_CLAUSE, LATER_BY, MODAL_AFTER, OCCASION, PLAN_CUE, SINCE_BEFORE,
    SINCE_CLAUSE, SPEECH_SETTING, UNCERTAIN, UNDER, UNOFFICIAL,
)  # fmt: skip
# How many sentences back a person may have been named on the earlier day they go on speaking
# on (``_day_of_speaker``).
_SPEAKER_REACH = 3
_SPEAKER_DAYS = dt.timedelta(days=6)
# How long before the article's day a gathering may have been held for an undated speech act
# at its venue to be told of it (``_gathering_held_at``).
_GATHERING_DAYS = dt.timedelta(days=14)  # and how many days before the news day that day may be
# "The leaders of A and B took part", "X took part for Washington", "... also took part, along
# with Y": a bare "took part" (not "took part in the war").
_TOOK_PART = re.compile(r"\btook\s+part\b(?!\s+in\b)")
# How far before the news day the day last told must be for an undated "later" to follow it in
# the background.
_LATER_BACKGROUND = dt.timedelta(days=3)
# The end of a trigger's clause: the next ", and", ", but" or ";" (``_clause_end``).
_CLAUSE_END = re.compile(r",\s+(?:and|but|while)\s|;")


def _clause_end(slow: str, te: int) -> int:
    """Where the clause a trigger ends at ``te`` ends (the sentence's end if no other follows)."""
    m = _CLAUSE_END.search(slow, te)
    return m.start() if m is not None else len(slow)


_PAIR = "\x00pair"  # a remembered subject: "the two sides" (the pair they stand for)
# Agreement phrases that tell a truce by its reaching ("the truce was reached", triggers.toml).
TRUCE_REACHED = ("truce ", "ceasefire ")
# Verbs of handing a text over, whose "to" names the recipient ("was presented to army chief X").
HANDED_OVER = re.compile(r"\b(?:handed|presented|submitted|sent|passed|delivered|given|put)$")
# "at a meeting", "during talks": an encounter told as where something else happened.
AT_DURING = re.compile(r"\b(?:at|during)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?$")
# "his first visit to", "on a two-day visit to", "during a rare trip to", "at the start of a tour
# of": the trip that other news of the sentence happened on.
# "said in a statement afterwards": just after the gathering told.
AFTERWARDS = re.compile(r"[^,;]{0,40}?\bafterwards?\b")
# "On the eve of the meeting, ...": the day before the gathering the text reported.
EVE_OF_GATHERING = re.compile(
    r"on the eve of the (?:[\w-]+\s+){0,2}?(?:meeting|talks|session|round|summit|negotiations),"
)
# "X received Y, who is on a visit to Lima": a trip under way, told in a relative clause.
WHO_ON_TRIP = re.compile(
    r",\s+who\s+(?:is|was)\s+(?:currently\s+|now\s+)?on\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}$"
)
TRIP_FRAME = re.compile(
    r"(?:\b(?:on|during|his|her|their|at\s+the\s+start\s+of|in\s+the\s+course\s+of)|"
    # "received X at the White House on Nov. 10, the first visit to Washington by ...", "met X
    # in Istanbul, a visit that officials called historic": the sentence's news told as a visit
    r",\s+(?:the|an?))\s+"
    r"(?:(?:an?|first|rare|brief|surprise|unannounced|official|state|working|historic|landmark|"
    r"\w+-day)\s+){0,3}$"
)
# The noun a proposal's participle describes: "the plan| put forward by X", "a truce, as| proposed
# by X".
PROPOSED_THING = re.compile(
    r"\b(?:plan|proposal|truce|ceasefire|draft|framework|roadmap|road\s+map|text|initiative|offer|"
    r"pause|moratorium|deal|document)s?(?:,?\s+as)?\s+$"
)
# Work on a plan told before ("reworked the 20-point plan", "trimmed the original draft"): its
# revision, not its proposing.
REWORKED = re.compile(
    r"\b(?:reworked|revised|trimmed|amended|shortened|redrafted|pared\s+down|reworking|revising|"
    r"trimming|amending)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,3}$"
)
# "meeting" as a participle ("visited Lima, meeting the president", "before meeting X"): told
# as a verb when a participle lead comes before it and a person or party right after it.
MEETING_PARTICIPLES = frozenset({"meeting", "meeting with"})
PARTICIPLE_LEAD = re.compile(r"(?:,|\b(?:before|after|while))\s+$")
# Whom a participle "meeting" meets: a name or a title ("meeting Rivas", "meeting the
# Peruvian president", "meeting with President Rivas"), not "meeting expectations".
PARTICIPLE_OBJECT = re.compile(r"\s+(?:the\s+)?[A-Z]")
# "..., during which she met", "at which they held talks": the clause that tells an encounter.
DURING_WHICH = re.compile(r"\b(?:during|at|in\s+the\s+course\s+of)\s+which\s+(?:[\w'’-]+\s+){0,3}$")
# Visit phrases that only tell a trip when a place follows them ("is due in Lima on Monday", not
# "a ruling is due in March"; "left Lima for Quito", not "left room for doubt").
AWAITED_IN = ("expected in", "due in", " for")
# Offices whose holders meeting is a meeting, not a round of talks: leaders and their foreign
# and defence ministers.
MINISTER_ROLES = TOP_ENVOY_ROLES | {"defence minister", "secretary of state", "foreign secretary"}
# A round, or a session of a joint body: talks whoever sits at them.
ROUND_OR_BODY = re.compile(
    r"\brounds?\b|\bsessions?\b|\bcommittees?\b|\bcommissions?\b|\bmechanism\b|\bgbc\b|\bjbc\b"
)
# The sides' foreign ministers named by their office, not by name: "hosted the foreign
# ministers of A and B for talks" (not their defence ministers, most often the co-chairs of a
# joint border body named in another sentence).
MINISTERS_MET = re.compile(
    r"\bforeign\s+ministers\b|\bministers\s+of\s+foreign\s+affairs\b|\btop\s+diplomats\b"
)
# Negotiators at the table: talks whoever leads them ("delegations led by the foreign ministers").
NEGOTIATORS_WORDS = re.compile(r"\bdelegations?\b|\bnegotiat|\bteams?\b")
# What follows a person called when "called" names them ("called Rivas a traitor", "called
# him "a liar"", "a road called Trump Route", "called Trump's plan") rather than rings them.
CALLED_COMPLEMENT = re.compile(
    r"['’]s\b|\s+(?:[Aa]|[Aa]n|[Tt]he|it|his|her|their|[\"“'‘])(?:\s|\b)|\s+[A-Z][a-z]"
)
# "The two officers will speak again on Monday": a call only after one the article reported.
AGAIN_CALLS = frozenset({"speak again", "talk again"})
# "the two armies", "both militaries" (``gazetteer.PAIR_PHRASES``): the two sides of a war.
ARMIES = re.compile(r"\b(?:armies|militaries)\b", re.IGNORECASE)
# "met again", "will meet once more": a new encounter after the one reported before.
AGAIN_AFTER = re.compile(r"\s+(?:once\s+)?(?:again|more)\b")
# An encounter as the subject of an awaited-in phrase ("the next round of talks is expected in
# Geneva", "a session of the committee is due in Lima"): the session, not a traveller, is awaited.
SESSION_AWAITED = re.compile(
    r"\b(?:round|talks|negotiations|consultations|session|meeting|summit|dialogue)"
    r"(?:\s+of\s+[^,;:.]{0,40}?)?\s+(?:(?:is|are|was|were)\s+(?:now\s+|also\s+)?)?$"
)
# Visit phrases of a stay, a trip only when the words after the place tell one (``STAY_TOLD``).
STAYED_IN = frozenset({"was in", "is in", "were in", "are in"})
STAY_TOLD = re.compile(
    r"(?:\s+(?:on|last|this|earlier|late|early)\s+\w+(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"(?:,\s+where\s+(?:[\w'’-]+\s+){1,3}?(?:met|held|hold|holds|received)\b"
    r"|\s+on\s+an?\s+(?:[\w-]+\s+){0,2}visit\b|\s+for\s+(?:talks|meetings|a\s+meeting)\b)"
)
# What travels without being a visitor: vehicles, goods, the freed ("Buses carrying the freed
# prisoners arrived in Ramallah", "the leader's plane has landed in Zurich", "allowed a convoy
# of trucks to travel to the town").
CARRIER = re.compile(
    r"\b(?:bus|buses|trucks?|lorries|convoys?|aid|planes?|aircraft|jets?|flights?|ships?|vessels?|"
    r"shipments?|cargo|prisoners|detainees|hostages|captives|bodies|remains|refugees|evacuees)\b"
    r"(?:\s+(?:carrying|with|of|has|have|had|were|was|is|are)\b[^.;:]{0,70})?\s+$"
)
# A relative clause with a perfect ("the guarantees that Europe has offered", "a plan which the
# mediators have proposed"): the thing described by a standing offer, not a new one.
STANDING_OFFER = re.compile(r"\b(?:that|which)\s+(?:[\w'’-]+\s+){1,6}(?:has|have)\s+(?:\w+\s+)?$")
# What a view "suggested" says: a finite verb of fact or likelihood in its clause.
SUGGESTED_VIEW = re.compile(
    r"^(?:\s+that)?\s+[^;:.?!,]{0,60}?\b(?:would|was|were|is|are|had|has|have|"
    r"did|does|deserved|deserves)\b"
)
# Happenings between two sides that a dated noun phrase reports on its own ("after a 40-for-40
# swap on 3 May", "since a truce on 4 May"; ``Assembler._own_day``).
_TOLD_WITH_SIDES = frozenset({"prisoner_exchange", "ceasefire"})
# Refusals to give something up ("would not hand over its weapons to X"): see ``_draft``.
SURRENDER_VERBS = ("hand over", "surrender", "disarm", "give up")
# A prepositional adjunct that takes a noun phrase, not a clause ("on the sidelines of the
# assembly and"), then "and": what follows "and" is the main clause's next verb.
NP_ADJUNCT_AND = re.compile(
    r"\b(?:during|at|on\s+the\s+sidelines\s+of|on\s+the\s+margins\s+of|in\s+the\s+course\s+of)"
    r"\s+(?:[\w.'’-]+\s+){0,4}and\s+$"
)
# Refusals to withdraw (triggers.toml), a condition set when what the other side must do
# follows ("would not pull back until the group disarms", not "until demining is complete").
WITHDRAWAL_REFUSALS = frozenset(
    f"{modal} not {verb}"
    for modal in ("would", "will")
    for verb in ("withdraw", "pull back", "pull out", "leave")
)
# (searched in the sentence's own case: a name after "until", not a day's, "until Friday",
# "until June 2"; in the refusal's clause, not after ", and ...")
UNTIL_OTHER_ACTS = re.compile(
    r"(?:(?!,\s+(?:and|but|while)\s)[^.;:])*?\buntil\s+(?:the\s+)?"
    rf"(?!{dates_mod.DAY_OR_MONTH_NAME}\b)"
    r"(?:group|militia|movement|rebels|it|they|[A-Z][\w'’-]+)\b"
)
# Speech acts a formal statement may carry ("rejected the plan in a statement on 4 May").
STATEMENT_BORNE = frozenset({"proposal", "demand", "rejection"})


@dataclass(slots=True)
class _Context:
    """What the previous prose sentence established, for a sentence that continues it."""

    date: dates_mod.ResolvedDate | None = None
    subjects: tuple[str, ...] = ()
    background: bool = False  # under a "Background" heading: only explicit dates count


class Assembler:
    """Everything an extraction needs, built once and shared by calls."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        lexicon: TriggerLexicon,
        topics: PhraseIndex,
        confidence: ConfidenceModel | None = None,
    ) -> None:
        self.gaz = gazetteer
        self.confidence = confidence or default_model()
        self.lex = lexicon
        self.topics = topics
        # The needles of the patterns searched in a sentence only when it holds one (``_GATED``),
        # and of dates (``_find_dates``), found in the one automaton pass.
        self._gates = Gates()
        self._gates.add(dates_mod.DATE_NEEDLES, (dates_mod.DATE_NEEDLES, True))
        for pattern in (*_GATED, *GATED_PATTERNS):  # (see ``attribution_spans``)
            self._gates.add(pattern)
        for words in (*GATED_WORDS, BOILERPLATE):  # (see ``Parties``, ``split_sentences``)
            self._gates.add(words, (words, False))
        self._gates.build()
        self._joint = JointIndex(gazetteer.index, lexicon.index, topics, self._gates.index)
        self.bodies = load_standing_bodies()
        # Actors with an alias that holds a number ("the March 23 Movement": see ``extract``).
        self._names_with_digits = {
            spec.name
            for spec in gazetteer.actors.values()
            if any(_DIGIT.search(alias) for alias in (spec.name, *spec.aliases))
        }
        self.conflicts = Conflicts()
        self.groupings = Groupings()
        self._place_names: dict[str, str] = {}
        for place in gazetteer.places.values():
            for alias in (place.name, *place.aliases):
                self._place_names.setdefault(alias.lower(), place.name)

    # --- helpers ---------------------------------------------------------------------------------

    def _topics(self, start: int, end: int) -> set[str]:
        """Topic slugs cued in ``self._lowered[start:end]`` (the article is scanned once)."""
        hits = self._topic_hits
        i = bisect.bisect_left(self._topic_starts, start)
        out: set[str] = set()
        while i < len(hits) and hits[i][0] < end:
            if hits[i][1] <= end:
                out.update(hits[i][2])
            i += 1
        return out

    def _focus_date(
        self, sentences: list[Sentence], pub: dt.date | None
    ) -> dates_mod.ResolvedDate | None:
        if pub is None:
            return None
        seen = 0
        for sent in sentences:
            if not sent.prose or is_question(sent.text):
                continue
            mentions = self._find_dates(sent)
            if _stamp_line(sent.text, mentions):
                continue  # "March 4, 2026, 9:15 a.m.": when the page was posted, not the news
            seen += 1
            if seen > 3:
                break
            lowered = safe_lower(sent.text)
            for mention in mentions:
                if not mention.anchor or mention.kind not in {"absolute", "weekday", "relative"}:
                    continue
                if FILING_MARK.match(sent.text, mention.end):
                    continue  # "LIMA, May 4 (Wire) -": the day the copy was filed
                start = clause_start(lowered, mention.start, 0)
                if FUTURE.search(lowered, start, mention.start):
                    continue  # "will meet on Friday": not the day the article reports
                if RELATIVE.search(lowered, start, mention.start):
                    continue  # "the talks, which took place on May 16": background in the lead
                resolved = mention.resolve(pub, future=False)
                if (
                    resolved is not None
                    and resolved.end is None
                    and pub - dt.timedelta(days=10) <= resolved.start <= pub
                ):
                    return resolved
        return dates_mod.ResolvedDate(pub, None, "day")

    @staticmethod
    def _agreed_at(triggers: list[TriggerMatch], n: int, slow: str, s0: int) -> bool:
        """Whether trigger ``n`` is the occasion of an agreement reported before it."""
        for earlier in reversed(triggers[:n]):
            if earlier.strength == "verbal" and earlier.type == "agreement":
                # ("after talks that lasted much of the year": a spell of them, see below)
                return _agreed_at_gap(
                    slow[earlier.end - s0 : triggers[n].start - s0]
                ) and not LASTED.match(slow, triggers[n].end - s0)
        return False

    @staticmethod
    def _dated_occasion(
        slow: str,
        ts: int,
        te: int,
        date_span: tuple[int, int] | None,
        date_source: str,
        planned: bool,
    ) -> bool:
        """Whether a round of talks is the occasion of what the sentence reports, with a date of
        its own next to it ("at the talks in Geneva on 9 September, the delegations agreed",
        "At the second round, held on June 2, ...", "In January, at talks in Paris, ..."): the
        round is a happening of its own, even when the article reports a later one."""
        if planned or date_span is None or date_source != "text":
            return False
        lead = DATED_OCCASION.search(slow, max(0, ts - 60), ts)
        if lead is None:
            return False
        start, end = date_span
        if end <= lead.start():
            return lead.start() - end <= 3  # "In January, at talks in Paris"
        return start < ts or (start - te <= 80 and not CLAUSE_SEP.search(slow, te, start))

    @staticmethod
    def _own_day(
        etype: str,
        te: int,
        n: int,
        slow: str,
        date_mentions: list[dates_mod.DateMention],
        claims: dict[int, int],
        lists: bool = False,
        claimed: bool = True,
    ) -> bool:
        """ "Following a call with Trump on 18 March, Putin agreed ...", "after talks in Paris on
        Tuesday", "the second swap in ten days after a 40-for-40 swap on 3 May": talks, a call, a
        visit, a swap or a truce named in an adjunct with a date of its own phrase is a happening
        of its own, not a reference back to one reported elsewhere (``lists``: the phrase may list
        names, "of the Chilean, Peruvian and Bolivian teams on May 4"; not ``claimed``: the date
        may be claimed by a later verb, "met in Lima on May 4 and agreed")."""
        if etype not in {"talks", "call", "visit"} | _TOLD_WITH_SIDES:
            return False  # ("At a Security Council meeting on Friday, X demanded": the setting)
        reach = 120 if lists else 80
        for d in date_mentions:
            if (claimed and claims[id(d)] != n) or not 0 <= d.start - te <= reach:
                continue
            between = slow[te : d.start]
            if etype in _TOLD_WITH_SIDES and (" that " in between or " which " in between):
                continue  # ("a ceasefire that does not exist today": a clause's own day)
            if lists and "," in between:
                between = LIST_COMMA.sub("", between)
            if "," not in between and ";" not in between:
                return True
        return False

    def _other_day(
        self,
        etype: str,
        n: int,
        te: int,
        slow: str,
        mentions: list[dates_mod.DateMention],
        claims: dict[int, int],
        drafts: list[Draft],
        pub: dt.date | None,
    ) -> bool:
        """Whether trigger ``n`` ("the talks opened on Friday") is told with a day of its own
        right after it that no encounter of its type reported before was held on: another
        session, not a reference back."""
        if not self._own_day(etype, te, n, slow, mentions, claims):
            return False
        for d in mentions:
            if claims[id(d)] != n or d.start < te:
                continue
            day = d.resolve(pub, False, self._shift_refs.get(id(d)))
            if day is None or day.precision != "day":
                return False
            return not any(
                o.type == etype and o.date.start <= day.start <= (o.date.end or o.date.start)
                for o in drafts
            )
        return False

    def _counted_back(
        self, slow: str, ts: int, mentions: list[dates_mod.DateMention], pub: dt.date | None
    ) -> dates_mod.ResolvedDate | None:
        """ "The truce took effect on May 3, two days after the sides agreed to it": the day of
        the happening told in the "N days after" clause, counted from the day just before it."""
        clause = DAYS_AFTER.search(slow, max(0, ts - 80), ts)
        if clause is None or CLAUSE_SEP.search(slow, clause.end(), ts):
            return None
        day = next(
            (
                d
                for d in reversed(mentions)
                if d.end <= clause.start() and not slow[d.end : clause.start()].strip(" ,")
            ),
            None,
        )
        resolved = day.resolve(pub, False, self._shift_refs.get(id(day))) if day else None
        if resolved is None or resolved.precision != "day" or resolved.end is not None:
            return None
        return dates_mod.ResolvedDate(_count_back(resolved.start, clause), None, "day")

    @staticmethod
    def _period_after(slow: str, ts: int) -> bool:
        """Whether the trigger's clause is "(a week|months|days) after ..." (a time counted from
        another happening, too loosely to date this one)."""
        m = PERIOD_AFTER.search(slow, max(0, ts - 90), ts)
        return m is not None and not CLAUSE_SEP.search(slow, m.end(), ts)

    @staticmethod
    def _future(slow: str, ts: int, te: int, strength: str, floor: int = 0) -> bool:
        """Whether the trigger's own clause speaks of the future: a marker before it in its clause
        (not before a subordinator such as "after" or "since": "would start working after X raised
        it during a meeting"), or, for a noun, the verb right after it ("the summit will be held",
        "a meeting ... is due in London")."""
        start = clause_start(slow, ts, 0)
        if start > 2 and slow.startswith(", ", start - 2):
            # "are due to meet their counterpart, Wang Yi, in Yunnan on Sunday for talks": a
            # short name between commas does not end the clause it interrupts.
            inner = clause_start(slow, start - 2, 0)
            name = slow[inner : start - 2]
            if (
                inner > 2
                and slow.startswith(", ", inner - 2)
                and name.count(" ") <= 2
                and not FUTURE.search(name)
                and not REPORTING.search(name)
            ):
                start = clause_start(slow, inner - 2, 0)
        for sub in SUBORDINATOR.finditer(slow, start, ts):
            start = max(start, sub.end())
        start = max(start, floor)  # (a relative clause the trigger's verb is in: its own tense)
        if FUTURE.search(slow, start, te):
            return True
        if strength == "verbal" and not NOUN_HEAD_BEFORE.search(slow, max(0, ts - 12), ts):
            return False  # (a noun phrase, "the next round of talks is due on ...", reads on)
        tail_from = te
        if slow.endswith("between", ts, te) or slow.startswith(" between ", te):
            # "talks between Kenya and Chad are due to resume": the "and" between the sides is no
            # clause break (the verb after them tells the tense).
            sides_and = slow.find(" and ", te, te + 60)
            if sides_and >= 0:
                tail_from = sides_and + 5
        end = min(len(slow), tail_from + 40)
        tail = TAIL_STOP.search(slow, tail_from, end)
        if FUTURE.search(slow, te, tail.start() if tail else end):
            return True
        if tail is not None and slow.startswith(", ", tail.start()):
            # "A second round of talks, this time with both delegations, is set for Thursday":
            # the noun's verb follows a short aside between commas.
            close = slow.find(", ", tail.end() + 1, tail.end() + 50)
            if close > 0 and not TAIL_STOP.search(slow, tail.end() + 1, close):
                end = min(len(slow), close + 40)
                tail = TAIL_STOP.search(slow, close + 1, end)
                return bool(FUTURE.search(slow, close + 1, tail.start() if tail else end))
        return False

    def _dateline(self, text: str) -> tuple[str | None, int, int]:
        """The dateline's city ("ISTANBUL, June 2 (Wire) —") and where the dateline starts and
        ends."""
        window = min(len(text), DATELINE_WINDOW)
        match = _search_lines(DATELINE, text, window)
        if not match:
            for colon in COLON_DATELINE.finditer(text, 0, window):
                city = self._place_names.get(colon.group(1).lower())
                if city is not None:  # (not "LIVE: ", "READ MORE: ")
                    return city, colon.start(), colon.end()
            bare = _search_lines(DATE_DATELINE, text, window)
            return (None, bare.start(), bare.end()) if bare else (None, 0, 0)
        for word in match.group(1).lower().split("/"):  # "PORT SUDAN/NAIROBI —"
            name = self._place_names.get(word.strip())
            if name is not None:
                return name, match.start(), match.end()
        return None, match.start(), match.end()

    # --- main ------------------------------------------------------------------------------------

    def extract(
        self, text: str, published: dt.date | None, title: str | None = None
    ) -> list[EventCandidate]:
        if "[" in text:
            # Reference marks ("...immediately".[1]) hide sentence ends: blank them in place.
            text = CITATION.sub(lambda m: " " * len(m.group()), text)
        reset_clause_breaks()
        self._extra: list[Draft] = []
        lowered = text.lower()
        # (Lower-casing changes the length of a few characters, "İ": offsets then kept apart.)
        keeps_offsets = len(lowered) == len(text)
        if not keeps_offsets:
            lowered = safe_lower(text)
        self._lowered = lowered
        self._text = text
        self._parties = Parties(
            self.gaz, text, lowered, published, self._gates, self.conflicts.pairs
        )
        raw_gaz, raw_triggers, raw_topics, raw_gates = self._joint.raw(lowered)  # one pass
        self._gates.read(raw_gates)
        self._topic_hits = [
            (s, e, [p[1] for p in payloads])  # type: ignore[index]
            for s, e, payloads in self.topics.bounded(lowered, raw_topics, plural_ok=True)
        ]
        self._topic_starts = [h[0] for h in self._topic_hits]
        self._dates: dict[int, list[dates_mod.DateMention]] = {}
        self._reference: dt.date | None = None
        self._previous_day: tuple[int, dt.date] | None = None  # the last sentence's day, its end
        self._unspoken: list[tuple[int, Sentence]] = []  # sentences not yet folded into those
        self._told_days: dict[int, dt.date] = {}  # sentence index -> the day it spoke of
        self._shift_refs: dict[int, dt.date] = {}
        # Boilerplate phrases from the gates when lower-casing keeps every character at its
        # offset (a paragraph's own lower-casing then holds the phrases its stretch does).
        sentences = split_sentences(
            text,
            (lambda start, end: self._gates.may_match(BOILERPLATE, start, end))
            if keeps_offsets
            else None,
        )
        self._pub = published
        self._years = running_years(sentences)
        gaz_matches = self.gaz.scan(text, lowered, raw_gaz)
        # Names that hold a date ("the March 23 Movement"): no date is told there.
        self._dated_names: list[tuple[int, int]] = [
            (m.start, m.end)
            for m in gaz_matches
            if m.name in self._names_with_digits and _DIGIT.search(text, m.start, m.end)
        ]
        trig_all = self.lex.find(lowered, raw=raw_triggers)
        dateline, dateline_start, dateline_end = self._dateline(text)
        if dateline_end:
            gaz_matches = [m for m in gaz_matches if not dateline_start <= m.start < dateline_end]
        pair = self._parties.main_pair(gaz_matches, sentences, published)
        self._theatre_truces = self.conflicts.theatre_truces(lowered)
        gaz_matches = self._parties.defined_groups(gaz_matches)
        gaz_matches = self.groupings.expand(text, gaz_matches, lambda m: not not_party(text, m))
        if title:
            title_lower = safe_lower(title)
            for m in self.gaz.scan(title, title_lower):
                if m.kind == "actor":
                    for name in self.gaz.affiliated(m.name, published):
                        if self.gaz.kind(name) != "person" and name not in pair and len(pair) < 2:
                            pair.append(name)
        focus = self._focus_date(sentences, published)

        self._dateline_span = (dateline_start, dateline_end)
        items = timeline_items(sentences, published)
        drafts: list[Draft] = []
        pending: list[Pending] = []
        context = _Context()
        gi = ti = 0
        for index, sent in enumerate(sentences):
            while gi < len(gaz_matches) and gaz_matches[gi].start < sent.start:
                gi += 1
            while ti < len(trig_all) and trig_all[ti].start < sent.start:
                ti += 1
            if not sent.prose:
                if drafts and END_HEADING.fullmatch(sent.text):
                    break  # "References", "See also": the body is over
                if len(sent.text) < 60 and "\n" not in sent.text:
                    context.background = bool(BACKGROUND_HEADING.search(sent.text))
                context.date, context.subjects = None, ()
                continue
            if is_question(sent.text):
                continue
            triggers = []
            j = ti
            while j < len(trig_all) and trig_all[j].end <= sent.end:
                triggers.append(trig_all[j])
                j += 1
            gaz = []
            k = gi
            while k < len(gaz_matches) and gaz_matches[k].end <= sent.end:
                gaz.append(gaz_matches[k])
                k += 1
            gaz = self._parties.group_anaphors(sent.start, sent.end, gaz)
            gaz = self._parties.body_anaphors(sent.start, sent.end, gaz)
            continues = bool(PRONOUN_SUBJECT.match(sent.text) or REACTION.match(sent.text))
            if lowered.find("must", sent.start, sent.end) >= 0:
                triggers = _with_obligations(lowered, sent, triggers, gaz)
            if lowered.find("impos", sent.start, sent.end) >= 0 or (
                lowered.find("introduc", sent.start, sent.end) >= 0
            ):
                triggers = _with_impositions(lowered, triggers)
            if triggers:
                self._sentence(
                    text, lowered, sent, index, triggers, gaz, pair, published, focus, dateline,
                    drafts, pending, context, continues, items[index],
                )  # fmt: skip
            elif gaz and lowered.find("took part", sent.start, sent.end) >= 0:
                self._took_part(sent, index, gaz, drafts, pending)
            told = (
                next(
                    (
                        d.date
                        for d in reversed(drafts)
                        if d.order == index
                        and not d.planned
                        and d.date_source == "text"
                        and d.date.precision == "day"
                        and d.date.end is None
                    ),
                    None,
                )
                if drafts and drafts[-1].order == index
                else None
            )
            self._remember(context, sent, triggers, gaz, published, continues, told)
            if gaz:
                self._parties.named.append((index, gaz))
            self._unspoken.append((index, sent))  # its day spoken of is worked out when asked for

        drafts.extend(self._extra)
        drafts = fold_meetings_into_talks(encounters_on_trips(drafts), self._parties.states)
        for d in drafts:
            if not d.again:
                continue
            # "The two sides agreed to meet again", "the next round will open in Doha": the next
            # round of talks held before, between the same parties (those the sentence leaves
            # unnamed are the held talks' own, bar their host).
            mine = self._parties.states(d.actors, d.date.start)
            held = None
            for o in drafts:
                if o.type != "talks" or o.planned:
                    continue
                theirs = self._parties.states(o.actors, o.date.start)
                if (not mine or len(theirs & mine) >= 2 or mine <= theirs) and (
                    held is None or _next_after(o, held, d)
                ):
                    held = o
            if held is not None:
                d.type = "talks"
                named_sides = len(mine) >= 2
                for name, role in held.actors.items():
                    if role != "host" and not (named_sides and role == "participant"):
                        # ("The two governments agreed to meet again": those two, and the
                        # held talks' mediators; not their other participants.)
                        d.actors.setdefault(name, role)
            elif d.type == "meeting" and len(mine) < 2:
                # "The two ministers met in Vienna on Monday. They agreed to meet again in
                # June": the next meeting, between those who met (not its host)
                met = next(
                    (
                        o
                        for o in reversed(drafts)
                        if o.type == "meeting"
                        and not o.planned
                        and o.order < d.order
                        and mine <= self._parties.states(o.actors, o.date.start)
                        and len(self._parties.states(o.actors, o.date.start)) >= 2
                    ),
                    None,
                )
                if met is not None:
                    for name, role in met.actors.items():
                        if role != "host":
                            d.actors.setdefault(name, role)
        drafts = [d for d in drafts if d.actors]  # a next session with no talks held before
        _series_parties(drafts)
        seat_sessions(
            drafts,
            self.bodies,
            {m.name for m in gaz_matches if m.kind == "place"},
            dateline,
            self._parties.party_states,
        )
        one_side_sessions(drafts, self.conflicts.pairs, self._parties.party_states)
        two_side_meetings(
            drafts,
            self.conflicts.pairs,
            self._parties.party_states,
            lambda actors, day: self._parties.leaders_only(actors, day, "", TOP_ENVOY_ROLES),
            self.gaz.kind,
        )
        self._talks_sides(drafts)
        attach(drafts, pending, self._parties.states)
        _talks_go_betweens(drafts, self._parties.party_states)
        for d in drafts:
            if d.reached_at is not None:
                # (as seated in the end: ``seat_sessions``)
                d.actors = self._sides_agreeing(d.reached_at, d.actors)
        merged = merge(drafts, self._parties.states)
        return [self._finish(d) for d in merged]

    def _took_part(
        self,
        sent: Sentence,
        index: int,
        gaz: list[GazMatch],
        drafts: list[Draft],
        pending: list[Pending],
    ) -> None:
        """ "Zenda hosted the summit on Monday. The leaders of A and B took part, along with C":
        a sentence that names no happening but who took part adds them to the encounter the
        sentence before reported (not "took part in the war": what follows names another)."""
        if not _TOOK_PART.search(sent.text):
            return
        draft = drafts[-1] if drafts and drafts[-1].order == index - 1 else None
        mention = pending[-1] if pending and pending[-1].sentence == index - 1 else None
        if draft is not None and draft.type not in {"meeting", "talks", "call"}:
            draft = None
        if mention is not None and mention.type not in {"meeting", "talks", "call"}:
            mention = None
        if draft is None and mention is None:
            return
        day = draft.date.start if draft is not None else self._pub
        names: dict[str, str] = {}
        for m in gaz:
            if m.kind == "actor" and not not_party(self._text, m):
                for name in (m.name, *self.gaz.affiliated(m.name, day)):
                    names.setdefault(name, "participant")
        if draft is not None:
            for name, role in names.items():
                draft.actors.setdefault(name, role)
        elif mention is not None:
            known = dict(mention.roles)
            mention.roles = (*mention.roles, *((n, r) for n, r in names.items() if n not in known))
            mention.actors = mention.actors | self._parties.party_states(names, day)

    def _sentence(
        self,
        text: str,
        lowered: str,
        sent: Sentence,
        index: int,
        triggers: list[TriggerMatch],
        gaz: list[GazMatch],
        pair: list[str],
        pub: dt.date | None,
        focus: dates_mod.ResolvedDate | None,
        dateline: str | None,
        drafts: list[Draft],
        pending: list[Pending],
        context: _Context | None = None,
        continues: bool = False,
        item: tuple[dates_mod.ResolvedDate, int] | None = None,
    ) -> None:
        previous = context if continues else None
        s0, s1 = sent.start, sent.end
        stext = sent.text
        slow = lowered[s0:s1]
        item_date = item[0] if item is not None else None
        date_mentions = self._sentence_dates(sent, pub, item)  # (none inside names: _find_dates)
        places = [m for m in gaz if m.kind == "place"]
        actor_hits = party_hits(text, stext, s0, gaz)
        # "received a call", "hosted the talks": no meeting with someone (and no claim on a date).
        # ("was received by Moscow with scepticism": a host received by is a person)
        triggers = [
            t
            for t in triggers
            if t.phrase not in RECEIVE_PHRASES
            or any(
                m.kind == "actor"
                and m.start >= t.end
                and TITLE_WORDS.fullmatch(stext, t.end - s0, m.start - s0)
                and (
                    not t.phrase.endswith(" by")
                    or self.gaz.kind(m.name) == "person"
                    or stext[t.end - s0 : m.start - s0].strip().lower() not in {"", "the"}
                )
                for m in actor_hits
            )
        ]
        if any(t.phrase == "called" for t in triggers):
            # "the envoy called Rivas on Monday": a person called, not "called Rivas a traitor"
            people = [m for m in actor_hits if self.gaz.kind(m.name) == "person"]
            triggers = [
                t
                for t in triggers
                if t.phrase != "called"
                or (
                    # ("the so-called Unity Road": a name)
                    not slow.endswith("so-", 0, t.start - s0)
                    and any(
                        m.start >= t.end
                        and TITLE_WORDS.fullmatch(stext, t.end - s0, m.start - s0)
                        and not CALLED_COMPLEMENT.match(stext, m.end - s0)
                        for m in people
                    )
                )
            ]
        if any(t.phrase in AGAIN_CALLS for t in triggers) and not any(
            d.type == "call" for d in drafts
        ):
            # "the leaders will speak again at the summit": no call reported before to repeat
            triggers = [t for t in triggers if t.phrase not in AGAIN_CALLS]
        if any(t.type == "visit" and t.phrase.endswith(AWAITED_IN) for t in triggers):
            # "a ruling is expected in March", "left room for doubt": no trip with no place
            triggers = [
                t
                for t in triggers
                if not (t.type == "visit" and t.phrase.endswith(AWAITED_IN))
                or any(0 <= m.start - t.end <= 5 and m.kind in {"place", "actor"} for m in gaz)
            ]
            # "The next round of talks is expected in Geneva on 4 June": the session awaited
            # there, no traveller's trip
            triggers = [
                t
                for t in triggers
                if not (t.type == "visit" and t.phrase.endswith(AWAITED_IN))
                or not SESSION_AWAITED.search(slow, max(0, t.start - s0 - 80), t.start - s0)
            ]
        if any(t.phrase in STAYED_IN for t in triggers):
            # "was in Lima on Sunday, where she met the president", "is in Quito on a working
            # visit": a stay told as a trip; not "is in talks", "was in Lima" alone.
            places_at = {m.start: m for m in gaz if m.kind in {"place", "actor"}}
            triggers = [
                t
                for t in triggers
                if t.phrase not in STAYED_IN
                or (
                    (place := places_at.get(t.end + 1)) is not None
                    and STAY_TOLD.match(slow, place.end - s0) is not None
                )
            ]
        if not triggers:
            return
        attribution = attribution_spans(slow, triggers, s0, self._gates, actor_hits)
        sentence_topics = self._topics(s0, s1)
        # The ids of the patterns of ``_GATED`` whose needles the sentence holds: a search for
        # one of them runs only if its id is here.
        gated = self._gates.within(s0, s1)

        def background(own: bool = False) -> bool:  # (worked out only for the triggers that ask)
            # (``own``: the sentence's own words only, not a "Background" heading above it,
            # under which an explicitly dated sentence still reports)
            return (
                (id(BACKGROUND) in gated and bool(BACKGROUND.search(slow)))
                or (
                    "had" in slow and bool(PAST_PERFECT.search(slow)) and not REPORTING.search(slow)
                )
                or (not own and bool(context is not None and context.background))
            )

        verbal_types = {t.type for t in triggers if t.strength == "verbal"}
        other_types = {t.type for t in triggers}
        adjuncts = [
            ADJUNCT.search(slow, max(0, t.start - s0 - 50), t.start - s0) is not None
            # ("arrived on a visit, during which she met the premier": a relative clause that
            # tells the encounter, no time adjunct)
            and not (
                t.type in ENCOUNTER_TYPES
                and DURING_WHICH.search(slow, max(0, t.start - s0 - 50), t.start - s0) is not None
            )
            # ("met X on the sidelines of the assembly and appealed to the UN": a verb
            # coordinated after a noun-phrase adjunct is the main clause's, not the adjunct's)
            and not (
                t.strength == "verbal"
                and slow.endswith(" and ", 0, t.start - s0)
                and NP_ADJUNCT_AND.search(slow, max(0, t.start - s0 - 60), t.start - s0) is not None
            )
            for t in triggers
        ]
        heads = date_heads(triggers, adjuncts, slow, s0)
        claims = (
            {id(d): _nearest_head(d, heads, triggers, s0, slow) for d in date_mentions}
            if len(heads) > 1
            else dict.fromkeys(map(id, date_mentions), heads[0])  # (one head owns every date)
        )
        verbal_seen: set[str] = set()
        speech_before = False
        speech_end = 0
        used_types: set[str] = set()

        # Dates of an earlier time frame ("in 2019", "on Feb. 24"): an undated trigger in the same
        # sentence does not take the article's date (a later date is usually what was planned).
        # A date of the agreed action does not count: in "decided to meet once more in April" the
        # month is the meeting's, not an earlier time of the agreement.
        def elsewhere(mentions: list[dates_mod.DateMention]) -> bool:
            return focus is not None and any(
                r is not None and r.start < focus.start - dt.timedelta(days=3)
                for r in (d.resolve(pub, False) for d in mentions if d.tense_hint != "future")
            )

        for n, trig in enumerate(triggers):
            ts, te = trig.start - s0, trig.end - s0
            strength = trig.strength
            if (
                trig.type == "meeting"
                and strength == "nominal"
                and trig.phrase in MEETING_PARTICIPLES
                and PARTICIPLE_LEAD.search(slow, max(0, ts - 8), ts) is not None
                and PARTICIPLE_OBJECT.match(stext, te) is not None
                and drafts
                and drafts[-1].type == "visit"
                and not drafts[-1].planned
                and drafts[-1].evidence[0].start == s0
            ):
                # "visited Lima on Monday, meeting the president": a meeting on the trip, told
                # by a participle (devset README, "Clarified 2026-11-26")
                strength = "verbal"
            # "would respect the truce that took effect on 4 May": a verb told in the relative
            # clause of its noun is out of reach of the modal or negation before the noun.
            scope, floor = ts, 0
            if (
                strength == "verbal"
                and " * " in trig.phrase
                and (relative := NOUN_RELATIVE.match(slow, ts, te)) is not None
            ):
                scope = floor = relative.end()
            refusal = (
                trig.type in {"rejection", "demand"}
                and (" not " in trig.phrase or "cannot" in trig.phrase or " never " in trig.phrase)
            ) or (trig.type == "demand" and trig.phrase.startswith(("would ", "will ")))
            if (
                refusal
                and trig.phrase in WITHDRAWAL_REFUSALS
                and UNTIL_OTHER_ACTS.match(stext, te, min(len(stext), te + 160)) is not None
            ):
                # "would not withdraw further until Hamas was disarmed": a condition set, a demand
                trig = triggers[n] = replace(trig, type="demand")
            if refusal:
                # "said on Tuesday it would not join": a refusal that day; undated or repeated
                # ("has always said it will not accept") it is a standing position. "Would
                # never accept" is a refusal of the day it is said, dated or not. ("Would
                # insist that", a demand stated as a resolve, goes the same way.)
                if (
                    (not date_mentions and " never " not in trig.phrase)
                    or background(own=bool(date_mentions))
                    or "always" in slow
                    or "if " in slow
                ):
                    continue
            else:
                # "asked the premier not to strike power stations": an appeal to refrain, not a
                # negated one
                # ("who asked not to be named": no one asked)
                negated_end = (
                    ts + 1
                    if trig.phrase.endswith(" * to")
                    and slow.endswith(" not to", ts, te)
                    and slow.count(" ", ts, te) >= 3
                    else te
                )
                if (
                    (
                        is_negated(
                            slow, scope, negated_end, max(floor, _and_that(slow, ts)), len(slow)
                        )
                        # "did not withdraw after the truce took effect on 4 May": the negation
                        # is the main clause's, the time clause's happening took place
                        and not (
                            strength == "verbal"
                            and (time_clause := _time_clause_start(slow, ts)) is not None
                            and not is_negated(slow, ts, negated_end, time_clause, len(slow))
                        )
                    )
                    or (id(CALLED_OFF) in gated and is_called_off(slow, negated_end, len(slow)))
                    or SHELVED.match(slow, te)
                ):
                    continue
            future = (
                trig.phrase.startswith("next ") or self._future(slow, ts, te, strength, floor)
            ) and not refusal
            # ("is expected at a summit in Astana on May 3": the expectation makes it planned)
            allow = frozenset({"would", "expected"}) if future else frozenset()
            if (
                trig.type in ENCOUNTER_TYPES
                and "discuss" in slow[max(0, ts - 90) : ts]
                and DISCUSSED_IN.search(slow, max(0, ts - 90), ts)
            ):
                # "discussed the plan in a phone call with X on Monday": the call is where it
                # was discussed, not a call under discussion.
                allow |= DISCUSS_WORDS
            if is_hypothetical(slow, scope, floor, strength, allow):
                continue
            if future and is_conditional(slow, te, len(slow)):
                continue
            modal = (
                MODAL_AFTER.match(slow, te, min(len(slow), te + 60))
                if (strength != "verbal" or trig.type not in SPEECH_TYPES)
                and id(MODAL_AFTER) in gated
                and self._gates.may_match(MODAL_AFTER, s0 + te, min(s0 + te + 60, s1))
                else None
            )
            if modal and not (future and "would" in modal.group()):
                continue  # "a meeting of Putin and Zelensky would be followed by ...": not news
            if trig.phrase.endswith(" * signed") and not UNSIGNED.isdisjoint(slow[ts:te].split()):
                continue  # "the agreement can only be signed after ...": a signing to come
            if (id(UNCERTAIN) in gated and UNCERTAIN.search(slow, 0, ts)) or (
                id(HABITUAL) in gated
                and HABITUAL.search(slow, max(0, ts - 30), min(len(slow), te + 45))
            ):
                continue  # "it is not clear whether X agreed", "a demand Y has made for a year"
            if trig.type == "demand" and INSIST.match(slow, ts):
                complement = slow[te : te + 110]
                if CLAIM_COMPLEMENT.search(complement) and not DEONTIC.search(complement):
                    continue  # "Santiago has insisted the accord was struck directly"
            if (
                trig.type == "proposal"
                and " ha" in slow[max(0, ts - 22) : ts]
                and PERFECT_AUX.search(slow, max(0, ts - 22), ts)
                and STANDING_OFFER.search(slow, max(0, ts - 80), ts)
            ):
                continue  # "the guarantees that Europe has offered to back": what is on offer
            if trig.type == "proposal" and slow.startswith("suggest", ts):
                complement = slow[te : te + 90]
                if SUGGESTED_VIEW.search(complement) and not DEONTIC.search(complement):
                    # "suggested the deal could lead to more", "suggested that the leaders
                    # deserved a prize": a view put forward, not a proposal ("suggested that
                    # talks be held in Geneva", "suggested holding talks" propose).
                    continue
            if (
                trig.type != "demand"
                and id(CLAIM_BEFORE) in gated
                and CLAIM_BEFORE.search(slow, max(0, ts - 90), ts)
            ):
                continue  # "insisting the deal was reached directly between the militaries"
            if (
                trig.type in {"demand", "rejection", "proposal"}
                and not date_mentions
                and not STANCE_PRESENT.match(slow, ts)
                and STANCE_PRESENT.search(slow)
            ):
                continue  # "has rejected third-party mediation, and insists that ..."
            if (
                trig.phrase in PRESENT_STANCE_VERBS
                and item_date is None
                and not date_mentions
                and not TOLD_PRESS.search(slow, 0, ts)
                and not _after_clock_line(text, s0)
            ):
                # "a charge Santiago denies": a standing position, not news ("told
                # reporters that Russia rejects ...": said that day, to the press; a live
                # blog's entry under its time, "11:25 am", tells the news in the present).
                continue
            if (
                trig.type == "prisoner_exchange"
                and strength == "nominal"
                and PLURAL_SWAP.search(slow, ts, min(len(slow), te + 1))
            ):
                continue  # "prisoner swaps have been the one area of cooperation": a kind
            if trig.type == "ceasefire" and PLURAL_TRUCE.search(slow, ts, min(len(slow), te + 1)):
                continue  # "has announced truces before", "previous truces collapsed": a kind
            if (
                trig.type == "agreement"
                and ("once " in slow or "until " in slow)
                and AWAITED_AGREEMENT.search(slow, max(0, ts - 120), ts)
            ):
                continue  # "once the parties have agreed on its terms": an agreement to come
            if (
                trig.type == "agreement"
                and strength == "verbal"
                and PRESENT_CONSENT.match(slow, ts)
                and (
                    "once " in slow
                    or "until " in slow
                    or "till " in slow
                    or "as soon as " in slow
                    or "unless " in slow
                    or "before " in slow
                )
                and AWAITED_CONSENT.search(slow, max(0, ts - 80), ts)
            ):
                continue  # "monitors will deploy as soon as the two armies agree on the rules"
            if (
                trig.type == "agreement"
                and strength == "verbal"
                and " of" in slow[te : te + 30]
                and PARTIAL_CONSENT.match(slow, te)
            ):
                continue  # "the rebels accepted only parts of the plan": no deal
            if trig.type == "rejection" and _rejects_charge(
                slow,
                ts,
                te,
                # (dated: by a date that is not one of a clause about the claims, "the
                # allegations, which X repeated on Monday")
                any(
                    not _qualifies_noun(slow, te, d)
                    and not (d.start > te and RELATIVE_OPEN.search(slow, te, d.start))
                    for d in date_mentions
                ),
            ):
                continue  # "an accusation Kigali rejected as baseless": a denial, not a refusal
            if trig.type in {"demand", "proposal"} and _refused_thing(triggers, n, slow, s0):
                continue  # "rejected Lima's demand that ...": what was refused
            if (
                trig.type in SPEECH_TYPES
                and id(UNOFFICIAL) in gated
                and UNOFFICIAL.search(slow, max(0, ts - 80), ts)
            ):
                continue  # "military bloggers have spent two days calling for retaliation"
            if (
                trig.type == "meeting"
                and id(SPEECH_SETTING) in gated
                and SPEECH_SETTING.search(slow, max(0, ts - 90), ts)
            ):
                continue  # "said at a meeting of senior officers": where it was said
            if (
                trig.type == "meeting"
                and "cabinet " in slow
                and CABINET.search(slow, max(0, ts - 9), ts)
            ):
                continue  # "after the cabinet meeting": a government's own session
            definite = DEFINITE.search(slow, max(0, ts - 5), ts) is not None  # "the talks"
            if DEMONSTRATIVE.search(slow, max(0, ts - 12), ts):
                strength = "mention"  # "those talks": a reference back, not a new report
            elif (
                trig.type == "agreement"
                and trig.phrase.rsplit(" ", 1)[-1] in PARTICIPLES
                and "welcom" in slow[max(0, ts - 70) : ts]
                and WELCOMED_THING.search(slow, max(0, ts - 70), ts)
            ):
                strength = "mention"  # "welcomed the declaration signed in Washington": a reaction
            elif (
                strength == "verbal"
                and " that " in slow[ts:te]
                and "that" not in trig.phrase
                and THAT_CLAUSE.search(slow, ts, te)
            ):
                strength = "mention"  # "declared that the ceasefire has moved into phase two"
            elif (
                strength == "verbal"
                and trig.type in ENCOUNTER_TYPES
                and definite
                and any(d.type == trig.type for d in drafts)
                and not AGAIN_AFTER.match(slow, te)
                and not trig.phrase.startswith("will ")
                and " will " not in trig.phrase
                and not self._other_day(trig.type, n, te, slow, date_mentions, claims, drafts, pub)
            ):
                strength = "mention"  # "the call went on for 25 minutes": the call reported before
                # (not "the delegations will meet in Baku", "the sides met again": a new session)
            if (
                trig.type == "visit"
                and strength == "verbal"
                and (carrier := CARRIER.search(slow, max(0, ts - 90), ts)) is not None
                # ("The president's plane has landed in Zurich": his arrival)
                and not slow.endswith(("'s ", "’s "), 0, carrier.start())
                and not any(
                    carrier.end() <= m.start - s0 < ts and self.gaz.kind(m.name) == "person"
                    for m in actor_hits
                    if m.kind == "actor"
                )
            ):
                continue  # "Buses carrying the freed prisoners arrived in Ramallah": no visitor
            if (
                trig.type == "visit"
                and strength == "verbal"
                and ", who " in slow
                and WHO_TRAVELLED.search(slow, max(0, ts - 20), ts)
                and not any(ts < d.start and "," not in slow[te : d.start] for d in date_mentions)
            ):
                # "X, who flew in to lead the talks, said": how X came ("X, who visited Israel
                # last month, ..." dates a visit of its own).
                strength = "mention"
            if (
                trig.type in ENCOUNTER_TYPES
                and trig.phrase.startswith("attended")
                and slow.startswith(", who ", max(0, ts - 6))
                and not any(ts < d.start and "," not in slow[te : d.start] for d in date_mentions)
                and any(
                    t.start >= te and t.type in ENCOUNTER_TYPES and t.strength == "verbal"
                    for t in triggers
                )
            ):
                # "X, who attended the Naqoura meeting, met Aoun on Thursday": an aside on who X
                # is, the session reported elsewhere; the main clause's encounter is the news.
                strength = "mention"
            if (
                trig.type == "agreement"
                and strength == "verbal"
                and (
                    "that " in slow[max(0, ts - 40) : ts]
                    or "which " in slow[max(0, ts - 40) : ts]
                    or "whose " in slow[max(0, ts - 40) : ts]
                )
                and REL_DONE_BEFORE.search(slow, max(0, ts - 40), ts)
                and not any(ts < d.start and "," not in slow[te : d.start] for d in date_mentions)
            ):
                # "the agreement that we have initialed", "the force, which was endorsed by the
                # Security Council": what was done before, undated, describes the thing.
                strength = "mention"
            if (
                item_date is not None
                and strength == "nominal"
                and trig.phrase in PRESENT_VERBS
                and not NOT_FINITE.search(slow, max(0, ts - 8), ts)
            ):
                strength = "verbal"  # "Costa and Ruiz meet the premier": a list's present tense
            # "was agreed at a meeting between X and Y", "agreed during a long phone call on
            # May 3", "agreed to a ceasefire on June 14 at talks in Montevideo": the encounter
            # where it was agreed is a happening of its own ("agreed at the talks" refers back to
            # one reported already; "agreed to take part in talks" names what was agreed).
            occasion = (
                trig.type in ENCOUNTER_TYPES
                and not definite
                and (
                    (
                        id(OCCASION) in gated
                        and OCCASION.search(slow, max(0, ts - 60), ts) is not None
                    )
                    or self._agreed_at(triggers, n, slow, s0)
                    # "During a phone call with Trump on 18 March, Putin agreed to ...": the
                    # opening phrase names the encounter where it was agreed.
                    or (
                        ts <= 30
                        and LEAD_OCCASION.match(slow[:ts]) is not None
                        and any(
                            t.type == "agreement" and t.strength == "verbal" and t.start > trig.end
                            for t in triggers
                        )
                    )
                )
            )
            # "agreed on December 27 at a special meeting", "signed at a summit in Sharm el-Sheikh":
            # a meeting that names no parties of its own is the occasion, the agreement the news
            # ("agreed at a meeting between X and Y" still reports the meeting).
            held_day = (
                _held_day(slow, te, date_mentions)
                if trig.type == "talks"
                and strength != "verbal"
                and not occasion
                and id(HELD_CLAUSE) in gated
                else None
            )
            bare_occasion = (
                occasion
                and trig.type == "meeting"
                and not trig.phrase.endswith((" between", " with"))
                and not (
                    # "agreed to X at a meeting of their joint border commission": a session of
                    # the two sides' standing body, the sides its parties (talks, below)
                    slow.startswith(" of ", te)
                    and BORDER_BODY.search(slow, te, te + 60) is not None
                )
            )
            if strength == "nominal" and (
                PREDICATE.search(slow, max(0, ts - 40), ts)
                or (
                    PROCESS_OF.search(slow, max(0, ts - 40), ts)
                    and not occasion
                    and held_day is None  # ("months of talks that opened on Apr. 4")
                )
            ):
                # "was the first meeting between ...", "after weeks of negotiations": a
                # description of an event reported elsewhere, or a process, not a new happening.
                strength = "mention"
            if (
                strength == "nominal"
                and id(UNDER) in gated
                and UNDER.search(slow, max(0, ts - 40), ts)
            ):
                strength = "mention"  # "under the U.S.-brokered ceasefire": the framework
            elif (
                strength == "verbal"
                and trig.phrase.endswith("ed")
                and id(UNDER) in gated
                and UNDER.search(slow, max(0, ts - 40), ts)
            ):
                strength = "mention"  # "Under the plan endorsed by Trump, ...": the framework
            elif (
                strength == "verbal"
                and id(SINCE_BEFORE) in gated
                and SINCE_BEFORE.search(slow, max(0, ts - 30), ts)
                # ("has risen since the truce began on 4 May": dated, a happening of its own)
                and not _dated_after(te, n, slow, date_mentions, claims)
            ):
                strength = "mention"  # "has risen since the truce began": a time reference
            if (
                strength != "verbal"
                and slow.startswith(",", te)
                and (definite or slow.startswith("the ", ts))
                and TIME_REFERENCE.search(slow, max(0, ts - 16), ts)
            ):
                continue  # "A day after the truce, on Sunday, X said": a time reference
            if (
                trig.type == "ceasefire"
                and strength == "nominal"
                and (
                    CEASEFIRE_OVER.match(slow, te, min(len(slow), te + 70))
                    or CEASEFIRE_BROKEN.search(slow, max(0, ts - 30), ts)
                )
            ):
                strength = "mention"  # "after the truce expired", "breached the ceasefire"
            if (
                trig.type == "ceasefire"
                and strength == "nominal"
                and HELD_TO.search(slow, max(0, ts - 40), ts)
            ):
                strength = "mention"  # "remained committed to the ceasefire"
            # "the body that monitors the ceasefire", "the next phase of the truce", "the
            # ceasefire monitoring committee met": a truce in force, declared before
            truce_in_force = (
                trig.type == "ceasefire"
                and strength in {"nominal", "mention"}
                and (
                    (
                        (in_force := TRUCE_IN_FORCE_BEFORE.search(slow, max(0, ts - 50), ts))
                        is not None
                        # ("declared the start of the second phase of the truce": news)
                        and not PHASE_START.search(
                            slow, max(0, in_force.start() - 30), in_force.start()
                        )
                    )
                    or TRUCE_IN_FORCE_AFTER.match(slow, te) is not None
                    or (
                        "holding" in slow
                        and TRUCE_HOLDING.match(slow, te, min(len(slow), te + 80)) is not None
                    )
                )
            )
            if truce_in_force:
                strength = "mention"
            if (
                strength == "nominal"
                and not occasion
                and AWAITED.search(slow, max(0, ts - 30), ts)
                # ("following a call with Erdogan on 3 March": one that took place)
                and not self._own_day(trig.type, te, n, slow, date_mentions, claims)
            ):
                continue  # "security guarantees after a ceasefire": one hoped for
            if (
                strength == "verbal"
                and AWAITED_VERB.search(slow, ts, te)
                and AWAITED.search(slow, max(0, ts - 30), ts)
            ):
                continue  # "deployed only after a ceasefire takes effect": one awaited
            if (
                trig.phrase in PARTICIPLES
                and (" is " in slow or " are " in slow or " been " in slow or " get" in slow)
                and AWAITED_PASSIVE.search(slow, max(0, ts - 70), ts)
            ):
                continue  # "no truce before a settlement is agreed": one awaited
            if (
                strength == "nominal"
                and trig.type in {"agreement", "ceasefire"}
                and (named := DATED_NAME.search(slow, max(0, ts - 30), ts)) is not None
                and not any(
                    named.group("when") in slow[d.start : d.end]
                    for d in date_mentions
                    if d.end <= ts or d.start >= te
                )
            ):
                # "to sign documents building on the June accord", "the 2024 truce": a deal named
                # by its time, told before; another date of the sentence is not its own ("the
                # July truce was agreed on July 28" tells its day).
                strength = "mention"
            if strength == "nominal" and INDEFINITE.search(slow, max(0, ts - 30), ts):
                continue  # "an immediate ceasefire would mean ...": a kind, not a happening
            if strength == "nominal" and _quoted(slow, ts, te):
                continue  # 'had brokered "an endless day of talks"': the speaker's words
            # "met X in Lima, his first visit to Peru", "X, on a visit to Peru, said", "during a
            # rare visit to Lima": the trip the sentence's news happened on, a visit as well
            # (devset README, encounters).
            trip_frame = (
                trig.type == "visit"
                and strength == "nominal"
                and not trig.phrase.startswith("the ")
                and TRIP_FRAME.search(slow, max(0, ts - 40), ts) is not None
            )
            if (
                strength == "nominal"
                and not trip_frame
                and SOUGHT.search(slow, max(0, ts - 24), ts)
                # ("builds on a phone call between X and Y on 3 May": one that took place)
                and not self._own_day(trig.type, te, n, slow, date_mentions, claims)
            ):
                continue  # "a lot closer to a deal": what is sought
            if trig.type not in ENCOUNTER_TYPES and DISCUSSED.search(slow, max(0, ts - 40), ts):
                continue  # "the leaders discussed the exchange of prisoners": a subject
            if (
                strength == "verbal"
                and slow.endswith("later ", 0, ts)
                and not any(d.start < _clause_end(slow, te) for d in date_mentions)
                and focus is not None
                and (day_told := self._last_day()) is not None
                and day_told[1] < focus.start - _LATER_BACKGROUND
            ):
                # "They signed a declaration on 26 October. Bangkok later suspended it": after a
                # day of the background, undated (not "Trump later spoke to Zelensky", told after
                # the news of the day)
                continue
            if (
                trig.type == "sanction"
                and slow.startswith("lifting of", ts)
                and DEFINITE.search(slow, max(0, ts - 5), ts)
                and TALKED_OVER.search(slow, 0, ts)
            ):
                continue  # "discussed the route, as well as the lifting of restrictions": a subject
            if (
                trig.type == "proposal"
                and strength == "nominal"
                and REWORKED.search(slow, max(0, ts - 50), ts) is not None
            ):
                continue  # "the negotiators trimmed the 20-point draft to 12 points": work on it
            if (
                trig.type == "talks"
                and trig.phrase.startswith(("a second", "a third", "a fourth"))
                and ROUND_COUNTED.search(slow, max(0, ts - 150), ts) is None
            ):
                continue  # "a drone hit the plant, and a second followed": no round counted
            if "round" in trig.phrase and ROUND_OF_OTHER.match(slow, te):
                continue  # "a new round of sanctions"
            adjunct = adjuncts[n]
            # "The swap was agreed at the joint session of the Chilean, Peruvian and Bolivian
            # teams in Lima on May 4": the session it was agreed at, told with a day of its own,
            # not a reference back to one reported before
            dated_session = (
                definite
                and trig.type in {"talks", "meeting"}
                and self._agreed_at(triggers, n, slow, s0)
                and self._own_day("talks", te, n, slow, date_mentions, claims, lists=True)
            )
            counted_back = (
                self._counted_back(slow, ts, date_mentions, pub)
                if adjunct and strength == "verbal" and id(DAYS_AFTER) in gated
                else None
            )
            if (
                adjunct
                and counted_back is None
                and not trip_frame
                and verbal_types - {trig.type}
                and (not occasion or bare_occasion)
                and held_day is None
                # ("handed the draft to X on Monday at a meeting hosted by Y": a proposal made at
                # a meeting is no outcome of it; the meeting is news of its own)
                and not (
                    verbal_types == {"proposal"}
                    and trig.type == "meeting"
                    and AT_DURING.search(slow, max(0, ts - 12), ts) is not None
                )
                and not (
                    strength == "nominal"
                    and not definite
                    and self._own_day(trig.type, te, n, slow, date_mentions, claims)
                )
                # "Swaps resumed after the two delegations met in Lima on 4 May and agreed to
                # ...": an encounter told with its own verb and day, a happening of its own
                and not (
                    strength == "verbal"
                    and trig.type in {"meeting", "talks"}
                    and self._own_day("talks", te, n, slow, date_mentions, claims, claimed=False)
                )
                and not dated_session
            ):
                strength = "mention"  # "after the talks ended, X called Y": the call is the news
            if (
                trig.type in ENCOUNTER_TYPES
                and not trip_frame
                and (
                    (strength == "nominal" and verbal_types & ENCOUNTER_TYPES - {trig.type})
                    or (definite and verbal_types & {"talks", "meeting"} - {trig.type})
                )
            ):
                continue  # "the summit ... when Biden and Putin held talks": one encounter
            if (
                strength == "verbal"
                and speech_before
                and trig.type not in SPEECH_TYPES
                and not occasion  # ("reached at the close of a round of talks")
                and not COORDINATED.search(slow, speech_end, ts)
                # ("signed on 8 May, when the two presidents met in Lima": the occasion's own
                # clause, an encounter of its own)
                and not (
                    trig.type in ENCOUNTER_TYPES
                    and "when" in slow[speech_end:ts]
                    and WHEN_CLAUSE.search(slow, speech_end, ts) is not None
                )
            ):
                strength = "nominal"  # "agreed to exchange prisoners": the content of the deal
            if trig.type in SPEECH_TYPES and INFINITIVE.search(slow, max(0, ts - 4), ts):
                continue  # "set for Russia to agree", "urged Ukraine to agree": what is wanted
            if speech_before and trig.type in SPEECH_TYPES and INFINITIVE.search(slow, 0, ts):
                continue  # "urged Ukraine to agree": what was asked for, not an agreement
            # "accepted the truce proposed by X on 2 March": the proposing, told with its day
            dated_proposing = _dated_participle(trig, slow, te, date_mentions)
            if (
                speech_before
                and trig.type in SPEECH_TYPES
                and slow.startswith(" by ", te)
                and not PASSIVE_AUX.search(slow, max(0, ts - 14), ts)
                and not dated_proposing
            ):
                continue  # "agreed to a truce proposed by X": describes what was agreed
            if (
                trig.type == "proposal"
                and slow.startswith(" by ", te)
                and PROPOSED_THING.search(slow, max(0, ts - 16), ts) is not None
                and not dated_proposing
            ):
                # "said the plan put forward by X rewards the militia", "a truce, as proposed by
                # X, would ...": the plan described by its author, no news of its making ("a
                # roadmap put forward on 4 May by X" is dated, and so told as news).
                continue
            # "agreed on Monday to sign the deal at the summit in June": the encounter is where the
            # action agreed or proposed is to take place, no dated happening named in passing
            # (not so a deal: "needed to implement the commitments of the February 2023 deal")
            in_action_agreed = (
                speech_before
                and trig.type in ENCOUNTER_TYPES
                and _content_verb(slow, stext, speech_end, ts)
            )
            if strength == "nominal" and not trip_frame:
                absorbed = (speech_before or bool(verbal_seen - {trig.type})) and not adjunct
                if absorbed and (occasion or held_day is not None):
                    absorbed = False  # (the occasion, or a session told with its own verb and day)
                if (
                    absorbed
                    and not in_action_agreed
                    and self._phrase_date(sent, slow, ts, te, pub) is not None
                ):
                    # "demanded a return to the lines of the 1974 accord": the content of the
                    # demand, and a dated happening of its own, named in passing
                    absorbed, strength = False, "mention"
                if absorbed:
                    if speech_before:
                        future_date = self._pick_date(date_mentions, ts, te, pub, True, slow)
                        said_future = (
                            future
                            or any(d.tense_hint == "future" for d in date_mentions if d.start > ts)
                            or bool(INFINITIVE.search(slow, max(0, ts - 4), ts))
                        )  # "agreed to meet again on 1 February": a plan
                        if said_future and future_date and pub and future_date[0].start > pub:
                            strength = "planned"
                        else:
                            continue
                    else:
                        continue
            if strength == "verbal":
                verbal_seen.add(trig.type)
                if trig.type in SPEECH_TYPES:
                    speech_before = True
                    speech_end = te
            if (
                trig.type in used_types
                and strength != "verbal"
                and not (
                    NUMBERED_ROUND.match(trig.phrase)
                    and any(OWN_DATE_GAP.fullmatch(slow, te, d.start) for d in date_mentions)
                )
            ):
                # (not "a second round on 2 June ..., and a third round on 23 July ...": each
                # numbered round told with its own day is a round of its own)
                continue
            attr_start = len(slow)  # (the nearest attribution after the trigger)
            for a, _ in attribution:
                if te < a < attr_start:
                    attr_start = a
            # "X, who met Y on Thursday, said ...": the report's lead frames what follows it only.
            trig_attribution = [(x, y) for x, y in attribution if x > 0 or y <= ts]

            # Date.
            planned = future or strength == "planned"
            # A date belongs to its nearest trigger; a trigger without one may use a date that
            # precedes it ("met on March 18, when they called for ...").
            usable = date_mentions
            # The dates but those of the action agreed to or proposed ("agreed to meet again in
            # February"): whether the sentence tells of an earlier time (``elsewhere``)
            action_free_dates = date_mentions
            if trig.type in CONTENT_TYPES | {"agreement"}:
                # "suggested they begin on Thursday", "agreed to meet on 1 February": the date
                # belongs to the proposed or agreed action.
                infinitive = trig.phrase.endswith(" to") and VERB_NEXT.match(slow, te)
                if infinitive:
                    action_free_dates = [d for d in date_mentions if d.start < te]
                usable = [
                    d
                    for d in date_mentions
                    if d.start < te
                    or not (
                        infinitive
                        or _content_verb(slow, stext, te, d.start)
                        # "demanded the return of soldiers captured on July 29", "demanded a
                        # withdrawal to the lines of December 8, 2024": the demanded thing's date
                        or (
                            trig.type in CONTENT_TYPES
                            and (
                                _qualifies_noun(slow, te, d)
                                or NOUN_OF_DATE.search(slow, te, d.start)
                            )
                        )
                    )
                    # "had agreed to meet in Lima during a phone call on March 16": told back, the
                    # deal dated by the occasion it was made at (told as the news, "agreed to sign
                    # the deal at their summit on 20 June" is where the action agreed is to be)
                    or (
                        d.start - te > 20
                        and OCCASION_DAY.search(slow, max(te, d.start - 70), d.start) is not None
                        and PLUPERFECT.search(slow, max(0, ts - 30), ts) is not None
                    )
                ]
            own = [d for d in usable if claims[id(d)] == n] or [
                d
                for d in usable
                if triggers[claims[id(d)]].type == trig.type
                or (d.end <= ts and not _attributive(triggers[claims[id(d)]], d, slow, s0))
                or adjuncts[claims[id(d)]]
                or (adjunct and n < claims[id(d)])
                # "agreed in direct talks in Istanbul on June 2": the deal's day is the talks'
                or (occasion and triggers[claims[id(d)]].type == "agreement")
                # "the delegations met in Lima on 4 May and agreed to ...": the day between two
                # coordinated verbs is both verbs' day
                or (
                    trig.type in ENCOUNTER_TYPES
                    and strength == "verbal"
                    and 0 <= d.start - te <= 80
                    and TO_SHARED_DAY.fullmatch(slow, te, d.start) is not None
                    and _and_next_verb(slow, d.end, triggers, s0)
                )
                # "proposed a truce in a joint statement on 4 May": the statement is how it was
                # proposed, its day the proposal's
                or (
                    trig.type in STATEMENT_BORNE
                    and _statement_medium(triggers[claims[id(d)]], d, slow, s0)
                )
            ]
            if (
                planned
                and ("after" in slow or "since" in slow or "following" in slow)
                and (prior := PRIOR_OCCASION.search(slow, te))
            ):
                # "due to meet on 4 February for a second round after their first meeting in
                # late January": the dates told of the earlier occasion are past, not the plan's.
                own = [d for d in own if d.start < prior.start()]
            if dated_proposing:
                # "said on Sunday it accepted the truce proposed by X on 2 March": the date told
                # after the participle's agent is the proposing's
                own = [d for d in own if d.start > te] or own
            if strength == "planned":  # "agreed to meet again on 1 February": the plan's date
                own = [d for d in usable if d.start > ts] or own
            picked = self._pick_date(own, ts, te, pub, planned, slow, trig.type in SPEECH_TYPES)
            if held_day is not None:
                # (the clause's own day, which ``_pick_date`` leaves to the clause's verb)
                held = held_day.resolve(pub, False, self._shift_refs.get(id(held_day)))
                picked = (held, (held_day.start, held_day.end)) if held is not None else None
            if (
                picked
                and picked[0].precision in {"month", "year"}
                and len(usable) > 1
                and not planned
            ):
                # "After five days of fighting in July, they agreed to a truce at talks on July
                # 28": a day inside the month, in reach of the trigger, is the finer date ("held
                # rounds of talks last year, including in Lima on August 19": inside the year).
                picked = self._finer_day(usable, picked, ts, te, pub, slow) or picked
            resolved, date_span = picked if picked else (None, None)
            if resolved is None and trip_frame and not planned and usable:
                # "X, on a working visit to Lima, met Y on Monday": the trip the dated news of
                # the sentence happened on, that day
                picked = self._pick_date(usable, ts, te, pub, planned, slow)
                if picked is None and (on_trip := WHO_ON_TRIP.search(slow, max(0, ts - 40), ts)):
                    # "On April 21, X received Y, who is on a visit to Lima": the trip the
                    # relative clause tells is under way on the main clause's day
                    picked = self._pick_date(
                        [d for d in usable if d.end <= on_trip.start()],
                        on_trip.start(),
                        on_trip.start(),
                        pub,
                        planned,
                        slow,
                    )
                resolved, date_span = picked if picked else (None, None)
            if counted_back is not None and (date_span is None or date_span[1] <= ts):
                resolved, date_span = counted_back, None  # ("on May 3, two days after X met Y")
            date_source = "text"
            if resolved is None and item_date is not None and not own:
                resolved = item_date  # "FEB 18 - Rubio and Lavrov hold talks in Riyadh"
            if resolved is None and any(d.kind == "shift" for d in own):
                continue  # "a day earlier" with no day to count from: not the article's day
            if resolved is None and occasion and not planned:
                # "The agreement was reached at talks in Washington of the committee ...": the
                # talks where it was reached were held on the deal's day.
                deal = _deal_told_in(drafts, index, held=True)
                if deal is not None:
                    resolved, date_source = deal.date, deal.date_source
            if planned:
                if resolved is None or (
                    pub is not None
                    and resolved.start <= pub
                    # "will travel to Moscow later this month": the rest of this month
                    and not (resolved.precision == "month" and dates_mod.period_end(resolved) > pub)
                ):
                    continue
            elif resolved is None:
                if (strength == "nominal" and not trip_frame) or strength == "mention":
                    strength = "mention"
                elif ("after" in slow or "before" in slow) and self._period_after(slow, ts):
                    strength = "mention"  # "a week after X and Y signed a deal": dated elsewhere
                elif (
                    trig.type == "ceasefire"
                    and TIME_REFERENCE.search(slow, max(0, ts - 16), ts)
                    # ("three days after the truce took effect": counted back, below)
                    and not (
                        id(DAYS_AFTER) in gated and DAYS_AFTER.search(slow, max(0, ts - 80), ts)
                    )
                ):
                    strength = "mention"  # "one night after the truce began": a time reference
                elif POSSESSIVE_LATEST.search(slow, max(0, ts - 20), ts):
                    strength = "mention"  # "his latest round of talks had been productive"
                elif "had" in slow and _had_relative(slow, ts, te):
                    strength = "mention"  # "Trump, who had announced the truce, said ...": before
                elif (
                    previous is not None
                    and previous.date is not None
                    and not (id(AFTER_THOSE) in gated and AFTER_THOSE.search(slow))
                ):
                    resolved = (
                        previous.date
                    )  # "He also spoke with ...": the previous sentence's day
                elif SAME_DAY.search(slow) and (spoken := self._spoken()) is not None:
                    resolved = dates_mod.ResolvedDate(spoken, None, "day")
                elif (
                    not action_free_dates
                    and slow.startswith(
                        ("on the sidelines", "on the margins", "at the same", "in the same")
                    )
                    and (occasion_day := _occasion_day(slow, drafts)) is not None
                ):
                    # "On the sidelines of the summit, X met Y": on the day of the summit reported.
                    resolved = occasion_day
                elif (
                    not action_free_dates
                    and slow.startswith("on the eve of the ")
                    and EVE_OF_GATHERING.match(slow) is not None
                    and (gathering := _last_gathering(drafts, {"meeting", "talks"})) is not None
                ):
                    # "On the eve of the meeting, X demanded ...": the day before the one reported
                    resolved = dates_mod.ResolvedDate(
                        gathering.date.start - dt.timedelta(days=1), None, "day"
                    )
                elif (
                    not action_free_dates
                    and "after" in slow
                    and ISSUED_AFTER.search(slow) is not None
                    and (
                        gathering := _last_gathering(
                            drafts, near=focus.start if focus is not None else None
                        )
                    )
                    is not None
                ):
                    # "In a joint statement issued after the meeting, they called on ...": the
                    # statement (and what it says) is of the day of the gathering reported.
                    resolved = gathering.date
                elif (
                    "later" in slow
                    and HOURS_LATER.search(slow)
                    and (spoken := self._spoken()) is not None
                ):
                    # "Hours later, the group rejected the offer", "rejected the demand hours
                    # later": the day the text spoke of last.
                    resolved = dates_mod.ResolvedDate(spoken, None, "day")
                elif (
                    not action_free_dates
                    and slow.startswith(("during ", "at ", "in "))
                    and DURING_THAT.match(slow)
                    and (gathering := _gathering_just_told(drafts, index)) is not None
                ):
                    # "X and Y met in Lima on Monday. ... During the session, X presented a
                    # plan": the day of the session told (not the last day the text named).
                    resolved = gathering.date
                elif (
                    not action_free_dates
                    and slow.startswith(("during ", "at ", "in "))
                    and DURING_THAT.match(slow)
                    and (previous_day := self._last_day()) is not None
                    and "\n" not in text[previous_day[0] : sent.start]
                ):
                    # "X and Y spoke on Monday. During the call, they agreed ...": that day.
                    resolved = dates_mod.ResolvedDate(previous_day[1], None, "day")
                elif (
                    not action_free_dates
                    and " during " in slow[te:]
                    and (during := DURING_THAT.search(slow, te)) is not None
                    and slow.startswith("during", during.start())
                    and (gathering := _gathering_just_told(drafts, index)) is not None
                ):
                    # "X met Y in Lima on Monday. ... X presented the plan during the meeting":
                    # the day of the gathering just told
                    resolved = gathering.date
                elif (
                    not action_free_dates
                    and "afterward" in slow
                    and AFTERWARDS.match(slow, te) is not None
                    and (gathering := _gathering_just_told(drafts, index)) is not None
                ):
                    # "X met Y in Cairo. Z joined the meeting, and the ministry said in a
                    # statement afterwards that ...": on the day of the gathering just told
                    resolved = gathering.date
                elif (
                    background()
                    or focus is None
                    or elsewhere(
                        [
                            d
                            for d in action_free_dates
                            # '"... the truce of May," the ministry said': the quotation's
                            if not (quoted_at(slow, d.start) and not quoted_at(slow, ts))
                            # "Hamas has rejected the timetable that the board presented on 6
                            # October": the date of the relative clause (or of a possessive),
                            # not an earlier frame
                            and not _qualifies_noun(slow, te, d)
                            and not captured_date(slow, d)
                        ]
                    )
                    or (id(AFTER_THOSE) in gated and AFTER_THOSE.search(slow))
                    or (id(LATER_BY) in gated and LATER_BY.search(slow))
                    # (any white space before "day": "a\u00a0day before")
                    or ("day" in slow and COUNTED_LEAD.match(slow) is not None)
                ):
                    continue
                elif (
                    not date_mentions
                    and PLUPERFECT.search(slow, max(0, ts - 30), ts)
                    and (previous_day := self._last_day()) is not None
                    and "\n" not in text[previous_day[0] : sent.start]
                ):
                    # "On Monday, X held talks with Y. Beijing said the sides had agreed to ...":
                    # what had happened by then happened on the day just reported.
                    resolved = dates_mod.ResolvedDate(previous_day[1], None, "day")
                elif slow.startswith(("under ", "in line with ")) and UNDER_LEAD.match(slow):
                    continue  # "Under its first phase, Israel freed ...": the deal's terms, undated
                elif (
                    (
                        trig.type in CONTENT_TYPES
                        or (
                            trig.type == "rejection"
                            and _told_dated(drafts)
                            and not _answers_demand(drafts, index)
                        )
                    )
                    and " ha" in slow[max(0, ts - 22) : ts]
                    and PERFECT_AUX.search(slow, max(0, ts - 22), ts)
                    and not _after_clock_line(text, sent.start)
                ):
                    # "Spain has offered to deploy soldiers", "Baku has demanded that Yerevan
                    # amend its constitution": a standing offer or demand, undated (a live blog's
                    # entry under its time, "10:40 GMT", tells the news in the perfect). So is
                    # "Oslo has ruled out a referendum" once the article has told what happened
                    # on its days; as its lead ("Oslo has rejected the plan") it is the news, and
                    # so is the answer to a demand just told ("Oslo demanded X, which Bern has
                    # refused").
                    continue
                elif (
                    (previous_day := self._last_day()) is not None
                    and "\n" not in text[previous_day[0] : sent.start]
                    and previous_day[1] != focus.start
                    and (pub is None or previous_day[1] <= pub)
                    # not a standing position ("Oslo has insisted on ...") nor what came after
                    # that day ("Bern later offered ...")
                    and not PERFECT_AUX.search(slow, max(0, ts - 22), ts)
                    and not ("later" in slow[:ts] and LATER_WORD.search(slow, 0, ts))
                ):
                    # "The envoys met in Geneva on Sunday. In a statement, the rebels rejected
                    # the plan.": an undated report right after a sentence that named an earlier
                    # day, in its paragraph, goes on telling that day, not the article's.
                    resolved = dates_mod.ResolvedDate(previous_day[1], None, "day")
                elif (
                    (spoken := self._spoken()) is not None
                    and focus.start < spoken
                    and (pub is None or spoken <= pub)
                    # (not a perfect: a standing position; nor a pluperfect: what had happened
                    # before, "Medinsky said Moscow had offered a truce at the talks")
                    and not PERFECT_AUX.search(slow, max(0, ts - 22), ts)
                    and not PLUPERFECT.search(slow, max(0, ts - 30), ts)
                    # (nor a since-clause: "the main venue since talks resumed", background)
                    and "since " not in slow[max(0, ts - 30) : ts]
                    and not _refers_to_earlier_gathering(slow, drafts, spoken)
                ):
                    # "The talks opened on Monday. [...] Then came Tuesday's summit. [...] X
                    # refused to sign.": the story has moved on past the lead's day; an undated
                    # report tells the last day it reached.
                    resolved = dates_mod.ResolvedDate(spoken, None, "day")
                elif (
                    not date_mentions
                    and not PERFECT_AUX.search(slow, max(0, ts - 22), ts)
                    and not ("later" in slow[:ts] and LATER_WORD.search(slow, 0, ts))
                    and (told := self._day_of_speaker(index, gaz, s0 + ts, focus.start)) is not None
                ):
                    # "Speaking to officers on Sunday, the general said ... [new paragraph] The
                    # general also demanded ...": the person the text last told of on an earlier
                    # day goes on speaking on that day, not on the article's.
                    resolved = dates_mod.ResolvedDate(told, None, "day")
                elif (
                    not date_mentions
                    and trig.type in SPEECH_TYPES
                    and places
                    and (held := _gathering_held_at(drafts, places, focus.start)) is not None
                ):
                    # "The talks were held in Oslo on Monday. [...] The rebels demanded in Oslo
                    # that ...": said at the gathering held there, on its day.
                    resolved = held
                else:
                    resolved, date_source = focus, "article"
            elif pub is not None and resolved.start > pub + dt.timedelta(days=1):
                past = _last_year(own, date_span, resolved, slow, id(PLAN_CUE) in gated)
                if past is None:
                    continue  # a past-tense report dated in the future: misread
                resolved = past
            if resolved is not None and resolved.precision == "day" and resolved.end is None:
                days = DAYS_OF.search(slow, ts, te)
                if days and date_source == "text" and ENDED.search(slow, ts, te):
                    # "ended two days of talks on Dec. 15": the talks span Dec. 14-15.
                    span = COUNT.get(days.group(1), 1)  # not ``n``: the trigger index
                    resolved = dates_mod.ResolvedDate(
                        resolved.start - dt.timedelta(days=span - 1), resolved.start, "day"
                    )
                before = (
                    DAYS_AFTER.search(slow, max(0, ts - 80), ts)
                    if id(DAYS_AFTER) in gated and counted_back is None  # (counted already)
                    else None
                )
                if before is None and counted_back is None and id(DAYS_AFTER_APPOSED) in gated:
                    apposed = DAYS_AFTER_APPOSED.search(slow, max(0, ts - 120), ts)
                    opener = slow[: apposed.start()].rstrip() if apposed is not None else ""
                    if apposed is not None and opener and not opener.endswith(","):
                        # "He did so a day after the leaders of A, B and C, visiting D,
                        # demanded": the counted clause runs on past its commas to the trigger.
                        before = apposed
                if (
                    before is not None
                    and not planned
                    and (date_span is None or date_span[1] <= before.start())
                    and not CLAUSE_SEP.search(slow, before.end(), ts)
                    # ("a day after Trump said he asked Putin": the count dates the saying, not
                    # the asking; but in an undated report, "a day after Y said it had accepted
                    # the plan", what the saying tells in the past perfect is news of its day)
                    and (
                        not REPORTING.search(slow, before.start(), ts)
                        or (
                            date_source == "article"
                            and PLUPERFECT.search(slow, max(before.start(), ts - 30), ts)
                        )
                    )
                    # "a day after" a text date is counted already (``_day_shift``) unless a
                    # comma came between
                    and (
                        date_source == "article"
                        or before.group("days").lower() not in {"a", "one"}
                        or "," in slow[before.start() : ts]
                    )
                ):
                    # "Three days after Trump and Putin met in Anchorage, Zelensky is in ...".
                    resolved = dates_mod.ResolvedDate(
                        _count_back(resolved.start, before), None, "day"
                    )

            # Actors and roles.
            sides = pair
            if any(m.kind == "pair" for m in actor_hits):
                if any(
                    m.kind == "pair" and ARMIES.search(text, m.start, m.end) for m in actor_hits
                ):
                    # "commanders of the two armies met": a war's two sides, not the parties
                    # of whatever was told just before
                    sides = self._parties.addressed_sides(pair, set())
                else:
                    sides = self._parties.recent_pair(drafts, index, trig.type, s0) or pair
            hits = actor_hits
            since = SINCE_CLAUSE.search(slow, te) if id(SINCE_CLAUSE) in gated else None
            if since is not None and trig.type in ENCOUNTER_TYPES:
                # "his first visit since it agreed with Azerbaijan": another happening's parties.
                hits = [m for m in actor_hits if m.start - s0 < since.start()]
            split = AFTER_CLAUSE.search(slow, te) if id(AFTER_CLAUSE) in gated else None
            if (
                split is not None
                and trig.type == "agreement"
                and NEGOTIATED_AFTER.match(slow, split.start())
            ):
                # "Lima and Quito signed the accord on Friday, after weeks of talks mediated by
                # Brazil": the talks that made the deal; their sides and mediators are its own.
                split = None
            if split is not None:
                # "A ceasefire ... came into effect, hours after Israel approved a deal brokered
                # by X": the later clause's parties are not the ceasefire's.
                own_hits = [m for m in hits if m.start - s0 < split.start()]
                if any(
                    m.kind == "pair" or not any(x <= m.start - s0 < y for x, y in attribution)
                    for m in own_hits
                ):
                    hits = own_hits
                else:
                    # "The truce took effect a day after Israel and Hamas signed the deal at talks
                    # mediated by X": the later clause's sides are the truce's, not its mediators.
                    hits = [
                        m
                        for m in hits
                        if m.start - s0 < split.start()
                        or m.kind == "pair"
                        or self._parties.role(m, trig.type, m.start - s0, ts)
                        not in {"mediator", "host"}
                    ]
            elif (lead := _leading_split(slow, stext, ts)) is not None:
                # "The truce, brokered by X, took effect on Oct. 10, two weeks after the White
                # House unveiled its plan": the later clause's happening has its own parties.
                own_hits = [m for m in hits if m.start - s0 >= lead]
                if any(m.kind == "actor" or _own_pair(m, trig) for m in own_hits):
                    hits = own_hits
            if (
                trig.type in ENCOUNTER_TYPES
                and " between " in slow[te:]
                and (other := OTHER_PAIR.search(slow, te)) is not None
            ):
                # "met in Naqoura for the committee that monitors the ceasefire between Israel and
                # Hezbollah": the pair of another happening, not who met.
                outside = [m for m in hits if not other.start() <= m.start - s0 < other.end()]
                if any(m.kind == "actor" for m in outside):
                    hits = outside
            if (
                trig.type == "ceasefire"
                and (frame := TRUCE_FRAME.search(slow, te)) is not None
                and TRUCE_EFFECT.search(slow, ts, frame.start())
            ):
                # "The truce took effect on Oct. 10 under X's plan": X's plan is the framework;
                # with no side named before it, the truce is the main pair's (below).
                hits = [m for m in hits if m.start - s0 < frame.start()]
            if (
                trig.type == "ceasefire"
                and " between " in slow[ts:te]
                and sum(ts <= m.start - s0 < te for m in hits) >= 2
            ):
                # "the ceasefire between Israel and Hezbollah that took effect on 27 November
                # 2024, brokered by the US and France": the sides it names, and its brokers; not
                # who the rest of the sentence is about.
                brokers = BROKERED_BY.search(slow, te) if "by " in slow[te:] else None
                hits = [
                    m
                    for m in hits
                    if ts <= m.start - s0 < te
                    or (brokers is not None and m.start - s0 >= brokers.end())
                ]
            if trig.type == "ceasefire" and ("'" in slow or "’" in slow):
                hits = [m for m in hits if not PLAN_OWNER.match(slow, m.end - s0)]
            if dated_proposing:
                # "accepted the truce proposed by A and B on 12 March": proposed by its agents
                # (not by who accepted it)
                agents = [m for m in hits if te < m.start - s0 <= te + 130]
                hits = agents or hits
            others = [t for i, t in enumerate(triggers) if i != n and t.strength == "verbal"]
            if others and trig.strength == "verbal":
                # "X declared a truce on Monday, a day after Y rejected ...": each clause's
                # verb takes the parties of its own clause (if it names one).
                lo, hi = _clause_bounds(slow, ts, te, others, s0)
                own_hits = [m for m in hits if lo <= m.start - s0 < hi]
                if any(
                    _own_pair(m, trig)
                    or (
                        m.kind != "pair"
                        and self._parties.role(m, trig.type, m.start - s0, ts)
                        not in {"mediator", "host"}
                    )
                    for m in own_hits
                ):
                    hits = own_hits
            if strength == "verbal" and (", who " in slow[:ts] or ", which " in slow[:ts]):
                # "Ruto, who travelled to Washington alongside the leaders of Angola and Togo,
                # held talks with Tshisekedi", "The rebels, which Chile arms, on Monday rejected
                # ...": the relative clause's names take no part.
                w = max(slow.rfind(", who ", 0, ts), slow.rfind(", which ", 0, ts))
                c = slow.rfind(",", w + 1, ts)
                if (
                    c > 0
                    and CLAUSE_RESUMES.fullmatch(slow, c, ts)
                    # ("The council, which brings together A, B and C, met": its members)
                    and not MEMBERS_CLAUSE.match(slow, w)
                ):
                    hits = [m for m in hits if not w < m.start - s0 < c]
            if trig.type in QUOTED_TYPES and ('"' in slow or "“" in slow):
                # '"... trust between Israel and Hamas," Grundberg said in a statement', 'rejecting
                # it "while Israel occupies our land"': the quoted words name what is spoken
                # about; who speaks, and to whom, is named outside them.
                quotes = [(q.start(), q.end()) for q in QUOTE.finditer(slow)]
                outside = [m for m in hits if not any(x <= m.start - s0 < y for x, y in quotes)]
                if outside and len(outside) < len(hits):
                    hits = outside
            if trig.type == "visit":
                # "arrived in Israel", "a visit to Japan": the country visited is a party.
                hits = hits + [
                    m
                    for m in gaz
                    if m.kind == "actor"
                    and m not in hits
                    and 0 <= m.start - trig.end <= 5
                    and self.gaz.kind(m.name) == "state"
                ]
            referent = None
            pron = PRONOUN_CLAUSE.search(slow, max(0, ts - 70), ts)
            if pron is not None and not any(pron.start() <= m.start - s0 < ts for m in hits):
                # "..., after he spoke by telephone with Putin", "..., and he later accepted":
                # the clause's subject is the sentence's first person named, and its parties are
                # that person and those named in the clause, not the other clause's.
                referent = next(
                    (
                        m
                        for m in actor_hits
                        if m.kind == "actor"
                        and m.start - s0 < pron.start()
                        and self.gaz.kind(m.name) == "person"
                    ),
                    None,
                )
                if referent is not None:
                    clause_end = ACTOR_SPLIT.search(slow, te)
                    hi = clause_end.start() if clause_end else len(slow)
                    # (from the trigger on: "he had asked the Russian leader not to" wraps
                    # the party asked)
                    hits = [m for m in hits if ts <= m.start - s0 < hi]
            if trig.type == "rejection" and (
                trig.phrase.endswith(SURRENDER_VERBS) or " not hand " in trig.phrase
            ):
                # "said the rebels would not hand over their arms to the army": a refusal to give
                # something up is the refuser's; what is given and to whom are its content.
                hits = [m for m in hits if m.start - s0 < ts]
            if trig.type in {"rejection", "agreement"}:
                # "accepted the truce proposed by A and B": its authors, beyond the clause.
                authors = self._parties.authors(actor_hits, s0, slow, te)
                hits = sorted(
                    [*hits, *(m for m in authors if m not in hits)], key=lambda m: m.start
                )
            if trig.type in {"rejection", "agreement"} and "-" in slow[te : te + 50]:
                backers = self._parties.addressed_backers(gaz, trig.end)
                hits = sorted(
                    [*hits, *(m for m in backers if m not in hits)], key=lambda m: m.start
                )
            actors = self._parties.actors(
                s0, slow, hits, trig_attribution, ts, te, trig.type, sides, resolved, pub
            )
            if trig.type in ENCOUNTER_TYPES and strength != "verbal" and " between " in slow:
                self._seat_sides_between(actors, hits, slow, s0, ts, te, resolved)
            # Both branches need a count word or "lateral": skip the scan without one.
            group = (
                GROUP.search(slow)
                if id(GROUP) in gated
                and (
                    "three" in slow
                    or "four" in slow
                    or "3" in slow
                    or "4" in slow
                    or "lateral" in slow
                )
                else None
            )
            if group is not None:
                # "the three teams had agreed to convene again": the parties of the last
                # happening with that many parties.
                count = COUNT[group.group(1) or LATERAL[group.group(2)]]
                parties = {
                    a
                    for n, r in actors.items()
                    if r not in {"mediator", "host"}
                    for a in self.gaz.affiliated(n, resolved.start if resolved else pub)
                    if self.gaz.kind(a) != "person"
                }
                if group.group(1) or len(parties) < count:
                    for name in self._parties.recent_group(drafts, count, index):
                        actors.setdefault(name, "participant")
            # The clause's subject ("..., after he spoke with Putin") and the previous sentence's
            # ("They also spoke with ...") take part, with their affiliations.
            inherited = [referent.name] if referent is not None else []
            # ("The two sides agreed to X, the OAS said in a statement": a statement whose
            # issuer the sentence names is not the previous sentence's subjects'.)
            if previous is not None and not (
                trig.type == "statement"
                and actors
                and not any(m.kind == "pair" and ", " not in slow[m.end - s0 : ts] for m in hits)
            ):
                inherited += previous.subjects
                if _PAIR in inherited:
                    inherited.remove(_PAIR)
                    inherited += self._parties.recent_pair(drafts, index, trig.type, s0) or pair
            if inherited:
                role = "initiator" if trig.type in {"demand", "rejection", "proposal"} else None
                as_of = resolved.start if resolved else pub
                for name in inherited:
                    for aff in (name, *self.gaz.affiliated(name, as_of)):
                        actors.setdefault(aff, role or "participant")
            if (
                trig.type in {"proposal", "demand", "rejection"}
                and (told_statement := _STATEMENT_SUBJECT.match(slow)) is not None
                and told_statement.end() >= ts - 12
            ):
                # "In a joint statement, A and B said ... The statement called on both sides
                # to ...": the appeal is the statement's issuers'.
                for name in self._last_issuers(drafts, index):
                    actors.setdefault(name, "initiator")
            if (
                trig.type == "agreement"
                and trig.phrase in _ACCEPTING
                and (thing := _ACCEPTED_THING.match(slow, te)) is not None
                and not any(te <= m.start - s0 < thing.end() for m in hits)
            ):
                # "The rebels said they accepted the plan": an agreement with whoever proposed
                # it, the proposal reported last (devset README, third clarified block).
                as_of = resolved.start if resolved else pub
                for name in self._last_proposers(drafts, actors, as_of):
                    actors.setdefault(name, "participant")
            if (
                trig.type == "ceasefire"
                and "unilateral" in slow[max(0, ts - 30) : te]
                and (declarer := self._declarer(hits, s0, slow, ts)) is not None
            ):
                # "a day after Y rejected the plan, the X commander announced a unilateral
                # truce": the declarer's alone, not the other clause's nor the sentence before.
                as_of = resolved.start if resolved else pub
                actors = {declarer.name: "initiator"}
                for aff in self.gaz.affiliated(declarer.name, as_of):
                    actors.setdefault(aff, "initiator")
            if trig.type == "ceasefire" and not DECLARED_BY.search(slow, max(0, ts - 70), te):
                # "The Gaza ceasefire took effect on 10 October under X's plan", "recalled the
                # truce in Tigray": the war's sides, not those the sentence is about (its
                # mediators kept; "X declared a truce in Tigray": X's).
                noun = ts + 4 if slow.startswith("the ", ts) else ts
                theatre = self.conflicts.truce_sides(stext, noun)
                if theatre is not None:
                    actors = {n: r for n, r in actors.items() if r == "mediator"}
                    for side in theatre:
                        actors[side] = "participant"
                elif "unilateral" not in slow:
                    # "The pause took effect on Jan. 30 to protect Ukraine's grid": a truce has
                    # two sides; with one named, its opponent is the other (one declared by a
                    # side alone is that side's: "X declared a truce", "a unilateral truce").
                    # (the side named itself, not through a person: "the truce Trump
                    # announced" names no side)
                    opponent = self.conflicts.other_side(
                        self._parties.party_states(
                            (
                                a
                                for a, r in actors.items()
                                if r not in {"mediator", "host"}
                                and self.gaz.kind(a) != "person"
                                and any(m.name == a for m in hits)
                            ),
                            resolved.start if resolved else pub,
                        )
                    )
                    if opponent is not None and opponent in pair:  # (one the article is about)
                        actors.setdefault(opponent, "participant")
            # An earlier deal told with the date of its own making (``Pending.told_back``).
            told_back = (
                trig.type == "agreement"
                and date_source == "text"
                and resolved is not None
                and focus is not None
                and resolved.start < focus.start - dt.timedelta(days=30)
            )
            if told_back and not actors:
                # "That accord was struck in Geneva in March 2022", "Its protocol was
                # agreed on May 9, 2021": the article's pair's earlier deal, dated in the text.
                told_back = (
                    slow.startswith(("that ", "this ", "its ", "their "))
                    and (head := DEAL_TOLD_BACK.match(slow)) is not None
                    and head.end() >= ts
                )
                if told_back:
                    actors = dict.fromkeys(pair, "participant")
            elif told_back:
                # "the Lisbon Accord, signed by the cabinet and the insurgents in October
                # 2016": the deal named, and then its signing with its parties and its day
                told_back = DEAL_PARTICIPLE.search(slow, ts, te + 16) is not None
            obj_end = len(slow)
            for later in triggers[n + 1 :]:
                if later.strength == "verbal" and later.type in SPEECH_TYPES:
                    obj_end = later.start - s0
                    break
            object_topics = self._topics(s0 + te, s0 + obj_end)
            if trig.type in {"agreement", "proposal", "demand", "rejection"}:
                object_topics |= self._topics(s0 + ts, s0 + te)
            if ANAPHORIC_OBJECT.search(slow, ts, te):
                # "signed the text at a frontier crossing": the deal told before
                last = next((d for d in reversed(drafts) if d.type == trig.type), None)
                if last is not None:
                    object_topics = set(last.object_topics)
            highlights = [Highlight(ts, te, "trigger")]
            highlights += [Highlight(m.start - s0, m.end - s0, "actor") for m in actor_hits]
            if date_span is not None:
                highlights.append(Highlight(date_span[0], date_span[1], "date"))
            own_places = places
            if split is not None:
                # "hosted Zelensky on Monday, three days after his summit with Putin in Alaska":
                # the later clause's place is the other happening's.
                own_places = [m for m in places if m.start - s0 < split.start()]
            location = self._location(slow, own_places, s0, ts, trig.type)
            hosted = False
            if location is not None:
                for m in places:
                    if m.name == location:
                        highlights.append(Highlight(m.start - s0, m.end - s0, "place"))
                        hosted = trig.type == "agreement" and _deal_venue(
                            slow, m.start - s0, ts, te
                        )
                        break
            highlights.sort(key=attrgetter("start", "end"))
            evidence = Evidence(stext, s0, s1, highlights)

            if strength == "mention":
                # '"The exchange was tense," X said': the speaker's words refer to
                # something the article need not report, so they do not make an event of it.
                promotable = trig.strength == "mention" and ts <= 4 and not _quoted(slow, ts, te)
                # "The meeting of the border commissions": the two sides' negotiators' talks.
                ptype = (
                    "talks"
                    if trig.type == "meeting" and OF_DELEGATIONS.match(slow, te)
                    else trig.type
                )
                dated_occasion = ptype == "talks" and self._dated_occasion(
                    slow, ts, te, date_span, date_source, planned
                )
                if trig.type == "prisoner_exchange" and pair and actors:
                    # "The second stage of the swap is due on Sunday, the ICRC said": a swap
                    # has two sides, as below for the swaps a verb reports.
                    self._parties.complete_sides(actors, pair, resolved.start if resolved else pub)
                roles = (
                    ()
                    if (other_types - {trig.type} and not dated_occasion) or truce_in_force
                    else tuple(actors.items())
                )
                fallback = None if (planned or not promotable or background()) else focus
                # "since the 9 May summit in Tallinn": the noun's own date, whatever the
                # sentence's news is dated by
                phrase_day = (
                    None
                    if planned
                    or truce_in_force  # ("the committee overseeing the 2024 truce")
                    or in_action_agreed
                    else self._phrase_date(sent, slow, ts, te, pub)
                )
                if phrase_day is not None:
                    resolved = phrase_day
                # Only a mention promoted to an event of its own needs a title (see _attach);
                # after the phrase's own date, which can promote it ("the 2022 talks").
                needs_title = (
                    bool(roles)
                    and trig.type not in SPEECH_TYPES
                    and (resolved is not None or fallback is not None)
                )
                pending.append(
                    Pending(
                        ptype,
                        index,
                        frozenset(
                            self._parties.states(
                                {a for a, r in actors.items() if r not in {"mediator", "host"}},
                                pub,
                            )
                        ),  # "The exchange was mediated by X": X is no party to match
                        roles,
                        resolved,
                        fallback,
                        location,
                        make_title(
                            ptype,
                            self.lex.types[ptype].title,
                            *self._parties.title_parties(
                                actors, actor_hits, s0, ts, ptype, resolved or focus or _NO_DATE
                            ),
                            stext,
                            ts,
                            te,
                            location,
                            False,
                            nominal=trig.strength != "verbal",
                        )
                        if needs_title
                        else "",
                        evidence,
                        frozenset(object_topics or sentence_topics),
                        planned,
                        trig.strength == "mention",
                        dated_occasion,
                        told_back,
                        named_with_date=phrase_day is not None,
                    )
                )
                continue
            # (Every trigger left undated above was made a mention or skipped.)
            assert resolved is not None
            if (
                trig.type == "talks"
                and slow.startswith("the ")
                and (back := DEAL_SUBJECT.match(slow)) is not None
                and back.end() <= ts
                and " between " not in slow[te:]  # ("followed talks between X and Y")
            ):
                # "The signing concluded a round of talks": the deal just reported was
                # reached at those talks, by the parties who sat at them.
                last = next((d for d in reversed(drafts) if d.type == "agreement"), None)
                if last is not None and last.order >= index - 2:
                    _seat_parties(actors, last)
            if occasion and trig.type == "talks":
                # "It was agreed at the first direct talks, held in Istanbul": the parties of the
                # deal reached there sat at the talks.
                deal = _deal_told_in(drafts, index)
                if deal is not None:
                    _seat_parties(actors, deal)
            passive_deal = (
                trig.type == "agreement"
                and strength == "verbal"
                and (
                    trig.phrase.endswith(PASSIVE_DEAL_ENDINGS)
                    or (
                        DEAL_PASSIVE.search(slow, max(0, ts - 40), ts) is not None
                        and not slow.startswith(" by ", te)
                    )
                )
            )  # "The truce was agreed on Monday in X": agreed by the sides, X only hosted
            if (
                (trig.type in PAIR_DEFAULT_TYPES or trig.type == "agreement")
                and pair
                and (
                    passive_deal
                    # ("the ICRC-brokered mechanism was agreed": the sides agreed, not the ICRC)
                    or (
                        all(r in {"mediator", "host"} for r in actors.values())
                        and (trig.type != "agreement" or bool(actors))
                    )
                )
            ):
                # "a previous truce", "a Russian-brokered ceasefire": the pair just reported
                # on ("They agree to swap 600 detainees. ... The swap is carried out"), else
                # the main pair; "the truce" after "the Ruritania truce": that war's sides.
                for name in (
                    self._told_theatre(slow, ts, s0)
                    or self._parties.recent_pair(drafts, index, trig.type, s0)
                    or pair
                ):
                    actors.setdefault(name, "participant")
            elif (
                trig.type == "prisoner_exchange"
                and trig_attribution
                and hits
                and all(any(x <= m.start - s0 < y for x, y in trig_attribution) for m in hits)
            ):
                # "185 defenders are coming home, the Ukrainian headquarters reports": only the
                # source is named, the swap is between the main pair.
                for name in pair:
                    actors.setdefault(name, "participant")
            elif (
                trig.type == "prisoner_exchange"
                and _ONE_WAY.search(trig.phrase)
                and (go_between := self._handed_to_go_between(gaz, s0, slow, te)) is not None
                and sum(
                    self.gaz.kind(a) != "organisation"
                    for a in self._parties.party_states(actors, resolved.start if resolved else pub)
                )
                == 1
            ):
                # "Israel released 40 detainees, who were handed over to the Red Cross": a
                # one-way handover to a go-between, its side and the go-between.
                actors.setdefault(go_between, "mediator")
            elif trig.type == "prisoner_exchange" and pair:
                # "The Red Cross flew 200 detainees home", "Kyiv received 500 bodies": a swap
                # has two sides; the one named (if any) and the other side of the pair.
                # ("Hamas freed 20 hostages" in an article that names the US most: the other
                # side is Hamas's one opponent, not the pair's other name.)
                self._parties.complete_sides(
                    actors, pair, resolved.start if resolved else pub, self.conflicts.sole_opponent
                )
            elif (
                trig.type == "ceasefire"
                and pair
                and actors
                and all(
                    role == "mediator" or self.gaz.kind(name) == "person"
                    for name, role in actors.items()
                )
            ):
                # "The war ended with a truce, which the Qatari emir announced": a truce has two
                # sides; with only its broker named, they are the article's main pair.
                for name in pair:
                    actors.setdefault(name, "participant")
            if (
                not actors
                and trig.type == "meeting"
                and pair
                and (
                    DELEGATIONS.search(slow, max(0, ts - 120), ts)
                    or BORDER_BODY.search(slow, max(0, ts - 150), ts)
                )
            ):
                # "The negotiators will meet again in April", "the border committee is to meet
                # in January": the two sides' negotiators, unnamed (made a round of talks below).
                for name in pair:
                    actors[name] = "participant"
            if (
                not actors
                and "they" in slow[max(0, ts - 40) : ts]
                and THEY_CLAUSE.search(slow, max(0, ts - 40), ts) is not None
                and drafts
                and drafts[-1].order == index
                and drafts[-1].type in {"talks", "meeting"}
            ):
                # "The commissions last met in Lima in June, when they agreed on rules": the
                # clause's "they" are the parties of the encounter the sentence has just told.
                _seat_parties(actors, drafts[-1])
            series = None  # the series of sessions an unattended one belongs to
            if (
                not actors
                and trig.type in {"talks", "meeting"}
                and date_source == "text"
                and (
                    SERIES_MEMBER.search(slow, max(0, ts - 30), ts) is not None
                    or OF_DELEGATIONS.match(slow, te) is not None
                )
                # ("It was the third meeting since the format was launched in May": a count)
                and not PREDICATE.search(slow, max(0, ts - 40), ts)
            ):
                # "The previous meeting took place in Yerevan on 16 January", "the first session
                # of the commissions was held on May 24": another session of the series the
                # article reports, between its parties.
                series = next((d for d in reversed(drafts) if d.type == "talks"), None) or next(
                    (d for d in reversed(drafts) if d.type == trig.type), None
                )
                if series is not None:
                    _seat_parties(actors, series)
                else:
                    for name in pair:
                        actors[name] = "participant"
            if not actors and trig.phrase in AGAIN_CALLS:
                # "The two colonels will talk again on Friday": those of the call
                # reported last
                last_call = next(d for d in reversed(drafts) if d.type == "call")
                for name, role in last_call.actors.items():
                    actors.setdefault(name, role)
            if not actors and not (
                trig.type in {"meeting", "talks"}
                and planned
                and MEET_AGAIN.search(slow, max(0, ts - 25), min(len(slow), te + 10))
            ):
                # ("The next meeting is scheduled for March 3": kept, its parties are those of
                # the talks held before it, see ``extract``)
                continue
            if (
                location is None
                and dateline is not None
                and trig.type in {"talks", "meeting", "visit", "agreement"}
                and pub is not None
                and abs((resolved.start - pub).days) <= 1
                and resolved.precision == "day"
            ):
                location = dateline
            used_types.add(trig.type)
            etype = trig.type
            if etype == "talks" and self._parties.leaders_only(actors, resolved.start, trig.phrase):
                etype = "meeting"  # "Pezeshkian held talks with Pashinyan": a leaders' meeting
            elif (
                etype == "talks"
                and (
                    self._parties.leaders_only(actors, resolved.start, trig.phrase, MINISTER_ROLES)
                    or (
                        "minister" in slow
                        and MINISTERS_MET.search(slow) is not None
                        and not NEGOTIATORS_WORDS.search(slow)
                        and not self._parties.people_besides(actors, resolved.start, MINISTER_ROLES)
                    )
                )
                and not ROUND_OR_BODY.search(slow)
            ):
                # "The two foreign ministers held talks in Berlin": the sides' ministers meeting
                # is a meeting, like their leaders' (devset README), unless the words make it a
                # round or a session of their joint body
                etype = "meeting"
            elif etype == "meeting" and any(
                t.type == "talks"
                and t.end <= trig.start
                and WHERE.search(slow, t.end - s0, ts) is not None
                for t in triggers
            ):
                etype = "talks"  # "separate talks in Riyadh, where officials met ...": the talks
            elif (
                etype == "meeting"
                and strength == "verbal"
                and (" talks" in slow or " negotiations" in slow)
                and IN_TALKS.match(slow, te)
                and not self._parties.leaders_only(actors, resolved.start, trig.phrase)
            ):
                etype = "talks"  # "met Dermer in Paris, in talks brokered by Barrack": the talks
            elif etype == "meeting" and (
                DELEGATIONS.search(slow, max(0, ts - 120), ts)
                or OF_DELEGATIONS.match(slow, te)
                or (series is not None and series.type == "talks")
            ):
                etype = "talks"  # "delegations led by X and Y met": negotiators, not leaders
            elif (
                etype == "meeting"
                and strength == "verbal"
                and " and " in slow[max(0, ts - 90) : ts]
                and (paired := PAIRED_OFFICIALS.search(slow, max(0, ts - 90), ts)) is not None
                and self._two_sides(actor_hits, s0 + paired.start(), s0 + paired.end(), resolved)
                and not self._parties.leaders_only(actors, resolved.start, trig.phrase)
            ):
                etype = "talks"  # "Chilean and Peruvian army officers met": the two sides
            elif (
                etype == "meeting"
                and ("commi" in slow or "bc" in slow or "mechanism" in slow)
                and BORDER_BODY.search(slow, max(0, ts - 220), te + 60)
            ):
                # "The JBC is due to meet next week", "a Regional Border Committee meeting": a
                # session of the two sides' joint body, both of them at the table.
                etype = "talks"
                if not self._parties.leaders_only(actors, resolved.start, trig.phrase):
                    for name in pair:
                        actors.setdefault(name, "participant")
            elif (
                etype == "meeting"
                and len(pair) == 2
                and len(met := self._parties.states(actors, resolved.start)) >= 3
                and met.issuperset(pair)
                and len(met) <= 4  # (the two sides and their mediators, not a crowd of others)
                and _negotiators(slow, ts, te)
                and not self._parties.leaders_only(actors, resolved.start, trig.phrase)
            ):
                # "The trilateral meeting brought together Ukraine's delegation, a Russian team
                # and US envoys": both sides with a third party, not their leaders: a round of talks
                etype = "talks"
            again = bool(
                etype in {"meeting", "talks"}
                and planned
                and MEET_AGAIN.search(slow, max(0, ts - 25), min(len(slow), te + 10))
            )
            if (
                etype == "visit"
                and planned
                and "round of" in slow
                and FOR_NEXT_ROUND.match(slow, te)
            ):
                # "would travel to Geneva for the next round of talks": that round, planned
                etype, again = "talks", True
            elif (
                etype == "visit"
                and planned
                and ("talks with" in slow or "negotiations with" in slow)
                and FOR_TALKS_WITH.match(slow, te)
                and NEGOTIATORS.search(slow, max(0, ts - 80), ts) is not None
            ):
                # "The delegation will travel to X on May 2 for talks with Y": the negotiators'
                # trip is for a session of talks, that session planned.
                etype = "talks"
            title_hits = [
                m for m in actor_hits if not any(x <= m.start - s0 < y for x, y in trig_attribution)
            ]
            if referent is not None:
                title_hits = [referent, *(m for m in hits if m in title_hits)]
            invite = ACCEPTED_INVITATION.match(slow, te) if etype == "agreement" and pub else None
            if invite is not None:
                # "accepted an invitation to visit Washington on Monday": the news is the visit
                # it plans, on the day the visit is set for.
                visit_date = self._pick_date(
                    [d for d in date_mentions if d.start >= invite.end()], ts, te, pub, True, slow
                )
                if visit_date is not None and pub is not None and visit_date[0].start > pub:
                    etype, planned, resolved, date_source = "visit", True, visit_date[0], "text"
                    ts, te = invite.start(1), invite.end(1)
                    location = None
                    for m in gaz:
                        surface = text[m.start : m.end]
                        if 0 <= m.start - s0 - te <= 2:
                            location = m.name if m.kind == "place" else None
                            if surface in self.gaz.place_country:
                                location = surface
                            break
            reached_at = None
            if (
                etype == "agreement"
                and strength == "verbal"
                and not planned
                and SIDES_SUBJECT.search(slow, max(0, ts - 60), ts) is not None
                and not own
                and (gathering := _gathering_just_told(drafts, index)) is not None
                and self._two_parties_sat(gathering)
            ):
                # "Chilean and Peruvian officers met in Arica on Monday, with OAS observers
                # present. The parties agreed to meet again": reached at that session, on its
                # day, by its sides (and the mediators this sentence names).
                actors = self._sides_agreeing(gathering, actors)
                resolved, date_source = gathering.date, gathering.date_source
                reached_at = gathering
            subject, partners = self._parties.title_parties(
                actors, title_hits, s0, ts, trig.type, resolved
            )
            title = make_title(
                etype,
                self.lex.types[etype].title,
                subject,
                partners,
                stext[: min(obj_end, attr_start)],
                ts,
                te,
                location,
                planned,
                nominal=trig.strength != "verbal",
            )
            drafts.append(
                Draft(
                    type=etype,
                    date=resolved,
                    date_source=date_source,
                    planned=planned,
                    location=location,
                    actors=actors,
                    topics=set(object_topics or sentence_topics),
                    object_topics=set(object_topics),
                    evidence=[evidence],
                    trigger_strength=strength,
                    order=index,
                    title=title,
                    again=again,
                    hosted=hosted,
                    reached_at=reached_at,
                    series=etype == "talks" and SERIES_PHRASE.match(trig.phrase) is not None,
                )
            )
            if etype == "call" and slow.find(" with ", te) >= 0:
                # "held separate calls with A and B", "spoke with A, and then with B": a call
                # with each (the caller's side in both).
                called = self._parties.separate_calls(
                    slow, s0, te, actor_hits, resolved.start if resolved else pub
                )
                for nth, called_side in enumerate(called):
                    other_sides = set().union(*(g for g in called if g is not called_side))
                    side_actors = {a: r for a, r in actors.items() if a not in other_sides}
                    side_actors.update(
                        (a, "participant") for a in sorted(called_side) if a not in side_actors
                    )
                    if nth == 0:
                        drafts[-1].actors = side_actors
                        drafts[-1].apart = True
                    else:
                        drafts.append(sibling(drafts[-1], actors=side_actors))
            if (
                date_span is not None
                and (strength == "verbal" or trig.phrase.endswith(" rounds"))
                and not planned
            ):
                verbs_after = [
                    t.start - s0
                    for t in triggers
                    if t.strength == "verbal" and t.start - s0 > date_span[1]
                ]
                self._second_date(
                    drafts[-1], date_mentions, date_span, slow, s0, ts, hits, pub, verbs_after
                )
            if (
                etype == "agreement"
                and strength == "verbal"
                and not planned
                and id(HALT_AGREED) in gated
                and (halt := self._agreed_halt(drafts[-1], sent, slow, te, pub, subject, partners))
                is not None
            ):
                drafts.append(halt)
            elif (
                etype == "agreement"
                and strength == "verbal"
                and not planned
                and drafts[-1].date_source == "text"
                and id(FIRE_CEASED) in gated
                and FIRE_CEASED.match(slow, te)
            ):
                # "agreed on Sunday to halt all military activity": a ceasefire from
                # the day it was agreed (a halt from a later day is ``_agreed_halt``'s)
                drafts.append(self._reached_truce(drafts[-1], subject, partners, stext, ts, te))
            if etype == "agreement" and trig.phrase.startswith(TRUCE_REACHED):
                # "the truce was reached late Wednesday": the deal and the truce it made (devset
                # README: an agreed ceasefire is an agreement and a ceasefire)
                drafts.append(self._reached_truce(drafts[-1], subject, partners, stext, ts, te))

    def _reached_truce(
        self, deal: Draft, subject: list[str], partners: list[str], stext: str, ts: int, te: int
    ) -> Draft:
        """The ceasefire a "truce was reached" sentence tells besides the agreement, same day."""
        title = make_title(
            "ceasefire",
            self.lex.types["ceasefire"].title,
            subject,
            partners,
            stext,
            ts,
            te,
            deal.location,
            deal.planned,
        )
        return sibling(deal, type="ceasefire", title=title)

    def _agreed_halt(
        self,
        deal: Draft,
        sent: Sentence,
        slow: str,
        te: int,
        pub: dt.date | None,
        subject: list[str],
        partners: list[str],
    ) -> Draft | None:
        """ "agreed to halt strikes on energy sites for 30 days starting on Friday": besides the
        agreement, the halt it sets up, a ceasefire from the day named after "starting" or "from"
        (planned while that day is still to come; devset README: "agreed to X" dated in the
        future is also the planned X)."""
        halt = HALT_AGREED.search(slow, te)
        if halt is None or not HALTED_FIGHTING.search(slow, halt.start(), halt.start("start")):
            return None
        at = halt.end()
        day = next((d for d in self._find_dates(sent) if d.start <= at < d.end), None)
        # (counted from the day of the deal: "agreed on Tuesday ... from Friday", that week)
        reference = deal.date.start if deal.date.precision == "day" else pub
        resolved = day.resolve(reference, True) if day is not None else None
        if resolved is None or resolved.start <= deal.date.start:
            return None  # (a halt from the day it was agreed is that agreement's news)
        title = make_title(
            "ceasefire",
            self.lex.types["ceasefire"].title,
            subject,
            partners,
            sent.text,
            halt.start(),
            halt.start("start"),
            None,
            pub is not None and resolved.start > pub,
        )
        return sibling(
            deal,
            type="ceasefire",
            date=resolved,
            date_source="text",
            planned=pub is not None and resolved.start > pub,
            title=title,
        )

    def _phrase_date(
        self, sent: Sentence, slow: str, ts: int, te: int, pub: dt.date | None
    ) -> dates_mod.ResolvedDate | None:
        """The past date a noun trigger's own noun phrase gives ("since the 9 May summit",
        "Saturday's summit", "the summit of the two presidents in Tallinn on 9 May", "a truce
        brokered by Qatar in July"): the phrase names a dated happening of its own, whatever the
        sentence's news is. (Dates after "since" count here, unlike for the sentence's verbs.)"""
        line_start, line_end = self._dateline_span
        for d in self._find_dates(sent):
            if (
                d.kind in {"shift", "period", "ago"}
                # "the fourth round since January": counted from, not its date
                or slow.startswith(("since", "until", "by ", "from"), d.start)
                or DATE_BOUND_BEFORE.search(slow, max(0, d.start - 7), d.start) is not None
                or line_start <= sent.start + d.start < line_end
                or not _dated_by_its_phrase(sent.text, slow, ts, te, (d.start, d.end))
            ):
                continue
            day = d.resolve(pub, False)
            # (background: "At a council meeting on Tuesday, X demanded ...": the setting of the
            # news told, no happening of its own)
            if day is not None and (pub is None or day.start < pub - dt.timedelta(days=3)):
                return day
        # "the 1994 accord": a bare year, which is no date mention elsewhere (too often a number)
        year = YEAR_NAMED.search(slow, max(0, ts - 40), ts)
        if year is not None and (pub is None or int(year.group("year")) < pub.year):
            return dates_mod.ResolvedDate(dt.date(int(year.group("year")), 1, 1), None, "year")
        return None

    def _sentence_dates(
        self, sent: Sentence, pub: dt.date | None, item: tuple[dates_mod.ResolvedDate, int] | None
    ) -> list[dates_mod.DateMention]:
        """The sentence's anchoring date mentions (none in the dateline), and the day each "a day
        earlier" in it counts from (``_shift_refs``)."""
        line_start, line_end = self._dateline_span
        date_mentions = [
            d
            for d in self._find_dates(sent)
            if d.anchor and not line_start <= sent.start + d.start < line_end
        ]
        if item is not None:
            # A timeline item: its date dates the item; dates in it take the item's year.
            date_mentions = [
                replace(d, year=item[0].start.year)
                if d.year is None and d.kind in {"absolute", "month"}
                else d
                for d in date_mentions
                if d.start >= item[1]
            ]
        if (
            pub is not None
            and any(d.year is None and d.kind in {"absolute", "month"} for d in date_mentions)
            and (later := LATER_WORD.search(self._lowered, sent.start, sent.end)) is not None
            and (told := self._spoken()) is not None
            and told.year < pub.year
        ):
            # "The truce took effect on July 28 last year. The leaders later signed a declaration
            # on Oct 26": a yearless date told as later than a day of an earlier year is the
            # first one after that day, not the one nearest publication.
            at = later.start() - sent.start
            date_mentions = [
                _first_after(d, told) if d.start > at and d.year_shift is None else d
                for d in date_mentions
            ]
        # "who met Trump on Thursday, rejected that demand the same day": a shift counts from the
        # day the sentence named before it, else from the day the text spoke of last.
        self._shift_refs = {}
        last_day = None
        shifts = any(d.kind == "shift" for d in date_mentions)  # (else there is nothing to do)
        if shifts:
            # "A day earlier, on Thursday, ...": the day named in apposition is the day meant.
            date_mentions = [
                d
                for i, d in enumerate(date_mentions)
                if not (
                    d.kind == "shift"
                    and i + 1 < len(date_mentions)
                    and date_mentions[i + 1].kind in {"absolute", "weekday"}
                    and sent.text[d.end : date_mentions[i + 1].start].strip() == ","
                )
            ]
        for d in date_mentions if shifts else ():
            if d.kind == "shift":
                if last_day is not None:
                    self._shift_refs[id(d)] = last_day
            elif d.kind in {"absolute", "weekday", "relative"}:
                r = d.resolve(pub, d.tense_hint == "future")
                last_day = r.start if r is not None and r.end is None else last_day
        return date_mentions

    def _second_date(
        self,
        first: Draft,
        mentions: list[dates_mod.DateMention],
        span: tuple[int, int],
        slow: str,
        s0: int,
        ts: int,
        hits: list[GazMatch],
        pub: dt.date | None,
        verbs_after: list[int],
    ) -> None:
        """ "spoke on Feb. 12 and again on March 18", "met X on Sunday and Y on Monday": the
        same verb reports a second happening on the second date."""
        for m in mentions:
            if m.start < span[1]:
                continue
            gap = AND_AGAIN.fullmatch(slow, span[1], m.start)
            if gap is None:
                return
            if any(v > m.end and "," not in slow[m.end : v].lstrip(", ") for v in verbs_after):
                # "The truce began on May 2, and on May 5 the sides swapped prisoners": the
                # second date opens a clause of its own verb (with no comma between them but
                # one closing the date: "and on May 5, both sides swapped").
                return
            resolved = m.resolve(pub, False)
            if (
                resolved is None
                # (a day, or a month after a month: "in May and June")
                or resolved.precision not in {"day", first.date.precision}
                or resolved.precision == "year"
                or resolved == first.date
            ):
                return
            if pub is not None and resolved.start > pub + dt.timedelta(days=1):
                # ("met on May 16, and the second on June 2", written in March: last June)
                past = _last_year([m], (m.start, m.end), resolved, slow, True)
                if past is None:
                    return
                resolved = past
            day = resolved.start
            second_only = {
                a
                for h in hits
                if span[1] <= h.start - s0 < m.start and h.kind == "actor"
                for a in (h.name, *self.gaz.affiliated(h.name, day))
            }
            first_only = {
                a
                for h in hits
                if ts < h.start - s0 < span[0] and h.kind == "actor"
                for a in (h.name, *self.gaz.affiliated(h.name, day))
            }
            actors = {n: r for n, r in first.actors.items() if n not in first_only}
            if second_only:
                first.actors = {n: r for n, r in first.actors.items() if n not in second_only}
            first_states = self._parties.states(first.actors, first.date.start)
            if len(self._parties.states(actors, day) - first_states) == 0 and second_only:
                return
            self._extra.append(
                Draft(
                    type=first.type,
                    date=resolved,
                    date_source="text",
                    planned=False,
                    location=first.location,
                    actors=actors,
                    topics=set(first.topics),
                    object_topics=set(first.object_topics),
                    evidence=list(first.evidence),
                    trigger_strength=first.trigger_strength,
                    order=first.order,
                    title=first.title,
                    series=first.series,
                )
            )
            return

    def _find_dates(self, sent: Sentence) -> list[dates_mod.DateMention]:
        found = self._dates.get(sent.start)
        if found is None:
            found = (
                dates_mod.find_dates(sent.text)
                if self._gates.may_match(dates_mod.DATE_NEEDLES, sent.start, sent.end)
                else []  # no date needle: no date to look for (about half the sentences)
            )
            if found and self._dated_names:
                found = [d for d in found if not self._in_name(sent.start + d.start)]
            year = self._years.get(sent.paragraph)
            if year is not None:
                found = [with_year(d, year, self._pub) for d in found]
            self._dates[sent.start] = found
        return found

    def _in_name(self, at: int) -> bool:
        """Whether the offset lies inside a name that holds a date (``_dated_names``)."""
        return any(start <= at < end for start, end in self._dated_names)

    def _spoken(self) -> dt.date | None:
        """``_reference`` (the day the text spoke of last), after folding in the sentences read
        since it was last asked for (``_previous_day`` too): most articles never ask."""
        for index, sent in self._unspoken:
            spoken = self._day_spoken_of(sent, self._pub)
            if spoken is not None:
                self._told_days[index] = spoken
            self._reference = spoken or self._reference
            self._previous_day = (sent.end, spoken) if spoken is not None else None
        self._unspoken.clear()
        return self._reference

    def _day_of_speaker(
        self, index: int, gaz: list[GazMatch], trigger_at: int, focus: dt.date
    ) -> dt.date | None:
        """The earlier day the text spoke of last, when a person named before the trigger (its
        subject) was named in one of the few sentences before on that day (``_SPEAKER_REACH``)."""
        spoken = self._spoken()
        if spoken is None or not focus - _SPEAKER_DAYS <= spoken < focus:
            return None  # (not a day of background: "committed to the accord of 4 May 2023")
        people = {
            m.name
            for m in gaz
            if m.kind == "actor" and m.start < trigger_at and self.gaz.kind(m.name) == "person"
        }
        if not people:
            return None
        for earlier, named in reversed(self._parties.named):
            if earlier >= index:
                continue
            if earlier < index - _SPEAKER_REACH:
                break
            if people & {m.name for m in named} and self._told_days.get(earlier) == spoken:
                return spoken
        return None

    def _last_day(self) -> tuple[int, dt.date] | None:
        """``_previous_day``, brought up to date (see ``_spoken``)."""
        self._spoken()
        return self._previous_day

    def _day_spoken_of(self, sent: Sentence, pub: dt.date | None) -> dt.date | None:
        """The first day a prose sentence dates something on, for a later "a day earlier"."""
        if not sent.prose:
            return None
        slow = self._lowered[sent.start : sent.end]
        last = None
        for m in self._find_dates(sent):
            if not m.anchor or m.kind not in {"absolute", "weekday", "relative", "shift"}:
                continue
            if FILING_MARK.match(sent.text, m.end):
                continue  # (a dateline's: see ``_focus_date``)
            future = m.tense_hint == "future" or bool(
                FUTURE.search(slow, clause_start(slow, m.start, 0), m.start)
            )
            resolved = m.resolve(pub, future, self._reference)
            if resolved is not None and resolved.end is None:
                if last is None:
                    last = resolved.start
                elif resolved.start > last and _LATER_ON.search(
                    slow, max(0, m.start - 12), m.start
                ):
                    # "arrived on Tuesday evening and later on Wednesday met ...": the story
                    # has reached the later day
                    last = resolved.start
        return last

    def _remember(
        self,
        context: _Context,
        sent: Sentence,
        triggers: list[TriggerMatch],
        gaz: list[GazMatch],
        pub: dt.date | None,
        continues: bool,
        told: dates_mod.ResolvedDate | None = None,
    ) -> None:
        """What a following "He ..." / "They ..." sentence may inherit: the day and the subject
        (``told``: the day the sentence's own report took, when no date of its own gives one)."""
        date = None
        if (
            not continues
            and not PRONOUN_NEXT.match(self._lowered, sent.end, sent.end + 60)
            and not REACTION.match(self._text[sent.end : sent.end + 80].lstrip())
        ):
            context.date, context.subjects = None, ()  # nothing will continue this sentence
            return
        for mention in self._find_dates(sent):
            if mention.anchor and mention.tense_hint != "future":
                resolved = mention.resolve(pub, False)
                if resolved is not None and resolved.precision == "day":
                    date = resolved
                    break
        if date is None:
            # "During the meeting, the sides signed a protocol. The commissions said ...": the
            # day of the meeting the sentence's report was dated by
            date = told
        first = triggers[0].start if triggers else sent.end
        subjects: list[str] = []
        last_end = -1
        for m in gaz:
            if m.kind != "actor" or m.start >= first:
                continue
            if not subjects and (
                AGENT_BY.search(self._lowered, max(0, m.start - 12), m.start)
                or is_attribute(self._text, m)
            ):
                continue  # "guarded by Emirati officers, envoys from X and Y": not the subject
            if subjects and not SUBJECT_GAP.fullmatch(self._text, last_end, m.start):
                break  # the subject is the first group of names, not every name before the verb
            subjects.append(m.name)
            last_end = m.end
        if not any(self.gaz.kind(n) == "person" for n in subjects) and (
            SHE_OR_HE_NEXT.match(self._text, sent.end, sent.end + 6)
        ):
            # "The rejection came a day after the envoy, Jane Roe, arrived. She met ...": the one
            # person the sentence names is who "she" is.
            people = {
                m.name for m in gaz if m.kind == "actor" and self.gaz.kind(m.name) == "person"
            }
            if len(people) == 1:
                subjects = list(people)
        if any(
            m.kind == "pair"
            and m.start < first
            and (m.start == sent.start or self._text.startswith(", ", m.start - 2))
            and "," not in self._text[m.end : first]
            for m in gaz
        ):
            # "According to the OAS, both parties agreed ... They further agreed to reconvene":
            # "they" are the two sides.
            context.date, context.subjects = date or context.date, (_PAIR,)
        elif continues:  # "They ..." keeps the subject of the sentence it continues
            context.date = date or context.date
        else:
            context.date, context.subjects = date, tuple(subjects)

    def _pick_date(
        self,
        mentions: list[dates_mod.DateMention],
        ts: int,
        te: int,
        pub: dt.date | None,
        future: bool,
        slow: str = "",
        said_date_ok: bool = True,
    ) -> tuple[dates_mod.ResolvedDate, tuple[int, int]] | None:
        best = None
        best_distance = 10**9
        for m in mentions:
            if m.tense_hint is not None and (m.tense_hint == "future") != future:
                continue
            counted = counted_day_shift(m, ts, te, slow)
            if counted is not None:
                distance = abs(m.start - ts) + 100  # another clause's day, counted from
            else:
                distance = date_distance(m, ts, te, slow, said_date_ok)
            if distance >= FOREIGN:
                continue  # the date of a relative clause ("the talks it broke off in 2022")
            ref = self._shift_refs.get(id(m))
            if ref is None and m.kind == "shift":
                ref = self._spoken()
            resolved = m.resolve(pub, future, ref)
            if resolved is None:
                continue
            # (a month or a span counted from holds the day too, near enough)
            shift = day_shift(m, ts, slow) if counted is None else counted
            if shift and resolved.precision == "day" and resolved.end is None:
                resolved = dates_mod.ResolvedDate(
                    resolved.start + dt.timedelta(days=shift), None, "day"
                )
            if distance < best_distance:
                best, best_distance = (resolved, (m.start, m.end)), distance
        return best

    def _finer_day(
        self,
        mentions: list[dates_mod.DateMention],
        picked: tuple[dates_mod.ResolvedDate, tuple[int, int]],
        ts: int,
        te: int,
        pub: dt.date | None,
        slow: str,
    ) -> tuple[dates_mod.ResolvedDate, tuple[int, int]] | None:
        for m in mentions:
            if m.start == picked[1][0] or m.tense_hint == "future":
                continue
            if date_distance(m, ts, te, slow) >= FOREIGN:
                continue
            ref = self._shift_refs.get(id(m))
            if ref is None and m.kind == "shift":
                ref = self._spoken()
            r = m.resolve(pub, False, ref)
            if r is not None and r.precision == "day" and dates_mod.contains(picked[0], r):
                return r, (m.start, m.end)
        return None

    def _told_theatre(self, slow: str, ts: int, s0: int) -> tuple[str, ...]:
        """The sides of the truce named by its theatre last before the sentence starting at
        ``s0``, when the trigger at ``ts`` is "the ceasefire"/"the truce" (that one, told again)."""
        if not self._theatre_truces or not (
            slow.startswith("the ", ts) or slow.endswith("the ", 0, ts)
        ):
            return ()
        at = bisect.bisect_left(self._theatre_truces, (s0,)) - 1
        return self._theatre_truces[at][1] if at >= 0 else ()

    def _seat_sides_between(
        self,
        actors: dict[str, str],
        hits: list[GazMatch],
        slow: str,
        s0: int,
        ts: int,
        te: int,
        resolved: dates_mod.ResolvedDate | None,
    ) -> None:
        """ "X thanked Y for backing the talks between the Chilean and Peruvian teams": an
        encounter told as a noun with the two sides it brought together; the names before it
        are no participants of it, bar those who host or mediate it ("Oman hosted talks between
        X and Y")."""
        b = slow.find(" between ", max(0, te - 9), te + 9)
        if b < 0:
            return
        stop = BETWEEN_END.search(slow, b + 9)
        end = stop.start() if stop else len(slow)
        named = [m for m in hits if m.kind == "actor" and b <= m.start - s0 < end]
        day = resolved.start if resolved is not None else None
        if len(self._parties.states({m.name for m in named}, day)) < 2:
            return
        kept = {m.name for m in hits if m.start - s0 >= ts}
        for m in hits:
            if (
                m.start - s0 < ts
                and m.name not in kept
                and actors.get(m.name) in {"participant", "initiator", "target"}
                and not HOSTING.search(slow, m.end - s0, ts)
            ):
                del actors[m.name]

    def _handed_to_go_between(self, gaz: list[GazMatch], s0: int, slow: str, te: int) -> str | None:
        """The organisation the people released were handed over to, after the trigger ending
        at ``te`` ("..., who were handed over to the ICRC")."""
        to = _HANDED_TO.search(slow, te)
        if to is None:
            return None
        return next(
            (
                m.name
                for m in gaz
                if m.kind == "actor"
                and abs(m.start - s0 - to.end()) <= 4
                and self.gaz.kind(m.name) == "organisation"
            ),
            None,
        )

    @staticmethod
    def _declarer(hits: list[GazMatch], s0: int, slow: str, ts: int) -> GazMatch | None:
        """The name right before the verb of declaring ("announced", "declared") that leads to
        the trigger at ``ts``, in its clause: who declared it."""
        verbs = list(DECLARED_BY.finditer(slow, max(0, ts - 70), ts))
        if not verbs:
            return None
        verb = verbs[-1].start()
        before = [
            m
            for m in hits
            if m.kind == "actor" and m.end - s0 <= verb and ";" not in slow[m.end - s0 : verb]
        ]
        return before[-1] if before else None

    def _talks_sides(self, drafts: list[Draft]) -> None:
        """Seat the article's two sides (the dispute of ``conflicts.toml`` it names most) at the
        talks told from one side or none ("the commission will hold its first session on 15
        October", "Ukraine's delegation said the talks ended"): talks are a session of both
        sides (devset README); a go-between's session with one side is a meeting by now
        (``one_side_sessions``)."""
        sides = self._parties.addressed_sides([], set())
        if len(sides) != 2:
            return
        for d in drafts:
            if d.type != "talks":
                continue
            states = self._parties.party_states(d.actors, d.date.start)
            if any(c <= states for c in self.conflicts.pairs):
                continue
            for name in sides:
                d.actors.setdefault(name, "participant")

    @staticmethod
    def _last_issuers(drafts: list[Draft], index: int) -> list[str]:
        """The issuers of the statement reported last in the sentences before ``index``."""
        for d in reversed(drafts):
            if d.order < index and d.type == "statement":
                return [n for n, r in d.actors.items() if r not in {"target", "mediator", "host"}]
        return []

    def _last_proposers(
        self, drafts: list[Draft], acceptors: dict[str, str], day: dt.date | None
    ) -> set[str]:
        """The authors of the proposal reported last (none of them among ``acceptors``)."""
        mine = self._parties.party_states(acceptors, day)
        for d in reversed(drafts):
            if d.type != "proposal":
                continue
            authors = self._parties.party_states(
                (n for n, r in d.actors.items() if r == "initiator"), d.date.start
            )
            if authors and not authors & mine:
                return authors
        return set()

    def _sides_agreeing(self, gathering: Draft, named: dict[str, str]) -> dict[str, str]:
        """ "The parties agreed" after a session (``gathering``): the conflict sides seated at
        it (those of a dispute of ``conflicts.toml``, else all but its mediators and hosts),
        with the mediators and hosts the sentence names (``named``: its own parties), not the
        session's other mediators (devset README, third clarified block)."""
        day = gathering.date.start
        seated = gathering.actors
        states = self._parties.party_states(seated, day)
        pair = next((p for p in self.conflicts.pairs if p <= states), None)
        out: dict[str, str] = {}
        for name, role in seated.items():
            if pair is not None:
                if pair.isdisjoint(self.gaz.affiliated(name, day)):
                    continue
            elif role in {"mediator", "host"}:
                continue
            out[name] = "participant" if role in {"mediator", "host"} else role
        for name, role in named.items():
            if role in {"mediator", "host"}:
                out.setdefault(name, role)
        return out

    def _two_parties_sat(self, gathering: Draft) -> bool:
        """Whether two states or groups (not only organisations or one side) sat at ``gathering``."""
        sat = self._parties.party_states(gathering.actors, gathering.date.start)
        return sum(self.gaz.kind(a) != "organisation" for a in sat) >= 2

    def _two_sides(
        self, hits: list[GazMatch], start: int, end: int, resolved: dates_mod.ResolvedDate
    ) -> bool:
        """Whether the parties named in ``text[start:end]`` stand for two different sides."""
        named = {m.name for m in hits if m.kind == "actor" and start <= m.start < end}
        return len(self._parties.states(named, resolved.start)) >= 2

    def _location(
        self, slow: str, places: list[GazMatch], s0: int, ts: int, event_type: str
    ) -> str | None:
        if event_type not in ENCOUNTER_TYPES:
            places = [m for m in places if IN_AT.search(slow, 0, m.start - s0)]
        elif len(places) > 1:
            # "travelled from Amman to Damascus", "the envoy for Gaza met in Cairo": the place
            # the words "in", "at" or "to" set it in, not the one left or spoken of.
            venues = [m for m in places if VENUE_BEFORE.search(slow, 0, m.start - s0)]
            places = venues or places
        if not places:
            return None
        return min(places, key=lambda m: abs(m.start - s0 - ts)).name

    def _fallback_title(self, d: Draft) -> str:
        """A headline for a mention promoted to an event without one ("the 2022 talks" named in
        a sentence whose own news is another type): its sides and the type's verb."""
        ev = d.evidence[0]
        trig = ev.trigger
        start, end = (trig.start, trig.end) if trig else (0, 0)
        sides = [n for n, r in d.actors.items() if r not in {"host", "mediator"}]
        people = [n for n in sides if self.gaz.kind(n) == "person"]
        subject = [n for n in sides if n not in people] or people
        return make_title(
            d.type,
            self.lex.types[d.type].title,
            subject,
            [],
            ev.quote,
            start,
            end,
            d.location,
            d.planned,
        )

    def _finish(self, d: Draft) -> EventCandidate:
        actors = [ActorMention(name, self.gaz.kind(name), role) for name, role in d.actors.items()]
        if d.location and (d.hosted or d.type in ENCOUNTER_TYPES - {"call"}):
            country = VENUE_HOST.get(d.location) or self.gaz.place_country.get(d.location)
            # (The keys view first: ``frozenset & keys`` is a set, not the frozenset typed.)
            seated = d.actors.keys() & SEATS.get(d.location, frozenset())
            if (
                country
                and not seated
                and country not in self._parties.states(d.actors, d.date.start)
            ):
                actors.append(ActorMention(country, self.gaz.kind(country), "host"))
        topics = set(d.topics)
        if d.type in TYPE_TOPIC:
            topics.add(TYPE_TOPIC[d.type])
        d.evidence = distinct_evidence(d.evidence)
        feats = confidence_features(d, actors, self._text, self._pub)
        return EventCandidate(
            type=d.type,
            title=d.title or self._fallback_title(d),
            date=d.date.start,
            date_precision=d.date.precision,
            end_date=d.date.end,
            date_source=d.date_source,
            planned=d.planned,
            location=d.location,
            topics=sorted(topics),
            actors=actors,
            confidence=round(self.confidence.score(feats), 3),
            evidence=d.evidence,
            features=feats,
        )


# What a timestamp line holds besides its date: a clock time, a label, an agency's mark.
# (A capitalised word is taken whole, "*+": split anew at each capital, a line of long
# capitalised words that is no timestamp took minutes to reject.)
_STAMP_REST = re.compile(
    r"(?:[\s,.:|/()–—-]|\d{1,2}[:.]\d\d|[ap]\.?m\.?|gmt|utc|updated|published|posted|last|"
    r"(?-i:[A-Z][A-Za-z]*+))*",
    re.IGNORECASE,
)


_LATER_ON = re.compile(r"\b(?:later|then)\s+(?:on\s+)?$")


def _stamp_line(text: str, mentions: list[dates_mod.DateMention]) -> bool:
    """Whether a sentence is only a timestamp or a dateline ("March 4, 2026, 9:15 a.m.",
    "Updated: Feb. 9, 2026 | 4:05 p.m.", "Lima, March 2, EFE."): a date and no clause."""
    if len(mentions) != 1 or mentions[0].kind != "absolute" or len(text) > 60:
        return False
    rest = text[: mentions[0].start] + " " + text[mentions[0].end :]
    return _STAMP_REST.fullmatch(rest) is not None


def _first_after(d: dates_mod.DateMention, day: dt.date) -> dates_mod.DateMention:
    """A yearless day or month in the year that puts it first on or after ``day``."""
    if d.year is not None or d.month is None or d.kind not in {"absolute", "month"}:
        return d
    key = (d.month, d.day or 31)
    return replace(d, year=day.year if key >= (day.month, day.day) else day.year + 1)


def _with_obligations(
    lowered: str, sent: Sentence, triggers: list[TriggerMatch], gaz: list[GazMatch]
) -> list[TriggerMatch]:
    """The sentence's triggers and a demand for each party it reports told what it must do
    ("Netanyahu told the cabinet that Hamas must disarm": Israel demands it of Hamas), unless the
    sentence has a demand trigger of its own ("insisted that Hamas must ...")."""
    if any(t.type == "demand" for t in triggers):
        return triggers
    added = []
    for m in gaz:
        if m.kind != "actor":
            continue
        after = OBLIGED_AFTER.match(lowered, m.end, min(sent.end, m.end + 40))
        if after is None:
            continue
        lead = lowered[max(sent.start, m.start - 160) : m.start]
        before = OBLIGED_BEFORE.search(lead)
        if before is None:
            continue
        speakers = list(OBLIGATION_SPEAKER.finditer(lead, 0, before.end()))
        if speakers and not STANDING_SAY.search(lead, 0, speakers[-1].start()):
            must = after.end() - len("must")
            added.append(TriggerMatch(must, after.end(), "demand", "verbal", "said that * must"))
    return sorted(triggers + added, key=lambda t: t.start) if added else triggers


def _with_impositions(lowered: str, triggers: list[TriggerMatch]) -> list[TriggerMatch]:
    """The sentence's triggers and, after a lifting of measures, their imposition when the
    relative clause that describes them dates it ("lifted on Monday the measures it imposed on
    the country in June 2023": two sanctions, the lifting that day and the imposing in June
    2023)."""
    added = []
    for t in triggers:
        if t.type != "sanction" or t.strength != "verbal" or not LIFTING.search(t.phrase):
            continue
        then = IMPOSED_THEN.match(lowered, t.end)
        if then is not None:
            start, end = then.span("verb")
            added.append(TriggerMatch(start, end, "sanction", "verbal", then.group("verb")))
    return sorted(triggers + added, key=lambda t: t.start) if added else triggers


def _held_day(
    slow: str, te: int, date_mentions: list[dates_mod.DateMention]
) -> dates_mod.DateMention | None:
    """The day a relative clause after a talks noun says the session was held ("negotiations that
    opened on Dec. 9", "consultations on embassies, held in Istanbul on September 10")."""
    clause = HELD_CLAUSE.match(slow, te)
    if clause is None:
        return None
    return next((d for d in date_mentions if clause.end() <= d.start <= clause.end() + 3), None)


def _and_next_verb(slow: str, at: int, triggers: list[TriggerMatch], s0: int) -> bool:
    """Whether the next trigger after ``at`` is a verb joined by "and" ("... on 4 May and
    agreed to ...")."""
    nxt = next((t for t in triggers if t.start - s0 >= at), None)
    return (
        nxt is not None
        and nxt.strength == "verbal"
        and AND_NEXT_VERB.fullmatch(slow, at, nxt.start - s0) is not None
    )


def _search_lines(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """``pattern.search(text, 0, end)`` for a pattern that starts with "^" (multi-line): tried at
    the line starts only (the regex engine would try every position)."""
    start = 0
    while True:
        found = pattern.match(text, start, end)
        if found is not None:
            return found
        start = text.find("\n", start, end) + 1
        if start == 0:
            return None


def _next_after(o: Draft, held: Draft, d: Draft) -> bool:
    """Whether the "next round" ``d`` follows talks ``o`` rather than ``held``: the later round
    held ("The first round took place on December 3" told after the round of the news is not the
    one the next follows), else the one told last before it, else the first told after it."""
    if o.date.start != held.date.start:
        return o.date.start > held.date.start
    return o.order <= d.order


def _series_parties(drafts: list[Draft]) -> None:
    """ "Chile and Peru held talks in Lima on Monday. [...] The second followed in Quito on 9
    June": a round told by its number alone is a round of the talks the article reports, between
    their parties (bar their host: the round's venue may differ); the talks it tells first."""
    held = [d for d in drafts if d.type == "talks" and not d.planned and not d.series]
    for d in drafts:
        if not d.series or not held:
            continue
        parties = {name: role for name, role in held[0].actors.items() if role != "host"}
        if parties:
            d.actors = parties


def _deal_venue(slow: str, at: int, ts: int, te: int) -> bool:
    """Whether the place at ``at`` is where the deal told by the trigger ending at ``te`` was
    signed or reached ("signed a framework agreement in Doha", "In Doha, the two sides signed"),
    not the place of what was agreed ("agreed to meet in Budapest") or of another clause."""
    if at <= 3:
        return True  # "In Geneva on May 2, the two sides signed ..."
    if at > te and TALKS_IN.search(slow, max(te, at - 90), at) is not None:
        # "agreed to free 300 detainees after two weeks of talks in Muscat": the deal's talks
        # (not "agreed to hold talks in Muscat": what was agreed)
        return True
    if not 0 <= at - te <= 60:
        return False
    gap = slow[te:at]
    return " to " not in slow[ts:at] and "," not in gap and ";" not in gap


def _deal_told_in(drafts: list[Draft], index: int, held: bool = False) -> Draft | None:
    """The agreement told last in sentence ``index`` (``held``: one not planned), if any (the
    sentence's drafts are the last ones)."""
    for d in reversed(drafts):
        if d.order != index:
            return None
        if d.type == "agreement" and not (held and d.planned):
            return d
    return None


def _talks_go_betweens(drafts: list[Draft], parties_of: StatesOf) -> None:
    """Give "the talks"/"the negotiations" told again with the sides alone ("The negotiations
    opened on May 2") the mediators and host of the deal or talks between those sides told
    before in the article ("... agreed in Muscat at talks sponsored by the UN")."""
    for i, d in enumerate(drafts):
        if d.type != "talks" or any(r in {"mediator", "host"} for r in d.actors.values()):
            continue
        ev = d.evidence[0]
        trig = ev.trigger
        if trig is None or not (
            ev.quote[: trig.start].lower().endswith("the ")
            or ev.quote[trig.start : trig.end].lower().startswith("the ")
        ):
            continue
        sides = parties_of(d.actors, d.date.start)
        if len(sides) < 2:
            continue
        for o in reversed(drafts[:i]):
            if o.type not in {"talks", "agreement"} or o.planned:
                continue
            between = {n: r for n, r in o.actors.items() if r in {"mediator", "host"}}
            others = {n for n, r in o.actors.items() if r not in {"mediator", "host"}}
            if between and sides <= parties_of(others, o.date.start):
                for name, role in between.items():
                    d.actors.setdefault(name, role)
                break


def _seat_parties(actors: dict[str, str], deal: Draft) -> None:
    """Seat the parties of ``deal`` (not its mediators or hosts) at the talks it was reached at."""
    for name, role in deal.actors.items():
        if role not in {"mediator", "host"}:
            actors.setdefault(name, role)


def _time_clause_start(slow: str, ts: int) -> int | None:
    """Where the time clause ("after ...", "since ...") that holds the trigger at ``ts`` starts,
    if one opens within the 60 characters before it."""
    openers = list(TIME_CLAUSE.finditer(slow, max(0, ts - 60), ts))
    return openers[-1].end() if openers else None


def _dated_after(
    te: int,
    n: int,
    slow: str,
    date_mentions: list[dates_mod.DateMention],
    claims: dict[int, int],
) -> bool:
    """Whether trigger ``n`` is followed, in its own clause, by a date it owns ("the truce took
    effect on 4 May", "began at noon on Sunday")."""
    return any(
        claims[id(d)] == n
        and 0 <= d.start - te <= 40
        and "," not in slow[te : d.start]
        and ";" not in slow[te : d.start]
        for d in date_mentions
    )


def _count_back(day: dt.date, counted: re.Match[str]) -> dt.date:
    """The day a counted phrase ("two days after", "a year and a day after") sets ``day`` apart
    from: earlier for "after", later for "before"."""
    back = day - dt.timedelta(days=days_counted(counted))
    if "years" in counted.re.groupindex and counted.group("years"):
        years = YEAR_WORDS[counted.group("years").lower()]
        back = _add_years(back, -years if counted.group("way").lower() == "after" else years)
    return back


def _last_year(
    mentions: list[dates_mod.DateMention],
    span: tuple[int, int] | None,
    resolved: dates_mod.ResolvedDate,
    slow: str,
    plan_cue_possible: bool,
) -> dates_mod.ResolvedDate | None:
    """A yearless day told in a sentence that speaks only of the past ("The envoys met in Oslo
    on February 12", written in November) is the last February 12, not the next one, however
    long ago: the nearer coming day suits a plan, and nothing in the sentence plans."""
    mention = next((m for m in mentions if span == (m.start, m.end)), None)
    if (
        mention is None
        or mention.kind != "absolute"
        or mention.year is not None
        or mention.qualifier
        or resolved.precision != "day"
        or FUTURE.search(slow)
        or (plan_cue_possible and PLAN_CUE.search(slow))
    ):
        return None
    end = _add_years(resolved.end, -1) if resolved.end is not None else None
    return dates_mod.ResolvedDate(_add_years(resolved.start, -1), end, "day")


def _gathering_held_at(
    drafts: list[Draft], places: list[GazMatch], focus: dt.date
) -> dates_mod.ResolvedDate | None:
    """The day of the latest held talks or meeting dated in the text at a place the sentence
    names, when it was before the article's day (``_GATHERING_DAYS`` at most)."""
    names = {m.name for m in places}
    for d in reversed(drafts):
        if (
            d.type in {"talks", "meeting"}
            and not d.planned
            and d.date_source == "text"
            and d.date.precision == "day"
            and d.date.end is None
            and d.location in names
        ):
            return d.date if focus - _GATHERING_DAYS <= d.date.start < focus else None
    return None


def _occasion_day(slow: str, drafts: list[Draft]) -> dates_mod.ResolvedDate | None:
    """The day of the gathering a sentence opens with ("On the sidelines of the summit", "At the
    same ceremony"): that of the latest held meeting or talks reported before it, else of the
    latest happening dated in the text (the session where a plan was presented)."""
    if SIDELINES.match(slow) is None:
        return None
    gathering = _last_gathering(drafts, {"meeting", "talks"})
    if gathering is None:
        held = (d for d in reversed(drafts) if not d.planned and d.date.precision == "day")
        gathering = next((d for d in held if d.date_source == "text"), None)
    return gathering.date if gathering is not None else None


# ("10:40 GMT", "10.40am BST": the "am"/"pm" written on to the minutes)
_CLOCK_LINE = re.compile(r"(?m)^[^\S\n]*\d{1,2}[:.]\d\d(?:[ap]m)?(?!\w)", re.IGNORECASE)


# Gatherings a sentence may refer back to ("raised the issue during the meeting").
_GATHERING_REFERENCES = ("the meeting", "the talks", "the session", "the summit")


def _refers_to_earlier_gathering(slow: str, drafts: list[Draft], day: dt.date) -> bool:
    """Whether the sentence refers to "the meeting" (talks, session, summit) when the latest
    gathering told was held on a day before ``day``: what it reports happened at that gathering
    ("Armenia also raised the prisoners during the meeting", after a later day was told)."""
    if not any(ref in slow for ref in _GATHERING_REFERENCES):
        return False
    gathering = _last_gathering(drafts, {"meeting", "talks"})
    return gathering is not None and gathering.date.start < day


def _told_dated(drafts: list[Draft]) -> bool:
    """Whether the article has already told a happening on a day its text names."""
    return any(d.date_source == "text" for d in drafts)


def _answers_demand(drafts: list[Draft], index: int) -> bool:
    """Whether this sentence or the one before told a demand (that a refusal answers)."""
    return any(d.type == "demand" and d.order >= index - 1 for d in reversed(drafts[-4:]))


def _after_clock_line(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` opens a live blog's entry: a line with the entry's time
    ("10:40 GMT", "13:10 GMT - Headline", "10.40am BST") is one of the two lines before it."""
    lead = text[max(0, start - 160) : start].rstrip("\n")
    lines = [ln for ln in lead.split("\n") if ln.strip()][-2:]
    return any(_CLOCK_LINE.match(ln) for ln in lines)


def _dated_participle(
    trig: TriggerMatch, slow: str, te: int, date_mentions: list[dates_mod.DateMention]
) -> bool:
    """Whether a proposal's participle and its agent ("a truce proposed by X") are followed by a
    named day or month in the same clause ("... by X in a joint statement on 12 March"): the
    proposing told with its date, so news of the past, not only the plan's author ("proposed by
    X, which Y rejected on 12 March" is not)."""
    return (
        trig.type == "proposal"
        and slow.startswith(" by ", te)
        and any(
            d.kind in {"absolute", "month"}
            and d.anchor
            and 0 < d.start - te <= 130
            and PARTICIPLE_CLAUSE_END.search(slow, te, d.start) is None
            for d in date_mentions
        )
    )


def _gathering_just_told(drafts: list[Draft], index: int) -> Draft | None:
    """The meeting, round of talks or call held on a known day that the text told last before
    sentence ``index`` (one of the six before it), when only statements, deals and plans were told
    since."""
    for d in reversed(drafts):
        if d.order < index - 6:
            return None
        if d.order == index or d.planned or d.type in {"statement", "agreement"}:
            continue
        if d.type in {"meeting", "talks", "call"} and d.date.precision == "day":
            return d
        return None
    return None


def _last_gathering(
    drafts: list[Draft],
    types: Collection[str] = frozenset({"meeting", "talks", "call"}),
    near: dt.date | None = None,
) -> Draft | None:
    """The latest meeting, round of talks or call (of ``types``) held on a known day reported
    so far; with ``near`` (the news day), one held within a month of it if there is one ("a
    statement after the session" is the news day's session, not the background told since)."""
    held = [
        d
        for d in reversed(drafts)
        if d.type in types and not d.planned and d.date.precision == "day"
    ]
    if near is not None:
        recent = [d for d in held if d.date.start >= near - _BACKGROUND_GAP]
        return recent[0] if recent else (held[0] if held else None)
    return held[0] if held else None


_BACKGROUND_GAP = dt.timedelta(days=30)


def _statement_medium(holder: TriggerMatch, d: dates_mod.DateMention, slow: str, s0: int) -> bool:
    """Whether date ``d`` is held by an "in a (joint) statement on 4 May" phrase (or told just
    before it: "rejected the plan on Monday in a statement"): the statement is the medium of the
    sentence's speech act, so its day is that act's day as well."""
    return (
        holder.type == "statement"
        and holder.phrase.startswith("in a")
        and (0 <= d.start - (holder.end - s0) <= 4 or 0 <= (holder.start - s0) - d.end <= 2)
    )


def _add_years(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` later (28 February for a 29 February in a common year)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _attributive(trig: TriggerMatch, date: dates_mod.DateMention, slow: str, s0: int) -> bool:
    """Whether the date is told of a deal by a participle describing it ("the agreement reached in
    Brussels on 27 February", "its annex, agreed in Ohrid on 18 March"): it dates that deal only,
    not a verb later in the sentence."""
    start = max(0, trig.start - s0 - 16)
    return ATTRIBUTIVE.search(slow, start, date.start) is not None


def _and_that(slow: str, ts: int) -> int:
    """Where a coordinated complement ("said X had not changed and that Y must ...") begins."""
    k = slow.rfind(" and that ", 0, ts)
    return k + 10 if k >= 0 else 0


def _refused_thing(triggers: list[TriggerMatch], n: int, slow: str, s0: int) -> bool:
    """The demand or proposal is the object of a refusal just before it ("rejected the American
    demands that ...", "dismissed Kinshasa's demand that ..."), not a happening of its own."""
    trig = triggers[n]
    if trig.phrase.split(" ", 1)[0].endswith("ed"):
        return False  # "rejected the plan and demanded that ...": a second act
    ts = trig.start - s0
    for t in triggers[:n]:
        if t.type != "rejection" or t.strength != "verbal":
            continue
        gap = slow[t.end - s0 : ts]
        if len(gap) <= 60 and not any(c in gap for c in ",;:.") and OBJECT_NP.search(gap):
            return True
    return False


def _rejects_charge(slow: str, ts: int, te: int, dated: bool) -> bool:
    """The rejected thing is an accusation told before ("a charge Kigali rejects"), or, in an
    undated sentence, after it ("has rejected the claims"): a standing denial. Dated, rejecting
    the other side's accusation or remarks is that day's news ("rejected the remarks on Monday
    as provocative")."""
    before, after = slow[max(0, ts - 60) : ts], slow[te : te + 40]
    return bool(
        (any(w in before for w in CHARGE_WORDS) and CHARGE_BEFORE.search(before))
        or (not dated and any(w in after for w in CHARGE_WORDS) and CHARGE_AFTER.match(after))
    )


def _nearest_head(
    d: dates_mod.DateMention, heads: list[int], triggers: list[TriggerMatch], s0: int, slow: str
) -> int:
    """The one of the sentence's head triggers that date ``d`` is nearest to."""
    return min(
        heads,
        key=lambda i: date_distance(d, triggers[i].start - s0, triggers[i].end - s0, slow),
    )


def _leading_split(slow: str, stext: str, ts: int) -> int | None:
    """Where the ", two weeks after" clause that holds the trigger at ``ts`` starts, if it does
    (the last such split before the trigger, with no other clause break between)."""
    if "after " not in slow[:ts] and "before " not in slow[:ts]:
        return None
    last = None
    for split in AFTER_CLAUSE.finditer(slow, 0, ts):
        last = split
    if last is None or not last.group().rstrip().endswith(("after", "before")):
        return None
    if CLAUSE_SEP.search(slow, last.end(), ts) or AFTER_GERUND.match(stext, last.end()):
        return None  # ("X said, after speaking with Y by phone, ...": X's own clause)
    return last.start()


def _clause_bounds(
    slow: str, ts: int, te: int, others: list[TriggerMatch], s0: int
) -> tuple[int, int]:
    """The span of the trigger's clause: up to the clause breaks that separate it from the other
    triggers of the sentence."""
    lo, hi = 0, len(slow)
    for o in others:
        if o.end - s0 <= ts:
            for m in ACTOR_SPLIT.finditer(slow, o.end - s0, ts):
                lo = max(lo, m.end())
        elif o.start - s0 >= te:
            after = ACTOR_SPLIT.search(slow, te, o.start - s0)
            if after is not None:
                hi = min(hi, after.start())
            elif o.start - s0 - 5 >= te and slow.startswith(" and ", o.start - s0 - 5):
                # "spoke by phone with X and urged both sides to ...": the second verb's object
                # is not the first's (its subject, before both, is still shared).
                hi = min(hi, o.start - s0 - 5)
    return lo, hi


def _qualifies_noun(slow: str, te: int, d: dates_mod.DateMention) -> bool:
    """Whether a date after a trigger belongs to a noun, not to the time the sentence tells of:
    it sits in a relative clause, no comma closing it first ("demanded that Baku free a man who
    had been arrested in 2021"), follows the noun's participle ("demanded that Baku respect the
    truce agreed in May"), or is a possessive ("said that Monday's handover went well")."""
    if d.start <= te:
        return False
    if is_possessive(slow, d) or told_by_participle(slow, te, d) or of_date(slow, d):
        return True
    rel = RELATIVE.search(slow, te, d.start)
    return rel is not None and "," not in slow[rel.start() : d.start]


def _own_pair(m: GazMatch, trig: TriggerMatch) -> bool:
    """Whether ``m`` is "both sides" naming a clause's own parties: not so for the ones an appeal
    or a demand is addressed to ("..., and urged both parties to"), which name no party (see
    ``Parties.actors``), so the subject of the clause before is still the speaker."""
    return m.kind == "pair" and not (trig.type in CONTENT_TYPES and m.start > trig.start)


def _had_relative(slow: str, ts: int, te: int) -> bool:
    """Whether the trigger lies in a relative clause in the past perfect ("X, who had announced
    the ceasefire, said ...")."""
    rel = RELATIVE_OPEN.search(slow, max(0, ts - 80), ts)
    return rel is not None and PAST_PERFECT.search(slow, rel.start(), te) is not None


def _content_verb(slow: str, stext: str, start: int, end: int) -> bool:
    """A verb of the agreed or proposed action between ``start`` and ``end`` ("agreed to meet");
    a capitalised word is a name ("the Agreement on the Path to Normalisation"), and the "to"
    right after a verb of handing over names who got it ("was handed to army chief X")."""
    handed = HANDED_OVER.search(slow, max(0, start - 12), start) is not None
    for m in CONTENT_VERB.finditer(slow, start, end):
        if handed and m.start() <= start + 1:
            continue
        if m.start(1) < 0 or not stext[m.start(1)].isupper():
            return True
    return False


def _quoted(slow: str, ts: int, te: int) -> bool:
    """Whether the span lies inside a quotation that opens and closes within the sentence."""
    return any(m.start() < ts and te < m.end() for m in QUOTE.finditer(slow))


def _agreed_at_gap(gap: str) -> bool:
    """Whether the text between an agreement and an encounter noun ends in a preposition of
    occasion ("... ceasefire on July 28 at talks", "... at the end of two weeks of talks")
    without naming the agreed action ("agreed to take part in talks")."""
    if AT_OCCASION.search(gap) is not None and not AGREED_ACTION.search(gap):
        return True
    # "agreed on 3 June in Geneva, during the latest round of talks": the occasion set off by a
    # comma of its own ("agreed to a truce, and at talks ..." names another happening).
    # "agreed to X, after a meeting of their border committee in Y": the meeting it came out
    # of (not "after months of talks", "following three days of talks": a process before it).
    # (A comma inside a number, "3,000 detainees", sets nothing off.)
    head, _, tail = gap.rpartition(", ")
    tail = tail.lstrip()
    return (
        OCCASION_AFTER_COMMA.match(tail) is not None
        and ", " not in head
        and not AGREED_ACTION.search(tail)
        and not (tail.startswith(("after ", "following ")) and SPELL_OF.search(tail))
    )


def _negotiators(slow: str, ts: int, te: int) -> bool:
    """Whether the words around a meeting name negotiators ("delegations from X, Y and Z are due
    to meet", "the trilateral meeting", "met a Ukrainian delegation"), looking after the trigger
    only up to the next clause ("..., and two days of talks with Zelensky's team")."""
    after = CLAUSE_SEP.search(slow, te, te + 150)
    return (
        NEGOTIATORS.search(slow, max(0, ts - 150), after.start() if after else te + 150) is not None
    )


def _dated_by_its_phrase(
    stext: str, slow: str, ts: int, te: int, date_span: tuple[int, int]
) -> bool:
    """Whether a noun trigger's date is part of its own noun phrase ("since the 9 May summit",
    "Saturday's summit", "the summit of the two presidents in Tallinn on 9 May", "a truce
    brokered by Qatar in July"), so that the phrase names a dated happening of its own, not
    the time of the sentence's news."""
    start, end = date_span
    if slow.startswith("to ", ts) or slow.endswith(" to ", 0, ts):
        return False  # "agreed for their ministers to meet in March": a verb, no noun phrase
    if end <= ts:
        gap = slow[end:ts]
        return bool(NOUN_DATE_BEFORE.fullmatch(gap)) and (
            gap.startswith(("'s", "\u2019s"))
            or DETERMINER_BEFORE.search(slow, 0, start) is not None
        )
    if start < te or start - te > 90:
        return False
    if slow.startswith(" of ", te) and start == te + 4:
        return True  # "upholding the Lima accord of June 2021", "the truce of 10 May"
    if not ADJUNCT_NOUN.search(slow, max(0, ts - 40), ts) and not (
        slow.startswith("the ", ts) and ADJUNCT_NOUN.search(slow, max(0, ts - 40), ts + 4)
    ):
        return False  # "laid out a roadmap for the talks on Monday": the verb's day
    for word, original in zip(slow[te:start].split(), stext[te:start].split(), strict=True):
        if original[0].isupper() or original[0].isdigit():
            continue  # a name ("Anchorage, Alaska,"), a number
        if "," in word or not PHRASE_WORD.fullmatch(word):
            return False  # a clause of its own ("the truce, which collapsed on 9 May")
    return True
