"""Speaker mentions in a sentence: names with titles, pronouns, roles, organisations, anonymous sources."""
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Final

from claims.casing import Words
from claims.first_names import is_first_name, lone_first_name_gender
from claims.lexicon import ANONYMOUS_HEADS, BROADCAST_WORDS, ORGANISATION_WORDS, PLACE_ENDINGS, PLACE_OPENERS, PLACES, REGIONS, RELATION_WORDS, TITLES
from claims.model import Span
from claims.patterns import word_alternation
from claims.scanning import ascii_letter_runs, holds_any, is_w_character, is_word_character, last_word, stripped_end, words_start


def first_run(word: str) -> bytes:
    """The run of the letters a to z that the word opens with (as ascii_letter_runs reads runs)."""
    return re.split("[^a-z]", word, maxsplit=1)[0].encode()


NAMES_REMEMBERED: Final = 4096
# Abbreviations that keep their full stop inside a name.
ABBREVIATION_WORDS: Final = "Mr Mrs Ms Dr Jr Sr St Gov Sen Rep Gen Lt Col Sgt Capt Prof Rev Adm Corp Inc Co Ltd No".split()
# A trie: sre reads a word once instead of trying each abbreviation (at most one of them ends at a full stop).
NAME_ABBREVIATIONS: Final = rf"(?:{word_alternation(ABBREVIATION_WORDS)})\."
# One capitalised word: initials ("U.S.", "J."), names with apostrophes or hyphens ("O'Brien", "Al-Sisi").
UPPER: Final = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪĶĹĽŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"  # capitals of the Latin alphabets
CAPITALISED: Final = rf"(?:{NAME_ABBREVIATIONS}|(?:[A-Z]\.){{1,4}}(?![A-Za-z])|[{UPPER}][\w'’\-]*[^\W_](?<!['’]s)|[{UPPER}](?![\w.]))"
NAME_CONNECTORS: Final = r"(?:of(?:[ \t]+the)?|de|del|da|van|von|bin|al|la|le|du)"
NAME_SEQUENCE: Final = re.compile(rf"(?<![\w.])(?:{CAPITALISED})(?:[ \t]+(?:{NAME_CONNECTORS}[ \t]+)?(?:{CAPITALISED}))*(?P<possessive>['’]s\b)?")
NAME_START: Final = rf"[{UPPER}](?<![\w.][{UPPER}])"  # where NAME_SEQUENCE can start
# CAPITALISED once its first letter is read: an abbreviation's first letter looked behind for, the rest of it
# read, and the whole looked behind for (in groups of one length, as a look-behind has one).
ABBREVIATIONS_BY_LENGTH: Final = [[word for word in ABBREVIATION_WORDS if len(word) == length] for length in sorted(set(map(len, ABBREVIATION_WORDS)))]
ABBREVIATION_AFTER_FIRST: Final = (
    rf"(?<=[{''.join(sorted({word[0] for word in ABBREVIATION_WORDS}))}])(?:{word_alternation({word[1:] for word in ABBREVIATION_WORDS})})\."
    rf"(?:{'|'.join(f'(?<=(?:{chr(124).join(words)})[.])' for words in ABBREVIATIONS_BY_LENGTH)})"
)
CAPITALISED_AFTER_FIRST: Final = (
    rf"(?:{ABBREVIATION_AFTER_FIRST}|(?<=[A-Z])\.(?:[A-Z]\.){{0,3}}(?![A-Za-z])|[\w'’\-]*[^\W_](?<!['’]s)|(?![\w.]))"
)
# NAME_SEQUENCE opening with the letter NAME_START finds: a pattern that opens with a look-behind is tried at
# every character, one that opens with a class lets sre skip to the capitals, and one finditer costs less
# than a search and a match per capital.
NAMES: Final = re.compile(
    rf"{NAME_START}{CAPITALISED_AFTER_FIRST}(?:[ \t]+(?:{NAME_CONNECTORS}[ \t]+)?(?:{CAPITALISED}))*(?P<possessive>['’]s\b)?"
)
# Words run together by a page's markup ("BassettFlagShareLikeReplyPaige", "ChristieJEWEL"): a capital after a
# small letter three times in one word, or followed by another capital, where a name has two at most
# ("McDonald", "RealClearPolitics", "FiveThirtyEight").
GLUED_WORDS: Final = re.compile(r"[a-z][A-Z](?:[A-Z]|[\w'’\-]*?[a-z][A-Z][\w'’\-]*?[a-z][A-Z])")
# A party and constituency or an age in parentheses right after a name: part of the mention, never a speaker.
NAME_LABEL: Final = re.compile(r"[ \t]*\([^()\n]{1,30}\)")
# In the lower-cased text: a case-blind pattern is slower. It reads "\b(?:he|she|they|it|we|i)\b" opening with the
# pronouns' first letters, which sre skips to, and looking behind each for the rest of the word.
PRONOUN: Final = re.compile(r"[hstwi](?<!\w[hstwi])(?:(?<=h)e|(?<=s)he|(?<=t)hey|(?<=i)t?|(?<=w)e)\b")
PRONOUN_WORDS: Final[tuple[str, ...]] = ("he", "she", "they", "it", "we", "i")
PRONOUN_RUNS: Final = frozenset(word.encode() for word in PRONOUN_WORDS)  # each pronoun PRONOUN finds stands as a whole run of letters
PRONOUN_RUNS_ALONE: Final = tuple((word, f" {word} ") for word in PRONOUN_WORDS)  # ... between spaces in the runs of an article
ANONYMOUS_PREFIX_WORDS: Final = 4
ANONYMOUS: Final = re.compile(
    r"\b(?:(?:a|an|one|two|three|four|several|some|many|other|the|senior|top|government|administration|"
    rf"[A-Z][\w.\-]*)[ \t]+){{0,{ANONYMOUS_PREFIX_WORDS}}}"
    rf"(?i:{word_alternation(ANONYMOUS_HEADS)})\b"
    r"(?:[ \t]+(?:familiar with|briefed on|close to|with (?:direct )?knowledge of|involved in|with|at|in|for|from|of)"
    r"[ \t]+[^,.;:\"“”()—]{1,60}?(?=[,.;:\"“”()—]|[ \t]+(?:said|say|says|told|who|has|have|had|is|are|was|were|will|would|[a-z]+ed)\b))?"
)
# ANONYMOUS opens with a word boundary, so that a search tries it at every character: it is searched for from a
# few words before each head word instead, which a plain pattern finds in the article's `lower_case` text (in
# longer words too), skipping to the heads' letters. Lower-casing leaves "ı" and "ſ", which the case-blind
# pattern reads as "i" and "s": where they stand, the pattern is searched for from the start.
ANONYMOUS_HEAD: Final = re.compile(word_alternation(ANONYMOUS_HEADS))
CASE_BLIND_LETTERS: Final[tuple[str, ...]] = ("ı", "ſ")

