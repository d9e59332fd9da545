"""A question put to someone: "Asked whether C, S said …", "… when asked about C", "S was asked by X if C"."""
import re
from functools import lru_cache
from typing import Final

from claims.cues import Cue
from claims.disputes.keys import holds_case_blind, openings
from claims.lexicon import CONTENT_NOUNS, QUESTION_VERBS, QUESTION_WORDS
from claims.mentions import Mention
from claims.model import Span
from claims.patterns import ADJUNCT_WORDS, word_alternation
from claims.rules.content import clean, content_after
from claims.rules.records import RawClaim
from claims.rules.registry import rule
from claims.rules.sentence import Sentence
from claims.scanning import matches_at_starts

ASKED_QUESTION: Final = rule(
    "asked-question",
    'A question put to someone: "Asked whether C, S said …", "… when asked about C"; the asker is who "by" names, '
    "else an unnamed questioner.",
    "Asked by a reporter whether the pier would reopen in May, Lena Vogt said she hoped so.",
)
UNNAMED_QUESTIONER: Final = "unnamed questioner"
VERB: Final = rf"(?P<verb>{word_alternation(QUESTION_VERBS)})\b"
# The verb is passive ("was asked"), follows "when" ("when asked", "after being asked"), or opens the sentence.
PASSIVE_OR_WHEN: Final = re.compile(
    rf"(?<![\w-])(?:(?:when|after|once|if|until)\s+(?:being\s+)?|(?:was|were|is|are|be|been|being)\s+(?:[a-z]+ly\s+)?){VERB}",
    re.IGNORECASE,
)
QUOTE_LEAD: Final = "\"“‘' "
OPENERS: Final = r"(?:(?:but|and|so|yet|later|then|still|again)\b[\s,]*)*"
OPENING: Final = re.compile(rf"[\s\"“‘']*{OPENERS}{VERB}", re.IGNORECASE)
OPENING_WORDS: Final = re.compile(rf"[\s\"“‘']*{OPENERS}", re.IGNORECASE)
# After the verb: who asked ("by a reporter"), when or where ("on Sunday", "during a debate"), then the question's
# first word, or a quotation (`was asked, "Will the pier reopen?"`).
QUESTION_AFTER: Final = re.compile(
    r"(?:\s+by\s+(?P<agent>[^,;:\"“”]{1,80}?))?"
    rf"(?:,?\s+(?:{ADJUNCT_WORDS}|specifically|directly|[a-z]+ly)\b[^,;:\"“”]{{0,40}}?)??"
    rf"(?:\s+(?P<word>{word_alternation(QUESTION_WORDS)})\b|\s*,?\s*(?=[\"“]))",
    re.IGNORECASE,
)
ASKING: Final = re.compile(rf"\b{VERB}", re.IGNORECASE)
# The letters of a verb of asking, in any case: every pattern above holds them, and sre skips to them where a
# pattern opening with \b or a look-behind is tried at every character (most sentences have none).
ASKING_LETTERS: Final = re.compile(word_alternation(QUESTION_VERBS), re.IGNORECASE)
ASKING_KEYS: Final = openings(QUESTION_VERBS)  # every match of ASKING_LETTERS holds one in some case (`holds_case_blind`)
PRONOUN_OBJECT: Final = re.compile(r"\s*(?:it|them|him)\b", re.IGNORECASE)  # not "her own vote", "that vote"
# "asked about reports that P", "asked about the latest claims that P": the question is about what others said,
# whose words P are (unnamed, and no claim of the questioner's).
OTHERS_WORDS: Final = re.compile(
    rf"\s*(?:(?:the|these|those|new|recent|latest|fresh|persistent|media|press)\s+){{0,2}}(?:{word_alternation(CONTENT_NOUNS)})\s+that\b", re.IGNORECASE
)
CLOSING_COMMA: Final = re.compile(r",[\"”’']\s")  # a comma inside the closing mark: 'whether it was "fair," she said'


