"""Fast paths of the extractor find exactly what the plain patterns they replace find, and the caps on the
work of one paragraph leave news alone.

Speed is measured in benchmarks/ (bench_claims, bench_hostile); these tests pin down that each faster
search answers as the plain one does, so that a speed-up can never change a claim.
"""
import re
import sys

import blingfire
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from claims import analyse
from claims.casing import CAPITALISED_PER_LOWER, CAPITALISED_WORD, LOWERCASE_WORD, SPACED_LOWERCASE_WORD, WORD, _first_word_end, _prose
from claims.analysis import MAX_ATTRIBUTIONS_PER_PARAGRAPH, MAX_CUES_PER_SENTENCE, MAX_LOOKUPS, MIDSENTENCE_CAPITALISED, LowercaseWords, lowercase_words, speaker_nouns_in
from claims.cues import (
    DETERMINER_BEFORE, NAMED_OBJECT_BEFORE, NON_CLAIM, OPENING_PARTICIPLE, PASSIVE_BEFORE, PER_SOURCE, _per_cues, cue_matches, named_object_before,
    opening_participle, refusals,
)
from claims.disputes.counterclaims import (
    CHALLENGED, CHALLENGED_KEYS, COUNTER_ENDING, POINTED_OBJECT, SENTENCE_CLOSE, closes_with_counter_cue, cue_ending, ends_with_counter_cue,
)
from claims.disputes.acts import DENIAL_OPENING, DESCRIBED_DENIAL, TOLD_DENIAL
from claims.disputes.opponents import FAULTED
from claims.disputes.polarity import DENYING, DENYING_KEYS, FAULTING_WORDS, FAULTING_WORDS_KEYS, INTENSIFIER, INTENSIFIER_KEYS, NOT_DENYING_SENSE, unquoted
from claims.disputes.keys import holds_case_blind, holds_key_word, opening_with
from claims.disputes.retractions import TAKEN_BACK_VERB, TAKEN_BACK_WORDS
from claims.disputes.words import SENTENCE_END, SENTENCE_REACH, TRAILING_ADJUNCT, alternation, is_negation, negated, sentence_start, without_adjuncts, WORD_OR_NEGATION
from claims.lexicon import NON_CLAIM_CUES, REPORTING_VERBS
from claims.mentions import (
    ABBREVIATION_WORDS, ANONYMOUS, AFTER_TOLD_OR_ON, BROADCAST_PHRASE, CAPITALISED, NAME_ABBREVIATIONS, NAME_CONNECTORS, NAME_SEQUENCE, NAMES, NOT_NAME_STARTS, PRONOUN, ROLE, ROLES, ROLES_AFTER_DETERMINER,
    SPEAKER_NOUN_RUNS, SPEAKER_NOUNS, Pronouns, _anonymous_matches, after_told_or_on, _is_sentence_starter, classify_name, pronoun_mentions,
)
from claims.patterns import FILLER_CHAIN, THAT_AFTER_ADJUNCT, that_after_adjunct, trailing_fillers_start, word_alternation
from claims.quotes import MARK, MARKS, _may_open
from claims.rules.content import JOINERS, SUBORDINATE_BEFORE, SUBORDINATOR_WINDOW, TRAILING_JOINERS, TRAILING_WINDOW, _joiners_start, clean, subordinate_before
from claims.rules.coordination import FINITE_WORDS, first_finite
from claims.rules.publication import FIGURE, states_figure
from claims.rules.questions import ASKING, ASKING_LETTERS, asking_letters, may_ask
from claims.rules.sentence import Sentence
from claims.rules.speakers import COORDINATED_FILLER, GROUP_AFTER_BOUNDARY, POST_MODIFIER, WHO_BEFORE, group_after_boundary, who_before, PREPOSITION_BEFORE, RESPONDENT_SHARE, WHO_BEFORE, _is_filler, _names_share
from claims.scanning import ASCII_LETTER_RUNS, ascii_letter_runs, matches_at_starts
from claims.sentences import (
    HONORIFIC_END, HONORIFIC_END_CHARS, HONORIFICS, ONE_SENTENCE, PLURAL_TITLE_END, PLURAL_TITLE_END_CHARS, _at_end, _honorific_breaks, _one_sentence, _quotation_breaks,
    _text_to_sentences, split_sentences,
)
from claims.spans import SpanIndex
from claims.text import lower_case

THOROUGH = settings(max_examples=300, deadline=None)

# The plain patterns, as first written.
PLAIN_FINITE = re.compile(r"\b(?:" + "|".join(FINITE_WORDS) + r")\b")
PLAIN_VERB_CANDIDATE = re.compile(r"(?<![\w-])[a-z]+(?: (?:out|back)\b)?")
PLAIN_LOWERCASE_WORD = re.compile(r"(?<![\w'’])[a-z][a-z'’\-]*")
PLAIN_MIDSENTENCE_CAPITALISED = re.compile(r"(?:(?<=[a-z0-9,;] )|(?<=,[\"”'] ))[A-Z][\w.'’\-]*")
PLAIN_ROLE_PHRASE = re.compile(rf"\b(?:(?P<det>[Tt]he|[Aa]n?)[ \t]+|(?P<owner>[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*)*)['’]s[ \t]+){ROLE}")
PLAIN_CAPITALISED = CAPITALISED.replace(NAME_ABBREVIATIONS, rf"(?:{'|'.join(ABBREVIATION_WORDS)})\.")
PLAIN_NAME_SEQUENCE = re.compile(rf"(?<![\w.])(?:{PLAIN_CAPITALISED})(?:[ \t]+(?:{NAME_CONNECTORS}[ \t]+)?(?:{PLAIN_CAPITALISED}))*(?P<possessive>['’]s\b)?")
PLAIN_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\b")
PLAIN_PRONOUN = re.compile(r"\b(?:he|she|they|it|we|i)\b", re.IGNORECASE)
PLAIN_NON_CLAIM = re.compile("|".join(re.escape(phrase) for phrase in NON_CLAIM_CUES), re.IGNORECASE)
PLAIN_AFTER_TOLD_OR_ON = re.compile(rf"\b(?:told|on|to)[ \t]+(?P<phrase>{BROADCAST_PHRASE})")
PLAIN_SUBORDINATE_BEFORE = re.compile(
    r"(?:[,;]\s*|\s+(?:given|since|as|while|although|though|whereas|but|and|so|after|before|when|if|even as|even though)\s+"
    r"|[,;]\s*(?:and|but|because)\s+)$",
    re.IGNORECASE,
)
PLAIN_WHO_BEFORE = re.compile(r"(?<=[\w%])(?:,?\s+who|\s+that)" + FILLER_CHAIN, re.IGNORECASE)
PLAIN_POST_MODIFIER = re.compile(r"(?<=[\w.'’)])\s+" + POST_MODIFIER.pattern.split(r"\s*", 1)[1])
PLAIN_MARK = re.compile(r"''|``|[\"“”„«»]")
PLAIN_MAY_OPEN = re.compile(r"(?<![^\s([{—–/-])['‘](?=[^\W_]|[“\"…\[(])")
PLAIN_SENTENCE_END = re.compile(r"[.!?][\"'”’]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n")
PLAIN_HONORIFIC_AFTER_STOP = re.compile(rf"(?<=[a-z0-9][.!?])(?P<stop>[\"”’']*)\s+(?=\(?{HONORIFICS}\s+[A-Z])")