# "told BBC One's Breakfast with Frost programme", "told the Today programme", "said on Fox News Sunday": a
# capitalised phrase after "told" or "on"; it names a broadcast (a listener) when a broadcast word is in it.
BROADCAST_PHRASE: Final = r"(?:the[ \t]+)?[A-Z][\w.'’&-]*(?:[ \t]+(?:(?:with|of|on|and|at|the)[ \t]+)*[A-Z][\w.'’&-]*)*(?:[ \t]+(?:programme|program|show|podcast))?"
# The pattern opens with the space after the word and looks behind it for the word: sre skips to a literal in a
# tight loop, where words that open a pattern are tried at every "t" and "o" (the scan of an article cost three
# times as much). It reads text whose tabs are spaces, so that the space after the word is the literal.
AFTER_TOLD_OR_ON: Final = re.compile(rf" (?=[ \tA-Zt])(?:(?<=\bon |\bto )|(?<=\btold ))[ \t]*(?P<phrase>{BROADCAST_PHRASE})")
# The words AFTER_TOLD_OR_ON looks behind its space for, each with that space; and what can follow the space.
TOLD_OR_ON_WORDS: Final[tuple[str, ...]] = ("on ", "to ", "told ")
AFTER_TOLD_OR_ON_NEXT: Final = frozenset(" \tABCDEFGHIJKLMNOPQRSTUVWXYZt")
BROADCAST_WORD: Final = re.compile(r"[\w.]+")
SPOKEN_TO: Final[tuple[str, ...]] = ("Speaking to", "speaking to", "Talking to", "talking to")  # before the one spoken to
# "Speaking to reporters in Leeds, the mayor said": the participle phrase up to its comma names whom the speaker
# spoke to and where, all of it a listener aside (looked for only where "peaking to" or "alking to" stands).
SPOKEN_TO_ASIDE: Final = re.compile(r"(?<![\w'’-])(?:[Ss]peaking|[Tt]alking)[ \t]+to[ \t]+(?P<phrase>[^,.;:!?\n\"“”]{1,100}),")

DEMONYMS: Final = {place.demonym.lower(): place.country for place in PLACES}
COUNTRIES: Final = {place.country.lower(): place.country for place in PLACES}
CAPITALS: Final = {place.capital.lower(): place.country for place in PLACES}
ROLE_WORDS: Final = frozenset(word for title in TITLES for word in title.split()) - {"of"}
# The word a title ends with ("minister" of "prime minister"): the head of a role phrase.
ROLE_HEADS: Final = frozenset(title.split()[-1] for title in TITLES)
_HEADS: Final = word_alternation(w for w in ROLE_HEADS | ORGANISATION_WORDS if w.isalpha())
# "the prime minister", "the Trump administration", "Japan's prime minister", "the company".
ROLE: Final = rf"(?P<role>(?:(?!(?:the|a|an)\b)[A-Za-z][\w.\-]*[ \t]+){{0,3}}?(?:{_HEADS}))\b(?!['’]s)"
# "\b(?:(?:[Tt]he|[Aa]n?)[ \t]+|(?P<owner>[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*)*)['’]s[ \t]+)" then ROLE, opening with
# the first letter, which sre skips to (a pattern that opens with \b is tried at every character); the owner's
# first letter is read before its group: the owner is text[match.start() : match.end("owner")].
ROLES: Final = re.compile(
    rf"[A-Zat](?<!\w[A-Zat])(?:(?:(?<=[Tt])he|(?<=[Aa])n?)[ \t]+|(?<=[A-Z])(?P<owner>[\w.\-]*(?:[ \t]+[A-Z][\w.\-]*)*)['’]s[ \t]+){ROLE}"
)
# ... and in text without a possessive ("'s"), that an owner needs: after "the", "a" or "an".
ROLES_AFTER_DETERMINER: Final = re.compile(rf"[TtAa](?<!\w[TtAa])(?:(?<=[Tt])he|(?<=[Aa])n?)[ \t]+{ROLE}")
# Party labels name an affiliation, not a speaker, when they stand alone ("Republican" lawmakers).
PARTY_ADJECTIVES: Final = frozenset("republican democratic democrat conservative liberal labour gop progressive libertarian".split())
# Capitalised words that start sentences but never start names.
NOT_NAME_STARTS: Final = frozenset(
    "the a an and but or so yet for nor if as at by in on of to from with without within after before during "
    "since until while when where why how what which who whom whose this that these those there here it its "
    "he she they we i you his her their our my your one some many most more all any each every no not "
    "opposite unlike like despite although though because however meanwhile still also even just only "
    "speaking asked according including following earlier later then now today yesterday tomorrow "
    "neither either both last next monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december".split()
)

