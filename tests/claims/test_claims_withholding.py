""""deny" in the sense of withholding a thing ("denied bail") makes no claim; denying what was said does."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse


@pytest.mark.parametrize(
    "text",
    [
        "The border agency denied entry to the two reporters on Monday.",
        "Judge Mara Quist denied bail, saying the men might flee the country.",
        "The council has been denying licences to street traders since March.",
        "The embassy denied him a visa.",
    ],
)
def test_a_thing_withheld_is_no_claim_and_no_denial(text):
    analysis = analyse(text)
    assert not [c for c in analysis.claims if c.stance == "denial"], describe(analysis)
    assert not [c for c in analysis.claims if c.cue.startswith("den")], describe(analysis)


@pytest.mark.parametrize(
    "text, words",
    [
        ("Ferris Oyelaran denied any wrongdoing.", "wrongdoing"),
        ("Ferris Oyelaran denied the allegations of fraud.", "allegations"),
        ("Ferris Oyelaran denied Mr Quist's account.", "account"),
        ("Ferris Oyelaran denies the money was ever paid.", "money was ever paid"),
        ("Ferris Oyelaran denied he had met the broker.", "he had met the broker"),
        ("Ferris Oyelaran denied ever meeting the broker.", "ever meeting the broker"),
    ],
)
def test_denying_what_was_said_or_done_is_a_denial(text, words):
    assert find_claim(analyse(text), words, "Ferris Oyelaran").stance == "denial"


@pytest.mark.parametrize("noun", ["findings", "conclusions"])
def test_denying_what_was_found_is_a_denial_claim(noun):
    analysis = analyse(f"The regulator said the drips were unsafe. The clinic rejected the {noun} as scaremongering.")
    assert [c.stance for c in analysis.claims if c.speaker and c.speaker.name == "The clinic"] == ["denial"]


@pytest.mark.parametrize(
    "text, said",
    [
        ("Dr Anna Brant said the hinge wore out within months. The maker dismissed her analysis as \"guesswork\".", "the hinge wore out within months"),
        ("Dr Anna Brant said the hinge wore out within months. The maker disputed her assessment.", "the hinge wore out within months"),
        # A warning, remarks or comments with their owner named.
        ("The port authority warned that the pier could collapse in a storm. The maker rejected the authority's warning as alarmist.",
         "the pier could collapse in a storm"),
        ("Ines Morland told reporters that the mill had flooded twice. The maker dismissed Morland's remarks as \"fantasy\".",
         "the mill had flooded twice"),
        ("Ines Morland said the tickets had been sold twice. The maker dismissed Morland's comments.", "the tickets had been sold twice"),
    ],
)
def test_rejecting_an_analysis_or_a_named_party_s_warning_is_a_denial_of_the_claim_that_made_it(text, said):
    analysis = analyse(text)
    denial = next(c for c in analysis.claims if c.speaker and c.speaker.name == "The maker")
    assert denial.stance == "denial", describe(analysis)
    assert [d.claim_id for d in find_claim(analysis, said).disputes] == [denial.id], describe(analysis)


def test_rejecting_warnings_with_no_owner_makes_no_claim_of_its_own():
    analysis = analyse("Ines Morland said the pier was safe. The ferry firm rejected the warnings about storms.")
    assert not [c for c in analysis.claims if c.speaker and c.speaker.name == "The ferry firm"], describe(analysis)


@pytest.mark.parametrize("words", ["that conclusion", "that finding", "the findings", "those conclusions"])
def test_rejecting_a_conclusion_pointed_at_disputes_the_claim_just_made(words):
    analysis = analyse(f"In a notice, the editors said the soil samples had been mislabelled.\n\nDr Ilse Varga rejected {words}.")
    denial = find_claim(analysis, words, "Ilse Varga")
    assert denial.stance == "denial", describe(analysis)
    assert [d.claim_id for d in find_claim(analysis, "soil samples had been mislabelled").disputes] == [denial.id], describe(analysis)


def test_a_that_clause_after_a_denial_verb_is_still_what_is_denied():
    analysis = analyse("Dr Ilse Varga denied that findings were withheld.")
    assert find_claim(analysis, "findings were withheld", "Ilse Varga").stance == "denial", describe(analysis)
