"""Regular expressions that several extraction rules share; each rule's own patterns stand next to it."""
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from retrie.trie import Trie

from claims.lexicon import CONTENT_NOUNS, POINTER_CUES, SPEAKER_CUE_FILLERS


def word_alternation(words: Iterable[str]) -> str:
    """The words as one trie-shaped regex alternation ("sa(?:id|ys)"), escaped. It matches what the words
    joined longest first match, in the same order, but sre reads a word once instead of trying every word."""
    trie = Trie()
    trie.add(*words)
    return trie.pattern()


# Words that may stand between a speaker and the cue, and parentheses such as a party label ("(R-Ky.)").
# Every word is read one way only, so that a failing chain is given up in linear time: the "-ly" words of
# the list are left to the "-ly" pattern (which reads them all), and that pattern takes the longest word it
# can, atomically (a shorter reading never lets the chain go further).
LY_WORD: Final = r"(?>[a-z-]{3,}ly\b)"
_WORD_FILLERS: Final = word_alternation(w for w in SPEAKER_CUE_FILLERS if not re.fullmatch(LY_WORD, w))
FILLER_CHAIN: Final = (
    r"(?:[\s,]*(?:\b(?:" + _WORD_FILLERS + "|" + LY_WORD + r"|\d{1,4})\b|\([^()]{1,40}\)))*\s*$"
)
FILLER_GAP: Final = re.compile("^" + FILLER_CHAIN, re.IGNORECASE)  # the whole gap is fillers
FILLER_GAPS_REMEMBERED: Final = 1024
CONTRACTION: Final = re.compile(r"['’](?P<verb>s|re|d)\b")  # "he's", "they're", "she'd" before a cue
# The fillers that end a stretch of text: searched for in a bounded window before the cue only, from where
# `trailing_fillers_start` says they can begin, so that the search costs the same for every cue.
TRAILING_FILLERS: Final = re.compile(FILLER_CHAIN, re.IGNORECASE)
TRAILING_FILLERS_WINDOW: Final = 200
# A word that can end a chain of fillers (what a word of the chain can end with), and a paren's reach.
CHAIN_WORD: Final = re.compile(r"(?:" + _WORD_FILLERS + r"|[a-z]*ly|\d{1,4})", re.IGNORECASE)
LAST_WORD_CHARS: Final = re.compile(r"(?<![\w'’])[\w'’]+\Z")  # "didn't" whole, not its "t"
PAREN_REACH: Final = 41


def uncontracted(gap: str, participle: bool) -> str:
    """The gap between a speaker and a cue without the contraction that opens it, where that is the cue's
    auxiliary: "she'd said", "they're saying", "He's predicting" (not "it's written", a passive)."""
    contraction = CONTRACTION.match(gap)
    return gap[contraction.end() :] if contraction and (participle or contraction["verb"] != "s") else gap


def trailing_fillers_start(text: str, start: int, end: int) -> int:
    """Where TRAILING_FILLERS matching before `end` begins (searching from `start`).

    Stepping back from `end` over separators, parentheses and words that can end a filler, the first word
    that cannot bounds where the chain starts; the regular expression then searches from that bound only.
    """
    position = end
    while position > start:
        char = text[position - 1]
        if char.isspace() or char == ",":
            position -= 1
        elif char == ")":
            opening = max(text.rfind("(", max(start, position - 1 - PAREN_REACH), position - 1),
                          text.rfind(")", max(start, position - 1 - PAREN_REACH), position - 1))
            if opening < 0 or text[opening] != "(" or position - opening < 3:
                break
            position = opening
        elif char == "(":
            break
        else:
            word_start = position - 1
            while word_start > start and not text[word_start - 1].isspace() and text[word_start - 1] not in ",()":
                word_start -= 1
            last = LAST_WORD_CHARS.search(text, word_start, position)
            if last is None or not CHAIN_WORD.fullmatch(last.group()):
                break
            position = word_start
    fillers = TRAILING_FILLERS.search(text, position, end)
    assert fillers is not None  # TRAILING_FILLERS matches the empty string at `end`
    return fillers.start()


@lru_cache(maxsize=FILLER_GAPS_REMEMBERED)
def fillers_only(gap: str) -> bool:
    """Whether the whole gap is fillers (FILLER_GAP), remembered: the same few gaps between a speaker and a cue
    ("", " ", ", also ") come back sentence after sentence."""
    return FILLER_GAP.match(gap) is not None


# "said in a statement on Monday that ...", "added only that ...": adjuncts between the cue and "that".
ADJUNCT_WORDS: Final = (
    r"(?:in|on|at|to|during|afterwards?|after|before|last|this|earlier|later|late|from|via|through|only|also|again|repeatedly|"
    r"previously|publicly|privately|separately|recently|once|then|today|yesterday|twice|often|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|"
    r"october|november|december)"
)
# ... or a noun that introduces the content: "rejected claims that ...", "dismissed Opposition claims that ...".
# The noun's source may be named ("claims by the Herald that") or described ("allegations by prosecutors that").
CONTENT_SOURCE: Final = r"(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?"
# "that" joins the content on, unless it is the content's subject ("said that is not true", "said that would be
# wrong") or points at what was said ("disputed that figure.").
POINTED_AT_BY_THAT: Final = rf"\s+(?:{'|'.join(sorted(CONTENT_NOUNS.union(POINTER_CUES)))})\W*$"  # "disputed that figure."
DEMONSTRATIVE_THAT: Final = (
    r"(?!\s+(?:is|was|isn['’]t|wasn['’]t|would|will|could|can|should|does|did|won['’]t|wouldn['’]t)\b"
    rf"|{POINTED_AT_BY_THAT})"
)
# The whole object of a verb: "that" and what it points at ("rejected that conclusion.").
THAT_POINTING: Final = re.compile(rf"\s+that{POINTED_AT_BY_THAT}", re.IGNORECASE)
THAT_AFTER_ADJUNCT: Final = re.compile(
    rf"^(?:\s*,)?(?:\s+{ADJUNCT_WORDS}\b(?:\s+[\w.'’-]+){{0,6}}?)?"
    rf"(?:\s+(?:the|a|an|any|all|recent|earlier)?\s*(?:(?-i:[A-Z])[\w.&'’-]*\s+){{0,3}}(?:{'|'.join(sorted(CONTENT_NOUNS))})"
    rf"(?:\s+(?:by|from|in)\s+{CONTENT_SOURCE})?)?\s+that\b(?!['’]){DEMONSTRATIVE_THAT}",  # not "that's", "that is"
    re.IGNORECASE,
)


def that_after_adjunct(words: str) -> re.Match[str] | None:
    """THAT_AFTER_ADJUNCT.match(words): the pattern, whose lazy adjunct words make a failing match costly, is
    tried only where "that" stands in the words (in any case, as the pattern reads it)."""
    return THAT_AFTER_ADJUNCT.match(words) if "that" in words.lower() else None


# What may follow a trailing attribution ("..., he said on Friday afternoon, as ..."): the clause is over.
# Not a subject and its verb ("told reporters this was the only chance"). An adverb of manner that ends the
# clause ("she replied evenly, …", "he said sharply.") is over too.
ADJUNCT_START: Final = re.compile(
    rf"\s*(?:[.,;!?]|$|(?:{ADJUNCT_WORDS}|when|while|as|of|adding|noting|citing|without|with|morning|afternoon|evening|night)\b"
    r"(?!\s+(?:is|was|are|were|has|had|have|will|would|could|should|can|must|might)\b)|(?-i:[a-z]{3,}ly)(?=\s*(?:[.,;:!?]|$)))",
    re.IGNORECASE,
)
