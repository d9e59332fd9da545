"""Denials the article tells but quotes nothing of: "Vogt rejected that account.", "The council disagreed.", "The
allegation was denied by the mayor's office."

The words denied are only a pointer, so no claim is made of them (DISPUTES.md rule 4 makes such a denial
optional), but the claim they point back at is disputed by the subject of the denial verb.
"""
import re
from collections.abc import Iterator
from bisect import bisect_left
from typing import Final

from claims.lexicon import CONTENT_NOUNS, CONTRADICTING_CUES, DENIAL_FORMS, DOUBTING_FORMS, OWNED_ACCOUNTS, STATEMENT_NOUNS
from claims.model import Claim, Speaker
from claims.rules.registry import rule

from claims.disputes.link import Link
from claims.disputes.estimates import FIGURE
from claims.disputes.owners import PRONOUN_KINDS, fits, kind_of
from claims.disputes.polarity import NOT_DENYING_BEFORE, says_negation
from claims.disputes.propositions import AGENT, PARTICIPLES
from claims.disputes.keys import KeyWords
from claims.disputes.subjects import party_name, subject_of
from claims.disputes.quoted_denials import same_side
from claims.disputes.targets import DENIAL_POINTS_BACK, REACH, candidates, described_target, named_by_noun, nearest_answered, relaying, with_figure
from claims.disputes.voice import merged_index
from claims.disputes.words import ADJUNCT, alternation, same_name, stems, without_adjuncts

