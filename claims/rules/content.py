"""Where reported words start and stop: after a leading cue, before a trailing one, and up to the next attribution."""
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Final

from claims.lexicon import CLAUSE_BREAKERS, INFINITIVE_VERBS, QUESTION_VERBS, REPORTING_VERBS, RETRACTING_VERB_FORMS, SUMMING_NOUNS
from claims.mentions import phrase_before
from claims.model import Span
from claims.patterns import ADJUNCT_WORDS, DEMONSTRATIVE_THAT, that_after_adjunct, word_alternation
from claims.quotes import Quotation
from claims.rules.sentence import Sentence
from claims.scanning import stripped_end, stripped_start

# An aside between commas before "that" is no part of what was said: "said, without evidence, that ...".
ASIDE_THEN_THAT: Final = re.compile(r"\s*,[^,;:\"“”]{1,60},\s+that\s+", re.IGNORECASE)
# What opens a bare clause after a cue's circumstances: not "that" (read elsewhere), a preposition, a conjunction
# or a verb ("said Monday was the deadline", "cautions in Ferguson, because of …").
CLAUSE_OPENS: Final = (
    r"(?!\s+(?:that|to|with|by|for|of|about|on|in|at|and|but|or|so|because|as|when|while|if|since|after|before|"
    r"despite|although|though|not|was|is|were|are|had|has|have|will|would)\b)"
)
# Where a cue's words were given, before a clause without "that": "said in a statement she would …", "wrote in a
# blog post on Friday the fix was ready".
SAID_WHERE: Final = re.compile(
    r"\s+(?:in|on)\s+(?:a|an|the|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:statement|interview|post|letter|email|e-mail|video|message|speech|podcast|filing|release|briefing)"
    r"(?:\s+(?i:on|to|in|at|from|with)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*){0,2}"  # "to the BBC on Friday"
    r"\s*,?(?=\s+[a-z])" + CLAUSE_OPENS
)
# Where, before a clause without "that": "told reporters in Parramatta the cost had risen".
SAID_AT_PLACE: Final = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*,?(?=\s+[a-z])" + CLAUSE_OPENS)
# When, before a clause without "that": "said Tuesday her client would …", "said last week the deal was dead",
# "said afterwards it was the best feeling".
SAID_WHEN: Final = re.compile(
    r"\s+(?:(?:on|last|this|early|late|earlier|later)\s+)?(?:(?:this|last|next)\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|weekend|today|yesterday|tonight|afterwards?)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"\s*,?(?=\s+\S)" + CLAUSE_OPENS,
    re.IGNORECASE,
)
# "said on Monday: …", "declared in the spin room, "…"": words of when or where before a colon, or before a
# comma and a quotation.
ADJUNCT_THEN_COLON: Final = re.compile(rf"\s+{ADJUNCT_WORDS}\b[^:,;\"“”]{{0,40}}(?::|,(?=\s*[\"“]))", re.IGNORECASE)
# A programme's title in quotation marks before "that", perhaps after its outlet and "on": 'told CNN's "State of the
# Union" that …', 'said on NBC's "Meet the Press" that …'. The title is where the words were given, not what was said.
QUOTED_TITLE_THEN_THAT: Final = re.compile(
    r"(?:\s+(?:on|to)\b)?(?:\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}['’]s?)?\s+[\"“][A-Z][^\"“”]{0,40}?[\"”]\s+that\b(?!['’])"
)
# An adverb of manner set off before the words: "replied evenly, …", "said simply: …".
MANNER_THEN_MARK: Final = re.compile(r"\s+[a-z]{3,}ly\s*[,:]")
PARTICIPLE_CUE: Final = re.compile(r",?\s+(?:saying|adding|arguing|insisting|noting|claiming|stressing|writing|telling)\b")
# A later attribution ends the content only when a conjunction joins it on ("..., given Washington has said").
# Each arm looks behind at the comma or space it opens with, so that the pattern opens with a character class.
# "because" without a comma gives the speaker's own reason, with what another said in it ("said they kept the
# monitors because the maker had promised a fix"): it ends the content only after a comma, with any spaces between.
SUBORDINATE_BEFORE: Final = re.compile(
    r"[,;\s](?:(?<=[,;])\s*$|(?<=\s)\s*(?:given|since|as|while|although|though|whereas|but|and|so|after|before|when|if|even as|even though)\s+$"
    r"|(?<=[,;])\s*(?:and|but|because)\s+$)",
    re.IGNORECASE,
)
SUBORDINATOR_WINDOW: Final = 20  # the conjunction stands right before the later attribution
# The words that a SUBORDINATE_BEFORE match ends with, before its spaces ("even as" ends with "as").
SUBORDINATORS: Final = frozenset("given since as while although though whereas but and so after before when if because".split())
CONJUNCTION_DELIMITERS: Final = ",;"  # what stands before a conjunction besides whitespace
CONJOINED_CUE: Final = re.compile(r"\s(?:and|but)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)  # "… and said", "… but quickly said"
WORD_AT: Final = re.compile(r"[a-z]+")
# A finite verb and "that" ("… but warned that", "… and added that"): a statement of its own, where "adding that"
# goes on with the one before.
FINITE_BEFORE_THAT: Final = re.compile(r"[a-z]+(?<!ing)\s+that\b")
# Content stops where a new clause starts after a comma ("..., though Tokyo had lobbied ..."), but not where
# "that" carries the reported speech on ("said A, but that B"), nor where the clause goes on with the same subject
# ("said he was once part of it, but is now ...", "..., but planned to", "..., but couldn't say", "..., though
# mixed with") or a personal pronoun ("..., but he did ...").
SAME_SUBJECT: Final = (
    r"(?:that|he|she|they|we|I|is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|not|also|still|now"
    r"|rather|instead|only|never|because|[a-z]+n['’]t|(?-i:[a-z]+(?:ed|ing)))"
)
# The past forms of the verbs of saying and of taking back, regular or not ("repeated", "withdrew", "took").
PAST_SAYING_FORMS: Final = sorted({
    word for word, base in ((form.split()[0], lemma.split()[0]) for form, lemma in [*REPORTING_VERBS.items(), *RETRACTING_VERB_FORMS.items()])
    if word != base and not word.endswith(("s", "ing"))
})
# It stops too at an appositive that sums up the words before it: "said they had split, a claim the couple denied",
# and at what the speaker then did with the words, joined on with "and" and pointed back to with "it", "them" or
# a word for a remark: "said the figures were wrong, and withdrew it later", "…, and later took back the remark".
REMARK_WORDS: Final = "remark remarks comment comments claim claims statement words accusation allegation post tweet".split()
POINTING_BACK: Final = rf"(?:it|them|(?:back\s+)?(?:the|a|an|his|her|their|its|that|this|those)\s+(?:[a-z-]+\s+)?(?:{'|'.join(REMARK_WORDS)}))"
CLAUSE_BREAK: Final = re.compile(
    r",\s+(?:(?:" + "|".join(CLAUSE_BREAKERS) + rf")\b(?!\s+{SAME_SUBJECT}\b)"
    rf"|an?\s+(?:[a-z-]+\s+)?(?:{'|'.join(SUMMING_NOUNS)})\b"
    rf"|and\s+(?:(?:then|later|[a-z]+ly)\s+)?(?-i:{word_alternation(PAST_SAYING_FORMS)})\s+{POINTING_BACK}\b(?!['’]))",
    re.IGNORECASE,
)
# A question put to the speaker after their words: "… when asked about the fares", "…, after being asked whether".
QUESTION_PUT: Final = re.compile(rf"[\s,]+(?:when|after|once|until)\s+(?:being\s+)?(?:{word_alternation(QUESTION_VERBS)})\b", re.IGNORECASE)
QUESTION_VERB: Final = re.compile(word_alternation(QUESTION_VERBS), re.IGNORECASE)  # asked first, as fast as a literal: "When Asked" too
# A clause about the speaking right after quoted words ('said there was "big progress" when he made the move'):
# the quotation ended what was said. Without the quotation, "when he ..." is as often still the speaker's words.
CIRCUMSTANCE_AFTER_QUOTE: Final = re.compile(r"[\"”'](?=\s+(?:when|as|after|before|while)\s+(?:he|she|they)\b)")
DASH_ASIDE: Final = re.compile(r"\s(?:--|—|–)\s[^—–]*?\s(?:--|—|–)\s")  # " -- which …, though … -- "
MIN_CONTENT_WORDS: Final = 2
# Finite verbs, and the words that open a clause which needs one of its own (_main_clause_resumes), in lower case
# only: "reopen in May" holds no verb.
FINITE_VERB_WORDS: Final = "is are was were has have had will would can could should may might must does did".split()
CLAUSE_OPENING_WORDS: Final = frozenset("who whom which that and or but because if when while although though since after before whether".split())
# The past forms of the verbs of saying and knowing, after which a clause may open with no word ("she was told
# the pier was closing", "had heard the dam was failing"), so long as a word that can begin it comes next.
KNOWING_FORMS: Final = frozenset("heard knew thought believed".split())
# The relative pronoun of a restrictive relative clause ("A paper which reported that …").
RESTRICTIVE_PRONOUN: Final = re.compile(r"(?<![\w'’-])(?:which|that|who)(?![\w'’-])", re.IGNORECASE)
BARE_CLAUSE_VERBS: Final = KNOWING_FORMS.union(
    form for form, lemma in REPORTING_VERBS.items() if " " not in form and not form.endswith(("s", "ing")) and (form != lemma or form.endswith("ed"))
)
NOT_A_CLAUSE_START: Final = "to of about by for with on in at from as into over".split() + FINITE_VERB_WORDS + sorted(CLAUSE_OPENING_WORDS)
CLAUSE_WORDS: Final = re.compile(
    rf"(?<![\w'’-])(?:{'|'.join(FINITE_VERB_WORDS)}|{'|'.join(sorted(CLAUSE_OPENING_WORDS))}"
    rf"|(?P<bare>{word_alternation(BARE_CLAUSE_VERBS)})(?=\s+(?!(?:{'|'.join(NOT_A_CLAUSE_START)})\b)[\w\"“]))(?![\w'’-])"
)
MAIN_VERB_GROUP: Final = re.compile(r"\s+(?:been\s+|being\s+)?[a-z]+(?:ed|en|ing)\b")  # "was published", "has been sent"
SUBJECT_PRONOUN_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:he|she|it|they|we|I|you)\s+$")
ANSWER: Final = re.compile(r"(?:yes|no)\b", re.IGNORECASE)  # a one-word answer is something said
MAX_ADJUNCT_WORDS: Final = 6
# Short words after a cue that open with a preposition or a time word are an adjunct, not content.
# ... unless a verb follows the word, which then opens a clause ("said this is a mistake", "said today was").
ADJUNCT_ONLY: Final = re.compile(
    rf"(?:{ADJUNCT_WORDS}|with|for|about|into|by|week|month|year|morning|night|afternoon|evening|recently|now)\b"
    r"(?!\s+(?:is|was|are|were|has|had|have|will|would|could|should|can|must|might)\b)",
    re.IGNORECASE,
)
INFINITIVE_START: Final = re.compile(r"\s*(?:not\s+)?to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|him|them|us|me)\b)[a-z]")
# ", is doing much better": a clause resumes after "C, she said," — not an adjunct, cue or new clause.
PARENTHETICAL_REST: Final = re.compile(
    rf"\s*,\s+(?!{ADJUNCT_WORDS}\b|[a-z]+ing\b|(?:and|but|while|though|although|because|as|who|which|when)\b)(?=[a-z])",
    re.IGNORECASE,
)
# '"The update, the company said on Monday, fixes …", "The bridge, she told reporters in Leeds, would …": when or
# where it was said may stand between the cue and the comma that closes the attribution.
ADJUNCT_BEFORE_COMMA: Final = re.compile(rf"\s+{ADJUNCT_WORDS}\b[^,;:\"“”]{{1,40}}?(?=\s*,)", re.IGNORECASE)
AND_THAT: Final = re.compile(r"\s*,?\s+and\s+that\s+", re.IGNORECASE)
# Punctuation and conjunctions that end a stretch of text ("..., given", "... and —"). Written so that
# each character is read one way only: "(?:[…]+|\s+word)+$" splits a run of n spaces 2^n ways before failing.
TRAILING_JOINER_WORDS: Final = "given because since while and but though although that with so".split()
JOINER_MARKS: Final = ",;:-—–"  # what the pattern reads between its words besides whitespace
JOINER_CHARACTER: Final = rf"[\s{re.escape(JOINER_MARKS)}]"  # one of them or whitespace, in a pattern
TRAILING_JOINERS: Final = re.compile(
    rf"(?={JOINER_CHARACTER})(?:{JOINER_CHARACTER}*\s(?:{'|'.join(TRAILING_JOINER_WORDS)})\b)*{JOINER_CHARACTER}*$",
    re.IGNORECASE,
)
# What a match can end with besides spaces: it is looked for only where the text ends with one of these.
TRAILING_JOINER_ENDS: Final = frozenset(JOINER_MARKS + "".join(word[-1] + word[-1].upper() for word in TRAILING_JOINER_WORDS))
TRAILING_JOINER_WORD_SET: Final = frozenset(TRAILING_JOINER_WORDS)
TRAILING_WINDOW: Final = 40  # joiners are short: look for them at the end only
JOINERS: Final = rf"(?:{JOINER_CHARACTER}+|(?:that{DEMONSTRATIVE_THAT}|only that)\s+)+"
JOINERS_AT: Final = re.compile(JOINERS, re.IGNORECASE)  # matched at a position of the text
CLAUSE_GOES_ON: Final = re.compile(r"\s*[a-z(]")  # unquoted words of the same clause after a quotation
BETWEEN_QUOTE_AND_CONTENT: Final = re.compile(r"[\s,]*")


