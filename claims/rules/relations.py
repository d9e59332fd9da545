"""A relative named only by relation, who opens a short sentence of the present ("Her mother smiles."), is who
the next "he" or "she" most likely means: a profile's way of handing the story to them ("She says …")."""
import re
from typing import Final

from claims.lexicon import RELATION_WORDS
from claims.mentions import Mention
from claims.patterns import word_alternation
from claims.rules.sentence import Sentence

POSSESSIVE_OPENERS: Final[tuple[str, ...]] = ("His ", "Her ", "Their ")
# The relation, then a verb of the present ("smiles", "is", "nods"; not a plural noun's "s" after "ss").
RELATION_SUBJECT: Final = re.compile(
    rf"(?:His|Her|Their)\s+(?P<relation>{word_alternation(RELATION_WORDS)})\s+(?:is|has|[a-z]+[^s\W]s)\b"
)
MAX_WORDS: Final = 8  # a short sentence about them; a long one is the story's own narrative


def relation_subject(sentence: Sentence) -> Mention | None:
    """The relative ("Her mother") that opens a short sentence in the present as its subject, if one does."""
    text, start, end = sentence.text, sentence.span[0], sentence.span[1]  # a nested unpacking is read by iteration, compiled
    if not text.startswith(POSSESSIVE_OPENERS, start):
        return None  # as most sentences: the precheck is one comparison
    found = RELATION_SUBJECT.match(text, start, end)
    if found is None or len(text[start:end].split()) > MAX_WORDS:
        return None
    phrase = text[start : found.end("relation")]
    return Mention((start, found.end("relation")), phrase, "anonymous", phrase, title=found["relation"])
