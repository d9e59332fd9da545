"""A headline or crosshead that names its speaker before a colon ("Hartley: "The waitlist is the shortest in a
decade"", "Lynch: No outside influence on the probe"): what follows the colon is that speaker's claim."""
import re
from dataclasses import replace
from typing import Final

from claims.lexicon import HEADLINE_LABELS
from claims.mentions import Mention, classify_name
from claims.model import Claim, Speaker
from claims.quotes import DOUBLE, single_quotations
from claims.rules.registry import rule
from claims.text import HEADING_MAX_WORDS, Paragraph, is_heading

HEADLINE_SPEAKER: Final = rule(
    "headline-speaker",
    "A headline or crosshead naming before a colon someone who speaks in the article: what follows the colon is "
    "their claim, direct when it is all one quotation.",
    'Vogt: "Every ferry will run on time this summer"\n\nHarbour master Lena Vogt said the ferries were ready.',
)
# The speaker: up to four capitalised words (initials and "Dr." among them), then the colon and the claim.
SPEAKER_COLON: Final = re.compile(r"(?P<speaker>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):\s+(?P<content>\S.*?)[\s.]*")
# Double marks only bound a direct headline quotation: single ones may be apostrophes, and a quotation checker
# reads them as quotation marks only where the article's own style is single marks.
OPENING_MARKS, CLOSING_MARKS = "\"“", "\"”"
MAX_WORDS: Final = 2 * HEADING_MAX_WORDS  # a headline, not a lead paragraph that opens with a name and a colon
ATTRIBUTIONS: Final = {"person": "named", "role": "named", "organisation": "organisation"}


def headline_claims(text: str, paragraphs: list[Paragraph], claims: list[Claim]) -> list[Claim]:
    """The claims of the headline (the first paragraph) and of the crossheads (one-line headings) that name their
    speaker before a colon, where the article's reading found none."""
    headings = [p for index, p in enumerate(paragraphs) if index == 0 or not p.claimable and is_heading(p.text)]
    found = [claim for p in headings if (claim := _headline_claim(text, p, claims))]
    return [replace(claim, id=f"h{number}") for number, claim in enumerate(found, start=1)]


def _headline_claim(text: str, heading: Paragraph, claims: list[Claim]) -> Claim | None:
    """The heading's claim, by the name that the article's claims give its speaker; none when nobody of that name
    speaks in the article ("Storm Idris: live updates" names no speaker) or more than one does (Angela and Tom
    Hartley under "Hartley:")."""
    if "\n" in heading.text or len(heading.text.split()) > MAX_WORDS or any(heading.span[0] <= c.span[0] < heading.span[1] for c in claims):
        return None
    found = SPEAKER_COLON.fullmatch(heading.text.rstrip())
    if found is None or found["speaker"].split()[0].lower() in HEADLINE_LABELS:
        return None
    mention = classify_name(found["speaker"], 0, len(found["speaker"]))
    if mention is None or mention.kind not in ATTRIBUTIONS or mention.span != (0, len(found["speaker"])):
        return None
    speakers = _named(mention, {c.speaker.name for c in claims if c.speaker})
    if len(speakers) != 1:
        return None
    start, end = (heading.span[0] + offset for offset in found.span("content"))
    kind, start, end = _quoting(text, start, end)
    return Claim(
        id="h", content=text[start:end], span=(start, end), kind=kind, cue=":", cue_span=None,
        speaker=Speaker(found["speaker"], (heading.span[0], heading.span[0] + len(found["speaker"])), speakers.pop(), mention.title),
        attribution=ATTRIBUTIONS[mention.kind], quote=text[start:end] if kind == "direct" else None,
        segments=[(start, end)], rule=HEADLINE_SPEAKER,
    )


def _named(mention: Mention, names: set[str]) -> set[str]:
    """The article's speakers the heading's name fits, a shorter name of the same person left out ("Hartley" beside
    "Angela Hartley"): a person or role by the surname or the full name, an organisation by its full name only
    ("Acme Corp" is not "Fenwick Corp")."""
    words = mention.name.split()
    fits = {name for name in names if (name.split()[-len(words):] if mention.kind != "organisation" else name.split()) == words}
    return {name for name in fits if not any(other != name and other.split()[-len(name.split()):] == name.split() for other in fits)}


def _quoting(text: str, start: int, end: int) -> tuple[str, int, int]:
    """Direct, with the marks left out, when the words are one quotation in double marks; mixed when they hold a
    quotation (a double mark, or single marks paired as the quotes module pairs them, not an apostrophe); else
    indirect."""
    words = text[start:end].rstrip(".")
    if len(words) > 2 and words[0] in OPENING_MARKS and words[-1] in CLOSING_MARKS and not any(mark in words[1:-1] for mark in OPENING_MARKS + CLOSING_MARKS):
        return "direct", start + 1, start + len(words) - 1
    quoted = DOUBLE.search(words) or single_quotations(text, [(start, end)])
    return ("mixed" if quoted else "indirect"), start, end
