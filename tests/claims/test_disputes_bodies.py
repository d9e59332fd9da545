"""A business named again as "the company" after its denial is the denier: what it says next gives the denial's grounds."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse


@pytest.mark.parametrize(
    "introduced",
    [
        "Orla Penn drove for the courier firm Delmont for six years.",
        "Orla Penn drove for Delmont Logistics for six years.",
        "Delmont Parcels, the Derby-based delivery operator, runs the depot where Orla Penn worked.",
    ],
)
def test_the_company_after_a_business_s_denial_gives_its_grounds(introduced):
    analysis = analyse(
        f"{introduced} Ms Penn told the hearing that her supervisor had locked the fire door.\n\n"
        "Delmont rejects her account. The company says the door was open all day."
    )
    grounds = find_claim(analysis, "the door was open all day", "The company")
    assert grounds.stance == "denial", describe(analysis)
    assert grounds.id in {d.claim_id for d in find_claim(analysis, "locked the fire door").disputes}, describe(analysis)


def test_the_company_is_not_a_party_the_article_never_calls_a_business():
    analysis = analyse(
        "Orla Penn told the hearing that her supervisor had locked the fire door.\n\n"
        "The union rejects her account. The company says the door was open all day."
    )
    assert find_claim(analysis, "the door was open all day", "The company").stance is None, describe(analysis)


def test_the_company_after_a_denier_whose_own_words_call_it_a_business_gives_its_grounds():
    analysis = analyse(
        "Orla Penn told the hearing that her supervisor had locked the fire door.\n\n"
        "The courier firm Delmont rejects her account. The company says the door was open all day."
    )
    assert find_claim(analysis, "the door was open all day", "The company").stance == "denial", describe(analysis)
