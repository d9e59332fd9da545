"""Where the speaker's own next verb ends what they reported: "X denies that P and goes on to list …"."""
import re
from typing import Final

from claims.cues import GRANTING_VERBS, Cue
from claims.model import Span
from claims.rules.sentence import Sentence
from claims.scanning import is_w_character

# Finite auxiliaries and copulas that tell the tense of a reported clause.
PAST_FINITES: Final = frozenset("was were had did".split())
PRESENT_FINITES: Final = frozenset("is are has have does do".split())
FINITE_WORDS: Final = tuple(sorted(PAST_FINITES | PRESENT_FINITES))
# A point granted is one clause of "be": "accepted that the bid was too low and rejected it" goes on with the
# speaker's own verb even in the same tense (not so after "had": "accepted that he had cut costs and raised prices").
COPULAS: Final = frozenset("was were is are".split())
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
    whose first auxiliary is in the other tense ("denies that the vote was rigged and goes on to …"), or after a
    granted point whose verb is a copula."""
    tense = cue_tense(cue)
    if tense is None or sentence.is_quotation(span):
        return span
    text = sentence.text
    finite = first_finite(text, *span)
    if finite is None:
        return span
    granted = cue.lemma in GRANTING_VERBS and finite[1] in COPULAS
    if not granted and (finite[1] in PAST_FINITES) == (tense == "past"):
        return span
    for joined in AND_VERB.finditer(text, finite[0] + len(finite[1]), span[1]):
        if _tense_of(joined["verb"]) == tense and not sentence.inside_quote(joined.start()):
            return (span[0], joined.start())
    return span


def first_finite(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Where the first whole word of FINITE_WORDS in text[start:end] stands, and the word. A pattern of them would
    open with \\b and be tried at every character: str.find looks for each verb in C, and only its whole-word places
    count."""
    first: tuple[int, str] | None = None
    for word in FINITE_WORDS:
        position = text.find(word, start, end)
        while position >= 0 and (first is None or position < first[0]):
            after = position + len(word)
            if (position == 0 or not is_w_character(text[position - 1])) and (after == end or not is_w_character(text[after])):
                first = (position, word)
                break
            position = text.find(word, position + 1, end)
    return first
