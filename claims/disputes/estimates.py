"""Counter-estimates: "Other estimates put the number far higher" disputes the figure a claim just gave.

The rival figure is a counter-claim (DISPUTES.md rule 2) that the article tells without a reporting verb; its
subject ("Other estimates", "Independent analysts") is who disputes the figure.
"""
import re

from claims.lexicon import COUNTER_ESTIMATE_WORDS
from claims.model import Claim, Speaker
from claims.rules.registry import rule

from claims.disputes.link import Link
from claims.disputes.targets import same_party
from claims.disputes.words import SENTENCE_END, alternation

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
SENTENCE_REACH = 300  # characters a claim's sentence may run on after it


def _rival_after(text: str, claim: Claim) -> re.Match[str] | None:
    """The sentence right after the claim's, when it opens with another party giving its own figure."""
    end = max(claim.span[1], claim.cue_span[1] if claim.cue_span else 0)
    if not (sentence_end := SENTENCE_END.search(text, end, end + SENTENCE_REACH)):
        return None
    found = RIVAL.match(text, OPENING.match(text, sentence_end.end()).end())
    return found if found and FIGURE.search(found.group("figure")) else None


def counter_estimate_links(text: str, claims: list[Claim]) -> list[Link]:
    """A link from each rival figure to the claim that gave a figure in the sentence just before (the last one
    there, when several did). The rival figure is a denial: the claim that reports it, or one made of its words."""
    answered: dict[int, tuple[Claim, re.Match[str]]] = {}
    for claim in claims:
        if claim.attribution != "unattributed" and FIGURE.search(claim.content) and (found := _rival_after(text, claim)):
            if found.start() not in answered or answered[found.start()][0].span[1] < claim.span[1]:
                answered[found.start()] = (claim, found)
    links = []
    for target, found in answered.values():
        denial = next((c for c in claims if c.cue_span == found.span("verb")), None) or _told_rival(found)
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
