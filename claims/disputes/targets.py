"""Targets (DISPUTES.md rule 4): the earlier claim a denial answers, by another party.

Content overlap ranks the candidates; a denial that only points back ("the allegations", "That is not
true") answers the nearest earlier claim of another party; a named target ("Sullivan's testimony") is
chosen by its speaker.
"""
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Final

from claims.lexicon import CONTENT_NOUNS, CONTRADICTING_CUES, OTHER_ACCOUNTS, POINTER_CUES, REPORTING_VERBS, STATEMENT_NOUNS
from claims.model import Claim
from claims.patterns import word_alternation
from claims.rules.questions import ASKED_QUESTION
from claims.rules.registry import rule
from claims.spans import inside

from claims.disputes.keys import holds_key_word, key_words
from claims.disputes.link import Link
from claims.disputes.owners import kind_of, owner_kind, owner_may_be
from claims.disputes.polarity import CALLED_FALSE, NEGATED_POINTER, PREPOSITION_AFTER, bare_denial, points_back_negated, relayed_denial
from claims.disputes.propositions import DENIED_PROPOSITION, FALSE_PROPOSITION
from claims.disputes.words import STEMS_CACHE, inflection_stem, phrase_pattern, same_entry, same_name, sentence_start, stems, without_adjuncts

DENIAL_POINTS_BACK: Final = rule(
    "denial-points-back",
    "A denial disputes the earlier claim of another party that it answers: by shared words, or nearest when it only points back.",
    'Tom Reyes said the harbour wall was unsafe. "That is simply not true," Lena Vogt said.',
    finds="dispute",
)
DENIAL_HOLDS_CLAIM: Final = rule(
    "denial-holds-claim",
    "A denial whose content holds another party's claim disputes that claim.",
    "Tom Reyes refused to concede that critics were right in warning that the harbour tax would drive visitors away.",
    finds="dispute",
)
REACH: Final = 12  # earlier claims compared: a denial answers something said shortly before it
POINTER_DISTANCE: Final = 1500  # characters: and only one close by
# A trie (`word_alternation`): POINTER is tried at the start of many sentences, and reading the nouns one by one
# there, case-blind, after each of its openings cost more than all its other work.
POINTED_NOUNS: Final = word_alternation(CONTENT_NOUNS | set(POINTER_CUES) | {"story", "account"})
# Words for what was just said, as it was said, pointed at without an owner: "called the remarks false" ("his earlier
# comments" names an owner the claim just before need not be by; "the first statement reflected …" names a
# document as often).
SAID_WORDS: Final = r"remarks?|comments?"
POINTER: Final = re.compile(
    rf"^\W*(?:the|this|that|these|those|such|his|her|their|its|any|all)\s+(?:[\w’'.-]+\s+){{0,2}}?(?:{POINTED_NOUNS})\b"  # "the report (false)"
    rf"|^\W*(?:the|this|that|these|those)\s+(?:{SAID_WORDS})\b"  # "the remarks (false)"
    rf"|^\W*(?:[\w’'.-]+\s+)?(?:{POINTED_NOUNS}|it|that|this)\W*$"  # "allegations", "wrongdoing claims"
    r"|^\W*(?:(?:that|this|these|those)(?:\s+[\w’'-]+)?|it)(?:['’]s|\s+(?:is|was|are|were))\b",  # "That claim is …"
    re.IGNORECASE,
)
OBJECT_BEFORE_CONTENT: Final = re.compile(r"\s*([^,]+?)\s*,\s*")  # "rejected that, saying …": the object, closed by a comma
CLAUSE_BREAK: Final = re.compile(r"[;:]|\s[-—–]+\s|,\s+(?:and|but|while|although|though|whereas|yet)\s", re.IGNORECASE)
POINTER_NOUN: Final = re.compile(r"[a-z]+")
DESCRIBED_DISTANCE: Final = 5 * POINTER_DISTANCE  # characters: a denial describing what it answers may reach further still
NAMED_DISTANCE: Final = 2 * POINTER_DISTANCE  # characters: a denial naming what it answers may reach further back
TOPIC_CLAIMS, TOPIC_SHARE = 3, 0.2  # a word in more claims than both of these is the article's topic
SHARED: Final = 2  # content words a denial shares with a claim it answers further back: one is too often chance
PROPOSITION_RULES: Final[tuple[str, ...]] = (DENIED_PROPOSITION, FALSE_PROPOSITION)
CONTRADICTING: Final = frozenset(CONTRADICTING_CUES)  # "countered that P": a cue that answers what was just said
# A few words in quotation marks inside a claim: double marks, or single ones that no letter touches outside.
# Written to open with the class of opening marks (each arm looking behind at its own) so that sre skips to them.
QUOTED_WORDS: Final = re.compile(r"[\"“'‘](?:(?<=[\"“])([^\"“”]{1,40})[\"”]|(?<=['‘])(?<!\w['‘])([^'’‘\"“”]{1,40}?)['’](?![\w]))")
ACCOUNT_NOUN: Final = re.compile(r"\baccounts?\b", re.IGNORECASE)  # what a party told, all of it
# What a party found or told, all of it, when it is theirs: owned ("their findings", "the nurses' report") or the
# document their claims were told from ("In a 40-page report, Fenwick alleged …"); a report is often someone else's.
FOUND_NOUN: Final = re.compile(r"\b(?:reports?|findings|version|testimony)\b", re.IGNORECASE)
OWNED: Final = re.compile(r"\b(?:his|her|their|its)\s|\w['’]s?\s")
FIGURE_NOUN: Final = re.compile(r"\b(?:figure|number|estimate|statistic)s?\b", re.IGNORECASE)
# A figure a claim gives, in digits or words ("seven apartments"; not "one", which is as often no number: "no one").
NUMBER: Final = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|hundreds?|thousands?|millions?|billions?)\b",
    re.IGNORECASE,
)
OTHER_ACCOUNT: Final = re.compile(phrase_pattern(OTHER_ACCOUNTS).pattern + r"\W*$", re.IGNORECASE)  # "… are telling a different story."
# Every match of OTHER_ACCOUNT holds one of these whole (`holds_key_word`): it opens with a look-behind, which sre
# tries at every character.
OTHER_ACCOUNT_KEYS: Final = key_words(OTHER_ACCOUNTS)
OWNER: Final = re.compile(r"\b([A-Z][\w.-]+)['’]s?\s+\w+\W*$")
# "called Lund's account 'pure fiction'", "rejected the agency's warning as 'scaremongering'": the owner's claims.
OWNED_POINTER: Final = re.compile(
    rf"^\W*(?:[Tt]he\s+)?((?-i:[A-Z])[\w.-]+|(?<=[Tt]he\s)[a-z][\w.-]+)['’]s?\s+(?:{'|'.join(sorted(STATEMENT_NOUNS, key=len, reverse=True))}|{POINTED_NOUNS})\b"
)


