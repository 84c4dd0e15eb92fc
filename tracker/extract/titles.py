"""Event titles written from the sentence: "Russia and Ukraine agree on 1,000-for-1,000 prisoner
exchange", "Russia demands that Ukraine withdraw its forces", "Russia and Ukraine hold talks in
Istanbul".

A title reads like a news headline: present tense, subject-verb-object, no date (the date is
printed beside it), no attribution ("..., X said"), and never a fragment. Speech events
(agreement, proposal, demand, rejection) take their verb and object from the sentence; other
events use the type's verb phrase from the trigger file ("hold talks"). When the sentence gives
no usable verb or object, or no subject, a generic phrase or a passive headline is written
instead ("Israel and Hamas reach an agreement", "Talks held in Abu Dhabi").

Everything here is string work with small word lists and regular expressions: titles are made
once per event and must stay cheap.
"""

from __future__ import annotations

import re

from tracker.extract.prefilter import word_branches

_SPEECH_TYPES = frozenset({"agreement", "proposal", "demand", "rejection"})
_MAX_TAIL_WORDS = 12
_MAX_CHARS = 120

# --- verb forms -----------------------------------------------------------------------------------

# Irregular inflected forms -> base form. Regular -ed/-ing/-s forms are handled by rules.
_IRREGULAR_FORMS = """
held:hold met:meet spoke:speak spoken:speak struck:strike drew:draw drawn:draw sent:send
put:put set:set laid:lay took:take taken:take came:come began:begin begun:begin went:go gone:go
gave:give given:give made:make brought:bring sought:seek told:tell said:say broke:break
broken:break flew:fly flown:fly paid:pay wrote:write written:write led:lead left:leave saw:see
seen:see got:get found:find withdrew:withdraw withdrawn:withdraw chose:choose chosen:choose
won:win lost:lose kept:keep ran:run stood:stand understood:understand undertook:undertake
thought:think fought:fight felt:feel dealt:deal meant:mean heard:hear spent:spend built:build
sat:sit became:become forgave:forgive shook:shake fled:flee was:be were:be is:be are:be been:be
has:have had:have does:do did:do done:do goes:go
"""
_IRREGULAR = dict(pair.split(":") for pair in _IRREGULAR_FORMS.split())
# Base forms ending in a double consonant ("called" -> "call", not "cal").
_DOUBLE_BASES = frozenset(
    {
        "add", "err", "egg", "ebb", "purr", "buzz", "install", "enroll", "recall", "fulfill",
        "distill", "instill", "forestall", "befall", "appall", "extoll", "enthrall",
    }
)  # fmt: skip
# Base forms ending in a silent e that the rules below would miss ("invited" -> "invite").
_E_BASES = frozenset(
    {
        "invite", "unite", "cite", "excite", "ignite", "recite", "expedite", "hope", "cope",
        "scope", "phone", "telephone", "postpone", "zone", "condone", "hone", "tone", "atone",
        "ignore", "explore", "restore", "store", "score", "deplore", "implore", "adore", "note",
        "vote", "quote", "promote", "devote", "denote", "create", "dispute", "route", "pledge",
        "judge", "breathe", "bathe", "loathe", "clothe",
    }
)  # fmt: skip
# Words ending in -ed/-ing/-s that are no inflected verb.
_NOT_INFLECTED = frozenset(
    {
        "need", "feed", "proceed", "succeed", "exceed", "heed", "bleed", "breed", "speed", "embed",
        "shed", "wed", "seed", "bring", "sing", "ring", "swing", "sting", "thing", "during",
        "this", "his", "its", "us", "thus", "plus", "bus", "focus", "gas", "yes", "was", "is",
    }
)  # fmt: skip
_VOWELS = "aeiou"


_VOWEL_RUN = re.compile(r"[aeiouy]+")
_SHORT_VERB_END = re.compile(r"[^aeiou][aeiou][bdgmnprt]$")


def _syllables(word: str) -> int:
    return len(_VOWEL_RUN.findall(word))


