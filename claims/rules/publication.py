"""The publication's own figures: a sentence with no attribution that states a number is checkable too."""
import re
from typing import Final

from claims.rules.records import RawClaim
from claims.rules.registry import rule
from claims.rules.sentence import Sentence

FIGURE: Final = re.compile(r"\d")
FIGURE_MIN_WORDS: Final = 6

PUBLICATION_FIGURE: Final = rule(
    "publication-figure", "A sentence of the publication's own, attributed to nobody, that states a figure.",
    "Harbour fees rose 40% last year, the steepest rise since 2009.",
)


def publication_figure(sentence: Sentence) -> RawClaim | None:
    """"24% levies": the sentence without its full stop, spoken by the publisher."""
    text, (start, end) = sentence.text, sentence.span
    if not FIGURE.search(text, start, end) or len(text[start:end].split(maxsplit=FIGURE_MIN_WORDS)) < FIGURE_MIN_WORDS:
        return None
    content_end = end - 1 if text[end - 1] in ".!?" else end
    return RawClaim(((start, content_end),), None, None, PUBLICATION_FIGURE)
