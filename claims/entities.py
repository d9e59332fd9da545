"""Who a mention refers to: full names, role references and pronouns resolved across the article."""
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from claims.first_names import first_name_gender, lone_first_name_gender
from claims.lexicon import RELATION_GENDER, TITLES
from claims.mentions import Mention
from claims.model import Span, Speaker

GROUP_PRONOUNS: Final = {"they", "we"}
RELATIVE_PRONOUNS: Final = {"who", "which", "that"}  # the words at a claim whose speaker is their antecedent
PRONOUN_GENDER: Final = {"he": "male", "she": "female"}
# Honorifics and titles that tell a person's gender.
TITLE_GENDER: Final = {
    "mr.": "male", "mr": "male", "sir": "male", "king": "male", "prince": "male", "congressman": "male",
    "chairman": "male", "spokesman": "male", "councilman": "male",
    "mrs.": "female", "mrs": "female", "ms.": "female", "ms": "female", "miss": "female", "lady": "female",
    "queen": "female", "princess": "female", "congresswoman": "female", "chairwoman": "female",
    "spokeswoman": "female", "councilwoman": "female",
} | {word: gender for word, gender in RELATION_GENDER.items() if gender}  # "Her father, Tomás,": his title is "father"
# Abbreviated titles, spelt out so that "the senator" finds "Sen. Bernie Sanders".
TITLE_ABBREVIATIONS: Final = {
    "sen.": "senator", "rep.": "representative", "gov.": "governor", "gen.": "general", "adm.": "admiral",
    "prof.": "professor", "prof": "professor", "cllr": "councillor", "supt": "superintendent", "insp": "inspector",
}
# Words that make a role another office than the one without them: the shadow health secretary is not the health
# secretary, the deputy mayor not the mayor.
DISTINCT_OFFICES: Final = frozenset({"shadow", "deputy", "vice", "assistant", "junior", "opposition"})
GENDER_CACHE: Final = 1024  # people whose gender is kept: more than an article names
NAME_CACHE: Final = 1024  # names whose surname is kept: a name is looked up at every mention
SUFFIXES: Final = {"jr", "sr", "ii", "iii", "iv"}
# "the company" refers back to a name with a corporate suffix ("Acme Corp", "Fenwick Motors Ltd").
CORPORATE_HEADS: Final = {"company", "firm", "group", "carrier", "airline", "bank", "lender", "insurer", "automaker", "retailer"}
# "A witness who asked not to be named", "an official", "one resident": a single unnamed person, whom a later "he"
# or "she" may mean as it may mean a named speaker.
ONE_UNNAMED_PERSON: Final = re.compile(r"(?:a|an|one|another)\s", re.IGNORECASE)
CORPORATE_SUFFIX: Final = re.compile(r"\b(?:Corp|Corporation|Inc|Ltd|Co|Group|LLC|PLC|AG|SA|NV|Holdings|Motors|Bank)\b\.?")


def guess_gender(name: str, titles: Iterable[str]) -> str | None:
    """male, female or None: from the honorifics and titles, else from the first name. Titles that disagree
    ("Mr. Obama" and "Mrs. Obama" under one surname) tell nothing, whatever order they come in."""
    told = {TITLE_GENDER[word] for title in titles for word in title.lower().split() if word in TITLE_GENDER}
    if told:
        return told.pop() if len(told) == 1 else None
    words = name.split()
    if len(words) < 2:
        return None
    return {"male": "male", "female": "female"}.get(first_name_gender(words[0]))  # "mostly" tells too little: Bernie, Lindsey


@lru_cache(maxsize=GENDER_CACHE)
def _cached_gender(name: str, titles: frozenset[str]) -> str | None:
    """guess_gender, asked again about the same person for every pronoun that might refer to them."""
    return guess_gender(name, titles)


