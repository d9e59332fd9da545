"""Word-level helpers the dispute parts share: phrase patterns, content stems, negation, sentence starts."""
import re
import string
from collections.abc import Iterable
from bisect import bisect_left
from functools import lru_cache
from typing import Final

from claims.lexicon import INTENSIFIERS, NEGATED_RECORDS
from claims.patterns import word_alternation
from claims.scanning import is_w_character

from claims.disputes.keys import ascii_runs, case_blind_oddity, lowered_runs, per_article, run_table, starts_of

# Words and figures ("24%") that two claims may share: runs of these characters in lower case (`lowered_runs`).
CONTENT_CHARACTERS: Final = run_table(string.ascii_lowercase + string.digits + "%")
# Words too common to tie one claim to another.
STOPWORDS: Final = frozenset(
    "the a an and or but of to in on at for with by from as is are was were be been being it its it's this that "
    "these those he she they we i you his her their our not no has have had will would could should may might "
    "do does did than then there here so such into over about after before get got make made said says say "
    "what who which when where how all any some one very just also more most can cannot can't don't didn't "
    "isn't wasn't won't mr mrs ms dr because".split()
)
STEM_LENGTH: Final = 6  # comparing word beginnings lets "manipulates" meet "manipulate"
# A word read by WORD_OR_NEGATION is a negation when it is one of these, or ends in "n't".
NEGATION_WORDS: Final = frozenset("not no never cannot nobody nothing neither nor none".split())
NEGATED_ENDING: Final[tuple[str, ...]] = ("n't", "n’t")
WORD_OR_NEGATION: Final = re.compile(r"[A-Za-z0-9%]+(?:['’]t)?")
INTENSIFIER_WORDS: Final = frozenset(word for phrase in INTENSIFIERS for word in phrase.lower().split())  # "doesn't really believe"
POLAR_WORD_LENGTH: Final = 5  # short words ("way", "out") are shared by chance
# After a finite form of "be" or "have" a short word is the predicate a claim asserts or negates ("had not been
# sold", "was safe"), not a word shared by chance; after "would be", "will be" it may be a plan, not a fact. A
# short word negated must end its clause ("had not been sold."): "hadn't been held accountable" negates no short word.
PREDICATE_WORD_LENGTH: Final = 4
BE_OR_HAVE: Final = frozenset("been is are was were am have has had".split())
CLAUSE_ENDS: Final = re.compile(r"\s*(?:[,.;:!?\"”’)]|$)")
# Words a negation reaches past to the word it denies: articles, auxiliaries, "to" ("cannot be contained",
# "not a fight", "nothing to do"); any other small word ends its reach ("nothing to do with raising money").
NEGATION_REACHES_PAST: Final = frozenset(
    "a an the be been being is are was were am have has had do does did will would could should can may might must "
    "to this that these those his her their its our my your any such what ever even yet".split()
)
PASSED_OVER: Final = NEGATION_REACHES_PAST | INTENSIFIER_WORDS  # a negation reaches past both to the word it denies
# Words that say a thing is missing as "no" does ("without money", "a lack of funds"); "of" is passed over after them.
ABSENCE_WORDS: Final = frozenset("without lack lacks lacked lacking".split())
# Inflectional endings cut before two words are compared: "recognizes" meets "recognized", but "recognition" and
# "responsibility" stay other words than "recognize" and "responsible".
INFLECTIONS: Final[tuple[str, ...]] = ("ing", "ed", "es", "s", "e")
# Where a sentence ends: its closing mark (and quote) before a space, or a paragraph break.
# Written to open with a character class (the mark or the line break, each arm looking behind at it) so that
# sre skips straight to those characters.
SENTENCE_END: Final = re.compile(r"[.!?\n](?:(?<=[.!?])[\"'”’]*\s+(?=[\"'“‘(]?[A-Z0-9])|(?<=\n)\s*\n)")
# Where a live blog's entry or a story's section ends: a line of rules ("___", "* * *"), a line that is a time
# of day ("12:30 p.m."), or a date stamped with a time ("February 6, 2016 9:12PM"). A denial answers what was
# said in its own entry.
RULE: Final = r"[ \t]*(?:[_*#=~—–-][ \t.]*){3,}(?=\n)"  # a ruled line, read from its start
ENTRY_BREAK: Final = re.compile(
    "^" + RULE + r"|^[^\w\n]*\d{1,2}:\d{2}\s*[ap]\.?\s?m\b[^\w\n]*(?=\n)"
    r"|\b\d{4},?\s+\d{1,2}:\d{2}\s?(?:[ap]\.?m\b|(?-i:[AP]M))",  # "9:12PMHeadline": a headline glued on
    re.IGNORECASE | re.MULTILINE,  # the line's end is looked ahead at: a search that stops inside a line finds no end there
)
# Every other entry break holds a colon; a ruled line that a search between two positions finds is found by a
# search of the whole text too (what it reads lies between them, and ^ reads the text's real line starts). It is
# searched for after a line break, one put before the text too: sre skips to the breaks.
RULED_LINE: Final = re.compile("\n" + RULE)
# How far after a claim the publication's word on it may stand (a verdict, a retraction, a position said never
# taken): the next two or three sentences.
FOLLOWING_REACH: Final = 400
# Words that may end a sentence after what a denial points at: an adverb ("outright") or when and how it was made
# ("on Tuesday", "last week", "in a statement").
TIMES_OF: Final = ("week", "month", "year", "night", "morning", "afternoon", "evening")
MEANS: Final = ("statement", "tweet", "post", "letter", "interview")
ADJUNCT: Final = (
    rf"(?:\w+ly|on\s+\w+day|yesterday|today|tonight|(?:last|this|on\s+\w+)\s+(?:{'|'.join(TIMES_OF)})"
    rf"|in\s+a\s+(?:{'|'.join(MEANS)}))"
)
TRAILING_ADJUNCT: Final = re.compile(rf"\s+{ADJUNCT}\W*$", re.IGNORECASE)
# What the last word of an ADJUNCT ends with: TRAILING_ADJUNCT is looked for only after such a word.
ADJUNCT_ENDINGS: Final[tuple[str, ...]] = ("ly", "day", "tonight", *TIMES_OF, *MEANS)
LONGEST_ADJUNCT_ENDING: Final = max(map(len, ADJUNCT_ENDINGS))
SENTENCE_REACH: Final = 600  # characters searched back for a sentence's start
FIRST_REACH: Final = 150  # characters searched back first: most sentences are shorter
MATCHED_MARKS: Final = frozenset(".!?\"'”’")  # what SENTENCE_END reads besides whitespace
SENTENCE_MARKS: Final = ".!?\n"  # what a SENTENCE_END match opens with
SHORTEST_END: Final = 2  # characters of the shortest SENTENCE_END match: its mark and a space, or two line breaks
POLAR_CACHE: Final = 64  # a claim's polar stems are compared with those of the next few claims: kept that long
NAME_CACHE: Final = 1024  # pairs of speakers' names compared: an article has a few dozen speakers
STEMS_CACHE: Final = 1024  # a claim's stems are compared with those of every claim within reach of each later denial