DENIAL_SPELT_OUT: Final = rule(
    "denial-spelt-out",
    "A claim that follows a told denial by the same party says what the denial only points at: it is the denial, and disputes what the told denial answers.",
    "Tom Reyes said the harbour wall was unsafe. Lena Vogt rejected that. The wall, she said, was inspected in May.",
    finds="dispute",
)
SPELT_OUT_REACH: Final = 200  # characters from a told denial to the claim that spells it out: the next sentence or so
# A denier counted, not named: "Two witnesses disputed that account. 'He never touched anyone,' said Grace Olufemi"
# is one of them speaking.
COUNTED_GROUP: Final = re.compile(r"(?:two|three|four|five|six|several|many|some|other|\d+)\s+(?:[\w-]+\s+)?[a-z]+s", re.IGNORECASE)
POINTED: Final = alternation(CONTENT_NOUNS | STATEMENT_NOUNS)
# A denial verb whose object only points back, ending its sentence: "rejected that.", "disputed the account outright."
# A possessive object ("his earlier comments") names an owner the nearest claim need not be by: left out.
# Or a contradicting cue with nothing after it or only such an object: "Vogt disagreed.", "The council pushed back
# on that account."
# Or all that a party told or found, with its owner: "her account", "the union's figures", "its findings".
OWNED_ACCOUNT: Final = rf"(?:his|her|its|their|(?:the\s+)?[\w-]+['’]s?)\s+(?:[\w’'-]+\s+)?(?i:{alternation(OWNED_ACCOUNTS)})"
# Or all that was told or found, pointed at: "rejected the figures", "questioned those findings".
POINTED_ACCOUNT: Final = rf"(?:the|these|those)\s+(?i:{alternation(OWNED_ACCOUNTS)})"
POINTER_OBJECT: Final = rf"(?:(?:the|this|that|these|those|such)\s+(?:[\w’'-]+\s+)?(?i:{POINTED})|{OWNED_ACCOUNT}|{POINTED_ACCOUNT}|that|this|it|these|those|them)"
# The owner of an owned account a told denial ends with: a pronoun, or a name's last word ("the union's" gives "union").
ACCOUNT_OWNER: Final = re.compile(rf"\b(?:(?P<pronoun>his|her|its|their)|(?P<name>[\w-]+?)['’]s?)\s+(?:[\w’'-]+\s+)?(?P<noun>{alternation(OWNED_ACCOUNTS)})\b", re.IGNORECASE)
# Owned nouns that name a statement only when the claim gives a figure or the noun's own word: a race's results, an
# exam's results and a shop's sales figures are no one's words ("Jones challenged Smith's results.").
MEASURED_ACCOUNTS: Final = frozenset({"figures", "results"})
MEASURED_OBJECT: Final = re.compile(r"\b(?:figures|results)\W*$", re.IGNORECASE)  # a told denial ending with one of them
# The verb may stand in quotation marks with its adverbs, the speaker's own word: 'The board "categorically denies" the claims.'
QUOTED_OPENING: Final = r"(?:[\"“](?:\w+ly\s+)*)?"
# The denier's own saying denied, before what it points at: "denied ever saying that", "denies making those remarks".
SAYING: Final = r"(?:(?:ever\s+)?(?:saying|making)\s+)?"
# The verbs of a told denial: the denial verbs, and the verbs that deny only an object pointing back, which every
# told denial has ("questioned the findings.", not "questioned whether …").
TOLD_VERBS: Final = alternation((*DENIAL_FORMS, *DOUBTING_FORMS))
# What a told or described denial opens with: a quotation mark or the first letter of its verb or cue, looked ahead
# at in one class, where sre tried each branch of the case-blind tries at the start of every word.
DENIAL_OPENING: Final = "(?=[\"“" + re.escape("".join(sorted({p.split()[0][0].lower() for p in (*DENIAL_FORMS, *DOUBTING_FORMS, *CONTRADICTING_CUES)}))) + "])"
TOLD_DENIAL: Final = re.compile(
    rf"(?<![\w\"“]){DENIAL_OPENING}(?:{QUOTED_OPENING}(?P<verb>{TOLD_VERBS})[\"”]?\s+{SAYING}{POINTER_OBJECT}"
    rf"|(?P<alone>{alternation(CONTRADICTING_CUES)})(?:\s+(?:(?:on|to|with|against)\s+)?{POINTER_OBJECT})?)"  # "pushed back on that claim", "stood by its findings"
    rf"(?:\s+{ADJUNCT}){{0,2}}\s*(?=[.;!?]|$)",
    re.IGNORECASE,
)
# A denial verb or contradicting cue whose object names what it answers by its subject, ending its sentence:
# "took issue with the prediction of looming job losses", "rejected the account of the meeting".
DESCRIBED_DENIAL: Final = re.compile(
    rf"(?<![\w\"“]){DENIAL_OPENING}(?:{QUOTED_OPENING}(?P<verb>{TOLD_VERBS})[\"”]?|(?P<alone>{alternation(CONTRADICTING_CUES)})\s+(?:on|to|with|against))"
    rf"\s+(?:the|this|that|these|those|such)\s+(?:[\w’'-]+\s+)?(?i:{POINTED})\s+(?:of|about|over)\s+(?P<about>[^.;!?]{{3,100}}?)\s*(?=[.;!?]|$)",
    re.IGNORECASE,
)
# A denial told in the passive, its subject pointing back and its agent the denier: "The allegation was denied by
# the mayor's office.", "Her claim was quickly dismissed by the board on Friday."
PASSIVE_TOLD: Final = re.compile(
    rf"(?<![\w’'-])(?:the|this|that|these|those|such|his|her|their|its)\s+(?:[\w’'-]+\s+)?(?i:{POINTED})\s+"
    r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:\w+ly|also)\s+)*"
    rf"(?P<verb>{PARTICIPLES})\s+by\s+(?P<agent>{AGENT})(?:\s+{ADJUNCT}){{0,2}}\s*(?=[.;!?]|$)",
    re.IGNORECASE,
)
BY: Final = re.compile(r" by\s")  # a literal, found fast: the pattern is read only around those after a denial participle
PARTICIPLE_BEFORE: Final = re.compile(rf"\b(?:{PARTICIPLES})\s*$", re.IGNORECASE)
LONGEST_PARTICIPLE: Final = max(len(form) for form in DENIAL_FORMS) + 2
PASSIVE_REACH: Final = 80  # characters a passive's subject may run before its verb
DESCRIBED_REACH: Final = 250  # characters a described denial runs back from its full stop
POINTED_WORDS: Final = frozenset(n.lower() for n in CONTENT_NOUNS | STATEMENT_NOUNS)
LONGEST_POINTED: Final = max(len(word) for word in POINTED_WORDS) + 2
DESCRIBING_JOINT: Final = re.compile(r"\s(?:of|about|over)\s")
JOINT_LENGTH: Final = len(" about ")
LOOK_BACK: Final = 40  # characters before the verb searched for a refusal ("declined to dispute that")
# A told denial ends its sentence with one of these words (its adjuncts aside): only such sentences are read.
LAST_WORDS: Final = frozenset({"that", "this", "it", "these", "those", "them"} | {n.lower() for n in CONTENT_NOUNS | STATEMENT_NOUNS | OWNED_ACCOUNTS}) | frozenset(
    cue.split()[-1].lower() for cue in CONTRADICTING_CUES
)
STOP: Final = re.compile(r"[.;!?]")
TOLD_REACH: Final = 120  # characters a told denial runs back from its full stop
TAIL: Final = 40  # characters read back from a full stop for its last word
VERB_KEYS: Final = KeyWords((*DENIAL_FORMS, *DOUBTING_FORMS, *CONTRADICTING_CUES))  # every told denial holds one


