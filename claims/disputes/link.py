"""Link: a denial found against its target becomes a `disputes` entry; claims keep ids in text order."""
from dataclasses import dataclass

from claims.model import Claim, Dispute


@dataclass(frozen=True, slots=True)
class Link:
    """A denial (a claim) that disputes a target claim, and the rule that paired them."""

    target: Claim
    denial: Claim
    rule: str
    mutual: bool = False  # the two parties are in open dispute: the target's party disputes the denial in turn


def answered_in_turn(links: list[Link]) -> list[Link]:
    """A denial answering another denial, or a party it calls wrong, is disputed by it in turn: each side
    contradicts the other."""
    return [Link(link.denial, link.target, link.rule) for link in links if (link.target.stance == "denial" or link.mutual) and link.denial.id]


def apply(links: list[Link]) -> None:
    """Add one dispute per link to its target, naming the denial's speaker; a party disputes a claim once."""
    for link in links:
        denial, target = link.denial, link.target
        by = denial.speaker.name if denial.speaker else ""
        if denial is target or any(d.by == by for d in target.disputes):
            continue
        mention = denial.speaker.mention if denial.speaker else by
        target.disputes.append(Dispute(by, mention, denial.cue, denial.span, denial.id or None, link.rule))


def renumbered(claims: list[Claim]) -> list[Claim]:
    """The claims in text order with ids c1, c2, … again, `nested_in` and disputes following the new ids."""
    ordered = sorted(claims, key=lambda claim: (claim.span[0], -claim.span[1]))
    new_ids = {claim.id: f"c{number}" for number, claim in enumerate(ordered, start=1)}
    for claim in ordered:
        claim.id = new_ids[claim.id]
        claim.nested_in = new_ids.get(claim.nested_in) if claim.nested_in else None
        for dispute in claim.disputes:
            dispute.claim_id = new_ids.get(dispute.claim_id) if dispute.claim_id else None
    return ordered
