"""Sentence spans within a paragraph, never breaking inside a quotation."""
import blingfire

from claims.model import Span


def split_sentences(text: str, paragraph: Span, quotations: list[Span]) -> list[Span]:
    """Sentence spans of one paragraph (absolute offsets); a boundary inside a quotation is dropped."""
    start, end = paragraph
    _, offsets = blingfire.text_to_sentences_and_offsets(text[start:end])
    sentences: list[Span] = []
    for first, last in offsets:
        span = (start + first, start + last)
        if sentences and any(q_start < span[0] < q_end for q_start, q_end in quotations):
            sentences[-1] = (sentences[-1][0], span[1])
        else:
            sentences.append(span)
    return sentences or [paragraph]
