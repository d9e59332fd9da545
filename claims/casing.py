"""Title-case lines ("Ann Lee Says The Pier Will Reopen") read in sentence case, so that their verbs are cues."""
import re
from typing import Final, Protocol

from claims.lexicon import REPORTING_VERBS
from claims.scanning import capitals, is_word_character

TITLE_LINE_MAX_CHARS: Final = 300  # headlines and section titles are short; longer lines are prose
# A line is in title case when most of its words that are not names (the article writes them in lower case
# elsewhere, or they are reporting verbs) are capitalised; prose capitalises only names and its first word.
MIN_COMMON_WORDS: Final = 3
MIN_CAPITALISED_SHARE: Final = 0.8
# ... so a line with more than one lower-case common word for every four capitalised words is prose.
CAPITALISED_PER_LOWER: Final = round(MIN_CAPITALISED_SHARE / (1 - MIN_CAPITALISED_SHARE))
WORD: Final = re.compile(r"(?<![\w'’-])[A-Za-z][a-z'’]*(?![\w'’-])")
# WORD's capitalised and lower-case words apart, each pattern opening with its letters, which sre skips to.
CAPITALISED_WORD: Final = re.compile(r"[A-Z](?<![\w'’-][A-Z])[a-z'’]*(?![\w'’-])")
LOWERCASE_WORD: Final = re.compile(r"[a-z](?<![\w'’-][a-z])[a-z'’]*(?![\w'’-])")
# The lower-case words after a space, most of them: a pattern that opens with a literal lets sre skip ahead in a
# tight loop, where one that opens with a class tests every character in a call, and LOWERCASE_WORD is tried
# at every small letter, most of them inside words.
SPACED_LOWERCASE_WORD: Final = re.compile(r" [a-z][a-z'’]*(?![\w'’-])")
# Words that are SPACED_LOWERCASE_WORD matches wherever they stand between spaces: most prose lines hold enough of
# them to be told without the pattern. They are counted in the text read as ASCII bytes, where a count allocates
# nothing (str.count copies its needle to the width of a text beyond Latin-1).
COMMON_SPACED_WORDS: Final[tuple[bytes, ...]] = (b" the ", b" to ", b" of ", b" a ", b" and ", b" in ")
LETTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
LOWER_CASE_WORD_CHARACTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyz'’")  # what WORD reads after the first letter


class Words(Protocol):
    """What `word in words` is asked of: a set of words, or analysis.LowercaseWords, which looks each one up."""

    def __contains__(self, word: str, /) -> bool: ...


def sentence_cased(text: str, lowercase_words: Words) -> str:
    """The text with the capitalised common words of each title-case line lowered (but for the line's first
    word); every offset holds. `lowercase_words` holds the words the text writes in lower case."""
    pieces, position, data = [], 0, text.encode("ascii", "replace")
    line_end = -1
    while line_end < len(text):
        # The lines, by str.find in C: a pattern of them tests every character and builds a match per line.
        line_start, line_end = line_end + 1, text.find("\n", line_end + 1)
        line_end = len(text) if line_end < 0 else line_end
        if line_start == line_end or line_end - line_start > TITLE_LINE_MAX_CHARS or _prose(text, data, line_start, line_end):
            continue
        words = list(WORD.finditer(text, line_start, line_end))[1:]
        common = [word for word in words if _common(word.group().lower(), lowercase_words)]
        capitalised = [word for word in common if word.group()[0].isupper()]
        if len(common) < MIN_COMMON_WORDS or len(capitalised) < MIN_CAPITALISED_SHARE * len(common):
            continue
        for word in capitalised:
            pieces += [text[position : word.start()], word.group().lower()]
            position = word.end()
    return "".join(pieces) + text[position:] if pieces else text


def _prose(text: str, data: bytes, start: int, end: int) -> bool:
    """Whether the line's lower-case words, its first word aside, already rule title case out, before its
    capitalised words are looked up: each is a common word (the text writes it in lower case), and a few
    of them, counted until they outnumber a CAPITALISED_PER_LOWER-th of the capitalised words, tell prose.
    `data` is the text read as ASCII bytes."""
    after_first = _first_word_end(text, start, end)
    if after_first < 0:
        return False
    # Most lines tell it by a few lower-case words after spaces against the capitals A-Z (no fewer than the
    # capitalised words): both are cheaper to count than the words themselves.
    most = capitals(data, after_first, end)
    common = 0
    for word in COMMON_SPACED_WORDS:
        common += data.count(word, after_first, end)
        if common * CAPITALISED_PER_LOWER > most:
            return True
    for lower, _ in enumerate(SPACED_LOWERCASE_WORD.finditer(text, after_first, end), start=1):
        if lower * CAPITALISED_PER_LOWER > most:
            return True
    capitalised = len(CAPITALISED_WORD.findall(text, after_first, end))
    for lower, _ in enumerate(LOWERCASE_WORD.finditer(text, after_first, end), start=1):
        if lower * CAPITALISED_PER_LOWER > capitalised:
            return True
    return False


def _first_word_end(text: str, start: int, end: int) -> int:
    """Where the first WORD of text[start:end] ends (-1 when there is none): read by hand where it opens the text
    (most lines), as a search tries WORD's look-behind at every character."""
    if start < end and text[start] in LETTERS and (start == 0 or not is_word_character(text[start - 1])):
        position = start + 1
        while position < end and text[position] in LOWER_CASE_WORD_CHARACTERS:
            position += 1
        if position == end or not is_word_character(text[position]):
            return position
    first = WORD.search(text, start, end)
    return first.end() if first else -1


def _common(word: str, lowercase_words: Words) -> bool:
    return word in REPORTING_VERBS or word in lowercase_words
