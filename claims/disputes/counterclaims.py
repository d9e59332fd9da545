"""Counter-claims: a claim set against another party's ("But X said …", "X disagreed, saying …") is a denial.

A contrast opener or a counter cue marks it; the words it shares with the earlier claim are the evidence
that it answers that claim rather than making another point.
"""
import re
from itertools import islice
from typing import Final

from claims.lexicon import CHALLENGED_PARTICIPLES, COMPARING_OPENERS, CONTRADICTING_CUES, CONTRAST_OPENERS, COUNTER_CUES, DENIAL_FORMS
from claims.model import Claim
from claims.rules.registry import rule
from claims.rules.withholding import withheld
from claims.spans import inside

from claims.disputes.keys import holds_case_blind, holds_key_word, key_words, openings
from claims.disputes.link import Link
from claims.disputes.polarity import opposes, says_negation
from claims.disputes.targets import POINTER, PROPOSITION_RULES, REACH, held_in_denial, nearest_answered, other_parties, pointed_at, same_party, target_of
from claims.disputes.words import phrase_pattern, sentence_start, without_adjuncts, word_end

COUNTER_CLAIM: Final = rule(
    "counter-claim",
    'A claim opened by "But", "However" or "countered" that shares words with another party\'s earlier claim disputes it.',
    "Tom Reyes said the harbour wall was unsafe. However, Lena Vogt said the harbour wall was inspected in May and is safe.",
    finds="dispute",
)
OPPOSITE_ECHO: Final = rule(
    "opposite-echo",
    "A claim that negates a word another party just asserted, or asserts one they negated, disputes that claim.",
    'Tom Reyes said the harbour wall had been repaired. "The wall has not been repaired," Lena Vogt said.',
    finds="dispute",
)
OPENER: Final = re.compile(r"^[\s\"“‘']*" + phrase_pattern(CONTRAST_OPENERS).pattern, re.IGNORECASE)
COMPARING: Final = re.compile(r"^[\s\"“‘']*" + phrase_pattern(COMPARING_OPENERS).pattern, re.IGNORECASE)
# A contrast set inside the sentence: "Vogt, however, said …", "Vogt said, however, that …".
PARENTHETICAL: Final = re.compile(r",\s*(?:" + phrase_pattern(CONTRAST_OPENERS).pattern + r"|though)\s*,", re.IGNORECASE)
# A clause of its own opened by a contrast after another party's claim: "Reyes said P, but Vogt said Q".
CLAUSE_CONTRAST: Final = re.compile(r"[,;]\s+(?:but|yet)\s+[^,;]*$", re.IGNORECASE)  # "while", "whereas" compare figures as often
COUNTER: Final = phrase_pattern(COUNTER_CUES)
COUNTER_ENDING: Final = re.compile(COUNTER.pattern + r"\W*$", re.IGNORECASE)  # "Vogt disagreed."
COUNTER_WORDS: Final = max(len(phrase.split()) for phrase in COUNTER_CUES)  # the most words a counter cue has
# Every match of COUNTER holds one of these whole (`holds_key_word`): it opens with a look-behind, which sre tries at
# every character of the words before each claim.
COUNTER_WORD_KEYS: Final = key_words(COUNTER_CUES)
COUNTER_KEYS: Final = openings(key_words(COUNTER_CUES))  # words that end with a counter cue hold one (`holds_case_blind`)
# A contradicting cue with no object of its own denies what was just said: "Vogt disagreed, saying …".
CONTRADICTING_ALONE: Final = re.compile(phrase_pattern(CONTRADICTING_CUES).pattern + r"[\s,.:;—–-]*[\"“‘']?\s*$", re.IGNORECASE)
# A short object pointing back after a counter cue that ends a sentence: "Marsh stands by the research.", "Vogt
# pushed back on that."
POINTED_OBJECT: Final = re.compile(r"\s+(?:(?:on|with|against)\s+)?(?:the|that|this|these|those|its|his|her|their|our|it)(?:\s+[\w’'-]+){0,2}$", re.IGNORECASE)
POINTED_OBJECT_WORDS: Final = 5  # the most words a POINTED_OBJECT match holds ("on the research last year"), and one for the spaces it opens with
# A sentence saying only that what was just said was contested: "The figure was quickly challenged."
CHALLENGED: Final = re.compile(
    r"\s+(?:was|were|is|are|(?:has|have|had)\s+(?:(?:since|also)\s+)?been)\s+(?:(?:\w+ly|soon|also)\s+)*"
    + phrase_pattern(CHALLENGED_PARTICIPLES).pattern + r"[\s.!]*$",
    re.IGNORECASE,
)
CHALLENGED_KEYS: Final = openings(key_words(CHALLENGED_PARTICIPLES))  # a sentence CHALLENGED finds holds one (`holds_case_blind`)
DESCRIBED_SPEAKER: Final = re.compile(r"[\s\"“‘']*(?:[\w’'-]+\s+){0,3}")  # what may open a sentence before the speaker's name: "The teachers' union NTU"
SELF_EMPHASIS: Final = re.compile(r"\b(?:himself|herself|themselves|itself)\W*$", re.IGNORECASE)  # "Kovac himself"
SENTENCE_CLOSE: Final = " \t\n.!\"”’'"
DENIAL_VERB: Final = phrase_pattern(tuple(DENIAL_FORMS))
PREPOSITION: Final = re.compile(r"^\s*(?:on|at|against|with|to|over)\s+", re.IGNORECASE)  # "pushed back on the report"
ECHO_REACH: Final = 2  # claims of other parties back: an echo answers what was said just before
ECHO_DISTANCE: Final = 1500  # characters
INFINITIVE_BEFORE: Final = re.compile(r"\bto\s+$", re.IGNORECASE)  # "allowed to deny licences, by asserting …": no denial said
# A denial verb in the passive tells what was done to its subject: "She was dismissed weeks after warning managers
# that …" (sacked), not a denial whose grounds follow.
PASSIVE_BEFORE: Final = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
WORD: Final = re.compile(r"[a-z]+")  # a word of a content in lower case
NEIGHBOURS: Final = 8  # claims either side that may stand in the sentence before a claim (claims are in text order)
COUNTER_SHARED: Final = 2  # content words a counter-claim shares with what it answers: one is too often chance


