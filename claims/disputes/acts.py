"""Denials the article tells but quotes nothing of: "Vogt rejected that account.", "The council disagreed."

The words denied are only a pointer, so no claim is made of them (DISPUTES.md rule 4 makes such a denial
optional), but the claim they point back at is disputed by the subject of the denial verb.
"""
import re
from bisect import bisect_left

from claims.lexicon import CONTENT_NOUNS, CONTRADICTING_CUES, DENIAL_FORMS, STATEMENT_NOUNS
from claims.model import Claim

from claims.disputes.link import Link
from claims.disputes.polarity import NOT_DENYING_BEFORE
from claims.disputes.subjects import subject_of
from claims.disputes.targets import DENIAL_POINTS_BACK, nearest_answered
from claims.disputes.voice import merged_index
from claims.disputes.words import alternation

POINTED = alternation(CONTENT_NOUNS | STATEMENT_NOUNS)
# A denial verb whose object only points back, ending its sentence: "rejected that.", "disputed the account outright."
# A possessive object ("his earlier comments") names an owner the nearest claim need not be by: left out.
# Or a contradicting cue with nothing after it: "Vogt disagreed.", "The council pushed back."
POINTER_OBJECT = rf"(?:(?:the|this|that|these|those|such)\s+(?:[\w’'-]+\s+)?(?i:{POINTED})|that|this|it|these|those|them)"
TOLD_DENIAL = re.compile(
    rf"\b(?:(?P<verb>{alternation(DENIAL_FORMS)})\s+{POINTER_OBJECT}|(?P<alone>{alternation(CONTRADICTING_CUES)}))"
    r"(?:\s+\w+ly)?\s*(?=[.;!?]|$)",
    re.IGNORECASE,
)
LOOK_BACK = 40  # characters before the verb searched for a refusal ("declined to dispute that")


def told_denial_links(text: str, claims: list[Claim]) -> list[Link]:
    """A link to the claim just before from each told denial that stands outside every claim."""
    spoken = merged_index(span for claim in claims for span in (claim.span, claim.cue_span) if span)
    starts = [claim.span[0] for claim in claims]
    links = []
    for found in TOLD_DENIAL.finditer(text):
        cue = "verb" if found.group("verb") else "alone"
        verb = found.start(cue)
        if spoken.covers(verb) or NOT_DENYING_BEFORE.search(text, max(0, verb - LOOK_BACK), verb):
            continue
        if not (by := subject_of(text, claims, verb)):
            continue
        denial = Claim(
            id="", content=found.group(), span=found.span(), kind="indirect", cue=found.group(cue), cue_span=found.span(cue),
            speaker=by, attribution="unattributed", stance="denial",
        )
        position = bisect_left(starts, verb)
        if target := nearest_answered([*claims[:position], denial], position):
            links.append(Link(target, denial, DENIAL_POINTS_BACK))
    return links
