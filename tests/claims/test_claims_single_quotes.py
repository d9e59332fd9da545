"""Quotations in single marks ('…' and ‘…’), as British, Irish, Australian and New Zealand copy writes them: which
single marks quote, which are apostrophes, and what the claims read from them hold."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claims.analysis
from claim_lookup import find_claim, points_at_content
from claims import analyse
from claims.quotes import find_quotations, single_marks_as_double, single_quotations
from claims.text import read_layout


def paragraphs(text: str) -> list[tuple[int, int]]:
    return [paragraph.span for paragraph in read_layout(text).paragraphs]


def quoted(text: str) -> list[str]:
    """The words of every quotation read in the text, single marks included."""
    read = single_marks_as_double(text, paragraphs(text))
    return [text[slice(*q.inner)] for q in find_quotations(read, paragraphs(read))]


@pytest.mark.parametrize(
    "text, words",
    [
        ("‘We will win,’ said Ada Novak.", ["We will win,"]),
        ("'We will win,' said Ada Novak.", ["We will win,"]),
        ("'We will,' Ada Novak said, 'win this.'", ["We will,", "win this."]),
        ("Minister: ‘We will not resign’\n\nThe minister said so.", ["We will not resign"]),
        ("She called the plan ‘reckless’ and ‘costly’.", ["reckless", "costly"]),
        ("He called them 'liars' and the teachers' union agreed.", ["liars"]),
        ("‘The players’ union will not back down,’ he said.", ["The players’ union will not back down,"]),
        ("'The boys' bodies are sore,' he said.", ["The boys' bodies are sore,"]),
        ("'We loved the '90s and rock 'n' roll,' he said.", ["We loved the '90s and rock 'n' roll,"]),
        ("‘Leave ’em be, ma’am,’ said Mr O’Neill of Hawke’s Bay.", ["Leave ’em be, ma’am,"]),
        ("'Without 'em, we're done.' Ms Tane said.", ["Without 'em, we're done."]),
        ("He joined in '08, and said: 'It was great.'", ["It was great."]),
        ("‘It was the lads’,’ he said.", ["It was the lads’,"]),
        ("He called them ‘heroes’ and thanked the fans’ groups.\n\n‘Without you, nothing,’ he said.", ["heroes", "Without you, nothing,"]),
        ("She wrote: ‘The struggle continues’ and vowed to fight.\n\n‘Let her decide,’ said Mr Joe Hale.", ["The struggle continues", "Let her decide,"]),
        ("Sales rose by '47 percent' last year, she said.", ["47 percent"]),
        ("He called his rival 'Lyin' Ted' again.", ["Lyin' Ted"]),
        ("‘He was told, “You’re on the list,” and that was it,’ she said.", ["He was told, “You’re on the list,” and that was it,"]),
    ],
)
def test_single_marks_quote_and_apostrophes_do_not(text, words):
    assert quoted(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Mr O'Neill said the players' union in Hawke's Bay didn't back the plan in the '90s.",
        "The Joneses' dog ate the neighbours' cat, ma'am, and it's rock 'n' roll.",
        '"He told me \'no way\' last week," said Senator Ann Price. "We\'ll see," she said.',
        "“He told me ‘no way’ last week,” said Senator Ann Price.",
        "Cruz: 'We will win'\n\n\"We have the votes,\" Cruz said. \"We will win in May,\" he said.",
    ],
)
def test_text_without_single_quotation_marks_is_read_as_written(text):
    """Apostrophes alone, or single marks nested in double ones in copy that quotes in double marks."""
    assert single_marks_as_double(text, paragraphs(text)) is text


def test_a_quote_in_single_marks_runs_on_over_paragraphs_that_open_with_a_mark():
    text = "‘We will rebuild it,’ Ada Novak said. ‘It has stood for a century.\n\n‘No storm has beaten it.’\n\nIt shut in May."
    assert [q.closed for q in single_quotations(text, paragraphs(text))] == [True, False, True]


def test_a_plural_possessive_does_not_close_a_passage_that_runs_on():
    text = "‘We owe it to the fans’ families.\n\n‘They deserve better,’ said Ms Jo Kerr."
    assert [q.outer for q in single_quotations(text, paragraphs(text))] == [(0, text.index("\n")), (text.index("‘They"), len(text) - len(" said Ms Jo Kerr."))]


def test_a_mark_left_open_quotes_nothing_when_the_next_paragraph_does_not_continue_it():
    text = "He grew up in the 'burbs near the pier.\n\nIt shut in May."
    assert single_quotations(text, paragraphs(text)) == []


def test_nested_double_marks_are_read_as_single_ones_and_offsets_hold():
    text = "‘I’ve heard “by Christmas” before,’ she said."
    read = single_marks_as_double(text, paragraphs(text))
    assert read == "“I’ve heard ‘by Christmas’ before,” she said."


def test_a_claim_from_single_marks_quotes_the_text_as_written():
    text = "Mr Dale Ruck said the pier was sold.\n\n‘That is simply untrue,’ said Ms Mair Owen. ‘I’ve said “no” to every buyer.’"
    analysis = analyse(text)
    denial = find_claim(analysis, "That is simply untrue", "Mair Owen")
    assert (denial.kind, denial.stance) == ("direct", "denial")
    assert find_claim(analysis, "the pier was sold", "Dale Ruck").disputed
    assert find_claim(analysis, "I’ve said “no” to every buyer.", "Mair Owen").quote == "I’ve said “no” to every buyer."
    assert all(points_at_content(text, claim) for claim in analysis.claims)


# Generated British copy: quotations in single marks around words full of apostrophes.
WORDS = ["the players' union", "don't", "it's", "O'Neill", "Hawke's Bay", "ma'am", "the '90s", "rock 'n' roll",
         "the fans' money", "we", "will", "win", "pier", "2027", "'em", "Joneses' house"]
phrase = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join)
marks = st.sampled_from([("'", "'"), ("‘", "’")])


@st.composite
def british_copy(draw):
    """An article quoting in single marks (curly or straight, apostrophes to match), with its quotations' words."""
    opening, closing = draw(marks)
    paragraphs, quotations = [], []
    for _ in range(draw(st.integers(1, 4))):
        words = draw(phrase).replace("'", closing)
        narrative = draw(phrase).replace("'", closing)
        first = f"We say {words},"
        quotations.append(first)
        paragraphs.append(f"{opening}{first}{closing} said Ms Ada Novak. {narrative.capitalize()} and more.")
    return "\n\n".join(paragraphs), quotations


