"""Polarity: whether a claim denies, by its cue ("denied", "rejected") or by its own words ("It is not true")."""
import re
from functools import lru_cache
from typing import Final

from claims.cues import Cue, refused_concession
from claims.lexicon import (
    CONCEDING_VERBS,
    CONTENT_NOUNS,
    CONTRADICTING_CUES,
    DENIAL_FORMS,
    DENIAL_VERBS,
    DENYING_CONTENT,
    FALSITY_MODIFIERS,
    FAULTING_PHRASES,
    INTENSIFIERS,
    NOT_DENYING,
    REPORTING_VERBS,
)
from claims.model import Claim
from claims.rules.withholding import names_something_said

from claims.disputes.accused import insists_against_sanction
from claims.disputes.existence import denies_existence
from claims.disputes.keys import case_blind_oddity, holds_key_word, key_words, keyed_sub
from claims.disputes.words import POLAR_CACHE, alternation, negated, phrase_pattern, polar_stems, sentence_start, stems

DENYING: Final = phrase_pattern(DENYING_CONTENT)
NOT_DENYING_SENSE: Final = phrase_pattern(NOT_DENYING)
NOT_DENYING_KEYS: Final = key_words(NOT_DENYING)  # a content holding none is not searched for them (`keyed_sub`)
FAULTING: Final = alternation(FAULTING_PHRASES).replace("'", "['’]")  # "Vogt does not understand", either apostrophe
# A faulting phrase negates what a person grasps ("the judge did not recognize that reality"), not a fact that
# another party may assert ("the ruling recognizes equal rights").
FAULTING_WORDS: Final = re.compile(rf"\b(?:{FAULTING})\b", re.IGNORECASE)
INTENSIFIER: Final = re.compile(phrase_pattern(INTENSIFIERS).pattern + r"\s*", re.IGNORECASE)
INTENSIFIER_KEYS, FAULTING_WORDS_KEYS = key_words(INTENSIFIERS), key_words(FAULTING_PHRASES)
# A denial verb that is refused or negated denies nothing: "declined to deny", "did not dispute".
NOT_DENYING_BEFORE: Final = re.compile(
    r"\b(?:declined|refused|failed|would\s+not|did\s+not|does\s+not|do\s+not|didn['’]t|doesn['’]t|don['’]t|"
    r"won['’]t|wouldn['’]t|not|never|neither|nor)\s+(?:\w+ly\s+)?(?:to\s+)?$",
    re.IGNORECASE,
)
# Every match of NOT_DENYING_BEFORE holds one of these in lower case: words holding none are not searched (the
# pattern opens with \b, so sre tries it at every character).
REFUSING_WORDS: Final[tuple[str, ...]] = ("declined", "refused", "failed", "not", "n't", "n’t", "never", "neither", "nor")
QUOTE_MARKS: Final = "\"“”"  # 'was "false."' reads as 'was false.' (`unquoted`)
# A content holding none of the denying phrases' key words is not searched (`holds_key_word`).
DENYING_KEYS: Final = key_words(DENYING_CONTENT)
LOOK_BACK: Final = 40
# A pronoun subject, then a denial verb or a contradicting cue, perhaps in quotation marks with its adverbs (a
# named subject makes a claim of its own: "the board denies the claims").
RELAYED_DENIAL: Final = re.compile(
    rf"^\W*(?:i|we|he|she|it|they)\s+(?:\w+\s+){{0,2}}?[\"“]?(?:\w+ly\s+)*(?P<verb>{alternation((*DENIAL_FORMS, *CONTRADICTING_CUES))})[\"”]?(?![\w-])",
    re.IGNORECASE,
)
PREPOSITION_AFTER: Final = re.compile(r"^[\"”]?\s*(?:with|on|to|against)\s+", re.IGNORECASE)  # "disagrees with that account"
CLAUSE_AFTER: Final = re.compile(r"\s*(?:that\b|[\"“])", re.IGNORECASE)  # "denies that …", 'denies "any wrongdoing"'
POINTING_STEMS: Final = stems(" ".join(CONTENT_NOUNS))  # "the claims", "these reports": words that only point back
CALLED_FALSE: Final = re.compile(phrase_pattern(FALSITY_MODIFIERS + ("untrue", "nonsense", "a lie", "lies")).pattern + r"\W*$", re.IGNORECASE)
# A bare negative answer is a denial: "Officials said it would not." (grammar, not vocabulary)
ELLIPTICAL_NO: Final = re.compile(
    r"^\W*(?:it|that|this|he|she|they|we|i)\s+(?:would|will|did|does|do|is|was|were|are|has|have|had|could|can|should)"
    r"(?:\s+not|n['’]t)\W*$",
    re.IGNORECASE,
)  # characters before a cue searched for a refusal
# Denial verbs whose that-clause is what the speaker calls false ("denied that the pier was closed"); after
# "countered that", "retorted that" the clause is what the speaker holds true.
NEGATING_VERBS: Final = frozenset({"deny", "dispute", "reject", "refute", "dismiss"})
CLAUSE_ECHO_WORDS: Final = 2  # words a claim must assert that a clause denied by its cue holds
# Negating something named only by pointing back at it denies it: "There was no such meeting", "she never made any
# such remark"; not "no such thing as", which names a kind, nor a condition ("if no such deal is reached").
NO_SUCH: Final = re.compile(
    r"(?<!\bif\s)(?<!\bunless\s)(?:\bno|(?:\bnot|\bnever|\bnor|\bneither|n['’]t)\b(?:\s+[\w’'-]+){0,4}?\s+any)\s+such\s+(?!thing\s+as\b)\w",
    re.IGNORECASE,
)
SUCH: Final = frozenset({"such"})  # a key word of NO_SUCH, asked first (`holds_key_word`): NO_SUCH is tried at every character
# "That is not possible", "This was not accurate", and the same with its "That" left out of the content ("That is
# not possible, says Dr Lee" reports "is not possible"): a word negated of what was said just before denies it.
NEGATED_POINTER: Final = re.compile(
    r"^\W*(?:(?:that|this)\s+(?:is|was)|(?:that|this)['’]s|is|was)\s+(?:[a-z]+ly\s+)?not\s+[a-z]+\W*$", re.IGNORECASE
)
QUESTION_END: Final = re.compile(r"\?\W*$")  # '… has it not?”' ends as a question
# A question put to the speaker before their answer in the same sentence ("Asked whether …, she said …").
ASKED: Final = re.compile(r"\b(?:asked|questioned|pressed)\b[^.!?]*?\b(?:if|whether|about|how|why)\b", re.IGNORECASE)


