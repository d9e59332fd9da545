"""Counter-estimates: another figure, set against the one a claim just gave, disputes it."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse


@pytest.mark.parametrize(
    "rival, by, words",
    [
        ("Independent estimates put the number closer to 1,500.", "Independent estimates", "the number closer to 1,500"),
        ("Other estimates put the number of new homes substantially lower.", "Other estimates", "the number of new homes substantially lower"),
    ],
)
def test_another_figure_in_the_next_sentence_disputes_the_figure_given(rival, by, words):
    text = f"The housing ministry said 4,000 homes would be built this year. {rival}"
    claim = find_claim(analyse(text), "4,000 homes", "The housing ministry")
    assert [(d.by, d.cue, text[slice(*d.span)], d.claim_id) for d in claim.disputes] == [(by, rival.split(by)[1].split()[0], words, None)]


def test_a_rival_figure_reported_as_a_claim_is_the_denial():
    analysis = analyse("The housing ministry said 4,000 homes would be built this year. But some economists suggested the real figure was less than half.")
    rival = find_claim(analysis, "the real figure", "some economists")
    assert rival.stance == "denial"
    assert [d.claim_id for d in find_claim(analysis, "4,000 homes", "The housing ministry").disputes] == [rival.id], describe(analysis)


@pytest.mark.parametrize(
    "text",
    [
        # No figure is given against it.
        "The housing ministry said 4,000 homes would be built this year. Other estimates put the blame on the weather.",
        # The claim before gave no figure.
        "The housing ministry said the new homes would be built this year. Other estimates put the number far higher.",
        # The figure answered was given two sentences before.
        "The housing ministry said 4,000 homes would be built this year. The builders are ready. Other estimates put the number far higher.",
    ],
)
def test_no_rival_figure_or_no_figure_answered_is_no_dispute(text):
    analysis = analyse(text)
    assert not any(c.disputes for c in analysis.claims), describe(analysis)


@pytest.mark.parametrize(
    "rival, words",
    [
        ("Critics said the real number would be far lower.", "the real number would be far lower"),
        ("Independent analysts said the true figure was closer to 1,500.", "the true figure was closer to 1,500"),
        ("Critics said the real number of new homes would be far lower.", "the real number of new homes"),
    ],
)
def test_a_claim_that_gives_the_figure_again_in_the_next_sentence_disputes_it(rival, words):
    analysis = analyse(f"The ministry said 4,000 homes would be built this year. {rival}")
    denial = find_claim(analysis, words)
    assert denial.stance == "denial"
    assert [d.claim_id for d in find_claim(analysis, "4,000 homes", "The ministry").disputes] == [denial.id], describe(analysis)


def test_a_figure_of_something_else_disputes_nothing():
    analysis = analyse("The ministry said 4,000 homes would be built this year. Critics said the number of empty shops was higher than ever.")
    assert not any(c.disputes for c in analysis.claims), describe(analysis)
