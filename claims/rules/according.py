"""Rules for "according to": the source named after the cue, the content before or after it."""
from claims.rules.content import content_before, leading_contents, reportable
from claims.rules.pairing import Attribution, Surroundings
from claims.rules.records import RawClaim
from claims.rules.registry import rule
from claims.rules.sentence import Sentence

CONTENT_ACCORDING_TO = rule(
    "content-according-to", 'The content, then "according to" and its source.',
    "The ferry will stop running in October, according to the harbour board.",
)
ACCORDING_TO = rule(
    "according-to", '"According to" and its source, then the content.',
    "According to Lena Vogt, the ferry will stop running in October.",
)


def according_to(sentence: Sentence, attribution: Attribution, around: Surroundings) -> list[RawClaim] | None:
    """"C, according to S" — or "According to S, C" and "In addition, according to S, C"."""
    cue, mention = attribution.cue, attribution.speaker.mention
    if not cue.according_to:
        return None
    content = content_before(sentence, around.claimed_until, cue.span[0])
    if content and reportable(sentence, content):
        return [RawClaim((content,), cue, mention, CONTENT_ACCORDING_TO)]
    spans = leading_contents(sentence, mention.span[1], around.stops, False)
    return [RawClaim((span,), cue, mention, ACCORDING_TO) for span in spans]