def same_party(a: Claim, b: Claim) -> bool:
    """Whether two claims come from the same speaker (by resolved name, a surname matching a full name)."""
    if a.speaker is None or b.speaker is None:
        return False
    return same_name(a.speaker.name, b.speaker.name)


@lru_cache(maxsize=STEMS_CACHE)
def quoted_stems(content: str) -> frozenset[str]:
    """The content words a claim sets in quotation marks: the words of another party it takes up ("he used the
    word 'reckless'") or its own words quoted by the writer ("called the plan 'reckless'")."""
    return frozenset().union(*(stems(m.group(1) or m.group(2)) for m in QUOTED_WORDS.finditer(content)))


def candidates(claims: list[Claim], position: int, reach: int) -> list[Claim]:
    """Earlier claims by other parties than the denial at `position`, nearest first; a reported proposition
    inside the claim that named it is left to that claim, which a later answer meets ("X said the families
    were wrong in their belief that P. 'She lied,' a mother said" answers X, not the families)."""
    return list(other_parties(claims, position, reach))


def other_parties(claims: list[Claim], position: int, reach: int) -> Iterator[Claim]:
    """`candidates`, found one at a time: a caller that wants the nearest few reads no further. A claim that
    holds the denial ("The board denies the claims, a spokesman said") is not what it answers, nor is a question
    put to the denier, which asserts nothing (DISPUTES.md rule 5)."""
    denial = claims[position]
    window = claims[max(0, position - reach) : position]
    earlier: list[Claim] | None = None  # the window's claims before the denial, gathered when a proposition first asks
    for c in reversed(window):
        if not _earlier(c, denial) or c.attribution == "unattributed" or c.rule == ASKED_QUESTION or same_party(c, denial) \
                or c.span == denial.span or inside(denial.span, c.span):
            continue
        if c.rule in PROPOSITION_RULES:
            earlier = earlier if earlier is not None else [o for o in window if _earlier(o, denial)]
            if _named_inside(c, earlier, denial):
                continue
        yield c