@dataclass
class Stop:
    """Where another attribution in the sentence begins: its speaker and its cue."""

    speaker_start: int
    cue_start: int

    def __init__(self, speaker_start: int, cue_start: int) -> None:  # compiled, as claims/model.py says
        self.speaker_start, self.cue_start = speaker_start, cue_start
        # Read once here: the lesser of the two positions, and the greater.
        self.first, self.last = min(speaker_start, cue_start), max(speaker_start, cue_start)


@dataclass
class Stops:
    """The sentence's other attributions in the order they begin, with what `first_stop` looks up in them."""

    stops: tuple[Stop, ...]
    firsts: tuple[int, ...]
    reach: tuple[int, ...]  # reach[i]: the furthest `last` of stops[: i + 1], never decreasing
    # The stops that a conjunction joins on, read over the whole window before them: their first
    # positions, and where the conjunction starts.
    joined_firsts: tuple[int, ...]
    conjunctions: tuple[int, ...]

    def __init__(  # compiled, as claims/model.py says
        self, stops: tuple[Stop, ...], firsts: tuple[int, ...], reach: tuple[int, ...], joined_firsts: tuple[int, ...], conjunctions: tuple[int, ...],
    ) -> None:
        self.stops, self.firsts, self.reach, self.joined_firsts, self.conjunctions = stops, firsts, reach, joined_firsts, conjunctions

    @classmethod
    def of(cls, text: str, stops: list[Stop]) -> "Stops":
        if not stops:
            return NO_STOPS
        ordered = sorted(stops, key=_first)
        firsts, joined_firsts, conjunctions = [], [], []
        reach, furthest = [], ordered[0].last
        for stop in ordered:
            firsts.append(stop.first)
            furthest = max(furthest, stop.last)
            reach.append(furthest)
            if (conjunction := subordinate_before(text, max(0, stop.first - SUBORDINATOR_WINDOW), stop.first)) is not None:
                joined_firsts.append(stop.first)
                conjunctions.append(conjunction)
        return Stops(tuple(ordered), tuple(firsts), tuple(reach), tuple(joined_firsts), tuple(conjunctions))


