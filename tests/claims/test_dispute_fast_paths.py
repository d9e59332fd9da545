"""Fast paths of dispute finding find exactly what the plain searches they stand in front of find: a key word
test says no only where the plain pattern cannot match, so that a speed-up can never change a dispute."""
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claims.disputes.counterclaims import COUNTER, COUNTER_WORD_KEYS
from claims.disputes.acts import TOLD_DENIAL, VERB_KEYS, _described, _told
from claims.disputes.keys import LETTER_TABLE, KeyWords, holds_case_blind, holds_key_word, key_words, lowered_runs, opening_with, openings, per_article
from claims.disputes.polarity import DENYING, DENYING_KEYS, INTENSIFIER, NO_SUCH, NOT_DENYING_KEYS, NOT_DENYING_SENSE, NOT_DENYING_BEFORE, may_refuse, POINTING_STEMS, bare_denial, denying_words, points_back_negated, unquoted
from claims.disputes.run_on import DESPITE_KEY, DESPITE_PROPOSITION
from claims.disputes.propositions import NAMED_PROPOSITION, NOUN_BEFORE_SOURCE, SOURCE_REACH, SOURCE_STOP, _noun_before_source, _word_span_before
from claims.disputes.targets import OTHER_ACCOUNT, OTHER_ACCOUNT_KEYS, OWNED_POINTER, POINTED_NOUNS, POINTER, QUOTED_WORDS
from claims.lexicon import CONTENT_NOUNS, POINTER_CUES
from claims.disputes.voice import BARE_NO, BARE_NO_OPENINGS, CORRECTION, CORRECTION_OPENINGS, OMISSION, OMISSION_OPENINGS, may_open, DOCUMENT_KEYS, DOCUMENTS_REACH, DOCUMENTS_SHOW, ADVERB_BEFORE_CUE, EVIDENCE_SHOWN, FALSITY, NOTHING_SUPPORTS, NEVER_TAKEN_KEY, NEVER_TAKEN_WORDS, POINTER_FALSE, RAN_ON_VERDICT, VERDICT, VERDICT_KEYS
from claims.disputes.words import CONTENT_CHARACTERS, ENTRY_BREAK, NEGATION_WORDS, negated, SENTENCE_END, WORD_OR_NEGATION, phrase_pattern, same_entry, sentence_end_after, sentence_end_matches, stems

THOROUGH = settings(max_examples=300, deadline=None)

PIECES = [
    " ", "  ", "\n", ", ", ". ", "; ", "? ", "\"", "“", "”", "-", "'", "x", "The", "the", "that", "claim", "a claim", "it", "is", "was",
    "denied", "Denies", "UNDENIED", "disputing", "pushed back", "Pushed  back", "took issue", "rejects", "on",
    "false", "Falsely", "untrue", "not true", "NOT the case", "evidence", "no evidence", "proof", "wrong", "contrary to", "despite",
    "such", "no such", "SUCH", "ſuch", "no ſuch", "ı", "İ", "never", "Never", "NEVER", "no record", "No record", "é", "_",
    "12:30 p.m.", ":", "___", "* * *", "2016 9:12PM", "—", "Vogt disagreed", "rejected that", "denied it last week",
    "A", "\n\n", ".\n", "!’ ", "?\" A", ". \"(", "simply", "So", "utterly", "nonsense", "Nonsense", "a lie", "lies", "tr", "ue",
    "That is", "no truth", "the claims", " of ", " about ", "the account", "the prediction", " over ",
    "records", "Shows", "wrongly", "but", "there is", "he has offered", " to support it",
]
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def windows(text: str, data) -> tuple[int, int]:
    start = data.draw(st.integers(0, len(text)))
    return start, data.draw(st.integers(start, len(text)))


