"""Literal prefilters (``tracker.extract.prefilter``): a string without any needle holds no match."""

from __future__ import annotations

import re
import string
import sys
from pathlib import Path

import pytest

from tracker.extract import (
    dates,
    dating,
    events,
    merging,
    parties,
    patterns,
    sentences,
    titles,
    triggers,
)
from tracker.extract.conflicts import Conflicts
from tracker.extract.events import _GATED
from tracker.extract.gazetteer import JointIndex, safe_lower
from tracker.extract.prefilter import CASE_FOLD_ODD, Gates, needles, possible, word_branches
from tracker.extract.sentences import BOILERPLATE, split_sentences

DEVSET = Path(__file__).parent / "fixtures" / "devset"


def test_case_fold_odd_is_complete() -> None:
    # Every character a case-insensitive ASCII character matches lower-cases to it
    # (``safe_lower``), or is one of CASE_FOLD_ODD.
    ascii_class = re.compile(r"[\x20-\x7e]", re.IGNORECASE)
    for code in range(128, sys.maxunicode + 1):
        c = chr(code)
        if not ascii_class.fullmatch(c):
            continue
        matched = [a for a in string.printable if re.fullmatch(re.escape(a), c, re.IGNORECASE)]
        assert c in CASE_FOLD_ODD or {safe_lower(a) for a in matched} == {safe_lower(c)}, c


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (re.compile(r"\bfoo\s+(?:bar|baz)\b"), (("foo",), False)),
        (re.compile(r"\b(?:since|until)\s+(?:then)?"), (("since", "until"), False)),
        (re.compile(r"x?(?=abc)"), (None, False)),
        (re.compile(r"(?:ab)+|(?i:Cd)"), (("ab", "cd"), True)),
        (re.compile(r"[;,]|\s-\s"), ((",", "-", ";"), False)),
        (re.compile(r"[A-Z]\w*|x"), (None, False)),
    ],
)
def test_needles(pattern: re.Pattern[str], expected: tuple[object, bool]) -> None:
    assert needles(pattern) == expected


def test_needles_prefer_words_and_drop_longer_needles() -> None:
    # "earlier today" offers "earlier" (longer) or "today": the one with a preferred word wins;
    # "april" holds "apr", so a string with it is found by "apr" alone.
    pattern = re.compile(r"earlier\s+today|(?:last|next)\s+week|apr|april")
    assert needles(pattern) == (("apr", "earlier", "week"), False)
    assert needles(pattern, prefer=("day", "week")) == (("apr", "today", "week"), False)


def test_dotless_i_and_long_s_are_searched() -> None:
    hedge = needles(patterns.HEDGE)
    assert patterns.HEDGE.search("it mıght happen")
    assert possible("it mıght happen", *hedge)
    assert not possible("it will happen", *hedge)


def _texts() -> list[str]:
    out = []
    for path in sorted(DEVSET.glob("*.txt")):
        for sent in split_sentences(path.read_text(encoding="utf-8")):
            out += [sent.text, safe_lower(sent.text)]
    return out


def test_every_match_holds_a_needle() -> None:
    # The derivation, tried on every pattern of the extractor against the dev set.
    texts = _texts()
    checked = 0
    for module in (dates, dating, merging, parties, patterns, sentences, titles, triggers):
        for name, pattern in vars(module).items():
            if not isinstance(pattern, re.Pattern) or pattern.groups > 90:
                continue
            found = needles(pattern)
            if found[0] is None:
                continue
            checked += 1
            for text in texts:
                if pattern.search(text):
                    assert possible(text, *found), (module.__name__, name, text)
    assert checked > 50


