"""Words of a text with their offsets, normalised for matching: case, accents, quotes, punctuation."""
import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

# Letters and digits, joined by the apostrophes and dots inside words ("won't", "U.S.", "0.5").
WORD = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*")
POSSESSIVE = re.compile(r"['’]s$")
APOSTROPHES_AND_DOTS = re.compile(r"['’.]")
APOSTROPHES = re.compile(r"['’]")
DIGIT = re.compile(r"\d")


class Word(NamedTuple):
    """One word: its normalised form and its [start, end) offsets in the original text."""

    norm: str
    start: int
    end: int


def words(text: str) -> list[Word]:
    """The words of `text`, normalised, with their offsets."""
    return [Word(normalise_word(match.group()), match.start(), match.end()) for match in WORD.finditer(text)]


def normalise(text: str) -> str:
    """`text` as lower-case words without accents or punctuation, one space apart: the norms of `words(text)`."""
    return key_of(WORD.findall(text))


def key_of(written: list[str]) -> str:
    """`normalise` of the text whose words (`WORD.findall`) are `written`."""
    return " ".join(map(normalise_word, written))


# Articles and statements repeat the same words: each is normalised once (a bounded cache).
@lru_cache(maxsize=1 << 16)
def normalise_word(word: str) -> str:
    """"Japan's" -> "japan", "U.S." -> "us", "Café" -> "cafe"; dots inside numbers stay ("0.5")."""
    if not word.isascii():
        word = strip_accents(word)
    word = POSSESSIVE.sub("", word.casefold())
    if DIGIT.search(word):
        return APOSTROPHES.sub("", word)
    return APOSTROPHES_AND_DOTS.sub("", word)


def strip_accents(text: str) -> str:
    """Drop combining marks: "Ishiba Shigéru" -> "Ishiba Shigeru"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))
