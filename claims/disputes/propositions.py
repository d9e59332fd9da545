"""Reported propositions (DISPUTES.md rule 3): "X denied reports that P", "his false claims that P".

P becomes a claim of its own, spoken by the holder of the reports when the article names them ("the
newspaper's report", "allegations by prosecutors"), else by the noun itself ("reports"), and disputed by
the denier — or by the publication when its own words call P false ("Trump's false claims that P").
"""
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from claims.lexicon import (
    CONTENT_NOUNS,
    DENIAL_FORMS,
    DENYING_CONTENT,
    DISMISSING_FORMS,
    FALSITY_MODIFIERS,
    FALSITY_NOUNS,
    INTENSIFIERS,
    REBUKING_FORMS,
    STATEMENT_NOUNS,
)
from claims.mentions import NAME_ABBREVIATIONS
from claims.model import Claim, Speaker, Span
from claims.rules.registry import rule
from claims.scanning import is_word_character, stripped_end

from claims.disputes.keys import opening_with, openings
from claims.disputes.link import Link
from claims.disputes.polarity import LOOK_BACK, NOT_DENYING_BEFORE, denies_by_cue
from claims.disputes.subjects import clause_subject, party_name, subject_of
from claims.disputes.words import SENTENCE_END, alternation, same_entry, same_name

DENIED_PROPOSITION: Final = rule(
    "denied-reported-proposition",
    'A denial of a reported proposition, "X denied reports that P": P is a claim of the reports, disputed by X.',
    "Lena Vogt denied reports that the harbour had been sold to a developer.",
)
FALSE_PROPOSITION: Final = rule(
    "false-proposition",
    'A proposition called false where it is named: "the false claim that P", "this notion that P is not true".',
    'The council repeated its false claim that the pier had been repaired. "This idea that the pier is safe is simply not true," Vogt said.'
    " The claim that the pier was sold was rejected by the harbour board.",
)


NOUNS: Final = alternation(CONTENT_NOUNS | set(FALSITY_NOUNS) | STATEMENT_NOUNS)
SOURCE_WORD: Final = r"[\w.&’'-]+"
# Where a holder named after its noun stops: at a time ("claims from last year", "reports by the BBC on Monday",
# "in March 2019") or a second "by"/"from" ("reports by the BBC from London"), which say when or where, not who.
PERIODS: Final = r"year|week|month|day|night|morning|evening|weekend|spring|summer|autumn|fall|winter|quarter|season|decade|century"
WEEKDAYS: Final = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
MONTHS: Final = r"january|february|march|april|may|june|july|august|september|october|november|december"
TIME: Final = rf"(?:(?:last|this|next)\s+(?:{PERIODS})|{WEEKDAYS})\b|(?:{MONTHS})\s+\d"
YEAR: Final = r"\d{4}s?\b"  # a time only on its own or after a preposition: "the 2008 campaign" is a holder
SOURCE_STOP: Final = rf"(?i:(?:by|from)\b|(?:(?:in|on|at|during|since|over)\s+)?(?:{TIME})|(?:in|during|since|over)\s+{YEAR})"
HOLDER_WORD: Final = rf"(?!{SOURCE_STOP}){SOURCE_WORD}"


def named_source(joints: str, words: int) -> str:
    """A holder named after its noun by one of the joints, of at most `words` words after "the", and the words of
    a stop after it ("the BBC from London"), the holder left out where the stop opens the words ("from last year")."""
    stopped = rf"(?={SOURCE_STOP}|{YEAR}){SOURCE_WORD}(?:\s+{SOURCE_WORD}){{0,{words - 1}}}?"
    return rf"\s+(?:{joints})\s+(?:(?P<source>(?!{YEAR})(?i:the\s+)?{HOLDER_WORD}(?:\s+{HOLDER_WORD}){{0,{words - 1}}}?)(?:\s+{stopped})?|{stopped})"


