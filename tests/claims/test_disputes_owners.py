"""Owners, sides and accusations on unseen house styles: a pronoun owning what a denial points at must fit whose claim
it answers; a party outside the denier does not speak for it; an accusation that answers no claim is no denial."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse
from claims.disputes.owners import owner_kind, owner_may_be
from claims.model import Speaker


@pytest.mark.parametrize(
    "text, claimed, speaker",
    [
        # A past-tense denial verb whose object a pronoun owns: "his" is no woman's, "her" no man's.
        ("Nurse Maria Lopez said the ward had been left without a doctor for six hours. Hospital director Paul Grant disputed his account.",
         "the ward had been left without a doctor", "Nurse Maria Lopez"),
        ("Passenger Tom Hale said the train had been held for two hours. Swiftline disputed her account.",
         "the train had been held for two hours", "Passenger Tom Hale"),
        ("Tom Hale said the train had been held for two hours. Ms Rose Ward contested her figures.", "the train had been held", "Tom Hale"),
    ],
)
def test_a_pronoun_owner_that_cannot_stand_for_the_speaker_ties_no_denial_to_their_claim(text, claimed, speaker):
    analysis = analyse(text)
    assert not find_claim(analysis, claimed, speaker).disputes, describe(analysis)


@pytest.mark.parametrize(
    "text, claimed, speaker, disputer",
    [
        ("Nurse Maria Lopez said the ward had been left without a doctor for six hours. Hospital director Paul Grant disputed her account.",
         "the ward had been left without a doctor", "Nurse Maria Lopez", "Paul Grant"),
        # A name that tells no kind may be a body's.
        ("Harbour Holdings said the quay was safe. Engineer Lena Vogt disputed its findings.", "the quay was safe", "Harbour Holdings", "Engineer Lena Vogt"),
        # "her figures": the nearest woman's claim that gives a figure, in words or digits, past another party's.
        ("Residents said mould had spread through at least 40 flats. Spokeswoman Dana Keyes said the firm had received complaints from seven flats."
         " The tenants' union disputed her figures.", "complaints from seven flats", "Dana Keyes", "The tenants' union"),
    ],
)
def test_a_pronoun_owner_that_fits_ties_the_denial_to_that_speaker_s_claim(text, claimed, speaker, disputer):
    analysis = analyse(text)
    assert [d.by for d in find_claim(analysis, claimed, speaker).disputes] == [disputer], describe(analysis)


def test_the_owner_s_kind_is_read_from_the_pronoun_and_a_role_word_before_a_name_is_read_past():
    assert owner_kind("her figures") == "female" and owner_kind("its findings") == "organisation" and owner_kind("the account") is None
    assert not owner_may_be("his account", Speaker("Nurse Maria Lopez", None, "Nurse Maria Lopez"))
    assert owner_may_be("his account", Speaker("Lopez", None, "Lopez"))  # a surname alone tells nothing


@pytest.mark.parametrize(
    "text",
    [
        "Swiftair said all refunds had been paid within a week. Consumer groups accused the airline of misleading passengers.",
        "Campaigners accused the council of misleading residents over the consultation.",
    ],
)
def test_an_accusation_that_answers_no_claim_is_no_denial(text):
    analysis = analyse(text)
    accusation = next(c for c in analysis.claims if c.cue == "accused")
    assert accusation.stance is None, describe(analysis)


def test_an_accusation_of_lying_that_answers_the_accused_is_still_a_denial():
    analysis = analyse("Neil Hart, the referee, said he had a clear view of the incident. Manager Danny Rourke later accused Hart of lying about the penalty.")
    accusation = next(c for c in analysis.claims if c.cue == "accused")
    assert accusation.stance == "denial", describe(analysis)


@pytest.mark.parametrize(
    "description",
    ["a passenger travelling for the rail company's rival", "an analyst for Northgate Rail's lenders", "a lawyer for the company's creditors"],
)
def test_a_speaker_described_as_a_party_outside_the_denier_does_not_spell_out_its_denial(description):
    text = (
        "Commuter Helen Park said the 07:10 service had been cancelled on 40 days this year. Northgate Rail disputed that account."
        f" Ian Shaw, {description}, said the trains had run late all winter."
    )
    analysis = analyse(text)
    assert find_claim(analysis, "the trains had run late", "Ian Shaw").stance is None, describe(analysis)


@pytest.mark.parametrize("description", ["a regional director of Northgate Rail", "a spokesman for Northgate Rail"])
def test_the_denier_s_own_people_still_spell_out_its_denial(description):
    text = (
        "Commuter Helen Park said the 07:10 service had been cancelled on 40 days this year. Northgate Rail disputed that account."
        f" Ian Shaw, {description}, said the service had run on all but three days."
    )
    analysis = analyse(text)
    assert find_claim(analysis, "the service had run on all but three days", "Ian Shaw").stance == "denial", describe(analysis)


def test_a_denial_calling_a_claim_false_points_back_and_the_denier_s_next_sentence_spells_it_out():
    analysis = analyse(
        "Council member Grace Whitfield said Brightwell had raised rents by 18 percent in two years. Dana Keyes called that claim false."
        " She said average rents had risen by 9 percent since 2022."
    )
    assert [d.by for d in find_claim(analysis, "raised rents by 18 percent", "Grace Whitfield").disputes] == ["Dana Keyes"], describe(analysis)
    assert find_claim(analysis, "average rents had risen", "Dana Keyes").stance == "denial", describe(analysis)


def test_a_contradicting_cue_answers_the_claim_just_before_whatever_words_it_shares():
    analysis = analyse(
        "Brightwell maintains that many of those complaints concern condensation. Union organizer Luis Ortega countered that a city"
        " inspector had already cited the company for mould in two stairwells."
    )
    assert [d.by for d in find_claim(analysis, "concern condensation", "Brightwell").disputes] == ["Luis Ortega"], describe(analysis)


def test_a_contradicting_cue_whose_object_names_another_owner_answers_no_claim_of_someone_else():
    analysis = analyse("Ines Morland said the mill had flooded twice. Tom Brennan dismissed the assistant's comments as fantasy.")
    assert not find_claim(analysis, "the mill had flooded twice", "Ines Morland").disputes, describe(analysis)
