"""Who speaks at a cue: the subject before it, the speaker after an inverted cue, the source after "according to"."""
import re
from dataclasses import dataclass, replace
from itertools import takewhile

from claims.cues import Cue
from claims.lexicon import SPEAKER_CUE_FILLERS
from claims.mentions import DETERMINERS, NP_BREAKERS, Mention, phrase_after, phrase_before, source_phrase
from claims.patterns import ADJUNCT_START, FILLER_CHAIN, FILLER_GAP, TRAILING_FILLERS_WINDOW, trailing_fillers_start
from claims.quotes import CLOSING_MARKS
from claims.rules.sentence import Sentence
from claims.scanning import WordBeforeSpace, last_word, stripped_end

RELATIVE_GAP = re.compile(r"^\s*,\s*(?:who|which|that)\b" + FILLER_CHAIN, re.IGNORECASE)
RELATIVE_PRONOUN = re.compile(r"\b(?:who|which|that)\b", re.IGNORECASE)
RELATIVE_PRONOUN_BEFORE = re.compile(r",\s*(?:which|who|whom|that)\s+$")
# "X, a confidant of Y, said", "X, an official at Z, which has ..., said" and "X — a teacher — says":
# appositives between speaker and cue.
APPOSITIVE_GAP = re.compile(r"^\s*[,—–]\s*[\w'’-]+\b[^;:\"“”]{0,200}[,—–]\s*(?:\b(?:" + "|".join(SPEAKER_CUE_FILLERS) + r")\b\s*)*$")
APPOSITIVE_COMMA = re.compile(r"\s*,\s*")
APPOSITIVE_LOOKBACK = 4  # mentions tried, nearest first
COORDINATION = re.compile(r"\b(?:and|but)\s+(?:(?:" + "|".join(SPEAKER_CUE_FILLERS) + r")\s+)*$", re.IGNORECASE)
COORDINATED_FILLER = re.compile("|".join(SPEAKER_CUE_FILLERS), re.IGNORECASE)
# Forms of reporting verbs that are far more often plural nouns ("her opening remarks"): after a plain noun
# phrase they are not cues. After a name or pronoun ("Trump remarks that ...") they still are.
PLURAL_NOUN_FORMS = frozenset("remarks claims reports notes comments calls tweets charges pledges promises vows estimates forecasts posts quotes".split())
# Verbs that also name things: "a play called 'Sons of Trump'" reports nothing.
NAMING_VERBS = frozenset({"call"})
SINGULAR_DETERMINER = re.compile(r"(?:a|an|one|this|every|each|another)\s", re.IGNORECASE)
# An opening participle or prepositional phrase before the main clause ("Speaking to reporters, ...").
CLAUSE_OPENER = re.compile(r"(?:[A-Z][a-z]+ing|After|Before|During|In|On|At|Speaking|Asked|Earlier|Later)\b[^,]*,")
PREPOSITION_BEFORE = WordBeforeSpace("of to with for in on at by from about against than into over under".split())
PREPOSITION_LOOKBACK = 10
# "a spokesman for Fenwick Motors": the role and whom it is held for.
DESCRIPTION = re.compile(r"(?:(?:a|an|the|one)\s+)?(?P<title>.+?)(?:\s+(?:for|at|of|with)\s+(?:the\s+)?(?P<affiliation>[A-Z].*))?", re.IGNORECASE)
# Words that describe a person right before the name ("MSNBC host", "Sanders campaign manager", "DZ Bank
# economist", "Commentary's", "CBS This Morning co-"): up to five, none a clause word or determiner in lower case.
MODIFIER_WORD = r"(?!(?:" + "|".join(sorted(NP_BREAKERS | DETERMINERS)) + r")\b)[A-Za-z][\w.&'’-]*"
# A hyphen may join the last one to the name ("co-Anchor DeMarco Morgan").
MODIFIER_CHAIN = rf"(?:[Tt]he[ \t]+)?(?:{MODIFIER_WORD}(?:[ \t]+|(?<=-))){{1,5}}"
# '"…," Sanders campaign manager Jeff Weaver said': the modifiers run back to the quotation's closing mark.
MODIFIERS_AFTER_QUOTE = re.compile(rf"(?:[”\"]|'')[ \t]*,?[ \t]*(?P<words>{MODIFIER_CHAIN})$")
MODIFIERS = re.compile(rf"\s*{MODIFIER_CHAIN}")