def _anchor(text: str, claim: Claim) -> int:
    """Where the claim's own words begin: its content or its cue, whichever comes first; its content when the
    cue stands in an earlier sentence (a quotation that goes on after its attribution)."""
    if not claim.cue_span or claim.cue_span[0] < sentence_start(text, claim.span[0]):
        return claim.span[0]
    return min(claim.span[0], claim.cue_span[0])


def _starts(text: str, claim: Claim) -> int:
    anchor = _anchor(text, claim)
    return min(anchor, claim.speaker.span[0]) if claim.speaker and claim.speaker.span else anchor


def lead_in(text: str, claims: list[Claim], position: int) -> str:
    """The words before the claim's cue and content in its sentence; the sentence before too when the claim
    opens its own and that one, holding no claim, ends with a counter cue ("Vogt disagreed. "…," she said")."""
    claim = claims[position]
    anchor = _anchor(text, claim)
    start = sentence_start(text, anchor)
    if text[start:anchor].strip(" \"“‘'") or start < 2:
        return text[start:anchor]
    previous = sentence_start(text, start - 2)
    before = text[previous:start]
    neighbours = claims[max(0, position - NEIGHBOURS) : position] + claims[position + 1 : position + NEIGHBOURS]
    if not closes_with_counter_cue(text, previous, start) or any(previous <= _starts(text, other) < start for other in neighbours):
        return text[start:anchor]
    return before + text[start:anchor]


def closes_with_counter_cue(text: str, start: int, end: int) -> bool:
    """Whether the article's sentence text[start:end] ends with a counter cue, perhaps before a short object pointing
    back and adjuncts ("Vogt disagreed.", "Marsh stands by the research on Monday."). Only a sentence holding a
    counter cue's key word is read (`holds_case_blind`): `cue_ending` only cuts words off."""
    if not holds_case_blind(text, COUNTER_KEYS, start, end):
        return False
    sentence = text[start:end]
    return ends_with_counter_cue(sentence) or ends_with_counter_cue(cue_ending(sentence))


def cue_ending(words: str) -> str:
    """The words of a sentence up to its last verb, when only a short object pointing back and adjuncts of when or
    where follow it: "Marsh stands by the research on Monday." reads "Marsh stands by"."""
    words = without_adjuncts(words.rstrip(SENTENCE_CLOSE))
    # Searched from where its last words begin: sub() would try every space of a long sentence.
    found = POINTED_OBJECT.search(words, words_back(words, len(words), POINTED_OBJECT_WORDS))
    return words[: found.start()] + words[found.end() :] if found else words


def ends_with_counter_cue(words: str) -> bool:
    """Whether the words end with a counter cue ("Vogt disagreed."): COUNTER_ENDING searched from the cue's
    furthest possible start only, since the cue ends at the last word character and its words hold no space."""
    return COUNTER_ENDING.search(words, words_back(words, word_end(words), COUNTER_WORDS)) is not None


def words_back(words: str, end: int, count: int) -> int:
    """Where the last `count` words before `end` begin, each with the spaces before it (0 when fewer stand there):
    a match of no more words, ending at `end`, starts there or later."""
    start = end
    for _ in range(count):
        while start > 0 and words[start - 1].isspace():
            start -= 1
        while start > 0 and not words[start - 1].isspace():
            start -= 1
    return start


