"""Who a mention refers to: full names, role references and pronouns resolved across the article."""
from dataclasses import dataclass, field

from claims.mentions import Mention
from claims.model import Speaker

GROUP_PRONOUNS = {"they", "we"}
PERSON_PRONOUNS = {"he", "she", "i"}


@dataclass
class Person:
    """A person named in the article, keyed by surname."""

    names: list[str]
    titles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    country: str | None = None
    last_seen: int = -1

    @property
    def full_name(self) -> str:
        return max(self.names, key=lambda name: (len(name.split()), len(name)))

    @property
    def title(self) -> str | None:
        return max(self.titles, key=len) if self.titles else None


def surname(name: str) -> str:
    words = [w for w in name.replace("’", "'").split() if w.lower().rstrip(".") not in {"jr", "sr", "ii", "iii"}]
    return (words or name.split())[-1].lower()


class Entities:
    """People seen so far, and the speakers that pronouns and roles resolve to."""

    def __init__(self, byline: list[str]):
        self.people: dict[str, Person] = {}
        self.byline = byline
        self.last_person_speaker: Speaker | None = None
        self.last_group_speaker: Speaker | None = None
        self.last_organisation: Speaker | None = None

    def observe(self, mention: Mention) -> None:
        """Remember a person named in the text (a speaker or not) for later references."""
        if mention.kind == "organisation":
            self.last_organisation = Speaker(mention.text, mention.span, mention.name)
        if mention.kind != "person":
            return
        key = surname(mention.name)
        person = self.people.setdefault(key, Person(names=[]))
        person.names.append(mention.name)
        if mention.title:
            person.titles.append(mention.title)
        person.affiliation = mention.affiliation or person.affiliation
        person.country = mention.country or person.country
        person.last_seen = mention.span[0]

    def full_names(self, mentions: list[Mention]) -> None:
        """Pre-register every person so that a surname resolves to the fullest name given anywhere."""
        for mention in mentions:
            if mention.kind == "person":
                person = self.people.setdefault(surname(mention.name), Person(names=[]))
                person.names.append(mention.name)
                if mention.title:
                    person.titles.append(mention.title)

    def speaker(self, mention: Mention, sentence_people: list[Mention]) -> tuple[Speaker | None, str]:
        """The resolved speaker of a mention and how it is attributed (named, pronoun, organisation, anonymous)."""
        if mention.kind == "person":
            person = self.people.get(surname(mention.name))
            name = person.full_name if person else mention.name
            title = mention.title or (person.title if person else None)
            affiliation = mention.affiliation or (person.affiliation if person else None)
            return Speaker(mention.text, mention.span, name, title, affiliation), "named"
        if mention.kind == "organisation":
            return Speaker(mention.text, mention.span, mention.name, affiliation=mention.affiliation), "organisation"
        if mention.kind == "anonymous":
            return Speaker(mention.text, mention.span, mention.text, affiliation=mention.affiliation), "anonymous"
        if mention.kind == "role":
            return self._role(mention), "named"
        return self._pronoun(mention, sentence_people)

    def _role(self, mention: Mention) -> Speaker:
        """A role reference ("Japan's prime minister") resolved to the person holding that title."""
        role = mention.name.lower()
        fitting = [
            person for person in self.people.values()
            if any(role in title.lower() or title.lower().endswith(role.split()[-1]) for title in person.titles)
            and (mention.country is None or person.country in (None, mention.country))
        ]
        exact = [p for p in fitting if mention.country is None or p.country == mention.country]
        chosen = max(exact or fitting, key=lambda p: p.last_seen, default=None)
        if chosen is None:
            return Speaker(mention.text, mention.span, mention.text, title=mention.title)
        return Speaker(mention.text, mention.span, chosen.full_name, chosen.title or mention.title, chosen.affiliation)

    def _pronoun(self, mention: Mention, sentence_people: list[Mention]) -> tuple[Speaker | None, str]:
        word = mention.name
        if word in PERSON_PRONOUNS:
            if word == "i" and self.byline:
                return Speaker(mention.text, mention.span, self.byline[0]), "pronoun"
            earlier = [m for m in sentence_people if m.span[1] <= mention.span[0] and not m.possessive]
            if earlier:
                resolved, _ = self.speaker(earlier[0], [])
            else:
                resolved = self.last_person_speaker or self._latest_person()
        elif word in GROUP_PRONOUNS:
            resolved = self.last_group_speaker or self.last_organisation
        else:
            resolved = self.last_organisation or self.last_group_speaker
        if resolved is None:
            return None, "pronoun"
        return Speaker(mention.text, mention.span, resolved.name, resolved.title, resolved.affiliation), "pronoun"

    def _latest_person(self) -> Speaker | None:
        """The person named most recently, among those the article names in full or by title."""
        named = [p for p in self.people.values() if p.titles or any(" " in name for name in p.names)]
        person = max(named, key=lambda p: p.last_seen, default=None)
        if person is None or person.last_seen < 0:
            return None
        return Speaker(person.full_name, None, person.full_name, person.title, person.affiliation)

    def spoke(self, speaker: Speaker, attribution: str) -> None:
        """Record the speaker of a top-level claim: later pronouns prefer them."""
        if attribution in ("named", "pronoun") and speaker.mention.lower() not in GROUP_PRONOUNS | {"it"}:
            self.last_person_speaker = speaker
        elif attribution in ("anonymous", "organisation"):
            self.last_group_speaker = speaker