@dataclass
class Person:
    """A person named in the article, keyed by surname."""

    names: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    descriptions: set[str] = field(default_factory=set)  # appositives after the name: "the retired neurosurgeon"
    affiliation: str | None = None
    country: str | None = None
    last_seen: int = -1
    full_name: str = ""  # the fullest of `names` (most words, then longest), kept as names are added
    unnamed: bool = False  # "a witness", known by what they are: a "he" or "she" means them only until someone is named

    def __init__(  # compiled, as claims/model.py says
        self, names: set[str] | None = None, titles: set[str] | None = None, descriptions: set[str] | None = None,
        affiliation: str | None = None, country: str | None = None, last_seen: int = -1, full_name: str = "", unnamed: bool = False,
    ) -> None:
        self.names, self.titles = set() if names is None else names, set() if titles is None else titles
        self.descriptions = set() if descriptions is None else descriptions
        self.affiliation, self.country, self.last_seen, self.full_name, self.unnamed = affiliation, country, last_seen, full_name, unnamed

    def add_name(self, name: str) -> None:
        self.names.add(name)
        if name != self.full_name and _fullness(name) > _fullness(self.full_name):  # most mentions repeat the full name
            self.full_name = name

    @property
    def title(self) -> str | None:
        return max(self.titles, key=lambda title: (len(title), title)) if self.titles else None

    @property
    def is_person(self) -> bool:
        """Whether they are surely a person: named with a first name or a title somewhere, not only by one word
        that could as well be a company's ("Compaq") or a site's ("YouTube"), unless that word is a first name."""
        return bool(self.titles) or any(" " in name for name in self.names) or lone_first_name_gender(self.full_name) is not None

    @property
    def gender(self) -> str | None:
        if not self.titles and " " not in self.full_name:
            return lone_first_name_gender(self.full_name)
        return _cached_gender(self.full_name, frozenset(self.titles))

    def speaker(self, mention: str, span: Span | None) -> Speaker:
        return Speaker(mention, span, self.full_name, self.title, self.affiliation)


def _roles(person: Person) -> set[str]:
    """The person's titles and descriptions in lower case, abbreviations spelt out: "Sen." is a "senator"."""
    return {" ".join(TITLE_ABBREVIATIONS.get(word, word) for word in role.lower().split()) for role in person.titles | person.descriptions}


def _fullness(name: str) -> tuple[int, int, str]:
    """How full a name is: most words, then longest (then by text, so that the choice does not depend on order)."""
    return len(name.split()), len(name), name


@lru_cache(maxsize=NAME_CACHE)
def surname(name: str) -> str:
    """The key a person is known by: the last word of the name that is not a suffix ("Jr"), in lower case."""
    words = [w for w in name.replace("’", "'").split() if w.lower().rstrip(".,") not in SUFFIXES]
    return (words or name.split())[-1].lower()


@lru_cache(maxsize=NAME_CACHE)
def first_name(name: str) -> str | None:
    """The first word of a name of more than a surname ("Ghazala" of "Ghazala Khan"), in lower case."""
    words = [w for w in name.replace("’", "'").split() if w.lower().rstrip(".,") not in SUFFIXES]
    return words[0].lower() if len(words) > 1 else None


def _same_first_name(first: str, other: str | None) -> bool:
    """Whether two first names can be one person's: the same, an initial of the other, or one unknown."""
    if other is None or first == other:
        return True
    initial = next((word for word in (first, other) if len(word.rstrip(".")) == 1), None)
    return initial is not None and first[0] == other[0]