@THOROUGH
@given(text=texts, data=st.data())
@example(text="They rejected that. It is false, no evidence", data=None)
def test_a_key_word_stands_wherever_its_phrases_match(text, data):
    start, end = windows(text, data) if data else (0, len(text))
    phrases = {VERB_KEYS: phrase_pattern(("denied", "denies", "disputing", "pushed back", "took issue", "rejects", "rejected")),
               VERDICT_KEYS: phrase_pattern(("false", "falsely", "untrue", "not true", "not the case", "evidence", "proof", "wrong"))}
    for keys, pattern in phrases.items():
        if pattern.search(text, start, end):
            assert keys.stand_in(text, start, end)


@THOROUGH
@given(text=texts, data=st.data())
def test_patterns_behind_a_key_word_test_match_only_where_a_key_word_stands(text, data):
    start, end = windows(text, data)
    for keys, patterns in ((VERB_KEYS, (TOLD_DENIAL,)), (VERDICT_KEYS, (RAN_ON_VERDICT, FALSITY, POINTER_FALSE, NOTHING_SUPPORTS, EVIDENCE_SHOWN, ADVERB_BEFORE_CUE))):
        if any(pattern.search(text, start, end) for pattern in patterns):
            assert keys.stand_in(text, start, end)
    if VERDICT.match(text, start):
        assert VERDICT_KEYS.stand_in(text, start)


PHRASE_PIECES = [*PIECES, "lies with", "Lies  in", "lying", "made up of", "MADE UP HIS MIND", "fiction", "science fiction", "wrong with",
                 "telling", "Tells", "a different", "DIFFERENT", "differently", "story", "picture", "painted",
                 "disagreed", "stood by", "STANDS BY", "hit back", "fired back"]


@THOROUGH
@given(text=st.lists(st.sampled_from(PHRASE_PIECES), max_size=16).map("".join))
@example(text="The fault lies with the council.")
@example(text="They are telling a different story.")
def test_phrases_behind_a_key_word_test_are_found_only_where_a_key_word_stands(text):
    for pattern, keys in ((NOT_DENYING_SENSE, NOT_DENYING_KEYS), (OTHER_ACCOUNT, OTHER_ACCOUNT_KEYS), (COUNTER, COUNTER_WORD_KEYS)):
        if pattern.search(text):
            assert holds_key_word(keys, text)


@THOROUGH
@given(text=texts)
@example(text="It is simply not trueé")
@example(text="It is ſimply nonſenſe")
def test_a_text_holds_a_key_word_wherever_its_phrases_match(text):
    if DENYING.search(text):
        assert holds_key_word(DENYING_KEYS, text)


REFUSING_PIECES = [" ", "  ", "x", "ly ", "to ", "not", "NOT", "no", "t", "n't", "N’T", "did", "Would", "declined", "REFUſED",
                   "refused", "fail", "ed", "never", "neither", "nor", "Nor", "ı", "K", "'", "’", "-", "."]


@THOROUGH
@given(text=st.lists(st.sampled_from(REFUSING_PIECES), max_size=12).map("".join))
@example(text="did not ")
@example(text="refuſed to ")
def test_words_are_searched_for_a_refusal_wherever_one_may_stand(text):
    if NOT_DENYING_BEFORE.search(text):
        assert may_refuse(text)


@THOROUGH
@given(text=st.lists(st.sampled_from([*PIECES, "K", "\u212a", "24%", "9", "ß", "Å", "\u0307", "\t", "\x1c"]), max_size=30).map("".join))
@example(text="İstanbul \u212aelvin")
def test_runs_read_in_c_are_the_runs_a_pattern_finds_in_the_text_in_lower_case(text):
    assert lowered_runs(text, LETTER_TABLE) == re.findall("[a-z]+", text.lower())
    assert lowered_runs(text, CONTENT_CHARACTERS) == re.findall("[a-z0-9%]+", text.lower())


@given(text=texts)
def test_unquoted_words_are_the_words_without_double_quotation_marks(text):
    assert unquoted(text) == re.sub("[\"“”]", "", text)


