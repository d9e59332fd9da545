"""Flat denials of existence: "There is no evidence that P", "not a single study", "no deal and there has never
been one" deny; "no need", "no sign of a recovery" do not."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse
from claims.disputes.existence import denies_existence


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        ("Marta Silva said the ferry would be sold. Auditors said there was no evidence that a buyer had been found.",
         "there was no evidence that a buyer had been found", "Auditors"),
        ('"There is not a single report showing the crane failed," Jonas Eriksen said.', "There is not a single report", "Jonas Eriksen"),
        ("Harbour inspectors said there was no sign of widespread tampering with the scales.", "no sign of widespread tampering", "Harbour inspectors"),
        ('"There is no contract and there has never been a contract," a spokeswoman for the yard said.', "There is no contract", "a spokeswoman for the yard"),
        ('"There is no buyer and there are no talks," said Marta Silva.', "There is no buyer", "Marta Silva"),
    ],
)
def test_a_flat_denial_of_existence_is_a_denial(text, words, speaker):
    assert find_claim(analyse(text), words, speaker).stance == "denial"


@pytest.mark.parametrize(
    "content",
    [
        "there is no need to close the harbour",
        "there was no sign of a recovery in ticket sales",
        "There is no doubt that the ferry will sail",
        "if there is no evidence, the case will be dropped",
        "there is no one in the office on Sundays",
        "There is not one councillor who would vote for the harbour tax",
        "There is not a single councillor who would vote for the harbour tax",
        "there is no evidence yet on how many berths the harbour will need",
        "That has not happened yet, and there is no indication that it will happen soon",
    ],
)
def test_an_absence_that_denies_nothing_is_no_denial(content):
    assert not denies_existence(content)


def test_a_flat_denial_of_existence_disputes_the_claim_it_answers():
    analysis = analyse(
        "Marta Silva said the new ferry engines cut fuel use by half. "
        "Engineers at the yard said there was no evidence that the ferry engines cut fuel use at all."
    )
    claim = find_claim(analysis, "the new ferry engines cut fuel use by half", "Marta Silva")
    assert [d.by for d in claim.disputes] == ["Engineers at the yard"]


def test_there_is_no_x_answering_a_claim_that_names_x_is_a_denial_disputing_it():
    analysis = analyse('The Gazette reported a secret agreement with the developer. "There is no agreement," the mayor said.')
    assert find_claim(analysis, "There is no agreement", "the mayor").stance == "denial"
    assert [d.by for d in find_claim(analysis, "a secret agreement with the developer", "Gazette").disputes] == ["the mayor"]


@pytest.mark.parametrize(
    "text, denial, answered",
    [
        ('Ida Lund said the yard had signed a lease with the council. "There is no written lease," the harbour master said.',
         "There is no written lease", "the yard had signed a lease with the council"),
        ('Ida Lund said the ferry would get a timetable in May. "There is no approved timetable for the ferry," the harbour '
         "master said.", "There is no approved timetable", "the ferry would get a timetable in May"),
    ],
)
def test_one_word_may_describe_the_thing_there_is_said_to_be_none_of(text, denial, answered):
    analysis = analyse(text)
    assert find_claim(analysis, denial, "the harbour master").stance == "denial", describe(analysis)
    assert [d.by for d in find_claim(analysis, answered, "Ida Lund").disputes] == ["the harbour master"], describe(analysis)


@pytest.mark.parametrize(
    "text",
    [
        'Ida Lund said the ferry fund had been left to the town. "There is no money left," the harbour master said.',
        'Ida Lund said no one else had bid for the yard. "There is no one else," the harbour master said.',
    ],
)
def test_a_word_standing_after_the_thing_is_not_taken_for_it(text):
    assert not [c for c in analyse(text).claims if c.stance == "denial" or c.disputed]


@pytest.mark.parametrize(
    "text",
    [
        'Ida Lund said the ferry would run on time. "There is no timetable for the winter," Tom Reyes said.',
        'Ida Lund said the ferry would run. "There is no doubt the ferry will run," Tom Reyes said.',
        'Ida Lund said there was a plan to widen the harbour road. "There is no plan B," Tom Reyes said of the budget.',
    ],
)
def test_there_is_no_x_that_no_earlier_claim_names_denies_nothing(text):
    assert not [c for c in analyse(text).claims if c.stance == "denial" or c.disputed]


@pytest.mark.parametrize(
    "text",
    [
        'Ida Lund said the harbour fund left the ferry service with no cash for repairs. "There is no cash," the harbour master said.',
        'Ida Lund said the port authority had no timetable for the dredging. "There is no timetable," the harbour master said.',
        'Ida Lund said the yard went ahead without a licence. "There is no licence," the harbour master said.',
        'Ida Lund said the ferry company did not have any insurance. "There is no insurance," the harbour master said.',
        'Ida Lund said the council faced a lack of funding for the new pier. "There is no funding," the harbour master said.',
    ],
)
def test_there_is_no_x_after_a_claim_that_x_is_missing_agrees_and_disputes_nothing(text):
    analysis = analyse(text)
    assert not [c for c in analysis.claims if c.stance == "denial" or c.disputed], describe(analysis)
