"""Run-on contents: a claim's content that ran on into the words disputing it is cut where they begin.

"X said P, before reversing himself", "X accused Y of P, a charge Z called 'nonsense'", "X said P, a claim
fact-checkers rated false", "X insists that P, and Z rejects that" and "X denied P, despite claims that Q" report P,
not the retraction, the appositive, the answer or the proposition set against it; left in, they make P read as a denial and hide the claim the dispute answers.
"""
import re
from dataclasses import replace
from typing import Final

from claims.lexicon import CONTENT_NOUNS, DENIAL_VERBS, REPORTING_VERBS, STATEMENT_NOUNS
from claims.model import Claim
from claims.spans import inside

from claims.disputes.acts import TOLD_DENIAL, VERB_KEYS
from claims.disputes.keys import KeyWords, any_between
from claims.disputes.polarity import is_denial
from claims.disputes.retractions import RETRACTED_AFTER, retracting_verbs
from claims.disputes.subjects import CLAUSE_JOINT
from claims.disputes.targets import POINTER
from claims.disputes.voice import RAN_ON_VERDICT, VERDICT_KEYS
from claims.disputes.words import alternation, sentence_end_after

# An appositive naming the claim before it, opened by a comma or a dash, perhaps after a participle: ", a charge the
# council called …", ", repeating an allegation that officials say has no basis".
APPOSITIVE: Final = re.compile(rf"\s*[,—–]\s*(?:[a-z]+ing\s+)?(?:a|an)\s+(?:[\w-]+\s+)?(?:{alternation(CONTENT_NOUNS | STATEMENT_NOUNS | {'figure', 'number'})})\b", re.IGNORECASE)
# A clause joined on with its own subject, ending where a told denial begins: ", and the Treasury rejects that".
JOINED_SUBJECT: Final = re.compile(CLAUSE_JOINT.pattern + r"(?:[\w’'.&-]+\s+){1,6}$", re.IGNORECASE)
# "rejected her claim in a call with analysts on Wednesday": where and when a denial pointing back was made, after
# the words that point (not a description of them: "the claims in the lawsuit that P" goes on to what was claimed).
POINTER_ADJUNCT: Final = re.compile(r"\s+(?:in|at|during|on|via|through|over)\s+(?:a|an|the|his|her|their|its|[A-Z0-9]|\w+day\b)(?![^\"“]*\bthat\b)")
# What the denier calls the words pointed at, between them and the adjunct: "dismissed the story as 'fantasy' in an
# interview".
AS_COMPLEMENT: Final = re.compile(r"\s+as\s+(?:[\"“][^\"“”]{1,60}[\"”]|(?:(?:a|an|pure|complete|utter|total)\s+)?[\w-]+)")
# A proposition set against the claim that the article adds: ", despite claims from researchers that P" (the
# proposition is a claim of its own, claims/disputes/propositions.py).
DESPITE_PROPOSITION: Final = re.compile(
    rf"\s*[,—–]\s*despite\s+(?:[\w’'-]+\s+){{0,3}}?(?:{alternation(CONTENT_NOUNS | STATEMENT_NOUNS)})\b[^.;!?\"“”]{{0,80}}?\s+that\s", re.IGNORECASE
)
DESPITE_KEY: Final = KeyWords(("despite",))  # in every match of DESPITE_PROPOSITION, in some case
TRAILING: Final = " \t\n,;:—–-"
SENTENCE_REACH: Final = 300  # characters a claim's sentence may run on after it
NESTED_REACH: Final = 6  # claims after a claim that may stand inside its content


def cut_run_ons(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims, each indirect content cut before a retraction or an appositive denial it ran on into."""
    return [_cut(text, claim, claims[position + 1 : position + 1 + NESTED_REACH]) for position, claim in enumerate(claims)]


def _cut(text: str, claim: Claim, after: list[Claim]) -> Claim:
    if claim.kind == "direct" or len(claim.segments) > 1:
        return claim
    first, last = claim.span  # passed apart: a call given *claim.span takes the generic path in the compiled build
    retracted = RETRACTED_AFTER.search(text, first, last) if any_between(retracting_verbs(text), first, last) else None
    ran_on = RAN_ON_VERDICT.search(text, first, last) if VERDICT_KEYS.stand_in(text, first, last) else None
    despite = DESPITE_PROPOSITION.search(text, first, last) if DESPITE_KEY.stand_in(text, first, last) else None
    ends = [found.start() for found in (retracted, ran_on, _told_after(text, claim), despite) if found]
    ends += [found.start() for denial in after if inside(denial.span, claim.span) and (found := _appositive_before(text, claim, denial))]
    if (adjunct := _pointer_adjunct(text, claim)) is not None:
        ends.append(adjunct)
    if not ends:
        return claim
    end = min(ends)
    while end > claim.span[0] and text[end - 1] in TRAILING:
        end -= 1
    if end <= claim.span[0]:
        return claim
    span = (claim.span[0], end)
    return replace(claim, content=text[slice(*span)], span=span, segments=[span])


def _pointer_adjunct(text: str, claim: Claim) -> int | None:
    """Where the adjunct of a denial that only points back begins ("denied the account in a statement", "dismissed
    the story as 'fantasy' in an interview")."""
    if REPORTING_VERBS.get(claim.cue.lower()) not in DENIAL_VERBS or not (pointer := POINTER.match(claim.content)):
        return None
    complement = AS_COMPLEMENT.match(claim.content, pointer.end())
    adjunct = POINTER_ADJUNCT.match(claim.content, complement.end() if complement else pointer.end())
    return claim.span[0] + adjunct.start() if adjunct else None


def _appositive_before(text: str, claim: Claim, denial: Claim) -> re.Match[str] | None:
    """The appositive in the claim's content that another party's denial, starting inside the content, opens: ", a
    charge Pike called 'complete nonsense'" (the caller checks that the denial stands inside the claim)."""
    if denial.span[0] <= claim.span[0] or not is_denial(text, denial):
        return None
    opening = min(span[0] for span in (denial.span, denial.cue_span, denial.speaker.span if denial.speaker else None) if span)
    return next((m for m in APPOSITIVE.finditer(text, claim.span[0], opening) if not text[m.end() : opening].strip(" \t").count(",")), None)


def _told_after(text: str, claim: Claim) -> re.Match[str] | None:
    """The clause the claim's content ran on into that tells another party's denial of it: ", and the Treasury
    rejects that"."""
    if not VERB_KEYS.stand_in(text, claim.span[0], claim.span[1] + SENTENCE_REACH):
        return None
    sentence_end = sentence_end_after(text, claim.span[1], SENTENCE_REACH)
    stop = sentence_end.start() + 1 if sentence_end else min(len(text), claim.span[1] + SENTENCE_REACH)
    if not VERB_KEYS.stand_in(text, claim.span[0], stop):  # the key asked about first may stand in a later sentence
        return None
    told = TOLD_DENIAL.search(text, claim.span[0], stop)  # the first: those after it start later still
    return JOINED_SUBJECT.search(text, claim.span[0], told.start()) if told and told.start() < claim.span[1] else None
