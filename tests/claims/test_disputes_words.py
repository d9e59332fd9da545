"""The word helpers the dispute parts share: negated and plain stems, sentence starts, phrase patterns."""
import pytest

from claims.disputes.words import named_present, phrase_pattern, polar_stems, same_entry, sentence_start


def test_a_word_right_after_a_negation_is_negated_and_names_are_left_out():
    negated, plain = polar_stems("Vogt said the barrier cannot be finished before the winter floods")
    assert "finish" in negated and "winter" in plain and "vogt" not in negated | plain


def test_a_sentence_starts_after_the_previous_one_ends_even_before_a_quotation():
    text = 'The pier closed. "It will reopen," she said.'
    assert sentence_start(text, text.index("It will")) == text.index('"It will')


def test_phrases_match_as_whole_words_across_any_spaces():
    pattern = phrase_pattern(("not true", "lie"))
    assert pattern.search("That is not\n true.") and not pattern.search("They lied about the client")


def test_words_are_compared_without_their_inflection_but_derived_words_stay_apart():
    negated, _ = polar_stems("The council did not recognize the ruling")
    _, plain = polar_stems("The court recognizes the union and its recognition of the workers")
    assert negated == {"recogniz"} and {"recogniz", "recognition"} <= plain
    _, responsibility = polar_stems("It is the responsibility of the voters")
    assert not polar_stems("That is not a responsible thing to say")[0] & responsibility


@pytest.mark.parametrize(
    "text, negated",
    [
        ("the wall cannot be finished", {"finish"}),
        ("this is not what leadership means", {"leadership"}),
        ("the mayor should have nothing to do with raising money", set()),  # "with" ends what "nothing" reaches
        ("she will never approve the budget", {"approv"}),
        # A short word is read where a finite "be" or "have" makes it the predicate.
        ("the terminal had not been sold", {"sold"}),
        ("the bridge isn't safe", {"safe"}),
        ("we did not vote", set()),
        ("the wage would not be paid", set()),
        ("he had not been held accountable", set()),  # a short word negated must end its clause
    ],
)
def test_a_negation_reaches_past_articles_and_auxiliaries_only(text, negated):
    assert polar_stems(text)[0] == negated


@pytest.mark.parametrize(
    "between, apart",
    [
        ("\n___.\n", True),
        ("\n* * *\n", True),
        ("\n11:35 a.m.\n", True),
        ("\nJane Roe | March 3, 2021 9:12PMHarbour vote delayed\n", True),
        ("\nThe vote was held at 11:35 a.m. on Monday.\n", False),
        ("\nShe left — quickly — after the vote.\n", False),
    ],
)
def test_live_blog_entries_and_sections_are_set_apart(between, apart):
    text = "Vogt said the pier was closed." + between + "Reyes said it was open."
    assert same_entry(text, 0, text.index("Reyes")) is not apart


@pytest.mark.parametrize(
    "text, present",
    [
        ("the council signed an agreement with the yard", True),
        ("the council had no agreement with the yard", False),
        ("the council had no new agreement with the yard", False),
        ("the yard worked without an agreement", False),
        ("there was a lack of agreement on the price", False),
        ("the council did not have any agreement", False),
        ("there was no vote, but the council signed an agreement", True),
    ],
)
def test_a_thing_named_only_as_missing_is_not_named_present(text, present):
    assert named_present(text, "agreem") is present


@pytest.mark.parametrize(
    "text, denied",
    [
        ("they had received no report of flooded cellars", {"report", "flood"}),
        ("inspectors found no evidence of tampering", {"evidenc", "tamper"}),
        ("there is no record of a second payment", {"record", "second"}),
    ],
)
def test_a_record_s_absence_denies_what_it_would_record(text, denied):
    assert polar_stems(text)[0] == denied


def test_a_record_stated_plainly_denies_nothing():
    assert polar_stems("the report of flooded cellars was filed")[0] == frozenset()
