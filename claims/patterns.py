"""Regular expressions that several extraction rules share; each rule's own patterns stand next to it."""
import re

from claims.lexicon import CONTENT_NOUNS, SPEAKER_CUE_FILLERS

# Words that may stand between a speaker and the cue, and parentheses such as a party label ("(R-Ky.)").
FILLER_CHAIN = (
    r"(?:[\s,]*(?:\b(?:" + "|".join(sorted(SPEAKER_CUE_FILLERS, key=len, reverse=True))
    + r"|[a-z-]{3,}ly|\d{1,4})\b|\([^()]{1,40}\)))*\s*$"
)
FILLER_GAP = re.compile("^" + FILLER_CHAIN, re.IGNORECASE)  # the whole gap is fillers
# The fillers that end a stretch of text: searched for in a bounded window before the cue only, so that
# the search costs the same for every cue whatever the sentence's length.
TRAILING_FILLERS = re.compile(FILLER_CHAIN, re.IGNORECASE)
TRAILING_FILLERS_WINDOW = 200
# "said in a statement on Monday that ...", "added only that ...": adjuncts between the cue and "that".
ADJUNCT_WORDS = (
    r"(?:in|on|at|to|during|after|before|last|this|earlier|later|late|from|via|through|only|also|again|repeatedly|"
    r"previously|publicly|privately|separately|recently|once|then|today|yesterday|twice|often|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|"
    r"october|november|december)"
)
# ... or a noun that introduces the content: "rejected claims that ...".
THAT_AFTER_ADJUNCT = re.compile(
    rf"^(?:\s*,)?(?:\s+{ADJUNCT_WORDS}\b(?:\s+[\w.'’-]+){{0,6}}?)?"
    rf"(?:\s+(?:the|a|an|any|all|recent|earlier)?\s*(?:{'|'.join(sorted(CONTENT_NOUNS))})"
    rf"(?:\s+(?:by|from|in)\s+(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){{0,3}})?)?\s+that\b",
    re.IGNORECASE,
)
# What may follow a trailing attribution ("..., he said on Friday afternoon, as ..."): the clause is over.
ADJUNCT_START = re.compile(
    rf"\s*(?:[.,;!?]|$|(?:{ADJUNCT_WORDS}|when|while|as|of|adding|noting|citing|without|with|morning|afternoon|evening|night)\b)",
    re.IGNORECASE,
)