# Words that end a noun phrase when scanning away from a cue: clause words, verbs of being, conjunctions.
NP_BREAKERS: Final = frozenset(
    "that which who whom whose what when where while as because if than though although but or so and nor "
    "is are was were be been being has have had do does did will would can could should may might must "
    "said says say told tells added adds not to by with about after before since until into onto upon despite amid "
    "it he she they we i you him them us me this these those there here also just even only".split()
)
# Words of a clause that a headline capitalises ("Chris Christie Is Over Marco Rubio", "Trump Says His Plan Will
# Not …") and that never stand inside a name: a capitalised run is cut before the first one after its start.
# Weekdays after a name say when, not who: "New Hampshire Monday", "Ohio on Tuesday" end before them.
# (Every weekday ends in "day", which is looked for first: the pattern is tried at every character of a run.)
TRAILING_WEEKDAYS: Final = re.compile(r"(?:[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)+$")
HEADLINE_CLAUSE_WORDS: Final = frozenset("is are was were does did not says has have will would could should must to with about than".split())
DETERMINERS: Final = frozenset("the a an some many most all both each several few one two three four five six seven eight nine ten his her their its our my your".split())
# Capitalised words that open a sentence before an unnamed source and are no part of it ("But", "Meanwhile").
CONNECTIVE_OPENERS: Final = NOT_NAME_STARTS - DETERMINERS - {"other", "more", "most", "no", "any", "every", "this", "that", "these", "those"}
NAME_START_WORD: Final = re.compile(r"([A-Z][a-z]*)[ \t]+")
SPEAKER_NOUNS: Final = ANONYMOUS_HEADS | ORGANISATION_WORDS | ROLE_HEADS
# "Coalition Against Trump", "Parents For Safer Roads": a cause right after a group's first word (a word of an
# organisation, or a plural) makes a title-case name a group's, whatever surname it holds; a title's "For" does
# not ("Commissioner For Human Rights Jane Roe" is a person).
CAUSE_WORDS: Final = frozenset({"Against", "For"})
TITLE_PREPOSITIONS: Final = frozenset({"of", "for", "on"})  # "Minister of Finance", "Commissioner for Human Rights"
# The letters each speaker noun opens with: a lower-case word that is a speaker noun opens with a whole run of them.
SPEAKER_NOUN_RUNS: Final = frozenset(first_run(noun) for noun in SPEAKER_NOUNS) - {b""}
NON_SPACE_RUN: Final = re.compile(r"\S+")
PHRASE_WORD: Final = re.compile(r"[A-Za-z0-9$%][\w$%.'’\-]*")
NOT_IN_PHRASE_WORD: Final = re.compile(r"[^\w$%.'’\-]")  # a word never spans one of these
PHRASE_WINDOW: Final = 64  # characters first read back from a cue for its phrase
MAX_PHRASE_WORDS: Final = 10
# Prepositions a scanned phrase neither starts nor ends with.
EDGE_PREPOSITIONS: Final = frozenset("of in at for from on".split())


@dataclass
class Mention:
    """A phrase that can be a speaker, with what it says about them."""

    span: Span
    text: str
    kind: str  # person | organisation | pronoun | anonymous | role
    name: str
    title: str | None = None
    affiliation: str | None = None
    country: str | None = None
    possessive: bool = False
    description: str | None = None  # "former Florida governor" of "Jeb Bush, the former Florida governor,"

    def __init__(  # compiled, as claims/model.py says
        self, span: Span, text: str, kind: str, name: str, title: str | None = None, affiliation: str | None = None,
        country: str | None = None, possessive: bool = False, description: str | None = None,
    ) -> None:
        self.span, self.text, self.kind, self.name, self.title = span, text, kind, name, title
        self.affiliation, self.country, self.possessive, self.description = affiliation, country, possessive, description


MENTION_FIELDS_AFTER_SPAN = fields(Mention)[1:]


def is_title_word(word: str) -> bool:
    return word.lower() in ROLE_WORDS


def country_of(words: list[str]) -> str | None:
    for word in [" ".join(words), *words]:
        lowered = word.lower()
        found = DEMONYMS.get(lowered) or COUNTRIES.get(lowered) or CAPITALS.get(lowered)
        if found:
            return found
    return None


def is_organisation_name(name: str) -> bool:
    lowered = name.lower()
    if lowered in COUNTRIES or lowered in CAPITALS:
        return True
    return any(word in ORGANISATION_WORDS for word in lowered.replace(".", " ").split()) or _names_a_cause(name.split())


def _names_a_cause(words: list[str]) -> bool:
    """Whether the name is a group's named for its cause: a group's first word, then "For" or "Against" and more."""
    return len(words) > 2 and words[1] in CAUSE_WORDS and (words[0].lower() in ORGANISATION_WORDS or words[0].endswith("s"))


def _title_length(words: list[str]) -> int:
    """How many leading words are a title ("U.S. Treasury Secretary | Scott Bessent"); a title in capitals
    that ends the phrase after two words or more follows a name ("Ann Hale MP") and is none."""
    length = 0
    for index, word in enumerate(words):
        if is_title_word(word) and not (index > length + 1 and index == len(words) - 1 and word.isupper()):
            length = index + 1
        elif word.lower() not in DEMONYMS and word.lower() not in COUNTRIES and length and index > length:
            break
    return length


