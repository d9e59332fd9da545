"""A question put to someone is a claim of the asker, apart from the answer; the answer's words end before it."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse


@pytest.mark.parametrize(
    "text, asker, question, answerer, answer",
    [
        ("Asked whether she would stand for a third term, Mayor Ines Duarte said she had not decided.",
         "unnamed questioner", "whether she would stand for a third term", "Ines Duarte", "she had not decided"),
        ("When asked by a reporter if the bridge was safe, Ann Lee said it was sound.",
         "a reporter", "if the bridge was safe", "Ann Lee", "it was sound"),
        ("Asked on Radio Kent about the closure of the library, the councillor said the roof was unsafe.",
         "unnamed questioner", "the closure of the library", "the councillor", "the roof was unsafe"),
        ("Ines Duarte said she had not decided when asked about a third term.",
         "unnamed questioner", "a third term", "Ines Duarte", "she had not decided"),
        ("Ann Lee, when asked about the strike, said the union had been misled.",
         "unnamed questioner", "the strike", "Ann Lee", "the union had been misled"),
        ("Ines Duarte said she had not decided When Asked about a third term.",  # title case, as in some headlines
         "unnamed questioner", "a third term", "Ines Duarte", "she had not decided"),
    ],
)
def test_the_question_and_the_answer_are_two_claims(text, asker, question, answerer, answer):
    analysis = analyse(text)
    asked = find_claim(analysis, question, asker)
    assert (asked.content, asked.rule, asked.cue.lower()) == (question, "asked-question", "asked"), describe(analysis)
    assert find_claim(analysis, answer, answerer).content == answer, describe(analysis)


@pytest.mark.parametrize(
    "text, question",
    [
        ('Tom Reyes was asked, "Will the budget balance this year?"', "Will the budget balance this year?"),
        ("The voters were asked whether the council should raise taxes, and most said no.", "whether the council should raise taxes"),
        ('Asked whether the fares were "fair, or even legal," Ann Lee said they were.', 'whether the fares were "fair, or even legal,"'),
        ("Tom Reyes was asked to name a single road the council had mended.", "to name a single road the council had mended"),
    ],
)
def test_the_question_s_words_end_with_its_clause(text, question):
    analysis = analyse(text)
    assert find_claim(analysis, question, "unnamed questioner").content == question, describe(analysis)


@pytest.mark.parametrize(
    "text",
    [
        "Asked about it after the debate, Ann Lee said she had not seen the film.",  # what was asked stands elsewhere
        "A council spokesman declined to comment when asked about the pier.",  # nothing was said
        "Ann Lee asked the council for a new bridge.",  # she asked: a request of her own, not a question put to her
    ],
)
def test_no_question_put(text):
    analysis = analyse(text)
    assert not [c for c in analysis.claims if c.rule == "asked-question"], describe(analysis)


def test_the_questioner_is_not_who_the_next_pronoun_means():
    analysis = analyse("Ann Lee said the pier was safe when asked by a reporter about the storm. She said repairs had been made.")
    assert find_claim(analysis, "repairs had been made").speaker.name == "Ann Lee", describe(analysis)
