"""The compiled patterns and word sets of the event rules (``tracker.extract.events``).

Grouped by what they detect. Patterns are searched in a sentence's lowered text (``slow``) at
positions the rules choose; a comment gives an example of what each one is for. Patterns used
by one other module only live there (``parties``, ``dating``, ``merging``).
"""

from __future__ import annotations

import re

from tracker.extract.prefilter import needles, word_branches

# --- Event types, and trigger phrases with a rule of their own -------------------------------

SPEECH_TYPES = frozenset({"agreement", "proposal", "demand", "rejection", "statement"})
ENCOUNTER_TYPES = frozenset({"talks", "meeting", "visit", "call"})
# Speech acts whose complement may carry its own date ("proposed talks on Thursday").
CONTENT_TYPES = frozenset({"proposal", "demand"})
# Happenings between two sides: without named parties they involve the article's main pair.
PAIR_DEFAULT_TYPES = frozenset({"ceasefire", "prisoner_exchange", "talks", "sanction"})
# Press-release and state-media meetings: "received Mr. Steve Witkoff", "hosted Zelensky".
RECEIVE_PHRASES = frozenset(
    {"received", "receives", "hosted", "hosts", "will host", "was received by", "were received by"}
)
TITLE_WORDS = re.compile(
    r"(?:\s+(?:(?i:mr|mrs|ms|dr|h\.e|his|her|excellency|highness|the|president|prime|minister|"
    r"foreign|special|envoy|secretary|chancellor|king|emir|crown|prince|sheikh|counterpart|"
    # "will receive heads of state of the so-called contact group"
    r"leaders\s+of|heads\s+of\s+state\s+of|so-called|"
    # "received a delegation from the rebel group M23", "hosted a Hamas delegation led by X"
    r"a|an|delegations?|representatives|(?:from|of)\s+the(?:\s+\w+)?\s+group)\.?|"
    r"[A-Z][\w.'’-]*))*\s+"
)
PARTICIPLES = frozenset({"signed", "reached", "agreed", "initialed", "initialled", "brokered"})
UNSIGNED = frozenset(
    {"be", "to", "not", "yet", "never", "can", "could", "would", "will", "must", "should", "may"}
)
# A verb form that list items narrate in the present ("Zelensky and Trump meet in ..."); elsewhere
# a bare "meet" is an infinitive ("to meet", "could meet").
PRESENT_VERBS = frozenset({"meet"})
NOT_FINITE = re.compile(
    r"\b(?:to|will|would|could|can|may|might|should|must|not|shall|did|does|do)\s+$"
)
PRESENT_STANCE_VERBS = frozenset(
    {"rejects", "refuses", "rules out", "insists that", "insists on", "ready to host"}
    # ("Quito has long said it is ready to hold talks with Lima": undated, a standing offer)
    | {
        "ready to hold talks",
        "ready to hold ~ talks",
        "willing to hold talks",
        "willing to hold ~ talks",
        "prepared to hold talks",
        "prepared to hold ~ talks",
        "ready to hold negotiations",
        "willing to hold negotiations",
        "ready to negotiate with",
        "willing to negotiate with",
        "prepared to negotiate with",
        "ready for talks with",
        "ready for negotiations with",
    }
    # ('"Everyone agrees on the goal," a diplomat said': a view held, no deal)
    | {"agrees on", "agrees that"}
)  # ("said Turkey was ready to host talks": undated, a standing offer)

# --- Tense and time frame: future, background, a day counted from another happening ----------