def _label(word: str) -> bool:
    """A party or nationality that describes whoever is named after it."""
    return word.lower() in PARTY_ADJECTIVES or word.lower() in DEMONYMS


def classify_name(text: str, start: int, end: int, possessive: bool = False) -> Mention | None:
    """A capitalised sequence as a person (with title), an organisation, or a bare role."""
    classified = _classified(text[start:end], possessive)
    if classified is None:
        return None
    (first, last), others = classified
    return Mention((start + first, start + last), *others)


@lru_cache(maxsize=NAMES_REMEMBERED)
def _classified(phrase: str, possessive: bool) -> tuple[Span, tuple] | None:
    """`classify_name` of the phrase alone, remembered as the mention's span and its other fields in order (an
    article names the same people again and again): a new mention is built from them at every call, as mentions
    are completed later, and positional fields build it in a third of the time a copy by keywords takes."""
    mention = _classification(phrase, possessive)
    return (mention.span, tuple(getattr(mention, field.name) for field in MENTION_FIELDS_AFTER_SPAN)) if mention else None


def _classification(phrase: str, possessive: bool) -> Mention | None:
    """`classify_name` of the phrase alone."""
    text, start, end = phrase, 0, len(phrase)
    words = phrase.split()
    affiliation = None
    if "of" in words[1:-1]:
        cut = words.index("of", 1)
        head = words[:cut]
        if not is_organisation_name(" ".join(head)) and not all(is_title_word(w) for w in head):
            affiliation = " ".join(w for w in words[cut + 1 :] if w != "the")
            words = head
    end = stripped_end(text, start, end)
    mention_text = text[start:end]
    if words[-1].lower().rstrip(".") in ORGANISATION_WORDS:  # "State Department", "Finance Ministry": no title in it
        return Mention((start, end), mention_text, "organisation", " ".join(words), affiliation=affiliation, country=country_of(words), possessive=possessive)
    split = _title_length(words)
    while len(words) - split > 2 and _label(words[split]) and is_first_name(words[split + 1]):
        split += 1  # "Republican Donald Trump", "French Emmanuel Macron": a label, then the name
    if split and split < len(words) and words[split].lower() in TITLE_PREPOSITIONS:
        # "Leader of the Opposition Sunita Verma", "Commissioner For Human Rights Jane Roe": the title runs on to
        # the first name
        split = next((i for i in range(split + 1, len(words) - 1) if words[i][:1].isupper() and is_first_name(words[i])), split)
    title_words, name_words = words[:split], words[split:]
    if not name_words:
        if is_organisation_name(" ".join(words)):  # "Ministry of Finance": no person behind the title words
            return Mention((start, end), mention_text, "organisation", " ".join(words), possessive=possessive)
        return Mention((start, end), mention_text, "role", " ".join(words), title=" ".join(words), country=country_of(words), possessive=possessive)
    name = " ".join(name_words)
    if name.lower() in REGIONS or len(name_words) == 1 and (name.lower() in DEMONYMS or name.lower() in PARTY_ADJECTIVES):
        return None
    if len(name_words) > 1 and (name_words[0].lower() in PLACE_OPENERS or name_words[-1].lower() in PLACE_ENDINGS):
        return None
    if is_organisation_name(name) and not title_words:
        return Mention((start, end), mention_text, "organisation", name, affiliation=affiliation, country=country_of(name_words), possessive=possessive)
    return Mention((start, end), mention_text, "person", name, title=" ".join(title_words) or None, affiliation=affiliation, country=country_of(title_words), possessive=possessive)


def name_mentions(text: str, start: int, end: int, known_words: set[str], common_words: Words, limit: int) -> list[Mention]:
    """People, organisations and capitalised roles named between start and end, the first `limit` of them.

    `known_words` are words the article capitalises mid-sentence (so they are names); `common_words` are
    words it also writes in lower case (so a capitalised one at the start of a sentence is not a name).
    """
    mentions: list[Mention] = []
    labelled_until = start
    for match in NAMES.finditer(text, start, end):
        if len(mentions) == limit:
            break
        m_start, m_end = match.span()  # one call on the match object (a method call each) for both ends
        if m_start < labelled_until:
            continue  # inside the label of the name before
        possessive_mark = match["possessive"]
        m_end -= len(possessive_mark or "")
        lowered = text[m_start:m_end].lower()
        if _is_common_word(text, m_start, m_end, lowered):
            continue  # a common word alone ("The", "June"), the commonest capitalised run: a sentence starter
        possessive = bool(possessive_mark)
        if headline_end := _headline_cut(text, m_start, m_end, lowered):
            m_end, possessive = headline_end, False
        if text.endswith("day", m_start, m_end) and (weekday := TRAILING_WEEKDAYS.search(text, m_start, m_end)):
            m_end, possessive = weekday.start(), False  # "won New Hampshire Monday": a place, then when
        if text.startswith(" for ", m_end):  # rare: the call is made only then
            m_end, possessive = _office_for(text, m_start, m_end, end, possessive)
        words = text[m_start:m_end].split()
        while words and _is_sentence_starter(text, m_start, words, known_words, common_words):
            m_start = text.index(words[1], m_start + len(words[0])) if len(words) > 1 else m_end
            words = words[1:]
        if words and not GLUED_WORDS.search(text, m_start, m_end):
            mention = classify_name(text, m_start, m_end, possessive=possessive)
            if mention and " " not in mention.name:
                mention = _lone_word(text, mention)
            if mention:
                mention = _labelled(text, mention, end)
                labelled_until = mention.span[1]
                mentions.append(mention)
    return mentions


