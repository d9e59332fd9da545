"""Claims of one sentence: which cue, which speaker mention, which words are the reported content."""
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from claims.cues import Cue
from claims.lexicon import CONTENT_NOUNS, EVIDENCE_NOUNS, EVIDENCE_VERBS, FINDERS, QUOTED_OBJECT_VERBS, SHOWING_RECORDINGS
from claims.mentions import Mention
from claims.model import Span
from claims.patterns import ADJUNCT_START, ADJUNCT_WORDS, TRAILING_FILLERS_WINDOW, that_after_adjunct, word_alternation
from claims.quotes import Quotation
from claims.rules.according import according_to
from claims.rules.appositives import dispute_appositives, with_disputes
from claims.rules.content import Stop, Stops
from claims.rules.pairing import Attribution, Surroundings, attribution
from claims.rules.paragraphs import OpenAttribution, open_attribution
from claims.rules.punctuation import punctuation_claims
from claims.rules.questions import questions_put
from claims.rules.records import RawClaim
from claims.rules.sentence import Sentence
from claims.rules.speakers import SpeakerFinding, cue_speakers, modifiers_only
from claims.rules.objects import object_start, object_thing, speaker_verb_object
from claims.rules.verbs import VERB_RULES, leading
from claims.rules.withholding import names_something_said, withheld

