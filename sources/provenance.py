"""Claim -> statement: where a claim's words first appeared, and whether the article renders them faithfully."""
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, filterfalse
from typing import NamedTuple

from rapidfuzz import fuzz, process

from claims.model import Claim, Span
from sources.config import MatchConfig
from sources.index import RegistryIndex
from sources.model import Statement
from sources.normalise import (
    WORD,
    Word,
    made_words,
    normalise_word,
    word_pattern,
    words,
)
from sources.polarity import is_negation, negation_words, negations
from sources.worddiff import DiffOp, word_diff

# Best first: how faithfully the claim renders the statement it matched. `contradicted`: the same words,
# with a negation added or dropped (or reported as denied), say the opposite.
STATUSES = ("verbatim", "altered", "paraphrase", "contradicted", "unverified")
# Words that reported speech changes ("I have" -> "he had", "will" -> "would") or that carry no content;
# a paraphrase is judged on the other words. English function words: articles, pronouns, auxiliaries,
# common prepositions and conjunctions.
FUNCTION_WORDS = frozenset(
    "a an the this that these those there here it its i me my we us our you your he him his she her they them "
    "their is are was were be been being am has have had do does did will would shall should can could may might "
    "must of to in on at by for from with about as into than then and or but if so not no said says say".split()
)
# Two stems this close are the same word ("manipulat", "manipulate").
SAME_WORD_CUTOFF = 80.0
# (suffix, replacement, shortest stem left): English inflections that reported speech changes, first match wins.
INFLECTIONS = (("ies", "y", 3), ("ing", "", 3), ("ed", "", 3), ("es", "", 3), ("s", "", 3))
# A clause ends here: a paraphrase's words do not reach back past it.
CLAUSE_END = re.compile(r"[.;:!?]")


@dataclass
class Provenance:
    """The statement a claim comes from, how faithfully it is rendered, and the evidence.

    `claim_span` is where the claim stands in the article; `original_span` where the matched words stand
    in the statement's text; `diff` is the word diff of an altered or contradicted rendering.
    """

    status: str = "unverified"
    score: float = 0.0
    statement: Statement | None = None
    diff: list[DiffOp] = field(default_factory=list)
    claim_span: Span | None = None
    original_span: Span | None = None


class ClaimTerms(NamedTuple):
    """A claim's words as they are compared with statements, normalised once per claim.

    `denial` is one when the claim reports its words as denied ("Tokyo denies it manipulates …"): they
    count as negated. A direct quote is the speaker's own words, denial or not. `content_negations` and
    `quote_negations` count the negation words of each. A named tuple, as one is built for every claim traced (a frozen
    dataclass sets each field through `object.__setattr__`).
    """

    content_key: str
    quote_key: str
    stems: list[str]
    quote_stems: list[str]
    denial: int
    content_negations: int
    quote_negations: int


def claim_terms(claim: Claim) -> ClaimTerms:
    """The claim's words, normalised for comparison (once when its quote is its content, as a direct quote's is)."""
    content_key, stems, content_negations = text_terms(claim.content)
    quote_key, quote_stems, quote_negations = (
        (content_key, stems, content_negations) if claim.quote == claim.content else text_terms(claim.quote or ""))
    denial = int(claim.stance == "denial" and claim.kind != "direct")
    return ClaimTerms(content_key, quote_key, stems, quote_stems, denial, content_negations, quote_negations)


def text_terms(text: str) -> tuple[str, list[str], int]:
    """A text's normalised key, its meaningful stems and its number of negation words, its words found once and
    each word's terms looked up once (`word_terms`)."""
    written = word_pattern(text).findall(text)
    if not written:
        return "", [], 0
    norms, stems, negated = zip(*map(word_terms, written))
    return " ".join(norms), list(chain.from_iterable(stems)), negated.count(True)


@lru_cache(maxsize=1 << 16)
def word_terms(written: str) -> tuple[str, tuple[str, ...], bool]:
    """What `text_terms` takes of one word as written: its normal form (`key_of`), the stems of that form's words
    that carry content (`meaningful_stems`) and whether it is a negation word; cached, as an article's words recur."""
    norm = normalise_word(written)
    return norm, tuple(meaningful_stems(norm)), is_negation(written)