def denies_by_cue(text: str, claim: Claim) -> bool:
    """The claim's cue is a denial verb that is not refused or negated, or a conceding verb that is refused."""
    if claim.cue_span is None:
        return False
    lemma = REPORTING_VERBS.get(claim.cue.lower())
    if lemma in CONCEDING_VERBS:
        return refused_concession(text, Cue(claim.cue_span, claim.cue, lemma))
    if lemma not in DENIAL_VERBS:
        return False
    start = claim.cue_span[0]
    before = text[max(0, start - LOOK_BACK) : start]
    return not (may_refuse(before) and NOT_DENYING_BEFORE.search(before))


def may_refuse(words: str) -> bool:
    """Whether NOT_DENYING_BEFORE may match in the words: one of REFUSING_WORDS stands there in lower case, or a
    letter that only case-blind matching reads as ASCII."""
    lowered = words.lower()
    return any(word in lowered for word in REFUSING_WORDS) or case_blind_oddity(words)


def unquoted(words: str) -> str:
    """The words without double quotation marks (QUOTE_MARKS): str.replace of each, in C, which hands back the words
    themselves where none stands, is cheaper than a pattern's sub."""
    for mark in QUOTE_MARKS:
        words = words.replace(mark, "")
    return words


def denying_words(content: str) -> re.Match[str] | None:
    """The phrase by which the content itself denies ("is simply not true" reads as "is not true")."""
    words = unquoted(content)
    if not _may_deny(words):
        return None
    plain = keyed_sub(INTENSIFIER, INTENSIFIER_KEYS, "", words)
    return DENYING.search(keyed_sub(NOT_DENYING_SENSE, NOT_DENYING_KEYS, _blanked, plain))


def _blanked(other_sense: re.Match[str]) -> str:
    """Spaces in place of a phrase of another sense ("lies with"), so that offsets hold."""
    return " " * len(other_sense.group())


def _may_deny(words: str) -> bool:
    """Whether the words may hold a denying phrase, with their intensifiers dropped and the phrases of another
    sense blanked (`holds_key_word`)."""
    return holds_key_word(DENYING_KEYS, words)


