"""The public entry point: article text to an `Analysis`."""
import re
from bisect import bisect_left

from claims.attribution import RawClaim, Sentence
from claims.cues import Cue, find_cues, refusals
from claims.disputes import link_denials
from claims.entities import Entities
from claims.lexicon import ANONYMOUS_HEADS
from claims.mentions import (
    SPEAKER_NOUNS,
    Mention,
    anonymous_mentions,
    describe_from_appositive,
    name_mentions,
    pronoun_mentions,
    role_mentions,
)
from claims.model import SEGMENT_JOINER, Analysis, Claim, Dispute, Span, Speaker
from claims.quotes import Quotation, find_quotations
from claims.sentences import split_sentences
from claims.spans import SpanIndex
from claims.text import after_dateline, read_layout

LOWERCASE_WORD = re.compile(r"(?<![\w'’])[a-z][a-z'’\-]*")
MIDSENTENCE_CAPITALISED = re.compile(r"(?:(?<=[a-z0-9,;] )|(?<=,[\"”'] ))[A-Z][\w.'’\-]*")
# A sentence of the publication's own is returned as an `unattributed` claim when it states a figure.
FIGURE = re.compile(r"\d")
FIGURE_MIN_WORDS = 6
# A quotation of this many words or more, standing alone, continues the previous speaker.
CONTINUATION_MIN_WORDS = 4


def _word_sets(text: str) -> tuple[set[str], set[str]]:
    known = {word.rstrip(".") for word in MIDSENTENCE_CAPITALISED.findall(text)}
    return known, set(LOWERCASE_WORD.findall(text))


def _outside(mentions: list[Mention], quoted: SpanIndex) -> list[Mention]:
    return [m for m in mentions if not quoted.covers(m.span[0])]


def _without_nested(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions that lie inside a longer one ("Tokyo" inside "sources familiar with Tokyo's planning")."""
    ordered = sorted(mentions, key=lambda m: (m.span[0], -(m.span[1] - m.span[0])))
    kept: list[Mention] = []
    for mention in ordered:
        if kept and mention.span[0] < kept[-1].span[1]:
            continue
        kept.append(mention)
    return kept


class _Reader:
    """Walks the article once, sentence by sentence, keeping who spoke last."""

    def __init__(self, text: str):
        self.text = text
        self.layout = read_layout(text)
        self.quotations = find_quotations(text, [p.span for p in self.layout.paragraphs])
        self.quoted = SpanIndex([q.outer for q in self.quotations])
        self.quotation_at = {q.outer: q for q in self.quotations}
        self.known, self.common = _word_sets(text)
        self.entities = Entities(self.layout.byline)
        self.found: list[tuple[RawClaim, Speaker, str]] = []
        self.claimed_quotes: set[Span] = set()
        self.last: tuple[RawClaim, Speaker, str, int] | None = None
        self.pending: tuple[Mention, Cue] | None = None  # "S said:" waiting for its quotation
        # Names are found once for the whole article, so that a surname resolves to the fullest name given anywhere.
        names = [m for p in self.layout.paragraphs for m in name_mentions(text, *p.span, self.known, self.common)]
        self.names = _outside(names, self.quoted)
        for mention in self.names:
            describe_from_appositive(text, mention, len(text))
        self.name_starts = [m.span[0] for m in self.names]
        self.entities.full_names(self.names)

    def mentions(self, start: int, end: int) -> list[Mention]:
        first = bisect_left(self.name_starts, start)
        found = self.names[first : bisect_left(self.name_starts, end)] + pronoun_mentions(self.text, start, end)
        words = set(LOWERCASE_WORD.findall(self.text[start:end].lower()))
        if words & ANONYMOUS_HEADS:  # the phrase patterns are costly: run them only where a head word stands
            found += anonymous_mentions(self.text, start, end)
        if words & SPEAKER_NOUNS:
            found += role_mentions(self.text, start, end)
        return _without_nested(_outside(found, self.quoted))

    def read(self) -> list[tuple[RawClaim, Speaker, str]]:
        for index, paragraph in enumerate(self.layout.paragraphs):
            if paragraph.claimable:
                self.read_paragraph(index, paragraph.span)
        return self.found

    def read_paragraph(self, index: int, span: Span) -> None:
        previous_quotation: Quotation | None = None
        span = (after_dateline(self.text, *span), span[1])
        for start, end in split_sentences(self.text, span, self.quoted):
            cues = find_cues(self.text, start, end, self.quoted)
            quotations = [self.quotation_at[outer] for outer in self.quoted.overlapping(start, end)]
            if not cues and not quotations:
                # Narrative: nothing to attribute, but the people it names matter to later pronouns.
                for mention in self.names[bisect_left(self.name_starts, start) : bisect_left(self.name_starts, end)]:
                    self.entities.observe(mention)
                self.pending, previous_quotation = None, None
                self.publication_states(start, end)
                continue
            sentence = Sentence(self.text, (start, end), quotations, self.mentions(start, end), cues, refusals(self.text, start, end))
            self.read_sentence(sentence, index, previous_quotation)
            previous_quotation = sentence.quotation_ending_at(end)
            if previous_quotation and previous_quotation.inner in self.claimed_quotes:
                previous_quotation = None

    def publication_states(self, start: int, end: int) -> None:
        """A sentence of the publication's own with a figure in it ("24% levies") is a checkable claim too."""
        words = self.text[start:end].split()
        if len(words) >= FIGURE_MIN_WORDS and FIGURE.search(self.text, start, end):
            content_end = end - 1 if self.text[end - 1] in ".!?" else end
            publication = self.layout.publisher or "the publication"
            self.found.append((RawClaim([(start, content_end)], None, None), Speaker(publication, None, publication), "unattributed"))

    def read_sentence(self, sentence: Sentence, paragraph: int, previous_quotation: Quotation | None) -> None:
        raws = sentence.claims(previous_quotation)
        opening = sentence.quotation_at(sentence.span[0])
        if self.pending and not raws and opening:
            raws = [RawClaim([opening.inner], self.pending[1], self.pending[0])]
        self.pending = sentence.open_attribution
        people = [m for m in sentence.subjects() if m.kind == "person"]
        for raw in raws:
            self.add(raw, people, paragraph)
        if not raws:
            self.continue_quotes(sentence, paragraph)
        for mention in sentence.mentions:
            self.entities.observe(mention)

    def add(self, raw: RawClaim, people: list[Mention], paragraph: int) -> None:
        speaker, attribution = self.entities.speaker(raw.mention, people)
        self.found.append((raw, speaker, attribution))
        self.claimed_quotes.update(raw.segments)
        if self.last is None or not _inside(raw.content, self.last[0].content) or self.last[3] != paragraph:
            self.entities.spoke(speaker, attribution)
            self.last = (raw, speaker, attribution, paragraph)

    def continue_quotes(self, sentence: Sentence, paragraph: int) -> None:
        """A quotation with no cue of its own continues the previous speaker's words."""
        if self.last is None or paragraph - self.last[3] > 1:
            return
        previous, speaker, attribution, last_paragraph = self.last
        for quotation in sentence.quotations:
            words = self.text[slice(*quotation.inner)].split()
            if len(words) < CONTINUATION_MIN_WORDS or quotation.inner in self.claimed_quotes:
                continue
            self.claimed_quotes.add(quotation.inner)
            if last_paragraph == paragraph and previous.segments[-1] in self.claimed_quotes:
                previous.segments.append(quotation.inner)  # the same quotation, split by its attribution
                continue
            previous = RawClaim([quotation.inner], previous.cue, previous.mention)
            self.found.append((previous, speaker, attribution))
            self.last = (previous, speaker, attribution, paragraph)


def _inside(inner: Span, outer: Span) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1] and inner != outer