def trace(claim: Claim, source_ids: Iterable[str], index: RegistryIndex, config: MatchConfig,
          terms: ClaimTerms | None = None) -> Provenance:
    """The claim's best match among the statements on record of `source_ids`, its speaker: where its words come from.

    Only the speaker's own statements are evidence of where a claim comes from; another party's words,
    however alike, are not its origin.
    """
    positions = [i for source_id in source_ids for i in index.statements_by_source.get(source_id, ())]
    return best(_rated(claim, terms or claim_terms(claim), positions, index, config))


def trace_contradiction(claim: Claim, speaker_ids: set[str], index: RegistryIndex, config: MatchConfig,
                        terms: ClaimTerms | None = None) -> Provenance | None:
    """The statement of another party on record (not one of `speaker_ids`) that the claim contradicts or denies.

    It is evidence that the claim disputes that statement, never the claim's origin.
    """
    terms = terms or claim_terms(claim)
    # Renderings contradict when their negation words differ in number: words without any, set against a
    # statement without any, cannot. Such statements are left out before they are scored.
    negated = terms.denial or terms.content_negations or terms.quote_negations
    statements = index.statements
    positions = [i for i in index.find_statements(terms.content_key, config)
                 if (source_id := statements[i].source_id) is not None and source_id not in speaker_ids
                 and (negated or has_negation(statements[i].text))]
    rated = _rated(claim, terms, positions, index, config)
    contradictions = [provenance for provenance in rated if provenance.status == "contradicted"]
    return best(contradictions) if contradictions else None


@lru_cache(maxsize=4096)
def has_negation(text: str) -> bool:
    """Whether a statement's text holds a negation word; cached, as every claim is set against the same statements."""
    return negations(text) > 0


def best(found: list[Provenance]) -> Provenance:
    """The most faithful of `found` (see `rank`), else unverified (built only then)."""
    return min(found, key=rank) if found else Provenance()


def rank(provenance: Provenance) -> tuple[int, float]:
    """Sorts provenances best first: by status (STATUSES), then by score."""
    return STATUSES.index(provenance.status), -provenance.score


def meaningful_stems(key: str) -> list[str]:
    """The stems of the words of a normalised text that carry content (not FUNCTION_WORDS)."""
    return list(filter(None, map(content_stem, key.split())))


@lru_cache(maxsize=65536)
def content_stem(word: str) -> str | None:
    """`stem(word)` of a word that carries content, None for a function word; cached, as an article's words recur
    (never empty: a stem keeps at least three letters of its word)."""
    return None if word in FUNCTION_WORDS else stem(word)


def coverage(stems: list[str], statement_key: str, min_words: int, cutoff: float = 0.0) -> float:
    """The share (0-100) of a claim's meaningful stems that the statement has too, allowing inflections; 0.0 when it
    is below `cutoff`, which is then known as soon as the stems not found are too many (most statements a claim is
    set against share few of its words, and a stem not found as it is costs a fuzzy search).

    Directional on purpose: a claim that reports a statement inside a longer sentence of its own does not
    render that statement, even though the statement's words are all in it.
    """
    count = len(stems)
    if count < min_words:
        return 0.0
    # A stem the statement has as it is needs no fuzzy scoring: that is most of them. The share is the same
    # whichever stems are looked at first, and so is whether it falls below the cutoff.
    missing = 0
    for word in filterfalse(key_stem_set(statement_key).__contains__, stems):
        if not has_similar_stem(statement_key, word):
            missing += 1
            if 100.0 * (count - missing) / count < cutoff:
                return 0.0
    return 100.0 * (count - missing) / count


@lru_cache(maxsize=1 << 16)
def has_similar_stem(statement_key: str, word: str) -> bool:
    """Whether a stem of the statement is within SAME_WORD_CUTOFF of `word`; cached, as an article's words are set
    against the same statements claim after claim, and articles after articles."""
    return process.extractOne(word, key_stems(statement_key), scorer=fuzz.ratio, score_cutoff=SAME_WORD_CUTOFF) is not None