def _restore(stem: str) -> str:
    """The base form of a verb from its stem without -ed/-ing ("propos" -> "propose")."""
    if stem + "e" in _E_BASES:
        return stem + "e"
    if stem in _DOUBLE_BASES or len(stem) < 2:
        return stem
    last, prev = stem[-1], stem[-2]
    if last == prev and last not in _VOWELS:  # planned, submitted, initialled, called
        if last in "sfz":
            return stem
        if last == "l" and _syllables(stem[:-2]) <= 1:
            return stem
        return stem[:-1]
    if last in "vcz" or (last == "u" and prev not in _VOWELS):  # solved, forced, issued
        return stem + "e"
    if last == "g":  # urged, changed, challenged, pledged
        return stem + "e" if prev in "rld" or stem.endswith(("ang", "eng")) else stem
    if last == "s":  # proposed, endorsed, released (discussed is caught above)
        return stem + "e"
    if prev not in _VOWELS or len(stem) < 3:
        # settled, tabled, handled: a consonant + l
        return stem + "e" if last == "l" and prev in "bcdfgkptz" else stem
    before = stem[-3]
    if before in _VOWELS:  # two vowels: floated, reached, appealed, joined
        return stem + "e" if stem.endswith("iat") else stem
    # consonant + single vowel + consonant
    rules = {
        "b": "aiou",
        "d": "aiou",
        "k": "aiou",
        "m": "aiou",
        "n": "iu",
        "p": "aiuy",
        "r": "aiu",
        "t": "au",
        "l": "iu",
    }
    return stem + "e" if prev in rules.get(last, "") else stem