def _earlier(claim: Claim, denial: Claim) -> bool:
    """Whether the claim ends before the denial starts, or starts before it."""
    return claim.span[1] <= denial.span[0] or claim.span[0] < denial.span[0]


def held_claims(text: str, claims: list[Claim], position: int) -> list[Claim]:
    """The claims of other parties that the claim at `position` holds in its content ("refused to concede that
    critics were right in warning that P": the critics' P); not a denial it relays ("aides said he had rejected
    the idea"), which makes it read as a denial, nor one in a clause of its own that the holder's content runs
    on into ("denied any role, and the council never accused it of P")."""
    holder = claims[position]
    return [
        c for c in claims[position + 1 : position + 1 + REACH]
        if inside(c.span, holder.span) and c.attribution != "unattributed" and c.stance != "denial" and not same_party(c, holder)
        and not CLAUSE_BREAK.search(text, holder.span[0], _opening(c))
    ]


def _opening(claim: Claim) -> int:
    """Where a claim's words begin: its speaker, its cue or its content, whichever comes first."""
    return min(span[0] for span in (claim.span, claim.cue_span, claim.speaker.span if claim.speaker else None) if span)


def held_in_denial(claims: list[Claim], position: int) -> bool:
    """Whether a denial holds the claim at `position` in its content: the claim is what is denied, not an answer
    of its own."""
    span = claims[position].span
    return any(c.stance == "denial" and inside(span, c.span) for c in claims[max(0, position - REACH) : position])


def _named_inside(claim: Claim, others: list[Claim], answer: Claim | None = None) -> bool:
    """Whether the claim is a reported proposition that another claim holds in its content (one not of the
    party of `answer`, when given: a party going on about a proposition it named still meets it)."""
    return claim.rule in PROPOSITION_RULES and any(
        other is not claim and other.span[0] <= claim.span[0] and claim.span[1] <= other.span[1]
        and other.rule not in PROPOSITION_RULES and not (answer and same_party(other, answer))
        for other in others
    )


@lru_cache(maxsize=1)
def topic_stems(contents: tuple[str, ...]) -> frozenset[str]:
    """The words of the article's topic: in so many of its claims that sharing them shows no answer."""
    counts: dict[str, int] = {}  # a plain dict: Counter.update runs as Python code in the compiled build
    for content in contents:
        for stem in stems(content):
            counts[stem] = counts.get(stem, 0) + 1
    most = max(TOPIC_CLAIMS, len(contents) * TOPIC_SHARE)
    return frozenset(stem for stem, count in counts.items() if count > most)


def target_of(text: str, claims: list[Claim], position: int, minimum: int = SHARED, nearest_minimum: int = 1) -> Claim | None:
    """The claim the denial at `position` answers, or None: the one sharing most words with it (at least
    `minimum`; `nearest_minimum` for the claim just before, when it is close)."""
    denial = claims[position]
    others = candidates(claims, position, REACH)
    object_words = text[denial.cue_span[1] : denial.span[0]] if denial.cue_span and denial.cue_span[1] <= denial.span[0] else ""
    described = object_words.strip() or denial.content
    if owner := _possessive(OWNER.search, described) or _possessive(OWNED_POINTER.match, denial.content):
        named = [c for c in others if c.speaker and owner.group(1).lower() in c.speaker.name.lower().split()]
        if named:
            return _described_among(named, described, owner.group(1))
    topic = topic_stems(tuple(c.content for c in claims if not _named_inside(c, claims)))
    if echoed := next((c for c in others if quoted_stems(denial.content) & quoted_stems(c.content) - topic), None):
        return echoed
    own = stems(denial.content) - topic
    scored = [(len(own & stems(c.content)), -index, c) for index, c in enumerate(others)]
    best = max(scored, default=None, key=lambda item: item[:2])
    if best and best[0] >= minimum:
        return best[2]
    if scored and scored[0][0] >= nearest_minimum and scored[0][2] is nearest_answered(claims, position):
        return scored[0][2]
    relayed = relayed_denial(denial.content)
    words = PREPOSITION_AFTER.sub("", denial.content[relayed.end() :], count=1) if relayed else denial.content
    return pointed_at(claims, position, words) or pointed_at_object(claims, position, object_words) or pointed_at_later(text, claims, position)


def _possessive(find: Callable[[str], re.Match[str] | None], words: str) -> re.Match[str] | None:
    """find(words) for a pattern of an owner's possessive (OWNER, OWNED_POINTER), asked only of words holding an
    apostrophe, as every match does: OWNER opens with \\b, which sre tries at every character."""
    return find(words) if "'" in words or "’" in words else None