@THOROUGH
@given(text=st.lists(st.sampled_from([*PIECES, "‘", "’", "a'", "'b", "x‘y", "‘ ", " ’"]), max_size=30).map("".join))
@example(text="he used the word 'reckless' and \"rigged\"")
def test_quoted_words_opening_with_a_class_are_those_of_the_plain_pattern(text):
    plain = re.compile(r"[\"“]([^\"“”]{1,40})[\"”]|(?<![\w])['‘]([^'’‘\"“”]{1,40}?)['’](?![\w])")
    assert [(m.span(), m.groups()) for m in QUOTED_WORDS.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)]


POINTER_PIECES = [" ", "  ", ", ", ".", "!", "\"", "“", "’s", "'", "The", "the", "this", "That", "his", "Lund", "it", "is", "was", "that",
                  "report", "reports", "Claim", "claims", "CLAIMED", "rumour", "rumours", "rumor", "story", "stor", "account", "accounts",
                  "accusation", "allegations", "analysis", "analyses", "fears", "figure", "wrongdoing", "idea", "ideas", "x", "nonsense"]


@THOROUGH
@given(text=st.lists(st.sampled_from(POINTER_PIECES), max_size=12).map("".join))
@example(text="the claims of his accounts")
def test_pointed_nouns_read_as_a_trie_match_as_the_nouns_joined_longest_first(text):
    joined = "|".join(sorted(CONTENT_NOUNS | set(POINTER_CUES) | {"story", "account"}, key=len, reverse=True))
    for pattern in (POINTER, OWNED_POINTER):
        plain = re.compile(pattern.pattern.replace(POINTED_NOUNS, joined), pattern.flags)
        for start in range(len(text) + 1):
            found, expected = pattern.match(text, start), plain.match(text, start)
            assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


@THOROUGH
@given(text=texts)
@example(text='She said so.\n\n"Yes!" A. B.  C?\n \n1')
def test_sentence_ends_tried_where_a_mark_stands_are_those_a_scan_finds(text):
    assert [m.span() for m in sentence_end_matches(text)] == [m.span() for m in SENTENCE_END.finditer(text)]


def test_a_key_holding_another_is_left_out_and_the_last_longest_word_of_a_phrase_is_its_key():
    assert KeyWords(("deny", "denying", "without offering evidence")).keys == ("deny", "evidence")
    assert openings(("take", "taken", "Took")) == ("take", "took")


@pytest.mark.parametrize("keys", [lambda: openings(("said", "déclaré")), lambda: KeyWords(("denied", "démenti")), lambda: key_words(("denied", "démenti"))])
def test_a_key_word_that_is_not_ascii_is_refused_as_it_would_never_be_found(keys):
    # the article is searched read as lower-case ASCII, where "é" stands as "?"
    with pytest.raises(ValueError, match="ASCII"):
        keys()


def test_an_answer_is_remembered_for_the_article_being_read_only():
    calls = []
    length = per_article(lambda text: calls.append(text) or len(text))
    article, other = "An article.", "Another one."
    assert [length(article), length(article), length(other), length(article)] == [11, 11, 12, 11]
    assert calls == [article, other, article]


@THOROUGH
@given(text=texts)
@example(text="NEVER said, never said, No record that")
def test_matches_opening_with_a_key_are_those_a_full_scan_finds(text):
    assert [m.span() for m in opening_with(NEVER_TAKEN_KEY, NEVER_TAKEN_WORDS, text)] == [m.span() for m in NEVER_TAKEN_KEY.finditer(text)]


@THOROUGH
@given(text=texts, data=st.data())
@example(text="Before\n___\nafter", data=None)
def test_an_entry_break_is_found_where_the_plain_search_finds_it(text, data):
    start, end = windows(text, data) if data else (0, len(text))
    assert same_entry(text, start, end) == (ENTRY_BREAK.search(text, start, end) is None)
    assert same_entry(text, end, start) == same_entry(text, start, end)


