"""Quotation spans: pairs of double quote marks, curly or straight, over one or several paragraphs; and, in copy
that quotes in single marks, those marks read as double ones."""
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from claims.model import Span
from claims.scanning import holds_any
from claims.spans import inside

OPENING: Final = "“„«"
CLOSING: Final = "”»"
STRAIGHT: Final = '"'
# Two apostrophes stand for a straight double quote in some wire copy ('' ... '').
# The mark's first character, then the second of a doubled one: opening with a class lets sre skip to marks.
MARK: Final = re.compile(r"[\"“”„«»'`](?:(?<=')'|(?<=`)`|(?<=[\"“”„«»]))")
CLOSING_MARKS: Final[tuple[str, ...]] = ("”", "»", '"', "''")
PASSAGE_MARKS_BEFORE: Final[tuple[str, ...]] = (":", ",", ".", "!", "?", *CLOSING_MARKS)  # what a mark opening a passage may follow
# What MARK finds, the commonest first: str.find looks for each in C far faster than sre tests every character
# against MARK's class, and most paragraphs hold none.
MARKS: Final[tuple[str, ...]] = ("“", '"', "”", "''", "``", "„", "«", "»")
SENTENCE_STOP: Final = re.compile(r"[.!?](?=\s)")


@dataclass
class Quotation:
    """Quoted words: `outer` includes the marks, `inner` is the words alone."""

    outer: Span
    inner: Span

    def __init__(self, outer: Span, inner: Span) -> None:  # compiled, as claims/model.py says
        self.outer, self.inner = outer, inner


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
    """Quoted (outer) spans inside one paragraph, and the offset of a mark left open at its end.

    A closing mark with nothing open opens nothing ('[lies],” he says.' ends a quotation whose opening mark
    was lost), unless it starts the paragraph (a continuation typed with the wrong mark)."""
    spans: list[Span] = []
    open_at: int | None = None
    if not holds_any(text, MARKS, start, end):
        return spans, open_at
    for mark in MARK.finditer(text, start, end):
        ambiguous = mark.group() in (STRAIGHT, "''")
        if open_at is None:
            if mark.group() in CLOSING and text[start : mark.start()].strip():
                continue
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
    carried: int | None = None  # a mark left open, and the mark that opens the next paragraph to continue it
    following_mark = -1
    for number, paragraph in enumerate(paragraphs):
        start, end = paragraph[0], paragraph[1]  # by index: a nested unpacking iterates over the tuple, compiled
        spans, open_at = _paragraph_quotes(text, start, end)
        if carried is not None:
            if spans and spans[0][0] == following_mark:
                first_end = spans.pop(0)[1]
                spans.insert(0, (carried, first_end))
            elif open_at == following_mark:
                open_at = carried
            else:  # the paragraph's opening mark turned out stray: the quotation ended with the paragraph before
                quotations.append(Quotation((carried, paragraphs[number - 1][1]), (_after_mark(text, carried), paragraphs[number - 1][1])))
            carried = None
        quotations.extend(Quotation(span, (_after_mark(text, span[0]), _before_mark(text, span[1]))) for span in spans)
        if open_at is None:
            continue
        following = paragraphs[number + 1][0] if number + 1 < len(paragraphs) else None
        runs_on = _opens_passage(text, start, open_at)
        if runs_on and following is not None and (next_mark := MARK.match(text, following)) and _is_opening(text, *next_mark.span()):
            carried, following_mark = open_at, next_mark.start()
        else:
            close = end if runs_on else _sentence_end(text, open_at, end)
            if close - open_at > 1:
                quotations.append(Quotation((open_at, close), (_after_mark(text, open_at), close)))
    return [q for q in quotations if q.inner[1] > q.inner[0]]


def _opens_passage(text: str, paragraph_start: int, mark: int) -> bool:
    """Whether a mark left open opens a passage that may run on (at the paragraph's or a sentence's start, or
    after a colon or comma); one opened inside a clause ('working "flat out') has lost its closing mark."""
    before = text[paragraph_start:mark].rstrip()
    return not before or before.endswith(PASSAGE_MARKS_BEFORE)


def _sentence_end(text: str, start: int, end: int) -> int:
    """Where the sentence holding `start` ends: after its stop, or at `end`."""
    stop = SENTENCE_STOP.search(text, start, end)
    return stop.start() + 1 if stop else end


def _after_mark(text: str, position: int) -> int:
    mark = MARK.match(text, position)
    assert mark is not None  # the callers' positions are those of quotation marks
    return mark.end()


