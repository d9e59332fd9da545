"""The public entry point: article text to an `Analysis`."""
import re
from bisect import bisect_left
from typing import Final

from claims.casing import sentence_cased
from claims.cues import find_cues, refusals
from claims.disputes import find_disputes
from claims.entities import Entities
from claims.headlines import headline_claims
from claims.interviews import answer_claims
from claims.lexicon import ANONYMOUS_HEADS
from claims.mentions import (
    SPEAKER_NOUN_RUNS,
    SPEAKER_NOUNS,
    Mention,
    Pronouns,
    first_run,
    anonymous_mentions,
    broadcasts,
    describe_from_appositive,
    name_mentions,
    role_mentions,
)
from claims.model import SEGMENT_JOINER, Analysis, Claim, Dispute, Span
from claims.quotes import Quotation, read_quotations
from claims.reader import Article, FoundClaim, ReaderState, read_sentence
from claims.rules.appositives import DISPUTE_APPOSITIVE
from claims.rules.questions import may_ask
from claims.rules.sentence import Sentence
from claims.sentences import split_sentences
from claims.spans import SpanIndex, inside
from claims.scanning import ASCII_LETTER_RUNS, ascii_letter_runs, is_word_character
from claims.text import after_dateline, is_live_blog, lower_case, read_layout

# Both patterns open with the letter and look behind it afterwards: a pattern that opens with a look-behind is
# tried at every character, one that opens with a character class lets sre skip to the letters.
LOWERCASE_WORD: Final = re.compile(r"[a-z](?<![\w'’][a-z])[a-z'’\-]*")  # not preceded by a word character or apostrophe
LOWERCASE_WORD_SHAPE: Final = re.compile(r"[a-z][a-z'’\-]*")
LOWERCASE_WORD_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyz'’-")
# The speaker nouns a word can be ("officials", "secretary-general"; not "gov." or "white house"), by their
# first run of letters.
NOUNS_BY_FIRST_RUN: Final = {
    run: tuple(sorted(noun for noun in SPEAKER_NOUNS if LOWERCASE_WORD_SHAPE.fullmatch(noun) and first_run(noun) == run))
    for run in SPEAKER_NOUN_RUNS
}
MARKS_MADE: Final = re.compile("[“”‘’]")  # the marks single_marks_as_double writes
MAX_LOOKUPS: Final = 200  # words looked up one by one in an article before all its words are collected
# The word after the space that stands before it: a pattern that opens with a literal lets sre skip ahead in a
# tight loop, where one that opens with a class tests every character in a call.
MIDSENTENCE_CAPITALISED: Final = re.compile(r" ([A-Z](?:(?<=[a-z0-9,;] [A-Z])|(?<=,[\"”'] [A-Z]))[\w.'’\-]*)")
# Bounds on the work one paragraph or sentence can cause, far above what news prose reaches (in 530 news
# articles a paragraph holds at most 218 names and 121 cues and quotations, a sentence at most 5 cues): past
# them the rest of a paragraph is not read, and a sentence's further cues are not, so that text made dense
# with names or attributions costs time linear in its length.
MAX_NAMES_PER_PARAGRAPH: Final = 1000
MAX_ATTRIBUTIONS_PER_PARAGRAPH: Final = 500  # cues and quotations read
MAX_CUES_PER_SENTENCE: Final = 20


def lowercase_words(text: str) -> set[str]:
    """The words written in lower case in the text."""
    return set(LOWERCASE_WORD.findall(text))