class Entities:
    """People seen so far, and the speakers that pronouns and roles resolve to."""

    def __init__(self, byline: list[str]):
        self.people: dict[str, list[Person]] = {}  # namesakes by surname, in the order first named
        self.byline = byline
        self.person_speakers: list[Person] = []  # most recent first
        self.last_subject: Person | None = None  # the person the sentence just read was about, if one
        self.last_group_speaker: Speaker | None = None
        self.last_organisation: Speaker | None = None
        self.named_organisations: list[str] = []  # in the order last named, latest last
        self.organisation_descriptions: dict[str, set[str]] = {}  # "Acme Corp, the Ohio carmaker": {"ohio carmaker"}
        self.role_holders: dict[str, Person] = {}  # unnamed people who spoke by their role: "the prime minister"
        self.introduced: list[tuple[int, Person]] = []  # (where first named, person), in text order
        self.last_speaker: tuple[Speaker, str] | None = None  # the latest top-level claim's speaker and attribution

    def _person(self, mention: Mention) -> Person:
        """The person the mention names, learning what it says of them; a new one when none fits. A surname
        that several namesakes fit ("Mr. Khan") teaches nothing: it may be any of them."""
        fitting = self._fitting(mention.name, mention.title)
        if len(fitting) > 1 and first_name(mention.name) is None:
            return fitting[0]
        person = fitting[-1] if fitting else None
        if person is None:
            person = Person()
            self.people.setdefault(surname(mention.name), []).append(person)
        person.add_name(mention.name)
        if mention.title:
            person.titles.add(mention.title)
        if mention.description:
            person.descriptions.add(mention.description.lower())
        person.affiliation = mention.affiliation or person.affiliation
        person.country = mention.country or person.country
        return person

    def _everyone(self) -> list[Person]:
        return [person for namesakes in self.people.values() for person in namesakes]

    def _fitting(self, name: str, title: str | None) -> list[Person]:
        """The people sharing the name's surname whose first name and gender agree with it: "Ghazala Khan" is
        not "Humayun Khan", and "Mrs. Clinton" is not Bill Clinton."""
        namesakes = self.people.get(surname(name))
        if not namesakes:
            return []  # a name's first mention: nothing to weigh its first name and gender against
        first = first_name(name)
        gender = _cached_gender(name, frozenset((title,)) if title else frozenset())
        return [
            person for person in namesakes
            if (first is None or _same_first_name(first, first_name(person.full_name)))
            and (gender is None or person.gender in (None, gender))
        ]

    def _namesake(self, name: str, title: str | None) -> Person | None:
        """The person a name refers to: of the namesakes that fit it, the first the article introduced (a later
        namesake is the one that writers keep naming in full) — unless the only one of them who has spoken is
        the latest speaker: after "Paul Hart died" and "Ruth Hart said …", "Hart said" is hers."""
        fitting = self._fitting(name, title)
        if len(fitting) < 2:
            return fitting[0] if fitting else None
        spoken = {id(person) for person in self.person_speakers}  # people compare by value; these are kept by identity
        speakers = [person for person in fitting if id(person) in spoken]
        if len(speakers) == 1 and speakers[0] is self.person_speakers[0]:
            return speakers[0]
        return fitting[0]

    def full_names(self, mentions: list[Mention]) -> None:
        """Pre-register every person so that a surname resolves to the fullest name given anywhere: first those
        named with a first name, in the order introduced, then the surnames alone. A run of capitalised words
        holding another person's surname ("Ted Cruz Hints Trump", a live blog's heading) names two people, not one."""
        people = [mention for mention in mentions if mention.kind == "person"]
        surnames = {surname(mention.name) for mention in people if " " in mention.name}
        introduced: dict[int, tuple[int, Person]] = {}
        for mention in sorted(people, key=lambda mention: first_name(mention.name) is None):
            own = surname(mention.name)
            if not any(word != own and word in surnames for word in mention.name.lower().split()[:-1]):
                person = self._person(mention)
                if id(person) not in introduced or mention.span[0] < introduced[id(person)][0]:
                    introduced[id(person)] = (mention.span[0], person)
        self.introduced = sorted(introduced.values(), key=lambda pair: pair[0])

    def observe(self, mention: Mention) -> None:
        """Remember where a person or organisation was last named, for later references."""
        if mention.kind == "organisation":
            self.last_organisation = Speaker(mention.text, mention.span, mention.name)
            if any(word[:1].isupper() for word in mention.name.split()):
                if mention.name in self.named_organisations:
                    self.named_organisations.remove(mention.name)
                self.named_organisations.append(mention.name)
                if mention.description:
                    self.organisation_descriptions.setdefault(mention.name, set()).add(mention.description.lower())
        elif mention.kind == "person":
            self._person(mention).last_seen = mention.span[0]

    def speaker(self, mention: Mention, sentence_people: list[Mention], sentence_end: int = -1) -> tuple[Speaker, str]:
        """The resolved speaker of a mention and how it is attributed (named, pronoun, organisation, anonymous);
        `sentence_end` is where the mention's sentence ends, if known."""
        if mention.kind == "person":
            person = self._namesake(mention.name, mention.title)
            if person is None:
                return Speaker(mention.text, mention.span, mention.name, mention.title, mention.affiliation), "named"
            speaker = person.speaker(mention.text, mention.span)
            speaker.title = mention.title or speaker.title
            speaker.affiliation = mention.affiliation or speaker.affiliation
            return speaker, "named"
        if mention.kind == "organisation":
            name = self._organisation(mention.text) or mention.name
            return Speaker(mention.text, mention.span, name, affiliation=mention.affiliation), "organisation"
        if mention.kind == "anonymous":
            return Speaker(mention.text, mention.span, mention.name, affiliation=mention.affiliation), "anonymous"
        if mention.kind == "role":
            if mention.text.lower() == "the statement" and self.last_speaker:  # "… said in a statement. The statement added …"
                last, attribution = self.last_speaker
                return Speaker(mention.text, mention.span, last.name, last.title, last.affiliation), attribution
            speaker = self._role(mention)
            if speaker.name == mention.text and (organisation := self._described_organisation(mention.text)):
                return Speaker(mention.text, mention.span, organisation), "organisation"  # "the carmaker"
            return speaker, "named"
        return self._pronoun(mention, sentence_people, sentence_end), "pronoun"

    def _organisation(self, phrase: str) -> str | None:
        """"the ministry" or "the company" resolved to the latest organisation named that fits it."""
        words = phrase.split()
        if len(words) < 2 or words[0].lower() != "the" or any(word[:1].isupper() for word in words[1:]):
            return None
        head = words[-1].lower()
        fitting = [
            name for name in self.named_organisations
            if head in name.lower().split() or head in CORPORATE_HEADS and CORPORATE_SUFFIX.search(name)
        ]
        return fitting[-1] if fitting else None

    def _described_organisation(self, phrase: str) -> str | None:
        """"the carmaker" resolved to the latest organisation named with an appositive ending in that word."""
        words = phrase.lower().split()
        if len(words) < 2 or words[0] != "the":
            return None
        fitting = [
            name for name in self.named_organisations
            if any(description.split()[-1] == words[-1] for description in self.organisation_descriptions.get(name, ()))
        ]
        return fitting[-1] if fitting else None

    def _role(self, mention: Mention) -> Speaker:
        """A role reference ("Japan's prime minister") resolved to the person holding that title."""
        words = mention.name.lower().split()
        role = next((" ".join(words[i:]) for i in range(len(words)) if " ".join(words[i:]) in TITLES), words[-1])
        head = role.split()[-1]
        # (Someone named without a title or description holds no role.)
        candidates = [p for p in self._everyone() if (p.titles or p.descriptions) and (mention.country is None or p.country in (None, mention.country))]
        # The whole role ("prime minister") before its head word alone ("minister"), then the person described
        # with most of the mention's words ("the former governor" and "the former Florida governor"), then
        # the same country, then the latest named.
        # A modifier that makes another office ("the shadow health secretary", "the deputy mayor") must be in
        # the person's titles too.
        distinct = DISTINCT_OFFICES.intersection(words)
        roles = {id(p): _roles(p) for p in candidates}  # read once: each test below reads them again
        holders = [
            p for p in candidates
            if any(title.endswith(head) for title in roles[id(p)]) and all(any(word in t.split() for t in roles[id(p)]) for word in distinct)
        ]
        ranked = sorted(
            holders,
            key=lambda p: (
                any(role in t for t in roles[id(p)]),
                max(sum(word in t.split() for word in words) for t in roles[id(p)]),
                p.country == mention.country,
                p.last_seen,
            ),
        )
        chosen = ranked[-1] if ranked else None
        if chosen is None:
            # "some commentators who have suggested": written "who", named by its antecedent's words
            name = mention.name if mention.text.lower() in RELATIVE_PRONOUNS else mention.text
            return Speaker(mention.text, mention.span, name, title=mention.title)
        speaker = chosen.speaker(mention.text, mention.span)
        speaker.title = speaker.title or mention.title
        return speaker

    def _pronoun(self, mention: Mention, sentence_people: list[Mention], sentence_end: int) -> Speaker:
        word = mention.name
        if word == "i" and self.byline:
            return Speaker(mention.text, mention.span, self.byline[0])
        unresolved = Speaker(mention.text, mention.span, mention.text)  # still a claim, by "she" as written
        if word in PRONOUN_GENDER or word == "i":
            person = self._antecedent(mention, sentence_people, PRONOUN_GENDER.get(word), sentence_end)
            return person.speaker(mention.text, mention.span) if person else unresolved
        resolved = self.last_group_speaker or self.last_organisation
        if word not in GROUP_PRONOUNS:
            resolved = self.last_organisation or self.last_group_speaker
        if resolved is None:
            return unresolved
        return Speaker(mention.text, mention.span, resolved.name, resolved.title, resolved.affiliation)

    def _antecedent(self, mention: Mention, sentence_people: list[Mention], gender: str | None, sentence_end: int) -> Person | None:
        """The person a he/she refers to: a subject earlier in the sentence, the latest speaker, the latest named."""
        def fits(person: Person | None) -> bool:
            return person is not None and person.is_person and (gender is None or person.gender in (None, gender)) and not (
                person.unnamed and any(named.last_seen > person.last_seen for named in self._everyone()))

        def latest_named() -> list[Person]:
            return sorted((p for p in self._everyone() if p.last_seen >= 0), key=lambda p: -p.last_seen)

        earlier = [self._namesake(m.name, m.title) for m in sentence_people if m.span[1] <= mention.span[0]]
        found = next((p for p in [*earlier, self.last_subject, *self.person_speakers] if fits(p)), None)
        return found or next((p for p in latest_named() if fits(p)), None) or self._introduced_later(max(mention.span[1], sentence_end), fits)

    def _introduced_later(self, after: int, fits: Callable[[Person | None], bool]) -> Person | None:
        """The person a lead's "he" or "she" stands for before anyone is named, as in a lead that names them only
        in the next paragraph ("rejecting his claim that … ¶ Raymond Kessler, 61, was …"): the first person the
        article names after the pronoun's sentence (`after`), not the writer of the byline. Someone named later
        in the pronoun's own sentence is another person ('"Q," he said, as coach Peter Jones looked on'): the
        writer would have named them in the pronoun's place."""
        byline = {name.lower() for name in self.byline}
        if any(p.last_seen >= 0 and p.full_name.lower() not in byline for p in self._everyone()):
            return None  # someone is named already: the pronoun is not the lead's, and means no one named later
        return next((p for start, p in self.introduced if start > after and fits(p) and p.full_name.lower() not in byline), None)

    def read_subject(self, mention: Mention | None) -> None:
        """Record the person the sentence just read names as a subject (None if it names none): a "he" or "she"
        in the next sentence prefers them to the latest speaker. A relative named only by relation ("Her mother")
        is known by that phrase, until someone is named after them."""
        if mention is not None and mention.kind == "anonymous":
            titles = {mention.title} if mention.title else set()
            self.last_subject = Person(names={mention.name}, titles=titles, last_seen=mention.span[0], full_name=mention.name, unnamed=True)
            return
        self.last_subject = self._namesake(mention.name, mention.title) if mention else None

    def spoke(self, speaker: Speaker, attribution: str) -> None:
        """Record the speaker of a top-level claim: later pronouns prefer them."""
        self.last_speaker = (speaker, "named" if attribution == "pronoun" else attribution)
        person = self._namesake(speaker.name, None) if attribution in ("named", "pronoun") else None
        if person is None and attribution == "named":
            person = self._role_holder(speaker.name)
        if person is None and attribution == "anonymous" and ONE_UNNAMED_PERSON.match(speaker.name):
            start = speaker.span[0] if speaker.span else -1
            person = Person(names={speaker.name}, titles={speaker.name}, last_seen=start, full_name=speaker.name, unnamed=True)
        if person is not None:
            self.person_speakers = [person, *(p for p in self.person_speakers if p is not person)]
        elif attribution in ("anonymous", "organisation"):
            self.last_group_speaker = speaker

    def _role_holder(self, role: str) -> Person | None:
        """The one person an unnamed role speaker stands for ("The Prime Minister said …"), whom a later "he"
        or "she" may mean; None for a phrase that names no title ("Planning officers")."""
        words = role.lower().split()
        if not any(" ".join(words[i:]) in TITLES for i in range(len(words))):
            return None
        holder = self.role_holders.setdefault(role.lower(), Person(titles={role}))
        holder.add_name(role)
        return holder