def _lone_word(text: str, mention: Mention) -> Mention | None:
    """A word alone cut short before a full stop and a comma ("Millbrook, Ore., by") or a party after "v." ("Roe
    v. Wade") is a place's abbreviation or a case's name, and no mention, whatever first name it spells; a first
    name after a lower-case "the" ("a boat called the Wren", "told the Herald") is a boat's or a newspaper's, an
    organisation's and not a person's whom a pronoun may mean."""
    if text.startswith(".,", mention.span[1]) or text.endswith(" v. ", 0, mention.span[0]):
        return None
    if mention.kind == "person" and _the_before(text, mention.span[0]) == "the" and lone_first_name_gender(mention.name) is not None:
        mention.kind = "organisation"
    return mention


def _is_common_word(text: str, start: int, end: int, lowered: str) -> bool:
    """Whether text[start:end] (`lowered`, in lower case) is a common word that opens sentences ("The", "June")
    and no body's initials after "the" ("the WHO")."""
    return lowered in NOT_NAME_STARTS and not (text[start + 1 : start + 2].isupper() and _acronym_after_the(text, start, end))


def _acronym_after_the(text: str, start: int, end: int) -> bool:
    """A common word in capitals after "the" ("the WHO said"): a body's initials, not the word."""
    return text[start:end].isupper() and end - start > 1 and _the_before(text, start).lower() == "the"


def _the_before(text: str, start: int) -> str:
    """The word "the" as written ("the", "The") when it stands whole one space before start, else "" ("loathe ONE",
    "bathe Maisie": no "the")."""
    the_start = start - len("the ")
    if the_start < 0 or text[start - 1] != " " or the_start > 0 and is_word_character(text[the_start - 1]):
        return ""
    return text[the_start : start - 1]


def _office_for(text: str, start: int, end: int, limit: int, possessive: bool) -> tuple[int, bool]:
    """A title's run, followed by " for ", joined to the office and name after it ("Minister | for | Health Ann
    Kelly"): where the run ends then, and whether it ends possessive. Only a run holding a first name is joined on."""
    if not is_title_word(text[start:end].split()[-1]):
        return end, possessive
    office = NAME_SEQUENCE.match(text, end + len(" for "), limit)
    if office is None or not any(is_first_name(word) for word in office.group().split()[1:]):
        return end, possessive
    return office.end() - len(office["possessive"] or ""), bool(office["possessive"])


def _headline_cut(text: str, start: int, end: int, lowered: str) -> int | None:
    """Where a capitalised run (`lowered`, in lower case) is cut as a headline's clause begins ("Chris Christie |
    Is Over …"), if it is."""
    if HEADLINE_CLAUSE_WORDS.isdisjoint(lowered.split()[1:]):
        return None  # as most runs are: their words are not found one by one
    words = list(NON_SPACE_RUN.finditer(text, start, end))
    cut = next(i for i, word in enumerate(words[1:], 1) if word.group().lower() in HEADLINE_CLAUSE_WORDS)
    return words[cut - 1].end()


def _labelled(text: str, mention: Mention, end: int) -> Mention:
    """A person with the label in parentheses after the name ("Rep. Ann Hale (D-Ohio)", "Tom Reed (Lab)")."""
    label = NAME_LABEL.match(text, mention.span[1], end)
    if mention.kind != "person" or mention.possessive or not label:
        return mention
    mention.span = (mention.span[0], label.end())
    mention.text = text[slice(*mention.span)]
    return mention


def starts_sentence(text: str, position: int) -> bool:
    """Whether position opens a sentence: after . ! ? or a colon, or after a quotation that ended one."""
    before = text[max(0, position - 4) : position].rstrip()
    if not before:
        return not text[max(0, position - 40) : position].strip(" \t") or "\n" in text[max(0, position - 2) : position]
    if before[-1] in "\"“”'’":
        before = before[:-1]
        if not before or before[-1] in "\n ":
            return True
    return before[-1] in ".!?:\n"


def _is_sentence_starter(text: str, start: int, words: list[str], known: set[str], common: Words) -> bool:
    """Whether the first word is a capitalised common word rather than the start of a name."""
    first = words[0].lower()
    if _is_common_word(text, start, start + len(first), first) or first in PARTY_ADJECTIVES and len(words) == 1:
        return True
    if len(words) > 1 and is_title_word(first):
        return False  # "President Ilse Marten" opening a sentence
    at_sentence_start = starts_sentence(text, start)
    if not at_sentence_start or words[0] in known:
        return False
    adverb = first.endswith(("ly", "ing")) and len(first) > 4 or first.endswith("-old")  # "Ten-year-old Oscar": an age
    # "Shares of Acme Corp", "Members of Congress" — but not "Bank of America" or "Secretary of State".
    common_of = len(words) > 2 and words[1] == "of" and not is_organisation_name(words[0]) and not is_title_word(first)
    return adverb or common_of or first in common or (len(words) == 1 and not is_organisation_name(words[0]) and not _named_aside(text, start, words[0]))


def _named_aside(text: str, start: int, word: str) -> bool:
    """A first name alone opening a sentence before a comma ("Mark, whose daughter moved, said"): a person, unless
    what the comma sets off describes a thing ("Chelsea, the London club,")."""
    end = start + len(word)
    if not text.startswith(",", end) or lone_first_name_gender(word) is None:
        return False
    described = THING_APPOSITIVE.match(text, end)
    return described is None or _person_word(described["head"].lower())


