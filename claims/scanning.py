"""Stepping back from a position over whitespace and words, so that a look behind a cue costs what it reads;
and patterns tried only where they can start."""
import re
from collections.abc import Iterator

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
