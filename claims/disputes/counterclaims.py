"""Counter-claims: a claim set against another party's ("But X said …", "X disagreed, saying …") is a denial.

A contrast opener or a counter cue marks it; the words it shares with the earlier claim are the evidence
that it answers that claim rather than making another point.
"""
import re

from claims.lexicon import CONTRAST_OPENERS, COUNTER_CUES, DENIAL_FORMS
from claims.model import Claim
from claims.rules.registry import rule

from claims.disputes.link import Link
from claims.disputes.targets import target_of
from claims.disputes.words import phrase_pattern, sentence_start

COUNTER_CLAIM = rule(
    "counter-claim",
    'A claim opened by "But", "However" or "countered" that shares words with another party\'s earlier claim disputes it.',
    "Tom Reyes said the harbour wall was unsafe. However, Lena Vogt said the harbour wall was inspected in May and is safe.",
    finds="dispute",
)
OPENER = re.compile(r"^[\s\"“‘']*" + phrase_pattern(CONTRAST_OPENERS).pattern, re.IGNORECASE)
COUNTER = phrase_pattern(COUNTER_CUES)
COUNTER_ENDING = re.compile(COUNTER.pattern + r"\W*$", re.IGNORECASE)  # "Vogt disagreed."
DENIAL_VERB = phrase_pattern(tuple(DENIAL_FORMS))
COUNTER_SHARED = 2  # content words a counter-claim shares with what it answers: one is too often chance


def _anchor(claim: Claim) -> int:
    """Where the claim's own words begin: its content or its cue, whichever comes first."""
    return min(claim.span[0], claim.cue_span[0]) if claim.cue_span else claim.span[0]


def _starts(claim: Claim) -> int:
    return min(_anchor(claim), claim.speaker.span[0]) if claim.speaker and claim.speaker.span else _anchor(claim)


def lead_in(text: str, claims: list[Claim], claim: Claim) -> str:
    """The words before the claim's cue and content in its sentence; the sentence before too when the claim
    opens its own and that one, holding no claim, ends with a counter cue ("Vogt disagreed. "…," she said")."""
    anchor = _anchor(claim)
    start = sentence_start(text, anchor)
    if text[start:anchor].strip(" \"“‘'") or start < 2:
        return text[start:anchor]
    previous = sentence_start(text, start - 2)
    before = text[previous:start]
    if not COUNTER_ENDING.search(before) or any(previous <= _starts(other) < start for other in claims if other is not claim):
        return text[start:anchor]
    return before + text[start:anchor]


def is_counter(text: str, claims: list[Claim], claim: Claim) -> bool:
    """A contrast opener or a counter cue stands before the claim."""
    lead = lead_in(text, claims, claim)
    return bool(OPENER.match(lead) or COUNTER.search(lead) or denied_before(claim, lead))


def denied_before(claim: Claim, lead: str) -> bool:
    """"X denied the report, saying C": a participle claim after a denial verb gives the denial's grounds."""
    return claim.cue.endswith("ing") and DENIAL_VERB.search(lead) is not None


def counter_links(text: str, claims: list[Claim]) -> list[Link]:
    """A denial link for every counter-claim that answers an earlier claim; the counter-claim takes stance denial.

    A claim giving the grounds of a denial verb is a denial even when what it denies is not a claim here.
    """
    links = []
    for position, claim in enumerate(claims):
        if claim.attribution == "unattributed" or claim.stance == "denial":
            continue
        if not is_counter(text, claims, claim):
            continue
        target = target_of(text, claims, position, COUNTER_SHARED)
        if target or denied_before(claim, lead_in(text, claims, claim)):
            claim.stance = "denial"
        if target:
            links.append(Link(target, claim, COUNTER_CLAIM))
    return links
