"""Quotation spans: pairs of double quote marks, curly or straight, over one or several paragraphs."""
from dataclasses import dataclass

from claims.model import Span

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
MARKS = OPENING + CLOSING + STRAIGHT


@dataclass
class Quotation:
    """Quoted words: `outer` includes the marks, `inner` is the words alone."""

    outer: Span
    inner: Span


def _is_opening(text: str, index: int) -> bool:
    """Whether a mark opens a quotation, judged by the characters around it."""
    mark = text[index]
    if mark in OPENING:
        return True
    if mark in CLOSING:
        return False
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-/":
        return True
    if after.isspace() or after in ".,;:!?)]}—–-":
        return False
    return not before.isalnum()


def _paragraph_quotes(text: str, start: int, end: int) -> tuple[list[Span], int | None]:
    """Quoted (outer) spans inside one paragraph, and the offset of a mark left open at its end."""
    spans, open_at = [], None
    for index in range(start, end):
        if text[index] not in MARKS:
            continue
        if open_at is None:
            if _is_opening(text, index) or text[index] == STRAIGHT:
                open_at = index
        elif not _is_opening(text, index) or text[index] == STRAIGHT:
            spans.append((open_at, index + 1))
            open_at = None
        else:
            open_at = index  # a second opening mark: the first was stray
    return spans, open_at


def find_quotations(text: str, paragraphs: list[Span]) -> list[Quotation]:
    """All quotations in text order.

    A mark left open at a paragraph's end continues into the next paragraph when that paragraph opens
    with a quote mark (the newsroom convention for quotes running over paragraphs); otherwise it closes
    at the paragraph's end.
    """
    quotations: list[Quotation] = []
    carried: int | None = None
    for number, (start, end) in enumerate(paragraphs):
        spans, open_at = _paragraph_quotes(text, start, end)
        if carried is not None:
            if spans:
                first_end = spans.pop(0)[1]
                spans.insert(0, (carried, first_end))
            elif open_at is not None:
                open_at = carried
            carried = None
        quotations.extend(Quotation(span, (span[0] + 1, span[1] - 1)) for span in spans)
        if open_at is None:
            continue
        following = paragraphs[number + 1][0] if number + 1 < len(paragraphs) else None
        if following is not None and text[following] in OPENING + STRAIGHT:
            carried = open_at
        elif end - open_at > 1:
            quotations.append(Quotation((open_at, end), (open_at + 1, end)))
    return [q for q in quotations if q.inner[1] > q.inner[0]]
