"""Accusations of lying dispute what the accused says, before the accusation or after it."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse
from claims.disputes.accusations import ACCUSED_OF_LYING


@pytest.mark.parametrize(
    "text",
    [
        "Manager Danny Rourke accused referee Neil Hart of lying about the penalty. Hart said he had a clear view of the incident.",
        "Neil Hart, the referee, said he had a clear view of the incident. Manager Danny Rourke later accused Hart of lying about the penalty.",
    ],
)
def test_an_accusation_of_lying_disputes_the_accused_s_claim(text):
    analysis = analyse(text)
    disputes = find_claim(analysis, "he had a clear view of the incident", "Neil Hart").disputes
    assert [d.by for d in disputes] == ["Danny Rourke"], describe(analysis)


def test_an_accusation_of_lying_after_the_claim_is_found_by_its_own_rule():
    analysis = analyse("Manager Danny Rourke accused referee Neil Hart of lying about the penalty. Hart said he had a clear view of the incident.")
    disputes = find_claim(analysis, "he had a clear view of the incident", "Neil Hart").disputes
    assert [d.rule for d in disputes] == [ACCUSED_OF_LYING], describe(analysis)


@pytest.mark.parametrize(
    "text",
    [
        # An accusation whose words deny nothing said.
        "Manager Danny Rourke accused referee Neil Hart of ignoring the rules. Hart said he had a clear view of the incident.",
        # The accused says nothing here: another party's claim is not what was called a lie.
        "Manager Danny Rourke accused the league of lying about the fixtures. Neil Hart, the referee, said he had a clear view of the incident.",
    ],
)
def test_no_accusation_of_lying_against_the_speaker_disputes_nothing(text):
    analysis = analyse(text)
    assert not find_claim(analysis, "he had a clear view of the incident", "Neil Hart").disputes, describe(analysis)


@pytest.mark.parametrize(
    "text, reply, accused",
    [
        ("Jones accused Smith of lying. Smith said he would appeal the fine.", "he would appeal the fine", "Smith"),
        ("Councillor Amy Platt accused the developer Tarn Homes of lying. Tarn Homes said work would resume in June.", "work would resume in June", "Tarn Homes"),
    ],
)
def test_a_bare_accusation_of_lying_does_not_dispute_the_accused_s_reply_after_it(text, reply, accused):
    analysis = analyse(text)
    assert not find_claim(analysis, reply, accused).disputes, describe(analysis)


def test_a_bare_accusation_of_lying_disputes_the_accused_s_claim_before_it():
    analysis = analyse("Neil Hart said he had a clear view of the incident. Danny Rourke accused Hart of lying. Hart said he would not comment further.")
    assert [d.by for d in find_claim(analysis, "he had a clear view of the incident", "Neil Hart").disputes] == ["Danny Rourke"], describe(analysis)
    assert not find_claim(analysis, "he would not comment further", "Neil Hart").disputes, describe(analysis)