# What may follow a cue that often takes a noun object for it still to report speech: "that", a colon or
# quotation, the end of the clause, or a subject pronoun or "there" starting a clause ("announced it would ...",
# "revealed there were ...", "reveal that's untrue").
# So may a content noun before such a clause ("rejected claims he pressured ...").
CLAUSE_OR_QUOTE_AFTER: Final = re.compile(
    rf"\s*[:,]?\s*[\"“]|\s*[.,]|\s*$|(?:\s+(?:{'|'.join(sorted(CONTENT_NOUNS))}))?\s+(?:it|he|she|they|we|i|there)\s+[a-z]"
    r"|\s+(?:that|it|there|he|she)['’](?:s|d|ll)\b", re.IGNORECASE
)
# A verb of praise or blame reports speech when a quotation opens within its clause, this near the verb.
QUOTED_OBJECT_REACH: Final = 100
CLAUSE_ENDS: Final = ".;:!?"
# "C, the Gazette reported on Monday.", "C, as the Gazette reported in May.": a cue whose clause ends after a few
# words of when or where, behind the content and its comma.
ADJUNCTS_TO_CLAUSE_END: Final = re.compile(rf"\s+(?:{ADJUNCT_WORDS}|[a-z]+ly)\b(?:\s+(?!(?:a|an)\b)[\w'’-]+){{0,4}}\s*(?:[.,;!?]|$)", re.IGNORECASE)
# What stands before the speaker: the content and its comma ("C, the Gazette's editor", "C, as the Gazette").
TRAILING_LEAD: Final = re.compile(r"[,—–]\s*(?:as\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# Verbs that report words only after "as" and their speaker: "As the mayor put it, …", "…, as one trader puts it".
AS_ONLY_VERBS: Final = frozenset({"put it"})
AS_BEFORE_SPEAKER: Final = re.compile(r"(?<![\w'’-])as\s+(?:[\w.'’-]+\s+){0,3}$", re.IGNORECASE)
# ... or before "to", the one the words were put to, and "that": "the barrister put it to her that she had known".
PUT_TO_THAT: Final = re.compile(r"\s+to\s+(?:[\w.'’-]+\s+){1,5}?that\s", re.IGNORECASE)
# "We asked three specialists": a verb of asking reports a question only with one after it in its sentence, its
# listener perhaps between (its initials' stops too: "the U.S. attorney"; a question word, an infinitive, "for", "about", "a question", a colon or a quotation),
# or with none after the clause ('"Why?" she asked.'); "ask mostly about side effects" puts no question to anyone.
ASKING_VERBS: Final = frozenset({"ask"})
QUESTION_WORDS_AFTER_ASKING: Final = r"whether|if|why|how|what|when|where|who|which|to|for|that"
QUESTION_AFTER_ASKING: Final = re.compile(
    rf"\s*(?:[.,;:!?\"“”‘]|$)|\s+(?:[a-z]+ly\s+)?(?:{QUESTION_WORDS_AFTER_ASKING})\b"
    rf"|\s+(?![a-z]+ly\s)(?:[^.;!?]|(?<=[A-Z])\.){{0,160}}?(?:[:\"“‘]|\b(?:{QUESTION_WORDS_AFTER_ASKING}|about|questions?)\b)",
    re.IGNORECASE,
)
# "described the plan as reckless", "described how the water rose": a verb of describing reports a judgement or an
# account; "described long queues at water points" names what was seen, which is no claim (nor is it in the corpus gold).
DESCRIBING_VERBS: Final = frozenset({"describe"})
QUOTATION_NEXT: Final = re.compile(r"[ \t]*\n\s*[\"“‘]")  # ... or the account a quotation opening the next paragraph gives
# "as" after a short object (a few words, no clause punctuation, or none: "an explosion that he described as
# …", "is describing as “unhinged” a tweet") and before a predicate: not "as well as", nor
# "as" opening a clause of its own ("described long queues at water points as aid trucks arrived"), whose subject
# (not "a" or "an" and its noun, nor an adverb) has a finite verb.
AS_CLAUSE: Final = (
    r"(?!(?:a|an)\s)(?:(?![a-z]+ly\s)[\w'’-]+\s+){1,3}"
    r"(?:(?:was|were|is|are|had|has|have|did|would|will|could)\b|[a-z]+ed(?:(?=\s*(?:[.,;:!?]|$))|\s+(?:in|at|on|to|from|with|for)\b))"
)
DESCRIPTION_AFTER: Final = re.compile(
    rf"\s+(?:how|what|why|that)\b|\s*[:\"“‘]|(?:\s+(?!as\s)[^\s.,;:!?\"“]+){{0,6}}\s+as\s+(?!well\s+as\b)(?!{AS_CLAUSE})",
    re.IGNORECASE,
)
# "A survey found", "a report by the consultancy Acme found", "new polls show": a verb of evidence whose subject
# is a piece of evidence, named in the speaker or right before it; not a thing found somewhere ("documents
# found in his home").
EVIDENCE_NOUN_WORDS: Final = word_alternation(EVIDENCE_NOUNS)
EVIDENCE_NOUN: Final = re.compile(rf"(?<![\w-])(?:{EVIDENCE_NOUN_WORDS})(?![\w-])", re.IGNORECASE)
FINDER: Final = re.compile(rf"(?<![\w-])(?:{word_alternation(FINDERS)})(?![\w-])", re.IGNORECASE)
RECORDING: Final = re.compile(rf"(?<![\w-])(?:{word_alternation(SHOWING_RECORDINGS)})(?![\w-])", re.IGNORECASE)
EVIDENCE_OWNER_BEFORE: Final = re.compile(
    rf"(?<![\w-])(?:{EVIDENCE_NOUN_WORDS})\s+(?:(?:commissioned|conducted|published|released)\s+)?(?:by|from|of)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
EVIDENCE_OWNER_REACH: Final = 80
# "found the fleet was short": a clause whose subject is a noun phrase (its verb an auxiliary or "to be"), where
# "found twelve errors" is a thing found.
EVIDENCE_CLAUSE_AFTER: Final = re.compile(
    r"\s+(?:(?!(?:that|which|who)\b)[\w'’%$.-]+\s+){1,6}?(?:is|was|are|were|had|has|have|would|will|could|can|may|might|should|must)\b"
)
PLACE_AFTER: Final = re.compile(r"\s+(?:in|on|at|by|with|from|to|inside|near|during|after|before|under|among)\b", re.IGNORECASE)
# "Neither side said when …", "Nobody said": a speaker who is nobody makes no claim.
NOBODY: Final = re.compile(r"(?:neither|nobody|no\s+one|none)\b", re.IGNORECASE)
CueRule = Callable[[Sentence, Attribution, Surroundings], list[RawClaim] | None]
# Tried in order for every cue: the first rule that applies makes the cue's claims.
# Typed of any length: mypyc keeps a fixed-length tuple constant unboxed and builds a new tuple at each use.
CUE_RULES: Final[tuple[CueRule, ...]] = (according_to, *VERB_RULES, speaker_verb_object, leading)


@dataclass
class SentenceClaims:
    """A sentence's claims in cue order, and the attribution it leaves open for the next one."""

    claims: list[RawClaim]
    open_attribution: OpenAttribution | None

    def __init__(self, claims: list[RawClaim], open_attribution: OpenAttribution | None) -> None:  # compiled, as claims/model.py says
        self.claims, self.open_attribution = claims, open_attribution


def sentence_claims(sentence: Sentence, previous_quotation: Quotation | None) -> SentenceClaims:
    """Every claim the sentence's cues, punctuation and questions put introduce."""
    questions = questions_put(sentence)
    if not sentence.cues:  # a quotation alone, or a question put: no cue, so no speakers, stops or cue claims
        claims = punctuation_claims(sentence) + questions
        return SentenceClaims(claims, open_attribution(sentence, {}, claims))
    appositives = dispute_appositives(sentence)
    asking = {question.cue.span for question in questions if question.cue}
    disputing = {appositive.cue.span for appositive in appositives}
    # An appositive's cue makes no claim, but its speaker is the one a participle after it goes on with:
    # "…, a charge that the council denied, noting that C" is the council's C.
    cues = [cue for cue in sentence.cues if not sentence.refused_at(cue) and cue.span not in asking]
    speakers = cue_speakers(sentence, cues)
    spoken = [
        (cue, mention) for cue in cues
        if cue.span not in disputing and (mention := speakers[cue.span].mention) is not None and _viable(sentence, cue, mention)
    ]
    cues = [cue for cue, _ in spoken]
    # Where other attributions start: (speaker, cue) positions; a dispute appositive is both at once.
    stops = Stops.of(sentence.text, [Stop(a.span[0], a.span[0]) for a in appositives] + [Stop(mention.span[0], cue.span[0]) for cue, mention in spoken])
    # A question that opens the sentence ("Asked whether C, S said …") is no cue's content.
    opened = max((q.content[1] for q in questions if cues and q.content[1] <= cues[0].span[0]), default=sentence.span[0])
    claims = with_disputes(_cue_claims(sentence, cues, speakers, stops, previous_quotation, opened), appositives)
    claimed = {segment for claim in claims for segment in claim.segments}
    claims += [raw for raw in punctuation_claims(sentence) + questions if raw.segments[0] not in claimed]
    return SentenceClaims(claims, open_attribution(sentence, speakers, claims))


def _cue_claims(
    sentence: Sentence, cues: list[Cue], speakers: dict[Span, SpeakerFinding], stops: Stops, previous_quotation: Quotation | None,
    claimed_until: int,
) -> list[RawClaim]:
    """Each cue's claims, by the first rule that applies to it; words claimed before a cue (from claimed_until
    at first) are not content again."""
    claims: list[RawClaim] = []
    for cue in cues:
        paired = attribution(sentence, cue, speakers[cue.span])
        for raw in _first_rule(sentence, paired, Surroundings(stops, claimed_until, previous_quotation)):
            claims.append(raw)
            if raw.content[1] <= cue.span[0]:
                claimed_until = max(claimed_until, cue.span[1], paired.mention.span[1])
    return claims


def _first_rule(sentence: Sentence, attribution: Attribution, around: Surroundings) -> list[RawClaim]:
    """The claims of the first rule that applies to the cue (the last rule always does)."""
    for cue_rule in CUE_RULES:
        if (claims := cue_rule(sentence, attribution, around)) is not None:
            return claims
    return []


def _viable(sentence: Sentence, cue: Cue, speaker: Mention) -> bool:
    """A cue that often takes a noun object counts only before "that", a colon or a quotation, or after a
    quotation that it attributes ('"…," Noah Rothman tweeted Friday'); "deny" withholding a thing never does."""
    if cue.by_source or cue.possessed or sentence.quotation_ending_at(min(speaker.span[0], cue.span[0])):
        return True  # "as reported by S", "S's claim that" (what follows was checked), or a quotation that the cue attributes
    if NOBODY.match(speaker.text):
        return False
    if cue.lemma in ASKING_VERBS and not QUESTION_AFTER_ASKING.match(sentence.text, cue.span[1], sentence.span[1]):
        return False
    if cue.lemma in DESCRIBING_VERBS and not DESCRIPTION_AFTER.match(sentence.text, cue.span[1], sentence.span[1]):
        return QUOTATION_NEXT.match(sentence.text, sentence.span[1]) is not None  # "she described the morning. “I was …”"
    if cue.lemma in AS_ONLY_VERBS:
        speaker_reach = max(sentence.span[0], speaker.span[0] - TRAILING_FILLERS_WINDOW)
        return AS_BEFORE_SPEAKER.search(sentence.text, speaker_reach, speaker.span[0]) is not None \
            or PUT_TO_THAT.match(sentence.text, cue.span[1], sentence.span[1]) is not None
    if cue.lemma in QUOTED_OBJECT_VERBS:
        return _quotation_governed(sentence, cue)  # "blasted the board for its "reckless" plan"
    if cue.lemma in EVIDENCE_VERBS:
        if not (_evidence(sentence, speaker) or cue.lemma == "show" and RECORDING.search(speaker.text) or cue.lemma == "find" and FINDER.search(speaker.text)) or PLACE_AFTER.match(sentence.text, cue.span[1], sentence.span[1]) \
                and not that_after_adjunct(sentence.text[cue.span[1] : sentence.span[1]]):
            return False  # "found in his home", but not "found in March that …"
        if EVIDENCE_CLAUSE_AFTER.match(sentence.text, cue.span[1], sentence.span[1]):
            return True
    if withheld(sentence.text, cue.lemma, cue.span[1], sentence.span[1]):
        return False  # "denied bail": a thing withheld, not something said
    if not cue.needs_clause or cue.denial and names_something_said(sentence.text, cue.span[1], sentence.span[1]):
        return True  # "dismissed the claims": a denial that points back at what was said
    after = sentence.text[cue.span[1] : sentence.span[1]]
    if object_thing(sentence, speaker):
        return bool(that_after_adjunct(after) or CLAUSE_OR_QUOTE_AFTER.match(after))  # "a plan announced last month to …"
    lead = sentence.text[sentence.span[0] : speaker.span[0]]
    if (not lead.strip() or modifiers_only(lead)) and ADJUNCT_START.match(sentence.text, cue.span[1], sentence.span[1]):
        return True  # '"…" She wrote on Facebook.': a sentence of speaker and cue; the quotation before is what was written
    if that_after_adjunct(after) or CLAUSE_OR_QUOTE_AFTER.match(after):
        return True
    if TRAILING_LEAD.search(lead) and ADJUNCTS_TO_CLAUSE_END.match(after):
        return True
    return object_start(sentence, cue, speaker, cue.span[1]) is not None  # "announced his candidacy"


def _evidence(sentence: Sentence, speaker: Mention) -> bool:
    """Whether the speaker is a piece of evidence ("the survey"), or owns the one named right before it ("a report
    by the consultancy Acme")."""
    if EVIDENCE_NOUN.search(speaker.text) or EVIDENCE_NOUN.search(speaker.name):  # "a report that found": "that", named "a report"
        return True
    start = max(sentence.span[0], speaker.span[0] - EVIDENCE_OWNER_REACH)
    return EVIDENCE_OWNER_BEFORE.search(sentence.text, start, speaker.span[0]) is not None


def _quotation_governed(sentence: Sentence, cue: Cue) -> bool:
    """Whether a quotation opens after the cue within its clause, no stop or other cue between."""
    end = min(sentence.span[1], cue.span[1] + QUOTED_OBJECT_REACH)
    quotation = next((q for q in sentence.quotations if cue.span[1] <= q.outer[0] < end), None)
    if quotation is None:
        return False
    between = sentence.text[cue.span[1] : quotation.outer[0]]
    return not any(mark in between for mark in CLAUSE_ENDS) and not any(cue.span[1] < other.span[0] < quotation.outer[0] for other in sentence.cues)