DETERMINERS: Final = r"(?:(?:the|a|an|any|all|these|those|this|that|such|his|her|its|their|our|recent|earlier|new|persistent)\s+)*"
HOLDER: Final = r"[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}"
# Words set between the noun and its "that": "Reyes's remarks, made on Sunday, that P", "allegations, first
# reported by the Herald, that P" (where the source may be named).
ASIDE: Final = rf",\s+[a-z][^,;.!?\n]{{0,120}}?(?:\s+by\s+(?P<aside_source>(?i:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){{0,3}}))?,"
# What follows a denial's cue when its object is a reported proposition: "reports that", "the Herald's report that".
DENIED_NOUN_PHRASE: Final = re.compile(
    rf"\s+(?:(?i:as)\s+[\"“]?[\w -]{{1,30}}?[\"”]?\s+)?"  # "dismissed as nonsense reports that"
    rf"(?P<phrase>(?i:{DETERMINERS})(?:(?P<owner>{HOLDER}|(?i:the\s+)?\w+)['’]s?\s+|(?P<title>{HOLDER})\s+(?=(?i:{NOUNS})\b))?"
    rf"(?:\w+\s+)?(?i:(?P<noun>{NOUNS}))"
    rf"(?:{named_source('by|from|in|of', 5)})?)"
    rf"(?:{ASIDE})?"
    rf"\s+that\s+"
)
# A proposition named with a word that calls it false, anywhere in the text.
FALSITY: Final = rf"(?:{alternation(FALSITY_MODIFIERS)})"
NAMED_PROPOSITION: Final = re.compile(
    rf"(?<![\w’'])(?P<phrase>(?P<determiner>(?i:{DETERMINERS}))"
    rf"(?:(?:(?P<owner>{HOLDER})|(?P<common_owner>[a-z][\w-]+))['’]s?\s+)?(?:(?P<modifier>(?i:{FALSITY}))\s+)?(?:[a-z][\w-]+\s+)??"
    rf"(?P<noun>(?i:{NOUNS})))(?:{named_source('by|from', 4)})?(?:{ASIDE})?\s+that\s+"
)
# A noun whose holder follows it before "that": "claims from security researchers that P", "reports by the Herald that P".
NOUN_BEFORE_SOURCE: Final = re.compile(rf"(?<![\w’'-])([\w’'-]+)\s+(?:by|from)\s+(?:the\s+)?{SOURCE_WORD}(?:\s+{SOURCE_WORD}){{0,3}}\s+$")
SOURCE_JOINT: Final = re.compile(r"\s(?:by|from)\s")  # what NOUN_BEFORE_SOURCE cannot match without
SOURCE_REACH: Final = 80  # characters a noun and its holder may run before "that"
# A proposition set against a denial just before it: "X denied P, despite claims from researchers that Q".
DESPITE_BEFORE: Final = re.compile(r"[,—–]\s*despite\s+$", re.IGNORECASE)
DESPITE_REACH: Final = 12  # characters before a proposition's noun phrase searched for "despite"
# "that" after a noun of the list is what every named proposition has: found first (a word look-up per "that"),
# the phrase is then read back from it. The pattern opens with the letter and looks behind it for the space, so
# that sre skips to the letter instead of trying the look-behind at every character.
THAT: Final = re.compile(r"t(?<=\st)hat\s+", re.IGNORECASE)
THAT_WORD: Final = openings(("that",))  # found faster still by str.find in the text read as lower-case ASCII
WORD_BEFORE_ASIDE: Final = re.compile(rf"(?<![\w’'-])([\w’'-]+){ASIDE}\s+$")
PROPOSITION_NOUNS: Final = frozenset(noun.lower() for noun in CONTENT_NOUNS | set(FALSITY_NOUNS) | STATEMENT_NOUNS)
PHRASE_REACH: Final = 120  # characters a noun phrase may run before its noun
ASIDE_REACH: Final = 150  # characters an aside may add
FALSE_NOUN: Final = re.compile(rf"^(?:{alternation(FALSITY_NOUNS)})$", re.IGNORECASE)
# Verbs that call what they govern false, besides the denial cues: "Let us dispel the myth that P".
FALSIFYING_VERBS: Final = ("dispel", "dispels", "dispelled", "debunk", "debunks", "debunked", "discredit", "discredits", "discredited")
DENYING_VERB_BEFORE: Final = re.compile(rf"\b(?:{alternation((*DENIAL_FORMS, *FALSIFYING_VERBS, *DISMISSING_FORMS))})(?:\s+with)?\s+$", re.IGNORECASE)
# A party faulted for what they said: "Vogt rebuked Reyes for his suggestion that P".
REBUKED_FOR: Final = re.compile(rf"\b(?:{alternation(REBUKING_FORMS)})\s+(?P<object>(?:[\w.’'-]+\s+){{0,4}}?)for\s+$", re.IGNORECASE)
# A holder said to be wrong in what they hold: "the divers were wrong in their belief that P".
WRONG_IN: Final = re.compile(
    r"(?P<copula>\s(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?)?"
    r"(?:wrong|mistaken|incorrect|misguided)\s+(?:in|about)\s+$",
    re.IGNORECASE,
)
VERB_REACH: Final = 80  # characters before a noun phrase searched for a verb that disputes it
POSSESSIVE_PRONOUNS: Final = frozenset({"his", "her", "their", "its"})
# A denial verb's participle, for the passive: "the claim that P was rejected by the port authority".
PARTICIPLES: Final = alternation(form for form in DENIAL_FORMS if form.endswith("ed") and " " not in form)
# Who does the denying in the passive: the words after "by", up to a comma, a stop or a word that opens an adjunct.
AGENT_WORD: Final = r"[\w’'&-](?:[\w’'.&-]*[\w’'&-])?"  # a full stop after a word ends the sentence, not the word
AGENT: Final = rf"(?:the\s+)?{AGENT_WORD}(?:\s+(?!(?:on|in|at|last|this|who|which|as|and|but|after|before|over|for|with)\b){AGENT_WORD}){{0,4}}"
# What is said of a proposition that calls it false, its adverbs and an aside between commas allowed: "… is simply
# untrue", "… is, quite simply, nonsense", "… was also rejected by the port authority".
DENYING_PREDICATE: Final = re.compile(
    r"\s*(?:is|was|are|were|has\s+been|have\s+been|had\s+been)(?:\s*,\s*(?:[\w-]+\s+){0,2}[\w-]+,)?\s+"
    rf"(?:(?:{alternation(INTENSIFIERS)}|\w+ly|also|since)\s+)*"
    rf"(?:(?:{alternation(DENYING_CONTENT)}|{FALSITY})\b|(?P<passive>{PARTICIPLES})\s+by\s+(?P<agent>{AGENT}))",
    re.IGNORECASE,
)
# Where a proposition's clause ends short of the sentence's end.
CLAUSE_END: Final = re.compile(
    r",\s+(?:saying|noting|adding|arguing|insisting|calling|describing|dismissing|accusing|but|which|while|although|though|and\s+(?:said|added))\b"
    r"|;|\s+[—–-]{1,2}\s+|[\"”’]\s|\n"
)
TRAILING: Final = " \t\n,.;:\"”’'“‘"
ABBREVIATION_BEFORE: Final = re.compile(rf"(?<![\w.]){NAME_ABBREVIATIONS}$|\b[A-Z]\.$")  # "that Mrs. Lund would …", "the U.S. …": no sentence ends
CLAUSE_REACH: Final = 600  # characters: a proposition is one clause
VERB_STEM: Final = 5  # letters a noun and its verb share: "allegations" and "alleged", "claims" and "claimed"
ALLEGING_REACH: Final = 1000  # characters between a denied proposition and a claim making the allegation itself


