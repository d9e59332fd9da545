"""A headline's capitalised clause ("Mayor Lind Is Over Veit's Speech") names people, but is not one name."""
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from claim_lookup import describe, find_claim
from claims import analyse
from claims.analysis import LowercaseWords
from claims.casing import MIN_CAPITALISED_SHARE, MIN_COMMON_WORDS, WORD, _common, sentence_cased


@pytest.mark.parametrize(
    "headline",
    [
        "The Harbour Crowd Does Not Like Karl Veit",
        "Anna Lind Is Over Karl Veit's Same Old Speech",
        "Karl Veit Says The Pier Will Not Reopen",
    ],
)
def test_a_name_in_a_title_case_headline_is_the_person_not_the_headline(headline):
    analysis = analyse(f'{headline}\nLena Vogt said the pier was unsafe. "That is not true," Veit said.')
    denial = find_claim(analysis, "That is not true")
    assert denial.speaker.name in ("Veit", "Karl Veit"), describe(analysis)


def test_a_name_with_a_clause_word_first_is_kept_whole():
    analysis = analyse("Will Hart, the harbour master, said the pier was unsafe.")
    assert find_claim(analysis, "the pier was unsafe").speaker.name == "Will Hart", describe(analysis)


@pytest.mark.parametrize(
    "headline, speaker, content",
    [
        ("Lena Vogt Says The Pier Will Reopen In May.", "Lena Vogt", "The Pier Will Reopen In May"),
        ("Ferry Fares Will Rise, Karl Veit Tells The Board.", "Karl Veit", "Ferry Fares Will Rise"),
    ],
)
def test_a_title_case_headline_s_verb_is_a_cue(headline, speaker, content):
    body = "Lena Vogt said on Monday that the pier would reopen in May and that the board would act on the fares."
    analysis = analyse(f"{headline}\n\n{body}")
    claim = find_claim(analysis, content)
    assert (claim.content, claim.speaker.name) == (content, speaker), describe(analysis)


@pytest.mark.parametrize(
    "text, cased",
    [
        # A title-case line: its common words are lowered, its names and first word kept.
        ("Lena Vogt Says The Pier Will Reopen.\n\nShe says the pier will reopen.", "Lena Vogt says the pier will reopen."),
        # Prose capitalises names only: nothing changes.
        ("Councillors Ann Lee, Tom Reyes And Karl Veit met on Monday and said the pier will reopen.", None),
    ],
)
def test_title_case_lines_are_read_in_sentence_case(text, cased):
    result = sentence_cased(text, LowercaseWords(text))
    assert len(result) == len(text)
    assert result.split("\n")[0] == (cased or text.split("\n")[0])


WORDS = ["The", "the", "Pier", "pier", "Lena"]  # common words in both cases, and a name


@example(lines=["Lena The Pier The Pier the"])  # four capitalised common words to one lower-case: title case
@example(lines=["Lena The Pier The Pier The Pier The Pier the pier", "Lena The Pier the"])
@given(lines=st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join), min_size=1, max_size=4))
def test_prose_is_told_early_exactly_as_the_share_of_capitalised_words_tells_it(lines):
    text = "\n".join(lines) + "\n\nthe pier will reopen and the mayor says so"
    lowercase = LowercaseWords(text)
    expected = []
    for line in lines:
        words = list(WORD.finditer(line))[1:]
        common = [w.group() for w in words if _common(w.group().lower(), lowercase)]
        capitalised = [w for w in common if w[0].isupper()]
        title = len(common) >= MIN_COMMON_WORDS and len(capitalised) >= MIN_CAPITALISED_SHARE * len(common)
        expected.append(" ".join([line.split()[0], *(w.lower() if title and w in capitalised else w for w in line.split()[1:])]))
    assert sentence_cased(text, lowercase).split("\n")[: len(lines)] == expected