def _person_word(word: str) -> bool:
    """Whether an appositive's last word names a person: a title, a relation, or a word ending as people's do
    ("teacher", "signalman", "pianist"); a plural as its singular."""
    singular = word.removesuffix("s")
    return any(w in TITLES or w in RELATION_WORDS or w.endswith(PERSON_ENDINGS) for w in (word, singular))


def broadcasts(text: str) -> list[Span]:
    """Spans of broadcasts and outlets after "told" or "on": their names are listeners, not speakers; so is any name
    after "speaking to" ("Speaking to RNZ, the mayor said"), an outlet the broadcast words do not know, and any in
    a participle phrase of speaking to someone up to its comma ("Speaking to reporters in Leeds, …")."""
    spans = [
        match.span("phrase") for match in after_told_or_on(text.replace("\t", " "))  # the same length, the same words
        if text.endswith(SPOKEN_TO, 0, match.start())
        or any(word.lower().rstrip(".") in BROADCAST_WORDS or word.lower().endswith(("'s", "’s")) and word[:-2].lower() in BROADCAST_WORDS
               for word in BROADCAST_WORD.findall(match["phrase"]))
    ]
    if "peaking to" in text or "alking to" in text:
        asides = [aside.span("phrase") for aside in SPOKEN_TO_ASIDE.finditer(text)]
        spans = asides + [span for span in spans if not any(start <= span[0] and span[1] <= end for start, end in asides)]
    return spans


def after_told_or_on(text: str) -> list[re.Match[str]]:
    """What AFTER_TOLD_OR_ON.finditer(text) finds, the pattern tried only at the space after a whole "on", "to"
    or "told" with a space, a capital or a "t" after it: str.find skips to those words in C, where the pattern
    was tried at every space of the article."""
    spaces = sorted(space for word in TOLD_OR_ON_WORDS for space in _spaces_after(text, word))
    matches: list[re.Match[str]] = []
    for space in spaces:
        if matches and space < matches[-1].end():
            continue  # inside the phrase found before
        if match := AFTER_TOLD_OR_ON.match(text, space):
            matches.append(match)
    return matches


def _spaces_after(text: str, word: str) -> list[int]:
    """Where the space ending `word` ("on ") stands, the word whole before it and a character AFTER_TOLD_OR_ON
    can read after it."""
    spaces = []
    found = text.find(word)
    while found >= 0:
        space = found + len(word) - 1
        if (found == 0 or not is_w_character(text[found - 1])) and text[space + 1 : space + 2] in AFTER_TOLD_OR_ON_NEXT:
            spaces.append(space)
        found = text.find(word, found + 1)
    return spaces


def pronoun_mentions(text: str, lowered: str, start: int, end: int) -> list[Mention]:
    """He, she, they, it, we and I, found in the text's `lower_case` form (where its runs of letters hold one)."""
    pronouns = PRONOUN_RUNS.intersection(ascii_letter_runs(lowered, start, end))
    if not pronouns:
        return []
    # Each pronoun that a run is looked for by str.find, where PRONOUN tries every "h", "s", "t", "w" and "i".
    spans = sorted(span for pronoun in pronouns for span in _whole_words(lowered, pronoun.decode(), start, end))
    return [_pronoun(text, span) for span in spans]


def _pronoun(text: str, span: Span) -> Mention:
    written = text[span[0] : span[1]]
    return Mention(span, written, "pronoun", written.lower())


class Pronouns:
    """`pronoun_mentions` of an article's sentences, from where its pronouns stand, found once for the article
    (a sentence at a time, every "he" of "the" was looked at once more for each sentence holding a pronoun)."""

    def __init__(self, text: str, lowered: str, letter_runs: bytes | None) -> None:
        """`letter_runs`: the lowered text read as ASCII bytes with every character but the letters a to z made a
        space (None where "İ" makes the lowered text longer)."""
        self.text, self.lowered = text, lowered
        if letter_runs is None:
            self.spans = sorted(span for pronoun in PRONOUN_WORDS for span in _whole_words(lowered, pronoun, 0, len(lowered)))
        else:
            runs = f" {letter_runs.decode('ascii')} "
            self.spans = sorted(span for pronoun, alone in PRONOUN_RUNS_ALONE for span in _whole_runs(lowered, runs, pronoun, alone))
        self.starts = [span[0] for span in self.spans]

    def mentions(self, start: int, end: int) -> list[Mention]:
        """`pronoun_mentions(text, lowered, start, end)`."""
        if end < len(self.lowered) and is_w_character(self.lowered[end]):
            return pronoun_mentions(self.text, self.lowered, start, end)  # a word cut at `end` is whole in the sentence alone
        mentions = []
        for index in range(bisect_left(self.starts, start), len(self.spans)):
            span = self.spans[index]
            if span[1] > end:
                break  # this pronoun and those after it end past the sentence
            mentions.append(_pronoun(self.text, span))
        return mentions


def _whole_words(text: str, word: str, start: int, end: int) -> list[Span]:
    """Where the word stands in text[start:end] with no word character (as \\w reads one) beside it."""
    spans = []
    found = text.find(word, start, end)
    while found >= 0:
        after = found + len(word)
        if (found == 0 or not is_w_character(text[found - 1])) and (after == end or not is_w_character(text[after])):
            spans.append((found, after))
        found = text.find(word, found + 1, end)
    return spans


def _whole_runs(lowered: str, runs: str, word: str, alone: str) -> list[Span]:
    """`_whole_words(lowered, word, 0, len(lowered))`, looked for where the article's runs of letters (`runs`, a
    space before and after them, `alone` the word between two spaces) hold the word as a run: most "he" and "i"
    stand inside longer words, which the runs skip in C."""
    spans = []
    found = runs.find(alone)  # the word stands at `found` in the lowered text, where a space stands in the runs
    while found >= 0:
        after = found + len(word)
        if (found == 0 or not is_w_character(lowered[found - 1])) and (after == len(lowered) or not is_w_character(lowered[after])):
            spans.append((found, after))
        found = runs.find(alone, found + 1)
    return spans


