"""Properties of `analyse` on any input: it never raises, and every offset points into the text at the right words."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claim_lookup import points_at_content
from claims import analyse

# Pieces that stress the extractor's rules: quote marks of every kind, paragraph breaks,
# names and titles, pronouns, cue words and phrases, bylines, copyright lines and figures.
PIECES = [
    '"', "“", "”", "'", "‘", "’", "\n", "\n\n", " ", ", ", ". ", ": ", " — ", " - ", "(", ")", "?", "!",
    "Ada Novak", "Oskar Bellamy", "Finance Minister", "of Lakeside Capital, a fund manager", "Mr.", "U.S.",
    "he", "she", "He", "She", "it", "they", "the company", "Ottawa", "the administration", "officials",
    "sources familiar with the talks", "a person briefed on the plan",
    "said", "told reporters", "added", "according to", "warned", "denies", "denied", "a figure", "disputes",
    "declined to comment", "saying", "what she said was", "had said", "that", "By", "and", "©", "2025",
    "the pier will reopen", "fees rose 40%", "We will win",
]

OPENING = st.sampled_from(['"', "“", "‘", "'", ""])
CLOSING = st.sampled_from(['"', "”", "’", "'", ""])
words = st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map(" ".join)

# Sentences shaped like attributions, with quote marks that may be missing or mismatched.
attributions = st.one_of(
    st.tuples(OPENING, words, CLOSING, words, words).map(lambda p: f"{p[0]}{p[1]},{p[2]} {p[3]} said {p[4]}."),
    st.tuples(words, OPENING, words, CLOSING).map(lambda p: f"{p[0]} said, {p[1]}{p[2]}.{p[3]}"),
    st.tuples(words, words).map(lambda p: f"{p[0]} told reporters that {p[1]}, a figure Ottawa disputes."),
)
articles = st.lists(st.one_of(attributions, words), max_size=8).map("\n\n".join)

texts = st.one_of(
    st.text(),
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=40).map(" ".join),
    articles,
)

fast = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def spans(analysis):
    """Every (start, end) the analysis reports, with what it belongs to."""
    for claim in analysis.claims:
        yield claim.id, claim.span
        if claim.cue_span:
            yield f"{claim.id} cue", claim.cue_span
        if claim.speaker and claim.speaker.span:
            yield f"{claim.id} speaker", claim.speaker.span
        for dispute in claim.disputes:
            yield f"{claim.id} dispute", dispute.span


@fast
@given(texts)
def test_every_span_lies_within_the_text(text):
    for owner, (start, end) in spans(analyse(text)):
        assert 0 <= start <= end <= len(text), owner


@fast
@given(texts)
def test_content_is_found_at_its_span_or_segments(text):
    for claim in analyse(text).claims:
        assert points_at_content(text, claim), claim


@fast
@given(texts)
def test_claims_refer_only_to_claims_of_the_same_analysis(text):
    claims = analyse(text).claims
    ids = [c.id for c in claims]
    assert len(set(ids)) == len(ids)
    referred = {c.nested_in for c in claims} | {d.claim_id for c in claims for d in c.disputes}
    assert referred - {None} <= set(ids)