# (``word_branches``: "\b(?:will|shall|...)\b", searched without trying every branch at every
# word; SUBORDINATOR alike.)
FUTURE = re.compile(
    word_branches(
        r"will|shall|(?:is|are)\s+(?:still\s+)?to|(?:is|are|was|were)\s+(?:also\s+|still\s+|now\s+)?(?:set|due|expected|going)\s+to|"
        r"(?:is|are|was|were)\s+due\b|plans?\s+to|planned|planning\s+to|scheduled|slated|"
        # "The next meeting is set for May 6"
        r"(?:is|are)\s+(?:set|slated)\s+for|(?:is|are)\s+(?:both\s+|also\s+)?expected\s+(?:in|at)|"
        # "said he expected to speak with her by phone on Friday", "expects to meet him",
        # "Moscow expects the envoy to arrive next week"
        r"expects\s+to|expected\s+to|expects\s+(?:[\w.'’-]+\s+){1,6}?to|"
        r"upcoming|is\s+going\s+to|are\s+going\s+to|intends?\s+to|would|to\s+be\s+held",
        r"\b",
    )
    + r"|'ll\b"
)
SUBORDINATOR = re.compile(
    word_branches(r"after|since|because|when|before|while|as|who|which|where", r"\s")
)
TAIL_STOP = re.compile(  # "[,;:(]|\b(?:that|...)\b", see ``word_branches``
    r",|;|:|\(|" + word_branches("that|which|who|because|if|when|after|and|but", r"\b")
)
# Words of a plan beyond ``FUTURE``: "agreed to meet again on 3 March", "the next session on
# 9 May", "are expected at the summit on 12 June", "heading into a vote on 8 February".
PLAN_CUE = re.compile(
    word_branches(
        r"next|again|expected|due|heading|ahead\s+of|to\s+(?:meet|hold|resume|reconvene|convene|"
        r"sign|start|begin|return|visit|travel|host|attend)",
        r"\b",
    )
)
BACKGROUND = re.compile(  # "\b(?:previous|...)\b", see ``word_branches``
    word_branches(
        r"previous|previously|in\s+the\s+past|formerly|at\s+the\s+time|back\s+then|"
        r"last\s+time|years?\s+ago|decades?\s+ago|earlier\s+rounds?|first\s+round|used\s+to|"
        r"several\s+times|repeatedly|so\s+far|consistently|"
        r"in\s+the\s+(?:days|weeks|months|years)\s+that\s+followed|since\s+then",
        r"\b",
    )
)
PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+\s+)?(?:\w+ed|met|held|spoken|struck|sent|been|made)\b")
PLUPERFECT = re.compile(r"\bhad\s+(?:(?:already|also|jointly|now|both)\s+)?$")
# "The parties agreed to ...", "At the meeting, the two sides also agreed ...", "they had agreed
# to ...": a deal whose subject points back to the sides of a gathering just told.
SIDES_SUBJECT = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|said|that)\s+)(?:(?:the\s+(?:two\s+|three\s+)?(?:sides|parties|"
    r"delegations|leaders|presidents|officers|ministers|commissions|teams|negotiators))|both\s+"
    r"(?:sides|parties|leaders|delegations)|they)\s+(?:(?:also|had|have|then|further|jointly|"
    r"both|all)\s+){0,2}$"
)
# Where the clause of a participle's agent ends before a later date ("the truce proposed by X,
# which Y rejected on 2 March", "proposed by X; Y rejected it on 2 March"): the date is another
# clause's. (Not a dash: "proposed by the Quad — A, B, C and D — on 12 September" names
# the agents.)
PARTICIPLE_CLAUSE_END = re.compile(
    r";|\b(?:which|who|whom|whose|that|while|whereas|when|after|before|but|although|though|"
    r"since|until|said|says)\b"
)
# "agreed to meet in Lima during a phone call on 16 March": the date of the occasion the deal was
# made at, told after what was agreed (not the date of the meeting agreed to).
OCCASION_DAY = re.compile(
    r"\b(?:during|at|in)\s+(?:an?|the|their|his|her|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:call|conversation|meeting|talks|summit|session|negotiations)\s+(?:on|in)\s+$"
)
# "That accord was struck in Geneva in March 2022", "Its protocol was agreed ... on May
# 9, 2021": a deal told back at the head of its sentence, with the passive verb of its making.
DEAL_TOLD_BACK = re.compile(
    r"(?:that|this|its|their)\s+(?:[\w-]+\s+){0,2}(?:agreement|deal|accord|annex|treaty|"
    r"framework|memorandum|declaration)\s+(?:was|were)\s+(?:\w+\s+)?"
    r"(?:reached|signed|agreed|concluded|struck|initial(?:l)?ed)\b"
)
# ", signed by the cabinet and the insurgents", " reached in Geneva": a deal's own making
# told right after its name.
DEAL_PARTICIPLE = re.compile(r",?\s+(?:signed|reached|concluded|agreed)\s+(?:by|in|on|at)\b")
# "During the call, the two sides agreed ...": the encounter the text told just before is the
# occasion, so its day is the day of what the sentence reports.
DURING_THAT = re.compile(
    r"(?:during|at|in)\s+(?:the|that|this|their)\s+(?:(?:phone|telephone|video)\s+)?"
    r"(?:call|conversation|meeting|talks|session|negotiations)\b(?!\s+(?:of|on|in|with)\b)"
)
# "On the sidelines of the summit, X met Y", "At the same ceremony, ...": at the gathering reported.
SIDELINES = re.compile(
    r"(?:on\s+the\s+(?:sidelines|margins)\s+of|(?:at|in)\s+the\s+same)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:summit|meeting|session|talks|forum|conference|ceremony|gathering)\b"
)
# "In a joint statement issued after the meeting, ...", "a readout released after the call":
# a statement of the gathering reported before, issued on its day.
ISSUED_AFTER = re.compile(
    r"\b(?:issued|released|published|statement|communiqu[eé]|readout)\s+(?:shortly\s+|just\s+)?"
    r"after\s+(?:the|that|this|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|talks|session|call|round|summit|conversation|negotiations)\b"
)
# "Following these meetings, the sides ...": after happenings the previous sentences reported,
# not on the day the article reports.
AFTER_THOSE = re.compile(
    r"\b(?:following|after)\s+(?:these|those|both|the\s+(?:two|three|previous|earlier))\s+[a-z]+"
)
# "Within 72 hours, the two parties met", "Days later ...": dated from an earlier happening, not on
# the article's day.
LATER_BY = re.compile(
    r"\b(?:within|after)\s+(?:\d+|a|an|one|two|three|four|five|several|a\s+few)\s+"
    r"(?:hours|days|weeks)\b(?!\s+of\b)|\b(?:hours|days|weeks|a\s+week|a\s+day)\s+later\b"
)
# "X later proposed ...": after the day the text spoke of last, not on it.
LATER_WORD = re.compile(r"\blater\b")
# "Hours later, the group rejected the offer": on the day the text spoke of last.
HOURS_LATER = re.compile(
    r"\b(?:hours|minutes|an\s+hour|a\s+few\s+hours)\s+later\b|\blater\s+(?:that|the\s+same)\s+day\b"
)
# "their latest round of talks": a happening the article reports (or dates) elsewhere.
POSSESSIVE_LATEST = re.compile(
    r"\b(?:his|her|their|its|our|my)\s+(?:latest|last|recent|previous|most\s+recent)\s+$"
)
# "the same evening": the day the text spoke of last.
# So does a bare clock time ("The truce held from 6 a.m. as planned").
SAME_DAY = re.compile(  # (each branch led by "\b": see ``word_branches``)
    word_branches(
        r"(?:the\s+same|that)\s+(?:evening|night|morning|afternoon)\b|"
        r"at\s+(?:\d{1,2}(?:[.:]\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|noon|midnight)"
    )
)
# "a week after X signed", "months after Y met": counted loosely from another happening.
PERIOD_AFTER = re.compile(
    r"\b(?:(?:a|one|two|three|four|several|a\s+few|\d+)\s+)?(?:weeks?|months?|years?)\s+"
    r"(?:after|before)\s+(?:[\w.'’-]+\s+){0,8}$"
)
# "a day after", "three days before": a counted phrase (``days_counted`` reads it).
DAY_COUNT = r"(?P<days>a|one|two|three|four|five|six|seven|\d)\s+days?\s+(?P<way>after|before)\s+"
# "A day before the round, X demanded ...": a sentence dated by counting from a happening it
# names (a noun, no verb: "two days after the envoys met in Geneva" is counted back) but does
# not date.
COUNTED_LEAD = re.compile(
    DAY_COUNT + r"(?:the|its|their|his|her)(?:\s+(?!met\b|held\b|spoke\b|[a-z]+ed\b)[a-z-]+){1,3},"
)
DAY_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def days_counted(m: re.Match[str]) -> int:
    """The days a ``DAY_COUNT`` match puts after (+) or before (-) the clause it counts from."""
    word = m.group("days").lower()
    count = DAY_WORDS.get(word) or int(word)
    return count if m.group("way").lower() == "after" else -count


# "N days after X met Y": X met Y N days before the day of the sentence.
DAYS_AFTER = re.compile(
    # ("a year and two days after the ceasefire took effect": the year counts too)
    r"\b(?:(?P<years>a|one|two|three)\s+years?\s+and\s+)?" + DAY_COUNT + r"(?:[\w.'’-]+\s+){0,9}$",
    re.IGNORECASE,
)
# "The refusal came a day after the envoy, Jane Doe, arrived": a counted phrase inside the
# sentence whose clause names its subject with commas (the names in apposition) up to the
# trigger; (not one opening the sentence, whose comma closes it: ``events``).
DAYS_AFTER_APPOSED = re.compile(r"\b" + DAY_COUNT + r"(?:[\w.'’-]+,?\s+){1,14}$", re.IGNORECASE)
YEAR_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3}
DAYS_OF = re.compile(r"\b(two|three|four|five|2|3|4|5)\s+days\s+of\b")
ENDED = re.compile(r"\b(?:ended|concluded|wrapped\s+up|closed)\b")
COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
# Between two dates of one verb: "on Feb. 12 and again on", "on Sunday and a Russian delegation on".
AND_AGAIN = re.compile(
    r"\s*,?\s*and\s+(?:again|then|once\s+more)?\s*(?:(?:an?|the)\s+(?:[\w.-]+\s+){1,2})?"
    r"(?:on\s+|in\s+)?"
)
# Lexicon phrases that tell a round by its number alone ("the second followed", "the first, on",
# "a second session * followed", "first such session was held"; tracker/data/triggers.toml).
SERIES_PHRASE = re.compile(
    r"^(?:the\s+|a\s+)?(?:first|second|third|fourth|last|latest|previous)\b.*"
    r"(?:\bfollowed\b|,|\bsuch\b)"
)
# A round named by its number ("second round", "third * round", "last round") and the words
# between it and a day of its own ("a third round| on |23 July", "the last round|, held on |9 May").
NUMBERED_ROUND = re.compile(r"(?:first|second|third|fourth|fifth|last|final|previous)\b.*\bround$")
OWN_DATE_GAP = re.compile(r"\s*,?\s*(?:(?:held|which\s+took\s+place)\s+)?(?:on|in)\s+")
MEET_AGAIN = re.compile(
    r"\bmeet\s+again\b|\bnext\s+(?:meeting|round|session)\b|"
    r"\b(?:second|third|fourth|fifth|sixth|new|another|further)\s+round\b"
)
# "The next round of talks is scheduled for May 5": a verbal trigger ("round of talks") read as
# a noun phrase, whose own verb follows it.
NOUN_HEAD_BEFORE = re.compile(
    r"\b(?:the|a|an|next|new|another|further|second|third|fourth|fifth)\s+$", re.IGNORECASE
)
# "would fly to Lisbon for the next round of trilateral talks": a trip whose purpose is a
# further round of the talks, that round (held with the parties of the talks before it).
FOR_NEXT_ROUND = re.compile(
    r"[^,;.]{0,40}?\bfor\s+(?:the|a)\s+(?:next|new|second|third|fourth|fifth|further|another)"
    r"\s+round\s+of\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations)\b"
)
# "will travel to Geneva on May 2 for talks with the other side's envoys"
FOR_TALKS_WITH = re.compile(r"[^,;.]{0,40}?\bfor\s+(?:[\w-]+\s+)?(?:talks|negotiations)\s+with\b")
# "met Dermer in Paris on July 24, in talks brokered by Barrack", "will host his Thai and
# Cambodian counterparts on Sunday for talks on the truce": the meeting was a round of talks.
IN_TALKS = re.compile(
    r"[^;.]{0,80}?(?:,\s+in|\bfor)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:talks|negotiations)\b"
)
# "set out in the accord we have initialled", "the mission, which was approved by the
# General Assembly": a relative clause describing a thing by what was done to it before.
REL_DONE_BEFORE = re.compile(
    r"(?:\b(?:agreement|deal|accord|treaty|declaration|document|text|memorandum|protocol)\s+that"
    # ("an accord whose text has already been agreed": its text, done before)
    r"|,\s+which|\bwhose\s+\w+)\s+(?:(?:we|they|he|she|it|both\s+sides|the\s+\w+)\s+)?"
    r"(?:have|has|had|was|were)\s+(?:already\s+)?(?:been\s+)?$"
)

# --- Clause structure: reported speech, relative and coordinated clauses, noun phrases -----------

REPORTING = re.compile(  # "\b(?:said|says|...)\b", see ``word_branches``
    word_branches(
        r"said|says|say|told|confirmed|confirms|announced|announces|added|noted|stated|wrote|"
        r"reported|according\s+to|claimed|insisted|stressed|explained|acknowledged|quoted",
        r"\b",
    )
)
# A boundary between clauses: a date across it more likely dates the other clause.
CLAUSE_SEP = re.compile(
    r",\s+(?:but|and|while|although|though|whereas|which|where|when|as|after|before)\b|;|"
    r"\s[—–]\s"
)
ACTOR_SPLIT = re.compile(CLAUSE_SEP.pattern + r"|,\s+(?:[\w-]+\s+){1,2}(?:after|before)\b")
# Between a trigger and a later date: a relative clause with its own verb owns the date.
RELATIVE = re.compile(  # (each branch led by "\b": see ``word_branches``)
    word_branches(
        r"(?:that|which|who|whom)\s+(?:[\w.'’-]+\s+){0,4}?(?:had|has|have)\s+(?:been\s+)?[a-z]+\b|"
        r"that\s+(?:[a-z]+\s+){1,4}?(?!and\b)[a-z]{3,}ed\b|"
        r"(?:that|which|who|it|they|he|she|we)\s+(?:[a-z]+ed|broke|made|held|met|signed|took|"
        r"began|won|lost|gave|sent|struck|fought|led|left|came|went|spoke|wrote|ran)\b|"
        # "met Ukrainian officials to prepare the documents being discussed in Paris today"
        r"being\s+[a-z]{3,}ed\b"
    )
)
RELATIVE_OPEN = re.compile(r",\s+(?:who|which|whose)\s[^,;.]*$")
# A new clause with its own subject ("approved the deal, and the ceasefire took effect").
COORDINATED = re.compile(r"(?:,\s*(?:and|but|while|whereas|where)|;)\s+(?!to\b|on\b|that\b)")
# "met in Lima on 4 May and agreed to ...": the words from a verb to its day (no clause break),
# and the "and" that joins the next verb right after the day.
TO_SHARED_DAY = re.compile(r"(?:(?!\s(?:and|but|then|after|before)\s)[^,;.])*")
# (a noun-phrase adjunct may come between: "met X on 25 September on the sidelines of the
# assembly and appealed to ...")
AND_NEXT_VERB = re.compile(
    r"(?:\s+(?:on\s+the\s+sidelines\s+of|on\s+the\s+margins\s+of|at|during)"
    r"(?:\s+[\w.'’-]+){1,5})?,?\s+and\s+(?:then\s+|later\s+)?$"
)
# A gap phrase ("declared * ceasefire") spanning a complement clause: the noun is its subject.
THAT_CLAUSE = re.compile(r"\sthat\s+(?:the|a|an|its|their|his|her)\s")
# "X, hours after Y approved a deal brokered by Z": the later clause has its own parties.
AFTER_CLAUSE = re.compile(
    r",\s+(?:[\w-]+\s+){0,2}(?:after|before)\s"
    # "imposed sanctions on Rosneft on Oct. 22, forcing Indian refiners to ...": a consequence
    r"|,\s+(?:forcing|prompting|leaving|pushing|driving|causing|triggering)\s"
    # "held talks in Naqoura, as pressure grows on Beirut to disarm Hezbollah": the setting
    # (not ", as well as X", ", as agreed", ", as part of", ", as mediator")
    r"|, as (?!well\b|part\b|a\b|an\b|such\b|expected\b|agreed\b|planned\b|scheduled\b|"
    r"promised\b|announced\b|reported\b|required\b|had\b|has\b|is\b|was\b|mediators?\b|hosts?\b)"
)
# "met to review the ceasefire between Israel and Hezbollah": the pair of another happening
# named after an encounter's trigger (to the end of its clause).
OTHER_PAIR = re.compile(
    r"\b(?:ceasefire|truce|war|conflict|fighting|hostilities|deal|agreement|accord|border)\s+"
    r"between\s[^,;:()]*"
)
# "The ceasefire took effect on Oct. 10 under the first phase of X's plan": the framework, not
# the truce's sides.
TRUCE_FRAME = re.compile(r"[\s,](?:under|as\s+part\s+of)\s")
# "after the cabinet approved Donald Trump's plan": the plan's author, not a side of the truce.
PLAN_OWNER = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}(?:plan|proposal|framework|initiative|roadmap|road\s+map)\b"
)
# "The truce between Peru and Chile, brokered by Brazil and Spain": its mediators.
# ", after weeks of negotiations mediated by X", ", following two rounds of talks in Doha": the
# talks that made a deal told before it (not ", a day after talks with Y": another happening).
NEGOTIATED_AFTER = re.compile(
    r",\s+(?:after|following)\s+(?:[\w-]+\s+){0,5}?(?:talks|negotiations|consultations)\b"
)
# "after two weeks of talks in Muscat", "at the end of talks in": where the talks a deal was
# reached at were held (a place follows).
TALKS_IN = re.compile(
    r"\b(?:after|following|end\s+of|during|at)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:talks|negotiations|consultations)\s+(?:in|at)\s+(?:the\s+)?$"
)
BROKERED_BY = re.compile(r"\b(?:brokered|mediated|facilitated)\s+by\s")
TRUCE_EFFECT = re.compile(
    r"\b(?:took|takes|take|came|comes|went|goes|entered|enters)\s+(?:into\s+)?(?:effect|force|hold)\b"
)
# "..., after talking to the premier by phone": a clause sharing the main clause's subject.
AFTER_GERUND = re.compile(r"\s*[a-z]+ing\b")
# "agreed to halt strikes on power plants for 30 days starting on 16 September", "agreed to
# reinstate a halt to strikes from next Monday": the halt agreed, and the day it begins (the date
# after the "starting" group); HALTED_FIGHTING says the halted thing is fighting.
HALT_AGREED = re.compile(
    r"\b(?:halt|halting|stop|stopping|cease|ceasing|pause|pausing|suspend|suspending|refrain|"
    r"refraining|moratorium|truce|ceasefire|cease-fire)\b[^.;]{0,160}?"
    r"\b(?P<start>starting|beginning|from|with\s+effect\s+from|effective)\s+"
    r"(?:(?:at\s+)?midnight\s+)?(?:on\s+)?"
)
# A sanction trigger that takes measures away ("lifted * measures", "agreed * to lift * sanctions").
LIFTING = re.compile(r"\b(?:lift|eas|end|repeal)")
# What a lifting took away, told with when it was imposed: "lifted the| measures it imposed on
# Pristina in June 2023", "to ease the restrictions| that Baku had introduced in 2022" (the
# imposition a happening of its own, dated in the relative clause).
IMPOSED_THEN = re.compile(
    r"(?:\s+(?!(?:but|then|after|before|while|when)\b)[\w'’-]+){0,7}?"  # (the rest of the noun)
    r"\s+(?:(?:that|which)\s+)?(?:(?:it|they|the\s+[\w-]+|[\w'’-]+)\s+)?(?:had\s+|has\s+|have\s+)?"
    r"(?P<verb>imposed|introduced)\b[^,.;:]{0,40}?\b(?:in|on)\s+(?:(?:early|mid|late)[\s-]+)?"
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b|\d{4}\b|last\s+year\b)"
)
# "agreed to cease all hostilities", "reached an understanding on May 3, 2024, to
# halt the fighting": what was agreed is a general cessation of fire (not a halt to strikes on
# some targets, nor one from a later day: ``HALT_AGREED``). The "to" is the first after the
# verb: in "agreed to the plan but refused to stop the fighting" the halt is not what was agreed.
FIRE_CEASED = re.compile(
    r"(?:(?:(?!\bto\b)[^.;:]){0,40}?\bto)?\s+(?:stop|halt|cease|end)\s+(?:all\s+|the\s+)?"
    r"(?:firing|fighting|hostilities|military\s+(?:action|activity|activities|operations))\b"
)
HALTED_FIGHTING = re.compile(
    r"\b(?:strik|attack|fir(?:e|ing)\b|fight|hostilit|shell|bomb|hitting|military|offensive|"
    r"moratorium|truce|ceasefire|cease-fire)"
)
# A session told in a relative or participial clause with a verb of its own, the day after it:
# "talks that opened on Apr. 4", "consultations on consulates, held in Lisbon on
# June 3", "talks between the envoys, which took place in Lisbon on March 11".
HELD_CLAUSE = re.compile(
    r"(?:\s+(?:of|on|between|in|with|over)\s+[^,.;()\"“”]{0,80}?)?,?\s+"
    r"(?:(?:which|that)\s+(?:took\s+place|opened|began|started|ended|concluded|closed|"
    r"(?:was|were)\s+held)|held)\b(?:\s+(?:in|at)\s+[^,.;()]{0,40}?)?\s+(?=on\s|[a-z]+\s+\d)"
)
SINCE_CLAUSE = re.compile(r"\bsince\s+(?:it|they|he|she|the|[a-z]+\s+(?:had|has|was))\b")
WHERE = re.compile(r",\s+(?:where|at\s+which|during\s+which|in\s+which)\s")
# "..., when Pashinyan and Aliyev met": a clause of when, whose subject comes before the verb.
WHEN_CLAUSE = re.compile(r",\s+when\s+(?:[\w'’.-]+\s+){0,8}$")
ADJUNCT = re.compile(  # "\b(?:during|at|...)\s+...$", see ``word_branches``
    word_branches(
        r"during|at|after|following|since|on\s+the\s+sidelines\s+of|at\s+the\s+end\s+of|"
        r"on\s+the\s+margins\s+of|in\s+the\s+course\s+of|(?:days|weeks|months|years)\s+of",
        r"\s+(?:[\w.'’-]+\s+){0,4}$",
    )
)
PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+\s+)?$")
INFINITIVE = re.compile(word_branches("to", r"\s+$"))  # "\bto\s+$"
# "an immediate ceasefire", "a lasting truce": the kind of thing wanted, not a happening.
VERB_NEXT = re.compile(r"\s+(?!the\b|a\b|an\b|this\b|that\b|its\b|their\b)[a-z]+\b")
DEFINITE = re.compile(word_branches("the", r"\s+$"))  # "\bthe\s+$"
DEMONSTRATIVE = re.compile(word_branches(r"those|these|that|the\s+same|such\s+an?|such", r"\s+$"))
QUOTE = re.compile(r'"[^"]{1,200}"|“[^”]{1,200}”')
# "told ministers on Friday that the militia must disband", "said the Chilean cabinet must act":
# what a party is told, in reported speech, that it must do is a demand made of it. The party
# opens the reported clause (``OBLIGED_BEFORE`` just before its name, ``OBLIGED_AFTER`` just
# after it); "the borders of Peru must be respected", "any deal must ..." are no demand.
# Past tense only: a headline's "Lima says the rebels must disband" restates the report below.
OBLIGATION_SPEAKER = re.compile(
    word_branches(
        r"said|told|stressed|reiterated|repeated|added|adding|warned|insisted",
        r"\b",
    )
)
OBLIGED_BEFORE = re.compile(
    r"(?:(?<!remained\s)(?<!remains\s)(?<!\bwas\s)(?<!\bis\s)\bthat|\b(?:said|told|stressed|reiterated|repeated|added|warned))\s+"
    r"(?:the\s+)?[\"“]?$"
)
# "Rwanda has said that Congo must first ...": a standing position, not news of the day.
STANDING_SAY = re.compile(r"\b(?:has|have|had)\s+(?:[a-z]+ly\s+|long\s+)?$")
OBLIGED_AFTER = re.compile(
    r"(?:\s+(?:government|troops|forces|army|authorities|leadership|side|group|movement))?"
    r"\s*[\"“]?\s*must\b"
)
# Speech acts whose parties are named outside the words quoted.
QUOTED_TYPES = frozenset({"statement", "rejection", "demand"})

