"""Link: disputes entries name the disputer and the denial's claim; ids stay in text order."""
from claim_lookup import describe, find_claim
from claims import analyse
from claims.disputes.link import renumbered
from claims.model import Claim


def claim(id_, start, nested_in=None):
    return Claim(id=id_, content="x", span=(start, start + 1), kind="indirect", cue="", cue_span=None, speaker=None,
                 attribution="named", nested_in=nested_in)


def test_claims_added_by_the_stage_take_their_place_in_text_order():
    ordered = renumbered([claim("c1", 0), claim("c2", 20, nested_in="c1"), claim("p1", 10)])
    assert [(c.id, c.span[0], c.nested_in) for c in ordered] == [("c1", 0, None), ("c2", 10, None), ("c3", 20, "c1")]


def test_a_denial_contradicted_in_turn_is_disputed_too():
    analysis = analyse(
        "Ada Lind said the ferry had been cancelled.\n\n"
        "The ferry company denied that the ferry had been cancelled.\n\n"
        "But Nils Berg, who was waiting on the quay, said the ferry company had cancelled the ferry without notice."
    )
    denial = find_claim(analysis, "the ferry had been cancelled", "The ferry company")
    assert denial.stance == "denial"
    assert [d.by for d in denial.disputes] == ["Nils Berg"], describe(analysis)


def test_a_dispute_names_the_denier_the_cue_and_the_denial_s_claim():
    analysis = analyse("Ada Lind said the ferry had been cancelled.\n\nThe ferry company denied that the ferry had been cancelled.")
    denial = find_claim(analysis, "the ferry had been cancelled", "The ferry company")
    [dispute] = find_claim(analysis, "the ferry had been cancelled", "Ada Lind").disputes
    assert (dispute.by, dispute.cue, dispute.span, dispute.claim_id) == ("The ferry company", "denied", denial.span, denial.id)


def test_a_denial_answering_a_denial_is_disputed_by_it_in_turn():
    analysis = analyse(
        "Ada Lind said the ferry had been cancelled.\n\n"
        "The ferry company denied that the ferry had been cancelled.\n\n"
        '"That denial is simply not true, the ferry was cancelled," said Nils Berg.'
    )
    denial = find_claim(analysis, "the ferry had been cancelled", "The ferry company")
    answer = find_claim(analysis, "That denial is simply not true", "Nils Berg")
    assert [d.claim_id for d in denial.disputes] == [answer.id], describe(analysis)
    assert [d.claim_id for d in answer.disputes] == [denial.id]