def anonymous_mentions(text: str, lowered: str, start: int, end: int) -> list[Mention]:
    """Unnamed sources: "sources familiar with the talks", "a person briefed on the matter", "officials"
    (`lowered` is the text's `lower_case` form)."""
    mentions = []
    for match in _anonymous_matches(text, lowered, start, end):
        phrase_start = match.start()
        # A capitalised sentence opener is no part of the source: "But prosecutors said".
        while (opener := NAME_START_WORD.match(text, phrase_start, match.end())) and opener[1].lower() in CONNECTIVE_OPENERS:
            phrase_start = opener.end()
        phrase = text[phrase_start : match.end()]
        mentions.append(Mention((phrase_start, match.end()), phrase, "anonymous", phrase))
    return mentions


def _anonymous_matches(text: str, lowered: str, start: int, end: int) -> list[re.Match[str]]:
    """What ANONYMOUS.finditer(text, start, end) finds: a phrase holds a head word, and starts at most
    ANONYMOUS_PREFIX_WORDS words before it, so none starts before the words ahead of the first head word."""
    if holds_any(lowered, CASE_BLIND_LETTERS, start, end):
        return list(ANONYMOUS.finditer(text, start, end))
    matches = []
    while head := ANONYMOUS_HEAD.search(lowered, start, end):
        match = ANONYMOUS.search(text, words_start(text, start, head.start(), ANONYMOUS_PREFIX_WORDS), end)
        if match is None:
            break
        matches.append(match)
        start = match.end()
    return matches


def organisation_name(phrase: str) -> str:
    """"the Trump administration" is named "Trump administration"; "the company" keeps its article."""
    first, _, rest = phrase.partition(" ")
    if first.lower() in DETERMINERS and rest and any(word[:1].isupper() for word in rest.split()):
        return rest
    return phrase


def role_mentions(text: str, start: int, end: int) -> list[Mention]:
    """Role references: "the prime minister", "Japan's prime minister", "the company"."""
    mentions = []
    possessive = text.find("'s", start, end) >= 0 or text.find("’s", start, end) >= 0
    for match in (ROLES if possessive else ROLES_AFTER_DETERMINER).finditer(text, start, end):
        role = match["role"]
        owner = text[match.start() : match.end("owner")] if possessive and match.start("owner") >= 0 else None
        head = role.split()[-1].lower()
        kind = "organisation" if head in ORGANISATION_WORDS and head not in ROLE_HEADS else "role"
        country = country_of([owner]) if owner else country_of(role.split())
        affiliation = owner if owner and not country else None
        name = organisation_name(match.group()) if kind == "organisation" else role
        mentions.append(Mention(match.span(), match.group(), kind, name, title=role, country=country, affiliation=affiliation))
    return mentions


# "her two million followers", "thousands of residents": people counted are a group no name is given for ("one" is left
# out: "One father, Tomasz," is a person).
COUNT_WORDS: Final = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds thousand thousands "
    "million millions billion dozen dozens".split()
)


def _phrase_kind(words: list[str]) -> str:
    """The kind its head says: the last word before a preposition ("the head of the union" is a role)."""
    before_preposition = next((index for index, word in enumerate(words) if index and word.lower() in EDGE_PREPOSITIONS), len(words))
    head = words[before_preposition - 1].lower().rstrip(".")
    if head in ANONYMOUS_HEADS or any(w.isdigit() or w.endswith("%") or w.lower() == "percent" or w.lower() in COUNT_WORDS for w in words):
        return "anonymous"
    if head in ORGANISATION_WORDS:
        return "organisation"
    return "role"


def _phrase(text: str, spans: list[tuple[int, int]]) -> Mention | None:
    """A mention for a noun phrase found by scanning (the speaker of a cue that no name fits)."""
    while spans and text[slice(*spans[0])].lower() in EDGE_PREPOSITIONS:
        spans = spans[1:]
    while spans and text[slice(*spans[-1])].lower() in EDGE_PREPOSITIONS | DETERMINERS:
        spans = spans[:-1]
    if not spans or GLUED_WORDS.search(text, spans[0][0], spans[-1][1]):
        return None
    start, end = spans[0][0], spans[-1][1]
    if text[end - 1] == "." and end - spans[-1][0] > 4:
        end -= 1  # a full stop, not an abbreviation's
    words = [text[s:e] for s, e in spans]
    kind = _phrase_kind(words)
    name = organisation_name(text[start:end]) if kind == "organisation" else text[start:end]
    return Mention((start, end), text[start:end], kind, name, title=text[start:end] if kind == "role" else None)


def _noun_like(word: str) -> bool:
    """A plural noun or a name: what "and" may join inside a speaker phrase ("advisers and allies")."""
    return len(word) > 2 and (word[0].isupper() or word.endswith("s") and not word.endswith("ss"))


def _word_before(text: str, limit: int, position: int) -> str:
    return text[slice(*last_word(text, limit, position))]


def _words_backwards(text: str, limit: int, end: int) -> Iterator[re.Match[str]]:
    """PHRASE_WORD matches of text[limit:end] as a reading from `limit` finds them, but last first.

    They are read in growing windows, each starting at a character no word contains (so no word is cut),
    and a phrase costs the words it reads rather than the whole sentence before it.
    """
    stop, window = end, PHRASE_WINDOW
    while stop > limit:
        start = max(limit, stop - window)
        if start > limit:
            boundary = NOT_IN_PHRASE_WORD.search(text, start, stop)
            start = boundary.start() if boundary else limit
        yield from reversed(list(PHRASE_WORD.finditer(text, start, stop)))
        stop, window = start, window * 2


