"""Title-case lines ("Ann Lee Says The Pier Will Reopen") read in sentence case, so that their verbs are cues."""
import re

from claims.lexicon import REPORTING_VERBS

TITLE_LINE_MAX_CHARS = 300  # headlines and section titles are short; longer lines are prose
# A line is in title case when most of its words that are not names (the article writes them in lower case
# elsewhere, or they are reporting verbs) are capitalised; prose capitalises only names and its first word.
MIN_COMMON_WORDS = 3
MIN_CAPITALISED_SHARE = 0.8
# ... so a line with more than one lower-case common word for every four capitalised words is prose.
CAPITALISED_PER_LOWER = round(MIN_CAPITALISED_SHARE / (1 - MIN_CAPITALISED_SHARE))
LINE = re.compile(r"[^\n]+")
WORD = re.compile(r"(?<![\w'’-])[A-Za-z][a-z'’]*(?![\w'’-])")


def sentence_cased(text: str, lowercase_words) -> str:
    """The text with the capitalised common words of each title-case line lowered (but for the line's first
    word); every offset holds."""
    pieces, position = [], 0
    for line in LINE.finditer(text):
        if line.end() - line.start() > TITLE_LINE_MAX_CHARS:
            continue
        words = list(WORD.finditer(text, *line.span()))[1:]
        if _prose(words, lowercase_words):
            continue
        common = [word for word in words if _common(word.group().lower(), lowercase_words)]
        capitalised = [word for word in common if word.group()[0].isupper()]
        if len(common) < MIN_COMMON_WORDS or len(capitalised) < MIN_CAPITALISED_SHARE * len(common):
            continue
        for word in capitalised:
            pieces += [text[position : word.start()], word.group().lower()]
            position = word.end()
    return "".join(pieces) + text[position:] if pieces else text


def _prose(words: list[re.Match[str]], lowercase_words) -> bool:
    """Whether the line's lower-case common words already rule title case out: a line of prose is told after its
    first few, before its capitalised words are looked up."""
    capitalised = sum(word.group()[0].isupper() for word in words)
    lower = 0
    for word in words:
        if word.group()[0].islower() and _common(word.group(), lowercase_words):
            lower += 1
            if lower * CAPITALISED_PER_LOWER > capitalised:
                return True
    return False


def _common(word: str, lowercase_words) -> bool:
    return word in REPORTING_VERBS or word in lowercase_words
