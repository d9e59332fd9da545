"""The accused insisting: "The federation banned sprinter Leah Okafor … Okafor has insisted the sample was clean."
A party the article has just reported banned, charged or sacked answers the case against them when they insist or
maintain something: a counter-claim, so a denial (DISPUTES.md rule 2). Insisting alone denies nothing ("The
developer insists the estate will include a bus route")."""
import re
from typing import Final

from claims.lexicon import REPORTING_VERBS
from claims.model import Claim

from claims.disputes.keys import holds_key_word
from claims.disputes.words import sentence_start

INSISTING: Final = frozenset({"insist", "maintain"})
# What the article does to a party it reports sanctioned: "banned sprinter Leah Okafor", "Okafor was suspended".
SANCTIONS: Final = frozenset(
    "banned suspended sacked fired dismissed charged accused fined arrested disqualified convicted sued expelled censured".split()
)
SANCTION: Final = "|".join(sorted(SANCTIONS))
LOOK_BACK: Final = 400  # characters before the claim's sentence in which the sanction is told
NAME_AFTER_SANCTION: Final = rf"\b(?:{SANCTION})\s+(?:[\w’'-]+,?\s+){{{{0,4}}}}?{{name}}\b"  # "banned sprinter Leah Okafor"
NAME_BEFORE_SANCTION: Final = rf"\b{{name}}\b[^.!?]{{{{0,60}}}}?\b(?:is|was|were|has\s+been|had\s+been|have\s+been)\s+(?:{SANCTION})\b"


def insists_against_sanction(text: str, claim: Claim) -> bool:
    """Whether the claim insists (INSISTING) and its speaker is the party the article told, just before, it had
    sanctioned (SANCTIONS): the accused answering the case against them."""
    if REPORTING_VERBS.get(claim.cue.lower()) not in INSISTING or claim.speaker is None or claim.cue_span is None:
        return False
    end = sentence_start(text, min(claim.span[0], claim.cue_span[0]))
    before = text[max(0, end - LOOK_BACK) : end]
    if not holds_key_word(SANCTIONS, before):
        return False
    name = re.escape(claim.speaker.name.split()[-1])
    return any(re.search(pattern.format(name=name), before) for pattern in (NAME_AFTER_SANCTION, NAME_BEFORE_SANCTION))
