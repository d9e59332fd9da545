"""Shared steps for the journalist's claim breakdown: the article, its analysis, and finding a claim in it."""
from pytest_bdd import given, parsers, then, when

from claim_lookup import describe, find_claim
from claims import analyse


@given("the article:", target_fixture="article")
def the_article(docstring):
    return docstring


@when("I break the article into claims", target_fixture="analysis")
def break_into_claims(article):
    return analyse(article)


@then(parsers.parse('"{speaker}" is reported as saying "{words}"'), target_fixture="claim")
def claim_by_speaker(analysis, speaker, words):
    return find_claim(analysis, words, speaker)


@then(parsers.parse('the article has a claim reading "{words}"'), target_fixture="claim")
def claim_reading(analysis, words):
    return find_claim(analysis, words)


@then(parsers.parse('nobody is reported as saying "{words}"'))
def nobody_says(analysis, words):
    assert not [c for c in analysis.claims if words in c.content], describe(analysis)


@then(parsers.parse('no claim contains "{words}"'))
def no_claim_contains(analysis, words):
    assert not [c for c in analysis.claims if words in c.content], describe(analysis)