def alternation(phrases: Iterable[str]) -> str:
    """The phrases as one regex alternation that tries the longest first (a trie); a space matches any run of spaces."""
    return word_alternation(" ".join(p.split()) for p in phrases).replace(r"\ ", r"\s+")


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """One case-blind pattern for whole-word phrases."""
    return re.compile(r"(?<![\w'’-])(?:" + alternation(phrases) + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=STEMS_CACHE)
def stems(text: str) -> frozenset[str]:
    """The content words of a text, cut to their beginnings."""
    return frozenset(w[:STEM_LENGTH] for w in lowered_runs(text, CONTENT_CHARACTERS) if w not in STOPWORDS and len(w) > 1)


def is_negation(word: str) -> bool:
    """Whether a word read by WORD_OR_NEGATION negates ("not", "never", "didn't")."""
    return negating_word(word.lower())


def negating_word(word: str) -> bool:
    """`is_negation` of a word in lower case. Each ending is asked about apart: str.endswith given a tuple is a
    method call in the compiled build."""
    return word in NEGATION_WORDS or any(word.endswith(ending) for ending in NEGATED_ENDING)


@lru_cache(maxsize=POLAR_CACHE)
def written_words(text: str) -> tuple[str, ...]:
    """The words WORD_OR_NEGATION reads in a text, as written: `negated` and `polar_stems` read the same claim's."""
    return tuple(WORD_OR_NEGATION.findall(text))


@lru_cache(maxsize=POLAR_CACHE)
def negated(text: str) -> bool:
    """Whether the text holds a negation anywhere (each claim is asked about beside each of its neighbours)."""
    # "n't" ends a word wherever it stands: the letter before the mark ends a run that WORD_OR_NEGATION reads whole.
    if "n't" in text or "n’t" in text or "N't" in text or "N’t" in text:
        return True
    if "'t" in text or "’t" in text:  # a word read with "'t" after it is no negation word
        return not NEGATION_WORDS.isdisjoint(" ".join(written_words(text)).lower().split())
    # Else the words are the runs of WORD_OR_NEGATION's characters, read in C.
    return not NEGATION_WORDS.isdisjoint(ascii_runs(text, CONTENT_CHARACTERS))


