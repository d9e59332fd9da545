"""Repeated claims: a speaker saying again the words quoted of them in a disputed claim is disputed again."""
from typing import Final

from claims.model import Claim, Dispute
from claims.rules.registry import rule

from claims.disputes.targets import quoted_stems, same_party
from claims.disputes.words import same_entry, stems

REPEATED_CLAIM: Final = rule(
    "repeated-claim",
    "A claim in which its speaker says again the words quoted of them in a disputed claim shares that claim's disputes.",
    'Lena Vogt said, without evidence, that the harbour works had "cost the town nothing." '
    '"The works cost the town nothing at all," Vogt said on Tuesday.',
    finds="dispute",
)
QUOTED_WORDS: Final = 3  # content words quoted: fewer are too often a catchword that others use too


def repeated_disputes(text: str, claims: list[Claim]) -> None:
    """Give each claim that repeats the quoted words of a disputed claim by the same speaker that claim's disputes."""
    found = []
    for claim in claims:
        quoted = quoted_stems(claim.content) if claim.disputes else frozenset()
        if len(quoted) < QUOTED_WORDS:
            continue
        for other in claims:
            if other is not claim and same_party(other, claim) and same_entry(text, claim.span[0], other.span[0]) and quoted <= stems(other.content):
                found += [(other, dispute) for dispute in claim.disputes if dispute.claim_id != other.id]
    for other, dispute in found:
        if not any(d.by == dispute.by for d in other.disputes):
            other.disputes.append(Dispute(dispute.by, dispute.mention, dispute.cue, dispute.span, dispute.claim_id, REPEATED_CLAIM))
