"""Sentence spans within a paragraph, never breaking inside a quotation."""
import ctypes
import re
from functools import cache
from typing import Final

import blingfire

from claims.model import Span
from claims.scanning import stripped_end
from claims.spans import SpanIndex

MAX_SENTENCE_CHARS: Final = 2000  # longer than any sentence of news prose
# blingfire's C sentence breaker, called with an output buffer of a cached type: its Python wrapper builds a
# new ctypes array type for every length of paragraph (tens of microseconds each, and kept by ctypes for good).
TEXT_TO_SENTENCES: Final = blingfire.blingfire.TextToSentences
MIN_BUFFER_BYTES: Final = 1024
# Honorifics that never end a sentence: blingfire sometimes breaks after the one that opens the next sentence.
HONORIFIC_WORDS: Final = "Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col Sgt Capt Prof Rev Adm Cllr".split()
HONORIFICS: Final = rf"(?:{'|'.join(HONORIFIC_WORDS)})\."
HONORIFIC_END: Final = re.compile(rf"(?<![\w.])\(?{HONORIFICS}$")
# ... and breaks after a title in the plural that a small word stands before: no sentence ends
# "particularly Govs." ("..., particularly Govs. Jeb Bush and Chris Christie, who say ...").
PLURAL_TITLE_WORDS: Final = "Govs Sens Reps Gens Drs".split()
PLURAL_TITLE_END: Final = re.compile(rf"(?<=[a-z,] )(?:{'|'.join(PLURAL_TITLE_WORDS)})\.$")
# ... and one of PLURAL_TITLE_END no further back than its longest title, its stop and a line break.
PLURAL_TITLE_END_CHARS: Final = len(".\n") + max(map(len, PLURAL_TITLE_WORDS))
# ... and sometimes misses the break before one: "a tough race. Mr. Kirk said" (a lower-case word or a figure
# ends the sentence before, so "the U.S. Mr. Kirk" is not cut). The pattern opens with the stop, which sre
# skips to, so a match starts one character before the break's quote marks and spaces.
HONORIFIC_AFTER_STOP: Final = re.compile(rf"[.!?](?<=[a-z0-9][.!?])(?P<stop>[\"”’']*)\s+(?=\(?{HONORIFICS}\s+[A-Z])")
# A search for HONORIFIC_END reads back no further than its longest match, "(Prof." (and a line break its $ may stand before),
# as a pattern that opens with a look-behind is tried at every character of what it is given.
HONORIFIC_END_CHARS: Final = len("(.\n") + max(map(len, HONORIFIC_WORDS))
# ... and the break after a sentence that ends in a quoted word, before a quotation that opens the next one:
# 'he called her “reckless.” “So Ann, …' (a sentence that opens with a quotation goes on with the next).
QUOTATION_AFTER_QUOTED_STOP: Final = re.compile(r"(?<=[.!?])(?P<stop>”)\s+(?=“)")

# A paragraph of plain Latin text whose only full stop, question or exclamation mark ends it is one sentence
# to blingfire (so it answered 300,000 fuzzed paragraphs and 7,000 of news and the bench): it is not sent to
# it. Other scripts' marks, line breaks and invisible characters are left to blingfire, which breaks at or drops them.
PLAIN: Final = r"A-Za-z0-9\u00c0-\u00ff,;:'\"“”‘’()\-—–%$&/"
ONE_SENTENCE: Final = re.compile(rf"[{PLAIN}](?:[{PLAIN} ]*[{PLAIN}.!?])?")
# The ASCII characters of ONE_SENTENCE's middle class, which bytes.translate deletes in C: most paragraphs are
# ASCII, and sre tests each of their characters against the class at several times the cost.
PLAIN_ASCII_OR_SPACE: Final = bytes(code for code in range(128) if re.fullmatch(rf"[{PLAIN} ]", chr(code)))
STOPS: Final[tuple[bytes, ...]] = (b".", b"!", b"?")


# '"Q." ― Ann Lee': the dash and name that attribute a quotation belong to its sentence, wherever the break fell.
QUOTE_THEN_DASH: Final = re.compile(r"[”\"']\s*[―—–-]{1,2}\s*$")
DASH_REACH: Final = 6


@cache
def _buffer_type(size: int) -> type[ctypes.Array]:
    return ctypes.c_char * size


def _text_to_sentences(paragraph: str) -> str:
    """What `blingfire.text_to_sentences` gives: the sentences of the paragraph, one a line."""
    data = paragraph.encode("utf-8")
    size = max(MIN_BUFFER_BYTES, 1 << (2 * len(data)).bit_length())  # a power of two: a few types serve every length
    output = _buffer_type(size)()
    length = TEXT_TO_SENTENCES(data, len(data), output, size)
    return output.value.decode("utf-8") if 0 <= length <= size else ""