def _first(stop: Stop) -> int:
    return stop.first


NO_STOPS: Final = Stops((), (), (), (), ())


def subordinate_before(text: str, start: int, end: int) -> int | None:
    """Where SUBORDINATE_BEFORE.search(text, start, end) finds a match, if it does. The case-blind pattern is
    tried at every space of the window: it runs only where the last word before the spaces that end the window
    is one of its conjunctions, or none (a comma), or in other letters than ASCII ones ("ſince"). A comma or
    semicolon right before those spaces is where the pattern matches (as after every trailing "C, S said"):
    no earlier place can, since every arm ends with spaces alone after its comma or word."""
    position = end
    while position > start and text[position - 1].isspace():
        position -= 1
    if position > start and text[position - 1] in CONJUNCTION_DELIMITERS:
        return position - 1
    word_end = position
    while position > start and not ((char := text[position - 1]).isspace() or char in CONJUNCTION_DELIMITERS):
        position -= 1
    word = text[position:word_end]
    if word and word.isascii() and word.lower() not in SUBORDINATORS:
        return None
    joined = SUBORDINATE_BEFORE.search(text, start, end)
    return joined.start() if joined else None


def clean(sentence: Sentence, start: int, end: int) -> Span:
    """Trim joiners and outer punctuation from a content span."""
    text = sentence.text
    while True:
        trimmed = JOINERS_AT.match(text, start, end)
        tail = _trailing_joiners(text, max(start, end - TRAILING_WINDOW), end)
        new_start = trimmed.end() if trimmed else start
        new_end = tail.start() if tail else end
        last = text[end - 1] if end > start else ""  # an empty span too ("" is in every string)
        if last in ".!?" and not sentence.inside_quote(end - 1):
            new_end = min(new_end, end - 1)
        if (new_start, new_end) == (start, end) or new_end <= new_start:
            return (start, end)
        start, end = new_start, new_end


