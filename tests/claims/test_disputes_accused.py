"""The accused insisting: a party the article has just reported banned, charged or sacked who insists something
answers the case against them (a denial); insisting alone denies nothing."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse


@pytest.mark.parametrize(
    "text, said",
    [
        ("The rowing board on Tuesday suspended coxswain Pia Lindqvist for two years after a failed test.\n\n"
         "Lindqvist has insisted the tablets were prescribed by her doctor.", "the tablets were prescribed by her doctor"),
        ("Harbour police arrested Tom Reyes on Monday. Reyes was later charged with fraud. He insists the payment was a loan.",
         "the payment was a loan"),
        ("The club sacked its kit manager, Dev Anand, in March. Anand maintains that the shirts were sold with the club's consent.",
         "the shirts were sold with the club's consent"),
        ("Leah Okafor, the world indoor champion, was suspended on Friday. Okafor insisted the sample was clean.", "the sample was clean"),
    ],
)
def test_the_accused_insisting_is_a_denial(text, said):
    analysis = analyse(text)
    assert find_claim(analysis, said).stance == "denial", describe(analysis)


@pytest.mark.parametrize(
    "text, said",
    [
        ("The developer, Castlegate Homes, insists the estate will include a new bus route.", "the estate will include a new bus route"),
        ("The board banned smoking at the depot. Tom Reyes insists the rule is unfair.", "the rule is unfair"),
        ("The league suspended Dev Anand in March. His coach, Ola Brant, insists the squad is fit.", "the squad is fit"),
    ],
)
def test_insisting_with_no_case_against_the_speaker_is_no_denial(text, said):
    analysis = analyse(text)
    assert find_claim(analysis, said).stance is None, describe(analysis)


@pytest.mark.parametrize(
    "text, said",
    [
        ("Officers arrested three protesters, Dunn said. Dunn insisted the response had been proportionate.",
         "the response had been proportionate"),
        ("Inspector Ann Hale said a 34-year-old man was arrested at the scene. Hale insisted there was no wider risk to the public.",
         "there was no wider risk to the public"),
        ("The council fined the landlord, Councillor Jo Marsh told reporters. Marsh insisted the fine was fair.", "the fine was fair"),
        ("Detectives arrested two men, said Kay Rhodes. Rhodes maintained that the inquiry was at an early stage.",
         "the inquiry was at an early stage"),
        ("Chief Constable Ian Pratt confirmed that an officer had been suspended. Pratt insisted the force would be open.",
         "the force would be open"),
    ],
)
def test_insisting_by_whoever_tells_of_the_sanction_is_no_denial(text, said):
    analysis = analyse(text)
    assert find_claim(analysis, said).stance is None, describe(analysis)