@dataclass(frozen=True, slots=True)
class Proposition:
    """P, who holds it, and who disputes it (a claim, or the publication when `denial` is None)."""

    content: Span
    holder: str  # the words naming who holds P: "the newspaper", "prosecutors", or the noun ("reports")
    named: bool  # the holder is named, not only the noun
    denial: Claim | None
    cue: Span  # the words that make it false: the denial's cue, or the falsity word
    by: Speaker | None = None  # who disputes P when no claim holds the words that do: a verb's subject


def clause_end(text: str, start: int, limit: int | None = None) -> int:
    """Where the clause starting at `start` ends: the sentence's end, or a new clause before `limit`."""
    limit = min(len(text), start + CLAUSE_REACH) if limit is None else limit
    sentence_end = next((m for m in SENTENCE_END.finditer(text, start, limit) if not ABBREVIATION_BEFORE.search(text, start, m.start() + 1)), None)
    ends = [m.start() for m in (sentence_end, CLAUSE_END.search(text, start, limit)) if m]
    end = min(ends, default=limit)
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    return end


def _holder(match: re.Match[str]) -> tuple[str, bool]:
    """Who holds P: an owner ("Politico's report") or a source ("a report in Politico"), else the noun phrase."""
    named = match.groupdict().get("source") or match.groupdict().get("aside_source") or match.group("owner") or match.group("title")
    if named and named.lower() not in {"the", "his", "her", "their", "its"}:
        return named, True
    return match.group("phrase").strip(), False


