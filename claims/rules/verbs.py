"""Rules for reporting verbs: where the content stands around "said", "told", "added", "saying" and the like."""
import re
from dataclasses import replace
from typing import Final

from claims.lexicon import INFINITIVE_VERBS
from claims.patterns import ADJUNCT_START, ADJUNCT_WORDS, that_after_adjunct
from claims.mentions import Mention
from claims.model import Span
from claims.quotes import CLOSING_MARKS, Quotation
from claims.rules.content import Stops, clean, content_before, infinitive_after, leading_contents, parenthetical_rest, reportable
from claims.rules.coordination import speaker_verb_cut
from claims.rules.pairing import Attribution, Surroundings
from claims.rules.records import RawClaim
from claims.rules.registry import rule
from claims.rules.sentence import Sentence
from claims.rules.speakers import RELATIVE_AFTER, modifiers_only, titled
from claims.scanning import stripped_end

WHAT_BEFORE: Final = re.compile(r"\bwhat\s+$")
WHAT_SAID_WAS: Final = re.compile(r"^\s*(?:was|is|were|are|would be|will be)\b", re.IGNORECASE)
# What opens words about where or when something was said: a preposition, a day, or a participle ("Speaking").
WHERE_OR_WHEN: Final = re.compile(rf"(?:{ADJUNCT_WORDS}|[a-z]+ing)\b", re.IGNORECASE)
TITLE_WORD: Final = re.compile(r"[\w'’]+")
ARTICLE_ONLY: Final = re.compile(r"\s*(?:the|his|her|their|its)\s+")  # the words before a speaker's name or noun
PAIRED_MODIFIERS: Final = re.compile(r"\s*(?!(?:and|or|but)\b)[a-z][\w-]*\s+(?:and|or)\s+")  # "current and" before "former officials"
LEAD_PUNCTUATION: Final = " ,\"”'—–"
# "C, as Ann Lee noted in May.": the content ends at the comma before "as"; the cue ends its clause (not "as
# voters responded to the plan", an event).
AS_BEFORE_SPEAKER: Final = re.compile(r"[,—–]\s*as\s+(?:(?:the|his|her|their|its)\s+)?$", re.IGNORECASE)
OBJECT_AFTER: Final = re.compile(r"\s+(?:to|of|with|for|about|against|as|when|while)\b", re.IGNORECASE)
# "to" and whom the words went to (a determiner, a pronoun, a name or a plural noun: not "to be", "to end", nor a
# verb in -ss or -us, "to dismiss", "to focus"), with no question word after them ("explained to residents why …" reports why).
RECIPIENT_ONLY: Final = re.compile(
    r"to\s+(?:(?:the|a|an|his|her|their|its|our|my|your|him|them|us|me)\b|(?-i:[A-Z])|[a-z]+(?<![su])s\b)"
    r"(?![^\"“]*\b(?:why|how|what|whether|when|where|which|if)\b)",
    re.IGNORECASE,
)
QUOTE_OPENINGS: Final = "\"“‘'"
# "A civil society group, the Accountability Forum, has called on …", "that her manager, Ann Lee, had shouted at her":
# a noun phrase alone (a determiner, a few words, no verb) before a speaker set off by commas is the one the name
# stands beside, the subject of the cue, not words the speaker said. It follows the start, a comma or "that".
APPOSITIVE_HEAD: Final = re.compile(
    r"(?:^|(?<=,)\s+|(?<![\w'’-])that\s+)(?:a|an|the|her|his|their|its|our|my|your|one|another)\s+"
    r"(?:(?!(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|that|who|which)\b)"
    r"(?-i:[a-z][\w'’-]*)(?<!ed)\s+){0,4}(?-i:[a-z][\w'’-]*)(?<!ed)\s*,?\s*$",
    re.IGNORECASE,
)
MAX_RESUMING_GAP: Final = 120  # characters of description or circumstance between the speaker and the quotation's second part

