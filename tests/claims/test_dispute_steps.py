"""Step definitions for features/journalist/disputes.feature, not_disputes.feature, unseen_house_disputes.feature, contested_stories.feature, flat_denials.feature, breach_libel_and_planning_disputes.feature, tribunal_market_and_count_disputes.feature, doubts_and_accusations_disputes.feature and owners_sides_and_accusations_disputes.feature: denials read as denials, disputes linked both ways."""
from pytest_bdd import parsers, scenarios, then

from claim_lookup import describe, mentions_word

scenarios("journalist/disputes.feature", "journalist/not_disputes.feature", "journalist/unseen_house_disputes.feature", "journalist/contested_stories.feature",
          "journalist/flat_denials.feature", "journalist/breach_libel_and_planning_disputes.feature",
          "journalist/tribunal_market_and_count_disputes.feature", "journalist/doubts_and_accusations_disputes.feature",
          "journalist/owners_sides_and_accusations_disputes.feature")


@then("the claim is a denial")
def is_denial(claim, analysis):
    assert claim.stance == "denial", describe(analysis)


@then("the claim is not a denial")
def is_no_denial(claim, analysis):
    assert claim.stance is None, describe(analysis)


@then("no claim is a denial")
def no_denial(analysis):
    assert not [c for c in analysis.claims if c.stance == "denial"], describe(analysis)


@then(parsers.parse('the claim is disputed by "{who}"'))
def disputed_by(claim, who):
    assert [d for d in claim.disputes if mentions_word(d.by, who) or mentions_word(d.mention, who)], claim.disputes


@then("the claim is not disputed")
def not_disputed(claim):
    assert not claim.disputed, claim.disputes


@then(parsers.parse('the publication disputes the claim with "{words}"'))
def publication_disputes(claim, words):
    assert [d for d in claim.disputes if d.mention == "the publication" and d.cue == words and d.claim_id is None], claim.disputes
