"""Stepping back from a position over whitespace and words, so that a look behind a cue costs what it reads;
and patterns tried only where they can start."""
import re
from collections.abc import Collection, Iterator
from typing import Final

from claims.model import Span


def matches_at_starts(pattern: re.Pattern[str], starts: re.Pattern[str], text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """What pattern.finditer(text, start, end) finds (for a pattern that never matches empty), trying the
    pattern only where `starts` finds a place it can start. A pattern that opens with a look-behind, \\b or an
    alternation of character classes is tried at every character; a class alone lets sre skip to candidates."""
    while candidate := starts.search(text, start, end):
        match = pattern.match(text, candidate.start(), end)
        start = match.end() if match else candidate.start() + 1
        if match:
            yield match


ASCII_LETTER_RUNS: Final = bytes(byte if ord("a") <= byte <= ord("z") else ord(" ") for byte in range(256))


def ascii_letter_runs(text: str, start: int, end: int) -> list[bytes]:
    """The runs of the letters a to z in text[start:end], as bytes, read in C (every other character made a
    space): a word of those letters that stands whole (no such letter beside it) is one of them, so a text
    whose runs hold none of a list's words can skip a costlier search for them."""
    return text[start:end].encode("ascii", "replace").translate(ASCII_LETTER_RUNS).split()


CAPITALS: Final = bytes(range(ord("A"), ord("Z") + 1))


def holds_any(text: str, needles: tuple[str, ...], start: int, end: int) -> bool:
    """Whether one of the needles stands in text[start:end]: str.find for each, in C, is cheaper than a pattern
    that tests every character, where the needles are few and rarely there."""
    return any(text.find(needle, start, end) >= 0 for needle in needles)


def capitals(data: bytes, start: int, end: int) -> int:
    """How many of the letters A to Z data[start:end] holds (a text read as ASCII bytes), counted in C."""
    letters = data[start:end]
    return len(letters) - len(letters.translate(None, CAPITALS))


def is_w_character(character: str) -> bool:
    """Whether a pattern's \\w matches the character (what str.isalnum does, and "_")."""
    return character.isalnum() or character == "_"


def is_word_character(character: str) -> bool:
    """Whether a pattern's [\\w'’-] matches the character (\\w matching what str.isalnum does, and "_")."""
    return is_w_character(character) or character in "'’-"


def stripped_end(text: str, start: int, end: int) -> int:
    """Where text[start:end] ends once trailing whitespace is stripped (as str.rstrip strips it)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def stripped_start(text: str, start: int, end: int) -> int:
    """Where text[start:end] starts once leading whitespace is stripped (as str.lstrip strips it)."""
    while start < end and text[start].isspace():
        start += 1
    return start


def last_word(text: str, start: int, end: int) -> Span:
    """The span of the last whitespace-separated word of text[start:end] (empty at `start` when there is none)."""
    end = stripped_end(text, start, end)
    word_start = end
    while word_start > start and not text[word_start - 1].isspace():
        word_start -= 1
    return (word_start, end)


def words_start(text: str, limit: int, position: int, count: int) -> int:
    """Where the `count` words before position start, a word being a run of characters other than spaces and
    tabs, and spaces and tabs parting them (`limit` when fewer stand after it)."""
    for _ in range(count):
        while position > limit and text[position - 1] in " \t":
            position -= 1
        while position > limit and text[position - 1] not in " \t":
            position -= 1
    return position


class WordBeforeSpace:
    """`pattern.search(text, start, end)` for a pattern of the shape `\\b(?:word|...)\\s+$`, case-blind: whether
    one of the words stands right before the spaces that end text[start:end].

    The word there is read back by hand and looked up in a set, instead of a search that tries the pattern at
    every character; a word with other than ASCII letters, which a case-blind pattern may match otherwise
    than lower-casing does ("ſ" is "s"), is left to the pattern."""

    def __init__(self, words: Collection[str]) -> None:
        self.words = frozenset(word.lower() for word in words)
        self.pattern = re.compile(rf"\b(?:{'|'.join(words)})\s+$", re.IGNORECASE)

    def search(self, text: str, start: int, end: int) -> bool:
        word_end = stripped_end(text, start, end)
        if word_end == end:
            return False  # no space before `end`
        word_start = word_end
        while word_start > 0 and is_w_character(text[word_start - 1]):
            word_start -= 1
        if word_start < start or word_start == word_end:
            return False  # a word cut by `start` has no word boundary inside the text searched
        word = text[word_start:word_end]
        return word.lower() in self.words if word.isascii() else self.pattern.search(text, start, end) is not None
