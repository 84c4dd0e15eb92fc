"""Event titles written from the sentence: "Russia and Ukraine agree on 1,000-for-1,000 prisoner
exchange", "Russia insists that Ukraine retreat from ...", "Russia and Ukraine hold talks in
Istanbul"."""

from __future__ import annotations

import re

# Past (and -ing/-s) forms of trigger verbs -> base form. Unknown words are kept as they are.
_LEMMAS = {
    "held": "hold",
    "met": "meet",
    "spoke": "speak",
    "reached": "reach",
    "agreed": "agree",
    "agrees": "agree",
    "exchanged": "exchange",
    "swapped": "swap",
    "insisted": "insist",
    "insists": "insist",
    "rejected": "reject",
    "rejects": "reject",
    "signed": "sign",
    "presented": "present",
    "demanded": "demand",
    "demanding": "demand",
    "demands": "demand",
    "struck": "strike",
    "sealed": "seal",
    "clinched": "clinch",
    "inked": "ink",
    "initialled": "initial",
    "initialed": "initial",
    "accepted": "accept",
    "endorsed": "endorse",
    "approved": "approve",
    "proposed": "propose",
    "tabled": "table",
    "floated": "float",
    "submitted": "submit",
    "unveiled": "unveil",
    "handed": "hand",
    "sent": "send",
    "drafted": "draft",
    "drew": "draw",
    "called": "call",
    "urged": "urge",
    "appealed": "appeal",
    "turned": "turn",
    "refused": "refuse",
    "refuses": "refuse",
    "dismissed": "dismiss",
    "ruled": "rule",
    "rules": "rule",
    "rebuffed": "rebuff",
    "vetoed": "veto",
    "walked": "walk",
    "issued": "issue",
    "released": "release",
    "put": "put",
    "imposed": "impose",
    "lifted": "lift",
    "eased": "ease",
    "extended": "extend",
    "declared": "declare",
    "announced": "announce",
    "suspended": "suspend",
    "halted": "halt",
}
_SPEECH_TYPES = frozenset({"agreement", "proposal", "demand", "rejection"})
_TAIL_STOP = re.compile(
    r"\s*(?:[;:(\[—–]|\s(?:during|after|following|amid|despite|as|while|because|but|which)\b|,\s+(?=[a-z])|\s-\s|\.\s*$|,[\"”’]|[\"”])"
)
_MAX_TAIL_WORDS = 12


def lemma(word: str) -> str:
    """Base form of a trigger verb (best effort)."""
    return _LEMMAS.get(word.lower(), word.lower())


def inflect(verb_phrase: str, singular: bool) -> str:
    """Third-person present: "hold talks" -> "holds talks" for a singular subject."""
    if not singular:
        return verb_phrase
    first, _, rest = verb_phrase.partition(" ")
    if first.endswith(("ch", "sh", "s", "x", "z", "o")):
        first += "es"
    elif first.endswith("y") and len(first) > 1 and first[-2] not in "aeiou":
        first = first[:-1] + "ies"
    else:
        first += "s"
    return f"{first} {rest}".strip()


def join_names(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def object_tail(sentence: str, trig_end: int) -> str:
    """The words after a trigger up to the end of its clause (at most a dozen words)."""
    rest = sentence[trig_end:]
    stop = _TAIL_STOP.search(rest)
    if stop:
        rest = rest[: stop.start()]
    words = rest.split()
    if len(words) > _MAX_TAIL_WORDS:
        words = words[:_MAX_TAIL_WORDS]
    if words:
        while words and words[-1].lower() in {"the", "a", "an", "of", "to", "and", "on", "in"}:
            words.pop()
    return " ".join(words).strip(" ,.")


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
) -> str:
    """A one-line, present-tense headline for an event."""
    actors = join_names(subject) or "Parties"
    singular = len(subject) == 1
    if event_type in _SPEECH_TYPES:
        words = sentence[trig_start:trig_end].split()
        verb = " ".join([lemma(words[0]), *words[1:]]) if words else type_verb
        tail = object_tail(sentence, trig_end)
        if event_type == "agreement" and not re.search(r"\b(?:to|on|that|in principle)$", verb):
            tail = re.sub(r"^(?:for|over|about|with|regarding)\b", "on", tail)
        phrase = f"{verb} {tail}".strip()
    else:
        phrase = type_verb
        if others:
            phrase += " with " + join_names(others)
        if location and event_type in {"talks", "meeting", "visit", "prisoner_exchange"}:
            phrase += f" in {location}" if event_type != "visit" else f" {location}"
    title = f"{actors} to {phrase}" if planned else f"{actors} {inflect(phrase, singular)}"
    title = re.sub(r"\s+", " ", title).strip()
    if len(title) > 120:
        title = title[:117].rsplit(" ", 1)[0] + "…"
    return title[0].upper() + title[1:]