# Words, names and marks the patterns read, and the characters around them that they must not.
PIECES = [
    "said", "says", "pointed out", "pointed", "out", "outside", "shot back", "back", "backed", "unsaid", "so-called", "-said", "said2", "Said",
    "according to", "According to", "Xaccording to", "he", "He", "HE", "she", "they", "it", "i", "I", "we", "İ",
    "declined to comment", "Declined To Comment", "did not respond", "no comment", "don't", "DON'T", "won’t",
    "not", "Not", "never", "nothing", "not't", "n't", "told", "on", "to", "Fox News Sunday", "the Today programme",
    "BBC One's", "Ada", "Novak", "Mr.", "Dr", "U.S.", "O'Brien", "Al-Sisi", "Łukasz", "of the", "van", "Ada's",
    "McDonald", "a", "the", ".", ",", ";", ":", "!", "?", '"', "“", "”", "'", "’", "(", "-", "_", "2", " ", "  ",
    "\n", "\n\n", "\t", "\u00a0", "K", "''", "``", "`", "„", "«", "»", "given", "Because", "even as", "and", "but",
    "(Prof.", "Cllr.", "Mrs.", "Govs.", "race.", "9.", "minister", "prime minister", "company", "Japan's", "The", "An", "at",
]
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
spaced_texts = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(["", " "])), max_size=30).map(
    lambda pieces: "".join(piece + space for piece, space in pieces)
)


def spans(matches) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


def plain_verb_forms(text: str, start: int, end: int) -> list[tuple[tuple[int, int], str]]:
    """Every lower-case word looked up in the verb table, and its first word when a pair is not a form."""
    found = []
    for match in PLAIN_VERB_CANDIDATE.finditer(text, start, end):
        word = match.group()
        if word in REPORTING_VERBS:
            found.append((match.span(), word))
        elif (single := word.split(" ")[0]) in REPORTING_VERBS:
            found.append(((match.start(), match.start() + len(single)), single))
    return found


@THOROUGH
@given(text=spaced_texts, data=st.data())
def test_reporting_verbs_are_found_where_the_word_by_word_look_up_finds_them(text, data):
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    found = [(m.span(m.lastgroup), m[m.lastgroup]) for m in cue_matches(text, start, end)]
    according = [(m.span(), m.group()) for m in PLAIN_ACCORDING_TO.finditer(text, start, end)]
    assert found == sorted(plain_verb_forms(text, start, end) + according)


@THOROUGH
@given(text=spaced_texts, data=st.data())
def test_patterns_that_open_with_a_letter_find_what_those_that_open_with_a_look_behind_find(text, data):
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    for fast, plain in [(SENTENCE_END, PLAIN_SENTENCE_END), (MARK, PLAIN_MARK), (SUBORDINATE_BEFORE, PLAIN_SUBORDINATE_BEFORE)]:
        assert spans(fast.finditer(text, start, end)) == spans(plain.finditer(text, start, end)), plain.pattern
    # The capitalised word is the group after the space that the fast pattern opens with (it reads whole texts).
    words = [match.span(1) for match in MIDSENTENCE_CAPITALISED.finditer(text, 0, end)]
    assert words == spans(PLAIN_MIDSENTENCE_CAPITALISED.finditer(text, 0, end))


@THOROUGH
@given(text=spaced_texts)
@example(text="told Fox-to CNN")
@example(text="on\tFox News")
def test_phrases_after_the_space_that_follows_told_or_on_are_those_the_plain_pattern_finds(text):
    phrases = [match.span("phrase") for match in AFTER_TOLD_OR_ON.finditer(text.replace("\t", " "))]
    assert phrases == [match.span("phrase") for match in PLAIN_AFTER_TOLD_OR_ON.finditer(text)]


@THOROUGH
@given(text=spaced_texts)
@example(text="told Fox-to CNN")
@example(text="to the  Today programme on")
@example(text="Speaking to Fox, told\u00a0Ada said on")
def test_the_pattern_tried_only_after_a_whole_told_or_on_finds_what_its_search_finds(text):
    text = text.replace("\t", " ")
    assert spans(after_told_or_on(text)) == spans(AFTER_TOLD_OR_ON.finditer(text))


@THOROUGH
@given(text=spaced_texts)
@example(text="x Because ")
@example(text="x,  because ")
@example(text="x;\tBecause  ")
def test_a_conjunction_before_a_later_attribution_is_found_in_each_window_where_the_plain_pattern_finds_it(text):
    for end in range(len(text) + 1):
        start = max(0, end - SUBORDINATOR_WINDOW)
        assert spans(SUBORDINATE_BEFORE.finditer(text, start, end)) == spans(PLAIN_SUBORDINATE_BEFORE.finditer(text, start, end))


@THOROUGH
@given(text=texts, data=st.data())
def test_a_paragraph_holds_one_of_the_marks_looked_for_exactly_where_the_mark_pattern_finds_one(text, data):
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    assert any(text.find(mark, start, end) >= 0 for mark in MARKS) == (MARK.search(text, start, end) is not None)


@THOROUGH
@given(text=st.lists(st.sampled_from(PIECES + ["‘", "—", "/", "[", "…", "_"]), max_size=30).map("".join), data=st.data())
def test_a_paragraph_may_open_a_single_quotation_where_the_pattern_of_both_marks_finds_one(text, data):
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    assert _may_open(text, start, end) == (PLAIN_MAY_OPEN.search(text, start, end) is not None)


@THOROUGH
@given(text=spaced_texts)
def test_the_lower_case_words_of_a_text_are_those_the_look_behind_pattern_finds(text):
    assert lowercase_words(text) == set(PLAIN_LOWERCASE_WORD.findall(text))


RETRACTING_PIECES = ["retracted", "Retracts", "WALKED", "walk", "back", "Back", "took", "reverſed", "ı", "correctly", "pre", "x-", "withdrew", "deleting"]


