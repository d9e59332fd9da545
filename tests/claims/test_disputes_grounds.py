"""Grounds of a denial: "X denied the report, saying C" gives X's claim C, a denial too."""
from claim_lookup import describe, find_claim
from claims import analyse


def test_the_grounds_after_a_denial_with_a_noun_object_are_the_denier_s_claim():
    analysis = analyse(
        "The Valley Post reported that the water board had missed its targets.\n\n"
        "The water board, which does not publish its accounts, denied the report, saying this year's targets would be met."
    )
    grounds = find_claim(analysis, "this year's targets would be met", "The water board")
    assert (grounds.stance, grounds.cue, grounds.rule) == ("denial", "saying", "denial-grounds")


def test_grounds_already_read_as_a_claim_are_not_read_twice():
    analysis = analyse("The water board denied that it had missed its targets, saying this year's targets would be met.")
    assert len([c for c in analysis.claims if "would be met" in c.content]) == 1, describe(analysis)


def test_the_grounds_after_a_denial_in_an_appositive_are_the_denier_s_claim():
    analysis = analyse(
        'The mayor complained that the vote had been "rigged" against him, a charge that county officials '
        "strongly denied, noting that they had used the same system for twenty years."
    )
    grounds = find_claim(analysis, "the same system", "county officials")
    assert grounds.stance == "denial", describe(analysis)
    assert [d.by for d in find_claim(analysis, "rigged", "The mayor").disputes] == ["county officials"]