def lemma(word: str) -> str:
    """Base form of a verb (best effort): offered -> offer, proposed -> propose, planned -> plan,
    tried -> try, held -> hold, agrees -> agree, urging -> urge. Other words are lowercased."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w in _NOT_INFLECTED or len(w) < 4 or not w.isalpha():
        return w
    if w.endswith("ied"):
        return w[:-3] + "y" if len(w) > 4 else w[:-1]
    if w.endswith("eed") and not w.endswith("eeded"):
        return w[:-1]  # agreed, freed, guaranteed
    if w.endswith("ed"):
        return _restore(w[:-2])
    if w.endswith("ing") and len(w) > 5:
        stem = w[:-3]
        return stem if stem.endswith(("ee", "y", "o")) else _restore(stem)
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes", "zzes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _is_verb_form(word: str) -> bool:
    """Whether a word is an inflected verb form (past, participle, -ing, third person)."""
    w = word.lower()
    if w in _IRREGULAR:
        return True
    return w not in _NOT_INFLECTED and len(w) > 3 and w.isalpha() and w.endswith(("ed", "ing"))


_PARTICIPLES = {
    v: k
    for k, v in _IRREGULAR.items()
    if k.endswith(("d", "t", "n", "e", "w")) and v not in {"be", "do", "go", "have", "see"}
} | {"hold": "held", "meet": "met", "make": "made", "send": "sent", "speak": "spoken"}


def participle(verb: str) -> str:
    """Past participle of a base form: hold -> held, declare -> declared, plan -> planned."""
    if verb in _PARTICIPLES:
        return _PARTICIPLES[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        return verb[:-1] + "ied"
    if (
        _syllables(verb) == 1
        and _SHORT_VERB_END.search(verb)
        and not verb.endswith(("w", "x", "y"))
    ):
        return verb + verb[-1] + "ed"
    return verb + "ed"


def inflect(verb_phrase: str, singular: bool) -> str:
    """Third-person present: "hold talks" -> "holds talks" for a singular subject."""
    if not singular:
        return verb_phrase
    first, _, rest = verb_phrase.partition(" ")
    special = {"have": "has", "be": "is", "do": "does", "go": "goes"}
    if first in special:
        first = special[first]
    elif first.endswith(("ch", "sh", "s", "x", "z", "o")):
        first += "es"
    elif first.endswith("y") and len(first) > 1 and first[-2] not in _VOWELS:
        first = first[:-1] + "ies"
    else:
        first += "s"
    return f"{first} {rest}".strip()


def join_names(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# --- the words after the trigger --------------------------------------------------------------

_PAST_AFTER_AND = (
    r"[a-z]+ed|held|met|said|told|made|took|gave|sent|spoke|began|came|went|left|struck|drew"
)
# Where the object of a trigger ends: punctuation, a subordinate or relative clause, a second
# coordinated clause ("... and that Kyiv would report back", "... and repeated its call"), and the
# spaces before it:
#   \s*(?:[;:(\[—–]|\s(?:during|...|so\s+that)\b|,\s+(?=[a-z])|\s-\s|\.\s*$|[,.]["”’]
#       |\s+and\s+(?:that|<past>)\b)
# Each branch starts with one character of a class: the pattern is led by that class, the
# branches told apart by a look-behind, so that the regex engine skips to where a stop can start
# (led by "\s*" it would try every position); the spaces before it are stripped after.
_TAIL_STOP = re.compile(
    r"[\s;:(\[—–,.](?:(?<=[;:(\[—–])|(?<=\s)(?:during|after|following|amid|despite|as|while|"
    r"because|but|which|who|whom|whose|where|when|once|if|unless|although|though|whereas|saying|"
    rf"so\s+that)\b|(?<=,)\s+(?=[a-z])|(?<=\s)-\s|(?<=\.)\s*$|(?<=[,.])[\"”’]|"
    rf"(?<=\s)\s*and\s+(?:that|{_PAST_AFTER_AND})\b)"
)
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|tells|added|adds|according|announced|stated|noted|wrote|reported|"
    r"Minister|President|Secretary|[Ss]pokes(?:man|woman|person)|[Oo]fficials?|[Ee]nvoy|Prime|"
    r"Chancellor|[Aa]dviser|[Aa]mbassador|[Nn]egotiator|[Cc]hief|[Aa]ide|[Hh]ead|[Dd]irector)\b"
)
# "the region it still holds": a relative clause without "that" starts at a subject pronoun.
_REDUCED_RELATIVE = re.compile(
    r"(?<=\w)\s+(?:it|they|he|she|we)\s+(?:still|already|now|currently|once|had|has|have|would|"
    r"will|could|can|did|does|was|were|is|are|[a-z]+ed|[a-z]+s)\b"
)
_CLAUSE_WORDS = frozenset(
    {"that", "which", "and", "but", "if", "when", "so", "to", "because", "as", "whether", "or"}
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ORD = r"\d{1,2}(?:st|nd|rd|th)?"
_ONE_DATE = (
    rf"(?:{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?(?:,?\s+{_MONTH}\s+{_ORD})?"
    rf"|{_MONTH}\s+{_ORD}(?:,?\s+\d{{4}})?|{_ORD}\s+{_MONTH}(?:\s+\d{{4}})?)"
)
# Dates of the event itself ("on Friday", "on June 18", "yesterday"), not of its content:
# "until Friday", "by June 18", "before the end of June" are kept.
_DATES = re.compile(  # (the look-ahead fails most positions before the eight look-behinds)
    r"(?=[\s,])(?<!until)(?<!since)(?<!\bby)(?<!before)(?<!after)(?<!from)(?<!through)(?<!till)"
    rf"(?:\s*,)?\s+(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?{_ONE_DATE}"
    rf"(?:\s+and\s+(?:on\s+)?{_ONE_DATE})?(?=[\s,.;:]|$)"
    r"|\s+(?:yesterday|today|tonight|last\s+night|earlier\s+today|this\s+morning|"
    r"(?:earlier\s+|later\s+)?(?:this|last)\s+(?:week|weekend|month))\b"
    rf"|\s+in\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTH}(?:\s+\d{{4}})?|\d{{4}})(?=[\s,.;:]|$)"
)
# Words a title must not end with.
_DANGLING = frozenset(
    {
        "the", "a", "an", "of", "to", "and", "or", "on", "in", "at", "for", "with", "from", "by",
        "into", "over", "before", "after", "between", "its", "their", "his", "her", "our", "it",
        "they", "that", "which", "who", "but", "as", "than", "some", "any", "another",
        "this", "these", "those", "said", "up", "about", "still", "also", "already", "now",
        "just", "under", "through", "without", "within", "across", "against", "toward",
        "towards", "amid", "near", "until", "including", "via", "like", "whether",
    }
)  # fmt: skip
# Where an over-long tail may be cut: before a prepositional phrase ("of" binds too tightly).
_CUT_BEFORE = frozenset(
    {
        "from", "in", "at", "with", "for", "before", "after", "by", "into", "over", "under",
        "until", "near", "between", "through", "across", "toward", "towards", "against",
        "without", "within", "amid", "on", "including",
    }
)  # fmt: skip


_COMMA_NAME = re.compile(r",\s+(?=[A-Z])")


def _clause_after(sentence: str, trig_end: int) -> str:
    """The rest of the trigger's clause: up to a clause boundary or an attribution."""
    rest = sentence[trig_end:]
    stop = _TAIL_STOP.search(rest)
    if stop:
        rest = rest[: stop.start()].rstrip()
    for m in _COMMA_NAME.finditer(rest):
        segment = rest[m.end() :].split(",", 1)[0]
        if _ATTRIBUTION.search(segment):  # ", Ukrainian Defence Minister Rustem Umerov"
            rest = rest[: m.start()]
            break
    for m in _REDUCED_RELATIVE.finditer(rest):
        before = rest[: m.start()].split()
        if before and before[-1].lower() not in _CLAUSE_WORDS:
            rest = rest[: m.start()]
            break
    return rest


