"""Rules across sentences: "S said:" before a quotation, and quotations that go on without a cue."""
import re
from dataclasses import dataclass
from typing import Final

from claims.cues import Cue
from claims.lexicon import REPORTING_VERBS
from claims.mentions import Mention
from claims.model import Span, Speaker
from claims.patterns import fillers_only
from claims.quotes import Quotation
from claims.rules.records import RawClaim
from claims.rules.registry import rule
from claims.rules.sentence import Sentence
from claims.rules.speakers import SpeakerFinding
from claims.rules.verbs import SPLIT_QUOTE

# A quotation of this many words or more, standing alone, continues the previous speaker; a shorter one only
# as the second part of the quotation its attribution split ('"Q1," said Ann Lee. "Not now."').
CONTINUATION_MIN_WORDS: Final = 4
# '"Q1," she said. "Q2."' is one quotation split by its attribution; when the words between the two parts run
# to a sentence of their own (a long description of the speaker, or the reporter's narrative), the second
# quotation is a claim of its own: a split quotation never holds the reporter's words between its parts.
SPLIT_GAP_MAX_WORDS: Final = 8
CUE_AFTER_QUOTE_MAX_WORDS: Final = 8
WORD: Final = re.compile(r"\w+(?:['’]\w+)*")
STOP: Final = re.compile(r"(?<=[.!?])\s+")
SUBJECT_PRONOUN: Final = re.compile(r"\b(?:he|she|they)\b", re.IGNORECASE)
QUOTE_MARKS: Final = frozenset("\"“”„«»'`")

OPEN_ATTRIBUTION: Final = rule(
    "open-attribution", 'A sentence ending "S said:" with nothing quoted; the next quotation is theirs.',
    'Lena Vogt said:\n\n"Every ferry will run on time this summer."',
)
QUOTE_CONTINUES: Final = rule(
    "quote-continues", "A quotation with no cue of its own, after other words of the reporter's, continues the previous speaker's words.",
    'Lena Vogt said the pier was safe. The harbour board will meet on Monday to plan the repairs.\n\n'
    '"We have checked every one of its supports twice this winter."',
)
QUOTE_AFTER_REPORT: Final = rule(
    "quote-after-report", "Reported words, then a quotation with no cue of its own: the quotation goes on with them, one claim.",
    'Lena Vogt said the pier was safe.\n\n"We have checked every one of its supports twice this winter."',
)


@dataclass(frozen=True, slots=True)
class OpenAttribution:
    """"S said:" waiting for the quotation that opens the next sentence."""

    mention: Mention
    cue: Cue


def open_attribution(sentence: Sentence, speakers: dict[Span, SpeakerFinding], claims: list[RawClaim]) -> OpenAttribution | None:
    """A sentence ending "S said:" or "S:" with nothing quoted yet: the next paragraph's quotation is theirs."""
    text, start, end = sentence.text, sentence.span[0], sentence.span[1]  # a nested unpacking is read by iteration, compiled
    if claims or not text[start:end].rstrip().endswith(":"):
        return None
    colon = text.rindex(":", start, end)
    for cue in reversed(sentence.cues):
        found = speakers.get(cue.span)
        if found and found.mention and fillers_only(text[cue.span[1] : colon]):
            return OpenAttribution(found.mention, cue)
    before = next(reversed(sentence.mentions_before(colon)), None)
    if before and not text[before.span[1] : colon].strip():
        return OpenAttribution(before, Cue((colon, colon + 1), ":", ":"))
    return None


def opened_quotation(pending: OpenAttribution | None, sentence: Sentence) -> RawClaim | None:
    """The quotation that opens this sentence, claimed by the attribution left open before it."""
    opening = sentence.quotation_at(sentence.span[0])
    if pending is None or opening is None:
        return None
    return RawClaim((opening.inner,), pending.cue, pending.mention, OPEN_ATTRIBUTION)


def continuing_quotations(sentence: Sentence, claimed: frozenset[Span]) -> list[Quotation]:
    """Quotations of the sentence that may continue someone's words: not claimed yet, and with no cue of their
    own right after them ('"…," CBS co-anchor DeMarco Morgan said' is hers, whoever she is)."""
    return [
        q for q in sentence.quotations
        if q.inner not in claimed and _stands_alone(sentence, q) and not any(_attributes(sentence, q, cue) for cue in sentence.cues)
    ]