QUOTE_BEFORE_SENTENCE: Final = rule(
    "quote-then-speaker-said", "A quotation ends one sentence; the next sentence is only its speaker and cue.",
    '"The pier is safe again." Lena Vogt said on Monday.',
)
QUOTE_SAID_SPEAKER: Final = rule(
    "quote-said-speaker", "A quotation, then the cue, then the speaker.",
    '"The pier will reopen in May," said harbour master Lena Vogt.',
)
QUOTE_SPEAKER_SAID: Final = rule(
    "quote-speaker-said", "A quotation, then the speaker, then the cue.",
    '"The pier will reopen in May," Lena Vogt said.',
)
CONTENT_SPEAKER_SAID: Final = rule(
    "content-speaker-said", "Reported words, then the speaker and the cue.",
    "The pier will reopen in May, Lena Vogt said.",
)
CONTENT_SAID_SPEAKER: Final = rule(
    "content-said-speaker", "Reported words, then the cue and the speaker.",
    "The pier will reopen in May, said Lena Vogt.",
)
SPLIT_QUOTE: Final = rule(
    "split-quote", "A quotation split by its attribution: both halves are one claim.",
    '"The pier will reopen in May," Lena Vogt said, "and the ferry in June."',
)
PARENTHETICAL: Final = rule(
    "parenthetical-speaker-said", "Speaker and cue set off by commas inside the reported clause.",
    "The new pier, Lena Vogt said, is twice as long as the old one.",
)
WHAT_SPEAKER_SAID_WAS: Final = rule(
    "what-speaker-said-was", '"What S said was C": the content after "was".',
    "The council criticised the board for what Lena Vogt said was a 40% rise in harbour fees.",
)
RELATIVE_CLAUSE: Final = rule(
    "relative-clause", "A relative clause on the speaker: \"X, who has said C\".",
    "The plan is backed by Lena Vogt, who has said the pier will reopen in May.",
)
OPENING_PARTICIPLE: Final = rule(
    "opening-participle", 'A participle opening the sentence, said by the main clause\'s subject: "After saying C, S did this".',
    "After saying the storm had damaged its supports, Lena Vogt closed the pier.",
)
SPEAKER_SAYING: Final = rule(
    "speaker-saying", 'A participle after the main clause: "S did this, saying C".',
    "Lena Vogt closed the pier on Monday, saying the storm had damaged its supports.",
)
SPEAKER_SAID_QUOTE: Final = rule(
    "speaker-said-quote", "The speaker and the cue, then a quotation.",
    'Lena Vogt said: "The pier will reopen in May."',
)
SPEECH_NOUN: Final = rule(
    "speech-noun", 'A reporting noun after its possessor, then what was said: "S\'s claim that C", "her promise to C".',
    "The council welcomed Lena Vogt's promise to reopen the pier by May.",
)
SPEAKER_SAID_THAT: Final = rule(
    "speaker-said-that", 'The speaker and the cue, then reported words (with or without "that"; clauses joined by "and that" are the parts of one claim).',
    "Lena Vogt told reporters that the pier would reopen in May.",
)


def opening_participle(sentence: Sentence, attribution: Attribution, around: Surroundings) -> list[RawClaim] | None:
    """"After saying C, S did this": the content runs from the participle to the speaker's clause."""
    cue, mention = attribution.cue, attribution.mention
    if not cue.participle or mention.span[0] < cue.span[1]:
        return None
    start = cue.span[1]
    if that := that_after_adjunct(sentence.text[start : mention.span[0]]):
        start += that.end()  # "Since announcing in October that ..."
    span = clean(sentence, start, mention.span[0])
    return [RawClaim((span,), cue, mention, OPENING_PARTICIPLE)] if reportable(sentence, span) else []


def quote_then_speaker_said(sentence: Sentence, attribution: Attribution, around: Surroundings) -> list[RawClaim] | None:
    """'"Q." S said.': a sentence of speaker and cue alone claims the quotation that ended the sentence before."""
    lead = sentence.text[around.claimed_until : attribution.start]
    mention = attribution.mention
    if attribution.cue.participle:
        return None  # "S went on the attack, saying, …": the participle's words follow it
    if lead.strip() and not (mention.kind == "person" and modifiers_only(lead)):
        return None
    if not around.previous_quotation or not ADJUNCT_START.match(sentence.text, attribution.content_start, sentence.span[1]):
        return None
    if lead.strip():  # "Italy's Northern League leader Matteo Salvini wrote on Facebook."
        mention = titled(sentence, mention, around.claimed_until + len(lead) - len(lead.lstrip()))
    return [RawClaim((around.previous_quotation.inner,), attribution.cue, mention, QUOTE_BEFORE_SENTENCE)]