# Every match of ``_DATES`` contains one of these: most phrases have no date to drop.
_DATE_HINT = re.compile(
    r"\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day|night|morning|week|month"
)


def drop_dates(text: str) -> str:
    """Remove the event's own date from a phrase: "agreed on Wednesday to ..." -> "agreed to ..."."""
    if not _DATE_HINT.search(text):
        return " ".join(text.split())  # (= collapsing and stripping whitespace)
    return " ".join(_DATES.sub("", " " + text).split())


def _trim(words: list[str]) -> list[str]:
    while words and (words[-1].lower().strip(",") in _DANGLING or words[-1] in {",", "-"}):
        words = words[:-1]
    return words


def _cap(text: str, limit: int = _MAX_TAIL_WORDS) -> str:
    """At most ``limit`` words, cut before a prepositional phrase when possible, else with "…"."""
    words = text.split()
    if len(words) <= limit:
        return " ".join(_trim(words)).strip(" ,.")
    for i in range(limit, 2, -1):
        # Not inside a compound preposition: "in exchange for", "in return for".
        if words[i].lower() in _CUT_BEFORE and words[i - 2].lower() not in _CUT_BEFORE:
            kept = _trim(words[:i])
            if len(kept) >= 3:
                return " ".join(kept).strip(" ,.")
    return " ".join(_trim(words[:limit])).strip(" ,.") + "…"


def object_tail(sentence: str, trig_end: int) -> str:
    """The words after a trigger up to the end of its clause (at most a dozen words), without the
    event's date or an attribution."""
    return _cap(drop_dates(_clause_after(sentence, trig_end)))


# --- phrases ------------------------------------------------------------------------------------

