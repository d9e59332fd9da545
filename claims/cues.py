"""Reporting cues in a sentence: verbs of saying, "according to", and refusals that are not claims."""
import re
from dataclasses import dataclass

from claims.lexicon import DENIAL_VERBS, NON_CLAIM_CUES, NOUN_OBJECT_VERBS, OBJECT_VERBS, REPORTING_VERBS
from claims.model import Span

_VERB_FORMS = "|".join(sorted((re.escape(form) for form in REPORTING_VERBS), key=len, reverse=True))
VERB = re.compile(rf"(?<![\w-])(?:{_VERB_FORMS})\b")  # not "so-called"
ACCORDING_TO = re.compile(r"\b[Aa]ccording to\b")
NON_CLAIM = re.compile("|".join(re.escape(phrase) for phrase in NON_CLAIM_CUES), re.IGNORECASE)
# A verb form used as a noun or in the passive is no cue: "the claims", "his remarks", "was reported".
NOT_A_CUE_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|their|its|our|my|your|these|those|such|this|new|previous|recent|"
    r"false|many|some|several|was|were|is|are|be|been|being|to|whose|unconfirmed|unsubstantiated)\s+$|['’]s\s+$",
    re.IGNORECASE,
)


@dataclass
class Cue:
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


def find_cues(text: str, start: int, end: int, quoted: list[Span]) -> list[Cue]:
    """Cues between start and end that stand outside quotations, in text order."""
    def outside_quotes(position: int) -> bool:
        return not any(q_start <= position < q_end for q_start, q_end in quoted)

    cues = []
    for match in VERB.finditer(text, start, end):
        if not outside_quotes(match.start()) or NOT_A_CUE_BEFORE.search(text, max(start, match.start() - 20), match.start()):
            continue
        cues.append(Cue(match.span(), match.group(), REPORTING_VERBS[match.group()]))
    for match in ACCORDING_TO.finditer(text, start, end):
        if outside_quotes(match.start()):
            cues.append(Cue(match.span(), match.group(), "according to", according_to=True))
    return sorted(cues, key=lambda cue: cue.span)


def refusals(text: str, start: int, end: int) -> list[Span]:
    """Spans of "declined to comment" and the like: nothing said there is a claim."""
    return [match.span() for match in NON_CLAIM.finditer(text, start, end)]
