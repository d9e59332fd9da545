""""denied bail", "denying licences": "deny" with a plain object that is a thing withheld, not something said."""
import re

from claims.lexicon import DENIED_OBJECTS

WITHHOLDING_VERBS = frozenset({"deny"})  # lemmas of the denial verbs that also mean "refuse to give"
# After the verb, a clause, a quotation or nothing: what is denied was said ("denied that …", "denied he had").
SAID_AFTER = re.compile(r"\s*(?:[:,]?\s*[\"“]|[.,;!?]|$|(?:ever\s+)?\w+ing\b|(?:that|he|she|they|we|i|it)\b)", re.IGNORECASE)
# The object: its words up to punctuation, a preposition or a clause ("licences to vendors", "him entry at …").
OBJECT = re.compile(r"[^,.;:!?\"“”]*?(?=\s+(?:to|at|for|in|on|from|with|over|until|after|before|because|since|and|or|that)\b|[,.;:!?\"“”]|$)", re.IGNORECASE)
WORD = re.compile(r"[a-z]+", re.IGNORECASE)
# A finite verb in the object makes it a clause: "denies the wall is unsafe".
FINITE = frozenset("is are was were has have had will would can could did does do should may might must".split())
POSSESSIVE = re.compile(r"['’]s?\b")


def withheld(text: str, lemma: str, verb_end: int, end: int) -> bool:
    """Whether the verb ending at `verb_end` withholds a thing ("denied bail") rather than denying what was said."""
    if lemma not in WITHHOLDING_VERBS or SAID_AFTER.match(text, verb_end, end):
        return False
    found = OBJECT.match(text, verb_end, end)
    words = WORD.findall(POSSESSIVE.sub("", found.group())) if found else []
    return not any(word.lower() in DENIED_OBJECTS or word.lower() in FINITE for word in words)
