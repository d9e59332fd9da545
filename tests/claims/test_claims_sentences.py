"""Sentence spans: an honorific stays with the name it belongs to."""
import pytest

from claims import analyse
from claims.sentences import split_sentences
from claims.spans import SpanIndex
from claim_lookup import find_claim


def sentences_of(paragraph: str) -> list[str]:
    return [paragraph[start:end] for start, end in split_sentences(paragraph, (0, len(paragraph)), SpanIndex([]))]


@pytest.mark.parametrize(
    "paragraph, sentences",
    [
        ("The council met at noon. Mr. Hale said the pier was safe.", ["The council met at noon.", "Mr. Hale said the pier was safe."]),
        ("Talks ended late. (Mr. Hale did not reply.)", ["Talks ended late.", "(Mr. Hale did not reply.)"]),
        ('She said: "We won." Mr. Hale agreed.', ['She said: "We won."', "Mr. Hale agreed."]),
    ],
)
def test_an_honorific_opens_the_sentence_of_its_name(paragraph, sentences):
    assert sentences_of(paragraph) == sentences


def test_an_abbreviation_ending_a_sentence_is_no_honorific():
    assert not any(sentence.endswith("Mr.") for sentence in sentences_of("He moved to the U.S. Mr. Hale stayed behind."))


def test_the_speaker_after_an_honorific_at_a_sentence_start_is_found():
    text = "The board met on Tuesday. Mr. Ivo Hale said the harbour would close. Mr. Hale left early."
    find_claim(analyse(text), "the harbour would close", "Ivo Hale")


def test_a_title_in_the_plural_ends_no_sentence():
    paragraph = "The mayor met his rivals, particularly Govs. Bo Crane and Tim Ray, who say the budget is too small."
    assert sentences_of(paragraph) == [paragraph]


@pytest.mark.parametrize(
    "paragraph, sentences",
    [
        # A quotation that opens the next sentence after a quoted word that ended one.
        ("He called her “reckless.” “She is not ready,” he said.", ["He called her “reckless.”", "“She is not ready,” he said."]),
        # A sentence that opens with a quotation goes on with the next one.
        ("“It is over.” “We won,” she said.", ["“It is over.” “We won,” she said."]),
    ],
)
def test_a_quotation_after_a_quoted_stop_opens_a_sentence(paragraph, sentences):
    assert sentences_of(paragraph) == sentences


def test_a_dash_and_name_after_a_quotation_stay_in_its_sentence():
    paragraph = "“The early boat is gone. Nobody asked us.”― Pamela Hale"
    quoted = SpanIndex([(0, paragraph.index("”") + 1)])
    assert [paragraph[start:end] for start, end in split_sentences(paragraph, (0, len(paragraph)), quoted)] == [paragraph]


def test_a_dash_after_a_sentence_that_merely_ends_in_a_quoted_word_starts_a_new_sentence():
    paragraph = 'He said it was "over." - The Gazette reported more.'
    quoted = SpanIndex([(paragraph.index('"'), paragraph.index('." ') + 2)])
    assert len(split_sentences(paragraph, (0, len(paragraph)), quoted)) == 2