def _kind(content: Span, quotations: list[Quotation]) -> str:
    """direct (all quoted), mixed (quoted fragments) or indirect."""
    if any(q.inner[0] <= content[0] and content[1] <= q.inner[1] for q in quotations):
        return "direct"
    if any(content[0] <= q.inner[0] and q.inner[1] <= content[1] + 1 for q in quotations):
        return "mixed"
    return "indirect"


def _build(text: str, found: list[tuple[RawClaim, Speaker, str]], quotations: list[Quotation]) -> list[Claim]:
    ordered = sorted(found, key=lambda item: (item[0].content[0], -item[0].content[1]))
    index, by_outer = SpanIndex([q.outer for q in quotations]), {q.outer: q for q in quotations}

    def near(segment: Span) -> list[Quotation]:
        return [by_outer[outer] for outer in index.overlapping(segment[0] - 1, segment[1] + 2)]

    claims = []
    for number, (raw, speaker, attribution) in enumerate(ordered, start=1):
        kinds = {_kind(segment, near(segment)) for segment in raw.segments}
        kind = kinds.pop() if len(kinds) == 1 else "mixed"
        content = SEGMENT_JOINER.join(text[start:end] for start, end in raw.segments)
        quote = SEGMENT_JOINER.join(filter(None, (_quoted_words(text, segment, near(segment)) for segment in raw.segments))) or None
        claims.append(Claim(
            id=f"c{number}", content=content, span=raw.content, kind=kind, quote=quote, segments=list(raw.segments),
            cue=text[slice(*raw.cue.span)] if raw.cue else "", cue_span=raw.cue.span if raw.cue else None,
            speaker=speaker, attribution=attribution, stance="denial" if raw.cue and raw.cue.denial else None,
            disputes=[Dispute(m.name, m.text, text[slice(*cue.span)], span) for m, cue, span in raw.disputes],
        ))
    _link_nested(claims)
    return claims


def _link_nested(claims: list[Claim]) -> None:
    """Set nested_in to the tightest claim whose span holds this one (claims come sorted by start, longest first)."""
    open_claims: list[Claim] = []
    for claim in claims:
        while open_claims and not _inside(claim.span, open_claims[-1].span):
            open_claims.pop()
        if open_claims:
            claim.nested_in = open_claims[-1].id
        open_claims.append(claim)


def _quoted_words(text: str, content: Span, quotations: list[Quotation]) -> str | None:
    """The quoted words of one content span: all of it when it is a quotation, else its quoted fragments."""
    if _kind(content, quotations) == "direct":
        return text[slice(*content)]
    parts = [text[slice(*q.inner)] for q in quotations if content[0] <= q.inner[0] and q.inner[1] <= content[1] + 1]
    return SEGMENT_JOINER.join(parts) if parts else None


def analyse(text: str) -> Analysis:
    """Split an article into attributable claims: who said what, where, and what is disputed."""
    reader = _Reader(text)
    claims = _build(text, reader.read(), reader.quotations)
    link_denials(claims)
    layout = reader.layout
    return Analysis(headline=layout.headline, byline=layout.byline, publisher=layout.publisher, claims=claims)
