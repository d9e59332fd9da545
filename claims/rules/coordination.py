"""Where the speaker's own next verb ends what they reported: "X denies that P and goes on to list …"."""
import re
from typing import Final

from claims.cues import Cue
from claims.model import Span
from claims.rules.sentence import Sentence

# Finite auxiliaries and copulas that tell the tense of a reported clause.
PAST_FINITES: Final = frozenset("was were had did".split())
PRESENT_FINITES: Final = frozenset("is are has have does do".split())
FINITE: Final = re.compile(r"\b(?:" + "|".join(sorted(PAST_FINITES | PRESENT_FINITES)) + r")\b")
# "and" with the next word: a verb of the speaker's when it takes the cue's tense, and more words follow it.
AND_VERB: Final = re.compile(r"\s+and\s+(?P<verb>[a-z]+)(?=\s+[\w“\"'])")


def cue_tense(cue: Cue) -> str | None:
    """"present" for a cue in the third person present ("denies"), "past" for a past form ("denied", "said")."""
    text = cue.text
    if cue.participle or " " in text or text == cue.lemma:
        return None
    if text.endswith("s") and text in (cue.lemma + "s", cue.lemma + "es", cue.lemma[:-1] + "ies"):
        return "present"
    return "past"


def _tense_of(verb: str) -> str | None:
    """The tense a coordinated verb shows by its ending: "goes" present, "asked" past."""
    if verb.endswith("ed"):
        return "past"
    if verb.endswith("s") and not verb.endswith(("ss", "us", "is")):
        return "present"
    return None


def speaker_verb_cut(sentence: Sentence, cue: Cue, span: Span) -> Span:
    """The content up to where "and" joins a verb of the speaker's own: a verb in the cue's tense after a clause
    whose first auxiliary is in the other tense ("denies that the vote was rigged and goes on to …")."""
    tense = cue_tense(cue)
    if tense is None or sentence.is_quotation(span):
        return span
    text = sentence.text
    finite = FINITE.search(text, *span)
    if finite is None or (finite[0] in PAST_FINITES) == (tense == "past"):
        return span
    for joined in AND_VERB.finditer(text, finite.end(), span[1]):
        if _tense_of(joined["verb"]) == tense and not sentence.inside_quote(joined.start()):
            return (span[0], joined.start())
    return span
