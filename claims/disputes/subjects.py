"""Subjects: who does what a verb outside any claim says ("Vogt's office rebuked Reyes for …", "But she
contradicted …"), and whom a possessive points at ("the divers were wrong in their belief that …")."""
import re
from typing import Final

from claims.lexicon import BUSINESS_WORDS, ORGANISATION_WORDS, SPEAKER_CUE_FILLERS, TITLES
from claims.model import Claim, Speaker
from claims.text import after_dateline

from claims.disputes.words import sentence_start

OPENING: Final = re.compile(r"[\s\"“‘']*(?:(?:but|and|yet|so|still|however|instead|then|later|earlier)\b,?\s+)?", re.IGNORECASE)
# Where the subject stops short of its verb: a time or place, an auxiliary, an adverb, an aside.
SUBJECT_END: Final = re.compile(
    r"\s+(?:on|in|at|last|this|also|then|later|earlier|again|now|still|never|soon|did|does|do|has|have|had|was|were|is|are|"
    r"would|will|could|\w+ly)\b|\s*[-—–,(]"
)
PARTY: Final = re.compile(r"(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[\w.&’'-]+)*|the\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3}")  # "The port union"
# A subject described and then named: "His deputy, Karl Veit, disagreed."
NAMED_IN_APPOSITION: Final = re.compile(r"[^,]{1,60},\s+(?P<name>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)+),\s*(?:\w+ly\s+)?")
# A part of a party: "At least some of the likely beneficiaries of the rule took issue …" is said by "the likely
# beneficiaries"; what follows the head's "of" only says whose.
QUANTIFIED: Final = re.compile(r"(?:at\s+least\s+|only\s+|even\s+)?(?:some|many|most|several|a\s+few|few|a\s+number)\s+of\s+(?=the\s)", re.IGNORECASE)
HEAD_OF: Final = re.compile(r"\s+of\s+.*$", re.DOTALL)
PRONOUNS: Final = frozenset({"he", "she", "they"})
THING_PRONOUN: Final = "it"  # stands for an organisation or a body, never a person
BODY_WORDS: Final = ORGANISATION_WORDS | BUSINESS_WORDS
POSSESSIVE: Final = re.compile(r"['’]s\b")
ASIDES: Final = re.compile(r"\s[-—–]+\s[^-—–]{0,60}?\s[-—–]+\s|,[^,]{0,60},")  # "she did - quietly - contradict"
FILLERS: Final = SPEAKER_CUE_FILLERS | {"did", "does", "do", "and"}
MAX_PARTY_WORDS: Final = 8  # "Democratic National Committee Chair Debbie Wasserman Schultz"
NOT_PARTIES: Final = frozenset("this that these those it let there here what such one".split())  # capitalised at a sentence's start only
PERSONAL: Final[tuple[str, ...]] = ("named", "pronoun")  # attributions of claims whose speaker a personal pronoun may stand for
# Where the subject of a clause may start, read back from its verb: the sentence's start, after "that", a
# reporting verb or a comma.
CLAUSE_OPENING: Final = re.compile(r"(?:\bthat|\b(?:said|says|say|argued|argues|claimed|claims|insisted|added|wrote|told\s+\w+)|[,;:—–])\s+", re.IGNORECASE)
MAX_SUBJECT_WORDS: Final = 8
CLAUSE_JOINT: Final = re.compile(r"[,;]\s+(?:and|but|while|whereas|yet)\s+", re.IGNORECASE)  # a clause of its own joined on
# A participle after the main clause has that clause's subject: "A jury convicted him on Monday, rejecting …".
PARTICIPLE_AFTER_COMMA: Final = re.compile(r", [a-z]+ing\b")


def subject_of(text: str, claims: list[Claim], verb_start: int) -> Speaker | None:
    """The party that opens the sentence of the verb at `verb_start`, or the clause a conjunction joins to it ("…,
    and the Treasury rejects that"): a name or a described party ("The port union on Tuesday rebuked …"), or
    "he"/"she"/"they" standing for the speaker of the latest claim before it by a person."""
    sentence = after_dateline(text, sentence_start(text, verb_start), verb_start)
    joints = [joint.end() for joint in CLAUSE_JOINT.finditer(text, sentence, verb_start)]
    return (joints and _subject_from(text, claims, joints[-1], verb_start)) or _subject_from(text, claims, sentence, verb_start)