# --- A trigger that reports no happening: uncertain, habitual, hoped for, described, claimed -

UNCERTAIN = re.compile(r"\b(?:(?:not|un)\s*clear|unknown|uncertain)\s+(?:whether|if)\b")
# A standing position, not a happening: "have repeatedly rejected", "has long demanded", "has made
# for almost a year".
# "Under its first phase, Hamas released the hostages and Israel freed ...": an undated sentence
# led by the framework it describes tells the deal's terms or their past, not the day's news.
UNDER_LEAD = re.compile(r"(?:under|in\s+line\s+with)\s+(?:the|its|their|this|that)\b[^,;.]{0,80},")
# "due to meet on 4 February, after their first meeting in late January": the earlier occasion
# a plan is set against happened already.
PRIOR_OCCASION = re.compile(
    r"\b(?:after|since|following)\s+(?:their|the|its|his|her|our)\s+"
    r"(?:first|last|previous|earlier|initial|inaugural)\b"
)
# "Washington has floated the idea of ...", "China has offered to help": an undated present
# perfect proposal is a standing offer, not the day's news.
PERFECT_AUX = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ly\s+|also\s+|already\s+|since\s+)?$")
HABITUAL = re.compile(  # (each branch led by "\b": see ``word_branches``)
    word_branches(
        r"(?:have|has|had)\s+(?:repeatedly|consistently|always|routinely|long)\s+"
        r"(?:[a-z]+ed|sought|held|made)\b|"
        r"(?:many|several|numerous|countless|multiple)\s+times\b|time\s+and\s+again\b|"
        r"(?:have|has)\s+(?:[a-z]+\s+)?(?:[a-z]+ed|made|sought|held|kept)\s+for\s+"
        r"(?:almost\s+|nearly\s+|more\s+than\s+|over\s+)?(?:a|an|\d+|two|three|several|many)\s+"
        r"(?:years?|months|decades?)\b|"
        # "Its members have met regularly": a habit, not a happening
        r"(?:meets?|met|meeting|speaks?|spoke|talk(?:s|ed)?)\s+regularly\b|"
        r"regularly\s+(?:meets?|met|meeting|holds?|held|speaks?|spoke|talk(?:s|ed)?)\b|"
        # "Oslo has since eased the curbs", "has kept the border shut ever since": what came
        # after the happening told, a lasting state, not a happening of its own
        r"(?:have|has)\s+since\s+(?:[a-z]+ed|made|held|kept|put|set|cut|lifted)\b|ever\s+since\b"
    )
)
# "A meeting between X and Y was then shelved": the long subject's own predicate.
SHELVED = re.compile(
    r"\s+(?:between|of|with)\s[^.;:,]{0,100}?\b(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:then\s+|later\s+|since\s+|abruptly\s+)?(?:postponed|cancell?ed|called\s+off|put\s+off|"
    r"scrapped|shelved)\b"
)
MODAL_AFTER = re.compile(
    r"[^,;:.]{0,40}?\b(?:would|could|might|should|may)\s+(?:(?:not|also|then|still)\s+)?"
    r"(?:be|take|go|happen|follow|come|mean|start|begin|lead)\b|"
    # "a summit of the two presidents could only crown a deal": a condition set on it
    r'[^,;:.]{0,40}?\b(?:would|could|can|might)\s+only\s+["“]?[a-z]+\b|'
    # "warned that wider political negotiations were not imminent"
    r"\s+(?:(?:is|are|was|were)\s+(?:still\s+|also\s+)?|(?:seems?|seemed|looks?|looked)\s+)unlikely\b"
)
INDEFINITE = re.compile(  # "\ban?\s+...", see ``word_branches``
    word_branches("an?")
    + r"\s+(?:[\w-]+\s+)?(?:immediate|full|lasting|permanent|unconditional|comprehensive|"
    r"general|complete|genuine|durable|long-term|total|real|"
    # "could only crown a finished agreement", "talks on an eventual deal"
    r"finished|eventual|future|possible)\s+(?:[\w-]+\s+)?$"
)
# "closer to a deal", "pressure for an agreement": a thing sought, not a happening.
SOUGHT = re.compile(
    word_branches(
        r"to|towards?|for|on|about|to\s+(?:accept|reach|strike|sign|seal|conclude|clinch|agree\s+to)",
        r"\s+(?:a|an|any)\s+(?:[\w-]+\s+)?$",
    )
)
# "discussed the exchange of prisoners", "protocols covering the release of detainees": the
# subject matter talked over, not a happening.
DISCUSSED = re.compile(
    word_branches(
        r"discuss(?:ed|es|ing)?|covering|focused\s+on|focusing\s+on|concerning|regarding|"
        # "signed a protocol on the release and exchange of prisoners": the deal's subject
        r"(?:protocol|memorandum|accord|agreement|deal)s?\s+on",
        r"\s+(?:the|a|an|possible|further|new)\s+(?:[\w-]+\s+){0,2}$",
    )
)
# "the sides discussed the route, as well as the lifting of restrictions", "reviewed the
# operations and the lifting of the measures": a verb of talking something over that governs the
# nominal lifting further on in its clause.
TALKED_OVER = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|review(?:ed|s|ing)?|examin(?:ed|es|ing))\s"
    # (in the same clause: not past ", and on Tuesday X announced")
    r"(?:(?!,\s+(?:and|but|while)\s)[^;:])*$"
)
AWAITED = re.compile(
    word_branches(
        "after|once|until|before|following|without|pending", r"\s+(?:a|an|any)\s+(?:[\w-]+\s+)?$"
    )
)
# "only after a ceasefire takes effect": a present-tense verb after "after/once/until a": awaited.
AWAITED_VERB = re.compile(word_branches("takes|comes|enters|begins|goes|is|are", r"\b"))
# "before a final settlement is agreed", "until the deal has been signed": awaited.
AWAITED_PASSIVE = re.compile(
    r"\b(?:after|once|until|before|unless|pending)\s+(?:a|an|any|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:is|are|has\s+been|have\s+been|gets|get)\s+$"
)
# "after the cabinet meeting": a government's own session, not a meeting between parties.
CABINET = re.compile(r"\bcabinet\s+$")
# A truce held to or awaited is no news of one: "remained committed to the ceasefire",
# "guarantee security after a ceasefire", "once a deal is signed".
HELD_TO = re.compile(
    r"\b(?:committed\s+to|commitment\s+to|respect(?:s|ed|ing)?|abide\s+by|adhere\s+to|"
    r"uphold(?:s|ing)?|observe[sd]?|observing)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?$"
)
# A truce that ends or is broken is not declared here: "after a truce ... expired".
CEASEFIRE_OVER = re.compile(
    r"[^,;:.]{0,60}?\b(?:expired|ended|collapsed|lapsed|broke\s+down|was\s+breached|"
    r"was\s+violated|had\s+ended|has\s+ended)\b"
)
CEASEFIRE_BROKEN = re.compile(
    r"\b(?:breach(?:ed|es|ing)?|violat(?:ed|es|ing|ions?\s+of)|broke|ending|end\s+of|extend)\s+"
    r"(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w-]+\s+)?$"
)
# "the mechanism that monitors the ceasefire", "monitoring and verifying the truce", "the second
# phase of the ceasefire": a truce in force (its declaration, if dated, told elsewhere).
TRUCE_IN_FORCE_BEFORE = re.compile(
    r"\b(?:monitor(?:s|ed|ing)?|oversee(?:s|ing)?|oversaw|verif(?:y|ies|ying|ied)|"
    r"supervis(?:e|es|ed|ing)|(?:phase|stage)s?\s+of)\s+(?:and\s+[\w-]+\s+)?"
    r"(?:(?:the|a|an|its|their|this|that)\s+(?:[\w.'’-]+\s+){0,3})?$"
)
# "X declared a truce", "X announced the start of the truce's second phase": X's truce.
DECLARED_BY = re.compile(r"\b(?:declared|declares|announced|announces)\b")
# "ready to help once the parties have agreed on ...", "should have been kept until Lima agreed
# to ...": an agreement awaited (a time clause of the future, or of a counterfactual).
AWAITED_AGREEMENT = re.compile(
    r"\bonce\s+(?:[\w'’-]+\s+){1,4}?ha(?:ve|s)\s+$"
    r"|\b(?:should|would|could|might)\s+have\s+[^,;:]{0,80}?\buntil\s+(?:[\w'’-]+\s+){1,4}?$"
)
# "as soon as the parties agree on the rules", "until Lima signs": consent told in the present
# tense in a clause of time or condition, a deal to come (``PRESENT_CONSENT`` at the trigger).
AWAITED_CONSENT = re.compile(
    r"\b(?:as\s+soon\s+as|once|until|till|unless|before)\s+(?:[\w'’-]+\s+){1,5}?$"
)
PRESENT_CONSENT = re.compile(
    r"(?:agrees?|signs?|accepts?|reach(?:es)?|strikes?|concludes?|settles?|initials?)\b"
)
# "accepted only parts of the plan", "agreed to some of its terms": a partial consent, which
# leaves the rest refused, no deal.
PARTIAL_CONSENT = re.compile(
    r"\s+(?:only\s+)?(?:some|parts?|elements|portions|pieces|a\s+few|a\s+handful)\s+of\b"
)
# "the June accord", "the November 2024 ceasefire", "their 2023 deal": a deal named by its time.
DATED_NAME = re.compile(
    r"\b(?:the|its|their|this|that)\s+(?P<when>(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)|\d{4})\s+(?:\d{4}\s+)?$"
)
# "truces", "ceasefires": truces in general or a habit, no one happening.
PLURAL_TRUCE = re.compile(r"\b(?:truce|ceasefire|cease-fire|armistice)s\b")
PLURAL_SWAP = re.compile(r"\b(?:swap|exchange)s\b")
PHASE_START = re.compile(r"\b(?:start|launch|beginning|opening)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$")
# "the ceasefire monitoring committee", "truce observers": a noun the truce describes.
TRUCE_IN_FORCE_AFTER = re.compile(
    r"\s+(?:monitoring|monitors?|mechanism|committee|commission|lines?|observers?|"
    r"verification|supervision)\b"
)
# "A truce between X and Y appeared to be holding on Sunday": a truce in force, told as holding.
TRUCE_HOLDING = re.compile(
    r"[^,;:.]{0,60}?\b(?:(?:appear|seem)(?:s|ed)\s+to\s+be\s+|(?:is|was|were|are)\s+"
    r"(?:largely\s+|still\s+|broadly\s+)?)holding\b"
)
# "was the first meeting between ...": a noun describing an event, not reporting one.
PREDICATE = re.compile(
    word_branches(
        "was|is|were|are|been|be", r"\s+(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,3}$"
    )
)
PROCESS_OF = re.compile(  # (each branch led by "\b": see ``word_branches``)
    word_branches(
        r"(?:weeks|months|years|decades)\s+of\s+(?:[\w-]+\s+){0,2}$"
        # "to review the results of the Istanbul talks": an encounter told of elsewhere
        r"|(?:results?|outcomes?)\s+of\s+(?:the|this|last\s+\w+['’]s)\s+(?:[\w.'’-]+\s+){0,2}$"
    )
)
UNDER = re.compile(
    r"\b(?:under|within|in\s+line\s+with)\s+(?:the|a|an|its|their|this|that)\s+"
    r"(?:[\w.'’-]+\s+){0,4}$"
)
SINCE_BEFORE = re.compile(r"\bsince\s+(?:the|a|an|its|their|this|that)\s+(?:[\w.'’-]+\s+){0,2}$")
# A trigger's noun and the relative pronoun after it: "truce| that took effect", "ceasefire,
# which| came into force".
NOUN_RELATIVE = re.compile(r"[\w-]+,?\s+(?:that|which)\s")
# A time clause's opener, of what happened before the main clause: "did not leave after| the
# truce took effect" ("before" and "until" open conditions: "will not hand over territory before
# their demands are met").
TIME_CLAUSE = re.compile(r"\b(?:after|since)\s")
TIME_REFERENCE = re.compile(r"\b(?:after|before|since|until|ahead\s+of)\s+(?:the\s+)?$")
# "We welcome the joint statement signed in Ottawa": the signing is the thing welcomed,
# reported elsewhere, not a new one on the day of the welcome.
WELCOMED_THING = re.compile(
    r"\bwelcom(?:e|es|ed|ing)\s+(?:the|a|an|this|their|its)\s+(?:[\w'’-]+\s+){0,5}$"
)
# "a second round of sanctions": a round of something other than talks ("a round of contacts
# between the two sides", "the next round of the dialogue" are talks).
# "The first round took place in Oslo on 3 May, and a second followed": what "a second" counts,
# told before it (not "a drone hit the plant, and a second followed").
ROUND_COUNTED = re.compile(r"\b(?:round|rounds|session|sessions)\b")
ROUND_OF_OTHER = re.compile(
    r"\s+of\s+(?!(?:[\w-]+\s+){0,2}(?:talks|negotiations|consultations|discussions|format|contacts|dialogue)\b)"
)
# "insisted the ceasefire was still in place": a claim about what is, not a demand; "insisted
# that Ukraine withdraw", "insisted Kyiv must leave" demand something.
INSIST = re.compile(r"\binsist")
CLAIM_COMPLEMENT = re.compile(
    r"^[^;:.?!]{0,70}?\b(?:was|were|is|are|had|has|have|did|does|remained|remains)\b(?!\s+to\b)"
)
DEONTIC = re.compile(
    r"\b(?:must|should|ought|needs?\s+to|needed\s+to|ha(?:ve|s|d)\s+to|be\s+[a-z]+ed)\b"
)
# "Chile has played down Madrid's role, insisting the accord was struck directly", "denied that
# talks took place": one side's claim or counter-claim about a happening, not a report of it.
CLAIM_BEFORE = re.compile(
    r"\b(?:insist(?:ed|ing|s)?|claim(?:ed|ing|s)?|den(?:ied|ies|ying)|maintain(?:ed|ing|s)|"
    r"contend(?:ed|ing|s)?)\s+(?:on\s+\w+\s+)?(?:that\s+)?[^,;:\"“]{0,60}[\"“]?$"
)  # ('rejected claims by Moscow that Kyiv had "refused to ...": the claim's words)
# "Peruvian pundits ... demanding reprisals", "analysts urged": no party speaks
# (nor do a country's lawmakers or opposition parties: "Some Congolese lawmakers called on ...";
# "told lawmakers that ...": the audience, not the speaker).
UNOFFICIAL = re.compile(
    r"(?<!\btold\s)(?<!\bbriefed\s)(?<!\baddressed\s)\b(?:bloggers|analysts|experts|commentators|observers|critics|pundits|protesters|"
    r"demonstrators|residents|activists|columnists|editorials?|lawmakers|legislators|"
    r"parliamentarians|opposition\s+(?:parties|politicians|lawmakers|leaders))\b[^,;:]{0,60}$"
)
# "Thailand has rejected third-party mediation and insists that ...": a position restated in the
# present tense, not a happening (unless the sentence dates it).
# "told reporters in X that Y rejects ...": a stance stated to the press that day.
# "told reporters that Peru rejects", "stated that Peru rejects" (not "has long said that
# Quito is ready to hold talks": a standing position restated).
TOLD_PRESS = re.compile(
    r"(?:\btold\s+(?:reporters|journalists|the\s+press|a\s+(?:news|press)\s+conference|"
    r"[\w-]+)|(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)(?<!\blong\s)(?<!\boften\s)"
    r"\b(?:said|stated|noted|stressed|added|underlined|emphasi[sz]ed))\b"
    r"[^.;:\"“]{0,40}?\bthat\s+(?:[\w'’-]+\s+){1,3}$"
)
STANCE_PRESENT = re.compile(word_branches("insists|maintains|contends|argues", r"\b"))
# "a charge Santiago denied", "rejected the charges": denying a charge is no refusal of
# an offer or a plan.
# "dismissed the speech as provocative", "rejected his remarks": what someone said, denied.
CHARGE_WORDS = ("accusation", "allegation", "charge", "claim", "remark", "comment", "speech")
CHARGE_BEFORE = re.compile(
    r"\b(?:an?|the|this|that|such|these|those)\s+"
    r"(?:accusations?|allegations?|charges?|claims?|remarks?|comments?|speech(?:es)?)"
    r"\s+(?:that\s+)?(?:[\w'’.-]+\s+){1,4}$"
)
CHARGE_AFTER = re.compile(
    r"\s+(?:(?:the|these|those|such|all|an?|any|its|his|her|their)\s+)?(?:[\w'’-]+\s+)?"
    r"(?:accusations?|allegations?|charges?|claims?|remarks?|comments?|speech(?:es)?)\b"
)
# "rejected the Israeli and American demands": a noun phrase up to the trigger.
OBJECT_NP = re.compile(
    r"(?:\b(?:the|a|an|any|its|their|his|her|this|these|those|all)|['’]s)\s+(?:[\w-]+\s+){0,4}$"
)
# "Speaking on Friday to top commanders at a meeting in Arica": the meeting is where words
# were said, not a meeting between parties.
SPEECH_SETTING = re.compile(
    r"\b(?:speaking|spoke|speech|addressing|addressed|told)\b[^,;:]{0,60}\b(?:at|to)\s+"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}$"
    # "told a cabinet meeting that ...": the audience, not a meeting of parties
    r"|\b(?:told|addressed|addressing)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,2}$"
)