# Headline when a speech event has no usable verb or object.
_GENERIC = {
    "agreement": "reach an agreement",
    "proposal": "present a proposal",
    "demand": "issue demands",
    "rejection": "voice opposition",
}
# Object for a transitive verb left without one ("initialled on June 18").
_GENERIC_OBJECT = {
    "agreement": "an agreement",
    "proposal": "a proposal",
    "demand": "demands",
    "rejection": "the proposal",
}
# Verbs whose object is what the event type already says: without an object, write _GENERIC.
_FAMILY = frozenset(
    {
        "agree", "propose", "suggest", "offer", "call", "urge", "appeal", "invite", "demand",
        "insist", "reject", "refuse", "dismiss", "rebuff", "veto", "rule", "say", "walk",
    }
)  # fmt: skip
# A verb phrase that is complete without an object.
_COMPLETE = frozenset({"walk out", "agree in principle"})
# Noun headlines for a speech event without a subject: "Demand that Kyiv withdraw its troops".
_NOUNS = {
    "agree": ("Agreement", "on"),
    "propose": ("Proposal", "for"),
    "suggest": ("Proposal", "for"),
    "offer": ("Offer", "of"),
    "call": ("Call", "for"),
    "urge": ("Call", "for"),
    "appeal": ("Appeal", "for"),
    "demand": ("Demand", "for"),
    "insist": ("Demand", "for"),
    "reject": ("Rejection", "of"),
    "refuse": ("Refusal", "of"),
}
_CONNECTORS = frozenset({"that", "to", "on", "for", "in", "of"})
# Passive headlines for one-word type verbs ("meet" -> "Meeting held").
_PASSIVE = {
    "meet": "Meeting held",
    "visit": "Visit made",
    "agree": "Agreement reached",
    "demand": "Demands made",
    "reject": "Rejection issued",
    "propose": "Proposal made",
}
_DETERMINERS = frozenset(
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
        "any", "another", "each", "every", "such", "no",
    }
)  # fmt: skip
# Verbs in the same clause before a nominal trigger ("signed the ... agreement").
_NOUN_VERBS = frozenset(
    {
        "sign", "initial", "reach", "strike", "seal", "clinch", "ink", "approve", "endorse",
        "accept", "ratify", "back", "support", "welcome", "reject", "present", "propose", "table",
        "submit", "unveil", "draft", "outline", "issue", "make", "set", "renew",
    }
)  # fmt: skip
_SIGNED = frozenset({"declaration", "memorandum", "treaty", "pact", "document", "charter"})
_NOMINAL_VERB = {
    "agreement": "reach",
    "proposal": "propose",
    "demand": "make",
    "rejection": "voice",
}
_NOMINAL_VERB_BY_HEAD = {
    "proposal": "present",
    "proposals": "present",
    "counter-proposal": "present",
    "counterproposal": "present",
    "ultimatum": "issue",
    "precondition": "set",
    "preconditions": "set",
}
# One-word triggers that are nouns although they look like verbs.
_AMBIGUOUS_NOUNS = frozenset(
    {"demand", "demands", "offer", "offers", "call", "calls", "plan", "plans", "proposals"}
)
# "was first floated", "had been agreed": the trigger is a passive participle.
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:(?:\w+ly|first|also|not|already)\s+)?$", re.I
)
# The endings of the words a match of ``_PASSIVE_BEFORE`` ends with, lower-cased.
_PASSIVE_LAST = (
    "was", "were", "been", "being", "is", "are", "ly", "first", "also", "not", "already",
)  # fmt: skip


def _passive_before(sentence: str, trig_start: int) -> bool:
    """Whether a passive auxiliary ends the sentence before the trigger ("The deal was").
    The last word is tested first: the pattern is searched only when it may match (or when
    the word holds a character, such as the long s, that case-insensitive letters also match)."""
    last = sentence[:trig_start].rstrip()[-8:]
    return (not last.isascii() or last.lower().endswith(_PASSIVE_LAST)) and bool(
        _PASSIVE_BEFORE.search(sentence, 0, trig_start)
    )


_LEADING_ADVERB = re.compile(
    r"^(?:there|also|then|instead|later|subsequently|eventually|finally|reportedly|now|"
    r"already)\b\s*",
    re.I,
)
_PLACE_ONLY = re.compile(r"^(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*)+$")
_PASSIVE_TRIGGER = re.compile(
    r"^(?P<noun>[\w-]+)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?P<verb>\w+)$", re.I
)


_AN_SOUND = re.compile(r"(?:[aeio]|u(?![a-z][aeiou])|\d*8|11|18)", re.I)
_A_SOUND = re.compile(r"(?:U\.|one\b|eu)", re.I)


