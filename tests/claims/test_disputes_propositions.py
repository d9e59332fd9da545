"""Reported propositions (DISPUTES.md rule 3): "X denied reports that P" makes P a claim, disputed by X."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse


@pytest.mark.parametrize(
    "text, proposition, holder, denier",
    [
        ("Marta Silva denied reports that the ferry contract had been rigged.", "the ferry contract had been rigged", "reports", "Marta Silva"),
        ("The port authority rejected the notion that its cranes were unsafe, saying they pass every inspection.",
         "its cranes were unsafe", "the notion", "The port authority"),
        ("Jonas Eriksen dismissed a report in the Harbour Gazette that he would stand down.", "he would stand down", "the Harbour Gazette", "Jonas Eriksen"),
        ("Marta Silva denied the Gazette's report that she had met the bidders.", "she had met the bidders", "Gazette", "Marta Silva"),
    ],
)
def test_the_reported_proposition_is_a_claim_of_its_holder_disputed_by_the_denier(text, proposition, holder, denier):
    analysis = analyse(text)
    claim = find_claim(analysis, proposition, holder)
    denial = find_claim(analysis, proposition, denier)
    assert claim.span == denial.span and claim.rule == "denied-reported-proposition"
    assert denial.stance == "denial" and claim.stance is None
    assert [(d.by, d.claim_id) for d in claim.disputes] == [(denier, denial.id)], describe(analysis)


def test_a_proposition_runs_to_the_end_of_its_clause_past_a_cue_inside_it():
    analysis = analyse("Ola Berg rejected the idea that the council is calling the harbour master corrupt.")
    assert find_claim(analysis, "corrupt", "the idea").content == "the council is calling the harbour master corrupt"


def test_a_plain_denial_gives_no_second_claim():
    analysis = analyse("Marta Silva denied that the ferry contract had been rigged.")
    assert [c.speaker.name for c in analysis.claims] == ["Marta Silva"]


@pytest.mark.parametrize(
    "text, proposition, holder, disputer",
    [
        ("The mayor repeated his false claim that the bridge had been repaired.", "the bridge had been repaired", "his false claim", "the publication"),
        ("Few believed the Gazette's baseless allegation that the yard dumps oil.", "the yard dumps oil", "Gazette", "the publication"),
        ('"This idea that the ferries are empty is simply not true," Ola Berg said.', "the ferries are empty", "This idea", "Ola Berg"),
        ('"Let us dispel the myth that the tunnel is unsafe," said Ola Berg.', "the tunnel is unsafe", "the myth", "Ola Berg"),
    ],
)
def test_a_proposition_called_false_is_a_claim_disputed_by_whoever_calls_it_false(text, proposition, holder, disputer):
    analysis = analyse(text)
    claim = find_claim(analysis, proposition, holder)
    assert claim.content == proposition and claim.rule == "false-proposition"
    assert [d.mention if d.claim_id is None else d.by for d in claim.disputes] == [disputer], describe(analysis)


def test_a_proposition_nobody_calls_false_is_no_claim():
    analysis = analyse("The idea that the tunnel could open in May pleased the council.")
    assert not analysis.claims, describe(analysis)


def test_a_claim_that_calls_a_proposition_false_is_a_denial():
    analysis = analyse('"Hal Moss keeps repeating the baseless claim that the dam leaks," said Vera Lund.')
    speaker_claim = find_claim(analysis, "Hal Moss keeps repeating", "Vera Lund")
    assert speaker_claim.stance == "denial"
    assert [d.claim_id for d in find_claim(analysis, "the dam leaks", "the baseless claim").disputes] == [speaker_claim.id], describe(analysis)