@THOROUGH
@given(text=texts)
@example(text="There was no ſuch meeting")
def test_a_negated_pointer_is_found_where_the_plain_search_finds_it(text):
    assert points_back_negated(text) == (NO_SUCH.search(text) is not None)


@THOROUGH
@given(text=texts)
@example(text="Vogt rejected that. The board disputed it; Lund took issue.")
@example(text="Vogt rejected the account of the meeting. Lund took issue with the prediction about jobs.")
def test_told_denials_read_after_the_verbs_only_are_those_every_stop_and_joint_gives(text):
    read_after_verbs = [m.span() for m in _told(text)], [m.span() for m in _described(text)]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(VERB_KEYS, "starts", lambda text: None)  # the keys cannot tell: every stop and joint is read
        assert ([m.span() for m in _told(text)], [m.span() for m in _described(text)]) == read_after_verbs


@THOROUGH
@given(text=texts, data=st.data())
@example(text="x\n   \n\n . A", data=None)
def test_a_sentence_end_read_off_the_whole_text_is_the_one_a_search_finds(text, data):
    start = data.draw(st.integers(0, len(text))) if data else 10
    for reach in (1, 2, 3, 30, 300):
        found, searched = sentence_end_after(text, start, reach), SENTENCE_END.search(text, start, start + reach)
        assert (found and found.span()) == (searched and searched.span())


@THOROUGH
@given(text=texts)
@example(text="That is simply not true")
@example(text="tr so ue")
def test_a_bare_denial_is_found_as_when_the_intensifiers_are_dropped_first(text):
    words = INTENSIFIER.sub("", unquoted(text))
    found = denying_words(words)
    plain = found is not None and not stems(words[: found.start()] + " " + words[found.end() :]) - POINTING_STEMS
    assert bare_denial(text) == plain


@THOROUGH
@given(text=st.lists(st.sampled_from([*PIECES, "’", "_x", "a1", "\t", "\u00a0", "\u2028"]), max_size=20).map("".join), data=st.data())
@example(text="the claims \n", data=None)
def test_the_word_span_before_a_position_is_the_one_a_search_of_the_window_finds(text, data):
    start, end = windows(text, data) if data else (0, len(text))
    found = re.compile(r"([\w’'-]+)\s+$").search(text, start, end)
    assert _word_span_before(text, start, end) == (found.span(1) if found else None)


@THOROUGH
@given(text=st.lists(st.sampled_from([*PIECES, "n't", "’t", "'t", "%", "42", "wasn’t", "is", "not", "sold", "’"]), max_size=25).map("".join))
@example(text="It was sold, it wasn't sold. Not'tsold")
def test_each_word_found_again_after_the_last_ends_where_the_scan_found_it(text):
    # polar_stems reads the words with findall and finds each again after the last one's end
    end, ends = 0, []
    for word in WORD_OR_NEGATION.findall(text):
        end = text.find(word, end) + len(word)
        ends.append(end)
    assert ends == [m.end() for m in WORD_OR_NEGATION.finditer(text)]


def test_lowered_runs_read_the_letters_of_either_case_in_lower_case():
    assert lowered_runs("Mark SAID it", LETTER_TABLE) == ["mark", "said", "it"]


SOURCE_PIECES = ["reports", "claims", "the", "BBC", "London", "staff", "council", " ", "\n", "\u00a0", "  ", " by ", " from ",
                 "by", "from", "From", ", ", "x", "-", "'s", " that ", "’", "_", "é", "2", "(", "\t"]


@THOROUGH
@given(text=st.lists(st.sampled_from(SOURCE_PIECES), max_size=20).map("".join), data=st.data())
@example(text="reports by the BBC from London that", data=None)
@example(text="claims from\nresearchers that", data=None)
@example(text="claims\u00a0from researchers that", data=None)
@example(text="O’Brien_2-x's by staff from the BBC by London staff that", data=None)
@example(text=f"{'x' * 70}reports by staff that", data=None)
def test_the_noun_before_a_source_is_the_leftmost_the_plain_search_finds(text, data):
    that = data.draw(st.integers(0, len(text))) if data else text.rfind(" that")
    plain = NOUN_BEFORE_SOURCE.search(text, max(0, that - SOURCE_REACH), that)
    found = _noun_before_source(text, that)
    assert (found and found.span(1)) == (plain and plain.span(1))


