"""House styles of the fifth corpus round: disaster updates, Australian politics, investigations built on
documents and unnamed sources, scientific controversies and Scottish regional papers (sentences of our own)."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse
from claims.rules.verbs import _recipient_only


@pytest.mark.parametrize(
    "text, unsaid",
    [
        ("The authors stop short of saying the phones cause the decline.", "the phones cause the decline"),
        ("The report stopped short of saying the mayor had lied about the contract.", "the mayor had lied about the contract"),
        ("Ms Hale fell short of claiming the strike had been a success.", "the strike had been a success"),
    ],
)
def test_what_a_speaker_stops_short_of_saying_is_no_claim(text, unsaid):
    analysis = analyse(text)
    assert not [claim for claim in analysis.claims if unsaid in claim.content], describe(analysis)


def test_saying_without_stopping_short_is_still_a_claim():
    analysis = analyse("The authors said, in short, that the phones cause the decline.")
    assert find_claim(analysis, "the phones cause the decline", "The authors"), describe(analysis)


@pytest.mark.parametrize("reflexive", ["herself", "himself"])
def test_a_pronoun_goes_back_to_a_subject_named_with_a_reflexive(reflexive):
    text = (
        "Head teacher Ann Munro said two more families would leave.\n\n"
        f'Ishbel Reid {reflexive} is less sure. "My daughter wants to stay on the island," she said.'
    )
    analysis = analyse(text)
    assert find_claim(analysis, "My daughter wants to stay on the island", "Ishbel Reid"), describe(analysis)


@pytest.mark.parametrize(
    "sentence, pronoun, speaker",
    [
        ("Her mother smiles.", "She", "Her mother"),
        ("His father nods slowly.", "He", "His father"),
        ("Her grandmother is less sure.", "She", "Her grandmother"),
        # a relative of the other gender is not who the pronoun means
        ("His mother smiles.", "He", "Tom Reid"),
    ],
)
def test_a_pronoun_after_a_short_sentence_about_a_relative_is_the_relative(sentence, pronoun, speaker):
    text = (
        "Head teacher Ann Munro said two more families would leave.\n\n"
        f"For Tom Reid, the news came as no surprise. {sentence} {pronoun} says the island has seen worse winters."
    )
    analysis = analyse(text)
    assert find_claim(analysis, "the island has seen worse winters", speaker), describe(analysis)


def test_a_long_sentence_about_a_relative_leaves_the_pronoun_to_the_person_named():
    text = (
        "For Ishbel Reid, the news came as no surprise. Her mother smiles whenever the ferry is late again in the winter. "
        "She says the island has seen worse winters."
    )
    analysis = analyse(text)
    assert find_claim(analysis, "the island has seen worse winters", "Ishbel Reid"), describe(analysis)


def test_a_reason_given_with_because_stays_in_the_reported_words_with_what_another_said_in_it():
    analysis = analyse("A person familiar with the matter said managers kept the monitors because the maker had promised a fix within weeks.")
    claim = find_claim(analysis, "managers kept the monitors", "A person familiar with the matter")
    assert claim.content.endswith("because the maker had promised a fix within weeks"), describe(analysis)


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        ("Ms Hale said managers kept the monitors, because the maker had said a fix would come.", "Hale", "managers kept the monitors"),
        ("Ms Hale said managers kept the monitors;\tbecause the maker had said a fix would come.", "Hale", "managers kept the monitors"),
        ("The union said the nurses were underpaid,  because the trust had promised a rise.", "The union", "the nurses were underpaid"),
    ],
)
def test_because_after_a_comma_still_ends_the_reported_words_before_another_attribution(text, speaker, words):
    analysis = analyse(text)
    assert find_claim(analysis, words, speaker).content == words, describe(analysis)


@pytest.mark.parametrize(
    "text",
    [
        "He said local councils had written to the minister three times and had not received a reply.",
        "The union has written to the hospital's board twice since March and heard nothing back.",
        "The mayor wrote to residents, saying the bridge was unsafe.",
    ],
)
def test_whom_a_letter_went_to_is_not_what_it_said(text):
    analysis = analyse(text)
    assert not [claim for claim in analysis.claims if claim.content.startswith("to ")], describe(analysis)


def test_words_at_the_start_of_a_text_have_no_quotation_mark_before_them():
    text = "to the minister twice and heard nothing back from 'the office'"  # it ends with a quotation mark
    assert _recipient_only(text, (0, len(text)))


@pytest.mark.parametrize(
    "text, words",
    [
        ("The mayor wrote to the minister that the bridge was unsafe.", "the bridge was unsafe"),
        ("The mayor explained to residents why the bridge was closed.", "why the bridge was closed"),
        ("She vowed to fight the closure of the ward.", "to fight the closure of the ward"),
        ('He wrote to staff: "We are closing the plant."', "We are closing the plant."),
        ("The agency claimed to have tested a new engine on Monday.", "to have tested a new engine on Monday"),
        ('Ms Alba said: "To be honest is to be brave."', "To be honest is to be brave."),
        ("Aziz argued to dismiss the case against the port.", "to dismiss the case against the port"),
        ("Aziz argued to discuss the fees with the port.", "to discuss the fees with the port"),
        ("Aziz argued to focus the inquiry on the port.", "to focus the inquiry on the port"),
    ],
)
def test_what_was_written_or_explained_to_someone_is_still_a_claim(text, words):
    analysis = analyse(text)
    assert find_claim(analysis, words), describe(analysis)


@pytest.mark.parametrize(
    "text",
    [
        "The engineer warned his supervisors that the monitors had failed.",
        "Ms Lee told her supervisors that the monitors had failed.",
        "Ms Lee told her new staff that the monitors had failed.",
        "Ms Lee told her that the monitors had failed.",
    ],
)
def test_one_of_the_speakers_own_people_told_is_a_listener_not_content(text):
    analysis = analyse(text)
    assert [claim.content for claim in analysis.claims] == ["the monitors had failed"], describe(analysis)


@pytest.mark.parametrize(
    "text, words",
    [
        ("Mr Hale warned the river would flood by Friday.", "the river would flood by Friday"),
        ("Ms Lee told the council that the bridge was safe.", "the bridge was safe"),
        ("He told reporters he would stay.", "he would stay"),
    ],
)
def test_a_noun_with_a_verb_after_it_is_the_subject_of_what_was_said_not_a_listener(text, words):
    analysis = analyse(text)
    assert [claim.content for claim in analysis.claims] == [words], describe(analysis)


@pytest.mark.parametrize("preposition", ["despite", "amid"])
def test_a_clause_ending_in_despite_or_amid_is_no_speaker(preposition):
    words = f"The vote went ahead {preposition} repeated claims from aides that the count was flawed"
    analysis = analyse(f"{words}, Ms Orr said.")
    said = [(claim.speaker.name if claim.speaker else None, claim.content) for claim in analysis.claims]
    assert said == [("Orr", words)], describe(analysis)