def trailing(sentence: Sentence, attribution: Attribution, around: Surroundings) -> list[RawClaim] | None:
    """"C," S said — with the second half of "C1," S said, "C2" or "C1, S said, C2"."""
    cue, speaker, start = attribution.cue, attribution.speaker, attribution.start
    mention = attribution.mention
    lead = sentence.text[around.claimed_until : start]
    if not lead.strip(LEAD_PUNCTUATION):
        return None  # no words before the speaker (nor a description of them, which the content's comma would end)
    if not speaker.inverted and (described := _described_after_comma(sentence, around.claimed_until, lead, mention)):
        mention, start = described, described.span[0]  # "C, Labour leader Ann Lee said"
        lead = sentence.text[around.claimed_until : start]
    if not lead.strip(LEAD_PUNCTUATION) or speaker.relative or cue.participle:
        return None
    after, right = attribution.content_start, _right(sentence, attribution)
    if (as_said := AS_BEFORE_SPEAKER.search(lead)) and not speaker.inverted:
        if OBJECT_AFTER.match(right):
            return None
        start = around.claimed_until + as_said.start() + 1  # the content ends at the comma
        lead = sentence.text[around.claimed_until : start]
    after_quote = lead.rstrip().endswith(CLOSING_MARKS)
    # "C, said a lawyer who represents the families": after an inverted speaker, a relative clause describes them.
    clause_over = ADJUNCT_START.match(right) or speaker.inverted and RELATIVE_AFTER.match(right)
    after_clause = lead.rstrip().endswith((",", "—", "–")) and clause_over and not that_after_adjunct(right) \
        and not infinitive_after(sentence, cue.lemma, after)  # "Her rival, Ann Lee, vowed to fight on"
    split = sentence.quotation_ending_at(start) and sentence.quotation_at(after)  # "Q1," S said, "Q2"
    if not (after_quote or after_clause or split):
        return None
    before = content_before(sentence, around.claimed_until, start)
    quotation = sentence.quotation_at(after) or _resumed_quotation(sentence, before, after, around.stops)
    # After an inverted speaker ("said Oren Patel, an analyst") what follows describes the speaker.
    parenthetical = None if quotation or speaker.inverted else parenthetical_rest(sentence, after, around.stops)
    # "On Saturday, Mr. Hale said: …": when, not what; the words after the cue are the content. But an attribution
    # set off by commas inside the clause ("At one point, she said, she was ready to quit") leaves it whole.
    if before and not sentence.is_quotation(before) and (not (parenthetical or reportable(sentence, before)) or _where_said(sentence, before)):
        return None
    if before and after_clause and not (quotation or parenthetical or after_quote) and APPOSITIVE_HEAD.search(sentence.text, before[0], start):
        return None  # "A civil society group, the Forum, has called on …": the group is the Forum, not what it said
    if before and _opens_with_source(sentence, before):
        return None  # "Per the club, Rovers will write to the league": the words before name a source, not what was said
    rest = quotation.inner if quotation else parenthetical
    segments = tuple(span for span in (before, rest) if span)
    if not segments:
        return []
    return [RawClaim(segments, cue, mention, _trailing_rule(sentence, before, quotation, parenthetical, speaker.inverted))]


def _resumed_quotation(sentence: Sentence, before: Span | None, after: int, stops: Stops) -> Quotation | None:
    """'"Q1," said Ann Lee, the harbour master, "Q2."' and '"Q1," he told the Gazette in May, "Q2."': the
    quotation resumes after words on the speaker or the saying, set off by a comma, no other attribution between."""
    if before is None or not sentence.is_quotation(before):
        return None
    resumed = next((quotation for quotation in sentence.quotations if quotation.outer[0] >= after), None)
    if resumed is None or resumed.outer[0] - after > MAX_RESUMING_GAP:
        return None
    if any(after <= position < resumed.outer[0] for stop in stops.stops for position in (stop.speaker_start, stop.cue_start)):
        return None
    return resumed if sentence.text[after : resumed.outer[0]].rstrip().endswith(",") else None


def _opens_with_source(sentence: Sentence, span: Span) -> bool:
    """Whether the words are only "according to" or "per" and its source, up to the comma that sets it off
    ("According to the club, Rovers will write …"); with a comma in them, they go on to what the source said."""
    return sentence.text.find(",", *span) < 0 and any(cue.span[0] == span[0] and cue.according_to for cue in sentence.cues)


def _where_said(sentence: Sentence, span: Span) -> bool:
    """Whether the words are where or when it was said, ending in a programme's title: 'Speaking on ABC's "This Week,"'."""
    quotation = sentence.quotation_ending_at(span[1])
    if not quotation or not WHERE_OR_WHEN.match(sentence.text, *span):
        return False
    words = TITLE_WORD.findall(sentence.text, *quotation.inner)
    return bool(words) and all(word[0].isupper() for word in words if len(word) > 3)