settings_fast = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings_analysed = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@settings_fast
@given(british_copy())
def test_generated_single_mark_quotations_are_read_whole(copy):
    text, quotations = copy
    assert quoted(text) == quotations


@settings_fast
@given(british_copy())
def test_no_quotation_boundary_falls_inside_a_word(copy):
    text, _ = copy
    read = single_marks_as_double(text, paragraphs(text))
    for quotation in find_quotations(read, paragraphs(read)):
        start, end = quotation.outer
        assert not (start > 0 and text[start - 1].isalnum()), text[start - 5 : start + 5]
        assert not (end < len(text) and text[end].isalnum()), text[end - 5 : end + 5]
    assert all(read[i] == text[i] for i in range(len(text)) if 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum())


# Copy with apostrophes and double quotation marks, single marks only nested inside double ones.
american_piece = st.sampled_from(
    WORDS + ['"We will win," said Ms Ada Novak.', '"He said \'no\' twice," Mr Hall said.', "“It’s ‘done’,” she said.",
             "Mr O'Neill said the pier would close.", ". ", ", ", "\n\n"]
)
american_copy = st.lists(american_piece, min_size=1, max_size=12).map(" ".join)


@settings_analysed
@given(american_copy)
def test_copy_without_single_quotation_marks_gives_the_same_analysis_as_before(text):
    read_as_written = repr(analyse(text))
    original = claims.analysis.read_quotations
    claims.analysis.read_quotations = lambda text, paragraphs: (text, find_quotations(text, paragraphs))
    try:
        assert repr(analyse(text)) == read_as_written
    finally:
        claims.analysis.read_quotations = original


@settings_analysed
@given(british_copy())
def test_claims_from_single_marks_hold_the_words_as_written(copy):
    text, _ = copy
    for claim in analyse(text).claims:
        assert points_at_content(text, claim), claim
        assert claim.quote is None or all(part in text for part in claim.quote.split(" … ")), claim
