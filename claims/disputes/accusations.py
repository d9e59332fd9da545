"""Accusations of lying: "Rourke accused referee Neil Hart of lying about the penalty" disputes what Hart says of it,
before the accusation or after it (DISPUTES.md rule 1: the accusation contradicts the accused's claim)."""
import re
from typing import Final

from claims.lexicon import REPORTING_VERBS
from claims.model import Claim
from claims.rules.registry import rule

from claims.disputes.link import Link
from claims.disputes.targets import POINTER, POINTER_DISTANCE, REACH

ACCUSED_OF_LYING: Final = rule(
    "accused-of-lying",
    "An accusation whose words deny (\"accused X of lying about …\") that answers no earlier claim disputes the accused's nearest claim before it, or, when it says what the lie was about and nothing came before, the one after it.",
    "Manager Danny Rourke accused referee Neil Hart of lying about the penalty. Hart said he had a clear view of the incident.",
    finds="dispute",
)
ACCUSE: Final = "accuse"  # the lemma of the cue of an accusation
# The accused, the words before "of": "referee Neil Hart" in "referee Neil Hart of lying about …".
ACCUSED: Final = re.compile(r"\W*(?P<accused>[^,;:]+?)\s+of\s", re.IGNORECASE)
ABOUT: Final = re.compile(r"\sabout\s")  # what the lie was about: "of lying about the penalty"


def accusation_links(claims: list[Claim], answered: set[str]) -> list[Link]:
    """A link from each accusation that denies and answers nothing yet (its id not in `answered`) to the nearest
    claim, close by, of the party it accuses, not itself a denial that only points back ("rejected the accusation")."""
    links = []
    for position, claim in enumerate(claims):
        if claim.stance != "denial" or claim.id in answered or REPORTING_VERBS.get(claim.cue.lower()) != ACCUSE:
            continue
        if (accused := ACCUSED.match(claim.content)) and (
            target := _accused_claim(claims, position, accused.group("accused"), ABOUT.search(claim.content, accused.end() - 1) is not None)
        ):
            links.append(Link(target, claim, ACCUSED_OF_LYING))
    return links


def _accused_claim(claims: list[Claim], position: int, accused: str, says_about: bool) -> Claim | None:
    """The nearest claim within REACH before the accusation, and POINTER_DISTANCE characters of it, whose speaker's
    last name stands among the words naming the accused; when there is none, the nearest such claim after it, only
    if the accusation says what the lie was about: a bare "accused Smith of lying" reports no words of his, and what
    he says next is his reply ("Smith said he would appeal the fine"), not the lie."""
    before = claims[max(0, position - REACH) : position]
    after = claims[position + 1 : position + 1 + REACH] if says_about else []
    return _nearest_by(before, claims[position], accused) or _nearest_by(after, claims[position], accused)


def _nearest_by(nearby: list[Claim], accusation: Claim, accused: str) -> Claim | None:
    """The claim among `nearby`, within POINTER_DISTANCE characters of the accusation, nearest it, whose speaker's
    last name stands among the words naming the accused."""
    words = set(accused.lower().split())
    by_accused = [
        c for c in nearby
        if c.speaker and c.speaker.name.split()[-1].lower() in words and c.attribution != "unattributed" and POINTER.match(c.content) is None
        and _distance(c, accusation) <= POINTER_DISTANCE
    ]
    return min(by_accused, key=lambda c: _distance(c, accusation), default=None)


def _distance(claim: Claim, other: Claim) -> int:
    """Characters between two claims' spans (0 when they overlap)."""
    return max(0, other.span[0] - claim.span[1], claim.span[0] - other.span[1])


def accusations_answering_nothing(claims: list[Claim], links: list[Link]) -> list[Claim]:
    """The accusations read as denials by their words ("accused the airline of misleading passengers") that are the
    denial of no link: an accusation is a denial only when it says the accused lied about a claim the article
    reports (DISPUTES.md rule 5: criticism that contradicts no reported claim)."""
    answering = {link.denial.id for link in links}
    return [
        claim for claim in claims
        if claim.stance == "denial" and claim.id not in answering and REPORTING_VERBS.get(claim.cue.lower()) == ACCUSE
    ]