def _article(noun_phrase: str) -> str:
    head = noun_phrase.split()[-1].lower()
    if head.endswith("s") and not head.endswith(("ss", "us")):
        return ""
    if _AN_SOUND.match(noun_phrase) and not _A_SOUND.match(noun_phrase):
        return "an"
    return "a"


_WORD_RUN = re.compile(r"[\w.'’-]+")


def _noun_phrase(sentence: str, trig_start: int, trig_end: int) -> tuple[str, int, str]:
    """The trigger noun with the modifiers before it, where it starts, and its determiner:
    "signed the first phase of a ceasefire and hostage-release agreement" -> ("ceasefire and
    hostage-release agreement", start, "a")."""
    words = sentence[trig_start:trig_end].split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    start = trig_start
    before = list(_WORD_RUN.finditer(sentence[:trig_start]))
    taken = 0
    determiner = ""
    for i in range(len(before) - 1, -1, -1):
        w = before[i].group()
        low = w.lower()
        gap = sentence[before[i].end() : start]
        if gap.strip():  # punctuation in between
            break
        if low in _DETERMINERS:
            determiner = low
            break
        if low == "and" and taken and i and before[i - 1].group().lower() not in _DETERMINERS:
            words.insert(0, w)
            start = before[i].start()
            continue
        if taken >= 4 or _is_verb_form(w) or low in _DANGLING or low in _CUT_BEFORE:
            break
        words.insert(0, w)
        start = before[i].start()
        taken += 1
    if words and words[0].lower() == "and":
        words = words[1:]
    return " ".join(words), start, determiner


_CLAUSE_CUT = re.compile(r"[,;:—–]|\b(?:that|which|and|but|while|as)\b")


def _verb_before(sentence: str, start: int) -> str | None:
    """A content verb shortly before a noun phrase in the same clause: "signed the first phase
    of" -> "sign"."""
    window = _CLAUSE_CUT.split(sentence[:start])[-1]
    words = window.split()[-6:]
    for w in reversed(words):
        base = lemma(w)
        if (_is_verb_form(w) or w.lower() in {"put", "set"}) and base in _NOUN_VERBS:
            return base
    return None


def _nominal_phrase(
    event_type: str, sentence: str, trig_start: int, trig_end: int, location: str | None
) -> str:
    """ "<verb> <noun phrase>" for a noun trigger: "propose a peace framework"."""
    noun, start, determiner = _noun_phrase(sentence, trig_start, trig_end)
    if not noun:
        return _GENERIC[event_type]
    head = noun.split()[-1].lower()
    if event_type == "rejection" and head in {"rejection", "unacceptable", "non-starter"}:
        return _GENERIC[event_type]
    verb = _verb_before(sentence, start)
    if verb is not None and determiner in {"a", "an", "the"}:
        article = "the" if determiner == "the" else _article(noun)
    else:
        if verb is None:
            verb = _NOMINAL_VERB_BY_HEAD.get(head) or (
                "sign" if event_type == "agreement" and head in _SIGNED else None
            )
            verb = verb or _NOMINAL_VERB[event_type]
        article = _article(noun)
    phrase = f"{verb} {article} {noun}".replace("  ", " ")
    if event_type == "agreement" and location and location not in phrase:
        phrase += f" in {location}"
    return phrase


def _is_nominal(trigger: str) -> bool:
    """Whether a speech trigger is a noun ("framework", "the agreement", "demands") rather than a
    verb ("proposed", "rejects", "demand that")."""
    words = trigger.split()
    if not words:
        return True
    first = words[0].lower()
    if first in _DETERMINERS or (len(words) == 1 and first in _AMBIGUOUS_NOUNS):
        return True
    if _is_verb_form(first) or lemma(first) != first:
        return False
    return first not in _FAMILY | _NOUN_VERBS