def long_enough(text: str, quotation: Quotation) -> bool:
    """Whether the quotation has words enough to continue the previous speaker's words after other words."""
    return len(text[slice(*quotation.inner)].split()) >= CONTINUATION_MIN_WORDS


def opens_paragraph(text: str, quotation: Quotation) -> bool:
    """Whether only spaces stand between the start of the quotation's paragraph and its opening mark."""
    start = quotation.outer[0]
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return start == 0 or text[start - 1] == "\n"


def _stands_alone(sentence: Sentence, quotation: Quotation) -> bool:
    """Whether the quotation opens its sentence, follows other quotations or a colon, or follows a clause
    whose subject is a pronoun ('he did not think "…"'): a quotation within the reporter's own clause about
    someone else ('Mrs. Hale called him "a fighter for families"') is what that clause is about."""
    lead, position = [], sentence.span[0]
    for other in sentence.quotations:
        if other.outer[0] >= quotation.outer[0]:
            break
        lead.append(sentence.text[max(position, sentence.span[0]) : other.outer[0]])
        position = other.outer[1]
    lead.append(sentence.text[max(position, sentence.span[0]) : quotation.outer[0]])
    words = "".join(lead).strip()
    return not WORD.search(words) or words.endswith(":") or SUBJECT_PRONOUN.search(words) is not None


def _attributes(sentence: Sentence, quotation: Quotation, cue: Cue) -> bool:
    """Whether the cue stands right after the quotation, a few words of speaker between them."""
    between = sentence.text[quotation.outer[1] : cue.span[0]]
    return quotation.outer[1] <= cue.span[0] and len(WORD.findall(between)) <= CUE_AFTER_QUOTE_MAX_WORDS and "." not in between


def continued(previous: RawClaim, quotation: Quotation) -> RawClaim:
    """The previous speaker's next quotation, as a claim of its own."""
    return RawClaim((quotation.inner,), previous.cue, previous.mention, QUOTE_CONTINUES)


def splits(sentence: Sentence, previous: RawClaim, speaker: Speaker, quotation: Quotation) -> bool:
    """Whether the quotation is the rest of the previous claim's quotation, only its attribution between them.

    Any stop after the first part (even an abbreviation's) may start other words, and a stretch of them long
    enough to be a sentence ends the quotation, unless the attribution's own cue stands in it ('"Q1," Mrs.
    Clinton said in an interview. "Q2."'). So does a cue next to a name that is not the speaker's after the
    attribution: '"Q1," she said. "Q2?" Mr Hall asked. "Q3."'. Up to the end of the attribution's sentence
    the words describe the speaking ('"Q1," he told Reuters when asked if he had met Trump. "Q2."')."""
    gap_start = previous.segments[-1][1]
    gap = sentence.text[gap_start : quotation.outer[0]]
    own_cue = previous.cue.span[0] - gap_start if previous.cue else -1
    attribution_end, position = 0, 0
    for index, part in enumerate(STOP.split(gap)):
        position = gap.index(part, position)
        holds_cue = position <= own_cue < position + len(part)
        if holds_cue:
            attribution_end = position + len(part)
        if 0 < index and position + len(part) < len(gap) and len(WORD.findall(part)) >= SPLIT_GAP_MAX_WORDS and not holds_cue:
            return False
    own = {word.lower() for word in WORD.findall(f"{speaker.name} {speaker.mention}")}
    words = list(WORD.finditer(gap))
    return not any(
        word.group().lower() in REPORTING_VERBS and word.start() >= attribution_end
        and any(near.group()[:1].isupper() and near.group().lower() not in own for near in words[max(0, i - 4) : i + 5])
        for i, word in enumerate(words)
    )


def all_quoted(text: str, raw: RawClaim) -> bool:
    """Whether every part of the claim stands between quotation marks (a direct quote, not reported speech)."""
    return all(start and text[start - 1] in QUOTE_MARKS and text[end : end + 1] in QUOTE_MARKS for start, end in raw.segments)


def extended(text: str, previous: RawClaim, quotation: Quotation) -> RawClaim:
    """'"Q1," she said. "Q2."': the same quotation split by its attribution, so one claim with both parts; after
    reported words ('She said Q1. ¶ "Q2."'), the quotation goes on with them (PolNeAR's annotators read both so)."""
    rule = SPLIT_QUOTE if all_quoted(text, previous) else QUOTE_AFTER_REPORT
    return RawClaim(previous.segments + (quotation.inner,), previous.cue, previous.mention, rule, previous.disputes)