@lru_cache(maxsize=4096)
def key_stems(key: str) -> list[str]:
    """The stems of a normalised text's words; cached, as every claim of an article is set against the same
    statements (callers must not modify the list)."""
    return [stem(word) for word in key.split()]


@lru_cache(maxsize=4096)
def key_stem_set(key: str) -> frozenset[str]:
    """The stems of a normalised text's words, as a set; cached as `key_stems` is."""
    return frozenset(key_stems(key))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude English stem, enough for reported speech: "currencies" -> "currency", "rated" -> "rat"; cached,
    as an article's words recur."""
    for suffix, replacement, shortest in INFLECTIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= shortest:
            return word[: -len(suffix)] + replacement
    return word


def _rated(claim: Claim, terms: ClaimTerms, positions: Iterable[int], index: RegistryIndex,
           config: MatchConfig) -> list[Provenance]:
    """The claim's matches among the statements at `positions` (the statements it does not match are left out: an
    unverified provenance ranks last, and `best` gives one when there is nothing else)."""
    statements, keys = index.statements, index.statement_keys
    return [found for i in positions if (found := _rate(claim, terms, statements[i], keys[i], config)) is not None]


def _rate(claim: Claim, terms: ClaimTerms, statement: Statement, statement_key: str,
          config: MatchConfig) -> Provenance | None:
    """How the claim renders the statement; None when it does not."""
    content_score = coverage(terms.stems, statement_key, config.min_content_words, config.paraphrase_cutoff)
    quote = terms.quote_key
    if quote and (quote.count(" ") + 1 >= config.min_quote_words or content_score >= config.paraphrase_cutoff):
        quoted = _rate_quote(claim, terms, statement, statement_key, config, content_score)
        if quoted is not None:
            return quoted
    if content_score >= config.paraphrase_cutoff:
        return _compared(claim, terms, statement, "paraphrase", content_score)
    return None


def _rate_quote(claim: Claim, terms: ClaimTerms, statement: Statement, statement_key: str,
                config: MatchConfig, content_score: float) -> Provenance | None:
    """Quoted words are verbatim when the statement has them in that order; any changed word makes them
    altered, found by their likeness (characters) or by the statement holding their meaningful words (the
    `content_score` already found, when the quote is the claim's content)."""
    if f" {terms.quote_key} " in f" {statement_key} ":
        return _compared(claim, terms, statement, "verbatim", 100.0)
    # Below the cutoff the likeness counts for nothing: rapidfuzz may stop scoring early (0).
    likeness = fuzz.partial_ratio(terms.quote_key, statement_key, score_cutoff=config.altered_cutoff)
    if likeness >= config.altered_cutoff:
        return _compared(claim, terms, statement, "altered", likeness)
    held = content_score if terms.quote_stems is terms.stems else coverage(
        terms.quote_stems, statement_key, config.min_content_words, config.paraphrase_cutoff)
    if held >= config.paraphrase_cutoff:
        return _compared(claim, terms, statement, "altered", held)
    return None


def _compared(claim: Claim, terms: ClaimTerms, statement: Statement, status: str, score: float) -> Provenance:
    """The claim's words (its quote, or its content for a paraphrase) set against the statement's: the word
    diff, where they stand, and `contradicted` when one side has more negation words than the other."""
    if status == "verbatim" and (span := _verbatim_span(statement.text, terms.quote_key)):
        # The diff of a verbatim quote is one equal run, kept only when a negation contradicts it.
        if terms.quote_negations + terms.denial == span_negations(statement.text, span):
            return Provenance(status, round(score, 1), statement, [], claim.span, span)
        return Provenance("contradicted", round(score, 1), statement, [_quoted_run(statement.text, claim.quote, span)],
                          claim.span, span)
    if status == "paraphrase":
        negated = terms.content_negations
        diff, original_span = _paraphrase_diff(statement.text, claim.content)
    else:
        negated = terms.quote_negations
        diff, original_span = word_diff(statement.text, statement_words(statement.text), claim.quote, words(claim.quote))
    if negated + terms.denial != span_negations(statement.text, original_span):
        status = "contradicted"
    keep_diff = status in ("altered", "contradicted")
    return Provenance(status, round(score, 1), statement, diff if keep_diff else [], claim.span, original_span)


