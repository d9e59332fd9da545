"""Rules for content that is the verb's object: "announced his candidacy", "called for a ban", "promised to cut taxes"."""
import re
from typing import Final

from claims.cues import Cue
from claims.lexicon import INFINITIVE_VERBS, OBJECT_CONTENT_VERBS
from claims.mentions import SPEAKER_NOUNS, Mention
from claims.patterns import fillers_only, uncontracted
from claims.rules.content import leading_contents
from claims.rules.pairing import Attribution, Surroundings
from claims.rules.records import RawClaim
from claims.rules.registry import rule
from claims.rules.sentence import Sentence

SPEAKER_VERB_OBJECT: Final = rule(
    "speaker-verb-object",
    'The speaker and a verb whose object is what was said: a noun phrase ("announced a new timetable", "called for '
    'a ban") or an infinitive ("promised to cut fares", "urged the council to act").',
    "Lena Vogt promised to reopen the pier by May.",
)

PARTICLE: Final = re.compile(r"\s+(?P<particle>[a-z]+)\b")
# An object opens with a word, not with a clause of its own ("announced that", "promised he would": the
# that-clause rules read those), a preposition ("announced on Monday") or a quotation.
OBJECT_START: Final = re.compile(
    r"\s+(?!(?:that|in|on|at|with|by|from|about|into|as|after|before|during|when|while|if|whether|because|since|"
    r"and|but|or|so|it|he|she|they|we|i|you|there|this|here|not|also|again|last|yesterday|today)\b)[\w$£€]"
)
# "to" and a verb, a few words of listener before it ("urged the council to act"); "to the board" is a listener.
INFINITIVE: Final = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|us|me|"
    r"reporters|journalists)\b)[a-z]"
)
# Verbs whose present forms are mostly nouns ("the jobs report", "weekly reports"): only their past tense takes
# its object as what was said ("the company reported a loss").
NOUN_FIRST_VERBS: Final = frozenset({"report"})
# "the state's 20 pledged delegates": a participle after a number describes a noun.
NUMBER: Final = re.compile(r"\d")
POSSESSIVE_START: Final = re.compile(r"(?:his|her|their|its|our|my|your)\b", re.IGNORECASE)
# "... talks since Trump announced sweeping duties": in a clause of time the announcing is an event the
# sentence dates something by, not an attribution.
TIME_CLAUSE_BEFORE: Final = re.compile(r"\b(?:since|after|before|when|until|once|as|while)\s+$", re.IGNORECASE)
TIME_WORD_WINDOW: Final = 8
# "reverses a plan announced last month to ...": a participle after a verb's object, "a" and a thing, describes the
# thing; "a spokesman announced", and "a plan" opening a clause ("..., and a local man promised to"), are subjects.
INDEFINITE_THING: Final = re.compile(r"an?\s+(?:[a-z-]+\s+)*(?P<head>[a-z-]+)", re.IGNORECASE)
OBJECT_BEFORE: Final = re.compile(r"(?<![\w'’-])(?!(?:and|but|or|while|as|when|because|so|if|though|although|that|which|who)\s)[a-z]+\s+$")
OBJECT_REACH: Final = 16


def object_start(sentence: Sentence, cue: Cue, speaker: Mention, position: int) -> int | None:
    """Where the cue's object begins, when the speaker stands right before the cue and the object is what was
    said; `position` is where words after the cue begin (past the listener of "told reporters")."""
    text, end = sentence.text, sentence.span[1]
    gap = text[speaker.span[1] : cue.span[0]]
    if speaker.span[1] > cue.span[0] or not fillers_only(uncontracted(gap, cue.participle).lstrip(" ,")) or NUMBER.search(gap) or _noun_form(cue, speaker):
        return None
    if TIME_CLAUSE_BEFORE.search(text, max(sentence.span[0], speaker.span[0] - TIME_WORD_WINDOW), speaker.span[0]):
        return None
    lemma = cue.lemma
    if (particle := PARTICLE.match(text, position, end)) and f"{lemma} {particle['particle']}" in OBJECT_CONTENT_VERBS:
        lemma, position = f"{lemma} {particle['particle']}", particle.end()
    if not OBJECT_START.match(text, position, end):
        return None
    if lemma in OBJECT_CONTENT_VERBS or lemma in INFINITIVE_VERBS and INFINITIVE.match(text, position, end):
        return position
    return None


def object_thing(sentence: Sentence, speaker: Mention) -> bool:
    """Whether the speaker is a verb's object, "a" and a singular noun that names no one who speaks ("reverses a
    plan", not "a spokesman" nor a clause's subject)."""
    if speaker.kind != "role" or speaker.text[:2].lower() not in ("a ", "an"):
        return False
    thing = INDEFINITE_THING.fullmatch(speaker.text)
    if thing is None or thing["head"].endswith("s") or thing["head"].lower() in SPEAKER_NOUNS:
        return False
    start = speaker.span[0]
    return OBJECT_BEFORE.search(sentence.text, max(sentence.span[0], start - OBJECT_REACH), start) is not None


def _noun_form(cue: Cue, speaker: Mention) -> bool:
    """"her firmest promise to ...": the base form after a possessive is a noun, and its "speaker" no subject;
    "the jobs report exceeded ...": so is any present form of a verb that is mostly a noun."""
    if cue.lemma in NOUN_FIRST_VERBS and not cue.text.endswith("ed"):
        return True
    return cue.text == cue.lemma and POSSESSIVE_START.match(speaker.text) is not None


def speaker_verb_object(sentence: Sentence, attribution: Attribution, around: Surroundings) -> list[RawClaim] | None:
    """"S announced X", "S called for X", "S promised to do X": the object is the content."""
    speaker = attribution.speaker
    if speaker.inverted or speaker.relative:
        return None
    start = object_start(sentence, attribution.cue, attribution.mention, attribution.content_start)
    if start is None:
        return None
    spans = leading_contents(sentence, start, around.stops, False, infinitive=True)
    return [RawClaim(tuple(spans), attribution.cue, attribution.mention, SPEAKER_VERB_OBJECT)] if spans else []
