"""Rules for "according to": the source named after the cue, the content before or after it."""
import re
from typing import Final

from claims.rules.content import content_before, leading_contents, parenthetical_rest, reportable
from claims.rules.pairing import Attribution, Surroundings
from claims.rules.records import RawClaim
from claims.rules.registry import rule
from claims.rules.sentence import Sentence

DETERMINERS: Final = frozenset("a an the his her their its our my your".split())
AUXILIARIES: Final = frozenset("is are was were be been has have had will would can could should may might must do does did".split())
RELATIVE: Final = re.compile(r"\b(?:that|who|which|whose)\b")
PUNCTUATION: Final = "'’\"“”,.;:()"
POSSESSIVE: Final = re.compile(r"['’]s$")

CONTENT_ACCORDING_TO: Final = rule(
    "content-according-to", 'The content, then "according to" (or "as reported by") and its source.',
    "The ferry will stop running in October, according to the harbour board.",
)
ACCORDING_TO: Final = rule(
    "according-to", '"According to" (or "As reported by") and its source, then the content.',
    "According to Lena Vogt, the ferry will stop running in October.",
)


def _describes_source(words: str) -> bool:
    """Whether the words after the source are a noun phrase about it ("…, a charity that tracks donations", "…, her deputy"), not
    the rest of the clause ("…, the rise in costs is mainly due to age"): a determiner or possessive first, and no
    verb of the clause before a relative pronoun."""
    clause = [word.strip(PUNCTUATION) for word in RELATIVE.split(words, maxsplit=1)[0].split()]
    if not clause or not (clause[0].lower() in DETERMINERS or POSSESSIVE.search(clause[0])):
        return False
    return not any(word.lower() in AUXILIARIES or word.endswith("ed") for word in clause)


def according_to(sentence: Sentence, attribution: Attribution, around: Surroundings) -> list[RawClaim] | None:
    """"C, according to S" — or "According to S, C" and "In addition, according to S, C"; "as reported by S"
    stands as "according to S" does."""
    cue, mention = attribution.cue, attribution.mention
    if not (cue.according_to or cue.by_source):
        return None
    content = content_before(sentence, around.claimed_until, cue.span[0])
    if around.claimed_until > sentence.span[0] and not sentence.text[around.claimed_until : cue.span[0]].strip(" ,"):
        # '"Q," S said, according to the Gazette': the source reports the attribution before it, whole.
        content = content_before(sentence, sentence.span[0], cue.span[0])
    if content and reportable(sentence, content):
        # "Since May, according to the board, fares have doubled": the clause goes on after the source.
        rest = parenthetical_rest(sentence, mention.span[1], around.stops)
        rest = None if rest and _describes_source(sentence.text[slice(*rest)]) else rest
        return [RawClaim((content, rest) if rest else (content,), cue, mention, CONTENT_ACCORDING_TO)]
    spans = leading_contents(sentence, mention.span[1], around.stops, False)
    return [RawClaim((span,), cue, mention, ACCORDING_TO) for span in spans]
