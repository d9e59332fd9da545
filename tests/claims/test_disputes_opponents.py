"""A claim that calls another party wrong by name disputes what that party said before it."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse


@pytest.mark.parametrize(
    "answer",
    [
        '"Nadia Okafor does not understand how the levy works," Ruben Castell said.',
        '"Okafor doesn’t really believe the levy is too high," Ruben Castell said.',
        'Ruben Castell said Okafor was simply wrong.',
        'Ruben Castell said Okafor had her facts wrong.',
        'Ruben Castell said Okafor was "lying."',
    ],
)
def test_calling_the_other_party_wrong_by_name_disputes_their_claim(answer):
    analysis = analyse(f"Senator Nadia Okafor said the tourist levy was too high.\n\n{answer}")
    denial = find_claim(analysis, "Okafor", "Ruben Castell")
    assert denial.stance == "denial", describe(analysis)
    disputes = find_claim(analysis, "levy was too high", "Nadia Okafor").disputes
    assert [(d.by, d.claim_id, d.rule) for d in disputes] == [("Ruben Castell", denial.id, "named-wrong")]


def test_a_name_that_made_no_claim_is_no_dispute():
    analysis = analyse(
        "Senator Nadia Okafor said the tourist levy was too high.\n\n"
        '"Mr Brandt does not understand the harbour," Ruben Castell said.'
    )
    assert not find_claim(analysis, "levy was too high", "Nadia Okafor").disputes, describe(analysis)


def test_the_party_called_wrong_disputes_the_answer_in_turn_with_what_it_said_before_and_after():
    analysis = analyse(
        "Senator Nadia Okafor said the tourist levy was too high.\n\n"
        '"Okafor does not understand how the levy works," Ruben Castell said.\n\n'
        "Okafor added that hotels had lost a fifth of their guests."
    )
    denial = find_claim(analysis, "Okafor does not understand", "Ruben Castell")
    assert [d.by for d in denial.disputes] == ["Nadia Okafor"], describe(analysis)
    for words in ("levy was too high", "hotels had lost a fifth"):
        assert [d.claim_id for d in find_claim(analysis, words, "Nadia Okafor").disputes] == [denial.id], describe(analysis)


@pytest.mark.parametrize("answer", ['"She is wrong, and she knows it," Ruben Castell said.', 'Ruben Castell said she was simply wrong about the hotels.'])
def test_calling_the_party_just_before_wrong_by_a_pronoun_disputes_their_claim(answer):
    analysis = analyse(f"Senator Nadia Okafor said the tourist levy was too high.\n\n{answer}")
    denial = find_claim(analysis, "wrong", "Ruben Castell")
    assert denial.stance == "denial", describe(analysis)
    disputes = find_claim(analysis, "levy was too high", "Nadia Okafor").disputes
    assert [(d.by, d.claim_id) for d in disputes] == [("Ruben Castell", denial.id)], describe(analysis)
