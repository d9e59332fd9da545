"""The publication's evidence set against an account named by its owner disputes that owner's claims before it."""
from claim_lookup import describe, find_claim
from claims import analyse


def test_footage_contradicting_the_police_statement_disputes_each_police_claim_before_it():
    analysis = analyse(
        "Police said the driver had swerved into the cyclist. Police said the driver was over the limit. "
        "Ida Lund said the road was dark.\n\nFootage filmed by a passer-by appears to contradict the police statement."
    )
    for words in ("the driver had swerved into the cyclist", "the driver was over the limit"):
        assert [d.mention for d in find_claim(analysis, words, "Police").disputes] == ["the publication"], describe(analysis)
    assert not find_claim(analysis, "the road was dark", "Ida Lund").disputed


def test_evidence_against_another_party_s_account_leaves_the_claim_of_a_party_it_does_not_name():
    analysis = analyse("Ida Lund said the road was dark.\n\nRecords cast doubt on the council's account of the lighting.")
    assert not find_claim(analysis, "the road was dark", "Ida Lund").disputed


def test_evidence_that_only_shows_something_disputes_nothing():
    analysis = analyse("Police said the driver had swerved into the cyclist.\n\nFootage filmed by a passer-by shows the police statement on a screen.")
    assert not find_claim(analysis, "the driver had swerved into the cyclist", "Police").disputed


def test_evidence_against_an_account_named_by_a_word_that_is_not_the_speaker_s_head_disputes_nothing():
    analysis = analyse(
        "A harbour official said the barge had been moored safely.\n\nFootage filmed by a sailor appears to contradict the official account."
    )
    claim = find_claim(analysis, "the barge had been moored safely", "A harbour official")
    assert "the publication" not in [d.mention for d in claim.disputes], describe(analysis)


def test_evidence_against_the_party_a_spokesman_speaks_for_disputes_the_spokesman_s_claim():
    analysis = analyse(
        "A harbour spokesman said the barge had been moored safely.\n\nFootage filmed by a sailor appears to contradict the harbour statement."
    )
    claim = find_claim(analysis, "the barge had been moored safely", "A harbour spokesman")
    assert "the publication" in [d.mention for d in claim.disputes], describe(analysis)


def test_evidence_against_an_account_named_by_the_speaker_s_proper_name_disputes_their_claim():
    analysis = analyse(
        "Nordhaven Shipping said the barge had been moored safely.\n\nFootage filmed by a sailor appears to contradict the Nordhaven account."
    )
    claim = find_claim(analysis, "the barge had been moored safely", "Nordhaven Shipping")
    assert "the publication" in [d.mention for d in claim.disputes], describe(analysis)