def named_present(text: str, stem: str) -> bool:
    """Whether the text names a thing (by its stem) other than as missing: "the council signed an agreement", not
    "with no money", "without a plan", "a lack of funds", "did not have any money". A negation reaches past
    PASSED_OVER words to the word it denies and to one word more, the noun after an adjective ("no new money")."""
    reach = 0  # words after the last negation that it still denies
    for found in WORD_OR_NEGATION.finditer(text):
        word = found.group().lower()
        if negating_word(word) or word in ABSENCE_WORDS:
            reach = 2
            continue
        if reach and (word in PASSED_OVER or word == "of"):
            continue
        if word[:STEM_LENGTH] == stem and not reach:
            return True
        reach = max(0, reach - 1)
    return False


def inflection_stem(word: str) -> str:
    """The word without its inflectional ending ("contained" -> "contain")."""
    for ending in INFLECTIONS:
        if word.endswith(ending) and len(word) - len(ending) >= POLAR_WORD_LENGTH - 1:
            return word[: -len(ending)]
    return word


def polar_stems(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The lower-case content words of a text (inflection cut) said with a negation just before them ("cannot be
    contained"; "no report of broken seals", through a record's absence: NEGATED_RECORDS), and the rest; names are
    left out, as a name is what two parties share, not what they dispute."""
    negated: set[str] = set()
    plain: set[str] = set()
    negating, predicate, record = False, False, False
    end = 0
    # The words as strings, each found again after the last to know where it ends: only characters no word holds
    # stand between two words (finditer's match objects cost several times more).
    for written in written_words(text):
        end = text.find(written, end) + len(written)
        word = written.lower()
        if record:  # "no report of broken seals": the negation goes on past "of" to what the record would hold
            record, negating = False, word == "of"
            if negating:
                continue
        if negating_word(word):
            negating, predicate = True, predicate or word not in NEGATION_WORDS  # "isn't", "hasn't"
            continue
        if word in BE_OR_HAVE:
            predicate = True
            continue
        # A name is what two parties share, not what they dispute: "not an American fight" negates "fight". A word
        # opens with [A-Za-z0-9%], of which only the lower-case letters sort from "a" on (str.islower, without a call).
        if word in PASSED_OVER or written[0] < "a":
            continue
        # Only the first word a negation reaches is what it denies ("never ridden a ferry": not "ferry";
        # "not a good record": not "record").
        if word not in STOPWORDS and (len(word) >= POLAR_WORD_LENGTH or _predicate(text, end, len(word), predicate, negating)):
            (negated if negating else plain).add(inflection_stem(word))
        record = negating and word in NEGATED_RECORDS
        negating = predicate = False
    return frozenset(negated), frozenset(plain - negated)


def _predicate(text: str, end: int, length: int, after_be_or_have: bool, negated: bool) -> bool:
    """Whether a short word (of `length` letters, ending at `end`) is the predicate a claim asserts, or negates at
    its clause's end."""
    return after_be_or_have and length >= PREDICATE_WORD_LENGTH and (not negated or CLAUSE_ENDS.match(text, end) is not None)


@per_article
def _sentence_ends(text: str) -> tuple[list[int], list[int], list[re.Match[str]]]:
    """The SENTENCE_END matches of a scan of the whole text, where each starts and where each ends (read off lists
    of numbers, not asked of each match on every call)."""
    found = sentence_end_matches(text)
    return [match.start() for match in found], [match.end() for match in found], found


def sentence_end_matches(text: str) -> list[re.Match[str]]:
    """What SENTENCE_END.finditer(text) finds, tried only where a mark it opens with stands (found by str.find, in
    C, where sre reads every character through the class of marks)."""
    found = []
    end = 0
    for start in starts_of(text, SENTENCE_MARKS):
        if start >= end and (match := SENTENCE_END.match(text, start)):
            found.append(match)
            end = match.end()
    return found


def sentence_end_after(text: str, start: int, reach: int) -> re.Match[str] | None:
    """SENTENCE_END.search(text, start, start + reach), read off the scan of the whole text when none of its ends
    runs across `start` (a search from there finds the ends it found) or up to `start + reach`, where a search
    would cut one short or find no capital after it (looked ahead at: two characters)."""
    starts, ends, found = _sentence_ends(text)
    index = bisect_left(starts, start)
    if index == 0 or ends[index - 1] <= start:
        if index == len(found) or starts[index] >= start + reach:
            return None
        if ends[index] + 2 <= start + reach:
            return found[index]
    return SENTENCE_END.search(text, start, start + reach)


def sentence_start(text: str, position: int) -> int:
    """Where the sentence holding `position` starts (`_scanned_sentence_start`), read off the scan of the whole text
    when that scan's last end before `position` lies within SENTENCE_REACH of it: the scan back finds that end once
    it starts before it. An end that runs past `position` is read again up to where the scan back stops, which
    may cut a run of line breaks short."""
    starts, ends, _ = _sentence_ends(text)
    last = bisect_left(starts, position + 2) - 1
    if last >= 0 and ends[last] > position and starts[last] >= position - SENTENCE_REACH:
        # No end shorter than SHORTEST_END ends by `position`: the position just before a sentence's start, which
        # callers ask about for the sentence before, is read without a search.
        cut = [match.end() for match in SENTENCE_END.finditer(text, starts[last], position + 2) if match.end() <= position] \
            if position - starts[last] >= SHORTEST_END else []
        if cut:
            return cut[-1]
        last -= 1
    if last >= 0 and ends[last] <= position and starts[last] >= position - SENTENCE_REACH:
        return ends[last]
    return _scanned_sentence_start(text, position)


def _scanned_sentence_start(text: str, position: int) -> int:
    """Where the sentence holding `position` starts: the end of the last SENTENCE_END that a scan from
    SENTENCE_REACH characters back finds before it.

    The scan starts close to `position` and goes further back only while it finds no end there. It may start
    after any character that no SENTENCE_END match can read past (one neither a space, a quote nor a closing
    mark): a scan from further back is between matches there, so it finds the same matches after that point."""
    floor = max(0, position - SENTENCE_REACH)
    end = min(len(text), position + 2)  # the look-ahead needs the next sentence's first characters
    reach = FIRST_REACH
    while True:
        restart = _restart_point(text, max(floor, position - reach), floor)
        start = None
        for match in SENTENCE_END.finditer(text, restart, end):
            if match.end() <= position:
                start = match.end()
        if start is not None or restart == floor:
            return floor if start is None else start
        reach *= 2


def _restart_point(text: str, position: int, floor: int) -> int:
    """The nearest point at or before `position` (and not before `floor`) that follows a character no
    SENTENCE_END match reads past."""
    while position > floor and (text[position - 1] in MATCHED_MARKS or text[position - 1].isspace()):
        position -= 1
    return position


def same_entry(text: str, start: int, end: int) -> bool:
    """Whether no entry break (ENTRY_BREAK) stands between two positions of the text."""
    start, end = min(start, end), max(start, end)
    if text.find(":", start, end) < 0 and not _ruled(text):
        return True
    return ENTRY_BREAK.search(text, start, end) is None


@per_article
def _ruled(text: str) -> bool:
    """Whether a line of the text is a rule ("___", "* * *")."""
    return RULED_LINE.search("\n" + text) is not None


@lru_cache(maxsize=NAME_CACHE)
def same_name(a: str, b: str) -> bool:
    """Whether every word of the shorter name is a word of the longer (each claim meets its neighbours' names)."""
    x, y = a.lower().split(), b.lower().split()
    shorter, longer = (x, y) if len(x) <= len(y) else (y, x)
    return bool(shorter) and all(word in longer for word in shorter)


def without_adjuncts(words: str) -> str:
    """The words without up to two trailing adjuncts of when, where or how ("denied it last week in a statement")."""
    return _without_adjunct(_without_adjunct(words))


def _without_adjunct(words: str) -> str:
    """The words without a trailing adjunct, looked for only when their last word ends as an adjunct does, in
    some case (or a letter stands there that only case-blind matching reads as ASCII)."""
    end = word_end(words)
    if not words[max(0, end - LONGEST_ADJUNCT_ENDING) : end].lower().endswith(ADJUNCT_ENDINGS) and not case_blind_oddity(words):
        return words
    return TRAILING_ADJUNCT.sub("", words)


def word_end(words: str) -> int:
    """Where the words' last word character ends: what a pattern's \\W*$ reads is passed over."""
    end = len(words)
    while end > 0 and not is_w_character(words[end - 1]):
        end -= 1
    return end