def span_negations(statement_text: str, span: Span) -> int:
    """`negations` of the statement's words within `span` (from a word's start to a word's end), counted from the
    statement's negation words found once (`negation_spans`) instead of reading the words again."""
    start, end = span
    return sum(start <= first and last <= end for first, last in negation_spans(statement_text))


@lru_cache(maxsize=4096)
def negation_spans(text: str) -> tuple[Span, ...]:
    """Where the statement's negation words stand; cached, as every claim is set against the same statements."""
    return tuple((word.start, word.end) for word in statement_words(text) if is_negation(text[word.start:word.end]))


@lru_cache(maxsize=4096)
def statement_words(text: str) -> tuple[Word, ...]:
    """`words(text)` of a statement; cached, as every claim is set against the same statements (a tuple, as every
    caller shares it)."""
    return tuple(words(text))


def _verbatim_span(statement_text: str, quote_key: str) -> Span | None:
    """Where the statement has a quote's words one after another, the first place they stand; None if they stand
    nowhere. `word_diff` would align them as one equal run there, so they are not aligned."""
    original, run = statement_words(statement_text), quote_key.split()
    norms = [word.norm for word in original]
    first = next((i for i in range(len(norms) - len(run) + 1) if norms[i:i + len(run)] == run), None)
    if first is None:
        return None
    return original[first].start, original[first + len(run) - 1].end


def _quoted_run(statement_text: str, quote: str, span: Span) -> DiffOp:
    """The equal run of a verbatim quote: the statement's words at `span` and the quote's own."""
    quoted = list(WORD.finditer(quote))  # where its words stand; their normal forms are the run's
    return DiffOp("equal", statement_text[slice(*span)], quote[quoted[0].start():quoted[-1].end()])


def _paraphrase_diff(statement_text: str, content: str) -> tuple[list[DiffOp], Span]:
    """Reported speech against the statement, word by stem: its diff, and the statement's words it renders,
    with a negation that opens their clause ("No tolls will rise" for "tolls will rise")."""
    original = statement_words(statement_text)
    diff, (start, end) = word_diff(statement_text, stemmed_statement_words(statement_text), content,
                                   _stemmed(words(content)), UNANCHORED)
    opening = _clause_opening(statement_text, [word for word in original if word.end <= start], start)
    if opening < start:
        diff.insert(0, DiffOp("delete", statement_text[opening:start].rstrip(), ""))
    return diff, (opening, end)


def _clause_opening(text: str, before: list[Word], start: int) -> int:
    """The first negation word among the function words that open the clause of the words at `start`
    ("No tolls", "but not Bessent"), else `start`."""
    opening = start
    for word in reversed(before):
        written = text[word.start:word.end]
        if CLAUSE_END.search(text[word.end:start]) or not (word.norm in FUNCTION_WORDS or is_negation(written)):
            break
        start = word.start
        opening = start if is_negation(written) else opening
    return opening


def _stemmed(text_words: Sequence[Word]) -> list[Word]:
    """Words compared by stem, as reported speech changes inflections ("manipulates" -> "manipulate")."""
    if not text_words:
        return []
    norms, starts, ends = zip(*text_words)
    return made_words(map(stem, norms), starts, ends)


@lru_cache(maxsize=4096)
def stemmed_statement_words(text: str) -> tuple[Word, ...]:
    """`_stemmed(statement_words(text))`; cached, and a tuple, as `statement_words` is."""
    return tuple(_stemmed(statement_words(text)))


# Words that anchor no alignment of reported speech on their own (as stems: "does" -> "doe").
UNANCHORED = frozenset(map(stem, FUNCTION_WORDS)) | negation_words()