def test_gates_agree_with_a_search_per_sentence() -> None:
    # ``Gates`` finds every gated pattern's needles in one automaton pass over the article, then
    # answers for a stretch of it what ``possible`` answers for the stretch's text.
    gates = Gates()
    for pattern in _GATED:
        gates.add(pattern)
    gates.build()
    joint = JointIndex(gates.index)
    found = {id(pattern): needles(pattern) for pattern in _GATED}
    checked = 0
    for path in sorted(DEVSET.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lowered = safe_lower(text)
        gates.read(joint.raw(lowered)[0])
        for sent in split_sentences(text):
            stretch = lowered[sent.start : sent.end]
            for pattern in _GATED:
                want = possible(stretch, *found[id(pattern)])
                assert gates.may_match(pattern, sent.start, sent.end) == want, stretch
                checked += want
    assert checked > 500


def test_every_pattern_looked_up_in_a_sentence_gate_is_gated() -> None:
    # ``id(X) in gated`` is false for a pattern the gates were never given: its search would never
    # run. Every such pattern in ``events`` must be one of ``_GATED``.
    source = Path(events.__file__).read_text(encoding="utf-8")
    names = set(re.findall(r"id\(([A-Z][A-Z_]+)\) in gated", source))
    assert len(names) > 10
    assert {getattr(events, name) for name in names} <= set(_GATED)


def test_boilerplate_from_gates_matches_the_search() -> None:
    # ``split_sentences`` told where the boilerplate phrases lie (as ``events`` does, from the
    # gates) splits as it does searching each prose paragraph.
    gates = Gates()
    gates.add(BOILERPLATE, (BOILERPLATE, False))
    gates.build()
    joint = JointIndex(gates.index)
    extra = [
        "The talks ended on Monday in Doha. Reporting by Jane Roe; Editing by John Doe.",
        "Both sides met in Geneva on Friday. SIGN UP for the newsletter here. They agreed.",
        "Delegations held talks in Riyadh. Copyright 2025 Wire. All rights reserved.",
    ]
    texts = [path.read_text(encoding="utf-8") for path in sorted(DEVSET.glob("*.txt"))]
    for text in [*texts, *extra, "\n\n".join(extra)]:
        gates.read(joint.raw(safe_lower(text))[0])
        gated = split_sentences(text, lambda start, end: gates.may_match(BOILERPLATE, start, end))
        assert gated == split_sentences(text), text[:80]


def test_line_start_search_matches_search() -> None:
    # ``events._search_lines`` tries a "^"-led pattern at the line starts only.
    body = "Delegations from both countries met in the city on Monday to discuss the truce.\n"
    texts = [path.read_text(encoding="utf-8") for path in sorted(DEVSET.glob("*.txt"))] + [
        "ISTANBUL, June 2 (Wire) — " + body,
        "Headline\n\n  KYIV/MOSCOW -- " + body,
        "Feb 6 (Reuters) - " + body,
        "\nno dateline here\nFeb 6 (Reuters) - short\n",
        "",
    ]
    for pattern in (patterns.DATELINE, patterns.DATE_DATELINE):
        for text in texts:
            for end in (len(text), min(len(text), 40), min(len(text), patterns.DATELINE_WINDOW)):
                got = events._search_lines(pattern, text, end)
                want = pattern.search(text, 0, end)
                assert (got and got.span()) == (want and want.span()), text[:80]


def test_clause_break_matches_its_plain_form() -> None:
    # ``_clause_breaks`` finds what the plain pattern does, with every branch led by a character.
    plain = re.compile(
        r"[;:—–()]|[\"”](?=[\s,.;])|,\s|\s-\s|\b(?:but|while|whereas|although|though)\b"
    )
    texts = [
        *_texts(),
        *("but then", "rebut but", "x,but", "_while", "9though", "although"),
        *("a - b", "a -- b", "a, - b", "a - - b", "a,  - b", "a\t-\nb", "-a - ", " - - - "),
    ]
    for text in texts:
        got = triggers._clause_breaks(text)
        assert got == [m.span() for m in plain.finditer(text)], text


def test_tail_stop_matches_its_plain_form() -> None:
    # ``titles._TAIL_STOP`` is led by a class of characters and leaves the spaces before the stop
    # to ``rstrip``: the stop starts where the plain pattern's match does.
    plain = re.compile(
        r"\s*(?:[;:(\[—–]|\s(?:during|after|following|amid|despite|as|while|because|but|which|"
        r"who|whom|whose|where|when|once|if|unless|although|though|whereas|saying|so\s+that)\b|"
        rf",\s+(?=[a-z])|\s-\s|\.\s*$|[,.][\"”’]|\s+and\s+(?:that|{titles._PAST_AFTER_AND})\b)"
    )
    tails = [text[i:] for text in _texts() for i in range(0, len(text), 7)]
    tails += [
        "  during x",
        " - y",
        "a ,  b",
        "x .  ",
        "end.",
        "a,\u201d b",
        "\u00a0and said",
        " (x",
    ]
    for tail in tails:
        want = plain.search(tail)
        got = titles._TAIL_STOP.search(tail)
        assert (got and len(tail[: got.start()].rstrip())) == (want and want.start()), tail


def test_setting_and_passive_tests_match_their_searches() -> None:
    # ``parties.named_as_setting`` and ``titles._passive_before`` search only when the words
    # before the offset may end a match: the same answers as the searches at every word start.
    extra = [
        "the war in  Ukraine",
        "fighting across\nthe eastern Chile",
        "the crossings between the two Peru",
        "the border of Peru",
        "the UN envoy for Peru",
        "its Ambassadors to  the Chile",
        "sent its special envoy to Peru",
        "The truce was agreed",
        "It WAS\tfirst signed",
        "it iſ agreed",
        "a deal that had been quickly agreed",
        "the plan was  \n agreed",
    ]
    for text in [*_texts()[::2], *extra]:
        for start in [0, *(i + 1 for i, c in enumerate(text) if c.isspace())]:
            found = parties._IN_COUNTRY.search(text, max(0, start - 45), start)
            want = found is not None and not parties.sent_envoy(text, found)
            assert parties.named_as_setting(text, start) == want, (text, start)
            want = titles._PASSIVE_BEFORE.search(text, 0, start) is not None
            assert titles._passive_before(text, start) == want, (text, start)


def test_gapped_triggers_match_as_with_a_class_of_quotes() -> None:
    # A gapped phrase's optional opening quote is written as branches, not as the class
    # '["\'“‘]?' (which is slow to compile): the same matches.
    lexicon = triggers.TriggerLexicon()
    regexes = {
        payload[2]
        for payloads in lexicon.index._automaton.values()
        for payload in payloads
        if payload[2] is not None
    }
    texts = [t for t in _texts()[1::2] if '"' in t or "“" in t or "‘" in t or "'" in t]
    texts += [
        'held "direct" talks',
        'held "talks"',
        "held ‘talks’",
        "held “talks”",
        "held '' talks",
    ]
    sample = "\n".join(texts)
    quoted = [regex for regex in regexes if triggers._OPENING_QUOTE in regex.pattern]
    assert len(quoted) > 300  # (a phrase of one word, "{n}-for-{n}", has no quote to open)
    for regex in quoted:
        old = re.compile(regex.pattern.replace(triggers._OPENING_QUOTE, "[\"'\u201c\u2018]?"))
        assert [m.span() for m in regex.finditer(sample)] == [
            m.span() for m in old.finditer(sample)
        ], regex.pattern


@pytest.mark.parametrize(
    ("alternatives", "tail"),
    [
        (r"if|unless|(?<!the\s)willing|in\s+case|intends?|ask|asked", r"\b"),
        (r"(?:is|are)\s+(?:still\s+)?to|(?:is|was)\s+due\b|plans?\s+to|would", r"\b"),
        (r"after|since|as|who|which", r"\s"),
        (
            r"(?:in|inside)\s+(?:the\s+)?$|border\s+(?:with|of)\s+$|(?:borders?|boundary)\s+\w+\s+$",
            "",
        ),
    ],
)
def test_word_branches_match_their_plain_form(alternatives: str, tail: str) -> None:
    # The same matches as "\b(?:alternatives)tail", whatever window of the text is searched.
    plain = re.compile(rf"\b(?:{alternatives}){tail}")
    fast = re.compile(word_branches(alternatives, tail))
    texts = [*_texts()[:400], "the willing", "unwilling willing", "x,if", "_as ", "9who "]
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for start in range(0, len(text), 7):
            end = min(len(text), start + 60)
            got = fast.search(text, start, end)
            want = plain.search(text, start, end)
            assert (got and got.span()) == (want and want.span()), (text, start)


@pytest.mark.parametrize("alternatives", [r"\bif", r"(?:a|b)?c", r"a?b", r"'ll"])
def test_word_branches_refuse_what_they_cannot_rewrite(alternatives: str) -> None:
    with pytest.raises(ValueError, match="branch"):
        word_branches(alternatives)


def test_theatre_truces_match_the_plain_search() -> None:
    # ``Conflicts.theatre_truces`` tries its pattern only where a truce noun or a theatre name
    # before one starts: what ``finditer`` over the whole text finds.
    found = Conflicts()
    pattern = found._theatre_truce
    assert pattern is not None
    texts = [safe_lower(path.read_text(encoding="utf-8")) for path in sorted(DEVSET.glob("*.txt"))]
    texts += [
        "the gaza ceasefire in gaza strip held",
        "gaza strip \u00a0\n truce; a truce in the  hodeidah",
        "agaza truce, gaza truces, gaza-truce, the ceasefire in gazan towns",
        "nagorno-karabakh cease-fire and karabakh  truce in kashmir truce",
        "truce in tigray truce in tigray",
        "ceasefire",
        "the gaza cease-fire held",
    ]
    for text in texts:
        want = [
            (m.start(), found._theatre_sides[m.group(1) or m.group(2)])
            for m in pattern.finditer(text)
        ]
        assert found.theatre_truces(text) == want, text[:80]