class LowercaseWords:
    """`word in LowercaseWords(text)` answers `word in lowercase_words(text)`, looking at the word's occurrences
    only: an article asks about a few words (those that open its sentences), and collecting all its words
    costs more. Past MAX_LOOKUPS words it collects them all, so that a text asking about ever new words
    costs time linear in its length."""

    def __init__(self, text: str):
        self.text = text
        self.answers: dict[str, bool] = {}
        self.words: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self.words is not None:
            return word in self.words
        if word not in self.answers:
            if len(self.answers) >= MAX_LOOKUPS:
                self.words = lowercase_words(self.text)
                return word in self.words
            self.answers[word] = LOWERCASE_WORD_SHAPE.fullmatch(word) is not None and self._written(word)
        return self.answers[word]

    def _written(self, word: str) -> bool:
        """Whether a scan of the whole text reads `word` as one of its lower-case words somewhere."""
        text, position = self.text, self.text.find(word)
        while position >= 0:
            # The scan reads the same words from the start of the run of word characters holding the occurrence.
            start = position
            while start > 0 and text[start - 1] in LOWERCASE_WORD_CHARS:
                start -= 1
            for match in LOWERCASE_WORD.finditer(text, start):
                if match.start() >= position:
                    if match.span() == (position, position + len(word)):
                        return True
                    break
            position = text.find(word, position + 1)
        return False


def speaker_nouns_in(lowered: str, runs: list[bytes]) -> set[str]:
    """`lowercase_words(lowered) & SPEAKER_NOUNS`, looking for the few nouns whose first run of letters `runs`
    (lowered's ascii_letter_runs) holds, instead of collecting every word of the sentence."""
    return {
        noun for run in SPEAKER_NOUN_RUNS.intersection(runs) for noun in NOUNS_BY_FIRST_RUN[run]
        if _lowercase_word(lowered, noun)
    }


def _lowercase_word(lowered: str, word: str) -> bool:
    """`word in lowercase_words(lowered)` for a word LOWERCASE_WORD can read: where it stands with no word
    character or apostrophe before it and none of its letters after it. A hyphen before it may end a word
    that goes on over it ("ex-officials"): there the words are collected."""
    position = lowered.find(word)
    while position >= 0:
        before = lowered[position - 1] if position else " "
        if before == "-":
            return word in lowercase_words(lowered)
        after = position + len(word)
        if not is_word_character(before) and (after == len(lowered) or lowered[after] not in LOWERCASE_WORD_CHARS):
            return True
        position = lowered.find(word, position + 1)
    return False


