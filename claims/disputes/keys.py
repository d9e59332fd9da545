"""Key words: where the words that a rule cannot match without stand in an article, found once per article, so that
the rule is tried only on the stretches of text that hold one ("rejected that." holds a denial verb)."""
import re
import string
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache, wraps
from typing import Final, TypeVar

# Letters that a case-blind pattern matches to an ASCII letter though they do not lower-case to it (İ and ı to
# "i", ſ to "s", the Kelvin sign to "k"): a text holding one may match anywhere. Each is looked for on its own, as
# `in` finds a character much faster than a class does.
ODDITIES: Final = "\u0130\u0131\u017f\u212a"
RUNS_CACHE: Final = 256  # a claim's words are asked about by several rules, each with its own keys
Answer = TypeVar("Answer")


def run_table(characters: str) -> bytes:
    """A table for bytes.translate that keeps the lower-case ASCII characters given, lower-cases their capitals
    and makes every other byte a space (`lowered_runs`)."""
    return bytes(ord(chr(byte).lower()) if chr(byte).lower() in characters else ord(" ") for byte in range(128)) + b" " * 128


# The letters a to z: wherever a key word (ASCII) stands as a whole run of letters, it stands as one of these too.
LETTER_TABLE: Final = run_table(string.ascii_lowercase)


def case_blind_oddity(text: str) -> bool:
    """Whether the text holds a letter that a case-blind pattern reads as ASCII though it is not (an ASCII text,
    told at once, holds none)."""
    return not text.isascii() and any(letter in text for letter in ODDITIES)


def key_words(phrases: Iterable[str]) -> frozenset[str]:
    """The longest word of letters of each phrase, in lower case (what `holds_key_word` looks for). A word with a
    letter other than ASCII is refused (ValueError): `holds_key_word` reads runs of ASCII letters only."""
    return frozenset(ascii_words(max((word for word in phrase.lower().split() if word.isalpha()), key=len) for phrase in phrases))


def holds_key_word(keys: frozenset[str], text: str) -> bool:
    """Whether a case-blind pattern of whole-word phrases, whose words a space parts, may match in the text: one
    of the phrases' `key_words` stands there as a whole run of letters in some case (as in every match: what
    stands beside a phrase's word is a space or no word character), or a letter does that only case-blind
    matching reads as ASCII. Dropping whole words or blanking whole phrases never makes a run of letters, so
    the text before either answers for the text after."""
    runs = _letter_runs(text)
    return runs is None or not keys.isdisjoint(runs)


def keyed_sub(pattern: re.Pattern[str], keys: frozenset[str], replacement: str | Callable[[re.Match[str]], str], text: str) -> str:
    """pattern.sub(replacement, text) for a pattern of the phrases whose key words `keys` are: tried only when
    `holds_key_word` says it may match."""
    return pattern.sub(replacement, text) if holds_key_word(keys, text) else text


@lru_cache(maxsize=RUNS_CACHE)
def _letter_runs(text: str) -> frozenset[str] | None:
    """The runs of ASCII letters of the text in lower case; None when a letter there makes a case-blind pattern
    read words that lower-casing does not show."""
    return None if case_blind_oddity(text) else frozenset(lowered_runs(text, LETTER_TABLE))


def lowered_runs(text: str, kept: bytes) -> list[str]:
    """The runs of the ASCII characters that the table `kept` keeps, in the text in lower case: what
    re.findall("[those characters]+", text.lower()) finds, read in C. Only "İ" and the Kelvin sign lower-case to
    an ASCII letter ("i̇", "k"); every other character other than ASCII is read as none of them."""
    return ascii_runs(text.lower() if case_blind_oddity(text) else text, kept)


def ascii_runs(text: str, kept: bytes) -> list[str]:
    """The runs of the ASCII characters that the table `kept` keeps, in either case, in the text, in lower case:
    what re.findall("[those characters and their capitals]+", text) finds lower-cased, read in C (a character
    other than ASCII is read as none of them)."""
    return text.encode("ascii", "replace").translate(kept).decode("ascii").split()


def any_between(positions: list[int], start: int, end: int) -> bool:
    """Whether a position of the ordered list lies in [start, end)."""
    index = bisect_left(positions, start)
    return index < len(positions) and positions[index] < end


def per_article(function: Callable[[str], Answer]) -> Callable[[str], Answer]:
    """`function(text)` remembered for the article being read, which each rule asks about again; an earlier
    article's answer is let go."""
    # The article and the answer in lists of their own: a (text, answer) pair would be unboxed and boxed again on
    # every call of the compiled build.
    texts: list[str] = []
    answers: list[Answer] = []

    @wraps(function)
    def remembered(text: str) -> Answer:
        if texts and texts[0] is text:
            return answers[0]
        answer = function(text)
        texts[:], answers[:] = [text], [answer]
        return answer

    return remembered