def bare_denial(content: str) -> bool:
    """Words that only deny and name nothing of their own but what they point at ("Nonsense.", "That is simply not
    true", "There is no truth to the claims"): they point back at what was said before."""
    words = unquoted(content)
    if not _may_deny(words):
        return False
    words = keyed_sub(INTENSIFIER, INTENSIFIER_KEYS, "", words)
    found = denying_words(words)
    return found is not None and not stems(words[: found.start()] + " " + words[found.end() :]) - POINTING_STEMS


def points_back_negated(content: str) -> bool:
    """Whether the content denies something only by pointing back at it ("No such meeting took place")."""
    return holds_key_word(SUCH, content) and NO_SUCH.search(content) is not None


def called_false(claim: Claim) -> bool:
    """"called the report false": a naming cue whose content ends by calling its object false."""
    return REPORTING_VERBS.get(claim.cue.lower()) == "call" and CALLED_FALSE.search(unquoted(claim.content)) is not None


def answers_question(text: str, claim: Claim) -> bool:
    """"Asked whether …, she said she did not": a no to a question denies no claim (DISPUTES.md rule 5)."""
    start = sentence_start(text, claim.span[0])
    return ASKED.search(text, start, claim.span[0]) is not None


def asks(claim: Claim) -> bool:
    """Whether the claim's words end as a question: a question denies nothing (DISPUTES.md rule 5)."""
    return "?" in claim.content and QUESTION_END.search(claim.content) is not None  # QUESTION_END is tried at every character


def relayed_denial(content: str) -> re.Match[str] | None:
    """Content in which its subject denies what was said ("she categorically denies the claims", 'it "strongly
    disagrees" with that account'): the speaker relays a denial. The match ends at the verb."""
    found = RELAYED_DENIAL.match(content)
    if found is None or NOT_DENYING_BEFORE.search(content, 0, found.start("verb")):
        return None
    after = PREPOSITION_AFTER.sub("", content[found.end() :], count=1)
    return found if CLAUSE_AFTER.match(after) or names_something_said(after, 0, len(after)) else None


def is_denial(text: str, claim: Claim) -> bool:
    """Stance "denial": a denying cue, content that denies, or the accused insisting (DISPUTES.md rule 2)."""
    if claim.attribution == "unattributed" or asks(claim):
        return False
    return (
        denies_by_cue(text, claim) or denying_words(claim.content) is not None or relayed_denial(claim.content) is not None
        or ((ELLIPTICAL_NO.match(claim.content) or NEGATED_POINTER.match(claim.content)) is not None and not answers_question(text, claim))
        or called_false(claim)
        or points_back_negated(claim.content)
        or denies_existence(claim.content)
        or insists_against_sanction(text, claim)
    )


def negated_by_cue(claim: Claim) -> bool:
    """Whether the claim's cue negates its content: "denied that the pier was closed" says it was not."""
    return claim.stance == "denial" and REPORTING_VERBS.get(claim.cue.lower()) in NEGATING_VERBS


def says_negation(claim: Claim) -> bool:
    """Whether the claim negates anything, in its words or by its cue."""
    return negated(claim.content) or negated_by_cue(claim)


@lru_cache(maxsize=POLAR_CACHE)
def content_polarity(content: str) -> tuple[frozenset[str], frozenset[str]]:
    """polar_stems of the words, read without intensifiers and faulting phrases."""
    return polar_stems(keyed_sub(FAULTING_WORDS, FAULTING_WORDS_KEYS, " ", keyed_sub(INTENSIFIER, INTENSIFIER_KEYS, "", content)))


def asserted_polarity(claim: Claim) -> tuple[frozenset[str], frozenset[str]]:
    """The words the speaker negates and those they assert (polar_stems), turned round when the cue denies the content."""
    negated_words, plain = content_polarity(claim.content)
    return (plain, negated_words) if negated_by_cue(claim) else (negated_words, plain)


def opposes(claim: Claim, other: Claim) -> bool:
    """Whether one claim negates a word the other asserts; a clause denied as a whole by its cue ("denied that the
    pier was closed") is met only by a claim asserting two of its words, as one is shared by chance."""
    (negated_words, plain), (other_negated, other_plain) = asserted_polarity(claim), asserted_polarity(other)
    opposed = (negated_words & other_plain) | (plain & other_negated)
    return len(opposed) >= (CLAUSE_ECHO_WORDS if negated_by_cue(claim) or negated_by_cue(other) else 1)
