"""The article's own voice: words of the publication next to a claim that dispute it ("falsely claimed")."""
import re
from collections.abc import Iterable, Iterator
from typing import Final

from claims.lexicon import ARTICLE_VOICE, EVIDENCE_SHOWING, FALSITY_MODIFIERS, INTENSIFIERS
from claims.model import Claim, Dispute, Span
from claims.rules.registry import rule
from claims.spans import SpanIndex

from claims.disputes.polarity import content_polarity
from claims.disputes.keys import ODDITIES, KeyWords, any_between, holds_case_blind, opening_with, openings
from claims.disputes.propositions import DENIED_PROPOSITION, clause_end
from claims.disputes.subjects import stands_for_speaker
from claims.disputes.words import FOLLOWING_REACH, alternation, phrase_pattern, same_entry, sentence_end_after, stems

ARTICLE_VOICE_RULE: Final = rule(
    "article-voice",
    'The publication\'s own words dispute a claim: "falsely claimed", "said, without evidence", "…, but that is untrue".',
    "Lena Vogt falsely claimed that the harbour had been sold.",
    finds="dispute",
)
ADVERB_BEFORE_CUE: Final = re.compile("(" + phrase_pattern(tuple(w for kind, w in ARTICLE_VOICE if kind == "adverb")).pattern + r")\s+$", re.IGNORECASE)
AFTER: Final = re.compile(r"[\s,\"”’']*(" + phrase_pattern(tuple(w for kind, w in ARTICLE_VOICE if kind == "after")).pattern + ")", re.IGNORECASE)
FALSITY: Final = phrase_pattern(FALSITY_MODIFIERS)  # "…, relying on a discredited study"
# A falsity word said of something in the claim's own clause ("accused the paper of saying its reports, written
# in May, were inaccurate") belongs to what the claim says, not to the publication.
PREDICATED: Final = re.compile(r"\b(?:is|was|are|were|be|been|being)\s+(?:(?:\w+ly|[\w-]+\s+(?:and|or))\s+)*$", re.IGNORECASE)
SENTENCE_REACH: Final = 300  # characters after a claim that its sentence's rest may run
REACH: Final = 25  # characters before a cue searched for an adverb
FOLLOWING_SENTENCES: Final = 2  # "It is a striking figure. It is also wrong."
# The rest of the claim's sentence calls it false: "…, but records show that's untrue."
POINTER_FALSE: Final = re.compile(
    r"\b(?:that|this|which|it)(?:['’]s|\s+(?:is|was|isn['’]t|wasn['’]t))\s+(?:(?:" + alternation(INTENSIFIERS) + r")\s+)*"
    r"(?:not\s+true|untrue|false|incorrect|inaccurate|not\s+the\s+case)\b",
    re.IGNORECASE,
)
NO_EVIDENCE: Final = r"no\s+(?:such\s+|credible\s+|real\s+|public\s+|supporting\s+|hard\s+)?(?:evidence|proof)"
# Evidence said to lack, for something already named: "… to support it", "… for the claim", or nothing more.
POINTING_BACK: Final = (
    r"(?=\s*(?:[.;:!?]|$)|\s+(?:to\s+(?:support|back|prove|substantiate)|for\s+(?:it|this|that|the|his|her|their|such|any)\b"
    r"|of\s+(?:it|this|that|such)\b|that\s+(?:it|this|he|she|they)\s+(?:is|was|were|are|did|does|had|has)\b))"
)
SHOWING: Final = r"(?:offered|provided|gave|given|presented|cited|produced|shown)"
# The rest of the claim's sentence says nothing supports it: "…, though there is no evidence to support that."
UNSUPPORTED: Final = rf"(?:there\s+(?:is|was|has\s+been)\s+|(?:he|she|they|it)\s+(?:has\s+|have\s+|had\s+)?{SHOWING}\s+){NO_EVIDENCE}{POINTING_BACK}"
NOTHING_SUPPORTS: Final = re.compile(rf"\b{UNSUPPORTED}", re.IGNORECASE)
EVIDENCE_WORD: Final = re.compile("evidence|proof", re.IGNORECASE)  # asked first: a literal is found fast, the pattern above is not
CLAIM_NOUNS: Final = r"(?:claim|assertion|statement|figure|number|allegation|charge|accusation|contention|theory)"
FALSE_PHRASES: Final = (*FALSITY_MODIFIERS, "untrue", "not true", "inaccurate", "incorrect", "misleading", "not the case", "disproven", "refuted", "wrong")
FALSE_WORDS: Final = alternation(FALSE_PHRASES)
# A fact-checker's label line after the claim it rates: "Verdict: False", "Our ruling: Mostly false".
VERDICT_LABEL: Final = r"(?:our\s+)?(?:verdict|rating|ruling)"
# A sentence of the publication's after a claim gives its verdict: "That is false.", "He offered no evidence.",
# "Contrary to her claim, …", "Despite his claim, …", "Verdict: False.".
VERDICT: Final = re.compile(
    r"[\"“]?(?:(?:but|however|in\s+fact)\W+)?(?:"
    rf"(?:(?:the|that|this)\s+{CLAIM_NOUNS}|that|this|it)(?:['’]s|\s+(?:is|was|isn['’]t|wasn['’]t|has\s+been|had\s+been))\s+(?:(?:{alternation(INTENSIFIERS)}|\w+ly|also)\s+)*(?:{FALSE_WORDS})\b"
    rf"|(?:there\s+(?:is|was|has\s+been)\s+|(?:he|she|they|the\s+\w+)\s+(?:has\s+|have\s+|had\s+)?{SHOWING}\s+){NO_EVIDENCE}{POINTING_BACK}"
    rf"|(?:he|she|they|the\s+\w+)\s+(?:did\s+not|didn['’]t|has\s+not|hasn['’]t)\s+(?:offer|provide|give|present|cite|produce|offered|provided|given|presented|cited|produced)\s+(?:any\s+)?(?:evidence|proof)"
    rf"|(?:contrary\s+to|despite)\s+(?:his|her|their|its|the|that|this)\s+(?:\w+\s+)?{CLAIM_NOUNS}s?\b"
    rf"|{VERDICT_LABEL}\s*[:—–-]\s*(?:(?:mostly|largely)\s+)?(?:{FALSE_WORDS})\b"
    r")",
    re.IGNORECASE,
)
# The publication's words right after an indirect claim's content, or that it ran on into: an appositive ("…, a claim fact-checkers
# have debunked") or a clause saying nothing supports it ("…, but she has offered no proof of it").
RAN_ON_VERDICT: Final = re.compile(
    rf"\s*[,—–]\s*(?:(?P<appositive>(?:a|an)\s+(?:[\w-]+\s+)?{CLAIM_NOUNS}\b[^.;!?]{{0,100}}?"
    rf"(?:\b(?:{FALSE_WORDS})\b|\brated\s+(?:as\s+)?false\b|\b{NO_EVIDENCE}\b))"
    rf"|(?:but|though|although|yet|even\s+though)\s+(?P<unsupported>{UNSUPPORTED}))",
    re.IGNORECASE,
)