def _subject_from(text: str, claims: list[Claim], opening: int, verb_start: int) -> Speaker | None:
    """The party that opens the words from `opening` to the verb at `verb_start`."""
    opened = OPENING.match(text, opening, verb_start)
    assert opened is not None  # OPENING matches the empty string
    start = opened.end()
    if named := NAMED_IN_APPOSITION.fullmatch(text, start, verb_start):
        return Speaker(named.group("name"), named.span("name"), party_name(named.group("name"), claims))
    if quantified := QUANTIFIED.match(text, start, verb_start):
        start, end = quantified.end(), verb_start
        words = HEAD_OF.sub("", text[start:end].strip())
    else:
        end = found.start() if (found := SUBJECT_END.search(text, start, verb_start)) else verb_start
        if not _fillers_only(text[end:verb_start]) and not PARTICIPLE_AFTER_COMMA.match(text, verb_start - 2):
            return None
        words = text[start:end].strip()
    if words.lower() in PRONOUNS:
        return _pronoun_speaker(claims, words, (start, end), verb_start)
    if not PARTY.fullmatch(words) or len(words.split()) > MAX_PARTY_WORDS or words.split()[0].lower() in NOT_PARTIES:
        return None
    return Speaker(words, (start, start + len(words)), party_name(words, claims))


def stands_for_speaker(who: str, claim: Claim) -> bool:
    """Whether a subject ("she", "Vogt", "It") may stand for the claim's speaker: a personal pronoun, "it" for a
    body (`is_body`: "The press office", "Nordhaven Transport Authority"; never "Siobhán Ní Bhriain" or "Vey"), or
    a word of its name."""
    word = who.lower()
    if word == THING_PRONOUN:
        return is_body(claim)
    return word in PRONOUNS or bool(claim.speaker and word in claim.speaker.name.lower().split())


def is_body(claim: Claim) -> bool:
    """Whether the claim's speaker is an organisation or a body, by its kind: attributed to an organisation, or
    named or described with an organisation's or a business's word ("The press office", "the harbour board",
    "Nordvik Ferries")."""
    return claim.attribution == "organisation" or (claim.speaker is not None and not BODY_WORDS.isdisjoint(party_words(claim.speaker)))


def party_words(speaker: Speaker) -> set[str]:
    """The words, lower-case and without "'s", that name or describe a speaker ("the union's regional officer")."""
    return set(POSSESSIVE.sub(" ", f"{speaker.name} {speaker.mention} {speaker.title or ''}").lower().split())


def party_name(words: str, claims: list[Claim]) -> str:
    """The name of a party as the article resolves it: "Mr. Obama" is the "Barack Obama" of a claim, "Minister
    Paul Grant" is "Paul Grant", "Party Chair Ana Ruiz" the "Ana Ruiz" who speaks; a described party ("The
    port union", "Vogt's office") stays as written."""
    written = words.split()
    while len(written) > 1 and written[0].lower() in TITLES:
        written = written[1:]
    if not written[-1][:1].isupper():
        return " ".join(written)
    known = {c.speaker.name for c in claims if c.speaker and c.attribution in PERSONAL and c.speaker.name.split()[-1:] == written[-1:]}
    return known.pop() if len(known) == 1 else " ".join(written)


def _fillers_only(words: str) -> bool:
    """Whether only asides, adverbs, auxiliaries and times stand between a subject and its verb."""
    return all(word in FILLERS or word.endswith("ly") for word in ASIDES.sub(" ", f" {words} ").lower().split())


def _pronoun_speaker(claims: list[Claim], pronoun: str, span: tuple[int, int], before: int) -> Speaker | None:
    earlier = [c for c in claims if c.span[1] <= before and c.attribution in PERSONAL and c.speaker]
    if not earlier:
        return None
    speaker = max(earlier, key=lambda c: c.span[1]).speaker
    assert speaker is not None  # `earlier` holds claims with speakers only
    return Speaker(pronoun, span, speaker.name, speaker.title, speaker.affiliation)


def clause_subject(text: str, verb_start: int) -> str | None:
    """The words before a verb back to where its clause opens ("Vogt said the divers were …": "the divers")."""
    start = sentence_start(text, verb_start)
    openings = [m.end() for m in CLAUSE_OPENING.finditer(text, start, verb_start)]
    subject = text[max(openings, default=start) : verb_start].strip(" \"“‘'")
    return subject if subject and len(subject.split()) <= MAX_SUBJECT_WORDS else None