@dataclass(frozen=True, slots=True)
class SpeakerFinding:
    """A cue's speaker mention; whether it heads a relative clause, and whether it follows the cue."""

    mention: Mention | None
    relative: bool = False
    inverted: bool = False


NO_SPEAKER = SpeakerFinding(None)


def cue_speakers(sentence: Sentence, cues: list[Cue]) -> dict[tuple[int, int], SpeakerFinding]:
    """Each cue's speaker; "S said ..., adding that ..." gives the participle the speaker of "said", and so does
    "S said ... and said ..." to the cue after "and"."""
    speakers = {}
    last_speaker = None
    for cue in cues:
        found = cue_speaker(sentence, cue)
        if last_speaker is not None and (cue.participle or _coordinated(sentence.text, sentence.span[0], cue.span[0])):
            found = SpeakerFinding(last_speaker)
        elif found.mention is not None and not cue.participle:
            last_speaker = found.mention
        speakers[cue.span] = found
    return speakers


def cue_speaker(sentence: Sentence, cue: Cue) -> SpeakerFinding:
    """The cue's speaker, looked for where its kind of cue puts it."""
    if cue.according_to:
        return SpeakerFinding(source_after(sentence, cue), inverted=True)
    if cue.participle:
        return SpeakerFinding(clause_subject(sentence, cue))
    text, start = sentence.text, sentence.span[0]
    found = speaker_before(sentence, cue)
    if found.mention:
        before = text[max(start, found.mention.span[0] - 10) : found.mention.span[0]]
        return SpeakerFinding(_modified(sentence, found.mention), found.relative or bool(RELATIVE_PRONOUN_BEFORE.search(before)))
    lead_end = stripped_end(text, start, cue.span[0])
    if text[max(start, lead_end - 2) : lead_end].endswith((",", "—", *CLOSING_MARKS)) and (after := speaker_after(sentence, cue)):
        return SpeakerFinding(after, inverted=True)
    if _coordinated(text, start, cue.span[0]):
        return SpeakerFinding(clause_subject(sentence, cue))
    return NO_SPEAKER


def _coordinated(text: str, start: int, end: int) -> bool:
    """Whether "and" or "but" and fillers alone stand before the cue ("... and later said").

    COORDINATION is searched for from the first word back from the cue that is not a filler: the
    coordinator can stand nowhere earlier.
    """
    word = last_word(text, start, end)
    while word[0] < word[1] and COORDINATED_FILLER.fullmatch(text, *word):
        word = last_word(text, start, word[0])
    return COORDINATION.search(text, word[0], end) is not None


def speaker_before(sentence: Sentence, cue: Cue) -> SpeakerFinding:
    """The subject mention left of the cue, and whether it heads a relative clause ("X, who has said")."""
    text = sentence.text
    before = sentence.mentions_before(cue.span[0])
    appositive_head = None
    for index in range(len(before) - 1, max(len(before) - 1 - APPOSITIVE_LOOKBACK, -1), -1):
        mention = before[index]
        gap = text[mention.span[1] : cue.span[0]]
        if _appositive_name(sentence, mention, gap) and not appositive_head:
            head = before[index - 1] if index else None
            if head and APPOSITIVE_COMMA.fullmatch(text, head.span[1], mention.span[0]):
                # "A spokesman for Fenwick Motors, Dr Peter Hall, said": one speaker, named by the appositive.
                if head.kind in ("anonymous", "role") and mention.kind == "person":
                    return SpeakerFinding(_described(sentence, head, mention))
                # "Oskar Bellamy, the finance minister, said": the name heads its appositive.
                return SpeakerFinding(head)
            return SpeakerFinding(mention)
        if FILLER_GAP.match(gap) and not appositive_head:
            return SpeakerFinding(_widened(sentence, mention) if is_subject(sentence, mention) else _qualified(sentence, mention))
        if RELATIVE_GAP.match(gap) and not appositive_head:
            return SpeakerFinding(_relative_pronoun(mention, gap), relative=True)
        if APPOSITIVE_GAP.match(gap) and not sentence.quote_between(mention.span[1], cue.span[0]):
            appositive_head = mention  # keep looking left: the head of a chain of appositives
    return SpeakerFinding(appositive_head or _subject_phrase(sentence, cue))