# The publication's documents set against the claim, in its sentence or opening the next: "…, but emails seen by
# this newspaper show …", "But records show …".
EVIDENCE_SHOWN: Final = re.compile(
    rf"\b(?:but|however|yet|though|although)\W+(?:[\w’'-]+\s+){{0,3}}?(?:{alternation(EVIDENCE_SHOWING['noun'])})\b"
    rf"[^.;!?\"“”]{{0,60}}?\s(?:{alternation(EVIDENCE_SHOWING['verb'])})\b",
    re.IGNORECASE,
)
EVIDENCE_OPENING: Final = re.compile(r"[\"“]?(?=(?:but|however|yet)\b)", re.IGNORECASE)
# The publication's next sentence opening with documents that show a fact: "Records from the county's trading
# standards office show that 14 complaints were filed." Against the claim when the fact is its opposite.
LEAD_WORDS, LEAD_WORD_LENGTH, LEAD_SPACES = 3, 30, 4  # words before the document noun ("The county's own records"), bounded
DOCUMENTS_SHOW: Final = re.compile(
    rf"(?:[\w’'-]{{1,{LEAD_WORD_LENGTH}}}\s{{1,{LEAD_SPACES}}}){{0,{LEAD_WORDS}}}?(?:{alternation(EVIDENCE_SHOWING['noun'])})\b[^.;!?\"“”]{{0,60}}?\s(?:{alternation(EVIDENCE_SHOWING['verb'])})\s+(?:that\s+)?",
    re.IGNORECASE,
)
DOCUMENT_KEYS: Final = openings(EVIDENCE_SHOWING["noun"])  # every match of DOCUMENTS_SHOW holds one (`holds_case_blind`)
# Characters from a sentence's start to the end of the key of a document noun that DOCUMENTS_SHOW may match there.
DOCUMENTS_REACH: Final = LEAD_WORDS * (LEAD_WORD_LENGTH + LEAD_SPACES) + max(map(len, DOCUMENT_KEYS))

