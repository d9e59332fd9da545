"""Reporting cues in a sentence: verbs of saying, "according to", and refusals that are not claims."""
import re
from dataclasses import dataclass
from typing import Final

from claims.lexicon import (
    ANONYMOUS_HEADS,
    CONCEDING_VERBS,
    CONTINUING_PHRASES,
    DENIAL_VERBS,
    ENDING_VERBS,
    FALSITY_MODIFIERS,
    MEDIA_NOUNS,
    NON_CLAIM_CUES,
    NOUN_OBJECT_VERBS,
    OBJECT_VERBS,
    REPORTING_VERBS,
    TITLES,
)
from claims.model import Span
from claims.patterns import word_alternation
from claims.scanning import WordBeforeSpace, ascii_letter_runs, holds_any, stripped_end, stripped_start
from claims.spans import SpanIndex


# A lower-case reporting-verb form standing as a whole word (not "so-called"); a "pointed out"-, "shot back"- or
# "put it"-style pair first.
PAIRS, WORDS = ([form for form in REPORTING_VERBS if re.fullmatch(shape, form)] for shape in (r"[a-z]+ (?:out|back|it)", r"[a-z]+"))
VERB_FORM: Final = r"(?:" + (rf"{word_alternation(PAIRS)}\b|" if PAIRS else "") + rf"{word_alternation(WORDS)}(?![a-z]))"
ACCORDING_TO: Final = r"[Aa]ccording to\b"
# "per" in the sense of "according to": "Per the company, sales fell", "sales fell, per Reuters." Capitalised, only
# before a determiner, for "Per" is a first name too ("Per Nilsson, a fan, said"); after a comma, only with its
# source ending the sentence: set off mid-clause it is as often "as the plan sets out" ("half of it, per the
# scheme, is due in May").
PER_WORD: Final = re.compile(r"[Pp]er\s")  # what every match of PER_SOURCE opens with; sre skips to its first letters
PER_SOURCE: Final = re.compile(
    r"P(?<![\w'’-]P)er(?=\s+(?:the|a|an|his|her|its|their)\s)"
    r"|(?<=,\s)per(?=\s+(?:the\s+|an?\s+|his\s+|her\s+|its\s+|their\s+|[A-Z])[^,;:\"“”]{1,80}?[.!?]?[\"”’]?\s*$)"
)
# Both in one scan of the sentence (neither can overlap the other: no form is "according" or "to"). The scan
# reads the character before a cue (not a word character, nor a hyphen before a verb: "so-called" is no cue),
# which lets sre skip to the spaces and punctuation instead of trying every letter; a cue that opens the text
# has no character before it and is matched on its own.
CUE: Final = re.compile(rf"\W(?:(?<=[^\w-])(?P<verb>{VERB_FORM})|(?P<according>{ACCORDING_TO}))")
CUE_OPENING: Final = re.compile(rf"(?P<verb>{VERB_FORM})|(?P<according>{ACCORDING_TO})")
# Every cue CUE finds is a whole run of lower-case letters in the text ("said" of '"…," said'), or "ccording"
# after a capital A: the runs of a sentence tell which forms it holds, and CUE is tried only before those
# (found by str.find) instead of after every space.
# Each run is looked for in the text by the string it stands for, that many characters after the cue's start.
CUE_RUNS: Final = {form.encode(): (form, 0) for form in WORDS + [pair.split()[0] for pair in PAIRS]} | {
    b"according": ("ccording", 1), b"ccording": ("ccording", 1)
}
CUE_RUN_KEYS: Final = frozenset(CUE_RUNS)
# Matched in the lower-cased text: a case-blind alternation costs sre a try per phrase at every character, where
# a plain one skips ahead to the phrases' first letters (twenty times faster), and a trie-shaped one reads each
# letter once where the phrases share it (ten times faster again). No phrase begins another, so the trie's
# longest-first order finds what the list's order finds.
NON_CLAIM: Final = re.compile(word_alternation(phrase.lower() for phrase in NON_CLAIM_CUES))
# Each phrase's longest word, which a text holding the phrase holds: str.find looks for a few words faster than
# the pattern reads a sentence that holds none (as nearly all do).
NON_CLAIM_KEYS: Final = tuple(sorted({max(phrase.lower().split(), key=len) for phrase in NON_CLAIM_CUES}))
# A verb form used as a noun or in the passive is no cue: "the claims", "his remarks", "was reported".
DETERMINER_BEFORE: Final = WordBeforeSpace(
    "the a an his her their its our my your these those such this new previous recent to whose "
    "unconfirmed multiple numerous".split() + list(FALSITY_MODIFIERS)  # "his baseless claim", "multiple reports"
)
# A quantifier before a plural form makes it a noun ("many reports", "some claims"); before any other form it
# is the subject ("Some say", "Many said").
QUANTIFIER_BEFORE: Final = WordBeforeSpace("many some several".split())
# "a video posted on Sunday": the participle describes the thing (in lower case: "The Valley Post reported" is a name).
# The noun phrase with its determiner and a word or two before the noun ("in a new video posted").
MEDIA_NOUN_BEFORE: Final = re.compile(
    rf"(?<![\w'’-])(?:(?:a|an|the|this|these|those|his|her|their|its|our|my|your)\s+(?:[a-z][\w-]*\s+){{0,2}}?)?"
    rf"(?:{word_alternation(MEDIA_NOUNS)})\s+$"
)
MEDIA_NOUN_REACH: Final = 40
# What follows such a participle: when or where it was posted, and no content ("The statement added on Monday that").
CIRCUMSTANCE_WORDS: Final = "on|in|to|at|by|from|online|earlier|overnight|late|last|this|after|during"
MEDIA_CIRCUMSTANCE_AFTER: Final = re.compile(rf"\s+(?:{CIRCUMSTANCE_WORDS})\b(?![^,;:\"“]*\bthat\b)")
FINITE_CUE_FORMS: Final = [form for form in WORDS if not form.endswith("ing")]
# The main verb after those circumstances, which the thing is the subject of ("A video posted on Sunday showed …").
# Each circumstance is a preposition and its noun ("on Monday", "by the council", "to YouTube") or a time word
# ("earlier", "last week"): a noun phrase right after one is a subject ("on Monday the bridge was safe").
NAME_WORDS: Final = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
CIRCUMSTANCE: Final = (
    rf"(?:(?:on|in|to|at|by|from|after|during)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:{NAME_WORDS}|[a-z][\w-]*)"
    rf"|(?:online|earlier|overnight|late|last|this)(?:\s+(?:week|month|year|morning|night|afternoon|evening|{NAME_WORDS}))?)"
)
MAIN_VERB_AFTER_CIRCUMSTANCE: Final = re.compile(
    rf"(?:\s+{CIRCUMSTANCE}){{1,3}},?\s+"
    rf"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|[a-z]+ed|{word_alternation(FINITE_CUE_FORMS)})\b"
)
# "lowered its full-year profit forecast": a noun form after a possessive and a word or two of its own, the object
# of the verb before them (not "and their economist forecast", where a subject follows the conjunction). The
# pattern opens with the possessives' letters, which sre skips to; the word before them is read afterwards.
POSSESSED_COMPOUND_BEFORE: Final = re.compile(r"(?:its|their|his|our|my|your)\s+(?:(?!(?:that|who|which)\b)[a-z][\w-]*\s+){1,2}$")
VERB_BEFORE_POSSESSIVE: Final = re.compile(
    r"(?<![\w'’-])(?!(?:and|but|or|while|as|because|when|if|though|although|that|so)\s)[a-z]+\s+$"
)
POSSESSED_COMPOUND_REACH: Final = 50
# "Trump's claims" is a possessive; "He's predicting", "who's argued" is a pronoun and "is" or "has". The pattern
# opens with the apostrophe and looks behind it afterwards, so that sre skips to the apostrophes.
POSSESSIVE_BEFORE: Final = re.compile(r"['’](?<!\bhe['’])(?<!\bshe['’])(?<!\bwho['’])s\s+$", re.IGNORECASE)
# A preposition before the base or -s form makes it a noun, with or without its article ("picked up on tweet from a
# reporter", "in reply to"): a verb never follows one.
PREPOSITION_BEFORE: Final = WordBeforeSpace("on in from of with about over against into upon by".split())
# After a form of "be", a past participle is passive ("was told"), but an -ing form is progressive ("is saying").
PASSIVE_BEFORE: Final = WordBeforeSpace("was were is are be been being".split())
# ... and so it is with an adverb between ("It is widely accepted that", "was later told"), looked for only after
# the endings such an adverb has.
ADVERB_BEFORE_PASSIVE: Final = re.compile(
    r"(?<![\w'’-])(?:was|were|is|are|be|been|being)\s+(?:[a-z]+ly|now|also|still|already|later)\s+$", re.IGNORECASE
)
ADVERB_ENDS: Final[tuple[str, ...]] = ("ly", "now", "also", "still", "already", "later")
# "agreed that", "accepted that" grant a point put to one person ("Under cross-examination, she agreed that …"):
# the subject is "he", "she", "I" or a name (a capitalised word not after "the"), with perhaps an adverb between;
# "Both leaders agreed that", "The council agreed that" record a decision, not a claim. "refused to accept that"
# is a refused concession (the word before is "to").
GRANTING_VERBS: Final = frozenset({"agree", "accept"})
ONE_GRANTER_BEFORE: Final = re.compile(
    r"(?:(?<![\w'’-])(?:he|she|I|to)|(?<![Tt]he\s)(?<![\w'’.-])(?!(?:They|We|It|You)\s)(?P<name>[A-Z][\w'’-]*))\s+(?:(?:[a-z]+ly|later|also|then)\s+)?$"
)
# ... or a share of people polled ("Only 52 percent of registered voters agreed that …"): each one's view.
SHARE_OF_PEOPLE_BEFORE: Final = re.compile(
    r"(?:%|(?<![\w'’-])(?:percent|cent|majority|minority|half|thirds?|quarters?))(?:\s+of)?(?:\s+[\w'’-]+){0,3}\s+$", re.IGNORECASE
)
SHARE_OF_PEOPLE_REACH: Final = 50
# A noun-like form (the base or -s form) followed by "by" is a noun ("a report by"); followed by a verb of being
# or an auxiliary, it is the subject of its clause ("the tax claim was", "the reports have").
# So is one followed by a participle and its agent ("the tax claim made by ministers").
NOT_A_CUE_AFTER: Final = re.compile(r"\s+(?:(?:[a-z]+(?:ed|en)|made)\s+)?by\b|\s+(?:was|were|is|are|has|have|had|will|would|could|should|can|may|might|must)\b")
# "which Democrats say could help", "who officials say is tied to": a relative pronoun, then the subject (up to
# six words, no comma), then the verb. Only for verbs that are seldom nouns ("the reports that officials
# reports are" is no sentence).
GAPPED_RELATIVE_BEFORE: Final = re.compile(r"(?<![\w-])(?:which|that|who|whom)\s+(?:[\w.'’-]+\s+){1,6}$", re.IGNORECASE)
GAPPED_RELATIVE_REACH: Final = 80
GAPPED_RELATIVE_VERBS: Final = frozenset({"say", "argue", "insist", "contend"})
# "people accused of plotting": verbs that put their object before "of" ("accused him of") are passive when
# "of" follows them directly; "warned of" and "spoke of" are not of this kind.
# "a Twitter comment that", "one campaign pledge": the base form after a singular determiner and a modifier is
# a noun (a singular subject would take the -s form).
# A share is plural ("a third say", "a majority say").
SINGULAR_MODIFIED_BEFORE: Final = re.compile(
    r"\b(?:a|an|one|another|every|each)\s+(?!(?:third|quarter|fifth|majority|minority|plurality|few)\s)[\w'’-]+\s+$", re.IGNORECASE
)
OBJECT_THEN_OF_VERBS: Final = frozenset({"accuse", "suspect", "convict", "acquit"})
PASSIVE_OF_AFTER: Final = re.compile(r"\s+of\b")
# "a company called Sansun USA", "a party called “Anti-Prom”": "called" after the noun of a thing (its determiner a
# few words back) and before a name names the thing; a person named by their role ("one lawmaker called …") is a
# speaker still.
NAMING_FORMS: Final = frozenset({"called"})
NAMED_NOUN_BEFORE: Final = re.compile(
    r"(?<![\w-])(?i:a|an|the|another|one|this|that)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?P<noun>(?!(?:he|she|it|we|they|who|which|that|has|have|had|is|was|also|then|later|once)\s)[a-z][a-z-]*(?<!ly))\s+$"
)
NAMED_NOUN_REACH: Final = 60
# The name: quoted, or capitalised words; a noun phrase or quotation after it says what the thing was called
# ("called Oz a quack", 'called the plan "a disgrace"').
NAME_AFTER: Final = re.compile(
    r"\s+(?:(?:a|an|the)\s+)?(?>[“\"‘'][^“”\"‘’']{1,80}[”\"’']|[A-Z0-9][\w.&'’-]*(?:\s+[A-Z0-9][\w.&'’-]*)*)"
    r"(?!\s+(?:a|an|the|[“\"‘']))"
)
PERSON_NOUNS: Final = ANONYMOUS_HEADS | frozenset(title.split()[-1] for title in TITLES)
# "adding to his lead", "added to the pressure", "added another title to": a verb that also means "increase", with
# "to" and what grows after it (and not the listener: "added to reporters that …"), or a new thing added.
INCREASING_VERBS: Final = frozenset({"add"})
INCREASE_AFTER: Final = re.compile(r"\s+(?:to\s+(?!reporters\b|journalists\b)|(?:another|a\s+new|an\s+extra)\s)", re.IGNORECASE)  # "adds another title to"
# "a biography written by", "the country described by the president": a past participle with its agent is
# passive ("concluded by saying" goes on speaking); after a preposition it describes a noun ("a lead in pledged
# delegates").
# "would add about $900,000 a year", "added some 300 jobs": an amount after the verb is what grows.
AMOUNT_AFTER: Final = re.compile(r"\s+(?:(?:about|around|roughly|nearly|almost|some|another|over|up\s+to|more\s+than)\s+)?[$£€]?\d")
# "a single written offer": a form that is only ever a past participle ("written") is a cue only after "have".
PERFECT_BEFORE: Final = re.compile(r"(?:\bhas|\bhave|\bhad|\bhaving|['’]s|['’]ve|['’]d)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
PERFECT_REACH: Final = 30
PASSIVE_AGENT_AFTER: Final = re.compile(r"\s+by\s+(?![a-z]+ing\b)")
PAST_PARTICIPLE_ENDINGS: Final[tuple[str, ...]] = ("ed", "en")
# "after the interview concluded, …": a verb that also means "end", in a clause of time with nothing after it.
TIME_CLAUSE_BEFORE: Final = re.compile(r"\b(?:after|when|before|until|once|as)\s+(?:[\w'’-]+\s+){1,6}$", re.IGNORECASE)
NOTHING_AFTER: Final = re.compile(r"\s*(?:[,.;]|$)")
TIME_CLAUSE_REACH: Final = 60  # characters before the verb searched for the clause's conjunction
# "As first reported by the Gazette, …", "…, as reported by the Gazette": the source follows "by".
AS_BEFORE: Final = re.compile(r"(?<![\w-])[Aa]s\s+(?:(?:first|originally|previously|later|[a-z]+ly)\s+)?$")
AS_REACH: Final = 20
BY_AFTER: Final = re.compile(r"\s+by\b")
# "refused, generally, to concede that": a refusal before a verb that grants a point (the "to" makes no noun of it).
REFUSAL_BEFORE: Final = re.compile(r"\b(?:refused|refuses|refusing|declined|declines|declining)(?:\s*,[^,]{1,25},)?\s+to\s+$", re.IGNORECASE)
REFUSAL_WINDOW: Final = 50
# "Lee's claim that …", "his promise to …", "their calls for …": a reporting noun right after its possessor,
# followed by what was said (a that-clause, an infinitive, or "for" what was called for; "staking its claim for"
# is no speech). Newsroom usage.
SPEECH_NOUNS: Final = frozenset("claim claims promise promises pledge pledges vow vows calls remark remarks charge".split())
POSSESSOR_BEFORE: Final = re.compile(r"(?:['’]s|(?<![\w-])(?:his|her|their|its))\s+$", re.IGNORECASE)
SPEECH_NOUN_CONTENT: Final = re.compile(
    r"\s+(?:that\s|to\s+(?!(?:the|a|an|his|her|their|its|him|them|us|me|be\s+the)\b)[a-z]+\b(?<![^su]s)|(?<=calls\s)for\s)"
)  # "to" and a verb, not a plural listener ("her promise to voters")
# "went on to say", "continues to insist", "was quick to point out": the subject says it (SPEAKER_CUE_FILLERS
# holds the same phrases, which stand between the speaker and the cue).
CONTINUING_BEFORE: Final = re.compile(rf"\b(?:{'|'.join(CONTINUING_PHRASES)})\s+$", re.IGNORECASE)
CONTINUING_REACH: Final = 30
# "led her to declare that …", "went on the radio to say: "…"": "to" and a verb of saying whose content follows
# ("that" or a quotation) report what the subject, or the object before "to", said. Not after a refusal or a
# negation ("declined to say that", "did not want to say that"): nothing was said.
TO_BEFORE: Final = re.compile(r"(?<![\w-])to\s+$")
SAID_CONTENT_AFTER: Final = re.compile(r"\s+that\b(?!['’])|\s*[:,]\s*[\"“]")  # not a quoted object: "to counter "the rhetoric""
UNSAID_BEFORE: Final = re.compile(r"(?:\bnot|\bnever|n['’]t|\brefus\w*|\bdeclin\w*|\bunwilling|\breluctant|\bhesitant)\s+(?:[\w'’]+\s+){0,2}to\s+$", re.IGNORECASE)
UNSAID_REACH: Final = 40
# "rejected claims he pressured", "denied reports that": a form right after another cue is its object, a noun.
CUE_RIGHT_BEFORE: Final = re.compile(r"(?<![\w-])(?P<word>[a-z]+)\s+$")
# "dismissed Labour Party claims": a cue, then the named owner of the noun form after it.
NAMED_OBJECT_BEFORE: Final = re.compile(r"(?<![\w-])(?P<word>[a-z]+)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}$")
NAMED_OBJECT_REACH: Final = 60
# "Lee was quoted as saying", "was quoted by the agency as saying", "the agency quoted Lee as saying": a quotation
# relayed by another, whose participle is the speaker's own verb; its subject (passive) or the object of
# "quoted" (active) speaks, and "quoted" is no cue of its own. Newsroom usage for wire and state-media copy.
RELAYED_BEFORE: Final = re.compile(
    r"(?<![\w-])(?P<quoted>quot(?:ed|es|e))(?:\s+(?P<agent>by\s)?(?P<words>[^,;:.\"“”]{1,80}?))?\s+(?P<as>as)\s+$", re.IGNORECASE
)
RELAYED_REACH: Final = 100
QUOTE_LEMMA: Final = "quote"

# "Noting that the fund was empty, she said …": a participle of saying that opens the sentence with its
# that-clause (the subject of the main clause after the comma says it).
OPENING_PARTICIPLE: Final = re.compile(r"\s*(?P<verb>[A-Z][a-z]+ing)\s+that\b")


@dataclass
class Cue:
    """A reporting verb or phrase, with the lemma that the verb lists know it by."""

    span: Span
    text: str
    lemma: str
    according_to: bool = False
    by_source: bool = False  # "as reported by": the source follows, as after "according to"
    possessed: bool = False  # "Lee's claim that", "her promise to": a noun whose possessor speaks
    infinitive: bool = False  # "led her to declare that": said by the subject, or the object before "to"
    relayed: bool = False  # "was quoted as saying": the speaker's own verb, finite, in another's quotation of them

    def __init__(  # compiled, as claims/model.py says
        self, span: Span, text: str, lemma: str, according_to: bool = False, by_source: bool = False,
        possessed: bool = False, infinitive: bool = False, relayed: bool = False,
    ) -> None:
        self.span, self.text, self.lemma, self.according_to, self.by_source = span, text, lemma, according_to, by_source
        self.possessed, self.infinitive, self.relayed = possessed, infinitive, relayed
        # Read once here: the rules ask about them again and again.
        self.denial = self.lemma in DENIAL_VERBS
        self.takes_object = self.lemma in OBJECT_VERBS
        self.needs_clause = self.lemma in NOUN_OBJECT_VERBS  # often takes a noun object: content must be a that-clause or a quotation
        self.participle = self.text.endswith("ing") and not self.relayed


def refusal_start(text: str, cue: Cue) -> int | None:
    """Where "refused to" stands before a conceding cue ("refused to concede that …", "declined to acknowledge
    that …": a point not granted, which is denied), if it does."""
    if cue.lemma not in CONCEDING_VERBS:
        return None
    refusal = REFUSAL_BEFORE.search(text, max(0, cue.span[0] - REFUSAL_WINDOW), cue.span[0])
    return refusal.start() if refusal else None


def refused_concession(text: str, cue: Cue) -> bool:
    return refusal_start(text, cue) is not None


def _speaking_on(text: str, cue: Cue) -> bool:
    """"went on to say", "continues to insist": an infinitive that goes on speaking (the "to" makes no noun of it)."""
    return CONTINUING_BEFORE.search(text, max(0, cue.span[0] - CONTINUING_REACH), cue.span[0]) is not None


def _infinitive_saying(text: str, cue: Cue, end: int) -> bool:
    """"to declare that …", "to say: "…"": an infinitive of saying with its content after it, not refused."""
    if cue.text != cue.lemma or not TO_BEFORE.search(text, max(0, cue.span[0] - 4), cue.span[0]):
        return False
    if not SAID_CONTENT_AFTER.match(text, cue.span[1], end):
        return False
    return UNSAID_BEFORE.search(text, max(0, cue.span[0] - UNSAID_REACH), cue.span[0]) is None


def _possessed_compound(text: str, span: Span, start: int, end: int) -> bool:
    """"cut its growth forecast", "raised their sales estimates": the form ends a possessed noun phrase (not
    "said its economist forecast that …", a verb with its content)."""
    if SAID_CONTENT_AFTER.match(text, span[1], end):
        return False
    window = max(start, span[0] - POSSESSED_COMPOUND_REACH)
    possessed = POSSESSED_COMPOUND_BEFORE.search(text, window, span[0])
    if possessed is None or not text[possessed.start() - 1 : possessed.start()].isspace():
        return False  # "bits", "this": no possessive
    return VERB_BEFORE_POSSESSIVE.search(text, window, possessed.start()) is not None


def _describes_media(text: str, span: Span, start: int, end: int) -> bool:
    """"in a video posted on Sunday", "a letter sent to staff": a participle after a thing posted or sent, with when
    or where after it, describes the thing where the thing is the object of a preposition or a verb, or where a main
    verb follows ("A video posted on Sunday showed …"); not "The statement claimed on Monday the bridge was safe"."""
    if MEDIA_CIRCUMSTANCE_AFTER.match(text, span[1], end) is None:
        return False
    window = max(start, span[0] - MEDIA_NOUN_REACH)
    if (thing := MEDIA_NOUN_BEFORE.search(text, window, span[0])) is None:
        return False
    return VERB_BEFORE_POSSESSIVE.search(text, window, thing.start()) is not None or MAIN_VERB_AFTER_CIRCUMSTANCE.match(text, span[1], end) is not None


def find_cues(text: str, start: int, end: int, quoted: SpanIndex) -> list[Cue]:
    """Cues between start and end that stand outside quotations, in text order."""
    cues = []
    if (opening := opening_participle(text, start, end)) and (lemma := REPORTING_VERBS.get(opening["verb"].lower())):
        cues.append(Cue(opening.span("verb"), opening["verb"], lemma))
    for match in cue_matches(text, start, end):
        group = match.lastgroup
        assert group is not None  # CUE's alternatives are each a named group, one of which matched
        span, form = match.span(group), match[group]
        if match["according"]:
            if not quoted.covers(span[0]):
                cues.append(Cue(span, form, "according to", according_to=True))
            continue
        before = max(start, span[0] - 20)
        cue = Cue(span, form, REPORTING_VERBS[form])
        if form in SPEECH_NOUNS and POSSESSOR_BEFORE.search(text, before, span[0]) and SPEECH_NOUN_CONTENT.match(text, span[1], end):
            cues.append(Cue(span, form, cue.lemma, possessed=True))
            continue
        if quoted.covers(span[0]) or POSSESSIVE_BEFORE.search(text, before, span[0]):
            continue
        if cue.lemma in GRANTING_VERBS and not cue.participle and not _granted_by_one(text, start, span[0]):
            continue
        if DETERMINER_BEFORE.search(text, before, span[0]) and not (refused_concession(text, cue) or _speaking_on(text, cue)):
            if _infinitive_saying(text, cue, end):
                cues.append(Cue(span, form, cue.lemma, infinitive=True))
            continue
        if cue.text in (cue.lemma + "s", cue.lemma + "es") and QUANTIFIER_BEFORE.search(text, before, span[0]):
            continue
        if cue.text in (cue.lemma, cue.lemma + "s") and _possessed_compound(text, span, start, end):
            continue
        if form.endswith("ed") and _describes_media(text, span, start, end):
            continue
        if (as_by := _as_reported_by(text, cue, start, end)) is not None:
            cues.append(as_by)
            continue
        if not cue.participle and _passive(text, before, span[0]) or _noun_or_passive(text, cue, before, end):
            continue
        cues.append(_relayed(text, cue, start) or cue)
    if (per_cues := _per_cues(text, start, end, quoted)):
        cues = sorted(cues + per_cues, key=lambda cue: cue.span)
    return _without_relaying(cues)


def _per_cues(text: str, start: int, end: int, quoted: SpanIndex) -> list[Cue]:
    """"per" cues, which stand as "according to" does, outside quotations. Tried only where "per" and a space stand
    (as at the end of "paper "), with which every match opens: sre tried PER_SOURCE's look-behind at every character
    of every sentence (a third of a million instructions a bench article), and a pattern's scan of each sentence
    costs more than two `str.find`."""
    if text.find("per", start, end) < 0 and text.find("Per", start, end) < 0:
        return []
    return [
        Cue(match.span(), match.group(), "according to", according_to=True)
        for word in PER_WORD.finditer(text, start, end)
        if (match := PER_SOURCE.match(text, word.start(), end)) and not quoted.covers(match.start())
    ]


def _granted_by_one(text: str, start: int, end: int) -> bool:
    """Whether the subject before a granting verb ending at `end` is one person or a share of people polled."""
    granter = ONE_GRANTER_BEFORE.search(text, max(start, end - 20), end)
    return granter is not None and not _plural_of_people(granter.group("name")) \
        or SHARE_OF_PEOPLE_BEFORE.search(text, max(start, end - SHARE_OF_PEOPLE_REACH), end) is not None


def _plural_of_people(word: str | None) -> bool:
    """Whether a capitalised subject is the plural of a title or of people named by what they do ("Ministers",
    "Officials"), not a name ending in "s" ("Jones")."""
    if word is None or not word.endswith("s"):
        return False
    lowered = word.lower()
    return lowered[:-1] in TITLES or lowered in ANONYMOUS_HEADS


def _passive(text: str, start: int, end: int) -> bool:
    """Whether a form of "be", perhaps with an adverb after it, ends text[start:end] ("was told", "is widely accepted");
    the adverb may be followed by any run of spaces, tabs or line breaks."""
    if PASSIVE_BEFORE.search(text, start, end):
        return True
    return text.endswith(ADVERB_ENDS, start, stripped_end(text, start, end)) and ADVERB_BEFORE_PASSIVE.search(text, start, end) is not None


def opening_participle(text: str, start: int, end: int) -> re.Match[str] | None:
    """OPENING_PARTICIPLE.match(text, start, end), tried only where the first word (after spaces) is a
    capitalised -ing form before a space, as in few sentences; and read only in a sentence holding "that"
    (found in C, where reading the first word letter by letter costs a call per letter)."""
    if text.find("that", start, end) < 0:
        return None
    first = stripped_start(text, start, end)
    letters = first + 1
    while letters < end and _is_ascii_lower(text[letters]):
        letters += 1
    if letters >= end or letters - first < 5 or not "A" <= text[first] <= "Z" or not text.startswith("ing", letters - 3) or not text[letters].isspace():
        return None
    return OPENING_PARTICIPLE.match(text, start, end)


def cue_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The matches of a verb form or "according to" standing as a whole word between start and end."""
    matches = []
    if start == 0 and (opening := CUE_OPENING.match(text, 0, end)):
        matches.append(opening)
        start = opening.end()
    # What CUE.finditer(text, scan_from, end) finds: a match is tried before each form, where it can start,
    # in text order, past the end of the match before.
    scan_from = max(0, start - 1)
    matched_until = scan_from
    for position in _cue_starts(text, scan_from, end):
        if position >= matched_until and (match := CUE.match(text, position, end)):
            matches.append(match)
            matched_until = match.end()
    return matches


def _is_ascii_lower(character: str) -> bool:
    return "a" <= character <= "z"


def _cue_starts(text: str, start: int, end: int) -> list[int]:
    """Where CUE can match in text[start:end], in order: one character before each form that the runs of
    lower-case letters hold (a few more places at most)."""
    starts = set()
    # The runs that are keys, found by a set intersection in C: the words are many, and few are keys.
    for form, offset in {CUE_RUNS[run] for run in CUE_RUN_KEYS.intersection(ascii_letter_runs(text, start, end))}:
        found = text.find(form, start, end)
        while found >= 0:
            starts.add(found - offset - 1)
            found = text.find(form, found + 1, end)
    return sorted(starts)


def _as_reported_by(text: str, cue: Cue, start: int, end: int) -> Cue | None:
    """"as (first) reported by": the whole phrase as one cue, whose source follows it."""
    if not cue.text.endswith("ed") or not (by_after := BY_AFTER.match(text, cue.span[1], end)):
        return None  # the cheap tests first: most cues are no participle, or have no "by" after them
    as_before = AS_BEFORE.search(text, max(start, cue.span[0] - AS_REACH), cue.span[0])
    if not as_before:
        return None
    span = (as_before.start(), by_after.end())
    return Cue(span, text[slice(*span)], cue.lemma, by_source=True)


def _relayed(text: str, cue: Cue, start: int) -> Cue | None:
    """"(was) quoted (by S) as saying": the participle as a finite cue, from "quoted" in the passive (its subject
    speaks) or from "as" after the object of "quoted" (the object speaks)."""
    if not cue.participle:
        return None
    found = RELAYED_BEFORE.search(text, max(start, cue.span[0] - RELAYED_REACH), cue.span[0])
    if found is None:
        return None
    active = found["words"] is not None and found["agent"] is None
    span = (found.start("as") if active else found.start("quoted"), cue.span[1])
    return Cue(span, text[slice(*span)], cue.lemma, relayed=True)


def _without_relaying(cues: list[Cue]) -> list[Cue]:
    """The cues without a "quoted" whose quotation a relayed participle after it reports."""
    relayed = [cue.span[0] for cue in cues if cue.relayed]
    return [
        cue for cue in cues
        if not (cue.lemma == QUOTE_LEMMA and any(0 <= start - cue.span[1] <= RELAYED_REACH for start in relayed))
    ]


def _noun_or_passive(text: str, cue: Cue, before: int, end: int) -> bool:
    """Whether the form is a noun or a passive participle here, judged by the words beside it."""
    noun_like = cue.text in (cue.lemma, cue.lemma + "s", cue.lemma + "es")  # "claim", "reports"; not "said" ("what she said was")
    if noun_like and (
        NOT_A_CUE_AFTER.match(text, cue.span[1], end) and not _gapped_relative(text, cue, end)
        or PREPOSITION_BEFORE.search(text, before, cue.span[0])
    ):
        return True
    if cue.text == cue.lemma and SINGULAR_MODIFIED_BEFORE.search(text, before, cue.span[0]):
        return True
    if cue.lemma in OBJECT_THEN_OF_VERBS and cue.text.endswith("ed") and PASSIVE_OF_AFTER.match(text, cue.span[1], end):
        return True
    if cue.lemma in INCREASING_VERBS and (INCREASE_AFTER.match(text, cue.span[1], end) or AMOUNT_AFTER.match(text, cue.span[1], end)):
        return True
    if cue.text.endswith("en") and cue.text != cue.lemma and not PERFECT_BEFORE.search(text, max(0, cue.span[0] - PERFECT_REACH), cue.span[0]):
        return True
    if not noun_like and cue.text.endswith(PAST_PARTICIPLE_ENDINGS) and (
        PASSIVE_AGENT_AFTER.match(text, cue.span[1], end) or PREPOSITION_BEFORE.search(text, before, cue.span[0])
    ):
        return True
    if cue.text in NAMING_FORMS and _names_thing(text, cue, end):
        return True
    if cue.lemma in ENDING_VERBS and NOTHING_AFTER.match(text, cue.span[1], end) and \
            TIME_CLAUSE_BEFORE.search(text, max(0, cue.span[0] - TIME_CLAUSE_REACH), cue.span[0]):
        return True
    owner = named_object_before(text, max(0, cue.span[0] - NAMED_OBJECT_REACH), cue.span[0]) if noun_like else None
    if owner and owner["word"] in REPORTING_VERBS:
        return True  # "dismissed Opposition claims that": the object of a cue, its owner named before it
    previous = CUE_RIGHT_BEFORE.search(text, before, cue.span[0])
    # ... unless that form is a noun itself, the subject: "several reports reveal that", "the auditor's report said".
    return previous is not None and previous["word"] in REPORTING_VERBS and not (
        DETERMINER_BEFORE.search(text, before, previous.start()) or QUANTIFIER_BEFORE.search(text, before, previous.start())
        or POSSESSIVE_BEFORE.search(text, before, previous.start()) or _plural_subject(text, before, previous, cue))


def named_object_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """NAMED_OBJECT_BEFORE.search(text, start, end), which is tried at every character: only where the last word
    before the spaces that end the window opens with a capital, as the last name of a match does."""
    word_end = stripped_end(text, start, end)
    word_start = word_end
    while word_start > start and not text[word_start - 1].isspace():
        word_start -= 1
    if word_end == end or word_start == word_end or not "A" <= text[word_start] <= "Z":
        return None
    return NAMED_OBJECT_BEFORE.search(text, start, end)


def _names_thing(text: str, cue: Cue, end: int) -> bool:
    """Whether the participle names the thing that the noun before it stands for: "a group called Citizens First"."""
    noun = NAMED_NOUN_BEFORE.search(text, max(0, cue.span[0] - NAMED_NOUN_REACH), cue.span[0])
    return noun is not None and noun["noun"] not in PERSON_NOUNS and NAME_AFTER.match(text, cue.span[1], end) is not None


def _plural_subject(text: str, before: int, previous: re.Match[str], cue: Cue) -> bool:
    """Whether the word before the cue is a plural noun that the cue's plural form agrees with: "news reports
    reveal"; not a verb's object ("denies reports", "rejected claims he made", "noted reports say")."""
    word, lemma = previous["word"], REPORTING_VERBS[previous["word"]]
    if cue.text != cue.lemma or word not in (lemma + "s", lemma + "es"):
        return False
    verb_before = CUE_RIGHT_BEFORE.search(text, before, previous.start())
    return verb_before is None or verb_before["word"] not in REPORTING_VERBS


def _gapped_relative(text: str, cue: Cue, end: int) -> bool:
    """"which critics say was her best", "a hub that it says will grow": the verb of a relative clause whose
    subject stands between the pronoun and the verb, its content the rest of the clause."""
    if cue.lemma not in GAPPED_RELATIVE_VERBS or BY_AFTER.match(text, cue.span[1], end):
        return False
    return GAPPED_RELATIVE_BEFORE.search(text, max(0, cue.span[0] - GAPPED_RELATIVE_REACH), cue.span[0]) is not None


def refusals(lowered: str, start: int, end: int) -> list[Span]:
    """Spans of "declined to comment" and the like in the article's `lower_case` text: nothing said there is a claim."""
    if not holds_any(lowered, NON_CLAIM_KEYS, start, end):
        return []
    return [match.span() for match in NON_CLAIM.finditer(lowered, start, end)]