def _subject_phrase(sentence: Sentence, cue: Cue) -> Mention | None:
    """The noun phrase before the cue and its fillers, when no known mention stands there ("the council")."""
    window = max(sentence.span[0], cue.span[0] - TRAILING_FILLERS_WINDOW)
    phrase = phrase_before(sentence.text, sentence.span[0], trailing_fillers_start(sentence.text, window, cue.span[0]))
    if phrase is None:
        return None
    if cue.text == cue.lemma and SINGULAR_DETERMINER.match(phrase.text) and not phrase.text.endswith("s"):
        return None  # "a conference call": a singular subject never takes the base form
    if cue.text in PLURAL_NOUN_FORMS or cue.lemma in NAMING_VERBS and SINGULAR_DETERMINER.match(phrase.text):
        return None  # "her opening remarks", "a play called 'Sons of Trump'"
    return phrase


def _modified(sentence: Sentence, mention: Mention) -> Mention:
    """A person named after a quotation with the words that describe them before the name, as one mention."""
    if mention.kind != "person":
        return mention
    window = max(sentence.span[0], mention.span[0] - TRAILING_FILLERS_WINDOW)
    modifiers = MODIFIERS_AFTER_QUOTE.search(sentence.text, window, mention.span[0])
    return titled(sentence, mention, modifiers.start("words")) if modifiers else mention


def _described(sentence: Sentence, description: Mention, person: Mention) -> Mention:
    """The person named after a description of them, as one mention whose title and affiliation it gives."""
    role = DESCRIPTION.fullmatch(description.text)
    title = role["title"] if role else description.text
    affiliation = role["affiliation"] if role and role["affiliation"] else person.affiliation
    span = (description.span[0], person.span[1])
    return replace(person, span=span, text=sentence.text[slice(*span)], title=title, affiliation=affiliation)


def modifiers_only(text: str) -> bool:
    """Whether the words are a person's modifiers only ("Italy's Northern League leader ")."""
    return MODIFIERS.fullmatch(text) is not None


def titled(sentence: Sentence, mention: Mention, start: int) -> Mention:
    """The mention widened leftwards to `start`, the words before the name joining its title."""
    words = sentence.text[start : mention.span[0]].strip()
    title = " ".join(filter(None, (words, mention.title)))
    return replace(mention, span=(start, mention.span[1]), text=sentence.text[start : mention.span[1]], title=title)


def _relative_pronoun(antecedent: Mention, gap: str) -> Mention:
    """"Japan's prime minister, who has said ...": the words at the claim are "who", the speaker its antecedent."""
    pronoun = RELATIVE_PRONOUN.search(gap)
    start = antecedent.span[1] + pronoun.start()
    return replace(antecedent, span=(start, start + len(pronoun.group())), text=pronoun.group(), possessive=False)


def _appositive_name(sentence: Sentence, mention: Mention, gap: str) -> bool:
    """"One hopeful, Carly Fiorina, says": a name set off by commas right before the cue."""
    return gap.strip() == "," and sentence.text[sentence.span[0] : mention.span[0]].rstrip().endswith(",")