def _trailing_joiners(text: str, start: int, end: int) -> re.Match[str] | None:
    """TRAILING_JOINERS.search(text, start, end), which is tried at every character: not at all when the text
    ends with a character that no match ends with."""
    if end <= start or not (text[end - 1] in TRAILING_JOINER_ENDS or text[end - 1].isspace()):
        return None
    return TRAILING_JOINERS.search(text, _joiners_start(text, start, end), end)


def _joiners_start(text: str, start: int, end: int) -> int:
    """Where trailing joiners may start at the earliest: after the last word (a run of other characters than
    whitespace and JOINER_MARKS) that is no joiner word, read back from the end (a word in other letters than
    ASCII ones is read past: a case-blind pattern may read "ſo" as "so")."""
    position = end
    while position > start:
        if (char := text[position - 1]) in JOINER_MARKS or char.isspace():
            position -= 1
            continue
        word_end = position
        while position > start and not ((char := text[position - 1]) in JOINER_MARKS or char.isspace()):
            position -= 1
        word = text[position:word_end]
        if word.isascii() and word.lower() not in TRAILING_JOINER_WORD_SET:
            return word_end
    return start


def content_after(sentence: Sentence, position: int, relative: bool) -> Span | None:
    """The reported words after a leading cue: a quotation, or words to the end of the clause."""
    text = sentence.text
    # Each pattern is tried only where the colon or comma it needs stands.
    if (text.find(":", position, sentence.span[1]) >= 0 or sentence.quotations) and (adjunct_colon := ADJUNCT_THEN_COLON.match(text, position, sentence.span[1])):
        position = adjunct_colon.end()  # said on Monday: "..."
    if text.find(",", position, sentence.span[1]) >= 0 and (aside := ASIDE_THEN_THAT.match(text, position, sentence.span[1])):
        position = aside.end()  # said, without evidence, that ...
    elif manner := MANNER_THEN_MARK.match(text, position, sentence.span[1]):
        position = manner.end()  # replied evenly, "..."
    rest = text[position : sentence.span[1]]
    if (that := that_after_adjunct(rest)) and '"' not in that.group() and "“" not in that.group():
        position += that.end()
    elif sentence.quotations and (title := QUOTED_TITLE_THEN_THAT.match(text, position, sentence.span[1])):
        position = title.end()
    else:
        for circumstance in (SAID_WHERE, SAID_AT_PLACE, SAID_WHEN):  # said in a statement on Tuesday she would …
            if found := circumstance.match(text, position, sentence.span[1]):
                position = found.end()
    if PARTICIPLE_CUE.match(text, position, sentence.span[1]):
        return None  # "hit back, saying …": the participle's own claim holds what was said
    quotation = sentence.quotation_at(position)
    if quotation and not _continues_after(sentence, quotation):
        return quotation.inner
    end = sentence.span[1]
    if relative:
        comma = sentence.next_comma(position, end)
        end = comma if comma is not None else end
        end = _main_clause_resumes(sentence, position, end, _relative_in_subject(sentence, position))
    # "said she had not decided when asked whether …": the question put is a claim of its own.
    if QUESTION_VERB.search(text, position, end) and (question := QUESTION_PUT.search(text, position, end)):
        end = question.start()
    if (after_quote := _circumstance_after_quote(sentence, position, end)) is not None:
        end = after_quote
    # The clause-break search runs to the end of the sentence for every cue: it starts only at a comma.
    if text.find(",", position, end) >= 0 and (breaker := _clause_break(sentence, position, end)) is not None:
        end = breaker
    start, end = clean(sentence, position, end)
    return (start, end) if end - start > 1 else None


