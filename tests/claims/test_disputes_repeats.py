"""Repeated claims: a speaker saying again the words quoted of them in a disputed claim is disputed again."""
from claim_lookup import describe, find_claim
from claims import analyse


def test_a_claim_said_again_in_the_words_quoted_shares_the_disputes_of_the_first():
    analysis = analyse(
        'Mayor Lena Vogt said, without evidence, that the harbour works had "cost the town nothing."\n\n'
        '"The works cost the town nothing at all," Vogt told the council on Tuesday.'
    )
    again = find_claim(analysis, "The works cost the town nothing at all", "Lena Vogt")
    assert [(d.mention, d.cue, d.rule) for d in again.disputes] == [("the publication", "without evidence", "repeated-claim")]


def test_another_party_saying_the_same_words_is_not_disputed_by_it():
    analysis = analyse(
        'Mayor Lena Vogt said, without evidence, that the harbour works had "cost the town nothing."\n\n'
        '"The works cost the town nothing at all," said Tom Reyes, her deputy.'
    )
    assert not find_claim(analysis, "The works cost the town nothing at all", "Tom Reyes").disputes, describe(analysis)


def test_a_speaker_s_other_claims_are_not_disputed_with_the_first():
    analysis = analyse(
        'Mayor Lena Vogt said, without evidence, that the harbour works had "cost the town nothing."\n\n'
        '"The works will be finished in May," Vogt told the council on Tuesday.'
    )
    assert not find_claim(analysis, "finished in May", "Lena Vogt").disputes, describe(analysis)
