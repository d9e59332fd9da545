"""Link in-text denials to the claims they contradict."""
import re

from claims.model import Claim, Dispute

WORD = re.compile(r"[a-z0-9%]+")
# Words too common to tie a denial to a claim.
STOPWORDS = frozenset(
    "the a an and or but of to in on at for with by from as is are was were be been being it its it's this that "
    "these those he she they we i you his her their our not no has have had will would could should may might "
    "do does did than then there here so such into over about after before get got make made".split()
)
STEM_LENGTH = 6  # comparing word beginnings lets "manipulates" meet "manipulate"
MIN_SHARED = 1


def _stems(text: str) -> set[str]:
    return {word[:STEM_LENGTH] for word in WORD.findall(text.lower()) if word not in STOPWORDS}


def link_denials(claims: list[Claim]) -> None:
    """Attach each denial to the earlier claim by someone else that shares the most content words."""
    for denial in claims:
        if denial.stance != "denial" or denial.speaker is None:
            continue
        denied = _stems(denial.content)
        best, best_score = None, (MIN_SHARED, 0.0)
        for claim in claims:
            if claim is denial or claim.span[0] >= denial.span[0] or claim.stance == "denial":
                continue
            if claim.speaker and claim.speaker.name == denial.speaker.name:
                continue
            stems = _stems(claim.content)
            shared = len(denied & stems)
            # Most shared words first; on a tie the tighter claim (a nested one rather than its reporter).
            score = (shared, shared / len(stems) if stems else 0.0)
            if score >= best_score:
                best, best_score = claim, score
        if best is not None:
            best.disputes.append(Dispute(denial.speaker.name, denial.speaker.mention, denial.cue, denial.span, denial.id))