def denied_propositions(text: str, claims: list[Claim]) -> list[Proposition]:
    """"X denied reports (claims, the notion …) that P": the denial's content is P."""
    found = []
    for claim in claims:
        if claim.cue_span is None or not denies_by_cue(text, claim) or claim.span[0] <= claim.cue_span[1]:
            continue
        match = DENIED_NOUN_PHRASE.match(text, claim.cue_span[1], claim.span[1])
        if match and match.end() >= claim.span[0]:
            holder, named = _holder(match)
            _to_proposition(text, claim, match.end())
            found.append(Proposition(claim.span, holder, named, claim, claim.cue_span))
    return found


def _to_proposition(text: str, denial: Claim, start: int) -> None:
    """The denial's content becomes P: from after "reports that" to the end of its clause, past a cue inside it
    ("denied reports that the board is calling …")."""
    end = max(denial.span[1], clause_end(text, start))
    if (start, end) != denial.span and len(denial.segments) <= 1:
        denial.span, denial.segments, denial.content = (start, end), [(start, end)], text[start:end]


def _innermost(claims: list[Claim], position: int) -> Claim | None:
    holding = [c for c in claims if c.span[0] <= position < c.span[1] and c.attribution != "unattributed"]
    return min(holding, key=lambda c: c.span[1] - c.span[0], default=None)


def _named(text: str) -> Iterator[re.Match[str]]:
    """Each noun phrase with "that" after it, read back from the noun."""
    for hit in opening_with(THAT, THAT_WORD, text):
        reach_from = hit.start()
        word = _word_span_before(text, max(0, reach_from - 30), reach_from)
        if not word or text[slice(*word)].lower() not in PROPOSITION_NOUNS:
            after_comma = text[max(0, hit.start() - 3) : hit.start()].rstrip().endswith(",")  # an aside ends there: cheap to ask first
            noun = WORD_BEFORE_ASIDE.search(text, max(0, hit.start() - ASIDE_REACH), hit.start()) if after_comma else None
            if not noun:
                noun = _noun_before_source(text, hit.start())
            if not noun or noun.group(1).lower() not in PROPOSITION_NOUNS:
                continue
            reach_from = noun.start()
        window = max(0, reach_from - PHRASE_REACH)
        match = next((m for m in NAMED_PROPOSITION.finditer(text, window, hit.end()) if m.end() == hit.end()), None)
        if match:
            yield match


def _noun_before_source(text: str, that: int) -> re.Match[str] | None:
    """The word before a holder named after it, "claims from security researchers that": the leftmost one, looked
    for only where "from" or "by" stands shortly before the "that"."""
    window = max(0, that - SOURCE_REACH)
    # str.find of the joint's words first: sre tries SOURCE_JOINT at every space.
    if text.find("by", window, that) < 0 and text.find("from", window, that) < 0:
        return None
    if (joint := SOURCE_JOINT.search(text, window, that)) is None:
        return None
    # A match's "by" or "from" stands at the first joint or after it, so its noun starts no earlier than the word
    # before that joint: the search starts there, where sre tried every position of the window.
    return NOUN_BEFORE_SOURCE.search(text, _word_start(text, window, stripped_end(text, window, joint.start() + 1)), that)


def _word_start(text: str, start: int, end: int) -> int:
    """Where the run of NOUN_BEFORE_SOURCE's word characters ending at `end` starts (not before `start`)."""
    while end > start and is_word_character(text[end - 1]):
        end -= 1
    return end


