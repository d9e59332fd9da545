"""A word-level diff of quoted words against the original statement they were taken from."""
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from sources.normalise import Word


@dataclass
class DiffOp:
    """One change from the original to the quote: "equal", "replace", "delete" (dropped) or "insert" (added)."""

    op: str
    original: str
    quoted: str


def word_diff(original_text: str, original: Sequence[Word], quoted_text: str, quoted: Sequence[Word],
              unanchored: frozenset[str] = frozenset()) -> tuple[list[DiffOp], tuple[int, int]]:
    """The diff of the quote against the part of the original it covers, and that part's [start, end) offsets.

    Words are compared normalised (case, accents, punctuation); the original's words before the first
    and after the last quoted word are context, not changes. Words in `unanchored` ("the", "not") are
    matched only next to other matched words, never alone, so that they do not pull the alignment away.
    """
    matcher = SequenceMatcher(unanchored.__contains__, [w.norm for w in original], [w.norm for w in quoted], autojunk=False)
    opcodes = _within_quote(matcher.get_opcodes())
    ops = [DiffOp(tag, _slice(original_text, original[i1:i2]), _slice(quoted_text, quoted[j1:j2])) for tag, i1, i2, j1, j2 in opcodes]
    covered = [original[i] for _tag, i1, i2, _j1, _j2 in opcodes for i in range(i1, i2)]
    return ops, (covered[0].start, covered[-1].end) if covered else (0, 0)


def _within_quote(opcodes: list[tuple]) -> list[tuple]:
    """Drop the original's words outside the quote: deletions at either end, and the part of a
    replacement at either end longer than the quoted words it replaces."""
    while opcodes and opcodes[0][0] == "delete":
        opcodes.pop(0)
    while opcodes and opcodes[-1][0] == "delete":
        opcodes.pop()
    if opcodes and opcodes[0][0] == "replace":
        tag, i1, i2, j1, j2 = opcodes[0]
        opcodes[0] = (tag, max(i1, i2 - (j2 - j1)), i2, j1, j2)
    if opcodes and opcodes[-1][0] == "replace":
        tag, i1, i2, j1, j2 = opcodes[-1]
        opcodes[-1] = (tag, i1, min(i2, i1 + (j2 - j1)), j1, j2)
    return opcodes


def _slice(text: str, span_words: Sequence[Word]) -> str:
    return text[span_words[0].start:span_words[-1].end] if span_words else ""