def _described_among(named: list[Claim], words: str, owner: str) -> Claim:
    """Of the named party's claims (nearest first), the nearest that says what the denial's words describe
    ("Hume's claim about the offers"), else the nearest."""
    described = _uninflected(stems(words) - stems(owner))
    return next((c for c in named if described & _uninflected(stems(c.content))), named[0])


def _uninflected(words: frozenset[str]) -> set[str]:
    return {inflection_stem(word) for word in words}


def pointed_at_object(claims: list[Claim], position: int, words: str) -> Claim | None:
    """What the denial's object points back at when it stands between the cue and the content, a comma closing it
    ("rejected that, saying …"; not the "that" of "denied that P")."""
    found = OBJECT_BEFORE_CONTENT.fullmatch(words)
    return pointed_at(claims, position, found.group(1)) if found and POINTER.match(found.group(1)) else None


def pointed_at_later(text: str, claims: list[Claim], position: int) -> Claim | None:
    """What a quotation points back at in a later sentence that only denies ('"There are no talks," she said. "The
    report is wrong."'): the words before it make the denier's own point."""
    segments = claims[position].segments[1:] if claims[position].kind == "direct" else []
    return next((pointed_at(claims, position, text[start:end]) for start, end in segments if bare_denial(text[start:end])), None)


def pointed_at(claims: list[Claim], position: int, words: str) -> Claim | None:
    """The nearest earlier claim of another party, when `words` only point back ("the report", "That is …",
    "Nonsense", "no such meeting", "… tell a different story"); of those made with a verb the pointing noun names, when there is one ("the allegations": what
    someone alleged or accused)."""
    words = without_adjuncts(words)  # "denied it last week"
    named = CALLED_FALSE.sub("", words).strip() or words  # "called that claim false": "claim", what was called false
    if not (POINTER.match(named) or bare_denial(words) or points_back_negated(words) or NEGATED_POINTER.match(words) or _tells_other_account(words)):
        return None
    return (
        _owned_by_kind(claims, position, words) or named_by_noun(claims, position, words) or with_figure(claims, position, words)
        or relaying(claims, position, nearest_answered(claims, position))
    )


def _owned_by_kind(claims: list[Claim], position: int, words: str) -> Claim | None:
    """"disputed her account": the nearest earlier claim of another party, close by, whose speaker is known to be of
    the kind the owning pronoun stands for (a woman for "her"), when the words are owned by one; of those that give
    a figure, when the words name figures ("her figures")."""
    if (kind := owner_kind(words)) is None:
        return None
    start = claims[position].span[0]
    owned = [c for c in candidates(claims, position, REACH) if start - c.span[1] <= POINTER_DISTANCE and c.speaker and kind_of(c.speaker) == kind]
    if FIGURE_NOUN.search(words):
        return next((c for c in owned if NUMBER.search(c.content)), None)
    return next(iter(owned), None)


def relaying(claims: list[Claim], position: int, claim: Claim | None) -> Claim | None:
    """The claim that relays the given one, when it is nested in a claim of another party than the denier at
    `position` ("She said staff had told her the refund would come"): a denial that only points back answers the
    account the article reports, not the words that account relays; else the claim itself."""
    if claim is None or claim.nested_in is None:
        return claim
    holder = next((c for c in reversed(claims[:position]) if c.id == claim.nested_in), None)
    return holder if holder is not None and not same_party(holder, claims[position]) else claim


def _tells_other_account(words: str) -> bool:
    """Whether the words end by saying their subject tells another account ("… tell a different story")."""
    return holds_key_word(OTHER_ACCOUNT_KEYS, words) and OTHER_ACCOUNT.search(words) is not None


def named_by_noun(claims: list[Claim], position: int, words: str) -> Claim | None:
    """The nearest earlier claim of another party, close by, whose cue is a verb the pointing noun stands for, or
    a reported proposition held by such a noun ("denied reports that P … dismissed the story": the reports')."""
    nouns: list[str] = POINTER_NOUN.findall(words.lower())
    lemmas = next((POINTER_CUES[w] for w in reversed(nouns) if w in POINTER_CUES), None)
    if not lemmas:
        return None
    start = claims[position].span[0]
    return next(
        (c for c in candidates(claims, position, REACH) if start - c.span[1] <= NAMED_DISTANCE and REPORTING_VERBS.get(c.cue.lower()) in lemmas),
        None,
    ) or _held_by_noun(claims, position, lemmas)


