"""A business named again by what it is: "Swiftline rejects her account. The company says …" — "the company" is
the denier when the article calls the denier a business ("the parcel firm Swiftline", "Corvane Medical, the
Leeds-based maker of hearing implants")."""
import re
from typing import Final

from claims.lexicon import BUSINESS_WORDS
from claims.model import Claim

# Mentions that name a business by its kind alone, as newsrooms name one just named.
KIND_MENTIONS: Final = frozenset({"the company", "the firm"})
BUSINESS_WORD: Final = "(?i:" + "|".join(sorted((re.escape(word) for word in BUSINESS_WORDS), key=len, reverse=True)) + ")"
# A business word before the name ("the parcel firm Swiftline"), or after it in the name itself ("Calder Holdings")
# or in an appositive ("Corvane Medical, the Leeds-based maker of …").
CALLED_A_BUSINESS: Final = (
    rf"\b(?:{BUSINESS_WORD})\s+(?:[A-Z][\w&.-]*\s+)*{{name}}\b"
    rf"|\b{{name}}(?:\s+[A-Z][\w&.-]*)*(?:\s+(?:{BUSINESS_WORD})\b|,\s+(?:the|a|an)\s+(?:[\w-]+\s+){{{{0,3}}}}(?:{BUSINESS_WORD})\b)"
)


def named_again_as_business(text: str, denial: Claim, claim: Claim) -> bool:
    """Whether the claim's speaker is "the company" or "the firm" and the denier is a business: one its own words
    call so ("The courier firm Delmont") or one the article names (`CALLED_A_BUSINESS`), so that both are one party."""
    if claim.speaker is None or denial.speaker is None or claim.speaker.mention.lower() not in KIND_MENTIONS:
        return False
    if not BUSINESS_WORDS.isdisjoint(denial.speaker.name.lower().split()):
        return True
    name = re.escape(denial.speaker.name)
    return re.search(CALLED_A_BUSINESS.format(name=name), text) is not None