# --- Occasions of an agreement, and what was agreed or proposed ------------------------------

OCCASION = re.compile(
    r"\b(?:agreed|signed|reached|struck|initialled|initialed|announced|accepted)\s+"
    r"(?:\w+\s+){0,2}(?:at|during|in)\s+(?:(?!to\b|for\b|on\b|principle\b)[\w-]+\s+){0,4}$"
)
# "discussed the plan in a phone call with", "discussing aid during their meeting": the
# encounter in which something was discussed (its trigger follows).
DISCUSSED_IN = re.compile(
    r"\bdiscuss(?:ed|es|ing)?\b[^,;]{0,70}?\b(?:in|during|over|at)\s+"
    r"(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}$"
)
DISCUSS_WORDS = frozenset({"discuss", "discussed", "discussing"})
# "... at talks in Kuala Lumpur", "... at the end of nearly two weeks of talks": the occasion of
# an agreement reported before it in the sentence.
AT_OCCASION = re.compile(
    r"\b(?:at|during|in|at\s+the\s+(?:end|close|conclusion)\s+of|on\s+the\s+sidelines\s+of)\s+"
    r"(?:(?!to\b|for\b|on\b|principle\b|the\b)[\w-]+\s+){0,5}$"
)
# "at the talks in Geneva", "during the second round of those talks": the occasion, named with
# or without an article (not "at the end of two weeks of talks": the day the talks ended).
DATED_OCCASION = re.compile(
    r"\b(?:at|during)\s+(?!the\s+(?:end|close|conclusion)\b)(?:[\w.,-]+\s+){0,6}$"
)
# "..., during the latest round of talks": the occasion in a phrase set off by a comma.
# "three days of talks", "months of negotiations": a spell of them, not one session.
SPELL_OF = re.compile(r"\b(?:days|weeks|months|years|decades)\s+of\b")
# "talks that lasted much of last year", "negotiations lasting two weeks": a spell of them.
LASTED = re.compile(r",?\s+(?:(?:that|which)\s+(?:had\s+)?lasted|lasting|that\s+dragged)\b")
# The commas of a list of names ("the Chilean, Peruvian and Bolivian teams"), not of a clause.
LIST_COMMA = re.compile(r",(?=\s+[\w'’-]+(?:\s+and\b|,))")
OCCASION_AFTER_COMMA = re.compile(
    r"(?:at|during|after|following|at\s+the\s+(?:end|close|conclusion)\s+of)\s+"
    r"(?:(?!to\b|for\b|on\b|principle\b)[\w-]+\s+){0,5}$"
)
# "The signing concluded a round of talks", "The agreement followed two days of talks": the
# deal just reported as the subject of the sentence.
DEAL_SUBJECT = re.compile(
    r"the\s+(?:signing|agreement|deal|accord|declaration|understanding)\s+"
    r"(?:concluded|capped|crowned|ended|closed|followed|came\s+(?:at|after))\b"
)
AGREED_ACTION = re.compile(r"[,;:]|\bto\s+(?!the\b|a\b|an\b|its\b|their\b)[a-z]+\b")
LEAD_OCCASION = re.compile(r"(?:during|at|in)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}$")
# "the agreement reached", "its annex, agreed": a deal noun and the participle describing it.
ATTRIBUTIVE = re.compile(
    r"\b(?:agreement|deal|accord|treaty|declaration|memorandum|annex|protocol|pact|charter|"
    r"truce|ceasefire|document|plan|framework|roadmap),?\s+(?:signed|reached|agreed|initialled|"
    r"initialed|brokered)\b"
)
CONTENT_VERB = re.compile(
    # ("presented a plan to investors in January", "was handed to envoys of both armies": a
    # plural noun after "to" is who got it; a verb's base form ends in "s" only as "discuss",
    # "focus")
    r"\b(?:to\s+(?!the\b|a\b|an\b|[a-z]+(?<![su])s\b)([a-z]+)|(?:they|it|he|she|we|both)\s+(?:begin|start|meet|hold|"
    r"resume|be|should|would|will|must)\b|"
    # "agreed that the next meeting of the commissions will be held in February"
    # ("... would be held in Ijevan in June": the same, told in reported speech)
    r"\b(?:will|shall|would)\s+(?:be\s+)?(?:held|take\s+place|meet|resume|convene|begin|start)\b)"
)
ACCEPTED_INVITATION = re.compile(
    r"\s+(?:an?|the|his|her|their|[\w'’]+['’]s)\s+invitation\s+to\s+(visit|travel\s+to|come\s+to)\b"
)
# Agreement phrases that tell the deal in the passive or by its participle, its parties unnamed
# ("the accord was reached in Quito", "the deal struck in Lima", "the text was finalised")
PASSIVE_DEAL_ENDINGS = (
    " was reached",
    " was signed",
    " struck",
    " reached",
    " finalised",
    " finalized",
)
DEAL_PASSIVE = re.compile(
    r"\b(?:truce|ceasefire|cease-fire|deal|agreement|accord|treaty|declaration|memorandum|pact|"
    # "The swap had been agreed in principle in Lima", "The 1974 accord, agreed in May of
    # that year": agreed by the sides, told in the passive or by the participle
    r"exchange|swap|understanding|protocol|framework|text)\s*"
    r"(?:\s(?:was|were|had\s+been|has\s+been|have\s+been)|,)\s+(?:[a-z]+ly\s+)?$"
)
ANAPHORIC_OBJECT = re.compile(
    word_branches(r"the\s+(?:document|text|agreement|deal|accord|declaration)", r"\b")
)

