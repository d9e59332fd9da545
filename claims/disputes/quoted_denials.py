"""A quotation split by its attribution whose first sentence denies: '"That is a lie," she said. "The pier is safe."'

The denial is a claim of its own, and so are the words after it, the denier's counter-claim (a denial too,
DISPUTES.md rule 2): it answers what the denial answers, or, when the denial answers nothing found, what its own
words point back at. A quotation whose first part denies nothing stays one claim. A claim the denier joins on in
the same sentence ('called the claim "untrue" and said C') is such a counter-claim too.
"""
import re
from dataclasses import replace
from typing import Final

from claims.lexicon import BUSINESS_WORDS, OUTSIDE_PARTIES
from claims.model import SEGMENT_JOINER, Claim, Speaker
from claims.rules.registry import rule

from claims.disputes.bodies import named_again_as_business
from claims.disputes.link import Link
from claims.disputes.polarity import CALLED_FALSE, bare_denial, denying_words, relayed_denial, says_negation
from claims.disputes.targets import POINTER, PROPOSITION_RULES, SHARED, pointed_at, same_party, topic_stems
from claims.disputes.subjects import party_words
from claims.disputes.words import alternation, sentence_end_after, sentence_start, stems

# Words that judge as often as they deny ("we know something is very wrong"): criticism, not a dispute (DISPUTES.md
# rule 5), so they leave a quotation whole.
JUDGING: Final = re.compile(r"\bwrong\b", re.IGNORECASE)
SPLIT_DENIAL: Final = rule(
    "split-quote-denial",
    'A quotation split by its attribution whose first sentence denies: the denial is a claim of its own.',
    'Tom Reyes said the pier was unsafe. "That is simply not true," Lena Vogt said. "The pier was inspected in May."',
)
DENIAL_CONTINUED: Final = rule(
    "split-quote-counter",
    "The words after the denial that opens a split quotation: the denier's counter-claim, a denial too.",
    'Tom Reyes said the pier was unsafe. "That is simply not true," Lena Vogt said. "The pier was inspected in May."',
)


# What joins a denier's next claim on to their denial in one sentence: "… and said", "…, and she added".
JOINED: Final = re.compile(r"[\"”’']?,?\s+and\s+(?:(?:he|she|they|it)\s+)?(?:\w+ly\s+)?", re.IGNORECASE)