# Who the article says calls a claim false in such an appositive: "a claim critics say is false", "a claim that
# fact-checkers rated false" is disputed by the critics and the fact-checkers, not by the publication.
APPOSITIVE_HOLDER: Final = re.compile(
    rf"(?:a|an)\s+(?:[\w-]+\s+)?{CLAIM_NOUNS}\s+(?:that\s+)?"
    r"(?P<holder>(?!(?:he|she|they|it|we|i|you|was|is|were|are|has|have|had|been|being|many|some)\b)[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?)"
    r"\s+(?:have\s+|has\s+|had\s+)?(?:(?:repeatedly|since|widely|long|also)\s+)?"
    r"(?:say|says|said|call|calls|called|rate|rates|rated|deem|deems|deemed|consider|considers|considered|found|find|finds)\b",
    re.IGNORECASE,
)

# The publication's next sentence finds nothing to support what the claim said, restating it: "There is no
# evidence that the terminal was sold."
NO_EVIDENCE_THAT: Final = re.compile(rf"[\"“]?(?:(?:but|however|in\s+fact)\W+)?there\s+(?:is|was|has\s+been)\s+{NO_EVIDENCE}\s+that\s+", re.IGNORECASE)
# The publication's next sentence sets against the claim what its speaker left out: "However, she failed to
# mention the two piers that closed."
OMISSION: Final = re.compile(
    r"[\"“]?(?:but|however|yet)\W+(?:\w+ly\W+)*(?P<who>(?-i:[A-Z])[\w’'-]+|he|she|they)\s+"
    r"(?:(?:failed|neglected)\s+to\s+mention|did\s+not\s+mention|didn['’]t\s+mention|omitted|left\s+out)\b",
    re.IGNORECASE,
)
# The letters OMISSION opens with, after a quotation mark: a sentence opening with another letter is not tried
# (`may_open`), where the pattern would be asked in vain; the same for BARE_NO and CORRECTION.
OMISSION_OPENINGS: Final = "bhy"
# The publication's bare "no" after a claim: "It is not.", "He did not.", "Is it true? No."
BARE_NO: Final = re.compile(
    r"[\"“]?(?:(?:but|and)\W+)?(?:it|that|this|they|he|she)\s+(?:is|was|are|were|does|did|do|has|have|had|would|will)(?:\s+not|n['’]t)\s*[.!](?!\w)"
    # The explainer's own question on it, answered no: "Is it true? No.", "Does that add up? No, it does not."
    r"|(?:is|was|are|were|does|did|do)\s+(?:it|that|this|they|he|she)(?:\s+[\w-]+){0,3}\?\s+No\b\s*[.!,]",
    re.IGNORECASE,
)
BARE_NO_OPENINGS: Final = "abdhistw"
# The publication's next sentence states the fact against the claim: "In fact, the pier was never closed."
CORRECTION: Final = re.compile(r"[\"“]?(?:(?:but|however)\W+)?(?:in\s+fact|actually|in\s+reality|in\s+truth)\b[\s,]*", re.IGNORECASE)
CORRECTION_OPENINGS: Final = "abhi"
RESTATED: Final = 2  # content words the restatement shares with the claim: one is too often chance
# The publication, a sentence or two on, says the position the claim reports was never taken, or that nothing
# shows what it says, restating it: "She has never said she would close the harbour.", "There is no evidence
# that the harbour was sold." A party may be named, so more words must be shared.
NEVER_TAKEN: Final = re.compile(
    r"\b(?:(?:has|have|had)\s+)?never\s+(?:publicly\s+)?(?:said|claimed|stated|argued|proposed|supported|endorsed|called\s+for)\s+(?:that\s+)?"
    rf"|\bthere\s+(?:is|was)\s+no\s+record\s+(?:that|of)\s+|\bthere\s+(?:is|was|has\s+been)\s+{NO_EVIDENCE}\s+that\s+",
    re.IGNORECASE,
)
# Found once per article: the pattern is read only near them ("evidence" and "proof" stand inside its matches).
NEVER_TAKEN_KEY: Final = re.compile("[Nn]ever|[Nn]o record|[Ee]vidence|[Pp]roof")
NEVER_TAKEN_WORDS: Final = openings(("never", "no record", "evidence", "proof"))  # what NEVER_TAKEN_KEY's matches open with, found faster than it searches
LONGEST_NEVER_TAKEN: Final = 80  # characters a match of NEVER_TAKEN may run past the reach it starts within
# Characters a match of NEVER_TAKEN may open with before its key word ("There has been no supporting " before
# "evidence"), spaces to spare: a key word this far past the reach may belong to a match starting within it.
LONGEST_BEFORE_KEY: Final = 40
RESTATED_POSITION: Final = 3  # content words shared by a restated position: a name and the topic are two already
# Every match of the patterns above but BARE_NO, OMISSION, CORRECTION and NEVER_TAKEN holds one of these words:
# each is tried only where one stands after its start (most articles hold none).
VERDICT_KEYS: Final = KeyWords((*FALSE_PHRASES, "false", "evidence", "proof", "contrary", "despite", *(phrase for _, phrase in ARTICLE_VOICE), *EVIDENCE_SHOWING["verb"]))


