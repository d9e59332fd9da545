"""Texts built to make a rule-based extractor go quadratic, shared by `make bench` and `make probe`."""
from itertools import cycle, islice, product

# One repeated unit per case: each stresses one stage (cues, quotations, sentences, paragraphs).
REPEATED_UNITS = {
    "repeated cues": '"a," said b. ',
    "quote storm": 'He said "yes and “no ',
    "no punctuation": "Ada Novak said that Oskar Bellamy said that ",
    "one huge paragraph": "Ada Novak said the pier would reopen. ",
}
SYLLABLES = ["ka", "lo", "mi", "ren", "sta", "vo", "dri", "an", "bel", "tor"]
FIRST_NAMES = ["".join(pair).capitalize() for pair in product(SYLLABLES, repeat=2)]
SURNAMES = ["".join(triple).capitalize() for triple in product(SYLLABLES, repeat=3)]


def repeated(unit: str, size_bytes: int) -> str:
    """`unit` repeated until the text is at least `size_bytes` in UTF-8."""
    return unit * (size_bytes // len(unit.encode("utf-8")) + 1)


def many_names(size_bytes: int) -> str:
    """One paragraph of attributions between ever new people, so no name is ever seen twice."""
    people = (f"{first} {last}" for last, first in product(SURNAMES, FIRST_NAMES))
    sentences = (f"{speaker} said {subject} was wrong. " for speaker, subject in zip(people, people))
    text = "".join(islice(cycle(sentences), size_bytes // 30))
    return text.encode("utf-8")[:size_bytes].decode("utf-8", "ignore")


def hostile_texts(size_bytes: int) -> dict[str, str]:
    """Every hostile case, each about `size_bytes` of UTF-8, by name."""
    return {**{name: repeated(unit, size_bytes) for name, unit in REPEATED_UNITS.items()},
            "many capitalised names": many_names(size_bytes)}
