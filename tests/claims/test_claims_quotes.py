"""Quotations: where the attribution stands, quote marks, nesting, paragraphs, and quotes that are not claims."""
import pytest

from claim_lookup import find_claim, quoted_words, text_at
from claims import analyse
from claims.quotes import find_quotations
from claims.text import split_paragraphs


@pytest.mark.parametrize(
    "text",
    [
        '"The pier will reopen in May," said Ada Novak.',
        '"The pier will reopen in May," Ada Novak said.',
        'Ada Novak said, "The pier will reopen in May."',
        'Ada Novak: "The pier will reopen in May."',
        '"The pier will reopen in May" — Ada Novak, harbour master.',
        "“The pier will reopen in May,” said Ada Novak.",
        "Ada Novak said, “The pier will reopen in May.”",
    ],
)
def test_a_direct_quote_is_found_wherever_the_attribution_stands(text):
    claim = find_claim(analyse(text), "The pier will reopen in May", "Ada Novak")
    assert (claim.kind, claim.attribution) == ("direct", "named")
    assert quoted_words(claim) == "The pier will reopen in May"


@pytest.mark.parametrize(
    "text",
    [
        '"The pier will reopen in May," Ada Novak said, "but the cafe will stay shut."',
        "“The pier will reopen in May,” said Ada Novak, “but the cafe will stay shut.”",
    ],
)
@pytest.mark.parametrize("words", ["The pier will reopen in May", "the cafe will stay shut"])
def test_both_halves_of_a_quote_split_by_its_attribution_belong_to_the_speaker(text, words):
    claim = find_claim(analyse(text), words, "Ada Novak")
    assert "Novak" not in claim.content


MULTI_PARAGRAPH = (
    "{o}We will rebuild the pier,{c} Ada Novak said. {o}It has stood for a century.\n\n"
    "{o}No storm has beaten it yet.\n\n"
    "{o}Nor will this one.{c}\n\n"
    "The pier closed in March after a storm."
)


@pytest.mark.parametrize("marks", [('"', '"'), ("“", "”")])
@pytest.mark.parametrize("words", ["It has stood for a century", "No storm has beaten it yet", "Nor will this one"])
def test_a_quote_runs_over_paragraphs_until_its_closing_mark(marks, words):
    claim = find_claim(analyse(MULTI_PARAGRAPH.format(o=marks[0], c=marks[1])), words, "Ada Novak")
    assert claim.kind == "direct"


@pytest.mark.parametrize("marks", [('"', '"'), ("“", "”")])
def test_narrative_after_a_multi_paragraph_quote_is_not_part_of_it(marks):
    analysis = analyse(MULTI_PARAGRAPH.format(o=marks[0], c=marks[1]))
    assert not [c for c in analysis.claims if "closed in March" in c.content]


@pytest.mark.parametrize(
    "text, words",
    [
        ("\"Residents keep asking me 'when will the water be safe?' and I have no answer,\" said Ada Novak.", "and I have no answer"),
        ("“Residents keep asking me ‘when will the water be safe?’ and I have no answer,” said Ada Novak.", "and I have no answer"),
        ("\"We call it 'the long winter' here,\" said Ada Novak.", "We call it 'the long winter' here"),
        ("\"It's the council's job, not ours,\" said Ada Novak.", "It's the council's job, not ours"),
        ("“It’s the council’s job, not ours,” said Ada Novak.", "It’s the council’s job, not ours"),
    ],
)
def test_single_quotes_and_apostrophes_inside_a_quote_do_not_end_it(text, words):
    assert find_claim(analyse(text), words, "Ada Novak").kind == "direct"


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        ('"The pier is safe," said Ada Novak.\n\n"I would walk my own children along it."', "Ada Novak", "I would walk my own children"),
        ("“The pier is safe,” said Ada Novak.\n\n“I would walk my own children along it.”", "Ada Novak", "I would walk my own children"),
    ],
)
def test_a_quote_paragraph_without_attribution_continues_the_previous_speaker(text, speaker, words):
    claim = find_claim(analyse(text), words, speaker)
    assert claim.kind == "direct"


@pytest.mark.parametrize(
    "text",
    [
        '"The pier is safe," said Ada Novak, the harbour master. "Not now."',
        "“The pier is safe,” Ada Novak said. “Walk it.”",
    ],
)
def test_a_short_second_part_of_a_split_quote_is_the_same_claim(text):
    claim = find_claim(analyse(text), "The pier is safe", "Ada Novak")
    assert (len(claim.segments), claim.rule) == (2, "split-quote")