def _described_after_comma(sentence: Sentence, lead_start: int, lead: str, mention: Mention) -> Mention | None:
    """"C, Democratic vice presidential candidate Tim Kaine insisted": a person with the words that describe
    them between the comma (or closing mark) that ends the content and their name; "C, the White House said",
    '"Q," the union said', "C, current and former officials said": any speaker with its article, possessive or
    paired modifiers."""
    end = max(lead.rfind(","), *(lead.rfind(mark) + len(mark) - 1 for mark in CLOSING_MARKS))
    words = lead[end + 1 :]
    if end < 0 or not words.strip():
        return None
    start = lead_start + end + 1 + len(words) - len(words.lstrip())
    if ARTICLE_ONLY.fullmatch(words) or mention.kind != "person" and PAIRED_MODIFIERS.fullmatch(words):
        return replace(mention, span=(start, mention.span[1]), text=sentence.text[start : mention.span[1]])
    return titled(sentence, mention, start) if mention.kind == "person" and modifiers_only(words) else None


def _trailing_rule(sentence: Sentence, before: Span | None, quotation: Quotation | None, parenthetical: Span | None, inverted: bool) -> str:
    """Which trailing construction the parts found make."""
    if parenthetical:
        return PARENTHETICAL
    if quotation:
        return SPLIT_QUOTE if before else SPEAKER_SAID_QUOTE
    if before is not None and sentence.is_quotation(before):
        return QUOTE_SAID_SPEAKER if inverted else QUOTE_SPEAKER_SAID
    return CONTENT_SAID_SPEAKER if inverted else CONTENT_SPEAKER_SAID


def what_speaker_said_was(sentence: Sentence, attribution: Attribution, around: Surroundings) -> list[RawClaim] | None:
    """"for what S said was C": the content starts after "was"."""
    mention = attribution.mention
    if sentence.text.find("what", sentence.span[0], mention.span[0]) < 0:
        return None
    # "what" can only end where the spaces before the speaker begin: the search starts right before that.
    words_end = stripped_end(sentence.text, sentence.span[0], mention.span[0])
    if not WHAT_BEFORE.search(sentence.text, max(sentence.span[0], words_end - len("what")), mention.span[0]):
        return None
    if not (was := WHAT_SAID_WAS.match(_right(sentence, attribution))):
        return None
    start = attribution.content_start + was.end()
    spans = leading_contents(sentence, start, around.stops, attribution.speaker.relative)
    return [RawClaim((span,), attribution.cue, mention, WHAT_SPEAKER_SAID_WAS) for span in spans]


def leading(sentence: Sentence, attribution: Attribution, around: Surroundings) -> list[RawClaim]:
    """"S said (that) C", "S said: "Q"", "X, who has said C" and "S did this, saying C": one claim, whose parts
    are the clauses "and that" joins ("S said C1 and that C2" is one statement)."""
    cue, speaker = attribution.cue, attribution.speaker
    # "her promise to act", "rallied voters by promising to act": an infinitive reports what was promised (a
    # verb's base or -s form here is a noun: "his latest promise to voters").
    infinitive = cue.possessed or cue.lemma in INFINITIVE_VERBS and cue.text not in (cue.lemma, cue.lemma + "s")
    contents = leading_contents(sentence, attribution.content_start, around.stops, speaker.relative, infinitive, nesting=not cue.denial)
    if cue.lemma not in INFINITIVE_VERBS:
        contents = [span for span in contents if not _recipient_only(sentence.text, span)]
    spans = [speaker_verb_cut(sentence, cue, span) for span in contents]
    return [RawClaim(tuple(spans), cue, attribution.mention, _leading_rule(sentence, attribution, spans[0]))] if spans else []


def _recipient_only(text: str, span: Span) -> bool:
    """Whether the words after a cue are only whom it went to and what else was done ("had written to the minister
    three times and had no reply"): "that" or a quotation after the recipient is read as the content before this."""
    return text.startswith("to ", span[0]) and (span[0] == 0 or text[span[0] - 1] not in QUOTE_OPENINGS) and RECIPIENT_ONLY.match(text, *span) is not None


def _leading_rule(sentence: Sentence, attribution: Attribution, span: Span) -> str:
    """Which leading construction the cue and its content make."""
    if attribution.cue.possessed:
        return SPEECH_NOUN
    if attribution.speaker.relative:
        return RELATIVE_CLAUSE
    if attribution.cue.participle:
        return SPEAKER_SAYING
    if sentence.is_quotation(span):
        return SPEAKER_SAID_QUOTE
    return SPEAKER_SAID_THAT


def _right(sentence: Sentence, attribution: Attribution) -> str:
    """The rest of the sentence after speaker and cue."""
    return sentence.text[attribution.content_start : sentence.span[1]]


# Tried in order for every cue, before the rules for a verb's object and `leading`, which always applies.
VERB_RULES: Final = (opening_participle, quote_then_speaker_said, trailing, what_speaker_said_was)