# --- Parties and places named in the sentence ------------------------------------------------

# "(?:[,;]\s+(?:and\s+|but\s+|then\s+)?|[,;]?\s+(?:after|...)\s+)(?:he|she)...", written led by
# the class of its first character (the same matches): the regex engine then skips every
# position that holds none, instead of trying both branches at each.
PRONOUN_CLAUSE = re.compile(
    r"[,;\s](?:(?<=[,;])\s+(?:and\s+|but\s+|then\s+)?"
    r"|(?<=[,;])\s+(?:after|before|when|while|until|that)\s+"
    r"|(?<=\s)\s*(?:after|before|when|while|until|that)\s+)"
    r"(?:he|she)\s+(?:(?:later|also|then|subsequently|had|has|was|would|\w+ly)\s+){0,2}$"
)
# "..., when they agreed", "..., where they signed": a clause whose subject is the main clause's.
THEY_CLAUSE = re.compile(r",\s+(?:when|where)\s+they\s+(?:(?:also|then|\w+ly)\s+)?$")
WHO_TRAVELLED = re.compile(r",\s+who\s+(?:also\s+|had\s+|has\s+)?$")
CLAUSE_RESUMES = re.compile(
    r",\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?"
    r"(?:(?:on|last|this)\s+[a-z]+day\s+)?"  # ("..., on Monday rejected")
)
# ", which brings together A, B and C": a relative clause that names a body's members.
MEMBERS_CLAUSE = re.compile(
    r", (?:which|who) (?:brings together|bring together|groups|group|comprises|comprise|includes|"
    r"include|is made up of|are made up of|gathers|gather)\b"
)
GROUP = re.compile(
    r"\b(?:the|all)\s+(three|four|3|4)\s+(?:[\w-]+\s+)?"
    r"(?:delegations|sides|parties|countries|governments|teams)\b"
    r"|\b(tri|quadri)lateral\s+(?:talks|session|meeting|round|negotiations|format)"
)
LATERAL = {"tri": "three", "quadri": "four"}
DELEGATIONS = re.compile(
    r"\b(?:delegations|negotiators|negotiating\s+teams|commissions|working\s+groups|['’]s\s+team|"
    r"mediators|representatives)\b"
    r"(?:[^,;]{0,30},\s+(?:(?:led|headed)\s+by\s)?[^,;]{3,80},)?(?![^,;]*,)"
)  # ("The chief negotiators of the two sides, X for Serbia and Y for Kosovo, last met ...")
# "the meeting of the border commissions": a session of the two sides' negotiators.
OF_DELEGATIONS = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:delegations|commissions|working\s+groups|"
    r"negotiators|negotiating\s+teams|state\s+commission|joint\s+commission)\b"
)
# "The previous meeting", "their first session", "the most recent round": one session of a
# series, before or after the one reported.
SERIES_MEMBER = re.compile(
    r"\b(?:the|its|their)\s+(?:first|previous|last|latest|most\s+recent|next|inaugural|"
    r"earlier|second|third|fourth|fifth)\s+(?:[\w-]+\s+)?$"
)
# "the Regional Border Committee", "the state commissions on delimitation", "the JBC": the two
# sides' standing joint bodies, whose sessions are rounds of talks between their delegations.
BORDER_BODY = re.compile(
    r"\b(?:border\s+(?:committee|commission)s?|boundary\s+commissions?|"
    r"(?:delimitation|demarcation)\s+(?:committee|commission)s?|state\s+commissions?|"
    r"commissions?\s+on\s+(?:the\s+)?(?:[\w-]+\s+)?(?:delimitation|demarcation)|jbc|rbc|gbc|"
    # "the ceasefire monitoring mechanism", "a joint security coordination mechanism"
    r"(?:monitoring|coordination|supervisory|verification)\s+(?:mechanism|committee|commission)s?|"
    r"joint\s+(?:[\w-]+\s+){0,2}?(?:mechanism|committee|commission)s?)\b"
)
# "Ukraine's delegation", "negotiating teams", "the trilateral meeting", "the mechanism": who sit
# at a round of talks rather than at a leaders' meeting.
# "Chilean and Peruvian generals and civilian negotiators met", "Bolivian and Paraguayan army
# officers met": officials of two sides facing each other (a round of talks, unless they are
# the leaders); the two sides' words are checked against the gazetteer by the caller.
PAIRED_OFFICIALS = re.compile(
    r"\b([\w'’-]+)\s+and\s+([\w'’-]+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:officials|officers|envoys|commanders|diplomats|experts|generals)"
    r"(?:\s+and\s+(?:[\w-]+\s+){0,2}?(?:officials|officers|envoys|commanders|diplomats|experts))?"
    r"\s+(?:(?:have|had|has|will|would|also|first|again|then|later)\s+){0,2}$"
)
NEGOTIATORS = re.compile(r"\b(?:delegations?|negotiat\w*|teams?|trilateral|mechanism)\b")
IN_AT = re.compile(word_branches("in|at", r"\s+(?:the\s+)?$"))  # "\b(?:in|at)\s+(?:the\s+)?$"
# Words that set an encounter in a place ("met in Cairo", "travelled to Damascus").
VENUE_BEFORE = re.compile(word_branches("in|at|to|into|visited|visiting", r"\s+(?:the\s+)?$"))

