"""A quotation split by its attribution whose first sentence denies: '"That is a lie," she said. "The pier is safe."'

The denial is a claim of its own, and so are the words after it, the denier's counter-claim (a denial too,
DISPUTES.md rule 2): each answers the claim denied. A quotation whose first part denies nothing stays one claim.
"""
from dataclasses import replace

from claims.model import SEGMENT_JOINER, Claim
from claims.rules.registry import rule

from claims.disputes.polarity import denying_words, relayed_denial

SPLIT_DENIAL = rule(
    "split-quote-denial",
    'A quotation split by its attribution whose first sentence denies: the denial and the rest are two claims, both denials.',
    'Tom Reyes said the pier was unsafe. "That is simply not true," Lena Vogt said. "The pier was inspected in May."',
)


def split_denials(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims, each split quotation that opens with a denial and goes on with a new sentence made two claims."""
    return [part for claim in claims for part in _parts(text, claim)]


def _parts(text: str, claim: Claim) -> list[Claim]:
    segments = claim.segments
    if claim.kind != "direct" or len(segments) < 2 or not _opens_sentence(text, segments[1][0]):
        return [claim]
    first = text[slice(*segments[0])]
    if denying_words(first) is None and relayed_denial(first) is None:
        return [claim]
    rest = SEGMENT_JOINER.join(text[start:end] for start, end in segments[1:])
    return [
        replace(claim, content=first, quote=first, span=segments[0], segments=[segments[0]], rule=SPLIT_DENIAL),
        replace(claim, id=f"{claim.id}-rest", content=rest, quote=rest, span=(segments[1][0], segments[-1][1]),
                segments=list(segments[1:]), disputes=[], rule=SPLIT_DENIAL),
    ]


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the quotation's next part begins a sentence of its own (a capital), not the rest of the first one."""
    return text[start : start + 1].isupper()
