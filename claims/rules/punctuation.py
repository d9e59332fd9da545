"""Rules for quotations attributed by punctuation alone: a colon before, a dash after."""
import re
from dataclasses import replace
from typing import Final

from claims.cues import Cue
from claims.mentions import Mention
from claims.quotes import Quotation
from claims.rules.records import RawClaim
from claims.rules.registry import rule
from claims.rules.sentence import Sentence
from claims.rules.speakers import is_subject, modifiers_only, sentence_subject, speaker_after, titled
from claims.scanning import stripped_start

# `S: "Q"`, and `S ― "Q"` as vox-pop lists set it.
COLON_BEFORE: Final = re.compile(r"\s*(:|―|—)\s*")
DASH_AFTER: Final = re.compile(r"[\s,]*(—|–|―|--?)\s*")

SPEAKER_COLON_QUOTE: Final = rule(
    "speaker-colon-quote", "A speaker, a colon (or a dash), then a quotation.",
    'Harbour master Lena Vogt: "Every ferry will run on time this summer."',
)
CLAUSE_COLON_QUOTE: Final = rule(
    "clause-colon-quote", "A clause about the speaker ends in a colon, no reporting verb claiming what follows; the quotation after it is theirs.",
    'Lena Vogt had a warning for the council: "Every ferry will stop in October."',
)
SPEAKER_ON_TOPIC_QUOTE: Final = rule(
    "speaker-on-topic-quote", 'A speaker opening the sentence, "on" and a topic, a colon, then a quotation.',
    'Harbour master Lena Vogt on the timetable: "Every ferry will run on time this summer."',
)
# ' on the referee: ', ' on his future — ', ', on the pause: ': the topic between the speaker and the colon (or
# dash), no verb's clause, comma or quotation in it.
ON_TOPIC_THEN_COLON: Final = re.compile(r",?\s+on\s+[^:;,.!?\"“”—―]{1,60}?\s*(:|―|—)\s*")
# "The company's chief scientific officer, ": a description set off before the name, as an appositive.
DESCRIPTION_THEN_COMMA: Final = re.compile(r"(?:[Tt]he|[Aa]n?|[A-Z][\w.&'’-]*['’]s?)\s+[^,;:\"“”]{1,60},\s*")
COLON_RIGHT_BEFORE: Final = re.compile(r"(:)\s*")
# "put it", "said it best": the one verb between a speaker and the "it" before a colon.
VERB_BETWEEN: Final = re.compile(r"[\s,]*[a-z]+\s+it\b(?:\s+[a-z]+)?\s*:", re.IGNORECASE)
VERB_REACH: Final = 30
QUOTE_DASH_SPEAKER: Final = rule(
    "quote-dash-speaker", "A quotation, a dash, then the speaker.",
    '"Every ferry will run on time this summer" — harbour master Lena Vogt.',
)


def punctuation_claims(sentence: Sentence) -> list[RawClaim]:
    """Quotations attributed by punctuation alone: `S: "Q"` and `"Q" — S`."""
    claims = []
    for quotation in sentence.quotations:
        claim = (
            speaker_colon_quote(sentence, quotation) or speaker_on_topic_quote(sentence, quotation)
            or clause_colon_quote(sentence, quotation) or quote_dash_speaker(sentence, quotation)
        )
        if claim:
            claims.append(claim)
    return claims


def speaker_colon_quote(sentence: Sentence, quotation: Quotation) -> RawClaim | None:
    """`S: "Q"`: the mention right before the quotation, with only a colon or a dash between; `S put it: "Q"`:
    the mention before the verb whose object "it" stands before the colon."""
    before = next(reversed(sentence.mentions_before(quotation.outer[0])), None)
    if before is None or not is_subject(sentence, before):  # 'said on Twitter: "…"' names where, not who
        return None
    colon = COLON_BEFORE.fullmatch(sentence.text, before.span[1], quotation.outer[0])
    if colon and before.text.lower() == "it":
        before = next(reversed(sentence.mentions_before(before.span[0])), None)
        if before is None or not VERB_BETWEEN.match(sentence.text, before.span[1], before.span[1] + VERB_REACH):
            return None
    return RawClaim((quotation.inner,), Cue(colon.span(1), colon[1], colon[1]), before, SPEAKER_COLON_QUOTE) if colon else None


def speaker_on_topic_quote(sentence: Sentence, quotation: Quotation) -> RawClaim | None:
    """`S on T: "Q"`, as match reports and round-ups set post-match words: the person opening the sentence (perhaps
    after words describing them: "Rovers manager Rory Tait on …"), then "on" and the topic, a colon and the quotation."""
    text, opening = sentence.text, stripped_start(sentence.text, *sentence.span)
    for mention in sentence.mentions_before(quotation.outer[0]):
        topic = ON_TOPIC_THEN_COLON.fullmatch(text, mention.span[1], quotation.outer[0])
        if topic is None or mention.possessive or mention.kind == "pronoun":
            continue
        if mention.span[0] != opening and not _described_before(text, opening, mention):
            if mention.kind != "person" or not modifiers_only(text[opening : mention.span[0]]):
                return None
            mention = titled(sentence, mention, opening)
        return RawClaim((quotation.inner,), Cue(topic.span(1), topic[1], topic[1]), mention, SPEAKER_ON_TOPIC_QUOTE)
    return None


def _described_before(text: str, opening: int, mention: Mention) -> bool:
    """Whether a description set off by a comma is all that stands between the sentence's opening and the name
    ("The company's chief scientific officer, Martin Oyelaran, on …")."""
    return mention.kind == "person" and DESCRIPTION_THEN_COMMA.fullmatch(text, opening, mention.span[0]) is not None


def clause_colon_quote(sentence: Sentence, quotation: Quotation) -> RawClaim | None:
    """`S did this: "Q"`: the subject of the clause that the colon ends, when no quotation stands in it (a cue that
    claimed the quotation already has it: `S told reporters: "Q"`)."""
    start = sentence.span[0]
    position = sentence.text.rfind(":", start, quotation.outer[0])
    colon = COLON_RIGHT_BEFORE.fullmatch(sentence.text, position, quotation.outer[0]) if position >= 0 else None
    if colon is None or sentence.quote_between(start, position):
        return None
    subject = sentence_subject(sentence, position)
    return RawClaim((quotation.inner,), Cue(colon.span(1), ":", ":"), subject, CLAUSE_COLON_QUOTE) if subject else None


def quote_dash_speaker(sentence: Sentence, quotation: Quotation) -> RawClaim | None:
    """`"Q" — S`: the speaker right after a dash that follows a quotation opening the sentence or a line (a quotation inside
    a clause is that clause's, and what a dash adds to it is a comment: `dismissed it as "a suburb" — a slur`)."""
    dash = DASH_AFTER.match(sentence.text, quotation.outer[1], sentence.span[1])
    if not dash or sentence.text[_line_start(sentence, quotation.outer[0]) : quotation.outer[0]].strip():
        return None
    cue = Cue(dash.span(1), dash[1], "—")
    line_end = sentence.text.find("\n", dash.end(), sentence.span[1])
    speaker = speaker_after(replace(sentence, span=(sentence.span[0], line_end)) if line_end >= 0 else sentence, cue)
    return RawClaim((quotation.inner,), cue, speaker, QUOTE_DASH_SPEAKER) if speaker else None


def _line_start(sentence: Sentence, position: int) -> int:
    """Where the sentence's line holding `position` starts (vox pops run one quotation a line)."""
    return max(sentence.span[0], sentence.text.rfind("\n", sentence.span[0], position) + 1)
