"""Sentence spans within a paragraph, never breaking inside a quotation."""
import blingfire

from claims.model import Span
from claims.spans import SpanIndex

MAX_SENTENCE_CHARS = 2000  # longer than any sentence of news prose


def _sentence_offsets(paragraph: str) -> list[Span]:
    """blingfire's sentences located in the paragraph.

    `text_to_sentences` runs in C; its offsets variant maps bytes to characters in a Python loop that
    costs more than the segmentation, so the sentences are found with str.find and that variant is only
    the fallback for text whose whitespace blingfire rewrote.
    """
    offsets, position = [], 0
    for sentence in blingfire.text_to_sentences(paragraph).split("\n"):
        start = paragraph.find(sentence, position)
        if start < 0:
            return list(blingfire.text_to_sentences_and_offsets(paragraph)[1])
        position = start + len(sentence)
        offsets.append((start, position))
    return offsets


def split_sentences(text: str, paragraph: Span, quoted: SpanIndex) -> list[Span]:
    """Sentence spans of one paragraph (absolute offsets); a boundary inside a quotation is dropped."""
    start, end = paragraph
    sentences: list[Span] = []
    for first, last in _sentence_offsets(text[start:end]):
        span = (start + first, start + last)
        if sentences and quoted.covers(span[0]) and quoted.covers(span[0] - 1):
            sentences[-1] = (sentences[-1][0], span[1])
        else:
            sentences.append(span)
    return [piece for sentence in sentences or [paragraph] for piece in _bounded(text, sentence)]


def _bounded(text: str, sentence: Span) -> list[Span]:
    """Cut a run of text too long to be one sentence (a list, a transcript, garbage) at spaces.

    The attribution rules compare every cue of a sentence with every other; bounding the length keeps
    the work per character constant whatever the input.
    """
    start, end = sentence
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        pieces.append((start, cut))
        start = cut
    return [*pieces, (start, end)]