def test_a_short_quotation_after_other_words_of_the_reporters_continues_nobody():
    text = '"The pier is safe," said Ada Novak. The council will meet on Friday to plan the repairs. "Not now."'
    assert not [claim for claim in analyse(text).claims if "Not now" in claim.content]


def test_a_quote_paragraph_after_reported_speech_goes_on_with_it():
    text = (
        '"The pier is safe," said Ada Novak.\n\nHarbour master Lena Vogt said repairs would start in June.\n\n'
        '"We have ordered the timber already."'
    )
    claim = find_claim(analyse(text), "We have ordered the timber already", "Lena Vogt")
    assert (claim.content, claim.kind, claim.rule) == (
        "repairs would start in June … We have ordered the timber already.", "mixed", "quote-after-report"
    )


def test_an_unclosed_quote_ends_at_its_paragraph():
    analysis = analyse('Ada Novak said: "The pier will reopen in May.\n\nThe council meets on Friday.')
    find_claim(analysis, "The pier will reopen in May", "Ada Novak")
    assert not [c for c in analysis.claims if "council meets" in c.content]


@pytest.mark.parametrize(
    "text",
    ['"', '“', 'She said "', '"unclosed, said Ada Novak.', "”backwards“ said Ada Novak.", '"a" "b" "c', "''\"\"‘’“”", '"\n\n"\n\n"'],
)
def test_stray_quote_marks_never_crash(text):
    for claim in analyse(text).claims:
        assert claim.content in text_at(text, claim.span)


@pytest.mark.parametrize(
    "text, words",
    [
        ('The council\'s "temporary" car park has now stood for nine years.', "temporary"),
        ('Her novel "The Salt Road" was shortlisted for two prizes.', "The Salt Road"),
        ("Residents call the estate “the maze”.", "the maze"),
        ('The choir sang "Northern Lights" twice at the opening.', "Northern Lights"),
    ],
)
def test_scare_quotes_and_titles_are_not_claims(text, words):
    assert not [c for c in analyse(text).claims if words in c.content]


@pytest.mark.parametrize(
    "text, quoted",
    [
        # a mark opened inside a clause and never closed ends with its sentence
        ('Ada Novak said staff were "flat out. She said winter would be hard.\n\n"We are short of nurses," she said.',
         ["flat out.", "We are short of nurses,"]),
        # a passage opened after a colon runs on into the paragraph that opens with a mark
        ('Ada Novak said: "The pier is safe.\n\n"It will reopen in May."', ['The pier is safe.\n\n"It will reopen in May.']),
        # ... and so does one opened at a sentence's start
        ('Ada Novak spoke. "The pier is safe.\n\n"It will reopen in May."', ['The pier is safe.\n\n"It will reopen in May.']),
    ],
)
def test_a_quotation_left_open_runs_on_only_from_the_start_of_a_passage(text, quoted):
    quotations = find_quotations(text, [p.span for p in split_paragraphs(text)])
    assert [text[slice(*q.inner)] for q in quotations] == quoted


def test_a_mark_that_ends_its_paragraph_opens_nothing():
    text = 'Ada Novak said: "He asked: “Is it safe?” Most of us said no."\n\n“It is safe now,” said Oskar Bellamy.'
    quotations = find_quotations(text, [p.span for p in split_paragraphs(text)])
    assert "It is safe now," in [text[slice(*q.inner)] for q in quotations]
    assert all("\n" not in text[slice(*q.inner)] for q in quotations)


@pytest.mark.parametrize(
    "text, quoted",
    [
        # a closing mark with nothing open ends a quotation whose opening mark was lost: it opens nothing
        ("The vote is ours,” Mr Tobin says.\n\n“We have the numbers,” he adds.", ["We have the numbers,"]),
        # ... but one that starts its paragraph is a continuation typed with the wrong mark
        ("”We have the numbers,” he adds.", ["We have the numbers,"]),
        # a passage carried into a paragraph whose opening mark turns out stray ends with the paragraph before
        ('Ada Novak wrote: "The pier is safe.\n\n"Bo Lund called it “a relic” on Monday.',
         ["The pier is safe.", "a relic"]),
    ],
)
def test_a_quotation_opens_only_where_a_mark_can_open_one(text, quoted):
    quotations = find_quotations(text, [p.span for p in split_paragraphs(text)])
    assert [text[slice(*q.inner)] for q in quotations] == quoted