@THOROUGH
@given(text=st.lists(st.tuples(st.sampled_from(PIECES + RETRACTING_PIECES), st.sampled_from(["", " "])), max_size=30).map(
    lambda pieces: "".join(piece + space for piece, space in pieces)))
@example(text="He Retracted it, x-retract, TOOK  back and reverſed")
def test_retracting_verbs_found_in_the_lower_cased_text_are_those_the_case_blind_scan_finds(text):
    found = opening_with(TAKEN_BACK_VERB, TAKEN_BACK_WORDS, text)
    assert spans(found) == spans(TAKEN_BACK_VERB.finditer(text))


WORD_PIECES = ["said", "ray", "x-ray", "ex", "next", "out", "o'brien", "brien", "'", "-", "a", "he", "don't", "won’t", "t", "İ", "ab"]


@THOROUGH
@given(text=st.lists(st.sampled_from(PIECES + WORD_PIECES), max_size=40).map("".join), words=st.lists(st.sampled_from(WORD_PIECES + PIECES), max_size=10))
@example(text="An x-ray, next: ex-said", words=["ray", "said", "ext", "ex"])
@example(text="Mo'brien and O’brien's", words=["brien", "brien's", "o'brien"])
def test_a_word_looked_up_in_the_text_is_one_of_its_lower_case_words_exactly_when_the_full_scan_finds_it(text, words):
    looked_up, collected = LowercaseWords(text), lowercase_words(text)
    for word in words + sorted(collected):
        assert (word in looked_up) == (word in collected), word


def test_past_the_look_up_limit_the_words_are_collected_and_answers_stay_the_same():
    words = [f"w{'a' * length}" for length in range(MAX_LOOKUPS + 10)]
    text = " ".join(words[::2]) + " X-" + words[1]
    looked_up, collected = LowercaseWords(text), lowercase_words(text)
    assert [word in looked_up for word in words] == [word in collected for word in words]


@THOROUGH
@given(text=spaced_texts, data=st.data())
def test_names_opening_with_their_first_letter_are_found_where_a_full_scan_finds_them(text, data):
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    found = [(match.span(), match["possessive"]) for match in NAMES.finditer(text, start, end)]
    assert found == [(match.span(), match["possessive"]) for match in PLAIN_NAME_SEQUENCE.finditer(text, start, end)]
    assert found == [(match.span(), match["possessive"]) for match in NAME_SEQUENCE.finditer(text, start, end)]


def test_no_refusal_phrase_begins_another_so_the_trie_finds_what_the_list_order_finds():
    phrases = [phrase.lower() for phrase in NON_CLAIM_CUES]
    assert not [(a, b) for a in phrases for b in phrases if a != b and b.startswith(a)]


@THOROUGH
@given(text=spaced_texts, data=st.data())
def test_case_blind_words_are_found_in_the_lower_cased_text_where_a_case_blind_pattern_finds_them(text, data):
    lowered = lower_case(text)
    assert len(lowered) == len(text)
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    assert spans(PRONOUN.finditer(lowered, start, end)) == spans(PLAIN_PRONOUN.finditer(text, start, end))
    assert spans(NON_CLAIM.finditer(lowered, start, end)) == spans(PLAIN_NON_CLAIM.finditer(text, start, end))


@THOROUGH
@given(text=spaced_texts)
def test_a_negation_is_found_where_the_word_by_word_test_finds_one(text):
    assert negated(text) == any(map(is_negation, WORD_OR_NEGATION.findall(text)))


WORDS = st.lists(st.text(alphabet="abn' .", min_size=1, max_size=6).map(str.strip).filter(bool), min_size=1, max_size=8)


@THOROUGH
@given(words=WORDS, text=st.text(alphabet="abn' .\t", max_size=30))
def test_a_trie_alternation_matches_what_the_words_joined_longest_first_match(words, text):
    longest_first = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    for tail in ["", r"\b", r"\s+$", r"(?![ab])"]:
        plain, trie = re.compile(f"(?:{longest_first}){tail}"), re.compile(f"(?:{word_alternation(words)}){tail}")
        assert spans(trie.finditer(text)) == spans(plain.finditer(text)), tail
    plain_phrases = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(words, key=len, reverse=True))
    assert spans(re.finditer(f"(?:{alternation(words)})$", text)) == spans(re.finditer(f"(?:{plain_phrases})$", text))


@THOROUGH
@given(text=st.lists(st.sampled_from(list("Ab. é“”\"\n?!") + ["Mr. ", "said ", "U.S. "]), max_size=60).map("".join))
def test_sentences_come_from_blingfire_as_its_own_wrapper_gives_them(text):
    assert _text_to_sentences(text) == blingfire.text_to_sentences(text)


PLAIN_PIECES = ["Ada", "Novak", "said", "THE", "U", "S", "Mr", "Dr", "No", "Inc", "e", "g", "am", "PM", "I", "A", "10", "1990s", "é", "Ö", "×",
                ",", ";", ":", '"', "“", "”", "'", "’", "‘", "(", ")", "-", "—", "–", "%", "$", "&", "/"]


@THOROUGH
@given(words=st.lists(st.tuples(st.sampled_from(PLAIN_PIECES), st.sampled_from(["", " ", "  "])), min_size=1, max_size=30),
       end=st.sampled_from(["", ".", "!", "?"]))
@example(words=[("Mr", " "), ("Novak", " "), ("said", ""), (":", " "), ("“", ""), ("No", "")], end=".")
def test_a_plain_paragraph_ending_with_its_only_stop_is_one_sentence_to_blingfire(words, end):
    text = "".join(word + space for word, space in words).strip() + end
    if ONE_SENTENCE.fullmatch(text):
        assert blingfire.text_to_sentences(text) == text


@THOROUGH
@given(words=st.lists(st.tuples(st.sampled_from(PLAIN_PIECES + ["Mr.", "."]), st.sampled_from(["", " ", "  "])), min_size=1, max_size=30),
       end=st.sampled_from(["", ".", "!", "?"]))
def test_a_plain_paragraph_ending_with_its_only_stop_is_left_whole_by_the_break_repairs(words, end):
    text = "".join(word + space for word, space in words).strip() + end
    if ONE_SENTENCE.fullmatch(text):
        whole = [(0, len(text))]
        assert _honorific_breaks(text, whole[0]) == whole and _quotation_breaks(text, whole[0]) == whole
        assert split_sentences(text, whole[0], SpanIndex([])) == whole


