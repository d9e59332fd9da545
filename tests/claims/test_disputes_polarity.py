"""Polarity: a claim is a denial by its cue or by its own words, and a refused denial is none."""
import pytest

from claim_lookup import find_claim
from claims import analyse


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        ("Marta Silva denied that the ferry contract had been rigged.", "the ferry contract had been rigged", "Marta Silva"),
        ("The port authority rejected claims that the crane had failed twice.", "the crane had failed twice", "The port authority"),
        ("Jonas Eriksen refuted suggestions that the audit was late.", "the audit was late", "Jonas Eriksen"),
        ("Jonas Eriksen countered that the audit had been filed in March.", "the audit had been filed in March", "Jonas Eriksen"),
        ('"It is absolutely not true," Marta Silva said of the report.', "It is absolutely not true", "Marta Silva"),
        ('"That is nonsense, and everyone at the yard knows it," said Jonas Eriksen.', "That is nonsense", "Jonas Eriksen"),
        ('The minister said the figure was "false."', 'the figure was "false."', "The minister"),
        ('A spokesman for the yard called the report "entirely false".', "the report", "A spokesman for the yard"),
        ('A lawyer for the yard said the lawsuit was "without merit."', "the lawsuit was", "A lawyer for the yard"),
        ("Marta Silva said that was simply not the case.", "not the case", "Marta Silva"),
        ('"He is mistaken," said Marta Silva.', "He is mistaken", "Marta Silva"),
        ("Marta Silva said the report was misleading.", "the report was misleading", "Marta Silva"),
        ('"We have done nothing wrong," said Marta Silva.', "done nothing wrong", "Marta Silva"),
        ("Marta Silva said the leaked letter was not genuine.", "the leaked letter was not genuine", "Marta Silva"),
        ('"These photographs are not authentic," said Marta Silva.', "These photographs are not authentic", "Marta Silva"),
        # The speaker relays a denial of their own, or of those they speak for.
        ('A spokesman for the yard said it "categorically denies" the claims.', "categorically denies", "A spokesman for the yard"),
        ("Marta Silva said she strongly disagrees with that account.", "disagrees", "Marta Silva"),
    ],
)
def test_a_denial_by_its_cue_or_its_own_words(text, words, speaker):
    assert find_claim(analyse(text), words, speaker).stance == "denial"


@pytest.mark.parametrize(
    "text, words",
    [
        ("Marta Silva declined to deny that the contract had been rigged.", "the contract had been rigged"),
        ("Jonas Eriksen said the audit would be filed in March.", "the audit would be filed in March"),
        ('"We will not close the yard," said Marta Silva.', "We will not close the yard"),
        ('"He is a liar and a bully," Jonas Eriksen said of his rival.', "He is a liar and a bully"),
        # A denying word in another sense.
        ('"In the end the responsibility lies with the voters," said Marta Silva.', "the responsibility lies with the voters"),
        ("Jonas Eriksen said the board was made up of nine members.", "the board was made up of nine members"),
        ('"Something is wrong with the pumps," Marta Silva told the council.', "Something is wrong with the pumps"),
        ("Marta Silva said she has not disputed the account.", "she has not disputed"),
        ("Marta Silva said they rejected the plan in May.", "they rejected the plan"),
    ],
)
def test_no_denial_without_a_denying_cue_or_words(text, words):
    claims = [c for c in analyse(text).claims if words in c.content]
    assert all(c.stance is None for c in claims), claims


def test_a_no_to_a_question_is_no_denial():
    analysis = analyse("Asked whether the harbour wall would close, Lena Vogt said it would not.")
    assert find_claim(analysis, "it would not", "Lena Vogt").stance is None


def test_a_bare_no_after_another_party_s_claim_is_a_denial():
    analysis = analyse("Tom Reyes said the harbour wall would close. Lena Vogt said it would not.")
    assert find_claim(analysis, "it would not", "Lena Vogt").stance == "denial"


def test_a_question_is_no_denial_whatever_its_cue():
    analysis = analyse(
        "Silva was asked by the radio host Ivo Lang, who is backing Silva, but has previously dismissed the story about "
        "the yard, “Now, you said you were tired of the yard. But that story has moved on, has it not?”"
    )
    question = find_claim(analysis, "has it not?")
    assert question.cue == "dismissed" and question.stance is None


def test_a_quotation_calling_what_was_said_falsehoods_is_a_denial():
    analysis = analyse('Ida Lund said the ferry had been sold. "The harbour board should stop spreading falsehoods," Aron Falk said.')
    assert find_claim(analysis, "stop spreading falsehoods", "Aron Falk").stance == "denial"


def test_a_claim_saying_what_was_claimed_had_been_debunked_is_a_denial():
    analysis = analyse("Ida Lund claimed the ferry engines halved fuel use. The maritime agency said the claim had been debunked by two trials.")
    assert find_claim(analysis, "the claim had been debunked", "The maritime agency").stance == "denial"
