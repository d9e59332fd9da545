"""One sentence with what was found in it: quotations, speaker mentions, cues and refusals."""
import re
from dataclasses import dataclass

from claims.cues import Cue
from claims.mentions import Mention
from claims.model import Span
from claims.quotes import Quotation

QUOTE_LEAD = re.compile(r"[\s,:\-—–]*")  # what may stand before a quotation that content starts with
QUOTE_TAIL = re.compile(r"[\s,]*")  # what may stand after a quotation that content ends with
COMMA_OR_SEMICOLON = re.compile(r"[,;]")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence's span in the article text and everything the rules read in it."""

    text: str  # the whole article: every span is an offset into it
    span: Span
    paragraph: int
    quotations: tuple[Quotation, ...]  # those overlapping the sentence
    mentions: tuple[Mention, ...]
    cues: tuple[Cue, ...]
    refused: tuple[Span, ...]  # "declined to comment" and the like

    def quotation_at(self, position: int) -> Quotation | None:
        """A quotation starting at position (after spaces, commas and colons)."""
        for quotation in self.quotations:
            if quotation.outer[0] >= position and QUOTE_LEAD.fullmatch(self.text, position, quotation.outer[0]):
                return quotation
        return None

    def quotation_ending_at(self, position: int) -> Quotation | None:
        """A quotation that ends right before position (spaces and commas between)."""
        for quotation in self.quotations:
            if quotation.outer[1] <= position and QUOTE_TAIL.fullmatch(self.text, quotation.outer[1], position):
                return quotation
        return None

    def inside_quote(self, position: int) -> bool:
        return any(q.outer[0] <= position < q.outer[1] for q in self.quotations)

    def quote_between(self, start: int, end: int) -> bool:
        return any(start <= q.outer[0] < end for q in self.quotations)

    def next_comma(self, start: int, end: int) -> int | None:
        """The first comma or semicolon outside quotations in [start, end)."""
        for match in COMMA_OR_SEMICOLON.finditer(self.text, start, end):
            if not self.inside_quote(match.start()):
                return match.start()
        return None

    def refused_at(self, cue: Cue) -> bool:
        return any(start <= cue.span[0] < end for start, end in self.refused)