def _despite_denial(text: str, claims: list[Claim], head: int) -> Claim | None:
    """The denial a proposition is set against by "despite", ending just before it: "X denied P, despite claims
    from researchers that Q" (Q is disputed by X). Set against a claim that denies nothing, it is disputed by nobody."""
    found = DESPITE_BEFORE.search(text, max(0, head - DESPITE_REACH), head)
    if found is None:
        return None
    return next((c for c in claims if c.stance == "denial" and c.cue_span and 0 <= found.start() - c.span[1] <= 1), None)


def named_propositions(text: str, claims: list[Claim], taken: set[int]) -> list[Proposition]:
    """"the false claim that P", "this fiction that P", "dispel the notion that P", "the idea that P is not true"."""
    found = []
    for match in _named(text):
        start = match.end()
        if start in taken:  # the content of a denial read already
            continue
        # A noun with nothing of its own before it ("suggestions that") starts the phrase: a word before it is no adjective.
        bare = not (match.group("determiner") or match.group("owner") or match.group("common_owner") or match.group("modifier"))
        head = match.start("noun") if bare else match.start()
        limit = clause_end(text, start)
        predicate = DENYING_PREDICATE.search(text, start, limit + 1)
        verb = _disputing_verb(text, head)
        falsity = match.group("modifier") or FALSE_NOUN.match(match.group("noun"))
        despite = None if falsity or predicate or verb else _despite_denial(text, claims, head)
        if not (falsity or predicate or verb or despite) or (bare and falsity):
            continue  # a bare "lie that" or "lies that" is a verb or a count, not a proposition named
        end = clause_end(text, start, predicate.start() if predicate else limit)
        if end <= start:
            continue
        cue = match.span("modifier") if match.group("modifier") else predicate.span() if predicate else verb.span() if verb else match.span("noun")
        by: Speaker | None = None
        if predicate and predicate.group("agent"):  # the passive names who denies it
            cue, denial, agent = predicate.span("passive"), None, predicate.group("agent")
            by = Speaker(agent, predicate.span("agent"), party_name(agent, claims))
        elif despite and despite.cue_span:
            cue, denial = despite.cue_span, despite
        else:
            denial = _innermost(claims, head) or _innermost(claims, cue[0])
            by = subject_of(text, claims, verb.start()) if verb and not denial and not verb.re is WRONG_IN else None
        found.append(Proposition((start, end), *_named_holder(text, claims, match, verb), denial, cue, by))
    return found


def _disputing_verb(text: str, phrase_start: int) -> re.Match[str] | None:
    """The words before a named proposition that dispute it: "denied the claim that", "rebuked Reyes for his
    suggestion that", "were wrong in their belief that"; not a denial refused ("refused to deny rumours that")."""
    denying = DENYING_VERB_BEFORE.search(text, max(0, phrase_start - 30), phrase_start)
    if denying and NOT_DENYING_BEFORE.search(text, max(0, denying.start() - LOOK_BACK), denying.start()):
        return None
    return (
        denying
        or REBUKED_FOR.search(text, max(0, phrase_start - VERB_REACH), phrase_start)
        or WRONG_IN.search(text, max(0, phrase_start - VERB_REACH), phrase_start)
    )


def _named_holder(text: str, claims: list[Claim], match: re.Match[str], verb: re.Match[str] | None) -> tuple[str, bool]:
    """Who holds a named proposition: a named owner ("Reyes's claim"), an owner described ("his office's
    claim"), the party a possessive points at ("rebuked the board for its claim", "the divers were wrong in
    their belief", "Reyes repeated his false claim"), else the noun phrase."""
    if match.group("owner"):
        return match.group("owner"), True
    if match.group("source"):
        return match.group("source"), True  # "claims from security researchers that P"
    if match.group("common_owner"):
        return text[match.start("phrase") : match.end("common_owner")].strip(), False
    if not (match.group("determiner") or match.group("modifier")):
        return match.group("noun"), False  # "suggestions that P": the noun stands for who holds it
    determiner = match.group("determiner").split()
    if verb and determiner and determiner[-1].lower() in POSSESSIVE_PRONOUNS:
        if verb.re is REBUKED_FOR and verb.group("object").strip():
            return verb.group("object").strip(), False  # "rebuked the board for its claim that P"
        if verb.re is WRONG_IN and verb.group("copula") and (subject := clause_subject(text, verb.start())):
            return subject, False
    if not verb and determiner and determiner[-1].lower() in POSSESSIVE_PRONOUNS and (owner := _verb_subject(text, claims, match.start())):
        return owner.name, True
    return match.group("phrase").strip(), False