def _widened(sentence: Sentence, mention: Mention) -> Mention:
    """An unnamed source with the words that qualify it ("legal experts", not "experts")."""
    if mention.kind != "anonymous":
        return mention
    phrase = phrase_before(sentence.text, sentence.span[0], mention.span[1])
    if phrase is None or phrase.span[0] >= mention.span[0]:
        return mention
    return Mention(phrase.span, phrase.text, "anonymous", phrase.text)


def _qualified(sentence: Sentence, mention: Mention) -> Mention:
    """The phrase that a mention after a preposition qualifies: "The head of the agency in Ohio" said, not Ohio."""
    phrase = phrase_before(sentence.text, sentence.span[0], mention.span[1])
    return phrase if phrase is not None and phrase.span[0] < mention.span[0] else mention


def speaker_after(sentence: Sentence, cue: Cue) -> Mention | None:
    """The speaker right after the cue in an inverted attribution ("..., said Tobias Harris of ...")."""
    text, end = sentence.text, sentence.span[1]
    following = next(sentence.mentions_from(cue.span[1]), None)
    # "..., said Harris of ..." ends there; "..., announced they were separated" goes on.
    if following and stripped_end(text, cue.span[1], following.span[0]) == cue.span[1] and ADJUNCT_START.match(text, following.span[1], end):
        return following
    phrase = phrase_after(text, cue.span[1], end)
    if phrase is None or phrase.text.lower().startswith(("that ", "the fact")):
        return None
    within = list(takewhile(lambda m: m.span[0] < phrase.span[1], sentence.mentions_from(phrase.span[0])))
    # "harbour master Lena Vogt", "DZ Bank economist Jane Roe": the name that ends the phrase, its title before it.
    named = next((m for m in reversed(within) if m.kind == "person" and text[m.span[1] : phrase.span[1]] in ("", ".")), None)
    if named:
        phrase = titled(sentence, named, phrase.span[0]) if named.span[0] > phrase.span[0] else named
    return phrase if ADJUNCT_START.match(text, phrase.span[1], end) else None


def source_after(sentence: Sentence, cue: Cue) -> Mention | None:
    """The source after "according to": a named mention, or the phrase up to the next comma."""
    end = sentence.next_comma(cue.span[1], sentence.span[1]) or sentence.span[1]
    inside = list(takewhile(lambda m: m.span[0] < end, sentence.mentions_from(cue.span[1])))
    # "according to Nordic Bank economist Erik Lund": the name after its modifiers.
    named = next((m for m in reversed(inside) if m.kind == "person"), None)
    if named and named.span[0] > cue.span[1] and modifiers_only(sentence.text[cue.span[1] : named.span[0]]):
        return titled(sentence, named, cue.span[1] + 1)
    following = inside[0] if inside else None
    if following and stripped_end(sentence.text, cue.span[1], following.span[0]) == cue.span[1]:
        return following
    return source_phrase(sentence.text, cue.span[1], end)


def subjects(sentence: Sentence) -> list[Mention]:
    """Mentions that can be a clause's subject: not possessive, not the object of a preposition."""
    return [m for m in sentence.mentions if is_subject(sentence, m)]


def is_subject(sentence: Sentence, mention: Mention) -> bool:
    """Whether the mention can be a clause's subject: not possessive, not the object of a preposition."""
    start = mention.span[0]
    return not mention.possessive and not PREPOSITION_BEFORE.search(sentence.text, max(sentence.span[0], start - PREPOSITION_LOOKBACK), start)


def clause_subject(sentence: Sentence, cue: Cue) -> Mention | None:
    """The main clause's subject, for "X did this, saying ..." and "X did this but said ..."."""
    opener = CLAUSE_OPENER.match(sentence.text, sentence.span[0], cue.span[0])
    start = opener.end() if opener else sentence.span[0]
    before_cue = takewhile(lambda m: m.span[0] < cue.span[0], sentence.mentions_from(start))
    return next((m for m in before_cue if is_subject(sentence, m)), None)
