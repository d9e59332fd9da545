""""deny" in the sense of withholding a thing ("denied bail") makes no claim; denying what was said does."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse


@pytest.mark.parametrize(
    "text",
    [
        "The border agency denied entry to the two reporters on Monday.",
        "Judge Mara Quist denied bail, saying the men might flee the country.",
        "The council has been denying licences to street traders since March.",
        "The embassy denied him a visa.",
    ],
)
def test_a_thing_withheld_is_no_claim_and_no_denial(text):
    analysis = analyse(text)
    assert not [c for c in analysis.claims if c.stance == "denial"], describe(analysis)
    assert not [c for c in analysis.claims if c.cue.startswith("den")], describe(analysis)


@pytest.mark.parametrize(
    "text, words",
    [
        ("Ferris Oyelaran denied any wrongdoing.", "wrongdoing"),
        ("Ferris Oyelaran denied the allegations of fraud.", "allegations"),
        ("Ferris Oyelaran denied Mr Quist's account.", "account"),
        ("Ferris Oyelaran denies the money was ever paid.", "money was ever paid"),
        ("Ferris Oyelaran denied he had met the broker.", "he had met the broker"),
        ("Ferris Oyelaran denied ever meeting the broker.", "ever meeting the broker"),
    ],
)
def test_denying_what_was_said_or_done_is_a_denial(text, words):
    assert find_claim(analyse(text), words, "Ferris Oyelaran").stance == "denial"


@pytest.mark.parametrize("noun", ["findings", "conclusions"])
def test_denying_what_was_found_is_a_denial_claim(noun):
    analysis = analyse(f"The regulator said the drips were unsafe. The clinic rejected the {noun} as scaremongering.")
    assert [c.stance for c in analysis.claims if c.speaker and c.speaker.name == "The clinic"] == ["denial"]