class KeyWords:
    """A rule's key words: the longest word of letters of each of its phrases (the last of those, as a phrase's
    head, "without offering evidence", is rarer), which every case-blind match of the phrase holds whole. A key
    holding another is left out: where it stands, the other does too."""

    def __init__(self, phrases: Iterable[str]) -> None:
        keys = {max((word for word in reversed(phrase.lower().split()) if word.isalpha()), key=len) for phrase in phrases}
        self.keys = ascii_keys(key for key in keys if not any(other != key and other in key for other in keys))
        # The article being read and where the keys start in it, kept on the instance: a `per_article` function
        # is a Python call on every question of every rule in the compiled build, a method a C call.
        self.read: str | None = None
        self.found: list[int] | None = None

    def stand_in(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether one of the keys starts in text[start:end] (a match found there holds one)."""
        starts = self.starts(text)
        return starts is None or any_between(starts, start, len(text) + 1 if end is None else end)

    def starts(self, text: str) -> list[int] | None:
        """Where the keys start in the text, in order, remembered for the article being read; None when a letter
        there makes a case-blind pattern read words that lower-casing does not show."""
        if text is not self.read:
            self.read, self.found = text, None if case_blind_oddity(text) else lower_case_starts(text, self.keys)
        return self.found


def openings(words: Iterable[str]) -> tuple[str, ...]:
    """The words in lower-case ASCII, each that another word opens left out: where it stands, so does the other."""
    lowered = {word.lower() for word in words}
    return ascii_keys(word for word in lowered if not any(other != word and word.startswith(other) for other in lowered))


def ascii_keys(words: Iterable[str]) -> tuple[str, ...]:
    """The lower-case ASCII words, in order (`ascii_words`): the article is searched read as ASCII (`_lowered`, each
    other character a "?")."""
    return tuple(ascii_words(words))


def ascii_words(words: Iterable[str]) -> list[str]:
    """The key words, in order. A word with a letter other than ASCII is refused (ValueError): the text is read for
    key words as ASCII, where it would never be found."""
    keys = sorted(words)
    if refused := [word for word in keys if not word.isascii()]:
        raise ValueError(f"key words must be ASCII to be found in the text read as lower-case ASCII: {refused}")
    return keys


def opening_with(pattern: re.Pattern[str], keys: tuple[str, ...], text: str) -> Iterator[re.Match[str]]:
    """What pattern.finditer(text) finds (for a pattern that never matches empty), for a pattern whose every match
    opens with one of the lower-case ASCII keys in some case: the pattern is tried only where a key starts in the
    text read in lower case. Letters that a case-blind pattern reads as ASCII though they are not send the text
    to pattern.finditer."""
    if case_blind_oddity(text):
        yield from pattern.finditer(text)
        return
    position = 0
    for start in lower_case_starts(text, keys):
        if start >= position and (match := pattern.match(text, start)):
            position = match.end()
            yield match


def holds_case_blind(text: str, keys: tuple[str, ...], start: int, end: int) -> bool:
    """Whether text[start:end] may hold a match of a case-blind pattern whose every match holds one of the lower-case
    ASCII keys in some case: one of them stands there in the article read in lower case (`_lowered`, found by
    `in`, where a case-blind search tries every character), or the article holds a letter that only
    case-blind matching reads as ASCII. `text` is the whole article, as `_lowered` and `_odd` remember it."""
    if _odd(text):
        return True
    window = _lowered(text)[start:end]  # `in` on the stretch copied once is cheaper than a call of find per key
    return any(key in window for key in keys)


def lower_case_starts(text: str, keys: tuple[str, ...]) -> list[int]:
    """Where the lower-case ASCII keys start in the text read in lower case, in order: a superset of where a
    pattern that opens with one of them, in either case, matches. Each key is looked for once per article
    (`_places`): several rules share keys ("contradict", "evidence")."""
    lowered, places = _lowered(text), _places(text)
    starts = []
    for key in keys:
        found = places.get(key)
        if found is None:
            found = places[key] = starts_of(lowered, (key,))
        starts += found
    return sorted(starts)


def starts_of(text: str, needles: Iterable[str]) -> list[int]:
    """Where the needles start in the text, in order (found by str.find, in C)."""
    starts = []
    for needle in needles:
        found = text.find(needle)
        while found >= 0:
            starts.append(found)
            found = text.find(needle, found + 1)
    return sorted(starts)


@per_article
def _lowered(text: str) -> str:
    """The text in lower-case ASCII, each other character a "?", so that offsets hold. A str, not bytes: `in` on
    bytes first tries the key as an int (an exception raised and cleared per call), and the compiled build calls
    str.find directly but bytes.find as a method."""
    return text.encode("ascii", "replace").lower().decode("ascii")


@per_article
def _places(text: str) -> dict[str, list[int]]:
    """Where each key looked for so far starts in the article read in lower case (`lower_case_starts`)."""
    return {}


_odd: Final = per_article(case_blind_oddity)  # `case_blind_oddity` of the article being read