def _before_mark(text: str, end: int) -> int:
    return end - (2 if text[end - 2 : end] in ("''", "``") else 1)


# Single marks ('…' and ‘…’) quote in British, Irish, Australian and New Zealand house styles, which nest double
# marks inside them; elsewhere they nest inside double marks, and everywhere the same characters are apostrophes.
SINGLE: Final = re.compile(r"['‘’]")
SINGLE_OPENING: Final = "'‘"
SINGLE_CLOSING: Final = "'’"
DOUBLE: Final = re.compile(r"[\"“”„]")
# Elisions that open with an apostrophe where a quotation could open: the '90s, in '08, rock 'n' roll, 'em, 'til.
ELISIONS: Final = ("em", "til", "tis", "twas", "cause", "bout", "cos")
ELISION: Final = re.compile(r"['‘’](?:\d0s|(?P<year>\d\d)(?![\w%-])|n['’]|(?:" + "|".join(ELISIONS) + r")(?![\w-]))", re.IGNORECASE)
YEAR_AFTER: Final = re.compile(r"\b(?:in|since|of|from|until|to|and|class)\s+$", re.IGNORECASE)  # "in '08", not "'47 percent'"
BEFORE_OPENING: Final = "([{—–-/"
AFTER_CLOSING: Final = ".,;:!?)]}—–-…”\""
SINGLE_CLOSING_AFTER_STOP: Final = re.compile(r"[.,;:!?]['’]")
# What follows a plural possessive is what is owned ("the players' union"), never a conjunction, preposition,
# pronoun or cue: after one of these a mark closes a quotation ("saying 'the struggle continues' and vowing").
NEVER_OWNED: Final = ("and", "or", "but", "nor", "to", "in", "on", "at", "for", "with", "from", "by", "as", "of", "that",
               "which", "who", "is", "was", "are", "were", "he", "she", "they", "it", "we", "i", "said", "says")
OWNED_WORD: Final = re.compile(r" (?!(?:" + "|".join(NEVER_OWNED) + r")\b)[^\W_]", re.IGNORECASE)
# A mark that may open a quotation, cheap to look for: a paragraph without one has no single quotations. One
# pattern a mark, each opening with its mark and looking behind it afterwards: sre skips to a literal in a tight
# loop, where a class of the two marks is tested at every character in a call (ten times as slow).
MAY_OPEN_PATTERNS: Final = tuple(re.compile(rf"{mark}(?<![^\s([{{—–/-]{mark})(?=[^\W_]|[“\"…\[(])") for mark in SINGLE_OPENING)


@dataclass(frozen=True)
class SingleQuotation:
    """A quotation in single marks within one paragraph: `outer` from its opening mark to after its closing
    mark, or to the paragraph's end when it runs on into the next paragraph (`closed` false)."""

    outer: Span
    closed: bool


def single_marks_as_double(text: str, paragraphs: list[Span]) -> str:
    """The text for the quotation rules to read: where single marks quote (more quotations outside double
    marks than double ones outside single marks), each single quotation mark becomes the double mark of its
    side and each double mark inside such a quotation the single one, so that offsets hold; else `text` itself."""
    return read_quotations(text, paragraphs)[0]


def read_quotations(text: str, paragraphs: list[Span]) -> tuple[str, list[Quotation]]:
    """The text for the quotation rules to read (`single_marks_as_double`) and the quotations found in it: those
    of the text itself, found once, when its single marks are left as they are."""
    quotations = find_quotations(text, paragraphs)
    read = _singles_as_double(text, paragraphs, [q.outer for q in quotations])
    return (text, quotations) if read is text else (read, find_quotations(read, paragraphs))


def _singles_as_double(text: str, paragraphs: list[Span], doubles: list[Span]) -> str:
    singles = single_quotations(text, paragraphs)
    if not singles:
        return text
    singles = [q for q in singles if not any(inside(q.outer, outer) for outer in doubles)]
    if len(singles) <= sum(not any(inside(outer, q.outer) for q in singles) for outer in doubles):
        return text
    read = list(text)
    for quotation in singles:
        start, end = quotation.outer
        read[start] = "“"
        if quotation.closed:
            end -= 1
            read[end] = "”"
        for number, mark in enumerate(DOUBLE.finditer(text, start + 1, end)):
            read[mark.start()] = "‘" if _double_opens(mark.group(), number) else "’"
    return "".join(read)


def _double_opens(mark: str, number: int) -> bool:
    """Whether a double mark nested in a single quotation opens: by its shape, a straight one by its parity."""
    return mark in "“„" or (mark == '"' and number % 2 == 0)


