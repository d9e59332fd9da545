"""Reading an article sentence by sentence: the state one sentence hands to the next, and the claims it gives."""
from dataclasses import dataclass
from typing import NamedTuple

from claims.attribution import sentence_claims
from claims.entities import Entities
from claims.model import Span, Speaker
from claims.quotes import Quotation
from claims.rules.answers import answering_person
from claims.rules.paragraphs import QUOTE_CONTINUES, OpenAttribution, continued, continuing_quotations, extended, long_enough, opened_quotation, opens_paragraph, splits
from claims.rules.publication import publication_figure
from claims.rules.questions import ASKED_QUESTION, may_ask
from claims.rules.verbs import QUOTE_BEFORE_SENTENCE
from claims.rules.records import RawClaim
from claims.rules.relations import relation_subject
from claims.rules.sentence import Sentence
from claims.rules.speakers import leading_person, subjects
from claims.spans import inside


@dataclass
class FoundClaim:
    """A claim with its speaker resolved in the article."""

    raw: RawClaim
    speaker: Speaker
    attribution: str
    number: int  # the order it was found in; a claim that replaces an earlier one keeps that one's number

    def __init__(self, raw: RawClaim, speaker: Speaker, attribution: str, number: int) -> None:  # compiled, as claims/model.py says
        self.raw, self.speaker, self.attribution, self.number = raw, speaker, attribution, number


@dataclass
class LastClaim:
    """The claim that later pronouns and cue-less quotations go back to, and its paragraph."""

    found: FoundClaim
    paragraph: int

    def __init__(self, found: FoundClaim, paragraph: int) -> None:  # compiled, as claims/model.py says
        self.found, self.paragraph = found, paragraph


@dataclass
class ReaderState:
    """What one sentence leaves for the next."""

    claim_count: int = 0  # claims found so far
    paragraph: int = -1
    last: LastClaim | None = None
    open_attribution: OpenAttribution | None = None  # "S said:" waiting for its quotation
    previous_quotation: Quotation | None = None  # unclaimed, ending the previous sentence of the paragraph
    claimed: frozenset[Span] = frozenset()  # content spans claimed that the coming sentences can still meet
    taken: "Taken | None" = None  # the claim that took previous_quotation as the last speaker's words

    def __init__(  # compiled, as claims/model.py says
        self, claim_count: int = 0, paragraph: int = -1, last: LastClaim | None = None, open_attribution: OpenAttribution | None = None,
        previous_quotation: Quotation | None = None, claimed: frozenset[Span] = frozenset(), taken: "Taken | None" = None,
    ) -> None:
        self.claim_count, self.paragraph, self.last, self.open_attribution = claim_count, paragraph, last, open_attribution
        self.previous_quotation, self.claimed, self.taken = previous_quotation, claimed, taken


class Taken(NamedTuple):
    """The claim that took the quotation ending the last sentence as the last speaker's words: a speaker named
    right after it ('"Q." Fenwick said.') takes the quotation over."""

    number: int
    # What the claim was before it took the quotation, given back its number; None when the quotation was a
    # claim of its own, which the new speaker's claim replaces.
    restored: FoundClaim | None


class Article(NamedTuple):
    """What the reader consults: who is who in the article (learnt as it reads) and its publisher."""

    entities: Entities
    publisher: str


def read_sentence(state: ReaderState, sentence: Sentence, article: Article) -> tuple[list[FoundClaim], ReaderState]:
    """The sentence's claims (new ones, or replacements keeping an earlier claim's number), and the next state."""
    # A quotation claimed ends at most one character before the sentences that can still meet it.
    claimed = frozenset(span for span in state.claimed if span[1] >= sentence.span[0] - 1) if state.claimed else state.claimed
    if not sentence.cues and not sentence.quotations and not may_ask(sentence.text, *sentence.span):
        return _narrative(state, sentence, article, claimed)
    previous_quotation = state.previous_quotation if sentence.paragraph == state.paragraph else None
    found = sentence_claims(sentence, previous_quotation)
    if not found.claims and not sentence.cues and not sentence.quotations:
        return _narrative(state, sentence, article, claimed)
    raws = found.claims or [raw for raw in (opened_quotation(state.open_attribution, sentence),) if raw]
    if raws:
        claims, count, last, claimed = _attributed(state, sentence, raws, article.entities, claimed)
    else:
        claims, count, last, claimed = _continued(state, sentence, claimed)
    _observe(sentence, article.entities, answered=not claims)
    previous = sentence.quotation_ending_at(sentence.span[1])
    taken = _taken(state, claims, previous) if previous else None
    previous = previous if previous and (previous.inner not in claimed or taken is not None) else None
    return claims, ReaderState(count, sentence.paragraph, last, found.open_attribution, previous, claimed, taken)


