"""The publication's own figures: a sentence with no attribution that states a number is checkable too."""
import re
from typing import Final

from claims.rules.records import RawClaim
from claims.rules.registry import rule
from claims.rules.sentence import Sentence
from claims.scanning import holds_any

FIGURE: Final = re.compile(r"\d")
ASCII_DIGITS: Final = tuple("0123456789")
FIGURE_MIN_WORDS: Final = 6

PUBLICATION_FIGURE: Final = rule(
    "publication-figure", "A sentence of the publication's own, attributed to nobody, that states a figure.",
    "Harbour fees rose 40% last year, the steepest rise since 2009.",
)


def publication_figure(sentence: Sentence) -> RawClaim | None:
    """"24% levies": the sentence without its full stop, spoken by the publisher."""
    text, start, end = sentence.text, sentence.span[0], sentence.span[1]  # a nested unpacking is read by iteration, compiled
    if not states_figure(text, start, end) or len(text[start:end].split(maxsplit=FIGURE_MIN_WORDS)) < FIGURE_MIN_WORDS:
        return None
    content_end = end - 1 if text[end - 1] in ".!?" else end
    return RawClaim(((start, content_end),), None, None, PUBLICATION_FIGURE)


def states_figure(text: str, start: int, end: int) -> bool:
    """Whether FIGURE finds a digit in text[start:end]. The pattern costs some 90 instructions a character;
    str.find looks for each ASCII digit in C, and only a sentence in other characters as well is searched
    for the other digits."""
    return holds_any(text, ASCII_DIGITS, start, end) or not text[start:end].isascii() and FIGURE.search(text, start, end) is not None
