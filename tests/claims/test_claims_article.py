"""The article around the claims: headline, caption, byline, publisher, and claim order."""
import pytest

from claim_lookup import find_claim
from claims import analyse

ARTICLE = """Ferry fares will double, says harbour chief

Harbour chief Ada Novak speaks at a news conference in Velmont on Monday.

By Anna Kerr

Ada Novak said on Monday that ferry fares would double from June.

© Northern Wire 2025
"""


@pytest.mark.parametrize("words", ["Ferry fares will double", "speaks at a news conference", "Anna Kerr", "Northern Wire"])
def test_headline_caption_byline_and_publisher_are_not_claims(words):
    assert not [c for c in analyse(ARTICLE).claims if words in c.content]


def test_the_body_is_read_past_headline_caption_and_byline():
    find_claim(analyse(ARTICLE), "ferry fares would double from June", "Ada Novak")


def test_a_short_paragraph_that_ends_in_doubled_apostrophes_is_a_sentence_not_a_heading():
    text = "Harbour row\n\nMr. Hale said the pier was ''safe and sound.''\n\nThe council met on Monday."
    assert find_claim(analyse(text), "the pier was ''safe and sound.''", "Hale")


def test_the_headline_is_the_first_line():
    assert analyse(ARTICLE).headline == "Ferry fares will double, says harbour chief"


@pytest.mark.parametrize(
    "line, byline",
    [
        ("By Anna Kerr", ["Anna Kerr"]),
        ("By Anna Kerr and Samuel Obi", ["Anna Kerr", "Samuel Obi"]),
        ("By Anna Kerr, Samuel Obi and Ines Duarte", ["Anna Kerr", "Samuel Obi", "Ines Duarte"]),
    ],
)
def test_the_byline_lists_the_authors(line, byline):
    text = f"Harbour fees to double\n\n{line}\n\nAda Novak said the fees would double in May.\n"
    assert analyse(text).byline == byline


@pytest.mark.parametrize(
    "line, publisher",
    [("© Northern Wire 2025", "Northern Wire"), ("© Northern Wire 2025.", "Northern Wire"), ("© 2024 Velmont Evening Post", "Velmont Evening Post"),
     ("© 2025 Velmont Evening Post. All rights reserved.", "Velmont Evening Post"),
     ("Copyright © 2025 Northern Wire, all rights reserved", "Northern Wire"), ("(c) Northern Wire, 2025", "Northern Wire")],
)
def test_the_publisher_comes_from_the_copyright_line(line, publisher):
    text = f"Ada Novak said the fees would double in May.\n\n{line}\n"
    assert analyse(text).publisher == publisher


def test_claims_are_numbered_in_text_order():
    text = 'Ada Novak said fares would double.\n\n"It is a disgrace," said Oskar Bellamy.\n\nLena Vogt said the ferry would run on Sundays.'
    claims = analyse(text).claims
    assert len(claims) >= 3
    assert [c.id for c in claims] == [f"c{n}" for n in range(1, len(claims) + 1)]
    assert [c.span for c in claims] == sorted(c.span for c in claims)


WIRE = """VELMONT, May 3 (Northern Wire) - Harbour chief Ada Novak said on Monday that ferry fares would double.

Reporting by Anna Kerr and Samuel Obi; Editing by Ines Duarte
"""


def test_a_wire_credit_line_gives_the_byline_and_is_no_claim():
    analysis = analyse(WIRE)
    assert analysis.byline == ["Anna Kerr", "Samuel Obi"]
    assert not [c for c in analysis.claims if "Editing" in c.content]


def test_the_agency_in_the_dateline_is_the_publisher_when_there_is_no_copyright_line():
    assert analyse(WIRE).publisher == "Northern Wire"


def test_the_dateline_is_not_the_speaker():
    claim = find_claim(analyse(WIRE), "ferry fares would double", "Ada Novak")
    assert "VELMONT" not in claim.content


@pytest.mark.parametrize(
    "sentence, unattributed",
    [
        ("Fares rose 40% last year after the water board replaced the pipes.", True),
        ("The ferry leaves the harbour every morning at dawn.", False),
        ("Ada Novak said fares rose 40% last year.", False),
        ("Fares rose 40%.", False),
    ],
)
def test_the_publications_own_figures_are_statements_apart_from_the_claims(sentence, unattributed):
    analysis = analyse(f"Harbour fees\n\nBy Anna Kerr\n\n{sentence}\n\n© Northern Wire 2025\n")
    own = analysis.statements
    assert bool(own) == unattributed
    assert all(c.attribution != "unattributed" for c in analysis.claims)
    if unattributed:
        assert own[0].content == sentence.rstrip(".")
        assert own[0].speaker.name == "Northern Wire"
        assert own[0].id == "s1"



def test_a_short_quotation_signed_after_a_dash_is_no_heading():
    text = "Readers wrote in\n\nWe asked readers about the ferry.\n\n“We want the old pier back.” ― Carla Reyes\n\nThe council met on Monday."
    assert find_claim(analyse(text), "We want the old pier back.", "Carla Reyes")
