"""Reporting cues in a sentence: verbs of saying, "according to", and refusals that are not claims."""
import re
from dataclasses import dataclass

from claims.lexicon import (
    DENIAL_VERBS,
    NON_CLAIM_CUES,
    NOUN_OBJECT_VERBS,
    OBJECT_VERBS,
    REPORTING_VERBS,
)
from claims.model import Span
from claims.spans import SpanIndex

# Every lower-case word (and "pointed out"-style pairs) is looked up in the verb table: one dictionary
# look-up per word is far faster than a regex alternation of a few hundred forms.
VERB_CANDIDATE = re.compile(r"(?<![\w-])[a-z]+(?: out\b)?")  # not "so-called"
ACCORDING_TO = re.compile(r"\b[Aa]ccording to\b")
NON_CLAIM = re.compile("|".join(re.escape(phrase) for phrase in NON_CLAIM_CUES), re.IGNORECASE)
# A verb form used as a noun or in the passive is no cue: "the claims", "his remarks", "was reported".
NOT_A_CUE_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|their|its|our|my|your|these|those|such|this|new|previous|recent|"
    r"false|many|some|several|to|whose|unconfirmed|unsubstantiated)\s+$|['’]s\s+$",
    re.IGNORECASE,
)
# After a form of "be", a past participle is passive ("was told"), but an -ing form is progressive ("is saying").
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+$", re.IGNORECASE)


@dataclass
class Cue:
    """A reporting verb or phrase, with the lemma that the verb lists know it by."""

    span: Span
    text: str
    lemma: str
    according_to: bool = False

    @property
    def denial(self) -> bool:
        return self.lemma in DENIAL_VERBS

    @property
    def takes_object(self) -> bool:
        return self.lemma in OBJECT_VERBS

    @property
    def needs_clause(self) -> bool:
        """Whether the verb often takes a noun object, so content must be a that-clause or a quotation."""
        return self.lemma in NOUN_OBJECT_VERBS

    @property
    def participle(self) -> bool:
        return self.text.endswith("ing")


def _verb_forms(text: str, start: int, end: int):
    """(span, form) of every reporting-verb form between start and end."""
    for match in VERB_CANDIDATE.finditer(text, start, end):
        word = match.group()
        if word in REPORTING_VERBS:
            yield match.span(), word
        elif (single := word.split(" ")[0]) in REPORTING_VERBS:
            yield (match.start(), match.start() + len(single)), single


def find_cues(text: str, start: int, end: int, quoted: SpanIndex) -> list[Cue]:
    """Cues between start and end that stand outside quotations, in text order."""
    cues = []
    for span, form in _verb_forms(text, start, end):
        before = max(start, span[0] - 20)
        cue = Cue(span, form, REPORTING_VERBS[form])
        if quoted.covers(span[0]) or NOT_A_CUE_BEFORE.search(text, before, span[0]):
            continue
        if not cue.participle and PASSIVE_BEFORE.search(text, before, span[0]):
            continue
        cues.append(cue)
    for match in ACCORDING_TO.finditer(text, start, end):
        if not quoted.covers(match.start()):
            cues.append(Cue(match.span(), match.group(), "according to", according_to=True))
    return sorted(cues, key=lambda cue: cue.span)


def refusals(text: str, start: int, end: int) -> list[Span]:
    """Spans of "declined to comment" and the like: nothing said there is a claim."""
    return [match.span() for match in NON_CLAIM.finditer(text, start, end)]
