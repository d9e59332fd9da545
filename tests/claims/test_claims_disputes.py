"""Claims inside claims, and in-text disputes and denials linked to the claim they target."""
import pytest

from claim_lookup import find_claim, mentions_word
from claims import analyse


@pytest.mark.parametrize(
    "text, reporter, speaker, words",
    [
        ("Ada Novak said Oskar Bellamy had said the pier was safe.", "Ada Novak", "Oskar Bellamy", "the pier was safe"),
        ("Ada Novak said Oskar Bellamy had told her the pier was safe.", "Ada Novak", "Oskar Bellamy", "the pier was safe"),
        ("According to Ada Novak, Oskar Bellamy said the pier was safe.", "Ada Novak", "Oskar Bellamy", "the pier was safe"),
    ],
)
def test_a_claim_reported_inside_another_is_nested_in_it(text, reporter, speaker, words):
    analysis = analyse(text)
    assert find_claim(analysis, words, speaker).nested_in == find_claim(analysis, words, reporter).id


DISPUTED = [
    ("Ada Novak said the repairs had cost 9 million crowns, a figure the council disputes.", "Ada Novak", "9 million crowns", "council"),
    ("Ada Novak blamed the council for what she said was a 40% rise in mooring fees, a figure Velmont disputes.", "Ada Novak", "40% rise in mooring fees", "Velmont"),
    ("Ada Novak said the repairs had cost 9 million crowns, a number the council rejects.", "Ada Novak", "9 million crowns", "council"),
    ("Oskar Bellamy has said the harbour wall is unsafe for visitors.\n\nThe harbour trust denies the wall is unsafe.", "Oskar Bellamy", "harbour wall is unsafe", "harbour trust"),
    ("Oskar Bellamy said the harbour wall was unsafe for visitors.\n\nAda Novak denied that the wall was unsafe.", "Oskar Bellamy", "harbour wall was unsafe", "Ada Novak"),
]


@pytest.mark.parametrize("text, claimant, words, disputer", DISPUTED)
def test_a_dispute_is_linked_to_the_claim_it_targets(text, claimant, words, disputer):
    claim = find_claim(analyse(text), words, claimant)
    assert [d for d in claim.disputes if mentions_word(d.by, disputer)], claim.disputes


def paragraph_at(text, span):
    """The paragraph (between blank lines) that holds `span`."""
    start = text.rfind("\n\n", 0, span[0])
    end = text.find("\n\n", span[1])
    return text[start + 2 if start >= 0 else 0 : end if end >= 0 else len(text)]


@pytest.mark.parametrize("text, claimant, words, disputer", DISPUTED)
def test_a_dispute_points_at_the_disputing_words_not_at_the_claim(text, claimant, words, disputer):
    claim = find_claim(analyse(text), words, claimant)
    assert claim.disputes
    for dispute in claim.disputes:
        assert dispute.cue.lower() in paragraph_at(text, dispute.span).lower()
        assert dispute.span[0] >= claim.span[1] or dispute.span[1] <= claim.span[0]


def test_a_denial_is_a_claim_of_its_own_linked_to_what_it_denies():
    analysis = analyse("Oskar Bellamy has said the harbour wall is unsafe for visitors.\n\nThe harbour trust denies the wall is unsafe.")
    claim = find_claim(analysis, "the harbour wall is unsafe for visitors", "Oskar Bellamy")
    denial = find_claim(analysis, "the wall is unsafe")
    assert denial.stance == "denial"
    assert [d.claim_id for d in claim.disputes] == [denial.id]


@pytest.mark.parametrize(
    "text, words",
    [
        ("Ada Novak denies the pier was sold to a developer.", "the pier was sold to a developer"),
        ("Ada Novak denied that she had been offered a seat on the board.", "she had been offered a seat on the board"),
        ("Ada Novak rejected claims that the pier had been sold.", "the pier had been sold"),
    ],
)
def test_a_denial_has_stance_denial(text, words):
    assert find_claim(analyse(text), words, "Ada Novak").stance == "denial"


@pytest.mark.parametrize(
    "text, words",
    [
        ("Ada Novak said the repairs had cost 9 million crowns, a figure the council disputes. She said the pier would reopen in May.", "the pier would reopen in May"),
        ("Ada Novak said the pier would reopen in May.\n\nThe council denies it owes the contractor money.", "the pier would reopen in May"),
    ],
)
def test_a_claim_nobody_disputes_is_not_disputed(text, words):
    claim = find_claim(analyse(text), words, "Ada Novak")
    assert not claim.disputed, claim.disputes
