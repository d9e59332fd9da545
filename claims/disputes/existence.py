"""Flat denials of existence: "There is no evidence that P", "There is not a single study", "There is no deal and
there has never been one" (DISPUTES.md rule 2). A sentence that says only that something is not there denies
another party's word that it is, when it names what would prove it, a misconduct no sign of which was seen, or
says it twice over; "there is no need", "no sign of a recovery" deny nothing."""
import re
from typing import Final

from claims.lexicon import ABSENT_PROOF, WRONGDOING_NOUNS

from claims.disputes.keys import holds_key_word
from claims.disputes.words import alternation

THERE_IS: Final = r"there(?:['’]s|\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been))\s+(?:(?:absolutely|simply|just|really|still|also)\s+)?"
OPENS: Final = r"(?:^|[.!?;:][\"”’]?\s+|\b(?:but|and|that)\s+)[\"“]?"  # where a sentence or a clause of its own starts
MODIFIERS: Final = r"(?:[\w-]+\s+){0,2}?"  # "no credible evidence", "no sign of any widespread fraud"
# What a proof said to be missing is of: a clause, a thing, a charge, or nothing more ("no evidence yet on how many
# beds are needed" asks what is unknown).
PROOF_OF: Final = r"(?:\s+(?:whatsoever|at\s+all))?(?:\s+(?:that|of|for|to\s+(?:support|suggest|show|back|prove))\b|\s*(?:[,.;!?\"”’]|$))"
EXISTENCE_DENIED: Final = re.compile(
    rf"{OPENS}{THERE_IS}(?:"
    rf"no\s+{MODIFIERS}(?:{alternation(ABSENT_PROOF)})\b{PROOF_OF}"  # "there is no evidence that P"
    rf"|no\s+(?:signs?|trace|hint)\s+(?:of|that)\s+{MODIFIERS}(?:{alternation(WRONGDOING_NOUNS)})\b"  # "no sign of fraud"
    r"|not\s+(?:a\s+single|one\s+single)\s+[\w-]+\b(?!\s+who\b)"  # "There is not a single trial", not "… a single voter who"
    r"|no\s+[\w-]+(?:\s+[\w-]+)?\W+(?:and|or|nor)\s+there(?:['’]s|\s+(?:is|was|are|were|has|have|had|will))\s+(?:never|no|not)\b"  # "no deal and there has never been"
    r")",
    re.IGNORECASE,
)
THERE: Final = frozenset({"there"})  # the key word every match holds (`holds_key_word`)


def denies_existence(content: str) -> bool:
    """Whether a sentence or clause of the content flatly says that something another party asserts is not there."""
    return holds_key_word(THERE, content) and EXISTENCE_DENIED.search(content) is not None
