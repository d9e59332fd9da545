"""The dispute appositive: ", a figure Tokyo disputes" disputes the claim right before it."""
import re
from dataclasses import replace
from typing import Final

from claims.rules.records import DisputeAppositive, RawClaim
from claims.rules.registry import rule
from claims.rules.sentence import Sentence
from claims.rules.speakers import speaker_before

DISPUTE_APPOSITIVE_NOUN: Final = re.compile(r",\s+(?P<phrase>(?:a|an|the)\s+(?:[\w%-]+\s+){1,2}?(?:that\s+|which\s+)?)$")
# How every appositive opens: a sentence without it has none, and its denials' speakers are not looked for.
DISPUTE_APPOSITIVE_START: Final = re.compile(r",\s+(?:a|an|the)\s")

DISPUTE_APPOSITIVE: Final = rule(
    "dispute-appositive", "An appositive that disputes the claim before it; it adds a dispute, not a claim.",
    "Lena Vogt said the repairs cost 4 million crowns, a figure the council disputes.",
    finds="dispute",
)


def dispute_appositives(sentence: Sentence) -> list[DisputeAppositive]:
    """", a figure Tokyo disputes": who disputes, the cue, and the appositive's span."""
    found: list[DisputeAppositive] = []
    if not any(cue.denial for cue in sentence.cues) or not DISPUTE_APPOSITIVE_START.search(sentence.text, *sentence.span):
        return found
    for cue in sentence.cues:
        if not cue.denial:
            continue
        mention = speaker_before(sentence, cue).mention
        if mention is None:
            continue
        noun = DISPUTE_APPOSITIVE_NOUN.search(sentence.text, sentence.span[0], mention.span[0])
        if noun:
            found.append(DisputeAppositive(mention, cue, (noun.start("phrase"), cue.span[1])))
    return found


def with_disputes(claims: list[RawClaim], appositives: list[DisputeAppositive]) -> list[RawClaim]:
    """The claims with each appositive attached to the last claim that ends before it."""
    claims = list(claims)
    for appositive in appositives:
        index = next((i for i in range(len(claims) - 1, -1, -1) if claims[i].content[1] <= appositive.span[0]), None)
        if index is not None:
            claims[index] = replace(claims[index], disputes=claims[index].disputes + (appositive,))
    return claims
