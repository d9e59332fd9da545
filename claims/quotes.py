"""Quotation spans: pairs of double quote marks, curly or straight, over one or several paragraphs."""
import re
from dataclasses import dataclass

from claims.model import Span

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
# Two apostrophes stand for a straight double quote in some wire copy ('' ... '').
# The mark's first character, then the second of a doubled one: opening with a class lets sre skip to marks.
MARK = re.compile(r"[\"“”„«»'`](?:(?<=')'|(?<=`)`|(?<=[\"“”„«»]))")
CLOSING_MARKS = ("”", "»", '"', "''")
SENTENCE_STOP = re.compile(r"[.!?](?=\s)")


@dataclass
class Quotation:
    """Quoted words: `outer` includes the marks, `inner` is the words alone."""

    outer: Span
    inner: Span


def _is_opening(text: str, start: int, end: int) -> bool:
    """Whether a mark opens a quotation, judged by the characters around it."""
    mark = text[start:end]
    if mark in OPENING or mark == "``":
        return True
    if mark in CLOSING:
        return False
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before.isspace() or before in "([{—–-/":
        return True
    if after.isspace() or after in ".,;:!?)]}—–-":
        return False
    return not before.isalnum()


def _paragraph_quotes(text: str, start: int, end: int) -> tuple[list[Span], int | None]:
    """Quoted (outer) spans inside one paragraph, and the offset of a mark left open at its end."""
    spans, open_at = [], None
    for mark in MARK.finditer(text, start, end):
        ambiguous = mark.group() in (STRAIGHT, "''")
        if open_at is None:
            open_at = mark.start()
        elif ambiguous or not _is_opening(text, *mark.span()):
            spans.append((open_at, mark.end()))
            open_at = None
        else:
            open_at = mark.start()  # a second opening mark: the first was stray
    if open_at is not None and not text[_after_mark(text, open_at) : end].strip():
        open_at = None  # a mark that ends its paragraph opens nothing: it closed a quotation paired otherwise
    return spans, open_at


def find_quotations(text: str, paragraphs: list[Span]) -> list[Quotation]:
    """All quotations in text order.

    A mark left open at a paragraph's end continues into the next paragraph when that paragraph opens
    with a quote mark (the newsroom convention for quotes running over paragraphs) and the mark opened a
    passage (at the paragraph's or a sentence's start, or after a colon or comma); otherwise it closes at the paragraph's
    end, or, when it opened inside a clause and so lost its closing mark, at the end of its sentence.
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
        quotations.extend(Quotation(span, (_after_mark(text, span[0]), _before_mark(text, span[1]))) for span in spans)
        if open_at is None:
            continue
        following = paragraphs[number + 1][0] if number + 1 < len(paragraphs) else None
        runs_on = _opens_passage(text, start, open_at)
        if runs_on and following is not None and (next_mark := MARK.match(text, following)) and _is_opening(text, *next_mark.span()):
            carried = open_at
        else:
            close = end if runs_on else _sentence_end(text, open_at, end)
            if close - open_at > 1:
                quotations.append(Quotation((open_at, close), (_after_mark(text, open_at), close)))
    return [q for q in quotations if q.inner[1] > q.inner[0]]


def _opens_passage(text: str, paragraph_start: int, mark: int) -> bool:
    """Whether a mark left open opens a passage that may run on (at the paragraph's or a sentence's start, or
    after a colon or comma); one opened inside a clause ('working "flat out') has lost its closing mark."""
    before = text[paragraph_start:mark].rstrip()
    return not before or before.endswith((":", ",", ".", "!", "?", *CLOSING_MARKS))


def _sentence_end(text: str, start: int, end: int) -> int:
    """Where the sentence holding `start` ends: after its stop, or at `end`."""
    stop = SENTENCE_STOP.search(text, start, end)
    return stop.start() + 1 if stop else end


def _after_mark(text: str, position: int) -> int:
    return MARK.match(text, position).end()


def _before_mark(text: str, end: int) -> int:
    return end - (2 if text[end - 2 : end] in ("''", "``") else 1)
