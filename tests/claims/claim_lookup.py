"""Find claims in an `Analysis` by their words and speaker, with failure messages that show what was found."""
import re

from claims import Analysis, Claim
from claims.model import SEGMENT_JOINER


def describe(analysis: Analysis) -> str:
    """One line per claim, for assertion messages."""
    lines = [
        f"  {c.id} [{c.attribution}/{c.kind}] {c.speaker.name if c.speaker else None!r}: {c.content!r}"
        for c in analysis.claims
    ]
    return "\n".join(lines) or "  (no claims)"


def spoken_by(claim: Claim, name: str) -> bool:
    return claim.speaker is not None and claim.speaker.name == name


def find_claim(analysis: Analysis, words: str, speaker: str | None = None) -> Claim:
    """The claim whose content holds `words` (said by `speaker`, when given); the shortest if several do."""
    matches = [
        c for c in analysis.claims if words in c.content and (speaker is None or spoken_by(c, speaker))
    ]
    assert matches, f"no claim by {speaker or 'anyone'} holds {words!r}; found:\n{describe(analysis)}"
    return min(matches, key=lambda c: len(c.content))


def mentions_word(phrase: str | None, word: str) -> bool:
    """`word` occurs in `phrase` as whole words, ignoring case ("he" is not in "she")."""
    return bool(phrase) and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", phrase, re.IGNORECASE) is not None


def text_at(text: str, span: tuple[int, int] | None) -> str:
    """The words of `text` at `span` ("" when there is no span)."""
    return text[span[0] : span[1]] if span else ""


def mention_of(claim: Claim) -> str:
    """The words naming the speaker at this claim ("" when it has none)."""
    return claim.speaker.mention if claim.speaker else ""


def quoted_words(claim: Claim) -> str | None:
    """The claim's quote without the comma or full stop that its quote marks may enclose."""
    return claim.quote.rstrip(" ,.") if claim.quote is not None else None


def points_at_content(text: str, claim: Claim) -> bool:
    """The claim's content is the text at its segments (joined when a quotation is split), all inside its span."""
    start, end = claim.span
    inside = all(start <= s_start <= s_end <= end for s_start, s_end in claim.segments)
    joined = SEGMENT_JOINER.join(text[s_start:s_end] for s_start, s_end in claim.segments)
    return inside and claim.content == joined and (len(claim.segments) > 1 or claim.content in text_at(text, claim.span))
