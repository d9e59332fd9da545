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
# The party sanctioned is the verb's object: at most a role ("sprinter", "its kit manager,") before the name, no
# reporting verb among them ("arrested three protesters, said Dunn") and none after the name, which makes it the
# teller of the sanction ("arrested three protesters, Dunn said"), nor a possessive ("arrested Dunn's son").
NAME_AFTER_SANCTION: Final = rf"\b(?:{SANCTION})\s+((?:[\w’'-]+,?\s+){{{{0,4}}}}?){{name}}\b(?!['’]s\b)(?:\W+(\w+))?"
# Or the subject of the passive, only an appositive between ("Okafor, 24, was suspended"): not a name that tells
# it ("Hale said a man was arrested").
NAME_BEFORE_SANCTION: Final = rf"\b{{name}}(?:\s*,[^,.!?]{{{{1,60}}}},)?\s+(?:is|was|were|has\s+been|had\s+been|have\s+been)\s+(?:{SANCTION})\b"


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
    return re.search(NAME_BEFORE_SANCTION.format(name=name), before) is not None or any(
        _untold(match) for match in re.finditer(NAME_AFTER_SANCTION.format(name=name), before)
    )


def _untold(match: re.Match[str]) -> bool:
    """Whether a match of NAME_AFTER_SANCTION has no reporting verb between the sanction and the name, nor just
    after the name."""
    between, after = match.group(1).replace(",", " ").split(), match.group(2)
    return not any(word.lower() in REPORTING_VERBS for word in [*between, *([after] if after else [])])
