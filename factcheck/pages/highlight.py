"""Render article text as escaped HTML with spans of it wrapped in <mark> elements."""
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Mark:
    """A span of the text to wrap: its classes, an anchor id, a tooltip and what it refers to."""

    start: int
    end: int
    css_class: str
    anchor: str | None = None
    title: str | None = None
    ref: str | None = None


def _open_tag(mark: Mark, first: bool) -> str:
    attrs = [f'class="{escape(mark.css_class)}{"" if first else " continued"}"']
    if first and mark.anchor:
        # An anchored mark (a claim) leads to its row: reachable with Tab, followed with Enter, like a link.
        attrs.append(f'id="{escape(mark.anchor)}" tabindex="0" role="link"')
    if mark.title:
        attrs.append(f'title="{escape(mark.title)}"')
    if mark.ref:
        attrs.append(f'data-ref="{escape(mark.ref)}"')
    return f"<mark {' '.join(attrs)}>"


def _close_ending(stack: list[Mark], pos: int, out: list[str]) -> None:
    """Close the marks that end at pos; marks opened inside them close too and reopen as continuations."""
    ending = [i for i, mark in enumerate(stack) if mark.end == pos]
    if not ending:
        return
    lowest = ending[0]
    continuing = [mark for mark in stack[lowest:] if mark.end != pos]
    out.append("</mark>" * (len(stack) - lowest))
    del stack[lowest:]
    for mark in continuing:
        out.append(_open_tag(mark, first=False))
        stack.append(mark)


def highlight(text: str, marks: list[Mark]) -> Markup:
    """Escape text and wrap each mark's span; overlapping spans are split so the HTML stays well nested."""
    marks = sorted((m for m in marks if 0 <= m.start < m.end <= len(text)), key=lambda m: (m.start, -m.end))
    boundaries = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    out: list[str] = []
    stack: list[Mark] = []
    pending = iter(marks)
    upcoming = next(pending, None)
    for pos, following in pairwise(boundaries):
        _close_ending(stack, pos, out)
        while upcoming is not None and upcoming.start == pos:
            out.append(_open_tag(upcoming, first=True))
            stack.append(upcoming)
            upcoming = next(pending, None)
        out.append(str(escape(text[pos:following])))
    out.append("</mark>" * len(stack))
    return Markup("".join(out))
