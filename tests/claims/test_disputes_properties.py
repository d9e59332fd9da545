"""Properties of dispute finding on any input: disputes point into the text, and no claim disputes itself."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims import analyse

PIECES = [
    '"', "“", "”", "\n\n", " ", ", ", ". ", "But", "However,", "By contrast,", "Ada Novak", "Oskar Bellamy", "the council",
    "she", "he", "said", "denied", "rejected", "dismissed", "reports that", "the notion that", "the allegations", "saying",
    "disagreed.", "That is not true", "is simply not true", "falsely claimed", "without evidence", "his false claim that",
    "this fiction that", "a figure", "disputes", "declined to deny", "the pier was sold", "fees rose 40%", "it would not",
    "Other estimates put the number", "closer to 1,500", "refused to concede that critics were right in warning that",
    "has never said", "failed to mention", "In fact,", "later retracted the claim", "before reversing himself",
    "took issue with the prediction of", "morale", "critics say",
]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_disputes_point_into_the_text_and_a_claim_never_disputes_itself(text):
    claims = analyse(text).claims
    ids = [c.id for c in claims]
    assert ids == [f"c{n}" for n in range(1, len(claims) + 1)]
    for claim in claims:
        for dispute in claim.disputes:
            assert 0 <= dispute.span[0] <= dispute.span[1] <= len(text)
            assert dispute.claim_id != claim.id
            assert dispute.claim_id is None or dispute.claim_id in ids