def _held_by_noun(claims: list[Claim], position: int, lemmas: frozenset[str]) -> Claim | None:
    """The nearest earlier reported proposition, close by and not the denier's, whose holder is a noun standing for
    one of the verbs (`lemmas`): "reports" for "the story"."""
    denial = claims[position]
    return next(
        (
            c for c in reversed(claims[max(0, position - REACH) : position])
            if c.rule in PROPOSITION_RULES and c.attribution == "anonymous" and not same_party(c, denial)
            and denial.span[0] - c.span[1] <= NAMED_DISTANCE and c.speaker and POINTER_CUES.get(c.speaker.name.lower(), frozenset()) & lemmas
        ),
        None,
    )


def with_figure(claims: list[Claim], position: int, words: str) -> Claim | None:
    """"rejected the figure": the nearest earlier claim of another party, close by, that states a figure."""
    if not FIGURE_NOUN.search(words):
        return None
    start = claims[position].span[0]
    return next((c for c in candidates(claims, position, REACH) if start - c.span[1] <= NAMED_DISTANCE and NUMBER.search(c.content)), None)


def described_target(text: str, claims: list[Claim], position: int, about: str) -> Claim | None:
    """The nearest earlier claim of another party in the denial's entry, further back than a pointer reaches,
    that says what the denial's object describes ("the prediction of looming job losses"): a word of the
    description, not of the article's topic, is in it."""
    denial = claims[position]
    topic = topic_stems(tuple(c.content for c in claims if not _named_inside(c, claims)))
    described = stems(about) - topic
    return next(
        (c for c in other_parties(claims, position, position) if described & stems(c.content)
         and denial.span[0] - c.span[1] <= DESCRIBED_DISTANCE and same_entry(text, c.span[1], denial.span[0])),
        None,
    )


def nearest_answered(claims: list[Claim], position: int) -> Claim | None:
    """The nearest earlier claim of another party, when it is close enough to be the one answered."""
    nearest = next(other_parties(claims, position, REACH), None)
    if nearest and claims[position].span[0] - nearest.span[1] <= POINTER_DISTANCE:
        return nearest
    return None


def denial_links(text: str, claims: list[Claim], answered: set[str]) -> list[Link]:
    """A link from every denial not yet answered to the claim it answers, when a pronoun owning what the denial points
    back at may stand for its speaker ("disputed her account" answers no man)."""
    links = []
    for position, claim in enumerate(claims):
        if claim.stance != "denial" or claim.id in answered:
            continue
        if held := held_claims(text, claims, position):
            links += [Link(target, claim, DENIAL_HOLDS_CLAIM) for target in held]
        elif (target := target_of(text, claims, position) or _contradicted(claims, position)) and owner_may_be(claim.content, target.speaker):
            links += [Link(told, claim, DENIAL_POINTS_BACK) for told in [target, *rest_of_account(text, claims, position, target)]]
    return links


def _contradicted(claims: list[Claim], position: int) -> Claim | None:
    """"Ortega countered that P", whatever words P shares: a contradicting cue introducing a clause answers the claim
    of another party just before, when it is close; not one whose object points at what it answers ("dismissed the
    assistant's comments"), which answers only what it points at."""
    denial = claims[position]
    if denial.cue.lower() not in CONTRADICTING or POINTER.match(denial.content) or _possessive(OWNED_POINTER.match, denial.content):
        return None
    return nearest_answered(claims, position)


def rest_of_account(text: str, claims: list[Claim], position: int, target: Claim) -> list[Claim]:
    """The other claims of the answered party in the target's paragraph, before the denial, when the denial points
    back at an account or a report ("rejected the athlete's account", "disputed her account of events", "called the
    report misleading"): an account is all they told, a report all they found, when it is theirs (FOUND_NOUN)."""
    pointer = POINTER.match(claims[position].content)
    if pointer is None or not (ACCOUNT_NOUN.search(pointer.group()) or FOUND_NOUN.search(pointer.group())):
        return []
    denial = claims[position]
    told = [
        c for c in claims[max(0, position - REACH) : position]
        if c is not target and same_party(c, target) and c.attribution != "unattributed" and c.span[1] <= denial.span[0]
        and "\n" not in text[min(c.span[1], target.span[1]) : max(c.span[0], target.span[0])]
    ]
    if ACCOUNT_NOUN.search(pointer.group()) or OWNED.search(pointer.group()):
        return told
    return told if any(FOUND_NOUN.search(text, sentence_start(text, c.span[0]), c.span[1]) for c in [target, *told]) else []