def single_quotations(text: str, paragraphs: list[Span]) -> list[SingleQuotation]:
    """Quotations in single marks, one per paragraph a quotation covers: a mark left open at a paragraph's end
    quotes only when the next paragraph opens with a single mark (the convention for quotes running on)."""
    found: list[SingleQuotation] = []
    for number, paragraph in enumerate(paragraphs if _may_open(text, 0, len(text)) else []):
        start, end = paragraph[0], paragraph[1]
        if not _may_open(text, start, end):
            continue
        runs_on = number + 1 < len(paragraphs) and _opens_paragraph(text, *paragraphs[number + 1])
        pairs, left_open = _paragraph_single_marks(text, start, end, runs_on)
        found.extend(SingleQuotation((opening, closing + 1), True) for opening, closing in pairs)
        if left_open is not None and runs_on:
            found.append(SingleQuotation((left_open, end), False))
    return found


def _may_open(text: str, start: int, end: int) -> bool:
    return any(pattern.search(text, start, end) for pattern in MAY_OPEN_PATTERNS)


def _opens_paragraph(text: str, start: int, end: int) -> bool:
    return next(_quotation_marks(text, start, end), None) == (start, "opening")


def _paragraph_single_marks(text: str, start: int, end: int, runs_on: bool) -> tuple[list[Span], int | None]:
    """The (opening, closing) single marks paired in one paragraph, and a mark left open at its end. An
    apostrophe ending a plural possessive ("the players' union") looks like a closing mark: inside a
    quotation it closes only when no plain closing mark follows before the next opening one, and, where the
    next paragraph opens with a mark (`runs_on`), only when the quotation did not open a passage that may run
    on into it (a passage's paragraphs before the last hold no closing mark at all)."""
    pairs, open_at = [], None
    marks = list(_quotation_marks(text, start, end))
    for index, (position, role) in enumerate(marks):
        if role == "opening":
            open_at = position
        elif open_at is not None and (
            role == "closing" or not (_closed_later(marks[index + 1 :]) or runs_on and _opens_passage(text, start, open_at))
        ):
            pairs.append((open_at, position))
            open_at = None
    return pairs, open_at


def _closed_later(marks: list[tuple[int, str]]) -> bool:
    """Whether a plain closing mark comes before the next opening mark."""
    return next((role for _, role in marks if role != "possessive"), None) == "closing"


def _quotation_marks(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """The single marks between start and end that may quote, each with its role: opening, closing, or
    possessive (a closing mark after an s and before a word that may be owned, or before a stop and a closing
    mark: "the lads',' he said"; and a dropped g: "goin' home"); apostrophes in words and elisions left out."""
    position = start
    while (mark := SINGLE.search(text, position, end)) is not None:
        at = position = mark.start()
        position += 1
        if (elision := ELISION.match(text, at)) and not _letter(text, at - 1) and (
            not elision.group("year") or YEAR_AFTER.search(text, max(start, at - 8), at)
        ):
            position = elision.end()
        elif text[at] == "'" and "'" in (text[at - 1 : at], text[at + 1 : at + 2]):
            continue  # two apostrophes stand for a double mark
        elif _opens(text, at) and (at == start or text[at - 1].isspace() or text[at - 1] in BEFORE_OPENING):
            yield at, "opening"
        elif at > start and _closes(text, at, end):
            possessive = (text[at - 1] in "sS" or text[at - 2 : at] == "in") and (
                OWNED_WORD.match(text, at + 1, end) is not None or SINGLE_CLOSING_AFTER_STOP.match(text, at + 1, end)
            )
            yield at, "possessive" if possessive else "closing"


def _opens(text: str, at: int) -> bool:
    """A single opening mark before a word, a nested double mark, an ellipsis or an editor's bracket."""
    return text[at] in SINGLE_OPENING and (_letter(text, at + 1) or text[at + 1 : at + 2] in ("“", '"', "…", "[", "("))


def _closes(text: str, at: int, end: int) -> bool:
    """A single closing mark after a word or punctuation, and before a space, punctuation or the paragraph's end."""
    after = text[at + 1 : at + 2]
    return (
        text[at] in SINGLE_CLOSING
        and (_letter(text, at - 1) or text[at - 1] in AFTER_CLOSING)
        and (at + 1 >= end or after.isspace() or after in AFTER_CLOSING)
    )


def _letter(text: str, at: int) -> bool:
    return 0 <= at < len(text) and text[at].isalnum()