def _midsentence_capitalised(text: str) -> set[str]:
    return {word.rstrip(".") for word in MIDSENTENCE_CAPITALISED.findall(text)}


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
    """Finds what the whole article needs once (layout, quotations, names), then reads it sentence by sentence."""

    def __init__(self, text: str):
        self.layout = read_layout(text)
        paragraphs = [p.span for p in self.layout.paragraphs]
        # Quotations in single marks are read as double ones, and title-case lines in sentence case: every offset
        # holds, and claims quote the text as written. Quotation marks are found by the marks and the spaces and
        # stops around them, so the quotations of the marked text are those of the recased one.
        self.marked, self.quotations = read_quotations(text, paragraphs)
        text = self.marked
        written = LowercaseWords(text)
        cased = sentence_cased(text, written)
        self.common = written if cased is text else LowercaseWords(cased)  # the same words when no line was recased
        self.text = text = cased
        self.known = _midsentence_capitalised(text)
        self.lowered = lower_case(text)
        # The runs of the letters a to z of the lower-cased text, read once for the article: a sentence's are those
        # of a slice, where lower-casing the sentence alone gives the same characters ("İ", the one character that
        # lowers to two, aside).
        self.letter_runs = self.lowered.encode("ascii", "replace").translate(ASCII_LETTER_RUNS) if "\u0130" not in text else None
        self.pronouns = Pronouns(text, self.lowered, self.letter_runs)
        self.quoted = SpanIndex([q.outer for q in self.quotations])
        self.quotation_at = {q.outer: q for q in self.quotations}
        entities = Entities(self.layout.byline)
        self.article = Article(entities, self.layout.publisher or "the publication")
        # Names are found once for the whole article, so that a surname resolves to the fullest name given anywhere.
        # The paragraph's ends passed one by one: a call with *p.span goes through Python's generic call.
        names = [m for p in self.layout.paragraphs for m in name_mentions(text, p.span[0], p.span[1], self.known, self.common, MAX_NAMES_PER_PARAGRAPH)]
        self.names = _outside(_outside(names, self.quoted), SpanIndex(broadcasts(text)))
        for mention in self.names:
            describe_from_appositive(text, mention, len(text))
        self.name_starts = [m.span[0] for m in self.names]
        entities.full_names(self.names)

    def mentions(self, start: int, end: int, quoted: bool) -> list[Mention]:
        """The names (outside quotations already), pronouns and phrases naming speakers between start and end,
        those inside quotations left out when `quoted` says one overlaps."""
        first = bisect_left(self.name_starts, start)
        found = self.pronouns.mentions(start, end)
        if self.letter_runs is None:
            lowered = self.text[start:end].lower()
            runs = ascii_letter_runs(lowered, 0, len(lowered))
        else:
            lowered, runs = self.lowered[start:end], self.letter_runs[start:end].split()
        # Only the speaker nouns whose first run of letters the sentence holds are looked for (most hold none).
        words = speaker_nouns_in(lowered, runs)
        if words & ANONYMOUS_HEADS:  # the phrase patterns are costly: run them only where a head word stands
            found += anonymous_mentions(self.text, self.lowered, start, end)
        if words:
            found += role_mentions(self.text, start, end)
        names = self.names[first : bisect_left(self.name_starts, end)]
        found = _outside(found, self.quoted) if quoted else found
        return _without_nested(names + found) if found else names  # the names alone come in order, none inside another

    def read(self) -> list[FoundClaim]:
        """Every claim in the order found, a replaced claim standing where the claim it replaces stood."""
        state, found = ReaderState(), {}
        for index, sentences in self.sentences():
            attributions = 0
            for start, end in sentences:
                sentence = self.sentence(index, start, end)
                attributions += len(sentence.cues) + len(sentence.quotations)
                if attributions > MAX_ATTRIBUTIONS_PER_PARAGRAPH:
                    break
                claims, state = read_sentence(state, sentence, self.article)
                for claim in claims:
                    found[claim.number] = claim
        return list(found.values())

    def sentences(self) -> list[tuple[int, list[Span]]]:
        """Each claimable paragraph's index and sentences. The article is split before any is read: the
        sentence breaker's tables stay in the processor's cache from one paragraph to the next, where reading
        a paragraph in between evicts them (splitting paragraph by paragraph took three times as long)."""
        live_blog = is_live_blog(self.text, self.layout.paragraphs)
        return [
            (index, split_sentences(self.text, (after_dateline(self.text, *paragraph.span, live_blog), paragraph.span[1]), self.quoted))
            for index, paragraph in enumerate(self.layout.paragraphs) if paragraph.claimable
        ]

    def sentence(self, paragraph: int, start: int, end: int) -> Sentence:
        """The sentence with its cues, quotations and mentions (only the names in a sentence with neither)."""
        cues = find_cues(self.text, start, end, self.quoted)[:MAX_CUES_PER_SENTENCE]
        quotations = tuple(self.quotation_at[outer] for outer in self.quoted.overlapping(start, end))
        if not cues and not quotations and not may_ask(self.text, start, end):
            names = self.names[bisect_left(self.name_starts, start) : bisect_left(self.name_starts, end)]
            return Sentence(self.text, (start, end), paragraph, (), tuple(names), (), ())
        mentions = tuple(self.mentions(start, end, bool(quotations)))
        return Sentence(self.text, (start, end), paragraph, quotations, mentions, tuple(cues), tuple(refusals(self.lowered, start, end)))


def _quoting(text: str, content: Span, quotations: list[Quotation]) -> tuple[str, str | None]:
    """A content span's kind, direct (all quoted), mixed (quoted fragments) or indirect, and its quoted words:
    all of it when it is a quotation, else its quoted fragments."""
    if any(q.inner[0] <= content[0] and content[1] <= q.inner[1] for q in quotations):
        return "direct", text[slice(*content)]
    parts = [text[slice(*q.inner)] for q in quotations if content[0] <= q.inner[0] and q.inner[1] <= content[1] + 1]
    return ("mixed", SEGMENT_JOINER.join(parts)) if parts else ("indirect", None)


