"""A person who answers in a sentence of their own ("Rubio disagreed.") is who the next "he" or "she" is."""
import re
from typing import Final

from claims.lexicon import COUNTER_CUES
from claims.mentions import Mention
from claims.rules.sentence import Sentence
from claims.rules.speakers import is_subject

from claims.disputes.words import alternation

# What may stand before the subject ("But", "On Monday,") and between it and the cue ("strongly").
OPENING: Final = re.compile(r"\W*(?:[\w’'-]+,?\s+){0,3}$")
# The rest of the sentence after the subject: an answering verb, then at most a short object ("with him").
ANSWERED: Final = re.compile(rf"[\s,]+(?:\w+ly\s+)?(?:{alternation(COUNTER_CUES)})\b[^.!?\"“”]{{0,60}}[.!?]?\W*$", re.IGNORECASE)


def answering_person(sentence: Sentence) -> Mention | None:
    """The person of a sentence that only says they answered ("Vogt disagreed.", "Grant hit back at the mayor.")."""
    if not any(m.kind == "person" for m in sentence.mentions):
        return None  # as in most sentences: whatever its first subject is, it is no person
    first = next((m for m in sentence.mentions if is_subject(sentence, m)), None)  # the first of `subjects`
    if first is None or first.kind != "person" or not OPENING.fullmatch(sentence.text, sentence.span[0], first.span[0]):
        return None
    return first if ANSWERED.fullmatch(sentence.text, first.span[1], sentence.span[1]) else None