def split_denials(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims, each split quotation that opens with a denial and goes on with a new sentence made two claims."""
    return [part for claim in claims for part in _parts(text, claim)]


def _parts(text: str, claim: Claim) -> list[Claim]:
    segments = claim.segments
    if claim.kind != "direct" or len(segments) < 2 or not _opens_sentence(text, segments[1][0]):
        return [claim]
    first = text[slice(*segments[0])]
    denying = denying_words(first)
    if (denying is None or JUDGING.search(denying.group())) and relayed_denial(first) is None:
        return [claim]
    rest = SEGMENT_JOINER.join(text[start:end] for start, end in segments[1:])
    return [
        replace(claim, content=first, quote=first, span=segments[0], segments=[segments[0]], rule=SPLIT_DENIAL),
        replace(claim, id=f"{claim.id}-rest", content=rest, quote=rest, span=(segments[1][0], segments[-1][1]),
                segments=list(segments[1:]), disputes=[], rule=DENIAL_CONTINUED),
    ]


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the quotation's next part begins a sentence of its own (a capital), not the rest of the first one."""
    return text[start : start + 1].isupper()


def continuations(claims: list[Claim]) -> dict[str, Claim]:
    """The counter-claim after each denial that opens a split quotation, by the denial's id."""
    found = {}
    for position, claim in enumerate(claims):
        if claim.rule == SPLIT_DENIAL:
            rest = next((other for other in claims[position + 1 :] if other.rule == DENIAL_CONTINUED and other.speaker == claim.speaker), None)
            if rest is not None:
                found[claim.id] = rest
    return found


def joined_denials(text: str, claims: list[Claim]) -> list[tuple[Claim, Claim]]:
    """Each denial with the claim its denier joins on to it in its sentence ("called the claim untrue and said C"):
    the denier's counter-claim, a denial too (DISPUTES.md rule 2)."""
    return [
        (denial, after) for denial, after in zip(claims, claims[1:])
        if denial.stance == "denial" and after.stance is None and after.cue_span and denial.span[1] <= after.cue_span[0]
        and JOINED.fullmatch(text, denial.span[1], after.cue_span[0]) and same_party(denial, after)
    ]


# A denier's quotation this close after their reported denial goes on with it.
GOING_ON_REACH: Final = 300  # characters
PRONOUNS: Final = frozenset({"he", "she", "they", "it"})
APPOSITIVE_REACH: Final = 120  # characters a speaker's description after their name may run
APPOSITIVE_END: Final = re.compile(r"[.;!?\n\"“”]")  # where it ends: the sentence, or a quotation
AS_AFTER: Final = re.compile(r"\s+as\s", re.IGNORECASE)  # what a denier calls the words it points at: "the claims as 'nonsense'"
# From the end of a denial's content to a pronoun opening the next sentence: the denial's last words, its stop.
PRONOUN_OPENING: Final = re.compile(r"[^.!?\n]{0,40}[.!?][\"”’']?[ \t]+")
# "a company spokesperson", "a spokesman": someone who speaks for the party that just denied, no name of their own.
SPOKESPERSON: Final = re.compile(r"\b(?:spokes(?:person|man|woman)|representative)\b", re.IGNORECASE)
# The heads of a party named as a group of its people ("Hospital leaders", "council officials"): one of them is
# described by the rest ("chief medical officer of the hospital trust").
GROUP_HEADS: Final = frozenset("leaders officials executives bosses chiefs managers staff members representatives".split())
# Words opening with the speaker as their subject ("We are proud of our staff", "I will be visiting") tell of the
# speaker, not of the matter a denial answers.
SPEAKER_AS_SUBJECT: Final = re.compile(r"[\"“‘']?(?:I|we)\b", re.IGNORECASE)
CAPITALISED: Final = re.compile(r"\b[A-Z][\w-]*")
POSSESSIVE_S: Final = re.compile(r"['’]s\b")
# An owner's word before a party outside it ("the company's lenders", "Northgate Rail's rival"): the owner is cut,
# so that a description naming the denier only as such an owner does not name its side.
OUTSIDE_OWNER: Final = re.compile(rf"[\w-]+['’]s?\s+(?=(?:{alternation(OUTSIDE_PARTIES)})\b)", re.IGNORECASE)
# What opens a sentence whose speaker belongs to the party just named: "Its panel", "the company's managing director".
ITS_PEOPLE: Final = re.compile(r"[\s\"“‘']*(?:its|their|the\s+(?P<owner>[a-z]+)['’]s?)\s", re.IGNORECASE)
# What a business is called after its name: "the company's managing director" after Harbour Holdings' denial.
BUSINESS_OWNERS: Final = frozenset("company firm".split())
# A party telling of itself as "it" in its own sentence is a body: "Kestrel Baby disputes the findings and said it
# would appeal".
SELF_AS_IT: Final = re.compile(r"\b(?:said|says|added|announced)\s+(?:that\s+)?it\s+(?:would|will|had|has|was|is|could|plans|intends)\b", re.IGNORECASE)


def quoted_denials_going_on(text: str, claims: list[Claim]) -> dict[str, Claim]:
    """Each reported denial with the quotation right after it that denies too ('X disputed Hume's claim. "That is
    false," she said.') or gives its grounds ('Calder denied the account. "There has been no leak," a company
    spokesperson said.'), or with whatever its side says next when its words only deny ('The ministry says that
    is not the case. A spokesperson said the figures counted patients twice.'), or with what one of its own people
    says next after a denial that only points back ('The union disputed the trust's figures. Its regional officer
    said the offer was worth 3 per cent.'), or with what the denier itself reports next on the matter ('Researchers
    contradicted the company's account. They said the files held passwords.'): that claim answers what the reported denial answers, not the nearest claim. The proposition a denial names ("denied reports that P") is
    the denial's own, not a claim after it."""
    said = [claim for claim in claims if claim.rule not in PROPOSITION_RULES]
    return {
        denial.id: after for denial, after in zip(said, said[1:])
        if denial.stance == "denial" and denial.kind != "direct"
        and 0 <= after.span[0] - denial.span[1] <= GOING_ON_REACH
        and (after.kind == "direct" and (after.stance == "denial" and same_party(denial, after) or _grounds(text, claims, denial, after))
             or _reasons(text, denial, after) or _by_its_people(text, denial, after) or _spelt_out_by_denier(text, claims, denial, after))
    }


def _spelt_out_by_denier(text: str, claims: list[Claim], denial: Claim, after: Claim) -> bool:
    """Whether the denier's side's next reported words, after a denial that only points back, say what it denies
    ("Researchers contradicted the company's account. They said the files held passwords.", "The airline disputes
    her account. A spokesman for the airline said no refund was owed."): words that negate, words shared with the
    claim pointed at beyond the article's topic, or the next sentence, opened by the denier as a pronoun (not "The
    union rejected the offer. Sam Idowu said he would meet the board in May")."""
    return (
        after.kind != "direct" and after.stance is None and _only_points_back(denial.content) and same_side(text, denial, after)
        and (says_negation(after) or _on_answered(claims, denial, after) or _pronoun_next(text, denial, after))
    )


def _only_points_back(content: str) -> bool:
    """Whether the content is only words pointing back, perhaps with what the denier calls them ("the company's
    account", "the claims as 'nonsense'", "that claim false"), not a clause about them ("the claim had been debunked")."""
    content = CALLED_FALSE.sub("", content).strip() or content  # "that claim false": what a naming cue called false
    pointer = POINTER.match(content)
    return pointer is not None and (not content[pointer.end() :].strip(" .,;") or AS_AFTER.match(content, pointer.end()) is not None)


def _pronoun_next(text: str, denial: Claim, after: Claim) -> bool:
    """Whether the claim opens the sentence right after the denial's with a pronoun for its speaker ("They said …")."""
    speaker = after.speaker
    return (
        speaker is not None and speaker.span is not None and speaker.mention.lower() in PRONOUNS
        and PRONOUN_OPENING.fullmatch(text, denial.span[1], speaker.span[0]) is not None
    )


def _by_its_people(text: str, denial: Claim, after: Claim) -> bool:
    """Whether the claim, after a denial that only points back ("rejected the athlete's account"), is said by one
    of the denier's own people introduced as such ("Its anti-doping panel said …") or by the denier named again as
    "the company": the grounds of the denial."""
    return after.stance is None and POINTER.match(denial.content) is not None and (
        _introduced_as_its(text, denial, after) or named_again_as_business(text, denial, after)
    )


def _reasons(text: str, denial: Claim, after: Claim) -> bool:
    """Whether the claim, by the denier's side, gives the reasons of a denial whose words only deny ("that is not
    the case"): such a denial says nothing of its own, so what its side says next is why."""
    return after.stance is None and bare_denial(denial.content) and same_side(text, denial, after)


def _grounds(text: str, claims: list[Claim], denial: Claim, after: Claim) -> bool:
    """Whether the quotation gives the grounds of a denial: after a denial that only points back ("denied the
    account"), words by the denier's side that negate, or the denier's own next words on the matter: on what the
    claim answered says, or on something other than themselves ('rejected his claims. "The count was accurate,"
    she said'; not "We are proud of our staff", "I will be visiting the harbour"); after any denial, words that
    negate by another of the denier's side ('Hospital leaders dismissed the suggestion. "Nothing is hidden," said
    their chief medical officer'). The denier's own negating words after a denial of their own may go on to
    another point."""
    if after.stance is not None:
        return False
    if POINTER.match(denial.content) is not None:
        return same_side(text, denial, after) and (
            says_negation(after)
            or same_party(denial, after) and (SPEAKER_AS_SUBJECT.match(after.content) is None or _on_answered(claims, denial, after))
        )
    return says_negation(after) and not same_party(denial, after) and same_side(text, denial, after)


def _on_answered(claims: list[Claim], denial: Claim, after: Claim) -> bool:
    """Whether the quotation shares SHARED words, beyond the article's topic (`topic_stems`, of all its claims' words:
    asked for here only, as few articles need it), with the claim the denial points back at (one is too often
    chance: "I will be visiting the harbour" after "the harbour vote was rigged")."""
    answered = pointed_at(claims, claims.index(denial), denial.content)
    if answered is None:
        return False
    topic = topic_stems(tuple(claim.content for claim in claims))
    return len((stems(after.content) - topic) & stems(answered.content)) >= SHARED


def same_side(text: str, denial: Claim, after: Claim) -> bool:
    """Whether the quotation's speaker is the denier, works for them ("Calder's chief executive", "Its regional
    officer", "the company's managing director": the party just named) or speaks for them unnamed ("a company
    spokesperson", "a Calder spokesperson"), or is the denier named again as "the company"."""
    if same_party(denial, after) or _introduced_as_its(text, denial, after) or named_again_as_business(text, denial, after):
        return True
    if denial.speaker is None or after.speaker is None:
        return False
    mention = after.speaker.mention
    if SPOKESPERSON.search(mention) and _names_only(mention.removeprefix(mention[:1]), denial.speaker.name):
        return True
    described = POSSESSIVE_S.sub("", OUTSIDE_OWNER.sub("", _description(text, after.speaker))).lower().split()
    return all(word in described for word in denial.speaker.name.lower().split() if word not in GROUP_HEADS)


def _description(text: str, speaker: Speaker) -> str:
    """The speaker's title, affiliation and appositive; an affiliation the appositive holds is read there only, in its
    words ("Northgate Rail's" in "an analyst for Northgate Rail's lenders")."""
    appositive = _appositive(text, speaker)
    affiliation = speaker.affiliation or ""
    return f"{speaker.title or ''} {'' if affiliation in appositive else affiliation} {appositive}"


def _appositive(text: str, speaker: Speaker) -> str:
    """The words describing the speaker after their name, to the end of the sentence: ', chief medical officer of the
    Larkfield hospital trust.'"""
    if speaker.span is None or not text.startswith(",", speaker.span[1]):
        return ""
    return APPOSITIVE_END.split(text[speaker.span[1] : speaker.span[1] + APPOSITIVE_REACH], maxsplit=1)[0].replace(",", " ")


def _introduced_as_its(text: str, denial: Claim, claim: Claim) -> bool:
    """Whether the claim's speaker is introduced as belonging to the denier just named: its mention, or the sentence
    it opens, starts "Its" or "Their" ("Its regional officer, Sam Idowu, said …"), or "The X's" where X names the
    denier ("The federation's panel" after the federation's denial, '"…," the company's managing director said' after
    a business's); not "The athlete's coach" after the federation's, nor "The university's press office" after a
    professor's."""
    span = claim.speaker.span if claim.speaker else None
    if span is None or denial.speaker is None:
        return False
    opening = next((found for start in (span[0], sentence_start(text, span[0])) if (found := ITS_PEOPLE.match(text, start, span[1]))), None)
    return opening is not None and (opening.group("owner") is None or _owner_names(text, opening.group("owner").lower(), denial))


def _owner_names(text: str, owner: str, denial: Claim) -> bool:
    """Whether "the `owner`'s" names the denier: a word of its name or description ("the union's" for the harbour
    union), or "company" or "firm" for a business: one a business's word names ("Harbour Holdings"), or a party
    that tells of itself as "it" in its denial's sentence; never another party ("the athlete's")."""
    assert denial.speaker is not None  # checked by the caller
    described = party_words(denial.speaker)
    if owner in described:
        return True
    if owner not in BUSINESS_OWNERS:
        return False
    end = found.start() if (found := sentence_end_after(text, denial.span[1], GOING_ON_REACH)) else denial.span[1]
    return not described.isdisjoint(BUSINESS_WORDS) or SELF_AS_IT.search(text, sentence_start(text, denial.span[0]), end) is not None


def _names_only(mention: str, denier: str) -> bool:
    """Whether the capitalised words of a spokesperson's mention all name the denier ("a Nordhaven spokeswoman" for
    Nordhaven Logistics): no name of their own."""
    names = set(POSSESSIVE_S.sub("", denier).lower().split())
    return all(word.lower() in names for word in CAPITALISED.findall(POSSESSIVE_S.sub("", mention)))


def continued_links(following: dict[str, Claim], links: list[Link]) -> list[Link]:
    """Each link of a denial that opens a split quotation, made again from the counter-claim after it."""
    return [replace(link, denial=following[link.denial.id]) for link in links if link.denial.id in following]
