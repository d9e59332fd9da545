"""The plain object of a denial verb: something said ("rejected the allegations"), or with "deny" a thing
withheld ("denied bail", "denying licences"), which makes no claim."""
import re
from typing import Final

from claims.lexicon import DENIED_OBJECTS, OWNED_OBJECTS
from claims.patterns import THAT_POINTING

WITHHOLDING_VERBS: Final = frozenset({"deny"})  # lemmas of the denial verbs that also mean "refuse to give"
# After the verb, a clause, a quotation or nothing: what is denied was said ("denied that …", "denied he had").
SAID_AFTER: Final = re.compile(r"\s*(?:[:,]?\s*[\"“]|[.,;!?]|$|(?:ever\s+)?\w+ing\b|(?:that|he|she|they|we|i|it)\b)", re.IGNORECASE)
# The object: its words up to punctuation, a preposition or a clause ("licences to vendors", "him entry at …").
OBJECT: Final = re.compile(r"[^,.;:!?\"“”]*?(?=\s+(?:to|at|for|in|on|from|with|over|until|after|before|because|since|and|or|that)\b|[,.;:!?\"“”]|$)", re.IGNORECASE)
WORD: Final = re.compile(r"[a-z]+", re.IGNORECASE)
# A finite verb in the object makes it a clause: "denies the wall is unsafe".
FINITE: Final = frozenset("is are was were has have had will would can could did does do should may might must".split())
POSSESSIVE: Final = re.compile(r"['’]s?\b")
THAT_AFTER: Final = re.compile(r"\s+that\b", re.IGNORECASE)
# An object that names whose it was: "the agency's warning", "Vogt's earlier comments"; not "his comments", whose
# owner may be the denier.
OWNED_OBJECT: Final = re.compile(
    rf"\w['’]s?\s+(?:[\w-]+\s+)?(?:{'|'.join(sorted(OWNED_OBJECTS))})\b", re.IGNORECASE
)


def _object_words(text: str, verb_end: int, end: int) -> list[str]:
    found = OBJECT.match(text, verb_end, end)
    return [word.lower() for word in WORD.findall(POSSESSIVE.sub("", found.group()))] if found else []


def names_something_said(text: str, verb_end: int, end: int) -> bool:
    """Whether the plain object after a denial verb is something said: "rejected the allegations", "dismissed
    Vogt's account", "rejected the agency's warning" (a warning or remarks with their owner named); not one that names what was said ("rejected Vogt's claim that …": the clause rules read it); "that"
    pointing back ("rejected that conclusion.")."""
    if THAT_POINTING.match(text, verb_end, end):
        return True  # "rejected that conclusion."
    found = OBJECT.match(text, verb_end, end)
    if found is None or THAT_AFTER.match(text, found.end(), end):
        return False
    return any(word in DENIED_OBJECTS for word in _object_words(text, verb_end, end)) or OWNED_OBJECT.search(found.group()) is not None


def withheld(text: str, lemma: str, verb_end: int, end: int) -> bool:
    """Whether the verb ending at `verb_end` withholds a thing ("denied bail") rather than denying what was said."""
    if lemma not in WITHHOLDING_VERBS or SAID_AFTER.match(text, verb_end, end):
        return False
    return not any(word in DENIED_OBJECTS or word in FINITE for word in _object_words(text, verb_end, end))
