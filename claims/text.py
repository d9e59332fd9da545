"""Article layout: paragraphs with offsets, and the parts that are not claims (headline, caption, byline, publisher)."""
import re
from dataclasses import dataclass
from typing import Final

from claims.model import Span

ASCII_BYTES: Final = bytes(range(128))
PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t\r\f\v]*\n\s*")
BYLINE: Final = re.compile(r"^by\s+(?P<names>[A-Z][^\n]{1,200})$", re.IGNORECASE)
# The agency credit line that closes wire copy: "Reporting by A and B; Editing by C".
CREDITS: Final = re.compile(r"^\(?(?:additional )?reporting by\s+(?P<names>[A-Z][^;)\n]{1,200})", re.IGNORECASE)
BYLINE_MAX_WORDS: Final = 16
BYLINE_SPLIT: Final = re.compile(r"\s*(?:,|\band\b|&)\s*")
# "Copyright © 2025 Name. All rights reserved.": the mark may be doubled, and the reservation is no part of the name.
PUBLISHER: Final = re.compile(
    r"^(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)))?\s*(?:\d{4}\s+)?(?P<name>.+?)(?:,?\s+\d{4})?"
    r"(?:[.,;]?\s*all rights reserved)?\s*\.?$",
    re.IGNORECASE,
)
# The characters, in either case, a byline, publisher or credit line opens with ("By", "©", "(c)", "Copyright",
# "(Additional reporting by"): the patterns above are tried on those paragraphs only.
CREDIT_OPENERS: Final = frozenset("bB©(cCaArR")
TIME_ZONES: Final = "GMT BST UTC CET CEST EET ET EST EDT CT CST CDT MT MST MDT PT PST PDT AEST AEDT AWST NZST NZDT IST SAST WAT EAT".split()
CLOCK_TIME: Final = r"(?:[01]?\d|2[0-3])[:.][0-5]\d"
AM_OR_PM: Final = r"[ \t]*(?:[ap]\.m\.|[ap]m|[AP]M)"
TIME_ZONE: Final = rf"[ \t]+(?:{'|'.join(TIME_ZONES)})"
# "WASHINGTON (AP) — ", "NEW DELHI: ": the place line that opens wire copy; its capitals are no speaker.
DATELINE: Final = re.compile(
    r"[A-Z][A-Z.'’\- ]{2,}(?:,[ \t]*[A-Z][A-Za-z0-9. ]+)?[ \t]*(?:\((?P<agency>[^)\n]{1,30})\))?[ \t]*(?:[—–―-]{1,2}|(?<=[A-Z]):)[ \t]*"
    # a live blog's time stamp: "10:42 a.m. — ", "14.05 GMT – "
    r"|\d{1,2}[:.]\d{2}(?:[ \t]*(?:[ap]\.m\.|[ap]m|[AP]M))?(?:[ \t]+[A-Z]{2,4})?[ \t]*[—–―-]{1,2}[ \t]*"
    # ... or with no dash, a clock time with "am" or "pm" or its zone before the entry's first word: "9.45am The …"
    rf"|{CLOCK_TIME}(?:{AM_OR_PM}(?:{TIME_ZONE})?|{TIME_ZONE})[ \t]+(?=[A-Z\"“‘'])"
)
# A bare clock time before a paragraph's first word ("00:31 Police say …") is a time stamp only in a live blog,
# where several paragraphs open so; elsewhere it is a figure ("22.15 Kilometres of road were closed").
BARE_CLOCK_STAMP: Final = re.compile(rf"{CLOCK_TIME}[ \t]+(?=[A-Z\"“‘'])")
LIVE_BLOG_MIN_STAMPS: Final = 2
# A heading is a short paragraph without sentence punctuation at its end ("FIRST MOVER ADVANTAGE").
HEADING_MAX_WORDS: Final = 12
# '"Q." ― Ann Lee': a quotation attributed by a dash ends in a name, but is no heading.
QUOTATION_DASH: Final = re.compile(r"[”\"]\s*[―—–]")


def lower_case(text: str) -> str:
    """The text in lower case, character for character, so that every offset holds in both: 'İ', which lowers
    to two characters, becomes the 'i' that a case-blind regular expression matches it with."""
    if not text.isascii():
        # str.lower reads every character of a text beyond ASCII in the Unicode tables; where none of the
        # characters beyond ASCII has a case (curly quotes, dashes), bytes.lower of its UTF-8 lowers the rest.
        data = text.encode("utf-8", "surrogatepass")
        beyond_ascii = data.translate(None, ASCII_BYTES).decode("utf-8", "surrogatepass")
        if beyond_ascii.lower() == beyond_ascii:
            return data.lower().decode("utf-8", "surrogatepass")
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else "".join(char.lower()[0] for char in text)


