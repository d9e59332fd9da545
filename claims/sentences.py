"""Sentence spans within a paragraph, never breaking inside a quotation."""
import blingfire

from claims.model import Span
from claims.spans import SpanIndex


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
    return sentences or [paragraph]
