"""Country names and adjectives ("Japan", "Japanese"; "United States", "U.S.", "American") from data/countries.csv."""
import csv
from functools import cache
from importlib.resources import files

from sources.normalise import normalise


@cache
def country_forms() -> dict[str, tuple[str, ...]]:
    """Each normalised name or other name of a country -> all its names and adjectives, as written."""
    lines = files("sources").joinpath("data/countries.csv").read_text(encoding="utf-8").splitlines()
    forms = {}
    for row in csv.DictReader(line for line in lines if not line.startswith("#")):
        names = [row["name"], *_split(row["other_names"])]
        every_form = tuple(dict.fromkeys(names + _split(row["adjectives"])))
        forms.update((normalise(name), every_form) for name in names)
    return forms


def place_forms(place: str) -> tuple[str, ...]:
    """The ways a text may name `place`: a country's names and adjectives, else `place` itself."""
    return country_forms().get(normalise(place), (place,))


def _split(value: str) -> list[str]:
    return [part for part in value.split("|") if part]