# --- A sentence that continues the previous one ----------------------------------------------

# A sentence whose subject is a pronoun continues the previous one ("They also spoke with ...").
# ("On Sunday he proposed ...", "Afterward he said ...", "Their only summit ...").
_LEAD = (
    r"(?:afterwards?|then|later|earlier|meanwhile|separately|also|"
    r"(?:(?:late|early|earlier|later)\s+)?on\s+[a-z]+(?:\s+(?:morning|afternoon|evening|night))?)"
)
# "The two delegations said ...", "The sides agreed ...": a subject that points back like a pronoun.
_ANAPHOR = (
    r"(?:[Tt]he\s+(?:two\s+)?(?:sides|parties|delegations|leaders|presidents|men|officers|"
    r"ministers|commissions|teams|governments)|[Bb]oth\s+(?:sides|leaders|delegations|men))"
    r"(?!\s+(?:of|from|in)\b)"
)
# (Possessive "{0,40}+", "*+", "++": giving back a character of a run that cannot hold the
# comma, space or capital that follows it never leads to a match, so the engine need not try.)
PRONOUN_SUBJECT = re.compile(
    rf"^(?:[A-Z][^,]{{0,40}}+,\s+|(?i:{_LEAD})\s+|(?:In|At|After|During|Following)\s+(?:a|an|the|"
    rf"their|his|her)\s+(?:[\w-]+\s+){{0,3}}?)?(?:He|She|They|His|Their|Its|he|she|they|his|their|its|"
    rf"{_ANAPHOR})\s"
)
# "Peru retaliated by halting imports": a reaction to what the previous sentence reported,
# on its day and towards its parties.
REACTION = re.compile(
    r"^(?:[A-Z][\w.'’-]*+\s++){1,4}(?:retaliated|responded|reciprocated|hit\s+back)\s+(?:by|with)\b"
)
# A next sentence whose subject is one person, unnamed ("He met ...").
SHE_OR_HE_NEXT = re.compile(r"\s+(?:He|She)\s")
PRONOUN_NEXT = re.compile(
    rf"\s+(?:[^,.]{{0,40}}+,\s+|{_LEAD}\s+)?(?:he|she|they|his|their|its|(?i:{_ANAPHOR}))\s"
)
# Between the names of one subject: "Witkoff and Kushner", "Russian President Vladimir Putin".
# ("Thai acting prime minister X": a title in lower case between the adjective and the name)
SUBJECT_GAP = re.compile(
    r"(?:\s*,\s*|\s+and\s+|\s+(?:[A-Z][\w.'’-]*\s+)*"
    r"|\s+(?:(?:acting|interim|caretaker|deputy|vice|prime|foreign|defen[cs]e|interior|minister|"
    r"president|premier|chief|envoy|secretary|special|army|military|top|senior)\s+)+"
    r"(?:[A-Z][\w.'’-]*\s+)*)"
)
AGENT_BY = re.compile(r"\bby\s+(?:the\s+)?$")

