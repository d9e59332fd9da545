"""Whether a statement on record is disputed: a recorded dispute, or a fact-check rating it false or misleading."""
from sources.model import RecordedDispute
from sources.normalise import normalise

# Textual ratings (ClaimReview `reviewRating.alternateName`) that mean the claim does not stand, as used by
# PolitiFact, Full Fact, AFP Fact Check, Snopes and the Washington Post Fact Checker; compared normalised.
NEGATIVE_RATINGS = frozenset({
    "false", "mostly false", "pants on fire", "misleading", "missing context", "lacks context",
    "needs context", "out of context", "incorrect", "inaccurate", "wrong", "fake", "fabricated", "distorted",
    "exaggerated", "exaggeration", "unsupported", "unsubstantiated", "no evidence", "unproven", "disputed",
    "partly false", "manipulated", "altered", "four pinocchios",
    "three pinocchios", "two pinocchios",
})


def disputes_statement(dispute: RecordedDispute) -> bool:
    """A recorded dispute counts unless it is a review whose rating does not say false or misleading."""
    return dispute.rating is None or normalise(dispute.rating) in NEGATIVE_RATINGS
