"""A denied proposition that restates what another party said earlier: "Reyes said the council hid the survey.
The council dismissed the suggestion that it was hiding the survey" disputes Reyes's claim too (DISPUTES.md rules
3 and 4: the suggestion is his)."""
from typing import Final

from claims.model import Claim
from claims.rules.registry import rule

from claims.disputes.link import Link
from claims.disputes.propositions import DENIED_PROPOSITION
from claims.disputes.targets import REACH, SHARED, candidates, topic_stems
from claims.disputes.words import stems

RESTATED_SHARE: Final = 0.5  # of the proposition's own content words found in the claim: a restatement, not a word met by chance

RESTATED_PROPOSITION: Final = rule(
    "restated-proposition",
    "A denial of a reported proposition disputes the earlier claim of another party that the proposition restates.",
    "Tom Reyes said the council was hiding the flood survey. The council dismissed the suggestion that it was hiding the survey.",
    finds="dispute",
)


def restated_links(claims: list[Claim], links: list[Link]) -> list[Link]:
    """For each proposition denied by a claim and held by no party named ("denied reports that P"), a link from
    the denial to the earlier claim of another party sharing most content words with P beyond the article's topic:
    at least SHARED of them, and RESTATED_SHARE of P's."""
    denied = [link for link in links if link.rule == DENIED_PROPOSITION and link.denial.id and link.target.attribution == "anonymous"]
    if not denied:
        return []
    topic = topic_stems(tuple(claim.content for claim in claims))
    positions = {claim.id: position for position, claim in enumerate(claims)}
    found = []
    for link in denied:
        linked = {other.target.id for other in links if other.denial is link.denial}
        own = stems(link.target.content) - topic
        scored = [
            (len(own & stems(claim.content)), -index, claim)
            for index, claim in enumerate(candidates(claims, positions[link.denial.id], REACH)) if claim.id not in linked
        ]
        best = max(scored, default=None, key=lambda item: item[:2])
        if best and best[0] >= max(SHARED, RESTATED_SHARE * len(own)):
            found.append(Link(best[2], link.denial, RESTATED_PROPOSITION))
    return found