@lru_cache(maxsize=16)  # the article reader asks about a sentence twice: when it collects it, and when it reads it
def may_ask(text: str, start: int, end: int) -> bool:
    """Whether a verb of asking stands in text[start:end] (a sentence without it puts no question)."""
    return asking_letters(text, start, end) and next(matches_at_starts(ASKING, ASKING_LETTERS, text, start, end), None) is not None


def asking_letters(text: str, start: int, end: int) -> bool:
    """Whether ASKING_LETTERS finds the letters of a verb of asking in the article's text[start:end], looked for
    first in its lower-case ASCII bytes (most sentences hold none)."""
    return holds_case_blind(text, ASKING_KEYS, start, end) and ASKING_LETTERS.search(text, start, end) is not None


def questions_put(sentence: Sentence) -> list[RawClaim]:
    """The questions put to someone in the sentence, each a claim of the asker (or an unnamed questioner)."""
    text, start, end = sentence.text, sentence.span[0], sentence.span[1]  # a nested unpacking is read by iteration, compiled
    if sentence.refused:
        return []  # "declined to comment when asked about …": nothing was said, and the question is no news
    if not asking_letters(text, start, end):
        return []
    opening = OPENING.match(text, start, end)
    verbs = [opening] if opening else []
    verbs += [match for match in PASSIVE_OR_WHEN.finditer(text, start, end) if not (opening and match.end() == opening.end())]
    claims = []
    for verb in verbs:
        if sentence.inside_quote(verb.start("verb")) or not (after := QUESTION_AFTER.match(text, verb.end(), end)):
            continue
        content = _question(sentence, after, set_off=_opens_clause(text, start, verb.start()))
        if content:
            cue = Cue(verb.span("verb"), verb["verb"], QUESTION_VERBS[verb["verb"].lower()])
            claims.append(RawClaim((content,), cue, _asker(sentence, after, cue), ASKED_QUESTION))
    return claims


def _opens_clause(text: str, start: int, position: int) -> bool:
    """Whether the question's clause opens the sentence or follows a comma ("When asked …, she said",
    "Lee, when asked about …, said"): then a comma ends it."""
    before = text[start:position].rstrip()
    return not before.strip(QUOTE_LEAD) or before.endswith(",") or OPENING_WORDS.fullmatch(before) is not None


def _question(sentence: Sentence, after: re.Match, set_off: bool) -> Span | None:
    """The question's words: a quotation, or the clause from its first word ("about" left out), which ends at a
    comma when it is set off before the main clause, and before the next attribution's clause."""
    text, end = sentence.text, sentence.span[1]
    if after["word"] is None:
        quotation = sentence.quotation_at(after.end())
        return quotation.inner if quotation else None
    start = after.end() if after["word"].lower() == "about" else after.start("word")
    if PRONOUN_OBJECT.match(text, start, end) or OTHERS_WORDS.match(text, start, end):
        return None  # "asked about it": what was asked stands elsewhere; "about reports that": others' words
    span = content_after(sentence, start, relative=set_off)
    if span and set_off and (closing := CLOSING_COMMA.search(text, *span)):
        span = (span[0], closing.start() + 2)  # the quotation's closing mark with it
    if span and not set_off and (later := next((cue for cue in sentence.cues if span[0] < cue.span[0] < span[1]), None)):
        # "… were asked whether C, and most said no"
        span = clean(sentence, span[0], sentence.last_comma(span[0], later.span[0]) or later.span[0])
    return span if span and len(text[slice(*span)].split()) >= 2 else None


def _asker(sentence: Sentence, after: re.Match, cue: Cue) -> Mention:
    """Who "by" names (a mention found in the agent, else the agent's words), or an unnamed questioner."""
    if after["agent"] is None:
        return Mention(cue.span, cue.text, "anonymous", UNNAMED_QUESTIONER)
    start, end = after.span("agent")
    named = next((m for m in sentence.mentions_from(start) if m.span[1] <= end), None)
    return named or Mention((start, end), after["agent"], "anonymous", after["agent"])