def is_counter(claim: Claim, lead: str) -> bool:
    """A contrast opener or a counter cue stands before the claim."""
    return bool(OPENER.match(lead) or (holds_key_word(COUNTER_WORD_KEYS, lead) and COUNTER.search(lead)) or denied_before(claim, lead))


def set_off(text: str, claim: Claim, lead: str) -> bool:
    """A contrast set between commas before the claim's cue or between its cue and content: "Vogt, however,
    said …", "Vogt said, however, that …"."""
    between = PARENTHETICAL.search(text, claim.cue_span[1], claim.span[0]) if claim.cue_span else None
    return bool(PARENTHETICAL.search(lead) or between)


def _in_sentence(text: str, claim: Claim, target: Claim | None) -> Claim | None:
    """The target when it ends in the claim's own sentence: what a clause opened by "but" answers."""
    return target if target and target.span[1] > sentence_start(text, _anchor(text, claim)) else None


def denial_verbs(lead: str) -> list[re.Match[str]]:
    """The denial verbs in the words before a claim that deny something said: not "allowed to deny licences",
    not "denied bail", not "was dismissed"."""
    return [
        m for m in DENIAL_VERB.finditer(lead)
        if not INFINITIVE_BEFORE.search(lead, 0, m.start()) and not PASSIVE_BEFORE.search(lead, 0, m.start()) and not withheld(lead, DENIAL_FORMS[" ".join(m.group().lower().split())], m.end(), len(lead))
    ]


def denied_before(claim: Claim, lead: str) -> bool:
    """"X denied the report, saying C": a participle claim after a denial verb gives the denial's grounds."""
    return claim.cue.endswith("ing") and bool(denial_verbs(lead))


def described_only(claim: Claim) -> bool:
    """Whether the speaker is only described ("The Ohio governor", "the candidate"), not named: they may well be
    the party that spoke just before, which an echo must not answer."""
    words = claim.speaker.name.split() if claim.speaker else []
    return bool(words) and words[0].lower() == "the" and words[-1][:1].islower()


def named_in(claim: Claim, other: Claim) -> bool:
    """Whether the claim's speaker, only described, is the party the other claim is about: "The federation said …"
    after "the federation had ignored a second test" (the accused answering, not the party that just spoke)."""
    head = _speaker_head(claim)
    return bool(head) and head in WORD.findall(other.content.lower())


def _named_before(claims: list[Claim], position: int) -> bool:
    """Whether the head of the claim's speaker stands in a claim before it that `echo_target` may read (a substring:
    `named_in` asks for the word), which a claim about the speaker needs."""
    head = _speaker_head(claims[position])
    return bool(head) and any(head in other.content.lower() for other in claims[max(0, position - REACH) : position])


def _speaker_head(claim: Claim) -> str:
    """The last word of the claim's speaker's name in lower case ("federation"), or "" for a claim without one."""
    return claim.speaker.name.split()[-1].lower() if claim.speaker else ""


def echo_target(claims: list[Claim], position: int) -> Claim | None:
    """A claim of another party just before that this one echoes with the opposite polarity: a word one
    negates and the other asserts ("the group had been contained" … "It cannot be contained"). A party only
    described answers only a claim about itself."""
    claim = claims[position]
    described = described_only(claim)
    if described and not _named_before(claims, position):
        return None
    negates = says_negation(claim)
    for other in islice(other_parties(claims, position, REACH), ECHO_REACH):
        if claim.span[0] - other.span[1] > ECHO_DISTANCE:
            break
        if described_only(other) or described and not named_in(claim, other):
            continue
        if (negates or says_negation(other)) and opposes(claim, other):
            return other
    return None


def _object_pointed_at(claims: list[Claim], position: int, lead: str) -> Claim | None:
    """"X dismissed the police account, saying C", "X pushed back on the report, saying C": the object of a
    denial verb or counter cue points back at a claim."""
    ends = [m.end() for m in denial_verbs(lead)] + [m.end() for m in COUNTER.finditer(lead)]
    return pointed_at(claims, position, PREPOSITION.sub("", lead[max(ends) :], count=1)) if ends else None


def _just_before(text: str, claims: list[Claim], position: int) -> Claim | None:
    """The claim of another party that ends in the sentence just before this one's: "By contrast, X said" answers it."""
    nearest = nearest_answered(claims, position)
    start = sentence_start(text, _anchor(text, claims[position]))
    return outermost(claims, nearest) if nearest and start >= 2 and nearest.span[1] >= sentence_start(text, start - 2) else None


