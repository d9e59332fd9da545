"""Owners by pronoun: whether "his", "her" or "its" before what a denial answers ("disputed her account") may stand
for the party whose claim it would answer."""
import re
from typing import Final

from claims.entities import guess_gender
from claims.first_names import is_first_name
from claims.mentions import is_organisation_name
from claims.model import Speaker

# The kind of party an owner's pronoun stands for; "their" stands for any.
PRONOUN_KINDS: Final = {"his": "male", "her": "female", "its": "organisation"}
# The pronoun owning the words a denial points back with: "her account", "his own figures".
OWNING_PRONOUN: Final = re.compile(r"^\W*(his|her|its)\s", re.IGNORECASE)


def kind_of(speaker: Speaker) -> str | None:
    """"organisation", "male", "female", or None for a person whose gender is not known."""
    if is_organisation_name(speaker.name):
        return "organisation"
    return guess_gender(speaker.name, (speaker.title,) if speaker.title else ()) or _gender_after_role(speaker.name)


def _gender_after_role(name: str) -> str | None:
    """The gender of a name that a word of the speaker's role opens ("Nurse Maria Lopez", "Passenger Tom Hale"): a
    first word that is no first name is read past."""
    words = name.split()
    if len(words) < 3 or is_first_name(words[0]):
        return None
    return guess_gender(" ".join(words[1:]), ())


def fits(kind: str, speaker_kind: str | None) -> bool:
    """Whether a pronoun of the kind may stand for a speaker of the other: "his" for a person not known to be a woman."""
    return speaker_kind == kind or (speaker_kind is None and kind != "organisation")


def owner_kind(words: str) -> str | None:
    """The kind of party the pronoun owning the pointing words stands for ("her account": "female"), or None."""
    found = OWNING_PRONOUN.match(words)
    return PRONOUN_KINDS[found.group(1).lower()] if found else None


def owner_may_be(words: str, speaker: Speaker | None) -> bool:
    """Whether the pronoun owning the pointing words, if any, may stand for the speaker: not when the speaker is known
    to be of another kind ("her account" is no man's, "its findings" no woman's); a name that tells nothing may be
    a body's ("Harbour Holdings") as well as a person's."""
    owner = owner_kind(words)
    if owner is None or speaker is None:
        return True
    kind = kind_of(speaker)
    return kind is None or kind == owner
