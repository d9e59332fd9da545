"""The article's own voice: words of the publication next to a claim that dispute it ("falsely claimed")."""
import re

from claims.lexicon import ARTICLE_VOICE, FALSITY_MODIFIERS, INTENSIFIERS
from claims.model import Claim, Dispute
from claims.rules.registry import rule
from claims.spans import SpanIndex

from claims.disputes.words import SENTENCE_END, alternation, phrase_pattern

ARTICLE_VOICE_RULE = rule(
    "article-voice",
    'The publication\'s own words dispute a claim: "falsely claimed", "said, without evidence", "…, but that is untrue".',
    "Lena Vogt falsely claimed that the harbour had been sold.",
    finds="dispute",
)
ADVERB_BEFORE_CUE = re.compile("(" + phrase_pattern(tuple(w for kind, w in ARTICLE_VOICE if kind == "adverb")).pattern + r")\s+$", re.IGNORECASE)
AFTER = re.compile(r"[\s,\"”’']*(" + phrase_pattern(tuple(w for kind, w in ARTICLE_VOICE if kind == "after")).pattern + ")", re.IGNORECASE)
FALSITY = phrase_pattern(FALSITY_MODIFIERS)  # "…, relying on a discredited study"
SENTENCE_REACH = 300  # characters after a claim that its sentence's rest may run
REACH = 25  # characters before a cue searched for an adverb
# The rest of the claim's sentence calls it false: "…, but records show that's untrue."
POINTER_FALSE = re.compile(
    r"\b(?:that|this|which|it)(?:['’]s|\s+(?:is|was|isn['’]t|wasn['’]t))\s+(?:(?:" + alternation(INTENSIFIERS) + r")\s+)*"
    r"(?:not\s+true|untrue|false|incorrect|inaccurate|not\s+the\s+case)\b",
    re.IGNORECASE,
)


def _claimed(claims: list[Claim]) -> SpanIndex:
    """Where any claim's content stands (nested claims merged into the claims holding them)."""
    merged: list[list[int]] = []
    for start, end in sorted(claim.span for claim in claims):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return SpanIndex([(start, end) for start, end in merged])


def _marker(text: str, claim: Claim, claimed: SpanIndex) -> tuple[int, int] | None:
    """The span of the publication's disputing words around the claim, if any."""
    if claim.cue_span:
        start = claim.cue_span[0]
        if adverb := ADVERB_BEFORE_CUE.search(text, max(0, start - REACH), start):
            return adverb.span(1)
        if after := AFTER.match(text, claim.cue_span[1]):
            return after.span(1)
    if after := AFTER.match(text, claim.span[1]):
        return after.span(1)
    end = claim.span[1]
    sentence_end = (match.start() if (match := SENTENCE_END.search(text, end, end + SENTENCE_REACH)) else end + SENTENCE_REACH)
    for pattern in (POINTER_FALSE, FALSITY):
        if (found := pattern.search(text, end, sentence_end)) and not claimed.covers(found.start()):
            return found.span()
    return None


def voice_disputes(text: str, claims: list[Claim], publisher: str) -> None:
    """Add the publication's dispute to each claim its own words call false or unsupported."""
    claimed = _claimed(claims)
    for claim in claims:
        if claim.attribution == "unattributed" or any(d.rule == ARTICLE_VOICE_RULE for d in claim.disputes):
            continue
        if span := _marker(text, claim, claimed):
            claim.disputes.append(Dispute(publisher, "the publication", text[slice(*span)], span, None, ARTICLE_VOICE_RULE))
