"""First names, as gender_guesser's list of given names knows them."""
from functools import cache

import gender_guesser.detector


@cache
def _detector() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


@cache
def first_name_gender(word: str) -> str:
    """male, mostly_male, female, mostly_female, andy (either) or unknown (not a first name the list knows)."""
    return _detector().get_gender(word)


def is_first_name(word: str) -> bool:
    return first_name_gender(word) != "unknown"