def _told(text: str) -> Iterator[re.Match[str]]:
    """Each told denial: the sentences ending with a word it can end with are searched for one ending there."""
    for stop in _stops_after_verbs(text):
        tail = text[max(0, stop.start() - TAIL) : stop.start()]
        words = without_adjuncts(tail).rsplit(maxsplit=1)  # the last word is read
        if not words or words[-1].lower() not in LAST_WORDS:
            continue
        ending = [m for m in TOLD_DENIAL.finditer(text, max(0, stop.start() - TOLD_REACH), stop.start()) if m.end() == stop.start()]
        if ending:
            yield ending[-1]


def _stops_after_verbs(text: str) -> Iterator[re.Match[str]]:
    """The stops a told denial may end at, in order: the first after each key of a denial verb or contradicting cue
    within TOLD_REACH of it, as a told denial holds no stop; every stop when the keys cannot tell."""
    starts = VERB_KEYS.starts(text)
    if starts is None:
        yield from STOP.finditer(text)
        return
    last = -1
    for start in starts:
        if (stop := STOP.search(text, start, start + TOLD_REACH + 1)) and stop.start() != last:
            last = stop.start()
            yield stop


def _described(text: str) -> Iterator[re.Match[str]]:
    """Each told denial whose object describes what it answers: only the sentences where a pointing noun stands
    before "of", "about" or "over" are searched."""
    searched = -1
    for joint in _joints_after_verbs(text):
        before = text[max(0, joint.start() - LONGEST_POINTED) : joint.start()].rsplit(maxsplit=1)
        if not before or before[-1].lower() not in POINTED_WORDS or not (stop := STOP.search(text, joint.end())) or stop.start() == searched:
            continue
        searched = stop.start()
        ending = [m for m in DESCRIBED_DENIAL.finditer(text, max(0, stop.start() - DESCRIBED_REACH), stop.start()) if m.end() == stop.start()]
        if ending:
            yield ending[-1]


def _joints_after_verbs(text: str) -> Iterator[re.Match[str]]:
    """The joints a described denial may hold, in order: those within DESCRIBED_REACH after a key of a denial verb
    or contradicting cue, which stands before its object; every joint when the keys cannot tell."""
    starts = VERB_KEYS.starts(text)
    if starts is None:
        yield from DESCRIBING_JOINT.finditer(text)
        return
    reaches: list[list[int]] = []
    for start in starts:
        if reaches and start <= reaches[-1][1]:
            reaches[-1][1] = start + DESCRIBED_REACH + JOINT_LENGTH
        else:
            reaches.append([start, start + DESCRIBED_REACH + JOINT_LENGTH])
    for start, end in reaches:
        yield from DESCRIBING_JOINT.finditer(text, start, end)


def _passive(text: str) -> Iterator[re.Match[str]]:
    """Each denial told in the passive: the words around each denial participle before "by" are searched."""
    for by in BY.finditer(text):
        if not (participle := PARTICIPLE_BEFORE.search(text, max(0, by.start() - LONGEST_PARTICIPLE), by.start())):
            continue
        stop = STOP.search(text, by.end())
        window = (max(0, participle.start() - PASSIVE_REACH), stop.start() if stop else len(text))
        found = next((m for m in PASSIVE_TOLD.finditer(text, *window) if m.start("verb") == participle.start()), None)
        if found:
            yield found


def _denier(text: str, claims: list[Claim], found: re.Match[str]) -> Speaker | None:
    """Who tells the denial: the passive's agent, else the subject of its sentence."""
    if agent := found.groupdict().get("agent"):
        return Speaker(agent, found.span("agent"), party_name(agent, claims))
    return subject_of(text, claims, found.start())


