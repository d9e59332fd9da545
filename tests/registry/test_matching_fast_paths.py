"""Matching's cheaper ways give what the plain ones gave: each is checked against the plain code it replaced."""
from hypothesis import given
from hypothesis import strategies as st

from sources.normalise import ASCII_WORD, WORD, Word, key_of, normalise_word, words
from sources.polarity import counted_negations, negations
from sources.provenance import (
    FUNCTION_WORDS,
    coverage,
    has_similar_stem,
    key_stem_set,
    span_negations,
    statement_words,
    stem,
    text_terms,
)
from sources.textindex import TokenIndex

# Words and marks that exercise the word pattern and the terms: negations, contractions, possessives, dots inside
# words and numbers, an underscore, accents and a curly apostrophe.
PIECES = ["not", "never", "no", "don't", "won’t", "isn't", "Japan's", "U.S.", "0.5", "1,000", "rates", "rated",
          "currencies", "the", "and", "said", "Café", "naïve", "foo_bar", "e-mail", "’", "'", ".", "..", ",", "-",
          "“", "”", " ", "  ", "\n", "x", "Ab9"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
ASCII_TEXTS = st.text(alphabet=[chr(code) for code in range(128)])


@given(ASCII_TEXTS)
def test_ascii_text_has_the_same_words_by_either_pattern(text):
    assert ASCII_WORD.findall(text) == WORD.findall(text)


@given(st.one_of(TEXTS, st.text()))
def test_words_are_those_the_plain_pattern_finds(text):
    assert words(text) == [Word(normalise_word(match.group()), match.start(), match.end()) for match in WORD.finditer(text)]


@given(st.one_of(TEXTS, st.text()))
def test_text_terms_are_the_key_the_content_stems_and_the_negations(text):
    written = WORD.findall(text)
    key = key_of(written)
    assert text_terms(text) == (key, [stem(word) for word in key.split() if word not in FUNCTION_WORDS],
                                counted_negations(written))


@given(TEXTS, st.data())
def test_a_spans_negations_are_those_of_its_text(text, data):
    found = statement_words(text)
    if found:
        first = data.draw(st.integers(0, len(found) - 1))
        last = data.draw(st.integers(first, len(found) - 1))
        span = (found[first].start, found[last].end)
    else:
        span = (0, 0)
    assert span_negations(text, span) == negations(text[slice(*span)])


def plain_coverage(stems: list[str], statement_key: str, min_words: int, cutoff: float) -> float:
    """coverage as it was: the stems looked at in order, stopping once too many are missing."""
    count = len(stems)
    if count < min_words:
        return 0.0
    missing = 0
    for word in stems:
        if word not in key_stem_set(statement_key) and not has_similar_stem(statement_key, word):
            missing += 1
            if 100.0 * (count - missing) / count < cutoff:
                return 0.0
    return 100.0 * (count - missing) / count


STEMS = st.lists(st.sampled_from(["fee", "fees", "rise", "risen", "harbour", "year", "tariff", "rice", "japan"]), max_size=8)


@given(STEMS, STEMS.map(" ".join), st.integers(1, 3), st.sampled_from([0.0, 50.0, 75.0, 100.0]))
def test_coverage_is_the_share_of_stems_found_whatever_their_order(stems, statement_key, min_words, cutoff):
    assert coverage(stems, statement_key, min_words, cutoff) == plain_coverage(stems, statement_key, min_words, cutoff)


def plain_candidates(index: TokenIndex, query_words: list[str], limit: int) -> list[int]:
    """TokenIndex.candidates as it was, testing each list against the limit in turn."""
    lists = sorted(filter(None, (index.postings.get(word, ()) for word in dict.fromkeys(query_words))), key=len)
    if not lists or len(lists[0]) > limit:
        return None
    chosen = set(lists[0])
    for ids in lists[1:]:
        if len(chosen) + len(ids) <= limit:
            chosen.update(ids)
    return list(chosen)


VOCABULARY = ["harris", "tobias", "kamala", "devi", "trump", "donald", "rice", "tariff"]


@given(st.lists(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=4).map(" ".join), min_size=1, max_size=40),
       st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=6), st.integers(1, 50))
def test_candidates_pool_the_rarest_lists_that_fit(documents, query, limit):
    index = TokenIndex(documents)
    expected = plain_candidates(index, query, limit)
    if expected is not None:  # (the rarest list alone too long is another path, unchanged)
        assert index.candidates(query, limit, typo_cutoff=80.0) == expected