def _speech_phrase(
    event_type: str,
    sentence: str,
    trig_start: int,
    trig_end: int,
    location: str | None,
    nominal: bool | None,
) -> tuple[str, str]:
    """The verb phrase of a speech event and its head verb ("" when generic)."""
    trigger = sentence[trig_start:trig_end]
    passive = _PASSIVE_TRIGGER.match(trigger.strip())
    if passive:  # "agreement was reached" -> "reach an agreement"
        noun = passive["noun"].lower()
        phrase = f"{lemma(passive['verb'])} {_article(noun)} {noun}".replace("  ", " ")
        if event_type == "agreement" and location:
            phrase += f" in {location}"
        return phrase, ""
    if nominal is None:
        nominal = _is_nominal(trigger)
    if nominal:
        return _nominal_phrase(event_type, sentence, trig_start, trig_end, location), ""
    words = trigger.split()
    verb = lemma(words[0])
    if _passive_before(sentence, trig_start) and _is_verb_form(words[0]):
        # "The exchange was agreed on June 3": the subject is the thing, not a party.
        phrase = _GENERIC[event_type]
        if event_type == "agreement" and location:
            phrase += f" in {location}"
        return phrase, ""
    rest = " ".join(words[1:])
    tail = _clause_after(sentence, trig_end)
    body = drop_dates(f"{rest} {tail}")
    body = _LEADING_ADVERB.sub("", body)
    if verb == "agree" and not rest:  # "agreed over/about X" -> "agree on X"
        body = _ABOUT.sub("on", body)
    body = _cap(body)
    phrase = f"{verb} {body}".strip()
    remaining = [w for w in body.lower().split() if w not in _CONNECTORS]
    particles = {"out", "up", "down", "forward", "over", "off", "back"}
    if phrase in _COMPLETE:
        return phrase, verb
    if _PLACE_ONLY.match(body):  # "agreed in Istanbul": no object
        generic = (
            _GENERIC[event_type] if verb in _FAMILY else f"{verb} {_GENERIC_OBJECT[event_type]}"
        )
        return f"{generic} {body}", ""
    if not remaining or all(w in particles for w in remaining):
        if verb in _FAMILY:
            return _GENERIC[event_type], ""
        head = " ".join([verb, *[w for w in body.split() if w.lower() in particles]])
        return f"{head} {_GENERIC_OBJECT[event_type]}", verb
    return phrase, verb


def _encounter_phrase(
    event_type: str, type_verb: str, others: list[str], location: str | None, singular: bool
) -> str:
    """ "hold talks with X in Y", "meet X in Y", "visit Y"."""
    phrase = type_verb
    if event_type == "visit":
        if location:
            return f"{type_verb} {location}"
        return f"{type_verb} {join_names(others)}" if others else "make a visit"
    if event_type == "meeting" and not others and singular:
        phrase = "hold a meeting"  # "Hakan Fidan meets" is no headline
    if others:
        # A one-word verb takes its object directly ("meet X"), a verb phrase with "with".
        phrase += (" " if " " not in type_verb else " with ") + join_names(others)
    if location and event_type in {"talks", "meeting", "prisoner_exchange"}:
        phrase += f" in {location}"
    return phrase


def _clausal_trigger(trigger: str) -> str | None:
    """A trigger that is itself a clause: "ceasefire took effect" -> "Ceasefire takes effect",
    "hostages were released" -> "Hostages released"."""
    words = trigger.split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if len(words) < 2 or _is_verb_form(words[0]) or not words[0].isalpha():
        return None
    noun = words[0].lower()
    plural = noun.endswith("s") and not noun.endswith("ss")
    second = words[1].lower()
    if second in {"was", "were"} and len(words) >= 3:
        return " ".join([noun, *words[2:]])
    if second in {"is", "are", "will", "would", "has", "have", "had"}:
        return None
    base = lemma(second)
    if base == second or base in {"last"}:
        return None
    return f"{noun} {inflect(' '.join([base, *words[2:]]), not plural)}"


