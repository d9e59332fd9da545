"""Retracted claims: the article telling that a claim was taken back ("before reversing himself", "later
retracted the claim", "the report was later corrected") is the publication disputing it."""
import re
from collections.abc import Iterator
from typing import Final

from claims.lexicon import RETRACTING_FORMS
from claims.model import Claim, Dispute
from claims.rules.registry import rule
from claims.spans import SpanIndex

from claims.disputes.keys import any_between, opening_with, openings, per_article
from claims.disputes.subjects import stands_for_speaker
from claims.disputes.voice import merged_index
from claims.disputes.words import FOLLOWING_REACH, alternation, same_entry, sentence_end_after

RETRACTED_CLAIM: Final = rule(
    "retracted-claim",
    'The article tells that a claim was taken back: "…, before reversing himself", "She later retracted the claim", "The report was later corrected".',
    "Tom Reyes said the harbour had been sold, before reversing himself.",
    finds="dispute",
)
TAKEN_BACK: Final = alternation(RETRACTING_FORMS)
WHAT_WAS_SAID: Final = r"(?:report|story|tweet|post|article|claim|statement|remark|comment|assertion|account)s?"
# What is taken back: the speaker's own words, pointed at.
TAKEN_BACK_OBJECT: Final = (
    rf"(?:(?:the|that|this|these|those|his|her|their|its)\s+(?:[\w’'-]+\s+)?{WHAT_WAS_SAID}|himself|herself|themselves|itself|it|that|this|them)\b"
)
LATER: Final = r"(?:(?:later|since|subsequently|quickly|then|swiftly)\s+)?"
# In the claim's own sentence, after it: "…, before reversing himself", "…, only to retract it".
RETRACTED_AFTER: Final = re.compile(
    rf"\b(?:before|then|later|only\s+to|but\s+later|and\s+later)\s+(?:{TAKEN_BACK})\s+{TAKEN_BACK_OBJECT}", re.IGNORECASE
)
# In a sentence after it: "She later retracted the claim.", "The report was later corrected."
RETRACTED_LATER: Final = re.compile(
    rf"\b(?P<who>(?-i:[A-Z])[\w’'-]+|he|she|they)\s+(?:(?:has|have|had)\s+)?{LATER}(?:{TAKEN_BACK})\s+{TAKEN_BACK_OBJECT}"
    rf"|\b(?:the|that|this|his|her|their|its)\s+(?:[\w’'-]+\s+)?{WHAT_WAS_SAID}\s+(?:was|were|has\s+been|had\s+been)\s+{LATER}(?:{TAKEN_BACK})\b",
    re.IGNORECASE,
)
SENTENCE_REACH: Final = 300  # characters a claim's sentence may run on after it
LOOK_AROUND: Final = 120  # characters either side of a retracting verb read for the words around it
TAKEN_BACK_VERB: Final = re.compile(rf"(?<![\w'’-])(?:{TAKEN_BACK})(?![\w-])", re.IGNORECASE)
TAKEN_BACK_WORDS: Final = openings(form.split()[0] for form in RETRACTING_FORMS)  # what TAKEN_BACK_VERB's matches open with


@per_article
def retracting_verbs(text: str) -> list[int]:
    """Where the retracting verbs stand in the text, in order."""
    return [verb.start() for verb in opening_with(TAKEN_BACK_VERB, TAKEN_BACK_WORDS, text)]


def _retracted_in_sentence(text: str, claim: Claim, verbs: list[int]) -> tuple[int, int] | None:
    """The words after the claim in its own sentence that take it back: "…, before reversing himself" (`verbs`:
    where the retracting verbs stand, in order)."""
    end = max(claim.span[1], claim.cue_span[1] if claim.cue_span else 0)
    sentence_end = sentence_end_after(text, end, SENTENCE_REACH)
    stop = sentence_end.start() + 1 if sentence_end else min(len(text), end + SENTENCE_REACH)
    if not any_between(verbs, claim.span[0], stop):
        return None
    found = RETRACTED_AFTER.search(text, claim.span[0], stop)
    return found.span() if found else None


def _later_retractions(text: str, claimed: SpanIndex, verbs: list[int]) -> Iterator[re.Match[str]]:
    """Each sentence's words, outside every claim, telling that something said was taken back."""
    for verb in verbs:
        found = next((m for m in RETRACTED_LATER.finditer(text, max(0, verb - LOOK_AROUND), verb + LOOK_AROUND)
                      if m.start() <= verb < m.end()), None)
        if found and not claimed.covers(found.start()):
            yield found


def _retracted_claim(text: str, claims: list[Claim], found: re.Match[str]) -> Claim | None:
    """The claim just before a later retraction, when it is by whom the retraction names (anyone, for "the
    report was corrected")."""
    who = (found.group("who") or "").lower()
    earlier = [c for c in claims if c.span[1] <= found.start() and c.attribution != "unattributed"]
    nearest = max(earlier, key=lambda c: c.span[1], default=None)
    if nearest is None or found.start() - nearest.span[1] > FOLLOWING_REACH or not same_entry(text, nearest.span[1], found.start()):
        return None
    if who and not stands_for_speaker(who, nearest):
        return None
    return nearest


def retraction_disputes(text: str, claims: list[Claim], publisher: str) -> None:
    """Add the publication's dispute to each claim the article tells was taken back."""
    verbs = retracting_verbs(text)
    if not verbs:
        return
    claimed = merged_index(claim.span for claim in claims)
    found = [(claim, span) for claim in claims if claim.attribution != "unattributed" and (span := _retracted_in_sentence(text, claim, verbs))]
    found += [(claim, later.span()) for later in _later_retractions(text, claimed, verbs) if (claim := _retracted_claim(text, claims, later))]
    for claim, span in found:
        if not any(d.rule == RETRACTED_CLAIM for d in claim.disputes):
            claim.disputes.append(Dispute(publisher, "the publication", text[slice(*span)], span, None, RETRACTED_CLAIM))
