"""Grounds of a denial: "X denied the report, saying C" — C is X's claim too, a denial in its own right."""
import re
from typing import Final

from claims.model import Claim
from claims.rules.registry import rule

from claims.disputes.propositions import clause_end

DENIAL_GROUNDS: Final = rule(
    "denial-grounds",
    'The participle after a denial with a noun object: "X denied the report, saying C" gives X\'s claim C.',
    "Tom Reyes reported that the harbour board had missed its targets. The board denied the report, saying this year's targets would be met.",
)
GROUNDS: Final = re.compile(r",\s+(?P<cue>saying|adding|noting|arguing|insisting|explaining|countering)\s+(?:that\s+)?", re.IGNORECASE)


def grounds_claims(text: str, claims: list[Claim]) -> list[Claim]:
    """A claim for the grounds given after every denial whose content is a noun object ("the report")."""
    taken = {claim.span[0] for claim in claims}
    found: list[Claim] = []
    for claim in claims:
        if claim.stance != "denial" or claim.kind == "direct" or not (after := GROUNDS.match(text, claim.span[1])):
            continue
        start = after.end()
        end = clause_end(text, start)
        if end - start < 2 or any(start <= other < end for other in taken):
            continue
        found.append(Claim(
            id=f"g{len(found) + 1}", content=text[start:end], span=(start, end), kind="indirect", cue=after.group("cue"),
            cue_span=after.span("cue"), speaker=claim.speaker, attribution=claim.attribution, stance="denial",
            segments=[(start, end)], rule=DENIAL_GROUNDS,
        ))
    return found
