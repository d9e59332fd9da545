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