@dataclass
class Paragraph:
    span: Span
    text: str
    claimable: bool = True

    def __init__(self, span: Span, text: str, claimable: bool = True) -> None:  # compiled, as claims/model.py says
        self.span, self.text, self.claimable = span, text, claimable


@dataclass
class Layout:
    paragraphs: list[Paragraph]
    headline: str | None
    byline: list[str]
    publisher: str | None


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs separated by blank lines, trimmed, with their offsets."""
    paragraphs, start = [], 0
    for match in [*PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        body = chunk.strip()
        if body:
            paragraphs.append(Paragraph((start + lead, start + lead + len(body)), body))
        start = match.end() if match else end
    return paragraphs


def byline_names(paragraph: str, pattern: re.Pattern = BYLINE) -> list[str] | None:
    """Names of a 'By A and B' line (or a credit line), or None when the paragraph is not one."""
    match = pattern.match(paragraph)
    if not match or len(match["names"].split()) > BYLINE_MAX_WORDS:
        return None
    names = [name.strip(" .") for name in BYLINE_SPLIT.split(match["names"]) if name.strip(" .")]
    return names if names and all(name[:1].isupper() for name in names) else None


def publisher_name(paragraph: str) -> str | None:
    match = PUBLISHER.match(paragraph)
    return match["name"].strip(" .") if match else None


def is_heading(paragraph: str) -> bool:
    # Closing marks are passed over, "''" of wire copy among them: a short quotation is a sentence. The end is
    # looked at before the words are counted (most paragraphs end with a full stop); split gives more than
    # HEADING_MAX_WORDS pieces only when the paragraph is longer.
    return not paragraph.rstrip('"”’\')').endswith((".", "?", "!", ":")) \
        and len(paragraph.split(maxsplit=HEADING_MAX_WORDS)) <= HEADING_MAX_WORDS and not QUOTATION_DASH.search(paragraph)


def read_layout(text: str) -> Layout:
    """Mark the paragraphs that can hold claims and read the byline, publisher and headline."""
    paragraphs = split_paragraphs(text)
    byline, publisher, headline = [], None, None
    byline_index = None
    for index, paragraph in enumerate(paragraphs):
        credit = paragraph.text[0] in CREDIT_OPENERS
        names = byline_names(paragraph.text) if credit and byline_index is None and index < 4 else None
        if names:
            byline, byline_index = names, index
            paragraph.claimable = False
        elif credit and (name := publisher_name(paragraph.text)) is not None:
            publisher = name
            paragraph.claimable = False
        elif credit and (credited := byline_names(paragraph.text, CREDITS)) is not None:
            byline = byline or credited
            paragraph.claimable = False
        elif is_heading(paragraph.text):
            paragraph.claimable = False
    # Everything above the byline is headline or photo caption.
    for paragraph in paragraphs[: byline_index or 0]:
        paragraph.claimable = False
    if paragraphs and len(paragraphs) > 1:
        first = paragraphs[0]
        if byline_index or is_heading(first.text):
            headline = first.text
            first.claimable = False
    return Layout(paragraphs, headline, byline, publisher or _agency(text, paragraphs))


def _agency(text: str, paragraphs: list[Paragraph]) -> str | None:
    """The news agency named in the first dateline ("WASHINGTON (Reuters) -"), if any."""
    for paragraph in paragraphs:
        if paragraph.claimable and (match := DATELINE.match(text, *paragraph.span)):
            return match["agency"]
    return None


def after_dateline(text: str, start: int, end: int, live_blog: bool = False) -> int:
    """Where a paragraph's text starts once a dateline ("WASHINGTON (AP) — ") is skipped, or in a live blog a bare
    clock time ("00:31 ")."""
    match = DATELINE.match(text, start, end) or (BARE_CLOCK_STAMP.match(text, start, end) if live_blog else None)
    return match.end() if match else start


def is_live_blog(text: str, paragraphs: list[Paragraph]) -> bool:
    """Whether several claimable paragraphs open with a bare clock time, as a live blog's entries do (read only
    where a paragraph opens with a digit)."""
    stamps = 0
    for paragraph in paragraphs:
        start, end = paragraph.span
        if paragraph.claimable and start < end and text[start].isdigit() and BARE_CLOCK_STAMP.match(text, start, end):
            stamps += 1
            if stamps >= LIVE_BLOG_MIN_STAMPS:
                return True
    return False