@THOROUGH
@given(text=st.lists(st.sampled_from([*PIECES, "Despite", "DESPITE", "deſpite", " claims ", " reports "]), max_size=30).map("".join), data=st.data())
@example(text="The bridge was safe, Despite claims that it had cracked", data=None)
def test_a_proposition_set_against_a_claim_is_looked_for_wherever_despite_stands_in_any_case(text, data):
    start, end = windows(text, data) if data else (0, len(text))
    if DESPITE_PROPOSITION.search(text, start, end):
        assert DESPITE_KEY.stand_in(text, start, end)


LONG_WORD = "w" * 40


@THOROUGH
@given(text=st.lists(st.sampled_from(["Records", "records", "The", "county's", "own", LONG_WORD, "x" * 29, " ", "\n", "     ", "\t",
                                      " show that", " shows ", "from the office", ".", "Data", "emails"]), max_size=16).map("".join), data=st.data())
@example(text=f"{LONG_WORD} {LONG_WORD} {LONG_WORD} records show that", data=None)
def test_documents_showing_a_fact_are_looked_for_wherever_the_pattern_may_match(text, data):
    start = data.draw(st.integers(0, len(text))) if data else 0
    if DOCUMENTS_SHOW.match(text, start):
        assert holds_case_blind(text, DOCUMENT_KEYS, start, start + DOCUMENTS_REACH)


HOLDER_PIECES = ["claims", "the claims", "reports", " by ", " from ", " in ", " on ", "the", "BBC", "Herald", "London", "last year", "this week",
                 "Monday", "March 2020", "May", "Theresa", "2019", "staff", " ", "\n", " that ", "P"]


@THOROUGH
@given(text=st.lists(st.sampled_from(HOLDER_PIECES), max_size=16).map("".join))
@example(text="reports by the BBC from London that P")
@example(text="claims from last year that P")
def test_a_holder_named_after_its_noun_holds_no_time_and_no_second_by_or_from(text):
    for match in NAMED_PROPOSITION.finditer(text):
        if match.group("source"):
            assert not re.search(rf"(?<![\w’'-]){SOURCE_STOP}", match.group("source")), match.group("source")


@THOROUGH
@given(text=st.lists(st.sampled_from([*PIECES, "n't", "N't", "n'T", "N’t", "’t", "'t", "no", "NOT", "no't", "Nor", "cannot", "\u212a", "24%", "9"]), max_size=25).map("".join))
def test_a_negation_is_found_where_a_word_the_pattern_reads_is_one(text):
    words = [word.lower() for word in WORD_OR_NEGATION.findall(text)]
    assert negated(text) == any(word in NEGATION_WORDS or word.endswith(("n't", "n’t")) for word in words)


OPENING_PIECES = [*PIECES, "But ", "HOWEVER, ", "yet ", "In fact", "ın truth", "actually", "It is not.", "it wasn't!", "And he did not.",
                  "Is it true? No.", "Does thiſ add up? No,", "Vogt failed to mention", "she omitted", "“", "\"", "ſhe did not."]


@THOROUGH
@given(text=st.lists(st.sampled_from(OPENING_PIECES), max_size=12).map("".join), data=st.data())
def test_a_sentence_is_read_for_an_omission_a_bare_no_or_a_correction_wherever_one_may_open(text, data):
    start = data.draw(st.integers(0, len(text)))
    for pattern, letters in ((OMISSION, OMISSION_OPENINGS), (BARE_NO, BARE_NO_OPENINGS), (CORRECTION, CORRECTION_OPENINGS)):
        assert may_open(text, start, letters) or pattern.match(text, start) is None