@pytest.mark.parametrize("word", sorted(NOT_NAME_STARTS))
def test_a_common_word_alone_is_a_sentence_starter_wherever_it_stands(word):
    capitalised = word.capitalize()
    for text, start in ((f"{capitalised} ", 0), (f"and {capitalised} ", 4)):
        assert _is_sentence_starter(text, start, [capitalised], {capitalised}, set())


def test_a_paragraph_dense_with_attributions_is_read_up_to_its_cap_and_the_next_one_in_full():
    dense = '"Yes," said Ada Novak. ' * (MAX_ATTRIBUTIONS_PER_PARAGRAPH + 100)
    analysis = analyse(f"{dense}\n\nOskar Bellamy said the pier would reopen in May.\n")
    assert 0 < len(analysis.claims) <= MAX_ATTRIBUTIONS_PER_PARAGRAPH + 1
    assert (analysis.claims[-1].speaker.name, analysis.claims[-1].content) == ("Oskar Bellamy", "the pier would reopen in May")


def test_a_sentence_gives_claims_for_its_first_cues_only_past_the_cap():
    sentence = "Ada Novak said that " * (MAX_CUES_PER_SENTENCE + 10) + "the pier would reopen."
    claims = analyse(sentence).claims
    assert 0 < len(claims) <= MAX_CUES_PER_SENTENCE
    assert all(claim.cue_span[0] < len("Ada Novak said that ") * MAX_CUES_PER_SENTENCE for claim in claims)


def plain_sentence_start(text: str, position: int) -> int:
    """The end of the last sentence end found by one scan from SENTENCE_REACH characters back."""
    floor, start = max(0, position - SENTENCE_REACH), max(0, position - SENTENCE_REACH)
    for match in SENTENCE_END.finditer(text, floor, min(len(text), position + 2)):
        if match.end() <= position:
            start = match.end()
    return start


SENTENCE_PIECES = PIECES + ["Ada said so. ", "It rained.\n\n", '"Yes." ', "a clause of words, " * 5, "a long clause of words, " * 12]


@THOROUGH
@given(pieces=st.lists(st.sampled_from(SENTENCE_PIECES), max_size=80), data=st.data())
def test_a_sentence_start_found_by_scanning_back_in_steps_is_the_one_a_single_scan_finds(pieces, data):
    text = "".join(pieces)
    position = data.draw(st.integers(0, len(text)))
    assert sentence_start(text, position) == plain_sentence_start(text, position)