def told_denial_links(text: str, claims: list[Claim]) -> list[Link]:
    """A link to the claim just before from each told denial that stands outside every claim."""
    if not VERB_KEYS.stand_in(text):
        return []
    spoken = merged_index(span for claim in claims for span in (claim.span, claim.cue_span) if span)
    starts = [claim.span[0] for claim in claims]
    links = []
    for found in [*_told(text), *_described(text), *_passive(text)]:
        cue = "verb" if found.group("verb") else "alone"
        verb = found.start(cue)
        if spoken.covers(verb) or NOT_DENYING_BEFORE.search(text, max(0, verb - LOOK_BACK), verb):
            continue
        if not (by := _denier(text, claims, found)):
            continue
        denial = Claim(
            id="", content=found.group(), span=found.span(), kind="indirect", cue=found.group(cue), cue_span=found.span(cue),
            speaker=by, attribution="unattributed", stance="denial",
        )
        position = bisect_left(starts, verb)
        told = [*claims[:position], denial]
        about = found.groupdict().get("about")
        owner = ACCOUNT_OWNER.search(found.group(), found.end(cue) - found.start())
        if owner and owner.group("name"):
            target = _owner_s_claim(told, position, owner.group("name"))
        else:
            target = (
                (about and described_target(text, told, position, about)) or named_by_noun(told, position, found.group())
                or with_figure(told, position, found.group()) or _nearest_unless_measured(told, position, found.group())
            )
        if target and owner and (owner.group("name") or cue == "verb") and not _may_own(target, owner, by):
            target = None  # "stood by its findings" names the denier's own: only a denial verb's pronoun is another's
        if target:
            spelt_out = _spelt_out(text, claims[position:], denial)
            links.append(Link(target, spelt_out, DENIAL_SPELT_OUT) if spelt_out else Link(target, denial, DENIAL_POINTS_BACK))
    return links


def _nearest_unless_measured(claims: list[Claim], position: int, words: str) -> Claim | None:
    """The claim a told denial answers when nothing names it: the nearest of another party, close by; none for "the
    figures" or "the results" when no claim close by gave a figure (`with_figure`), as those need not be anyone's words."""
    if MEASURED_OBJECT.search(words):
        return None
    return relaying(claims, position, nearest_answered(claims, position))


def _owner_s_claim(claims: list[Claim], position: int, owner: str) -> Claim | None:
    """The nearest claim close by whose speaker the owner names ("the union's figures": the union's), or None: an
    account owned by a party that said nothing here is not one that was reported."""
    return next((c for c in candidates(claims, position, REACH) if c.speaker and owner.lower() in c.speaker.name.lower().split()), None)


def _may_own(target: Claim, owner: re.Match[str], denier: Speaker) -> bool:
    """Whether the target can be the account another party owns in a told denial: "figures" and "results" only
    when it gives a figure or the noun's word, and a pronoun only when it fits the target's speaker and not surely
    the denier ("The company questioned its figures." reads as its own, "Brown challenged his account." is no
    airline's)."""
    noun = owner.group("noun").lower()
    if noun in MEASURED_ACCOUNTS and not (FIGURE.search(target.content) or stems(noun) & stems(target.content)):
        return False
    pronoun = (owner.group("pronoun") or "").lower()
    if not (kind := PRONOUN_KINDS.get(pronoun)):
        return True
    return target.speaker is not None and fits(kind, kind_of(target.speaker)) and kind_of(denier) != kind


def _spelt_out(text: str, later: list[Claim], denial: Claim) -> Claim | None:
    """The claim right after a told denial, by the same party or its side, that says what it denies ("Vogt rejected
    that. The wall, she said, was inspected in May.", "Swiftline contests her account. The company says …")."""
    after = next((claim for claim in later if claim.span[0] >= denial.span[1]), None)
    if after is None or after.speaker is None or denial.speaker is None or after.span[0] - denial.span[1] > SPELT_OUT_REACH:
        return None
    return after if same_name(after.speaker.name, denial.speaker.name) or _one_of_them(after, denial.speaker) or same_side(text, denial, after) else None


def _one_of_them(after: Claim, denier: Speaker) -> bool:
    """Whether a quotation that negates, right after a denial told by a counted group ("Two witnesses disputed
    that account."), is one of the group speaking."""
    return after.kind == "direct" and COUNTED_GROUP.fullmatch(denier.mention) is not None and says_negation(after)
