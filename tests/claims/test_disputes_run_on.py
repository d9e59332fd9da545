"""Run-on contents: a claim's content that ran on into the words disputing it is cut where they begin."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("Tom Reyes told the radio station that the harbour had been sold, before reversing himself later in the day.",
         "the harbour had been sold", "Tom Reyes"),
        ("Tom Reyes said the harbour had been sold, only to retract it an hour later.", "the harbour had been sold", "Tom Reyes"),
    ],
)
def test_a_retracted_claim_ends_where_the_retraction_begins(text, content, speaker):
    claim = find_claim(analyse(text), content, speaker)
    assert claim.content == content
    assert [(d.mention, d.rule) for d in claim.disputes] == [("the publication", "retracted-claim")]


def test_an_appositive_denial_is_cut_from_the_claim_and_disputes_it():
    analysis = analyse("Residents have accused the water board of hiding the leak for a year, a charge the board’s chairman called “utter rubbish”.")
    accusation = find_claim(analysis, "hiding the leak", "Residents")
    assert accusation.content == "the water board of hiding the leak for a year"
    assert accusation.stance is None
    assert [d.by for d in accusation.disputes] == ["the board’s chairman"], describe(analysis)


def test_the_publication_s_appositive_is_cut_from_the_claim_and_disputes_it():
    analysis = analyse("Last year Ola Berg claimed that bus fares had doubled, a claim that is false.")
    claim = find_claim(analysis, "bus fares had doubled", "Ola Berg")
    assert claim.content == "bus fares had doubled"
    assert [(d.mention, d.cue) for d in claim.disputes] == [("the publication", "a claim that is false")]


@pytest.mark.parametrize(
    "appositive, disputer",
    [
        ("a claim fact-checkers rated false within a day", "fact-checkers"),
        ("a claim critics say is false", "critics"),
        ("a figure the drivers' union has repeatedly called false", "the drivers' union"),
    ],
)
def test_whoever_the_appositive_names_as_calling_the_claim_false_disputes_it(appositive, disputer):
    analysis = analyse(f"Last year Ola Berg claimed that bus fares had doubled, {appositive}.")
    claim = find_claim(analysis, "bus fares had doubled", "Ola Berg")
    assert claim.content == "bus fares had doubled"
    assert [(d.by, d.mention) for d in claim.disputes] == [(disputer, disputer)], describe(analysis)


@pytest.mark.parametrize("joint", ["and", "but"])
def test_a_denial_told_in_a_clause_joined_on_is_cut_from_the_claim_and_disputes_it(joint):
    analysis = analyse(f"The taxi drivers' union insists that the new lanes cause accidents, {joint} the city council rejects that.")
    claim = find_claim(analysis, "the new lanes cause accidents", "The taxi drivers' union")
    assert claim.content == "the new lanes cause accidents"
    assert [d.by for d in claim.disputes] == ["the city council"], describe(analysis)


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        # A clause joined on that denies nothing of what was said stays the speaker's.
        ("Ola Berg said the fares had doubled, and the council agreed to review them.", "the fares had doubled", "Ola Berg"),
        # The speaker's own appositive that denies nothing.
        ("Ola Berg said the fares had doubled, a rise she called painful.", "the fares had doubled", "Ola Berg"),
    ],
)
def test_a_claim_that_runs_on_into_no_dispute_keeps_its_words_and_is_not_disputed(text, content, speaker):
    claim = find_claim(analyse(text), content, speaker)
    assert not claim.disputes, claim


def test_an_appositive_after_a_participle_is_cut_from_the_claim_and_disputes_it():
    analysis = analyse("Tom Reyes claimed that the harbour vote had been rigged, repeating an allegation that election officials say has no basis.")
    claim = find_claim(analysis, "the harbour vote had been rigged", "Tom Reyes")
    assert claim.content == "the harbour vote had been rigged" and claim.stance is None, describe(analysis)
    assert "election officials" in [d.by for d in claim.disputes]


def test_a_proposition_set_against_a_claim_is_cut_off_whatever_the_case_of_despite():
    analysis = analyse("The council said the bridge was safe, Despite claims from engineers that it had cracked.")
    assert "the bridge was safe" in [c.content for c in analysis.claims]