def _verb_subject(text: str, claims: list[Claim], phrase_start: int) -> Speaker | None:
    """The subject of the verb whose object the noun phrase at `phrase_start` is: "Reyes repeated his claim"."""
    verb = _word_span_before(text, max(0, phrase_start - VERB_REACH), phrase_start)
    return subject_of(text, claims, verb[0]) if verb and text[verb[0]].islower() else None


def _word_span_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the word ([\\w'’-], `is_word_character`) in text[start:end] that only spaces part from `end`,
    read back from `end`: a regex search for it tries every position of the window."""
    stop = stripped_end(text, start, end)
    begin = stop
    while begin > start and is_word_character(text[begin - 1]):
        begin -= 1
    return (begin, stop) if begin < stop < end else None


def proposition_claims(text: str, claims: list[Claim], publisher: str) -> tuple[list[Claim], list[Link]]:
    """The claims for each P, and a link from each to its denial (the publication's links carry no denial)."""
    denied = denied_propositions(text, claims)
    named = named_propositions(text, claims, {p.content[0] for p in denied})
    new, links = [], []
    for number, proposition in enumerate(denied + named, start=1):
        start, end = proposition.content
        rule_name = DENIED_PROPOSITION if number <= len(denied) else FALSE_PROPOSITION
        if not (claim := _stated_already(claims, proposition)):
            name = party_name(proposition.holder, claims) if proposition.named else proposition.holder
            claim = Claim(
                id=f"p{number}", content=text[start:end], span=(start, end), kind="indirect", cue="", cue_span=None,
                speaker=Speaker(proposition.holder, None, name), attribution="named" if proposition.named else "anonymous",
                segments=[(start, end)], rule=rule_name,
            )
            new.append(claim)
        if proposition.denial:
            proposition.denial.stance = "denial"  # its own words call P false
        denial = proposition.denial or _stand_in_denial(text, proposition, proposition.by or Speaker("the publication", None, publisher))
        links.append(Link(claim, denial, rule_name))
        if not proposition.named and (held := _alleging_claim(text, claims, proposition, denial)):
            links.append(Link(held, denial, rule_name))
    return new, links


def _alleging_claim(text: str, claims: list[Claim], proposition: Proposition, denial: Claim) -> Claim | None:
    """The claim nearby whose cue is the verb of the noun denied, by another party: after "Vogt denied allegations
    that P", the Gazette's claim where "the Gazette alleged that Q" is one of those allegations."""
    stem = proposition.holder.split()[-1].lower()[:VERB_STEM]
    near = [
        c for c in claims
        if c is not denial and c.cue and c.cue.split()[-1].lower()[:VERB_STEM] == stem and c.attribution != "unattributed"
        and abs(c.span[0] - proposition.content[0]) <= ALLEGING_REACH and same_entry(text, c.span[0], proposition.content[0])
        and not (denial.speaker and c.speaker and same_name(c.speaker.name, denial.speaker.name))
    ]
    return min(near, key=lambda c: abs(c.span[0] - proposition.content[0]), default=None)


def _stated_already(claims: list[Claim], proposition: Proposition) -> Claim | None:
    """The claim of another party that already holds P ("a Harbour Gazette report that P" is the Gazette's),
    not one that holds the words calling it false too."""
    return next(
        (
            c for c in claims
            if c.span[0] == proposition.content[0] and c is not proposition.denial and c.attribution != "unattributed"
            and not c.span[0] <= proposition.cue[0] < c.span[1]
        ),
        None,
    )


def _stand_in_denial(text: str, proposition: Proposition, speaker: Speaker) -> Claim:
    """The words that call P false where no claim holds them, standing in for a denial claim (it has no id):
    the publication's own, or a verb's subject's ("Vogt brushed aside suggestions that P"; the annotated
    sets make no denial claim of such a verb that reports no speech)."""
    return Claim(
        id="", content=text[slice(*proposition.cue)], span=proposition.cue, kind="indirect", cue=text[slice(*proposition.cue)],
        cue_span=proposition.cue, speaker=speaker, attribution="unattributed",
    )