# --- Page structure: reference marks, headings, datelines ------------------------------------

# Reference marks of encyclopaedia pages, and the headings that end their body.
CITATION = re.compile(r"\[(?:\d{1,3}|[a-z]|citation needed)\]")
END_HEADING = re.compile(
    r"\s*(?:see\s+also|references|notes|external\s+links|further\s+reading|sources)\s*",
    re.IGNORECASE,
)
BACKGROUND_HEADING = re.compile(
    r"\b(?:background|context|how we got here|the story so far|history)\b", re.IGNORECASE
)
DATELINE_WINDOW = 1500
# "ISTANBUL —", "KYIV, Ukraine (AP) —", "LIMA/SANTIAGO, Mar 4 (Reuters) -", "Kyiv (AFP) -": at
# the start of one of the first lines (copied pages put a headline and a byline before it).
DATELINE = re.compile(
    r"^[ \t]*([A-Z][A-Z .'/-]{2,40}?|[A-Z][a-z]+(?=\s*\())(?:,\s*[A-Z][A-Za-z .]{1,30}?"
    r"(?:\s+\d{1,2})?)?\s*(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s(?=[^\n]{60})",
    re.MULTILINE,
)
# "ISLAMABAD: ...": a city in capitals and a colon (taken only for a city of the places list:
# not "LIVE: ", "READ MORE: ").
COLON_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z .'-]{2,30}):\s(?=[^\n]{60})", re.MULTILINE)
# "Feb 6 (Reuters) -": a dateline without a city (its date is the publication day, not news).
DATE_DATELINE = re.compile(
    r"^[ \t]*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([^)]{1,40}\)\s*[—–-]{1,2}\s(?=[^\n]{60})",
    re.MULTILINE,
)

