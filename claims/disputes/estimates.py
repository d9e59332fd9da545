"""Counter-estimates: "Other estimates put the number far higher" disputes the figure a claim just gave.

The rival figure is a counter-claim (DISPUTES.md rule 2) that the article tells without a reporting verb; its
subject ("Other estimates", "Independent analysts") is who disputes the figure.
"""
import re
from typing import Final

from claims.lexicon import COUNTER_ESTIMATE_WORDS
from claims.model import Claim, Speaker
from claims.rules.registry import rule

from claims.disputes.link import Link
from claims.disputes.targets import same_party
from claims.disputes.words import alternation, sentence_end_after, stems

COUNTER_ESTIMATE: Final = rule(
    "counter-estimate",
    'A sentence giving another figure ("Other estimates put the number far higher") disputes the figure that the claim just before gave.',
    "The ministry said 4,000 homes would be built this year. Independent estimates put the number closer to 1,500.",
    finds="dispute",
)
# At a sentence's start, perhaps after "But": "Other estimates", "Some independent economists", then the verb
# giving their figure, perhaps after an adverb.
RIVAL: Final = re.compile(
    rf"(?:(?:but|however|yet)\b,?\s+)?(?P<by>(?:{alternation(COUNTER_ESTIMATE_WORDS['other'])})\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{alternation(COUNTER_ESTIMATE_WORDS['source'])}))\s+(?:\w+ly\s+)?(?P<verb>{alternation(COUNTER_ESTIMATE_WORDS['verb'])})\b"
    r"(?P<figure>[^.;!?]*)",
    re.IGNORECASE,
)
# A figure, or words that set one against another.
FIGURE: Final = re.compile(
    r"\d|\b(?:million|billion|trillion|thousands?|hundreds?|dozens?|percent|half|third|quarter|twice|double"
    r"|higher|lower|larger|smaller|greater|fewer|more|less|closer|nearer)\b",
    re.IGNORECASE,
)
# A claim whose words give the figure again: "the real number would be far lower", "the true cost is closer to …".
FIGURE_AGAIN: Final = re.compile(
    r"\W*(?:the|that|this|their|its)\s+(?:(?:real|true|actual|correct|likely|final)\s+)?"
    rf"(?:{alternation(COUNTER_ESTIMATE_WORDS['figure'])})\b[^.;!?]*?"
    r"\b(?:is|was|were|are|would\s+be|will\s+be|could\s+be|might\s+be|stood\s+at|stands\s+at)\b",
    re.IGNORECASE,
)
OF_WHAT: Final = re.compile(r"\sof\s", re.IGNORECASE)
OPENING: Final = re.compile(r"[\s\"“‘']*")
SENTENCE_REACH: Final = 300  # characters a claim's sentence may run on after it


def _rival_after(text: str, claims: list[Claim], claim: Claim, restating: list[Claim]) -> Claim | None:
    """The rival figure in the sentence right after the claim's, as a denial: a sentence opening with another
    party giving its own figure ("Other estimates put the number higher"), or a claim in it whose words give
    the figure again ("Critics said the real number was far lower"; `restating`: the claims whose words open as
    such a figure's)."""
    end = max(claim.span[1], claim.cue_span[1] if claim.cue_span else 0)
    if not (sentence_end := sentence_end_after(text, end, SENTENCE_REACH)):
        return None
    opened = OPENING.match(text, sentence_end.end())
    assert opened is not None  # OPENING matches the empty string
    start = opened.end()
    if (found := RIVAL.match(text, start)) and FIGURE.search(found.group("figure")):
        return next((c for c in claims if c.cue_span == found.span("verb")), None) or _told_rival(found)
    if not restating:
        return None
    stop = next_end.end() if (next_end := sentence_end_after(text, start, SENTENCE_REACH)) else start + SENTENCE_REACH
    return next((c for c in restating if start <= c.span[0] < stop and _gives_figure_again(c.content, claim.content)), None)


def _gives_figure_again(content: str, answered: str) -> bool:
    """Whether the words give again the figure the answered claim gave: "the real number would be lower"; "the
    number of X …" only when X is something the answered claim spoke of."""
    if not (again := FIGURE_AGAIN.match(content)) or not FIGURE.search(content, again.end()):
        return False
    return not OF_WHAT.search(again.group()) or bool(stems(again.group()) & stems(answered))


def counter_estimate_links(text: str, claims: list[Claim]) -> list[Link]:
    """A link from each rival figure to the claim that gave a figure in the sentence just before (the last one
    there, when several did). The rival figure is a denial: the claim that reports it, or one made of its words."""
    answered: dict[tuple[int, int], tuple[Claim, Claim]] = {}
    restating = [c for c in claims if FIGURE_AGAIN.match(c.content)]
    for claim in claims:
        # the rival is looked for first: most claims have none, and FIGURE is tried at every character of the content
        if claim.attribution != "unattributed" and (rival := _rival_after(text, claims, claim, restating)) and FIGURE.search(claim.content):
            if rival.span not in answered or answered[rival.span][0].span[1] < claim.span[1]:
                answered[rival.span] = (claim, rival)
    links = []
    for target, denial in answered.values():
        if not same_party(denial, target):
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
