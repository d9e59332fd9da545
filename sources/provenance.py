"""Claim -> statement: where a claim's words first appeared, and whether the article quotes them faithfully."""
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from claims.model import Claim, Span
from sources.config import MatchConfig
from sources.index import RegistryIndex
from sources.model import Statement
from sources.normalise import normalise, words
from sources.worddiff import DiffOp, word_diff

# Best first: how faithfully the claim renders the statement it matched.
STATUSES = ("verbatim", "altered", "paraphrase", "unverified")
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


@dataclass
class Provenance:
    """The statement a claim comes from, how faithfully it is rendered, and the evidence.

    `claim_span` is where the claim stands in the article; `original_span` where the matched words stand
    in the statement's text; `diff` is the word diff of an altered quote.
    """

    status: str = "unverified"
    score: float = 0.0
    statement: Statement | None = None
    diff: list[DiffOp] = field(default_factory=list)
    claim_span: Span | None = None
    original_span: Span | None = None


@dataclass(frozen=True)
class ClaimTerms:
    """A claim's words as they are compared with statements, normalised once per claim."""

    quote_key: str
    stems: list[str]


def trace(claim: Claim, source_id: str | None, index: RegistryIndex, config: MatchConfig) -> Provenance:
    """Match the claim against its speaker's statements first, then against every statement on record."""
    terms = ClaimTerms(normalise(claim.quote or ""), meaningful_stems(claim.content))
    own = index.statements_by_source.get(source_id, []) if source_id else []
    found = _best(claim, terms, own, index, config)
    if found.status == "unverified":
        own = set(own)
        others = [i for i in index.find_statements(claim.content, config) if i not in own]
        found = _best(claim, terms, others, index, config)
    return found


def meaningful_stems(text: str) -> list[str]:
    """The stems of the words of `text` that carry content (not FUNCTION_WORDS)."""
    return [stem(word) for word in normalise(text).split() if word not in FUNCTION_WORDS]


def coverage(stems: list[str], statement_key: str, min_words: int) -> float:
    """The share (0-100) of a claim's meaningful stems that the statement has too, allowing inflections.

    Directional on purpose: a claim that reports a statement inside a longer sentence of its own does not
    render that statement, even though the statement's words are all in it.
    """
    if len(stems) < min_words:
        return 0.0
    statement_stems = [stem(word) for word in statement_key.split()]
    found = sum(
        1 for word in stems
        if process.extractOne(word, statement_stems, scorer=fuzz.ratio, score_cutoff=SAME_WORD_CUTOFF) is not None
    )
    return 100.0 * found / len(stems)


def stem(word: str) -> str:
    """A crude English stem, enough for reported speech: "currencies" -> "currency", "rated" -> "rat"."""
    for suffix, replacement, shortest in INFLECTIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= shortest:
            return word[: -len(suffix)] + replacement
    return word


def _best(claim: Claim, terms: ClaimTerms, positions, index: RegistryIndex, config: MatchConfig) -> Provenance:
    rated = [_rate(claim, terms, index.statements[i], index.statement_keys[i], config) for i in positions]
    return min(rated, key=lambda p: (STATUSES.index(p.status), -p.score), default=Provenance())


def _rate(claim: Claim, terms: ClaimTerms, statement: Statement, statement_key: str, config: MatchConfig) -> Provenance:
    content_score = coverage(terms.stems, statement_key, config.min_content_words)
    quote = terms.quote_key
    if quote and (quote.count(" ") + 1 >= config.min_quote_words or content_score >= config.paraphrase_cutoff):
        if f" {quote} " in f" {statement_key} ":
            return _quoted(claim, statement, "verbatim", 100.0)
        quote_score = fuzz.partial_ratio(quote, statement_key)
        if quote_score >= config.altered_cutoff:
            return _quoted(claim, statement, "altered", round(quote_score, 1))
    if content_score >= config.paraphrase_cutoff:
        return Provenance("paraphrase", round(content_score, 1), statement, [], claim.span, (0, len(statement.text)))
    return Provenance()


def _quoted(claim: Claim, statement: Statement, status: str, score: float) -> Provenance:
    diff, original_span = word_diff(statement.text, words(statement.text), claim.quote, words(claim.quote))
    return Provenance(status, score, statement, diff if status == "altered" else [], claim.span, original_span)
