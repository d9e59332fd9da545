"""Dispute finding, a stage after attribution: who denies, rejects or contradicts which claim (DISPUTES.md).

denials split from the quotations they open, contents cut before the disputes they ran on into → polarity → reported propositions and the grounds of denials →
parties called wrong → counter-claims → targets and rival figures → accusations of lying → the article's own voice and retractions →
link → claims said again.
"""
from claims.model import Claim

from claims.disputes.accusations import accusation_links, accusations_answering_nothing
from claims.disputes.acts import DENIAL_SPELT_OUT, told_denial_links
from claims.disputes.counterclaims import counter_links
from claims.disputes.denied_existence import existence_links
from claims.disputes.estimates import counter_estimate_links
from claims.disputes.evidence_against import evidence_against_disputes
from claims.disputes.grounds import grounds_claims
from claims.disputes.link import Link, answered_in_turn, apply, renumbered
from claims.disputes.opponents import opponent_links
from claims.disputes.polarity import is_denial
from claims.disputes.propositions import proposition_claims
from claims.disputes.quoted_denials import DENIAL_CONTINUED, continuations, continued_links, joined_denials, quoted_denials_going_on, split_denials
from claims.disputes.repeats import repeated_disputes
from claims.disputes.restated import restated_links
from claims.disputes.retractions import retraction_disputes
from claims.disputes.run_on import cut_run_ons
from claims.disputes.targets import denial_links
from claims.disputes.voice import voice_disputes
from claims.disputes.words import same_entry


def find_disputes(text: str, claims: list[Claim], publisher: str) -> list[Claim]:
    """The claims with stances and disputes set, and the claims of reported propositions added, in text order."""
    claims = cut_run_ons(text, split_denials(text, claims))
    for claim in claims:
        claim.stance = "denial" if is_denial(text, claim) or claim.rule == DENIAL_CONTINUED else None
    joined = joined_denials(text, claims)
    for _, counter_claim in joined:
        counter_claim.stance = "denial"
    new, proposition_links = proposition_claims(text, claims, publisher)
    claims = renumbered(claims + new + grounds_claims(text, claims))
    proposition_links += restated_links(claims, proposition_links)
    links = [link for link in proposition_links + opponent_links(claims) + counter_links(text, claims) + existence_links(claims) if _in_one_entry(text, link)]
    following = continuations(claims) | {denial.id: counter_claim for denial, counter_claim in joined}
    answered = {link.denial.id for link in links}
    answered |= {rest.id for denial_id, rest in following.items() if denial_id in answered}
    going_on = quoted_denials_going_on(text, claims)
    for quotation in going_on.values():
        quotation.stance = "denial"
    deferred = {quotation.id for quotation in going_on.values()}
    links += [link for link in denial_links(text, claims, answered | deferred) + told_denial_links(text, claims) + counter_estimate_links(text, claims) if _in_one_entry(text, link)]
    links += continued_links(following | going_on, links)
    # A quotation whose reported denial answered nothing finds what it answers itself.
    unanswered = deferred - {link.denial.id for link in links}
    links += [link for link in denial_links(text, claims, {c.id for c in claims} - unanswered) if _in_one_entry(text, link)]
    links += [link for link in accusation_links(claims, {link.denial.id for link in links}) if _in_one_entry(text, link)]
    for link in links:
        if link.rule == DENIAL_SPELT_OUT:
            link.denial.stance = "denial"
    for accusation in accusations_answering_nothing(claims, links):
        accusation.stance = None
    apply(links + answered_in_turn(links))
    voice_disputes(text, claims, publisher)
    evidence_against_disputes(text, claims, publisher)
    retraction_disputes(text, claims, publisher)
    repeated_disputes(text, claims)
    return claims


def _in_one_entry(text: str, link: Link) -> bool:
    """A denial answers a claim of its own live-blog entry or section."""
    return same_entry(text, link.target.span[0], link.denial.span[0])
