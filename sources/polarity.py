"""Negation words: whether two renderings of the same words say it or deny it (data/negations.txt)."""
import re
from functools import cache, lru_cache
from importlib.resources import files

from sources.normalise import WORD, normalise_word

# English negative contractions ("don't", "won't", "isn’t"), recognised by their ending.
CONTRACTED_NOT = re.compile(r"n['’]t$", re.IGNORECASE)


@cache
def negation_words() -> frozenset[str]:
    """The listed negation words, normalised."""
    text = files("sources").joinpath("data/negations.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def negations(text: str) -> int:
    """How many negation words `text` holds."""
    return counted_negations(WORD.findall(text))


def counted_negations(written: list[str]) -> int:
    """`negations` of the text whose words (`WORD.findall`) are `written`."""
    return sum(map(is_negation, written))


@lru_cache(maxsize=1 << 16)
def is_negation(word: str) -> bool:
    """Whether `word`, as written, is a listed negation word ("not", "never", "no") or an n't contraction."""
    return normalise_word(word) in negation_words() or CONTRACTED_NOT.search(word) is not None
