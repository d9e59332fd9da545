"""What a direct quotation must be: its words within quotation marks, and its parts one speaker's, with no
narrative sentence and no other speaker's cue between them (the rules of ../shared/tools/check_quotes.py,
written for the project's tests). In copy that quotes with single marks the checks read the text with its
quotation marks made double, as the claims were read (claims/quotes.py, tested on its own)."""
import re

from claims import Claim
from claims.lexicon import REPORTING_VERBS
from claims.quotes import single_marks_as_double
from claims.text import read_layout

MARKS = "\"“”"
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
WORD = re.compile(r"\w+(?:['’]\w+)*")
NARRATIVE_WORDS = 8
OWN_REACH = 2  # words beside a cue where the claim's own speaker makes it their attribution
DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "our"}  # before a reporting word, they make it a noun
EDGE_MARKS = re.compile(r"^[,.!?]*[\"”]|[\"“]\s*$")  # the marks that close the first part and open the next
QUOTATION = re.compile(r"[\"“][^\"“”]*[\"”]")  # quoted words between the parts are no narrative


def with_double_marks(text: str) -> str:
    """The text with its quotations in single marks written in double ones, offsets kept."""
    return single_marks_as_double(text, [paragraph.span for paragraph in read_layout(text).paragraphs])


def opens_paragraph(text: str, position: int) -> bool:
    """A mark at a paragraph's start (a quotation running on over paragraphs)."""
    return text[:position].rstrip(" \t").endswith("\n") or not text[:position].strip()


def marks_inside(text: str, claim: Claim) -> list[int]:
    """Quotation marks inside a direct claim's parts, other than those opening a paragraph."""
    return [i for start, end in claim.segments for i in range(start, end) if text[i] in MARKS and not opens_paragraph(text, i)]


def unbounded(text: str, claim: Claim) -> list[tuple[int, int]]:
    """Parts of a direct claim with no opening mark right before them or no closing mark (or paragraph end) after."""
    def closed(end: int) -> bool:
        after = text[end : end + 3]
        return any(mark in after for mark in MARKS) or "\n" in after or end + 3 > len(text)
    return [(start, end) for start, end in claim.segments if not any(m in text[max(0, start - 2) : start] for m in MARKS) or not closed(end)]


def across(text: str, claim: Claim) -> list[str]:
    """The words between consecutive parts that hold a narrative sentence or another speaker's cue: a cue with a
    capitalised word near it that is not the speaker's, unless the speaker's own words stand right beside it
    ("Mr Brand told ABC Radio" is the claim's own attribution)."""
    own = {word.lower() for word in WORD.findall(f"{claim.speaker.name} {claim.speaker.mention}")} if claim.speaker else set()
    found = []
    for (_, first_end), (second_start, _) in zip(claim.segments, claim.segments[1:]):
        gap = QUOTATION.sub(" ", EDGE_MARKS.sub("", text[first_end:second_start]))
        sentences = SENTENCE_BREAK.split(gap)[1:-1]
        narrative = any(len(WORD.findall(s)) >= NARRATIVE_WORDS and not _cue(s) for s in sentences)
        words = WORD.findall(gap)
        other = any(
            word in REPORTING_VERBS
            and not (i and words[i - 1].lower() in DETERMINERS)  # "in a note on Wednesday": a noun, no cue
            and not any(near.lower() in own for near in words[max(0, i - OWN_REACH) : i + OWN_REACH + 1])
            and any(near[:1].isupper() and near.lower() not in own for near in words[max(0, i - 4) : i + 5])
            for i, word in enumerate(words)
        )
        if narrative or other:
            found.append(gap)
    return found


def _cue(sentence: str) -> bool:
    return any(word in REPORTING_VERBS for word in WORD.findall(sentence))