def _taken(state: ReaderState, claims: list[FoundClaim], quotation: Quotation) -> Taken | None:
    """The claim that took the quotation as the last speaker's words: on its own, or as the last part of theirs."""
    for claim in claims:
        if claim.raw.rule == QUOTE_CONTINUES and claim.raw.segments == (quotation.inner,):
            return Taken(claim.number, None)
        before = state.last.found if state.last else None
        if before and claim.number == before.number and claim.raw.segments == (*before.raw.segments, quotation.inner):
            return Taken(claim.number, before)
    return None


def _narrative(state: ReaderState, sentence: Sentence, article: Article, claimed: frozenset[Span]) -> tuple[list[FoundClaim], ReaderState]:
    """Nothing to attribute, but the people it names matter to later pronouns; a figure in it is checkable."""
    _observe(sentence, article.entities, answered=True)
    raw = publication_figure(sentence)
    claims = [FoundClaim(raw, Speaker(article.publisher, None, article.publisher), "unattributed", state.claim_count)] if raw else []
    return claims, ReaderState(state.claim_count + len(claims), sentence.paragraph, state.last, None, None, claimed)


def _observe(sentence: Sentence, entities: Entities, answered: bool) -> None:
    """Remember who the sentence names; one that only says a person answered ("Vogt disagreed.") makes them
    the speaker that the next pronoun goes back to."""
    for mention in sentence.mentions:
        entities.observe(mention)
    entities.read_subject(leading_person(sentence) or relation_subject(sentence))
    if answered and (person := answering_person(sentence)):
        entities.spoke(*entities.speaker(person, []))


def _attributed(state: ReaderState, sentence: Sentence, raws: list[RawClaim], entities: Entities, claimed: frozenset[Span]) -> tuple[list[FoundClaim], int, LastClaim | None, frozenset[Span]]:
    """The claims with their speakers resolved; the last one not inside the one before speaks for what follows."""
    people = None  # the sentence's subjects that are people: what a pronoun speaker may refer to, found if one is
    claims, count, last, spans = [], state.claim_count, state.last, set(claimed)
    for raw in raws:
        mention = raw.mention
        assert mention is not None  # only the publication's own statements have no speaker, and they are read apart
        outside = []
        if mention.kind == "pronoun":
            people = [m for m in subjects(sentence) if m.kind == "person"] if people is None else people
            # A name inside the reported words is what the speaker talks about, not who "he" is.
            start, end = raw.content
            outside = [m for m in people if not start <= m.span[0] < end]
        speaker, attribution = entities.speaker(mention, outside, sentence.span[1])
        taking_over = _takes_over(state, raw)
        taken = state.taken if taking_over else None
        if taken is not None and taken.restored is None:
            found = FoundClaim(raw, speaker, attribution, taken.number)
        else:
            if taken is not None and taken.restored is not None:
                claims.append(taken.restored)
            found = FoundClaim(raw, speaker, attribution, count)
            count += 1
        claims.append(found)
        spans.update(raw.segments)
        if raw.rule == ASKED_QUESTION:
            continue  # the questioner is not who the coming pronouns and quotations go back to
        if taking_over or last is None or not inside(raw.content, last.found.raw.content) or last.paragraph != sentence.paragraph:
            entities.spoke(speaker, attribution)
            last = LastClaim(found, sentence.paragraph)
    return claims, count, last, frozenset(spans)


def _takes_over(state: ReaderState, raw: RawClaim) -> bool:
    """Whether the claim attributes the quotation just before to its own speaker, replacing the claim that took
    it as the previous speaker's words."""
    previous = state.previous_quotation
    return state.taken is not None and raw.rule == QUOTE_BEFORE_SENTENCE and previous is not None and raw.segments == (previous.inner,)


def _continued(state: ReaderState, sentence: Sentence, claimed: frozenset[Span]) -> tuple[list[FoundClaim], int, LastClaim | None, frozenset[Span]]:
    """Quotations with no cue of their own continue the last speaker's words.

    Right after the last claim, in its paragraph or opening the next ('"Q1," she said. "Q2." ¶ "Q3."', 'She said
    C. ¶ "Q."'), they are the rest of its words, so the last claim is replaced by one with more parts (keeping its
    number); after a sentence's worth of other words, or inside a sentence of the next paragraph, each is a
    claim of its own.
    """
    last = state.last
    if last is None or sentence.paragraph - last.paragraph > 1:
        return [], state.claim_count, last, claimed
    current, count, claims = last.found, state.claim_count, []
    for quotation in continuing_quotations(sentence, claimed):
        same_run = last.paragraph == sentence.paragraph or opens_paragraph(sentence.text, quotation)
        if current.number == last.found.number and same_run and splits(sentence, current.raw, current.speaker, quotation):
            current = FoundClaim(extended(sentence.text, current.raw, quotation), current.speaker, current.attribution, current.number)
        elif long_enough(sentence.text, quotation):
            current = FoundClaim(continued(current.raw, quotation), current.speaker, current.attribution, count)
            count += 1
        else:
            continue
        claims.append(current)
        claimed = claimed | {quotation.inner}
    if not claims:
        return [], state.claim_count, last, claimed
    return claims, count, LastClaim(current, sentence.paragraph), claimed