def _relative_in_subject(sentence: Sentence, position: int) -> bool:
    """Whether the relative clause before `position` qualifies the phrase that opens the sentence, with no comma
    between ("A 2022 paper which reported that rents rose was cited"): the main clause's verb is still to come."""
    pronoun = RESTRICTIVE_PRONOUN.search(sentence.text, sentence.span[0], position)
    if pronoun is None:
        return False
    antecedent = phrase_before(sentence.text, sentence.span[0], stripped_end(sentence.text, sentence.span[0], pronoun.start()))
    return antecedent is not None and antecedent.span[0] == stripped_start(sentence.text, *sentence.span)


def _main_clause_resumes(sentence: Sentence, start: int, end: int, in_subject: bool = False) -> int:
    """Where a relative clause's content ends as the main clause's verb comes ("A report that found the pier
    was unsafe was published on Monday"): at a finite verb that no clause of the content is waiting for. The
    content's own clause waits for one, and each word that opens another clause in it for one more, as does a
    verb of saying or knowing that one follows ("was told the pier was closing"). A clause
    may open with no word ("everything he can", "the men the police had arrested"), so only a passive or
    progressive verb ends the content ("was published", "is leaving"), and not one right after a pronoun nor one
    in quoted words, which are the speaker's to their end. `in_subject`, the content's own verb may have been one
    of no auxiliary ("rents rose was cited"): then the last finite verb is the main clause's, if a content of two
    words or more stands before it."""
    text, waiting, last_finite = sentence.text, 1, None
    for word in CLAUSE_WORDS.finditer(text, start, end):
        if sentence.inside_quote(word.start()):
            continue
        if word["bare"] or word.group() in CLAUSE_OPENING_WORDS:
            waiting += 1
            continue
        if waiting:
            waiting -= 1
        elif MAIN_VERB_GROUP.match(text, word.end(), end) and not SUBJECT_PRONOUN_BEFORE.search(text, start, word.start()):
            return stripped_end(text, start, word.start())
        if in_subject and not SUBJECT_PRONOUN_BEFORE.search(text, start, word.start()):
            last_finite = word.start()
    if in_subject and last_finite is not None and len(text[start:last_finite].split()) >= MIN_CONTENT_WORDS:
        return stripped_end(text, start, last_finite)
    return end


