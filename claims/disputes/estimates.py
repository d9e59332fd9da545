"""Counter-estimates: "Other estimates put the number far higher" disputes the figure a claim just gave.

The rival figure is a counter-claim (DISPUTES.md rule 2) that the article tells without a reporting verb; its
subject ("Other estimates", "Independent analysts") is who disputes the figure.
"""
import re
from bisect import bisect_left

from claims.lexicon import COUNTER_ESTIMATE_WORDS
from claims.model import Claim, Speaker
from claims.rules.registry import rule

from claims.disputes.link import Link
from claims.disputes.targets import nearest_answered
from claims.disputes.words import alternation, sentence_start

COUNTER_ESTIMATE = rule(
    "counter-estimate",
    'A sentence giving another figure ("Other estimates put the number far higher") disputes the figure that the claim just before gave.',
    "The ministry said 4,000 homes would be built this year. Independent estimates put the number closer to 1,500.",
    finds="dispute",
)
# At a sentence's start, perhaps after "But": "Other estimates", "Some independent economists", then the verb
# giving their figure, perhaps after an adverb.
RIVAL = re.compile(
    rf"(?:(?:but|however|yet)\b,?\s+)?(?P<by>(?:{alternation(COUNTER_ESTIMATE_WORDS['other'])})\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{alternation(COUNTER_ESTIMATE_WORDS['source'])}))\s+(?:\w+ly\s+)?(?P<verb>{alternation(COUNTER_ESTIMATE_WORDS['verb'])})\b"
    r"(?P<figure>[^.;!?]*)",
    re.IGNORECASE,
)
# A figure, or words that set one against another.
FIGURE = re.compile(
    r"\d|\b(?:million|billion|trillion|thousands?|hundreds?|dozens?|percent|half|third|quarter|twice|double"
    r"|higher|lower|larger|smaller|greater|fewer|more|less|closer|nearer)\b",
    re.IGNORECASE,
)
OPENING = re.compile(r"[\s\"“‘']*")
FIRST_WORD = re.compile(rf"(?<![\w'’-])(?:{alternation((*COUNTER_ESTIMATE_WORDS['other'], 'but', 'however', 'yet'))})\b", re.IGNORECASE)


def _rivals(text: str):
    """Each sentence that opens with another party giving its own figure."""
    for opener in FIRST_WORD.finditer(text):
        start = opener.start()
        if OPENING.fullmatch(text, sentence_start(text, start), start) and (found := RIVAL.match(text, start)) and FIGURE.search(found.group("figure")):
            yield found


def counter_estimate_links(text: str, claims: list[Claim]) -> list[Link]:
    """A link from each rival figure to the claim just before that gave a figure, when it ends in the sentence
    before. The rival figure is a denial: the claim that reports it, or one made of its words."""
    links = []
    starts = [claim.span[0] for claim in claims]
    for found in _rivals(text):
        position = bisect_left(starts, found.start())
        denial = next((c for c in claims if c.cue_span == found.span("verb")), None) or _told_rival(found)
        target = nearest_answered([*claims[:position], denial], position)
        before = sentence_start(text, found.start() - 2) if found.start() >= 2 else 0
        if target and target.span[1] >= before and FIGURE.search(target.content):
            denial.stance = "denial"
            links.append(Link(target, denial, COUNTER_ESTIMATE))
    return links


def _told_rival(found: re.Match[str]) -> Claim:
    """The rival figure as a denial of its own, by the subject that gives it."""
    by, figure = found.group("by"), found.group("figure")
    start = found.start("figure") + len(figure) - len(figure.lstrip())
    return Claim(
        id="", content=figure.strip(), span=(start, start + len(figure.strip())), kind="indirect", cue=found.group("verb"),
        cue_span=found.span("verb"), speaker=Speaker(by, found.span("by"), by), attribution="unattributed",
    )
