"""One sentence with what was found in it: quotations, speaker mentions, cues and refusals."""
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Final

from claims.cues import Cue
from claims.mentions import Mention
from claims.model import Span
from claims.quotes import Quotation

QUOTE_LEAD: Final = re.compile(r"[\s,:\-—–]*")  # what may stand before a quotation that content starts with
QUOTE_TAIL: Final = re.compile(r"[\s,]*")  # what may stand after a quotation that content ends with
COMMA_OR_SEMICOLON: Final = re.compile(r"[,;](?!(?<=\d,)\d{3}(?!\d))")  # not the comma of a figure ("3,000")


@dataclass
class Sentence:
    """A sentence's span in the article text and everything the rules read in it."""

    text: str  # the whole article: every span is an offset into it
    span: Span
    paragraph: int
    quotations: tuple[Quotation, ...]  # those overlapping the sentence
    mentions: tuple[Mention, ...]
    cues: tuple[Cue, ...]
    refused: tuple[Span, ...]  # "declined to comment" and the like

    def __init__(  # compiled, as claims/model.py says
        self, text: str, span: Span, paragraph: int, quotations: tuple[Quotation, ...], mentions: tuple[Mention, ...],
        cues: tuple[Cue, ...], refused: tuple[Span, ...],
    ) -> None:
        self.text, self.span, self.paragraph, self.quotations = text, span, paragraph, quotations
        self.mentions, self.cues, self.refused = mentions, cues, refused

    # Quotations never overlap and come in text order, and so do mentions: both are looked up by bisection.
    # Only the nearest quotation can start (or end) at a position, since a quote mark stands between it and
    # any other.

    def quotation_at(self, position: int) -> Quotation | None:
        """A quotation starting at position (after spaces, commas and colons)."""
        index = bisect_left(self.quotations, position, key=_start)
        quotation = self.quotations[index] if index < len(self.quotations) else None
        return quotation if quotation and QUOTE_LEAD.fullmatch(self.text, position, quotation.outer[0]) else None

    def quotation_ending_at(self, position: int) -> Quotation | None:
        """A quotation that ends right before position (spaces and commas between)."""
        index = bisect_right(self.quotations, position, key=_end)
        quotation = self.quotations[index - 1] if index else None
        return quotation if quotation and QUOTE_TAIL.fullmatch(self.text, quotation.outer[1], position) else None

    def inside_quote(self, position: int) -> bool:
        index = bisect_right(self.quotations, position, key=_start)
        return bool(index) and position < self.quotations[index - 1].outer[1]

    def quote_between(self, start: int, end: int) -> bool:
        index = bisect_left(self.quotations, start, key=_start)
        return index < len(self.quotations) and self.quotations[index].outer[0] < end

    def is_quotation(self, span: Span) -> bool:
        """Whether span is the words of one of the quotations."""
        index = bisect_right(self.quotations, span[0], key=_start)
        return bool(index) and self.quotations[index - 1].inner == span

    def mentions_before(self, position: int) -> tuple[Mention, ...]:
        """The mentions that end at or before position, in text order."""
        return self.mentions[: bisect_right(self.mentions, position, key=_mention_end)]

    def mentions_from(self, position: int) -> Iterator[Mention]:
        """The mentions that start at or after position, in text order."""
        return islice(self.mentions, bisect_left(self.mentions, position, key=_mention_start), None)

    def next_comma(self, start: int, end: int) -> int | None:
        """The first comma or semicolon outside quotations in [start, end)."""
        for match in COMMA_OR_SEMICOLON.finditer(self.text, start, end):
            if not self.inside_quote(match.start()):
                return match.start()
        return None

    def last_comma(self, start: int, end: int) -> int | None:
        """The last comma or semicolon outside quotations in [start, end)."""
        commas = [match.start() for match in COMMA_OR_SEMICOLON.finditer(self.text, start, end) if not self.inside_quote(match.start())]
        return commas[-1] if commas else None

    def refused_at(self, cue: Cue) -> bool:
        return any(start <= cue.span[0] < end for start, end in self.refused)


def _start(quotation: Quotation) -> int:
    return quotation.outer[0]


def _end(quotation: Quotation) -> int:
    return quotation.outer[1]


def _mention_start(mention: Mention) -> int:
    return mention.span[0]


def _mention_end(mention: Mention) -> int:
    return mention.span[1]