def _sentence_offsets(paragraph: str) -> list[Span]:
    """blingfire's sentences located in the paragraph.

    The sentences are found in C; blingfire's offsets variant maps bytes to characters in a Python loop that
    costs more than the segmentation, so the sentences are found with str.find and that variant is only
    the fallback for text whose whitespace blingfire rewrote.
    """
    offsets, position = [], 0
    for sentence in _text_to_sentences(paragraph).split("\n"):
        start = paragraph.find(sentence, position)
        if start < 0:
            return list(blingfire.text_to_sentences_and_offsets(paragraph)[1])
        position = start + len(sentence)
        offsets.append((start, position))
    return offsets


def split_sentences(text: str, paragraph: Span, quoted: SpanIndex) -> list[Span]:
    """Sentence spans of one paragraph (absolute offsets); a boundary inside a quotation is dropped."""
    start, end = paragraph
    if _one_sentence(text, start, end):
        # Most paragraphs: one sentence to blingfire, holding no stop but its last for the repairs below to break at.
        return _bounded(text, paragraph)
    sentences: list[Span] = []
    spans = (
        piece for first, last in _sentence_offsets(text[start:end])
        for broken in _honorific_breaks(text, (start + first, start + last)) for piece in _quotation_breaks(text, broken)
    )
    for span in spans:
        honorific = _at_end(HONORIFIC_END, text, sentences[-1], HONORIFIC_END_CHARS) if sentences else None
        if honorific:  # blingfire broke after "Mr." rather than before it: the honorific opens this sentence
            span = (honorific.start(), span[1])
            sentences[-1] = (sentences[-1][0], stripped_end(text, sentences[-1][0], honorific.start()))
            if sentences[-1][0] == sentences[-1][1]:
                sentences.pop()
        if sentences and (quoted.covers(span[0]) and quoted.covers(span[0] - 1) or _at_end(PLURAL_TITLE_END, text, sentences[-1], PLURAL_TITLE_END_CHARS)
                          or quoted.covers(sentences[-1][0]) and _dash_after_quotation(text, sentences[-1], span)):
            sentences[-1] = (sentences[-1][0], span[1])
        else:
            sentences.append(span)
    return [piece for sentence in sentences or [paragraph] for piece in _bounded(text, sentence)]


def _at_end(pattern: re.Pattern[str], text: str, sentence: Span, reach: int) -> re.Match[str] | None:
    """A search for a pattern that ends with `$` in the last `reach` characters of the sentence, the longest it matches."""
    return pattern.search(text, max(sentence[0], sentence[1] - reach), sentence[1])


def _one_sentence(text: str, start: int, end: int) -> bool:
    """Whether ONE_SENTENCE matches text[start:end] whole: for ASCII, whether it opens with a plain character and
    holds only plain characters and spaces but for its end, a plain character or a stop."""
    paragraph = text[start:end]
    if not paragraph.isascii():
        return ONE_SENTENCE.fullmatch(text, start, end) is not None
    rest = paragraph.encode("ascii").translate(None, PLAIN_ASCII_OR_SPACE)
    if not paragraph or paragraph[0] == " ":
        return False
    return paragraph[-1] != " " if not rest else rest in STOPS and len(paragraph) > 1 and paragraph.endswith(rest.decode("ascii"))


def _dash_after_quotation(text: str, before: Span, sentence: Span) -> bool:
    """Whether a closing quote mark and a dash stand at the break before the sentence (its name is what follows),
    the sentence before being a quotation (`quoted` covers its start)."""
    dash_end = sentence[0] + len(text[sentence[0] : sentence[0] + 2]) - len(text[sentence[0] : sentence[0] + 2].lstrip("―—–-"))
    return QUOTE_THEN_DASH.search(text, max(before[0], before[1] - DASH_REACH), dash_end) is not None


def _honorific_breaks(text: str, sentence: Span) -> list[Span]:
    """The sentence cut where blingfire missed a break before an honorific ("a tough race. Mr. Kirk said")."""
    pieces, start, scan_from = [], sentence[0], max(0, sentence[0] - 1)  # the stop may end the sentence before
    if sum(text.count(stop, scan_from, sentence[1]) for stop in ".!?") < 2:
        return [sentence]  # a stop, then an honorific's full stop: most sentences hold their final stop alone
    for match in HONORIFIC_AFTER_STOP.finditer(text, scan_from, sentence[1]):
        pieces.append((start, match.end("stop")))
        start = match.end()
    return [*pieces, (start, sentence[1])]


def _quotation_breaks(text: str, sentence: Span) -> list[Span]:
    """The sentence cut where blingfire missed a break between a quoted word that ends it and a quotation that
    opens the next; a sentence that opens with a quotation is left whole ('“Q1.” “Q2,” she said')."""
    # Looking for the closing mark first spares most sentences the pattern, which is tried at every character.
    if text.startswith(("“", '"'), sentence[0]) or text.find("”", *sentence) < 0 or not (match := QUOTATION_AFTER_QUOTED_STOP.search(text, *sentence)):
        return [sentence]
    return [(sentence[0], match.end("stop")), (match.end(), sentence[1])]  # the rest opens with a quotation


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
