"""The grammar of attribution as regular expressions: what may stand between speaker, cue and content."""
import re

from claims.lexicon import CLAUSE_BREAKERS, CONTENT_NOUNS, SPEAKER_CUE_FILLERS

# Words that may stand between a speaker and the cue, and parentheses such as a party label ("(R-Ky.)").
FILLER_GAP = re.compile(r"^(?:[\s,]*(?:\b(?:" + "|".join(sorted(SPEAKER_CUE_FILLERS, key=len, reverse=True)) + r"|[a-z-]{3,}ly|\d{1,4})\b|\([^()]{1,40}\)))*\s*$", re.IGNORECASE)
RELATIVE_GAP = re.compile(r"^\s*,\s*(?:who|which|that)\b" + FILLER_GAP.pattern[1:], re.IGNORECASE)
# "X, a confidant of Y, said", "X, an official at Z, which has ..., said" and "X — a teacher — says":
# appositives between speaker and cue.
APPOSITIVE_GAP = re.compile(r"^\s*[,—–]\s*[\w'’-]+\b[^;:\"“”]{0,200}[,—–]\s*(?:\b(?:" + "|".join(SPEAKER_CUE_FILLERS) + r")\b\s*)*$")
COORDINATION = re.compile(r"\b(?:and|but)\s+(?:(?:" + "|".join(SPEAKER_CUE_FILLERS) + r")\s+)*$", re.IGNORECASE)
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
    rf"(?:\s+(?:the|any|all|recent|earlier)?\s*(?:{'|'.join(sorted(CONTENT_NOUNS))}))?\s+that\b",
    re.IGNORECASE,
)
# `S: "Q"`, and `S ― "Q"` as vox-pop lists set it.
COLON_BEFORE = re.compile(r"\s*(:|―|—)\s*")
DASH_AFTER = re.compile(r"[\s,]*(—|–|―|--?)\s*")
ADJUNCT_THEN_COLON = re.compile(rf"\s+{ADJUNCT_WORDS}\b[^:,;\"“”]{{0,40}}:", re.IGNORECASE)
WHAT_SAID_WAS = re.compile(r"^\s*(?:was|is|were|are|would be|will be)\b", re.IGNORECASE)
# A later attribution ends the content only when a conjunction joins it on ("..., given Washington has said").
SUBORDINATE_BEFORE = re.compile(r"(?:[,;]\s*|\s+(?:given|because|since|as|while|although|though|whereas|but|and|so|after|before|when|if|even as|even though)\s+|[,;]\s*(?:and|but)\s+)$", re.IGNORECASE)
SUBORDINATOR_WINDOW = 20  # the conjunction stands right before the later attribution
# Forms of reporting verbs that are far more often plural nouns ("her opening remarks"): after a plain noun
# phrase they are not cues. After a name or pronoun ("Trump remarks that ...") they still are.
PLURAL_NOUN_FORMS = frozenset("remarks claims reports notes comments calls tweets charges pledges promises vows estimates forecasts posts quotes".split())
# Verbs that also name things: "a play called 'Sons of Trump'" reports nothing.
NAMING_VERBS = frozenset({"call"})
SINGULAR_DETERMINER = re.compile(r"(?:a|an|one|this|every|each|another)\s", re.IGNORECASE)
# An opening participle or prepositional phrase before the main clause ("Speaking to reporters, ...").
CLAUSE_OPENER = re.compile(r"(?:[A-Z][a-z]+ing|After|Before|During|In|On|At|Speaking|Asked|Earlier|Later)\b[^,]*,")
PREPOSITION_BEFORE = re.compile(r"\b(?:of|to|with|for|in|on|at|by|from|about|against|than|into|over|under)\s+$", re.IGNORECASE)
# Content stops where a new clause starts after a comma ("..., though Tokyo had lobbied ...").
CLAUSE_BREAK = re.compile(r",\s+(?:" + "|".join(CLAUSE_BREAKERS) + r")\b", re.IGNORECASE)
# ", a figure Tokyo disputes": an appositive that disputes the words before it.
DISPUTE_APPOSITIVE_NOUN = re.compile(r",\s+(?P<phrase>(?:a|an|the)\s+(?:[\w%-]+\s+){1,2}?(?:that\s+|which\s+)?)$")
MIN_CONTENT_WORDS = 2
MAX_ADJUNCT_WORDS = 6
# Short words after a cue that open with a preposition or a time word are an adjunct, not content.
ADJUNCT_ONLY = re.compile(rf"(?:{ADJUNCT_WORDS}|with|for|about|into|by|week|month|year|morning|night|afternoon|evening|recently|now)\b", re.IGNORECASE)
# What may follow a cue that often takes a noun object for it still to report speech: "that", a colon or
# quotation, the end of the clause, or a subject pronoun starting a clause ("announced it would ...").
CLAUSE_OR_QUOTE_AFTER = re.compile(r"\s*[:,]?\s*[\"“]|\s*[.,]|\s*$|\s+(?:it|he|she|they|we|i)\s+[a-z]", re.IGNORECASE)
# ", is doing much better": a clause resumes after "C, she said," — not an adjunct, cue or new clause.
PARENTHETICAL_REST = re.compile(
    rf"\s*,\s+(?!{ADJUNCT_WORDS}\b|[a-z]+ing\b|(?:and|but|while|though|although|because|as|who|which|when)\b)(?=[a-z])",
    re.IGNORECASE,
)
AND_THAT = re.compile(r"\s*,?\s+and\s+that\s+", re.IGNORECASE)
# A clause about the speaking itself ("... when he made the move"): it ends the content.
SPEECH_CIRCUMSTANCE = re.compile(r"\s+(?:when|as|after|before|while)\s+(?:he|she|they)\b")
TRAILING_JOINERS = re.compile(r"(?:[\s,;:\-—–]+|\s+(?:given|because|since|while|and|but|though|although|that|with|so)\b)+$", re.IGNORECASE)
TRAILING_WINDOW = 40  # joiners are short: look for them at the end only
LEADING_JOINERS = re.compile(r"^(?:[\s,:;\-—–]+|(?:that|only that)\s+)+", re.IGNORECASE)
# What may follow a trailing attribution ("..., he said on Friday afternoon, as ..."): the clause is over.
ADJUNCT_START = re.compile(
    rf"\s*(?:[.,;!?]|$|(?:{ADJUNCT_WORDS}|when|while|as|of|adding|noting|citing|without|with|morning|afternoon|evening|night)\b)",
    re.IGNORECASE,
)
# Who was told: "told reporters", "told the council", "told Reuters", "told her".
LISTENER = re.compile(r"\s+(?:reporters|journalists|the (?!that\b)[\w-]+(?: (?!that\b)[a-z-]+(?=\s+that\b))?|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*|him|her|them|us|me|lawmakers|an? [\w-]+)\b")