def _passive(type_verb: str, planned: bool) -> str:
    """ "hold talks" -> "talks held" ("talks to be held" when planned)."""
    verb, _, obj = type_verb.partition(" ")
    if not obj:
        fixed = _PASSIVE.get(verb, f"{verb} made")
        noun, _, pp = fixed.partition(" ")
        return f"{noun} to be {pp}" if planned else fixed
    pp = participle(verb)
    return f"{obj} to be {pp}" if planned else f"{obj} {pp}"


def _subjectless(
    event_type: str,
    type_verb: str,
    phrase: str,
    verb: str,
    others: list[str],
    trigger: str,
    location: str | None,
    planned: bool,
) -> str:
    """A headline without a subject: a noun headline ("Demand that Kyiv withdraw ...") or a
    passive one ("Talks held in Abu Dhabi", "Ceasefire takes effect")."""
    if event_type in _SPEECH_TYPES:
        if verb in _NOUNS and phrase.startswith(verb + " ") and not planned:
            noun, prep = _NOUNS[verb]
            body = phrase[len(verb) + 1 :]
            if body.split()[0].lower() not in _CONNECTORS:
                body = f"{prep} {body}"
            return f"{noun} {body}"
        generic = _GENERIC[event_type]
        v, _, obj = generic.partition(" ")
        obj = _LEADING_ARTICLE.sub("", obj)
        return f"{obj} to be {participle(v)}" if planned else f"{obj} {participle(v)}"
    title = None if planned else _clausal_trigger(trigger)
    if title is None:
        title = _passive(type_verb, planned)
        if others:
            title += " with " + join_names(others)
    if location and location not in title:
        if event_type == "visit":
            title = ("visit to " + location) if not planned else f"visit to {location} planned"
        elif event_type in {"talks", "meeting", "prisoner_exchange", "call"}:
            title += f" in {location}"
    return title


_ABOUT = re.compile(r"^(?:for|over|about|regarding)\b")
_LEADING_ARTICLE = re.compile(r"^(?:an?|the)\s+")
_HIS_HER = re.compile(word_branches("his|her", r"\b"))  # "\b(?:his|her)\b"
_QUOTE_MARK = re.compile(r"\s*[\"“”]\s*")
_SPACE_PUNCT = re.compile(r"\s+([,.])")


def make_title(
    event_type: str,
    type_verb: str,
    subject: list[str],
    others: list[str],
    sentence: str,
    trig_start: int,
    trig_end: int,
    location: str | None,
    planned: bool,
    *,
    nominal: bool | None = None,
) -> str:
    """A one-line, present-tense headline for an event.

    ``type_verb`` is the type's verb phrase from the trigger file ("hold talks"); ``subject`` and
    ``others`` the names before and after the trigger; ``nominal`` whether the trigger is a noun
    ("framework") rather than a verb ("proposed"): guessed from its words when not given."""
    trigger = sentence[trig_start:trig_end]
    verb = ""
    if event_type in _SPEECH_TYPES:
        phrase, verb = _speech_phrase(event_type, sentence, trig_start, trig_end, location, nominal)
    else:
        phrase = _encounter_phrase(event_type, type_verb, others, location, len(subject) == 1)
    if not subject:
        title = _subjectless(
            event_type, type_verb, phrase, verb, others, trigger, location, planned
        )
    else:
        if len(subject) > 1:  # "Israel and the US agree to ... his plan": not theirs
            phrase = _HIS_HER.sub("the", phrase)
        actors = join_names(subject)
        title = (
            f"{actors} to {phrase}" if planned else f"{actors} {inflect(phrase, len(subject) == 1)}"
        )
    title = " ".join(title.split()).strip(" ,;")  # (whitespace runs collapsed)
    if title.count('"') % 2 or title.count("“") != title.count("”"):
        title = _QUOTE_MARK.sub(" ", title).strip()  # an unbalanced quote
        title = _SPACE_PUNCT.sub(r"\1", title)
    if len(title) > _MAX_CHARS:
        title = " ".join(_trim(title[: _MAX_CHARS - 3].rsplit(" ", 1)[0].split())) + "…"
    return title[0].upper() + title[1:] if title else title
