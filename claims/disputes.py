"""Link in-text denials to the claims they contradict."""
import re
from functools import cache

from claims.model import Claim, Dispute

CONTENT_TOKEN = re.compile(r"[a-z0-9%]+")  # words and figures ("24%") that a denial may share with a claim
# Words too common to tie a denial to a claim.
STOPWORDS = frozenset(
    "the a an and or but of to in on at for with by from as is are was were be been being it its it's this that "
    "these those he she they we i you his her their our not no has have had will would could should may might "
    "do does did than then there here so such into over about after before get got make made".split()
)
STEM_LENGTH = 6  # comparing word beginnings lets "manipulates" meet "manipulate"
MIN_SHARED = 1
# A denial answers something said shortly before it: only this many earlier claims are compared.
DENIAL_REACH = 40


def _stems(text: str) -> set[str]:
    return {word[:STEM_LENGTH] for word in CONTENT_TOKEN.findall(text.lower()) if word not in STOPWORDS}


def link_denials(claims: list[Claim]) -> None:
    """Attach each denial to the earlier claim by someone else that shares the most content words.

    `claims` are in text order. On a tie the tighter claim wins (a nested claim rather than its reporter).
    """
    # Content words by claim index, read only for the claims near a denial.
    stems_of = cache(lambda index: _stems(claims[index].content))
    for position, denial in enumerate(claims):
        if denial.stance != "denial" or denial.speaker is None:
            continue
        best, best_score = None, (MIN_SHARED, 0.0)
        for index in range(max(0, position - DENIAL_REACH), position):
            claim = claims[index]
            if claim.stance == "denial" or claim.span[0] >= denial.span[0]:
                continue
            if claim.speaker and claim.speaker.name == denial.speaker.name:
                continue
            shared = len(stems_of(position) & stems_of(index))
            score = (shared, shared / len(stems_of(index)) if stems_of(index) else 0.0)
            if score >= best_score:
                best, best_score = claim, score
        if best is not None:
            best.disputes.append(Dispute(denial.speaker.name, denial.speaker.mention, denial.cue, denial.span, denial.id))
