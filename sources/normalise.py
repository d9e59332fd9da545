"""Words of a text with their offsets, normalised for matching: case, accents, quotes, punctuation."""
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from itertools import repeat
from typing import NamedTuple

# Letters and digits, joined by the apostrophes and dots inside words ("won't", "U.S.", "0.5").
WORD = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*")
# WORD's words in ASCII text, found twice as fast: sre tests a listed class by a bitmap where `[^\W_]` asks Unicode's
# tables for each character, and the possessive repeats keep no backtracking points (nothing after them could use
# one: the apostrophe and the dot are no word characters).
ASCII_WORD = re.compile(r"[0-9A-Za-z]++(?:['.][0-9A-Za-z]++)*+")
POSSESSIVE = re.compile(r"['’]s$")
APOSTROPHES_AND_DOTS = re.compile(r"['’.]")
APOSTROPHES = re.compile(r"['’]")
DIGIT = re.compile(r"\d")


class Word(NamedTuple):
    """One word: its normalised form and its [start, end) offsets in the original text."""

    norm: str
    start: int
    end: int


def word_pattern(text: str) -> re.Pattern:
    """The pattern that finds WORD's words in `text` soonest: ASCII_WORD for ASCII text, which most claims are."""
    return ASCII_WORD if text.isascii() else WORD


def words(text: str) -> list[Word]:
    """The words of `text`, normalised, with their offsets."""
    matches = list(word_pattern(text).finditer(text))
    return made_words(map(normalise_word, map(re.Match.group, matches)), map(re.Match.start, matches),
                      map(re.Match.end, matches))


def made_words(norms: Iterable[str], starts: Iterable[int], ends: Iterable[int]) -> list[Word]:
    """Words from their parts, built in C: `tuple.__new__(Word, parts)` is what Word's generated `__new__` calls, which
    took a Python frame for every word of every claim compared."""
    return list(map(tuple.__new__, repeat(Word), zip(norms, starts, ends)))


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