# What follows a dateline's date: the agency or the city in brackets, or an agency between
# slashes ("LIMA, May 4 (Wire) -", "May 4, 2025 (LIMA) -", "LIMA, May 4. /Agency/."). The date is
# the day the copy was filed, not the day of the news the lead tells ("on Sunday").
FILING_MARK = re.compile(r"\.?[ \t]*(?:\([^()\n]{1,40}\)|/[^/\n]{1,20}/)[ \t]*(?:[—–-]|\.|\s)")

# --- Finishing an event: topics, hosts, confidence -------------------------------------------

TYPE_TOPIC = {
    "prisoner_exchange": "prisoners",
    "ceasefire": "ceasefire",
    "sanction": "sanctions",
}
# An organisation meeting at its own seat is not hosted by the seat's country.
SEATS = {
    "Brussels": frozenset({"European Union", "European Council", "European Commission", "NATO"}),
    "New York": frozenset({"United Nations", "UN Security Council"}),
}
# Talks or meetings in Brussels are the EU's (devset convention), not Belgium's.
VENUE_HOST = {"Brussels": "European Union"}
HEDGE = re.compile(
    r"\b(?:reportedly|according\s+to|sources?|people\s+familiar|could|might|may|would|"
    r"allegedly|possibly|unconfirmed|expected)\b",
    re.IGNORECASE,
)
HEDGE_NEEDLES = needles(HEDGE)  # a quote without any of these words is not searched

# Where the "between" phrase of an encounter's sides ends: a clause break or a relative clause
# ("talks between the two teams, which opened on Monday").
BETWEEN_END = re.compile(r"[,;:.(]|\s(?:which|that|who|where|when|on|in|at|after|before)\s")
# The verbs of who hosts or mediates an encounter named after them ("Qatar has hosted two rounds
# of talks between ...", "Norway brokered the negotiations between ...").
HOSTING = re.compile(
    r"\b(?:host(?:s|ed|ing)?\b|mediat|broker|facilitat|chair|sponsor|organi[sz]|convene|arrang|"
    r"oversee|oversaw)"
)
# Dated background named in passing ("since the 9 May summit", "the summit in Tallinn on 9 May"):
# what may stand between the date and its noun, before it and after it.
NOUN_DATE_BEFORE = re.compile(r"(?:'s|\u2019s)?\s+(?:[\w.-]+\s+){0,2}")
DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|his|her|this|that|a|an)\s+$")
PHRASE_WORD = re.compile(
    r"(?:in|at|between|with|of|on|among|by|and|the|a|an|its|their|his|her|two|three|four|"
    r"leaders?|presidents?|prime|ministers?|foreign|defen[cs]e|envoys?|counterparts?|officials|"
    r"negotiators|delegations|sides|countries|capital|held|hosted|brokered|mediated|signed|"
    r"reached|agreed|convened|chaired|attended|sponsored|backed)"
)
# "the fourth round since January": a date that bounds a span, not one of its own (whole words:
# "nearby 9 May" is no bound).
DATE_BOUND_BEFORE = re.compile(r"\b(?:since|until|by|from)\s+$")
# ... and, for a date after its noun, the noun in a phrase of time or occasion ("since the summit
# in Tallinn on 9 May", "at a meeting in Oslo on 2 June"), not the object of the clause's verb
# ("laid out a roadmap for the talks on Monday": Monday is the verb's day).
ADJUNCT_NOUN = re.compile(
    r"\b(?:since|after|following|at|during|before|until|of|from)\s+(?:the|a|an|its|their|his|her|"
    r"this|that)\s+(?:[\w.'\u2019-]+\s+){0,3}$"
)
# "the 1994 accord", "its 1960 water treaty": a happening named by its year alone.
YEAR_NAMED = re.compile(
    r"\b(?:the|its|their|this|that)\s+(?P<year>(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}$"
)
