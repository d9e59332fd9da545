"""First names, as gender_guesser's list of given names knows them."""
from functools import cache, lru_cache
from typing import Final

import gender_guesser.detector

from claims.lexicon import PLACES, REGIONS

# Places that are also first names ("Georgia", "Israel", "Houston"): one of these alone names no person.
_PLACE_NAMES: Final = frozenset(name.lower() for place in PLACES for name in (place.country, place.capital)) | REGIONS

# Words of submitted texts whose answers are kept: enough for an article's names many times over, and a bound on
# the memory that a text of endless made-up words can take.
NAME_CACHE: Final = 4096


@cache
def _detector() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


@lru_cache(maxsize=NAME_CACHE)
def first_name_gender(word: str) -> str:
    """male, mostly_male, female, mostly_female, andy (either) or unknown (not a first name the list knows)."""
    return _detector().get_gender(word)


def is_first_name(word: str) -> bool:
    return first_name_gender(word) != "unknown"


@lru_cache(maxsize=NAME_CACHE)
def lone_first_name_gender(name: str) -> str | None:
    """male or female for a person known by one word that the list is sure of ("Priya", "Mark"), as vox pops
    and school stories name pupils and parents; None for more words, a word not written as a name ("AP", "NATO"),
    a name the list is unsure of, or a place."""
    if " " in name or not name.istitle() or name.lower() in _PLACE_NAMES:
        return None
    return {"male": "male", "female": "female"}.get(first_name_gender(name))