def _turned_to(text: str, claims: list[Claim], position: int, lead: str) -> Claim | None:
    """The claim of another party just before that a sentence opened by a contrast answers, whatever words they
    share: "By contrast, X said …" answers it across a paragraph break too; "However, Kovac himself told …", the
    party the claim was about speaking for themselves, in its paragraph ("But X said …" may turn to another point)."""
    if COMPARING.match(lead):
        return _just_before(text, claims, position)
    speaker = claims[position].speaker
    if not (speaker and SELF_EMPHASIS.search(speaker.mention) and OPENER.match(lead)):
        return None
    return _in_paragraph(text, claims[position], _just_before(text, claims, position))


def _in_paragraph(text: str, claim: Claim, target: Claim | None) -> Claim | None:
    """The target when it stands in the claim's paragraph: "However, X said …" across a paragraph break turns to
    another point as often as it answers."""
    return target if target and "\n" not in text[target.span[1] : _anchor(text, claim)] else None


def outermost(claims: list[Claim], claim: Claim) -> Claim:
    """The claim of the same party that holds this one in its content ("her client had never asked to leave" for
    "to leave"), else the claim itself: what was answered is what they said."""
    return next((c for c in claims if c is not claim and inside(claim.span, c.span) and same_party(c, claim)), claim)


def _denial_before(claims: list[Claim], position: int) -> Claim | None:
    """The nearest claim of another party when it is a denial: "Officials deny P, but critics say Q" sets Q
    against the denial whatever words they share."""
    nearest = nearest_answered(claims, position)
    return nearest if nearest and nearest.stance == "denial" else None


def challenged_before(text: str, claims: list[Claim], position: int) -> bool:
    """Whether the claim's speaker opens its sentence right after one, holding no claim, that says only that what
    was just said was contested ("The figure was quickly challenged. The union said …"): the claim is the challenge."""
    claim = claims[position]
    if not claim.speaker or not claim.speaker.span or claim.cue_span is None:
        return False
    start = sentence_start(text, claim.speaker.span[0])
    if not DESCRIBED_SPEAKER.fullmatch(text, start, claim.speaker.span[0]) or start < 2:
        return False
    previous = sentence_start(text, start - 2)
    if not holds_case_blind(text, CHALLENGED_KEYS, previous, start):  # the cheapest test first: most sentences hold no key
        return False
    before = text[previous:start]
    neighbours = claims[max(0, position - NEIGHBOURS) : position]
    return bool(POINTER.match(before) and CHALLENGED.search(before)) and not any(previous <= _starts(text, other) < start for other in neighbours)


def _answer(text: str, claims: list[Claim], position: int) -> tuple[Claim | None, str, bool]:
    """The claim this one answers, by which rule, and whether this one is a denial.

    A claim giving the grounds of a denial verb, or after a counter cue of its own ("Vogt disagreed, saying"),
    is a denial even when what it denies is not a claim here.
    """
    claim, lead = claims[position], lead_in(text, claims, position)
    if challenged_before(text, claims, position):
        target = nearest_answered(claims, position)
        return target, COUNTER_CLAIM, target is not None
    if is_counter(claim, lead) or set_off(text, claim, lead):
        alone = CONTRADICTING_ALONE.search(lead) is not None or CONTRADICTING_ALONE.search(cue_ending(lead)) is not None
        target = (
            target_of(text, claims, position, COUNTER_SHARED, COUNTER_SHARED) or echo_target(claims, position)
            or _object_pointed_at(claims, position, lead) or (nearest_answered(claims, position) if alone else None)
            or _turned_to(text, claims, position, lead)
        )
        return target, COUNTER_CLAIM, target is not None or alone or denied_before(claim, lead)
    if CLAUSE_CONTRAST.search(lead):
        target = _in_sentence(
            text, claim, target_of(text, claims, position, COUNTER_SHARED, COUNTER_SHARED) or echo_target(claims, position) or _denial_before(claims, position)
        )
        if target:
            return target, COUNTER_CLAIM, True
    target = echo_target(claims, position)
    return target, OPPOSITE_ECHO, target is not None


def counter_links(text: str, claims: list[Claim]) -> list[Link]:
    """A denial link for every counter-claim that answers an earlier claim; the counter-claim takes stance denial.
    A claim that a denial holds, or a reported proposition a denial names ("dismissed the suggestion that P"), is
    what is denied, not an answer."""
    links = []
    for position, claim in enumerate(claims):
        if claim.attribution == "unattributed" or claim.stance == "denial" or claim.rule in PROPOSITION_RULES or held_in_denial(claims, position):
            continue
        target, rule_name, denies = _answer(text, claims, position)
        if denies:
            claim.stance = "denial"
        if target:
            links.append(Link(target, claim, rule_name))
    return links