def phrase_before(text: str, limit: int, end: int) -> Mention | None:
    """The noun phrase that ends at `end` ("The billionaire businessman" says; "Six in 10 voters" said), with
    the phrase its prepositional phrase qualifies ("the head of the union", "leaders on the ground")."""
    spans: list[tuple[int, int]] = []
    for match in _words_backwards(text, limit, end):
        gap = text[match.end() : spans[0][0] if spans else end]
        word = match.group().lower()
        joins_nouns = word == "and" and spans and _noun_like(text[slice(*spans[0])]) and _noun_like(_word_before(text, limit, match.start()))
        if gap.strip() or (word in NP_BREAKERS and not joins_nouns) or len(spans) >= MAX_PHRASE_WORDS:
            break
        spans.insert(0, match.span())
        if word in DETERMINERS and _word_before(text, limit, match.start()).lower() not in EDGE_PREPOSITIONS:
            break  # the phrase starts here, unless it goes on leftwards: "half of the voters"
    head = text[slice(*spans[-1])].lower() if spans else ""
    if head.endswith(("ed", "ly")) or len(spans) == 1 and head not in SPEAKER_NOUNS and text[spans[0][0]].islower():
        return None
    return _phrase(text, spans)


def phrase_after(text: str, start: int, limit: int) -> Mention | None:
    """The noun phrase that starts at `start` ("said the 46-year-old", "according to a new poll")."""
    spans: list[tuple[int, int]] = []
    for match in PHRASE_WORD.finditer(text, start, limit):
        gap = text[spans[-1][1] if spans else start : match.start()]
        word = match.group().lower()
        if gap.strip() or (word in NP_BREAKERS and spans) or len(spans) >= MAX_PHRASE_WORDS:
            break
        spans.append(match.span())
    return _phrase(text, spans)


def source_phrase(text: str, start: int, end: int) -> Mention | None:
    """Everything from start to end as one source ("a study last year by economists at Duke")."""
    spans = [match.span() for match in PHRASE_WORD.finditer(text, start, end)]
    return _phrase(text, spans) if 0 < len(spans) <= 3 * MAX_PHRASE_WORDS else None


# ", an analyst at Lakeside Capital" / ", the finance minister," / ", chief executive of Lopez Foods," after a
# name: the person's role and employer. Not a participle's clause (", saying the mayor had lied"): no "-ing" word
# opens a role, and no article stands inside one.
APPOSITIVE_ROLE: Final = re.compile(
    rf",[ \t]+(?:(?:a|an|the)[ \t]+)?(?![a-z]+ing\b)(?P<title>(?:(?!(?:a|an|the)\b)[\w.\-]+[ \t]+){{0,3}}?(?:{word_alternation(ROLE_HEADS)}))\b"
    r"(?:[ \t]+(?:at|of|for|with)[ \t]+(?:the[ \t]+)?(?P<affiliation>[A-Z][\w.&'’\-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w.&'’\-]*)*))?"
)


# ", the Republican presidential candidate," after a name: a description that a later "the candidate" refers back to.
APPOSITIVE_DESCRIPTION: Final = re.compile(
    r",[ \t]+(?:a|an|the)[ \t]+(?P<description>(?:[\w.’'\-]+[ \t]+){0,3}?[a-z][a-z\-]+)(?=[ \t]*[,.;]|[ \t]+(?:at|of|for|with|who|in)\b)"
)


# "Chelsea, the London club,": what a comma sets off after a word alone, and the last word of that description.
THING_APPOSITIVE: Final = re.compile(r",\s+(?:the|an?)\s+(?:[\w'’-]+\s+){0,3}?(?P<head>[a-z-]+)(?:\s+(?:of|for|at|in)\s+[^,]{1,40})?,")
PERSON_ENDINGS: Final[tuple[str, ...]] = ("er", "or", "ist", "ian", "man", "ess", "child", "girl", "boy", "student", "resident", "parent")
# "Her father, Tomás,", "Ruiz's daughter, Lucía,": a first name alone, set off after the relation it names.
RELATION_BEFORE_NAME: Final = re.compile(
    rf"(?:(?<![\w'’-])(?:[Hh]is|[Hh]er|[Tt]heir)|[A-Z][\w'’-]*['’]s?)\s+(?P<relation>{word_alternation(RELATION_WORDS)}),\s$"
)
RELATION_REACH: Final = 40


def describe_from_appositive(text: str, mention: Mention, end: int) -> None:
    """Fill a person's title, affiliation and description, or an organisation's description, from an appositive
    right after the name; a first name alone takes the relation before it as its title."""
    if mention.kind not in ("person", "organisation") or not text.startswith(",", mention.span[1], end):
        return  # both appositives open with a comma right after the name
    if mention.kind == "person" and " " not in mention.name and text.endswith(", ", 0, mention.span[0]) and (
        relation := RELATION_BEFORE_NAME.search(text, max(0, mention.span[0] - RELATION_REACH), mention.span[0])
    ):
        mention.title = mention.title or relation["relation"]
    if mention.kind == "person" and (match := APPOSITIVE_ROLE.match(text, mention.span[1], end)):
        mention.title = mention.title or match["title"]
        mention.affiliation = mention.affiliation or (match["affiliation"] or "").rstrip(".") or None
    if described := APPOSITIVE_DESCRIPTION.match(text, mention.span[1], end):
        mention.description = described["description"]
