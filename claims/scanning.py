"""Stepping back from a position over whitespace and words, so that a look behind a cue costs what it reads."""
from claims.model import Span


def stripped_end(text: str, start: int, end: int) -> int:
    """Where text[start:end] ends once trailing whitespace is stripped (as str.rstrip strips it)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def last_word(text: str, start: int, end: int) -> Span:
    """The span of the last whitespace-separated word of text[start:end] (empty at `start` when there is none)."""
    end = stripped_end(text, start, end)
    word_start = end
    while word_start > start and not text[word_start - 1].isspace():
        word_start -= 1
    return (word_start, end)