def merged_index(spans: Iterable[Span]) -> SpanIndex:
    """The spans, overlapping ones merged (nested claims into the claims holding them)."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return SpanIndex([(start, end) for start, end in merged])


def _marker(text: str, claim: Claim, claimed: SpanIndex, nevers: list[int]) -> tuple[int, int] | None:
    """The span of the publication's disputing words around the claim, if any (`nevers`: where "never", "no
    record", "evidence" or "proof" stand, in order)."""
    end = claim.span[1]
    sentence_end = sentence_end_after(text, end, SENTENCE_REACH)
    if VERDICT_KEYS.stand_in(text, max(0, min(claim.span[0], claim.cue_span[0] if claim.cue_span else end) - REACH)):
        if in_sentence := _in_sentence(text, claim, claimed, sentence_end):
            return in_sentence
    for start in _following(text, claim, claimed, sentence_end):
        if verdict := _verdict(text, claim, claimed, start):
            return verdict
    return _never_taken(text, claim, claimed, nevers)


def _in_sentence(text: str, claim: Claim, claimed: SpanIndex, sentence_end: re.Match[str] | None) -> tuple[int, int] | None:
    """The publication's words in the claim's own sentence that dispute it: an adverb before its cue ("falsely
    claimed"), words after its cue or content ("without evidence"), an appositive or clause its content ran on
    into, or the rest of the sentence calling it false. A search within a stretch of text is made only where one
    of VERDICT_KEYS stands in it: every match holds one."""
    if claim.cue_span:
        start = claim.cue_span[0]
        if VERDICT_KEYS.stand_in(text, max(0, start - REACH), start) and (adverb := ADVERB_BEFORE_CUE.search(text, max(0, start - REACH), start)):
            return adverb.span(1)
        if after := AFTER.match(text, claim.cue_span[1]):
            return after.span(1)
    if after := AFTER.match(text, claim.span[1]):
        return after.span(1)
    if claim.kind != "direct":
        first, last = claim.span  # passed apart: a call given *claim.span takes the generic path in the compiled build
        within = RAN_ON_VERDICT.search(text, first, last) if VERDICT_KEYS.stand_in(text, first, last) else None
        if ran_on := within or RAN_ON_VERDICT.match(text, claim.span[1]):
            return ran_on.span("appositive") if ran_on.group("appositive") else ran_on.span("unsupported")
    end = claim.span[1]
    stop = sentence_end.start() if sentence_end else end + SENTENCE_REACH
    if not VERDICT_KEYS.stand_in(text, end, stop):
        return None
    patterns = (POINTER_FALSE, FALSITY, NOTHING_SUPPORTS) if EVIDENCE_WORD.search(text, end, stop) else (POINTER_FALSE, FALSITY)
    for pattern in patterns:
        if (found := pattern.search(text, end, stop)) and not claimed.covers(found.start()) and not PREDICATED.search(text, end, found.start()):
            return found.span()
    # What a denial denies is borne out by documents shown against the denial: they dispute the denial alone.
    if claim.rule != DENIED_PROPOSITION and (shown := EVIDENCE_SHOWN.search(text, end, stop)) and not claimed.covers(shown.start()):
        return shown.span()
    return None


def _following(text: str, claim: Claim, claimed: SpanIndex, sentence_end: re.Match[str] | None) -> Iterator[int]:
    """Where each of the next FOLLOWING_SENTENCES sentences after the claim's begins, within FOLLOWING_REACH of it in
    its entry, up to the first that holds a claim: the publication's verdict is on the claim last reported."""
    start = sentence_end.end() if sentence_end else None
    for _ in range(FOLLOWING_SENTENCES):
        if start is None or start >= claim.span[1] + FOLLOWING_REACH or not same_entry(text, claim.span[1], start):
            return
        yield start
        next_end = sentence_end_after(text, start, SENTENCE_REACH)
        if next_end is None or claimed.overlapping(start, next_end.start()):
            return
        start = next_end.end()


