"""A claim that calls another party wrong by name ("Judge Reeves did not recognize that reality") denies what
that party said, and that party's claims dispute it in turn."""
import re
from typing import Final

from claims.model import Claim
from claims.rules.registry import rule

from claims.disputes.link import Link
from claims.disputes.keys import holds_key_word, keyed_sub
from claims.disputes.polarity import FAULTING, FAULTING_WORDS_KEYS, INTENSIFIER, INTENSIFIER_KEYS, asks, unquoted
from claims.disputes.subjects import PRONOUNS
from claims.disputes.targets import REACH, candidates, nearest_answered, same_party

NAMED_WRONG: Final = rule(
    "named-wrong",
    'A claim that calls another party wrong by name ("Vogt does not understand", "Vogt is wrong") disputes their claims just before.',
    'Lena Vogt said the harbour wall was unsafe. "Ms Vogt does not understand how the wall was built," Tom Reyes said.',
    finds="dispute",
)
# A capitalised name or a personal pronoun, then a faulting phrase (read with the intensifiers dropped: "doesn't
# really believe").
FAULTED: Final = re.compile(rf"\b(?P<name>[A-Z][\w’'-]+|(?i:he|she|they))\s+(?:{FAULTING})\b")


def faulted_claims(claims: list[Claim], position: int) -> list[Claim]:
    """The claims, within reach either side, of each party the claim at `position` calls wrong by name: the
    article may report what that party said after the answer to it; the claim just before, of another party, when
    a pronoun stands for the party ("She is wrong, and she knows it")."""
    # Every match of FAULTED holds a key word of its phrase as a whole word, and dropping whole intensifier words
    # never makes one: words without the quotation marks that hold none are not read further.
    words = unquoted(claims[position].content)
    if not holds_key_word(FAULTING_WORDS_KEYS, words):
        return []
    names = {match.group("name").lower() for match in FAULTED.finditer(keyed_sub(INTENSIFIER, INTENSIFIER_KEYS, "", words))}
    if not names:
        return []
    later = [c for c in claims[position + 1 : position + 1 + REACH] if c.attribution != "unattributed" and not same_party(c, claims[position])]
    named = [c for c in candidates(claims, position, REACH) + later if c.speaker and names & set(c.speaker.name.lower().split())]
    nearest = nearest_answered(claims, position) if names & PRONOUNS else None
    return named + [nearest] if nearest and nearest not in named else named


def opponent_links(claims: list[Claim]) -> list[Link]:
    """A denial link from every claim that calls another party wrong to that party's claims; it takes stance denial."""
    links = []
    for position, claim in enumerate(claims):
        if claim.attribution == "unattributed" or asks(claim) or not (faulted := faulted_claims(claims, position)):
            continue
        claim.stance = "denial"
        links += [Link(target, claim, NAMED_WRONG, mutual=True) for target in faulted]
    return links