def _circumstance_after_quote(sentence: Sentence, start: int, end: int) -> int | None:
    """Where the words after a quotation that close the content begin (right after its closing mark)."""
    if not sentence.quotations:
        return None
    for closing in CIRCUMSTANCE_AFTER_QUOTE.finditer(sentence.text, start, end):
        if sentence.inside_quote(closing.start()) and not sentence.inside_quote(closing.end()):
            return closing.end()
    return None


def _clause_break(sentence: Sentence, start: int, end: int) -> int | None:
    """Where a new clause breaks in, outside a quotation and a dashed aside ("BuzzFeed -- best known for quizzes,
    though its news team wins awards -- missed its targets"): quoted words are the speaker's to the end."""
    text = sentence.text
    asides = [aside.span() for aside in DASH_ASIDE.finditer(text, start, end)] if "-" in text[start:end] or "—" in text[start:end] else []
    for breaker in CLAUSE_BREAK.finditer(text, start, end):
        if not sentence.inside_quote(breaker.start()) and not any(aside_start < breaker.start() < aside_end for aside_start, aside_end in asides):
            return breaker.start()
    return None


def _continues_after(sentence: Sentence, quotation: Quotation) -> bool:
    """Whether unquoted words of the same clause follow the quotation (then the content is mixed)."""
    return bool(CLAUSE_GOES_ON.match(sentence.text, quotation.outer[1], sentence.span[1]))


