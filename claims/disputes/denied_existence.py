"""A flat "There is no X" answering another party's claim that names X: "The Gazette reported a secret agreement with
the developer. 'There is no agreement,' the mayor said." denies it and disputes that claim (DISPUTES.md rules 2 and
4); with nothing before it naming X, "there is no X" is a plain statement ("there is no bus on Sundays")."""
import re
from typing import Final

from claims.model import Claim
from claims.rules.registry import rule

from claims.disputes.existence import OPENS, THERE, THERE_IS
from claims.disputes.keys import holds_key_word
from claims.disputes.link import Link
from claims.disputes.targets import POINTER_DISTANCE, REACH, other_parties
from claims.disputes.words import STEM_LENGTH, named_present

EXISTENCE_ANSWERED: Final = rule(
    "existence-answered",
    'A flat "There is no X" disputes the nearest earlier claim of another party that names X.',
    'The Gazette reported a secret agreement with the developer. "There is no agreement," the mayor said.',
    finds="dispute",
)
# The thing ends its noun phrase: punctuation or a preposition follows ("no agreement with the club"), not another
# noun ("no plan B", "no rate rise planned"). One lower-case word may stand before it ("no written agreement"),
# tried only when the word after "no" cannot be the thing.
THERE_IS_NO: Final = re.compile(
    rf"{OPENS}{THERE_IS}no\s+(?:(?-i:(?P<adjective>[a-z][\w-]*))\s+)??(?P<thing>[a-z][\w-]{{2,}})"
    r"(?=\s*(?:[,.;:!?\"”’)]|$)|\s+(?:of|for|to|with|in|on|at|between|and|or|that|here|there|yet|whatsoever)\b)",
    re.IGNORECASE,
)
# Absences that name no thing another party could have asserted: "there is no doubt", "no need", "no longer"; and
# words that stand after the thing, read as the thing when the word before is taken for an adjective ("no money
# left", "no one else").
NO_THING: Final = frozenset("doubt question need reason way longer more end one time point room place other left else".split())


def existence_links(claims: list[Claim]) -> list[Link]:
    """A link from each claim, not yet a denial, that says flatly there is no X to the nearest earlier claim of another
    party, close by, that names X as there ("had no plan" agrees); the claim takes stance denial."""
    links = []
    for position, claim in enumerate(claims):
        if claim.stance == "denial" or claim.attribution == "unattributed" or not holds_key_word(THERE, claim.content):
            continue
        found = THERE_IS_NO.search(claim.content)
        if found is None or not NO_THING.isdisjoint({thing := found.group("thing").lower(), found.group("adjective")}):
            continue
        stem = thing[:STEM_LENGTH]
        for other in other_parties(claims, position, REACH):
            if claim.span[0] - other.span[1] > POINTER_DISTANCE:
                break
            if named_present(other.content, stem):
                claim.stance = "denial"
                links.append(Link(other, claim, EXISTENCE_ANSWERED))
                break
    return links