def _build(text: str, found: list[FoundClaim], quoted: SpanIndex, quotation_at: dict[Span, Quotation], prefix: str) -> list[Claim]:
    """The claims found, numbered in the order of their contents, with the quotations of the reader's index."""
    ordered = sorted(found, key=lambda item: (item.raw.content[0], -item.raw.content[1]))
    claims = []
    for number, item in enumerate(ordered, start=1):
        raw = item.raw
        quoting = [
            _quoting(text, segment, [quotation_at[outer] for outer in quoted.overlapping(segment[0] - 1, segment[1] + 2)])
            for segment in raw.segments
        ]
        kinds = {kind for kind, _ in quoting}
        kind = kinds.pop() if len(kinds) == 1 else "mixed"
        content = SEGMENT_JOINER.join([text[start:end] for start, end in raw.segments])
        quote = SEGMENT_JOINER.join([words for _, words in quoting if words]) or None
        claims.append(Claim(
            id=f"{prefix}{number}", content=content, span=raw.content, kind=kind, quote=quote, segments=list(raw.segments),
            cue=text[slice(*raw.cue.span)] if raw.cue else "", cue_span=raw.cue.span if raw.cue else None,
            speaker=item.speaker, attribution=item.attribution,
            disputes=[Dispute(d.mention.name, d.mention.text, text[slice(*d.cue.span)], d.span, rule=DISPUTE_APPOSITIVE) for d in raw.disputes],
            rule=raw.rule,
        ))
    _link_nested(claims)
    return claims


def _link_nested(claims: list[Claim]) -> None:
    """Set nested_in to the tightest claim whose span holds this one (claims come sorted by start, longest first)."""
    open_claims: list[Claim] = []
    for claim in claims:
        while open_claims and not inside(claim.span, open_claims[-1].span):
            open_claims.pop()
        if open_claims:
            claim.nested_in = open_claims[-1].id
        open_claims.append(claim)


def _as_written(claim: Claim, text: str, marked: str) -> Claim:
    """A claim read in `marked` (the text with its single quotation marks made double) with its words as `text`
    writes them: each field cut from `marked` is cut again from `text` where it stands."""
    def written(words: str, near: int) -> str:
        if not words or not MARKS_MADE.search(words):
            return words
        parts, position = [], near
        for part in words.split(SEGMENT_JOINER):
            at = marked.find(part, position)
            if at < 0:
                return words
            parts.append(text[at : at + len(part)])
            position = at + len(part)
        return SEGMENT_JOINER.join(parts)

    start = claim.span[0]
    claim.content, claim.quote = written(claim.content, start), claim.quote and written(claim.quote, max(0, start - 1))
    claim.cue = written(claim.cue, claim.cue_span[0] if claim.cue_span else 0)
    if claim.speaker and claim.speaker.span:
        claim.speaker.mention = written(claim.speaker.mention, claim.speaker.span[0])
    for dispute in claim.disputes:
        dispute.mention, dispute.cue = written(dispute.mention, 0), written(dispute.cue, 0)
    return claim


def analyse(text: str) -> Analysis:
    """Split an article into attributable claims: who said what, where, and what is disputed."""
    reader = _Reader(text)
    layout = reader.layout
    found = reader.read()
    statements = _build(text, [item for item in found if item.attribution == "unattributed"], reader.quoted, reader.quotation_at, "s")
    claims = _build(text, [item for item in found if item.attribution != "unattributed"], reader.quoted, reader.quotation_at, "c")
    answers, answered = answer_claims(reader.marked, layout.paragraphs, claims)
    if answers:  # an interview's answers are the interviewee's words, not the publication's
        statements = [s for s in statements if not any(start <= s.span[0] < end for start, end in answered)]
    headline = headline_claims(text, layout.paragraphs, claims)
    claims = find_disputes(reader.marked, headline + claims + answers, layout.publisher or "the publication")
    if reader.marked is not text:
        claims = [_as_written(claim, text, reader.marked) for claim in claims]
    return Analysis(headline=layout.headline, byline=layout.byline, publisher=layout.publisher, claims=claims, statements=statements)
