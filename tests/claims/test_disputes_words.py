"""The word helpers the dispute parts share: negated and plain stems, sentence starts, phrase patterns."""
from claims.disputes.words import phrase_pattern, polar_stems, sentence_start


def test_a_word_right_after_a_negation_is_negated_and_names_are_left_out():
    negated, plain = polar_stems("Vogt said the barrier cannot be finished before the winter floods")
    assert "finish" in negated and "winter" in plain and "vogt" not in negated | plain


def test_a_sentence_starts_after_the_previous_one_ends_even_before_a_quotation():
    text = 'The pier closed. "It will reopen," she said.'
    assert sentence_start(text, text.index("It will")) == text.index('"It will')


def test_phrases_match_as_whole_words_across_any_spaces():
    pattern = phrase_pattern(("not true", "lie"))
    assert pattern.search("That is not\n true.") and not pattern.search("They lied about the client")
