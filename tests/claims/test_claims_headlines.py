"""A headline's capitalised clause ("Mayor Lind Is Over Veit's Speech") names people, but is not one name."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse


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