@pytest.mark.parametrize("before", ["", "x" * 700, "Ada said so. ", "It rained.\n\n", 'He said "no." '])
@pytest.mark.parametrize("run", [10, 200, 400, 590, 610, 900])
def test_a_sentence_start_is_found_however_far_back_within_reach(before, run):
    text = before + "word " * (run // 5) + "and more."
    for position in range(len(before), len(text) + 1, 7):
        assert sentence_start(text, position) == plain_sentence_start(text, position)


PLAIN_LEADING_JOINERS = re.compile("^" + JOINERS, re.IGNORECASE)


def plain_clean(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """`clean` on slices of the text."""
    while True:
        segment = sentence.text[start:end]
        trimmed = PLAIN_LEADING_JOINERS.match(segment)
        tail = TRAILING_JOINERS.search(segment, max(0, len(segment) - TRAILING_WINDOW))
        new_start = start + (trimmed.end() if trimmed else 0)
        new_end = start + (tail.start() if tail else len(segment))
        if segment[-1:] in ".!?" and not sentence.inside_quote(end - 1):
            new_end = min(new_end, end - 1)
        if (new_start, new_end) == (start, end) or new_end <= new_start:
            return (start, end)
        start, end = new_start, new_end


@THOROUGH
@given(text=spaced_texts, data=st.data())
def test_content_is_trimmed_in_place_as_on_a_slice_of_the_text(text, data):
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    sentence = Sentence(text, (0, len(text)), 0, (), (), (), ())
    assert clean(sentence, start, end) == plain_clean(sentence, start, end)


FAULTING_PIECES = ["Vogt", " ", "does not", "really", "simply", "under", "stand", "understand", "wrong", "is", "li", "ed", "lied",
                   "doesn't", "know", "-", "'", ".", ",", "re", "cognize", "absolutely", '"', "“", "”"]


@THOROUGH
@given(text=st.lists(st.sampled_from(FAULTING_PIECES), max_size=30).map("".join))
def test_a_claim_without_a_faulting_key_word_calls_nobody_wrong(text):
    words = unquoted(text)  # as faulted_claims reads a claim: 'under"stand' is "understand"
    if not holds_key_word(FAULTING_WORDS_KEYS, words):
        assert FAULTED.search(INTENSIFIER.sub("", words)) is None


BEFORE_PIECES = PIECES + ["was", "WAS", "the", "tHe", "of", "into", "hiſ", "ſuch", "Obama's", "theater", "_the", "être", "1the", "\u2028"]


@THOROUGH
@given(text=st.lists(st.sampled_from(BEFORE_PIECES), max_size=20).map("".join), data=st.data())
def test_a_word_read_back_before_the_spaces_is_found_where_the_case_blind_pattern_finds_it(text, data):
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    for words in (DETERMINER_BEFORE, PASSIVE_BEFORE, PREPOSITION_BEFORE):
        assert words.search(text, start, end) == (words.pattern.search(text, start, end) is not None)


@pytest.mark.parametrize("text, start", [("this  ", 0), ("this  ", 2), ("hiſ ", 0), ("Was ", 0), ("It waſ  ", 1), ("into\n", 0), ("in-to ", 0), ("the", 0)])
def test_a_word_cut_by_the_start_or_spelt_with_other_letters_is_read_as_the_pattern_reads_it(text, start):
    for words in (DETERMINER_BEFORE, PASSIVE_BEFORE, PREPOSITION_BEFORE):
        assert words.search(text, start, len(text)) == (words.pattern.search(text, start, len(text)) is not None)


COUNTER_PIECES = PIECES + ["disagreed", "Pushed", "pushed", "back", "BACK", "hit", "(", "-", ".", " ", "\n", "  ", "re", "butted", "shot"] + [
    "the", "that", "it", "research", "on", "Monday", "quickly", "was", "challenged", "Challenged", "\u017f", "\u212a", "\u0130", "'s", "”", "with", "against", "their", "\t",
]


@THOROUGH
@given(text=st.lists(st.sampled_from(COUNTER_PIECES), max_size=20).map("".join))
@example(text="Vogt pushed \n  back.")
@example(text="Vogt (disagreed)")
@example(text="Vogt pushed back-.")
@example(text="Vogt pushed back. Yes")
@example(text="Marsh stands by the research on Monday.")
@example(text="The figure was quickly challenged.")
@example(text="Vogt pushed back on the research \n")
@example(text="Vogt pushed back  \t on  the  research  report")
def test_a_counter_cue_ending_the_words_is_found_where_a_search_of_all_of_them_finds_it(text):
    assert ends_with_counter_cue(text) == (COUNTER_ENDING.search(text) is not None)
    # The object pointing back is looked for among the last words only.
    assert cue_ending(text) == POINTED_OBJECT.sub("", without_adjuncts(text.rstrip(SENTENCE_CLOSE)), count=1)
    # A sentence is read for a closing counter cue, or a challenge, only where their key words stand.
    assert closes_with_counter_cue(text, 0, len(text)) == (COUNTER_ENDING.search(text) is not None or COUNTER_ENDING.search(cue_ending(text)) is not None)
    assert holds_case_blind(text, CHALLENGED_KEYS, 0, len(text)) or CHALLENGED.search(text) is None



def plain_honorific_breaks(text: str, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    pieces, start = [], sentence[0]
    for match in PLAIN_HONORIFIC_AFTER_STOP.finditer(text, *sentence):
        pieces.append((start, match.end("stop")))
        start = match.end()
    return [*pieces, (start, sentence[1])]


@THOROUGH
@given(text=spaced_texts, data=st.data())
def test_honorifics_are_looked_for_from_the_stop_before_them_and_the_end_of_a_sentence_only(text, data):
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    assert _honorific_breaks(text, (start, end)) == plain_honorific_breaks(text, (start, end))
    for pattern, reach in [(HONORIFIC_END, HONORIFIC_END_CHARS), (PLURAL_TITLE_END, PLURAL_TITLE_END_CHARS)]:
        at_end = _at_end(pattern, text, (start, end), reach)
        assert (at_end and at_end.span()) == ((found := pattern.search(text, start, end)) and found.span())


@pytest.mark.parametrize("text, start", [('a tough race." Mr. Kirk said', 13), ("a tough race. Mr. Kirk said", 13), ("Ms. Lee won. Dr. Hale", 0)])
def test_an_honorific_after_a_stop_just_before_the_sentence_is_found_as_the_plain_pattern_finds_it(text, start):
    assert _honorific_breaks(text, (start, len(text))) == plain_honorific_breaks(text, (start, len(text)))


@THOROUGH
@given(text=spaced_texts, data=st.data())
def test_role_phrases_opening_with_their_first_letter_are_found_where_the_plain_pattern_finds_them(text, data):
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    plain = [(m.span(), m["role"], m["owner"]) for m in PLAIN_ROLE_PHRASE.finditer(text, start, end)]
    assert [(m.span(), m["role"], text[m.start() : m.end("owner")] if m["owner"] is not None else None) for m in ROLES.finditer(text, start, end)] == plain
    if "'s" not in text[start:end] and "’s" not in text[start:end]:  # no owner: a determiner opens every role phrase
        assert [(m.span(), m["role"], None) for m in ROLES_AFTER_DETERMINER.finditer(text, start, end)] == plain


# Words a group, a question or a quoted stop is read from, besides PIECES.
CLAUSE_PIECES = PIECES + [
    "some", "Others", "voters", "that", "while", "though", "ss", "is", "asked", "Asked", "ASKED", "aſked", "whether",
    "said that", "That", "in a statement", "claims", "reckless.”", "“So", ".”", "”", "?”",
    "officials", "Officials", "x-officials", "3-officials", "secretary-general", "minister’s", "It", "THEY", "İt",
]
clause_texts = st.lists(st.tuples(st.sampled_from(CLAUSE_PIECES), st.sampled_from(["", " "])), max_size=30).map(
    lambda pieces: "".join(piece + space for piece, space in pieces)
)
PLAIN_GROUP_AFTER_BOUNDARY = re.compile(
    r"(?:(?<=[,;:—–])|(?<=\band)|(?<=\bbut)|(?<=\bwhile)|(?<=\bthat)|(?<=\bthough))\s+"
    + GROUP_AFTER_BOUNDARY.pattern.split(r"(?<=\bthough\s))\s*", 1)[1]
)
PLAIN_QUOTATION_AFTER_QUOTED_STOP = re.compile(r"(?<=[.!?])(?P<stop>”)\s+(?=“)")


def plain_quotation_breaks(text: str, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    if text.startswith(("“", '"'), sentence[0]) or not (match := PLAIN_QUOTATION_AFTER_QUOTED_STOP.search(text, *sentence)):
        return [sentence]
    return [(sentence[0], match.end("stop")), (match.end(), sentence[1])]


@THOROUGH
@given(text=clause_texts, data=st.data())
def test_clause_patterns_looked_for_after_a_cheap_test_find_what_the_plain_search_finds(text, data):
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    group, plain_group = GROUP_AFTER_BOUNDARY.search(text, start, end), PLAIN_GROUP_AFTER_BOUNDARY.search(text, start, end)
    assert (group and group.span("group")) == (plain_group and plain_group.span("group"))
    assert may_ask(text, start, end) == (ASKING.search(text, start, end) is not None)
    that, plain_that = that_after_adjunct(text[start:end]), THAT_AFTER_ADJUNCT.match(text[start:end])
    assert (that and that.span()) == (plain_that and plain_that.span())
    assert _quotation_breaks(text, (start, end)) == plain_quotation_breaks(text, (start, end))


# Groups, their quantifiers' last words and the fillers that may follow them before a cue, besides CLAUSE_PIECES.
GROUP_PIECES = CLAUSE_PIECES + [
    "forecasters", "Forecasters", "bus", "boss", "axis", "does", "six", "SIX", "ten", "10", "10%", "%", "٣", "per cent",
    "percent", "one-fourth", "two-thirds", "a majority", "most of them", "out of", "us", "ſome", "about", "also", "however",
    "quickly", "(R-Ky.)", "(", ")", "last week", "on Monday", "—", "–", "though", "2024", "who", "Who", "WHICH",
    "whıch", "those who", "those, who",
]
group_texts = st.lists(st.tuples(st.sampled_from(GROUP_PIECES), st.sampled_from(["", " ", ", "])), max_size=30).map(
    lambda pieces: "".join(piece + space for piece, space in pieces)
)


@THOROUGH
@example(text="costs, but forecasters ", start=0, end=23, fillers_from=0)
@example(text="Republicans who also ", start=0, end=21, fillers_from=0)
@given(text=group_texts, start=st.integers(0, 400), end=st.integers(0, 400), fillers_from=st.integers(0, 400))
def test_a_group_or_relative_pronoun_before_the_fillers_is_searched_for_where_the_plain_search_finds_it(text, start, end, fillers_from):
    end = min(end, len(text))
    start = min(start, end)
    fillers = trailing_fillers_start(text, min(fillers_from, start), end)  # searched for from the window or before
    fast, plain = group_after_boundary(text, start, end, fillers), GROUP_AFTER_BOUNDARY.search(text, start, end)
    assert (fast and (fast.span(), fast.span("group"))) == (plain and (plain.span(), plain.span("group")))
    who, plain_who = who_before(text, start, end, fillers), WHO_BEFORE.search(text, start, end)
    assert (who and who.span()) == (plain_who and plain_who.span())


def test_a_name_classified_again_is_a_new_mention_at_its_own_offsets():
    text = "Finance Minister Ada Novak spoke. Finance Minister Ada Novak left."
    first, second = classify_name(text, 0, 26), classify_name(text, 34, 60)
    assert (first.span, second.span, first.text, second.name, second.title) == ((0, 26), (34, 60), second.text, "Ada Novak", "Finance Minister")
    first.description = "the minister"
    assert classify_name(text, 34, 60).description is None


@THOROUGH
@example(text="“Ada” ΣΑ")
@example(text="A\ud800İ")
@given(text=st.text(alphabet=st.one_of(st.sampled_from("AaZ“”—©"), st.characters())))
def test_a_text_is_lower_cased_character_for_character_as_str_lower_reads_each(text):
    per_character = "".join(char.lower()[0] for char in text)
    assert lower_case(text) == (per_character if len(text.lower()) != len(text) else text.lower())


def test_one_character_alone_lowers_to_more_than_one():
    assert [chr(code) for code in range(sys.maxunicode + 1) if len(chr(code).lower()) != 1] == ["\u0130"]


@THOROUGH
@given(text=st.lists(st.sampled_from(CLAUSE_PIECES + ["ΣΑ", "Σ", "σ"]), max_size=30).map("".join), data=st.data())
def test_a_sentence_reads_the_runs_and_speaker_nouns_of_the_article_lowered_as_those_of_itself_lowered(text, data):
    assume("\u0130" not in text)
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    lowered = lower_case(text)
    runs = lowered.encode("ascii", "replace").translate(ASCII_LETTER_RUNS)[start:end].split()
    alone = text[start:end].lower()
    assert runs == ascii_letter_runs(alone, 0, len(alone))
    assert speaker_nouns_in(lowered[start:end], runs) == speaker_nouns_in(alone, runs)


@THOROUGH
@given(text=clause_texts, data=st.data())
def test_pronouns_and_speaker_nouns_are_skipped_only_where_no_run_of_letters_can_be_one(text, data):
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    lowered = lower_case(text)
    assert [m.span for m in pronoun_mentions(text, lowered, start, end)] == spans(PRONOUN.finditer(lowered, start, end))
    letter_runs = lowered.encode("ascii", "replace").translate(ASCII_LETTER_RUNS) if "\u0130" not in text else None
    for runs in {letter_runs, None}:  # the article's pronouns, found once (in its runs of letters), then each sentence's
        found_once = Pronouns(text, lowered, runs).mentions(start, end)
        assert [(m.span, m.text, m.name) for m in found_once] == [(m.span, m.text, m.name) for m in pronoun_mentions(text, lowered, start, end)]
    lowered_part = text[start:end].lower()  # "İ" lowers to two characters: the runs are read to its own end
    words = lowercase_words(lowered_part)
    runs = ascii_letter_runs(lowered_part, 0, len(lowered_part))
    assert not words & SPEAKER_NOUNS or not SPEAKER_NOUN_RUNS.isdisjoint(runs)


@THOROUGH
@given(text=st.lists(st.sampled_from(CLAUSE_PIECES + ["-", "ex-", "'", "_", "secretary", "president-elect", "aides", "aide-", "gov."]), max_size=30).map("".join))
def test_the_speaker_nouns_looked_for_one_by_one_are_those_among_all_the_words(text):
    lowered = text.lower()
    assert speaker_nouns_in(lowered, ascii_letter_runs(lowered, 0, len(lowered))) == lowercase_words(lowered) & SPEAKER_NOUNS


KEY_WORD_PIECES = [
    "not true", "isn't true", "true", "True", "tRUE", "untrue", "not", "is not the case", "case", "lies", "lies in", "made up", "made up of",
    "fiction", "science", "simply", "Simply", "ſimply", "really", "so", "very", "does not understand", "doesn't", "didn’t", "recognize",
    "believe", "wrong", "is wrong", "wrong with", "facts", "has his facts wrong", "2", "_", "é", "½", "\u0301", "\u0130", "ı", "ſ", "K",
    "'", "’", "-", ".", '"', "“", "\n",
]


@THOROUGH
@given(text=st.lists(st.tuples(st.sampled_from(KEY_WORD_PIECES), st.sampled_from(["", " ", "  "])), max_size=20).map(
    lambda pieces: "".join(piece + space for piece, space in pieces)
))
def test_a_pattern_of_whole_word_phrases_is_skipped_only_where_none_of_its_key_words_stands(text):
    if not holds_key_word(DENYING_KEYS, text):  # as denying_words reads the words
        blanked = NOT_DENYING_SENSE.sub(lambda other_sense: " " * len(other_sense.group()), INTENSIFIER.sub("", text))
        assert DENYING.search(blanked) is None
    for pattern, keys in ((INTENSIFIER, INTENSIFIER_KEYS), (FAULTING_WORDS, FAULTING_WORDS_KEYS)):
        assert holds_key_word(keys, text) or pattern.search(text) is None


ADJUNCT_PIECES = [
    "denied", "it", "outright", "Flatly", "last", "week", "WEEK", "wee", "on", "Monday", "today", "yesterday", "this", "morning", "in", "a",
    "statement", "tweet", "post", "posts", "interview", "ly", "_", "ſ", "K", "weeK", "İ", "2", "said",
]
adjunct_texts = st.lists(st.tuples(st.sampled_from(ADJUNCT_PIECES), st.sampled_from(["", " ", "  ", "\n", ".", '."', " - "])), max_size=12).map(
    lambda pieces: "".join(piece + space for piece, space in pieces)
)


@THOROUGH
@given(text=adjunct_texts)
def test_adjuncts_are_looked_for_only_after_a_word_that_ends_as_one_and_cut_as_the_plain_pattern_cuts_them(text):
    assert without_adjuncts(text) == TRAILING_ADJUNCT.sub("", TRAILING_ADJUNCT.sub("", text))


ASKING_PIECES = ["asked", "ASKED", "Asked", "ask", "ed", "a", "s", "k", "\u017f", "\u212a", "\u0130", "\u0131", "task", "“", " ", ".", "\n"]


@THOROUGH
@given(text=st.lists(st.sampled_from(ASKING_PIECES), max_size=16).map("".join), cut=st.integers(0, 3))
@example(text="She was aſked", cut=0)
@example(text="a Kelvin sign: as\u212aed", cut=0)
def test_the_letters_of_a_verb_of_asking_are_found_in_lower_case_bytes_where_the_case_blind_search_finds_them(text, cut):
    start, end = min(cut, len(text)), max(min(cut, len(text)), len(text) - cut)
    assert asking_letters(text, start, end) == (ASKING_LETTERS.search(text, start, end) is not None)


SOURCE_PIECES = [
    "sources", "Sources", "SOURCES", "ſources", "officials", "offıcials", "people", "aide", "aides", "spokesman", "spo\u212aesman",
    "familiar with", "briefed on", "the talks",
    "senior", "Senior", "government", "administration", "U.S.", "White House", "a", "an", "the", "two", "said", "told", "was", "x", "_",
    "İ", "K", ",", ".", ";", "(", "—", '"', "“", "-", "\t", "\n",
]
source_texts = st.lists(st.tuples(st.sampled_from(SOURCE_PIECES), st.sampled_from(["", " ", "  ", "\t"])), max_size=24).map(
    lambda pieces: "".join(piece + space for piece, space in pieces)
)


@THOROUGH
@given(text=source_texts, data=st.data())
def test_unnamed_sources_are_searched_for_from_a_few_words_before_each_head_word_and_found_where_a_full_scan_finds_them(text, data):
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    assert spans(_anonymous_matches(text, lower_case(text), start, end)) == spans(ANONYMOUS.finditer(text, start, end))


@THOROUGH
@given(text=st.lists(st.sampled_from(PIECES + ["declined", "refused to", "ſpoke", "asked not to be", "named", "comment"]), max_size=30).map(" ".join),
       data=st.data())
def test_refusals_are_looked_for_only_where_each_phrases_longest_word_stands(text, data):
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    lowered = lower_case(text)
    assert refusals(lowered, start, end) == spans(NON_CLAIM.finditer(lowered, start, end))


@st.composite
def windows(draw, pieces, max_size):
    """A text made of the pieces, and a window of it: (text, start, end)."""
    text = "".join(draw(st.lists(st.sampled_from(pieces), max_size=max_size)))
    end = draw(st.integers(0, len(text)))
    return text, draw(st.integers(0, end)), end


CONJUNCTION_PIECES = [
    "and", "AND", "But", "because", "even", "as", "though", "ſince", "ſo", "ıf", "xand", "said", "x", "é", ",", ";", " ", "  ", "\n", "\u00a0", "\x1c",
]


@THOROUGH
@given(window=windows(CONJUNCTION_PIECES, max_size=16))
def test_a_conjunction_is_searched_for_only_after_a_word_that_can_be_one_and_found_where_the_pattern_finds_it(window):
    text, start, end = window
    plain = SUBORDINATE_BEFORE.search(text, start, end)
    assert subordinate_before(text, start, end) == (plain.start() if plain else None)


PARTICIPLE_PIECES = ["Noting", "noting", "Saying", "Xing", "Ring", "ing", "N", "that", "thatx", "É", ",", " ", "\n", "\u00a0"]


@THOROUGH
@given(window=windows(PARTICIPLE_PIECES, max_size=8))
def test_an_opening_participle_is_tried_only_after_a_capitalised_ing_word_and_found_where_the_pattern_finds_it(window):
    text, start, end = window
    found, plain = opening_participle(text, start, end), OPENING_PARTICIPLE.match(text, start, end)
    assert (found and found.span()) == (plain and plain.span())


FINITE_PIECES = ["is", "this", "was", "were", "do", "does", "don", "had", "hadn't", "has", "have", "did", "_", "é", "2", " ", ",", "-"]


@THOROUGH
@given(window=windows(FINITE_PIECES, max_size=14))
def test_the_first_finite_verb_found_by_str_find_is_the_one_the_pattern_finds(window):
    text, start, end = window
    plain = PLAIN_FINITE.search(text, start, end)
    assert first_finite(text, start, end) == (plain and (plain.start(), plain.group()))


OWNER_PIECES = ["denied", "the", "Labour", "Party", "claims", "x", "O’Brien", "É", "A.", "-", ",", " ", "  ", "\n", "\u00a0"]


@THOROUGH
@given(window=windows(OWNER_PIECES, max_size=14))
def test_a_named_owner_before_a_cue_is_searched_for_only_after_a_capital_and_found_where_the_pattern_finds_it(window):
    text, start, end = window
    found, plain = named_object_before(text, start, end), NAMED_OBJECT_BEFORE.search(text, start, end)
    assert (found and found.span()) == (plain and plain.span())


FIGURE_PIECES = ["7", "٣", "２", "²", "Ⅻ", "x", " ", "’", "—", "."]


@THOROUGH
@given(window=windows(FIGURE_PIECES, max_size=12))
def test_a_figure_is_found_where_the_digit_pattern_finds_one(window):
    text, start, end = window
    assert states_figure(text, start, end) == (FIGURE.search(text, start, end) is not None)


JOINER_PIECES = ["and", "AND", "ſo", "so", "So.", "though", "Given", "plan", "x", "_", "é", ",", ";", ":", "-", "—", "–", " ", "  ", "\n", "\u00a0", '"']


@THOROUGH
@given(text=st.lists(st.sampled_from(JOINER_PIECES), max_size=24).map("".join), data=st.data())
def test_trailing_joiners_are_searched_for_after_the_last_other_word_and_found_where_a_full_search_finds_them(text, data):
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    found = TRAILING_JOINERS.search(text, _joiners_start(text, start, end), end)
    plain = TRAILING_JOINERS.search(text, start, end)
    assert (found and found.span()) == (plain and plain.span())


MODIFIER_PIECES = [
    "who", "Who", "WHO", "that", "THAT", "backed", "interviewed", "close", "to", "by", "also", "(R-Ky.)", "30%", "Voters", "officials", "Mr.",
    "O’Brien", "said", "x", "_", ",", ".", ")", "’", "'", '"', "—", "\n", "\t", "  ", "\u00a0", "ſ",
]


@THOROUGH
@given(text=st.lists(st.tuples(st.sampled_from(MODIFIER_PIECES), st.sampled_from(["", " ", ", "])), max_size=20).map(
    lambda pieces: "".join(piece + space for piece, space in pieces)
), data=st.data())
def test_relative_pronouns_and_modifiers_opening_with_their_space_are_found_where_the_look_behind_patterns_find_them(text, data):
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    for fast, plain in [(WHO_BEFORE, PLAIN_WHO_BEFORE), (POST_MODIFIER, PLAIN_POST_MODIFIER)]:
        assert spans(fast.finditer(text, start, end)) == spans(plain.finditer(text, start, end)), plain.pattern


def plain_prose(text: str, start: int, end: int) -> bool:
    """casing._prose as first written: the lower-case words after the first word, after spaces against the capitals
    A-Z, or all of them against the capitalised words, outnumber a CAPITALISED_PER_LOWER-th of those."""
    first = WORD.search(text, start, end)
    if first is None:
        return False
    capitals = sum(text.count(letter, first.end(), end) for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    spaced, lower = SPACED_LOWERCASE_WORD.findall(text, first.end(), end), LOWERCASE_WORD.findall(text, first.end(), end)
    return len(spaced) * CAPITALISED_PER_LOWER > capitals or len(lower) * CAPITALISED_PER_LOWER > len(CAPITALISED_WORD.findall(text, first.end(), end))


@THOROUGH
@example(text="Ada the the a a in of to and")
@example(text="“McDonald said the”")
@example(text="Ada theK")  # a common word counted only whole
@given(text=spaced_texts)
def test_a_line_is_told_prose_by_its_common_words_and_first_word_read_by_hand_as_the_patterns_tell_it(text):
    data = text.encode("ascii", "replace")
    for line in re.finditer(r"[^\n]+", text):
        first = WORD.search(text, *line.span())
        assert _first_word_end(text, *line.span()) == (first.end() if first else -1)
        assert _prose(text, data, *line.span()) == plain_prose(text, *line.span())


@THOROUGH
@example(text=" Ada.")
@example(text="Ada. ")
@example(text=".")
@example(text="A")
@example(text="")
@given(text=st.lists(st.sampled_from(PLAIN_PIECES + ["Mr.", ".", "!", "?", " ", "\n", "\t", "[", "_", "*"]), max_size=30).map("".join))
def test_a_paragraph_of_ascii_is_one_sentence_to_blingfire_where_the_pattern_says_it_is(text):
    for start in range(len(text) + 1):  # an empty paragraph too, and one ending before the text does
        for end in range(start, len(text) + 1):
            assert _one_sentence(text, start, end) == (ONE_SENTENCE.fullmatch(text, start, end) is not None)


def test_the_runs_of_ascii_letters_are_read_as_written_and_capitals_break_them():
    text = "Mark SAID it’s 9am"
    assert ascii_letter_runs(text, 0, len(text)) == [b"ark", b"it", b"s", b"am"]


SHARE_PIECES = [
    "51", "percent", "PerCent", "per cent", "per  cent", "majority", "Majorities", "plurality", "minority", "half", "Half", "third",
    "thirds", "quarter", "in 10", "In Ten", "in ten", "in", "ten", "10", "٣", "²", "thırd", "halſ", "İn ten", "of", "voters",
    "the", "a", " ", "-", ",", "’", "Ünion",
]


@THOROUGH
@given(name=st.lists(st.sampled_from(SHARE_PIECES), max_size=8).map("".join))
@example(name="Six in 10 voters")
@example(name="thırd of them")
def test_a_share_is_found_in_a_name_where_the_case_blind_pattern_finds_one(name):
    assert _names_share(name) == (RESPONDENT_SHARE.search(name) is not None)


FILLER_PIECES = ["has", "Has", "HAD", "also", "didn't", "didn’t", "DIDN’T", "ſeveral", "ſ", "Monday", "mon", "day", "since", "x", "é", "İs", "ıs", "-", "'"]


@THOROUGH
@given(word=st.lists(st.sampled_from(FILLER_PIECES), max_size=3).map("".join), before=st.sampled_from(["", "and ", "X"]))
@example(word="several", before="")
def test_a_word_is_a_filler_where_the_case_blind_pattern_matches_the_whole_of_it(word, before):
    text = before + word + " said"
    assert _is_filler(text, len(before), len(before) + len(word)) == (COORDINATED_FILLER.fullmatch(text, len(before), len(before) + len(word)) is not None)


# Told and described denials, with the letters that case-blind matching folds ("ſ" for "s", "K" for "k").
DENIAL_PIECES = [
    "denied", "Denies", "DISPUTED", "questioned", "Question", "challenged", "contests", "cast doubt on", "ſtood by", "rejected",
    "pushed back", "Pushed back on", "stood by", "took issue with", "rebutted", "contradicted", "countered", "that", "it", "this",
    "the claim", "the claims", "her account", "the union's figures", "its findings", "ever saying", "making", "the account of",
    "the prediction", "about", "over", "of", "the plan", "last week", "in a statement", "firmly", "categorically", "K", "ſ",
    '"', "“", "”", ".", ";", "!", "?", ",", " ", "  ", "\n", "-", "x", "Xdenied", "2",
]
denial_texts = st.lists(st.tuples(st.sampled_from(DENIAL_PIECES), st.sampled_from(["", " "])), max_size=20).map(
    lambda pieces: "".join(piece + space for piece, space in pieces)
)


@THOROUGH
@given(text=denial_texts, data=st.data())
@example(text='He "categorically denies" the claims.', data=None)
def test_denial_patterns_opening_with_a_look_ahead_find_what_the_plain_patterns_find(text, data):
    end = data.draw(st.integers(0, len(text))) if data else len(text)
    start = data.draw(st.integers(0, end)) if data else 0
    for fast in (TOLD_DENIAL, DESCRIBED_DENIAL):
        plain = re.compile(fast.pattern.replace(DENIAL_OPENING, "", 1), fast.flags)
        assert plain.pattern != fast.pattern
        assert [m.group() for m in fast.finditer(text, start, end)] == [m.group() for m in plain.finditer(text, start, end)]
        assert spans(fast.finditer(text, start, end)) == spans(plain.finditer(text, start, end))


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("Perp ,.\t\nthe aCNan'-Xs\"")), max_size=60), st.data())
@example("Per the club, Rovers will write.", None)
@example("Sales fell, per Reuters.", None)
@example("Sales fell, per the plan, in May. Half, per\tthe scheme.", None)
def test_per_cues_tried_only_where_per_and_a_space_stand_are_what_the_plain_pattern_finds(text, data):
    start = data.draw(st.integers(0, len(text))) if data else 0
    end = data.draw(st.integers(start, len(text))) if data else len(text)
    assert [cue.span for cue in _per_cues(text, start, end, SpanIndex([]))] == \
        [match.span() for match in PER_SOURCE.finditer(text, start, end)]
