"""The article's own voice: "falsely claimed", "said, without evidence" dispute a claim for the publication."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse


@pytest.mark.parametrize(
    "text, words, speaker, marker",
    [
        ("Rena Kato falsely claimed that the dam had been inspected.", "the dam had been inspected", "Rena Kato", "falsely"),
        ("The dam had been inspected, Rena Kato said without evidence.", "The dam had been inspected", "Rena Kato", "without evidence"),
        ("Rena Kato claimed, without offering evidence, that the dam had been inspected.", "the dam had been inspected", "Rena Kato", "without offering evidence"),
        ("Rena Kato said the dam had been inspected last year, but records show that is simply not true.", "the dam had been inspected", "Rena Kato", "that is simply not true"),
    ],
)
def test_the_publication_disputes_a_claim_its_own_words_call_false(text, words, speaker, marker):
    claim = find_claim(analyse(text), words, speaker)
    assert [(d.mention, d.cue, d.claim_id) for d in claim.disputes] == [("the publication", marker, None)]
    assert text[slice(*claim.disputes[0].span)] == marker


def test_a_claim_reported_plainly_is_not_disputed_by_the_publication():
    analysis = analyse("Rena Kato said that the dam had been inspected with care.")
    assert not any(c.disputes for c in analysis.claims), describe(analysis)


def test_a_falsity_word_in_the_rest_of_the_claim_s_sentence_is_the_publication_s_dispute():
    text = "Rena Kato denied that the levy breaks the law, though her case rests on a discredited reading of the statute."
    claim = find_claim(analyse(text), "the levy breaks the law", "Rena Kato")
    assert [(d.mention, d.cue) for d in claim.disputes] == [("the publication", "discredited")]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Rena Kato said, without evidence, that the dam had been inspected.",
        "Senator Rena Kato claimed, without providing any evidence, that the dam had been inspected.",
    ],
)
def test_the_publication_s_aside_is_not_part_of_the_claim_it_disputes(text):
    claim = find_claim(analyse(text), "the dam had been inspected", "Rena Kato")
    assert claim.content == "the dam had been inspected"
    assert [d.mention for d in claim.disputes] == ["the publication"]


def test_an_aside_before_that_is_left_out_of_any_claim():
    claim = find_claim(analyse("Rena Kato said, in a statement on Friday, that the dam had been inspected."), "dam", "Rena Kato")
    assert claim.content == "the dam had been inspected"
    assert not claim.disputes