def content_before(sentence: Sentence, start_limit: int, end: int) -> Span | None:
    """The reported words before a trailing attribution ("C, he said"), from start_limit."""
    quotation = sentence.quotation_ending_at(end)
    if quotation and _only_commas(sentence.text, start_limit, quotation.outer[0]):
        return quotation.inner
    start, end = clean(sentence, start_limit, end)
    return (start, end) if end - start > 1 else None


def _only_commas(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds nothing but spaces and commas (or nothing at all)."""
    return start >= end or BETWEEN_QUOTE_AND_CONTENT.fullmatch(text, start, end) is not None


def parenthetical_rest(sentence: Sentence, after: int, stops: Stops) -> Span | None:
    """The words after an attribution set off by commas mid-sentence ("The industry, she said, is ...")."""
    match = PARENTHETICAL_REST.match(sentence.text, after, sentence.span[1])
    if not match and sentence.text.startswith(" ", after) and (adjunct := ADJUNCT_BEFORE_COMMA.match(sentence.text, after, sentence.span[1])):
        match = PARENTHETICAL_REST.match(sentence.text, adjunct.end(), sentence.span[1])
    if not match:
        return None
    start = match.end()
    if _opens_attribution(stops, start):
        return None  # "C, according to the office, Lee said D": the words after the comma are Lee's
    end = first_stop(sentence, start, sentence.span[1], stops)
    span = clean(sentence, start, end)
    return span if span[1] - span[0] > 1 else None


def _opens_attribution(stops: Stops, position: int) -> bool:
    """Whether another attribution (its speaker or its cue) begins at the position."""
    index = bisect_left(stops.firsts, position)
    return index < len(stops.firsts) and stops.firsts[index] == position


def first_stop(sentence: Sentence, start: int, end: int, stops: Stops, nesting: bool = True) -> int:
    """Where content from `start` ends (at `end` at the latest): the nearest later attribution (see `_stop`
    for `nesting`).

    The stops that reach past `start` and begin within a conjunction's window of it are read one by one;
    further on, only a stop that a conjunction joins can end the content, at the conjunction, and those
    are read until none can come nearer.
    """
    near = bisect_left(stops.firsts, start + SUBORDINATOR_WINDOW)
    for stop in stops.stops[bisect_right(stops.reach, start) : near]:
        if stop.last > start:
            end = min(end, _stop(sentence, start, stop, nesting))
    further = bisect_left(stops.joined_firsts, start + SUBORDINATOR_WINDOW)
    for first, conjunction in zip(stops.joined_firsts[further:], stops.conjunctions[further:]):
        if first - SUBORDINATOR_WINDOW >= end:
            break
        if _words_between(sentence.text, start, conjunction):
            end = min(end, conjunction)
    return end


def _stop(sentence: Sentence, start: int, stop: Stop, nesting: bool) -> int:
    """Where content starting at `start` ends because another attribution begins after it: at the conjunction
    that joins that attribution on.

    An attribution at the very start of the content is the content ("said that Trump had said ..."), and so
    is one whose speaker precedes the content (the same speaker going on: "said C, adding that ...", "says
    he met Lee and asked him to ..."): with `nesting`, what the speaker adds is part of what they said, and
    a claim of its own as well; but "say" again or another finite verb with "that", joined on by "and" or "but"
    ("said C and said D", "said C but warned that D"), a cue after a line break (a headline's words end with
    their line), and any cue after a content that is not `nesting` (what a denial denies: "rejected the idea
    that C, saying D") end the content there.
    """
    text, first = sentence.text, stop.first
    if first <= start:
        if not (stop.speaker_start < start < stop.cue_start):
            return sentence.span[1]
        if not nesting or "\n" in text[start : stop.cue_start]:
            return stop.cue_start
        joined = CONJOINED_CUE.search(text, max(start, stop.cue_start - SUBORDINATOR_WINDOW), stop.cue_start)
        return joined.start() if joined and (_says(text, stop.cue_start) or FINITE_BEFORE_THAT.match(text, stop.cue_start)) else sentence.span[1]
    conjunction = subordinate_before(text, max(start, first - SUBORDINATOR_WINDOW), first)
    return conjunction if conjunction is not None and _words_between(text, start, conjunction) else sentence.span[1]


def _says(text: str, position: int) -> bool:
    """Whether the word at position is a form of "say"."""
    word = WORD_AT.match(text, position)
    return word is not None and REPORTING_VERBS.get(word.group()) == "say"


def _words_between(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds more than joiners ("that", commas, dashes) and spaces."""
    joiners = JOINERS_AT.match(text, start, end)
    return (joiners.end() if joiners else start) < end


def leading_contents(
    sentence: Sentence, position: int, stops: Stops, relative: bool, infinitive: bool = False, nesting: bool = True
) -> list[Span]:
    """Contents after a leading cue: one per "and that" part (outside quotations), up to where another
    attribution begins (`nesting` as `first_stop` takes it); with `infinitive`, "to" and a verb report
    something ("promised to act")."""
    region = content_after(sentence, position, relative)
    if region is None:
        return []
    if sentence.is_quotation(region):
        return [region]
    spans, start = [], region[0]
    for match in [*(m for m in and_that(sentence.text, *region) if not sentence.inside_quote(m[0])), None]:
        end = match[0] if match else region[1]
        stop = first_stop(sentence, start, end, stops, nesting)
        span = clean(sentence, start, stop)
        if reportable(sentence, span, infinitive):
            spans.append(span)
        if stop < end:
            break  # what follows belongs to the other attribution
        if match:
            start = match[1]
    return spans


def and_that(text: str, start: int, end: int) -> list[Span]:
    """The spans AND_THAT.finditer finds in text[start:end], the pattern tried only before an "and".

    Tried at every position, the pattern costs far more than finding "and" in the lower-cased text; a
    match begins in the run of spaces and commas right before its "and".
    """
    lowered = text[start:end].lower()
    if len(lowered) != end - start:  # a letter whose lower case is longer ("İ") shifts the offsets
        return [match.span() for match in AND_THAT.finditer(text, start, end)]
    spans, position, found = [], start, lowered.find("and")
    while found >= 0:
        word = start + found
        run = word
        while run > position and (text[run - 1].isspace() or text[run - 1] == ","):
            run -= 1
        match = next(filter(None, (AND_THAT.match(text, first, end) for first in range(run, word))), None)
        if match:
            spans.append(match.span())
            position = match.end()
        found = lowered.find("and", (position if match else word + 1) - start)
    return spans


def infinitive_after(sentence: Sentence, lemma: str, position: int) -> bool:
    """Whether "to" and a verb right after a cue that takes an infinitive are its content ("vowed to fight on")."""
    return lemma in INFINITIVE_VERBS and INFINITIVE_START.match(sentence.text, position, sentence.span[1]) is not None


def reportable(sentence: Sentence, span: Span, infinitive: bool = False) -> bool:
    """Whether words after a cue report something, rather than say when or where ("on Twitter", "Thursday");
    with `infinitive`, "to act" does."""
    words = sentence.text[slice(*span)].split(maxsplit=MAX_ADJUNCT_WORDS)  # past that many, they are content
    if len(words) < MIN_CONTENT_WORDS:
        return ANSWER.fullmatch(sentence.text, *span) is not None  # "said no"
    if infinitive and INFINITIVE_START.match(sentence.text, *span):
        return True
    return len(words) > MAX_ADJUNCT_WORDS or not ADJUNCT_ONLY.match(sentence.text[slice(*span)])