def _verdict(text: str, claim: Claim, claimed: SpanIndex, start: int) -> tuple[int, int] | None:
    """The publication's words opening the sentence at `start` that dispute the claim: a verdict ("That is false.",
    "It is not."), an omission set against it, a fact correcting it or documents showing its opposite, or no
    evidence for it restated."""
    verdict_words = VERDICT_KEYS.stand_in(text, start)
    if verdict_words and (verdict := VERDICT.match(text, start)) and not claimed.covers(verdict.end() - 1):
        return verdict.span()
    if verdict_words and (opening := EVIDENCE_OPENING.match(text, start)) and (shown := EVIDENCE_SHOWN.match(text, opening.end())) \
            and not claimed.covers(shown.end() - 1):
        return shown.span()
    if may_open(text, start, BARE_NO_OPENINGS) and (bare_no := BARE_NO.match(text, start)) and not claimed.covers(start):
        return bare_no.span()
    if verdict_words and holds_case_blind(text, DOCUMENT_KEYS, start, start + DOCUMENTS_REACH) and (shown := DOCUMENTS_SHOW.match(text, start)) \
            and not claimed.covers(shown.end()):
        end = clause_end(text, shown.end())
        if _opposed(text[shown.end() : end], claim.content):
            return start, end
    if may_open(text, start, OMISSION_OPENINGS) and (left_out := OMISSION.match(text, start)) and stands_for_speaker(left_out.group("who"), claim) and not claimed.covers(left_out.end() - 1):
        return left_out.span()
    if may_open(text, start, CORRECTION_OPENINGS) and (correction := CORRECTION.match(text, start)) and not claimed.covers(correction.end()):
        end = clause_end(text, correction.end())
        if _opposed(text[correction.end() : end], claim.content):
            return correction.start(), end
    if verdict_words and (unsupported := NO_EVIDENCE_THAT.match(text, start)) and not claimed.covers(unsupported.end()):
        said_again = text[unsupported.end() : clause_end(text, unsupported.end())]
        if len(stems(said_again) & stems(claim.content)) >= RESTATED:
            return unsupported.span()
    return None


def may_open(text: str, start: int, letters: str) -> bool:
    """Whether a case-blind pattern whose every match opens with one of the lower-case `letters`, perhaps after a
    double quotation mark, may match at `start`: the letter there, in some case, is one of them, or one that only
    case-blind matching reads as ASCII."""
    first = text[start : start + 1]
    if first == '"' or first == "“":
        first = text[start + 1 : start + 2]
    return first != "" and (first.lower() in letters or first in ODDITIES)


def _opposed(fact: str, content: str) -> bool:
    """Whether the fact negates a word the claim asserts, or asserts one it negates."""
    (fact_negated, fact_plain), (negated_words, plain) = content_polarity(fact), content_polarity(content)
    return bool(fact_negated & plain or fact_plain & negated_words)


def _never_taken(text: str, claim: Claim, claimed: SpanIndex, nevers: list[int]) -> tuple[int, int] | None:
    """The publication's words, shortly after the claim (and its cue), that the position it reports was never
    taken, restating it: "Clinton has never said she would close the harbour"."""
    start = max(claim.span[1], claim.cue_span[1] if claim.cue_span else 0)
    if not any_between(nevers, start, start + FOLLOWING_REACH + LONGEST_BEFORE_KEY):
        return None
    for found in NEVER_TAKEN.finditer(text, start, start + FOLLOWING_REACH + LONGEST_NEVER_TAKEN):
        if found.start() >= start + FOLLOWING_REACH:
            break  # the matches come in order: the rest start beyond the reach too
        if claimed.covers(found.start()) or not same_entry(text, start, found.start()):
            continue
        said_again = text[found.end() : clause_end(text, found.end())]
        if len(stems(said_again) & stems(claim.content)) >= RESTATED_POSITION:
            return found.start(), found.end() + len(said_again)
    return None


def voice_disputes(text: str, claims: list[Claim], publisher: str) -> None:
    """Add the publication's dispute to each claim its own words call false or unsupported."""
    claimed = merged_index(claim.span for claim in claims)  # where any claim's content stands
    nevers = [found.start() for found in opening_with(NEVER_TAKEN_KEY, NEVER_TAKEN_WORDS, text)]
    for claim in claims:
        if claim.attribution == "unattributed" or any(d.rule == ARTICLE_VOICE_RULE for d in claim.disputes):
            continue
        if span := _marker(text, claim, claimed, nevers):
            holder = APPOSITIVE_HOLDER.match(text, *span)
            by, mention = (holder["holder"], holder["holder"]) if holder else (publisher, "the publication")
            claim.disputes.append(Dispute(by, mention, text[slice(*span)], span, None, ARTICLE_VOICE_RULE))
