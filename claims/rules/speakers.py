"""Who speaks at a cue: the subject before it, the speaker after an inverted cue, the source after "according to"."""
import re
from dataclasses import dataclass, replace
from itertools import takewhile
from typing import Final

from claims.cues import CIRCUMSTANCE, Cue, refusal_start
from claims.disputes.keys import case_blind_oddity
from claims.lexicon import CONTENT_NOUNS, EVIDENCE_FORMS, EVIDENCE_NOUNS, RELATIVE_SPEAKER_NOUNS, SHOWING_RECORDINGS, SPEAKER_CUE_FILLERS
from claims.mentions import DETERMINERS, NP_BREAKERS, SPEAKER_NOUNS, Mention, phrase_after, phrase_before, source_phrase
from claims.patterns import ADJUNCT_START, FILLER_CHAIN, LY_WORD, TRAILING_FILLERS_WINDOW, fillers_only, trailing_fillers_start, uncontracted
from claims.quotes import CLOSING_MARKS
from claims.rules.sentence import Sentence
from claims.scanning import WordBeforeSpace, last_word, stripped_end, stripped_start

RELATIVE_GAP: Final = re.compile(r"^\s*,\s*(?:who|which|that)\b" + FILLER_CHAIN, re.IGNORECASE)
RELATIVE_PRONOUN: Final = re.compile(r"\b(?:who|which|that)\b", re.IGNORECASE)
RELATIVE_AFTER: Final = re.compile(r"\s*,?\s*(?:who|whose)\b")  # '"…," said a lawyer who represents the families'
# What "that" may stand for as a speaker: a poll or report, a statement, a claim ("a statement that said"); not a
# remark or comment, which its maker made ("a comment that described").
SAYING_THINGS: Final = EVIDENCE_NOUNS | CONTENT_NOUNS | RELATIVE_SPEAKER_NOUNS
# "the 30 percent who say", "a Democrat familiar with the talks, who added"
# "a report that found", "a statement that said", "a paper which reported": "that" or "which" right before the verb is its subject, a relative
# pronoun (a conjunction "that" is followed by a subject of its own).
# (",?\s+who|\s+that" after a word character, opening with the comma or space, which sre skips to: a pattern that
# opens with a look-behind is tried at every character.)
WHO_BEFORE: Final = re.compile(r"[,\s](?<=[\w%][,\s])(?:(?<=,)\s+who|(?<=\s)\s*(?:who|that|which))" + FILLER_CHAIN, re.IGNORECASE)
RELATIVE_WORDS: Final = frozenset({"who", "that", "which"})  # WHO_BEFORE's pronouns
QUANTIFIER_ANTECEDENT: Final = re.compile(r"(?<![\w'’-])(?:some|many|most|others|several|few)$", re.IGNORECASE)  # "only some who suggest"
INVERTING_MARKS: Final[tuple[str, ...]] = (",", "—", *CLOSING_MARKS)  # a lead ending with one puts its speaker after the cue
RELATIVE_PRONOUN_BEFORE: Final = re.compile(r",\s*(?:which|who|whom|whose|that)\s+$")  # "Ms Lee, whose fans say P, declined"
# The possessor of a reporting noun ("his claim", "Lee's promise"), and the pronoun a possessive stands for.
TO_GAP: Final = re.compile(r"\s+to\s+")
OBJECT_PRONOUN_TO: Final = re.compile(r"(?<![\w'’-])(him|her|them)\s+to\s+$", re.IGNORECASE)
OBJECT_PRONOUN_REACH: Final = 10
SUBJECT_OF_OBJECT_PRONOUN: Final = {"him": "he", "her": "she", "them": "they"}
POSSESSIVE_PRONOUN: Final = re.compile(r"(?<![\w-])(his|her|their|its)\s+$", re.IGNORECASE)
POSSESSIVE_REACH: Final = 7
PRONOUN_OF_POSSESSIVE: Final = {"his": "he", "her": "she", "their": "they", "its": "it"}
POSSESSIVE_ENDING: Final = re.compile(r"['’]s?\s+")
# "X, a confidant of Y, said", "X, an official at Z, which has ..., said" and "X — a teacher — says":
# appositives between speaker and cue.
FILLERS_TO_CUE: Final = r"\s*(?:\b(?:" + "|".join(SPEAKER_CUE_FILLERS) + "|" + LY_WORD + r")\b\s*)*$"
APPOSITIVE_END: Final = r"[,—–]" + FILLERS_TO_CUE
APPOSITIVE_GAP: Final = re.compile(r"^\s*[,—–]\s*[\w'’-]+\b[^;:\"“”]{0,200}" + APPOSITIVE_END)
APPOSITIVE_COMMA: Final = re.compile(r"\s*,\s*")
# The same with a short quoted title in it ("X, the author of "Falling Water," about dams, said"), whose closing
# comma may stand inside the title's closing mark ('X, appearing on "This Week," said').
QUOTED_APPOSITIVE_GAP: Final = re.compile(r"^\s*[,—–]\s*[\w'’-]+\b[^;:]{0,200}[,—–][\"”]?" + FILLERS_TO_CUE)
MAX_TITLE_WORDS: Final = 6
INDEFINITE_START: Final = re.compile(r"(?:a|an)\s", re.IGNORECASE)  # "X, a supporter of the bill told": not "the", which may name a new subject
APPOSITIVE_LOOKBACK: Final = 4  # mentions tried, nearest first
# "C, her deputy, Ana Lind, said", '"Q," the club's captain, Ana Lind, said': a role of a few words after the comma
# that ends the content.
POSSESSED_DESCRIPTION: Final = re.compile(
    r"(?<=[,;—–\"”])\s*(?P<words>(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he)\s+(?:[\w'’-]+\s+){0,3}[a-z][\w-]*)\s*,\s*$"
)
POSSESSED_DESCRIPTION_REACH: Final = 60
# "His friend, the presenter Tom Hale, said": a role of a few lower-case words (after an acronym: "TV presenter")
# between the comma and the name.
ROLE_BEFORE_NAME: Final = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?:[A-Z]{2,}\s+)?(?:(?!(?:the|a|an|of|for|to|with|at|in|on|by|from|and|or|but|who|whose|which|that|said|says)\b|[a-z]+ing\b)[a-z][\w-]*\s+){1,3}$"
)
ROLE_BEFORE_NAME_REACH: Final = 50
COORDINATION: Final = re.compile(r"\b(?:and|but)\s+(?:(?:" + "|".join(SPEAKER_CUE_FILLERS) + r")\s+)*$", re.IGNORECASE)
COORDINATED_FILLER: Final = re.compile("|".join(SPEAKER_CUE_FILLERS), re.IGNORECASE)  # `_is_filler` looks most words up
# Forms of reporting verbs that are far more often plural nouns ("her opening remarks"): after a plain noun
# phrase they are not cues. After a name or pronoun ("Trump remarks that ...") they still are.
PLURAL_NOUN_FORMS: Final = frozenset("remarks claims reports notes comments calls tweets charges pledges promises vows estimates forecasts posts quotes".split())
# Verbs that also name things: "a play called 'Sons of Trump'" reports nothing.
NAMING_VERBS: Final = frozenset({"call"})
SINGULAR_DETERMINER: Final = re.compile(r"(?:a|an|one|this|every|each|another)\s", re.IGNORECASE)
# What opens a sentence with a participle whose subject is the main clause's ("After saying ..., Reed left").
OPENING_PARTICIPLE_LEAD: Final = re.compile(r"\s*(?:After|Before|While|When|Since|By|In|Upon|Despite)\s+")
# An opening participle or prepositional phrase before the main clause ("Speaking to reporters, ...").
CLAUSE_OPENER: Final = re.compile(r"(?:[A-Z][a-z]+ing|After|Before|During|In|On|At|Speaking|Asked|Earlier|Later)\b[^,]*,")
PREPOSITION_BEFORE: Final = WordBeforeSpace("of to with for in on at by from about against than into over under".split())
PREPOSITION_LOOKBACK: Final = 10
THE_BEFORE: Final = re.compile(r"(?<![\w-])the\s+$", re.IGNORECASE)
# Prepositions whose object may be the subject of a gerund after it ("talk about Pope Francis calling ...").
GERUND_PREPOSITION_BEFORE: Final = WordBeforeSpace(["about", "of"])
# "a spokesman for Fenwick Motors": the role and whom it is held for.
DESCRIPTION: Final = re.compile(r"(?:(?:a|an|the|one)\s+)?(?P<title>.+?)(?:\s+(?:for|at|of|with)\s+(?:the\s+)?(?P<affiliation>[A-Z].*))?", re.IGNORECASE)
# Words that describe a person right before the name ("MSNBC host", "Sanders campaign manager", "DZ Bank
# economist", "Commentary's", "CBS This Morning co-", "his brother"): up to five, none a clause word or determiner
# in lower case, after "the" or a possessive.
MODIFIER_WORD: Final = r"(?!(?:" + "|".join(sorted(NP_BREAKERS | DETERMINERS)) + r")\b)[A-Za-z][\w.&'’-]*"
# A hyphen may join the last one to the name ("co-Anchor DeMarco Morgan").
MODIFIER_CHAIN: Final = rf"(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[ \t]+)?(?:{MODIFIER_WORD}(?:[ \t]+|(?<=-))){{1,5}}"
# '"…," Sanders campaign manager Jeff Weaver said': the modifiers run back to the quotation's closing mark.
MODIFIERS_AFTER_QUOTE: Final = re.compile(rf"(?:[”\"]|'')[ \t]*,?[ \t]*(?P<words>{MODIFIER_CHAIN})$")
MODIFIERS: Final = re.compile(rf"\s*{MODIFIER_CHAIN}")


# "..., with 40% of voters saying", "– the union saying", "and Ms Cole calling": a participle's own subject.
ABSOLUTE_LEAD: Final = re.compile(r"(?:\bwith|\bwithout|\band|[,;—–]|\s-)\s*$", re.IGNORECASE)
ABSOLUTE_LEAD_WINDOW: Final = 12
WITH_BEFORE: Final = re.compile(r"\bwith\s*$", re.IGNORECASE)
# "is saying", "are warning": a progressive verb, finite, with its subject before it, not a participle clause.
PROGRESSIVE_BEFORE: Final = re.compile(r"\b(?:is|are|was|were|am|be|been)(?:\s+[a-z]+ly)*\s+$|['’](?:s|re)\s+$", re.IGNORECASE)
PROGRESSIVE_WINDOW: Final = 40
# ", who a week ago surprised Trump by declaring": a relative clause running on to the participle.
RELATIVE_CLAUSE_OPEN: Final = re.compile(r",\s*who\b[^,;:\"“”]*$")
RELATIVE_CLAUSE_WINDOW: Final = 120
FILLER_WORDS_GAP: Final = re.compile(r"(?:\s+[a-z]+ly)*\s+")  # "with Trump reportedly yelling": no comma between
# What opens a clause of its own before a participle: "..., as the captain refused to sail, saying". Not a
# subordinator of time or cause: "X apologised after they came out, saying" is X's.
CLAUSE_CONNECTOR: Final = re.compile(
    r"(?:[,;—–]|\b(?:and|but|as|while|whereas|yet|so))\s+(?:(?:then|later|also|now)\s+)?$",
    re.IGNORECASE,
)
# A verb coordinated with the one before it ("... when Trump spotted a sign and asked") shares that verb's
# subject, whatever clause it is in.
SUBORDINATE_CONNECTOR: Final = re.compile(
    r"(?:[,;—–]|\b(?:and|but|as|while|whereas|yet|so|when|after|before|because|since|although|though|until|if|once))\s+"
    r"(?:(?:then|later|also|now)\s+)?$",
    re.IGNORECASE,
)
CONNECTOR_WINDOW: Final = 20
# "A video posted on Sunday showed", "a report published on Monday found": a piece of evidence, and
# a participle with when or where it was made public, right before a verb of evidence.
DESCRIBED_EVIDENCE: Final = re.compile(
    rf"(?<![\w-])(?:the|a|an|this|that|one|another|new)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{'|'.join(sorted(EVIDENCE_NOUNS | SHOWING_RECORDINGS, key=len, reverse=True))})"
    rf"(?=\s+[a-z]+(?:ed|en|wn)(?:\s+{CIRCUMSTANCE}){{1,3}},?\s+$)",
    re.IGNORECASE,
)
EVIDENCE_REACH: Final = 120
# A determiner and a word or two of lower case, or a title in capitals, that label the name after them: "His
# classmate", "Another mother,", "The local MP,".
LABEL_WORD: Final = r"(?:[a-z]+|[A-Z]{2,})"
LABEL_OPENER: Final = re.compile(rf"(?:His|Her|Their|Another|One|A|An|The)\s+{LABEL_WORD}(?:\s+{LABEL_WORD})?,?\s+")
GERUND_PREPOSITION: Final = re.compile(r"\b(?:in|for)\s+$")
GERUND_REACH: Final = 5  # words between the speaker and the participle: "had a point in"
QUOTATION_BEFORE: Final = re.compile(r"[,.!?][\"”]\s+$")  # '"…," Clinton said': the speaker of the quotation
# Past tenses that do not end in -ed, and auxiliaries: a mention followed by one is a clause's subject.
IRREGULAR_PAST: Final = (
    "began became bought broke brought built came caught chose cut drew drove fell felt fought found gave got grew "
    "heard held hit hung kept knew laid led left lost made meant met paid put quit ran rang rose sat saw sent set shook "
    "shot sold sought spent spoke stood stuck struck swore taught thought threw told took went won wore wrote"
)
AUXILIARIES: Final = "is was are were has had have will would can could did does do may might must should"
# Adverbs of time that may stand between a subject and its verb, as "-ly" adverbs do: "Petrova later posted".
TIME_ADVERBS: Final = "later then also now again still soon once first since"
# So may an emphatic reflexive: "Ishbel Reid herself is less sure".
REFLEXIVES: Final = "himself herself themselves"
# An appositive or an age may stand between them: "the treasurer, Mr Sam Okafor, stayed calm", "Her neighbour, Tom
# Pike, 71, agreed"; "wasn't" is "was".
FINITE_VERB_AFTER: Final = re.compile(
    rf"(?:\s*,[^,;:\"“”]{{1,80}},|\s+\d{{1,3}},)?(?:\s+(?:[a-z]+ly|{'|'.join((TIME_ADVERBS + ' ' + REFLEXIVES).split())}))?\s+(?:(?:{'|'.join((IRREGULAR_PAST + ' ' + AUXILIARIES).split())})(?:n['’]t)?\b|[a-z]{{2,}}ed\b)"
)


# A restrictive modifier between a head and the mention that ends it: "Shopkeepers who spoke to the Gazette",
# "Residents interviewed by the council", "Republicans opposed to the plan". The head speaks, not the mention.
# A clause inside the modifier ("grew so heated over who backed the bill that Christie said") ends it.
# It opens with the space after the head, which sre skips to, and looks behind that for the head's last character.
POST_MODIFIER: Final = re.compile(
    r"\s(?<=[\w.'’)]\s)\s*(?:who\s+|(?:[a-z]+(?:ed|en)|close|loyal|familiar|allied|critical|friendly|hostile)\s+"
    r"(?:by|with|to|for|at|in|on|from|about|of|against)\s+)(?:(?!\bthat\b)[^,;:\"“”()—–])*$"
)
POST_MODIFIER_WINDOW: Final = 80
# A comment set off by commas between a speaker that no known mention names and the cue: "The striker, who
# joined in May, said", "The head coach, now in his third season, said".
PARENTHETICAL: Final = re.compile(
    r",\s*(?:who|whose|which|including|now|then|once|himself|herself|themselves|aged|a|an|the|\d+)\b[^,;:\"“”]{0,150},\s*$", re.IGNORECASE
)
# ... or where it is, or how it speaks, after a noun phrase that a determiner opens: "The second laboratory, at the
# Hallan Institute, said", "The agent, speaking on condition of anonymity, said" (not "Prices rose in March, in Leeds,
# said the agency", where the words before are what was said).
PLACE_OR_MANNER_ASIDE: Final = re.compile(
    r",\s*(?:at|in|from|near|based|speaking|writing|talking|appearing|responding|testifying)\b[^,;:\"“”]{0,150},\s*$", re.IGNORECASE
)
DETERMINED_PHRASE: Final = re.compile(
    r"(?:the|a|an|his|her|their|its|our|my)\s+(?:(?!(?:in|on|at|of|to|by|for|from|with|is|was|are|were|has|had|have|will|would)\s)[\w'’-]+\s+){0,3}"
    r"(?-i:[a-z][\w'’-]*)$",
    re.IGNORECASE,
)
# "Supporters of the bill, however, say", "Critics, for their part, argued": a word or phrase set off by commas
# between a subject and its verb.
ASIDE_BEFORE_CUE: Final = re.compile(
    r",\s*(?:however|though|too|meanwhile|instead|in turn|in fact|for example|for instance|for (?:his|her|their|its) part|"
    r"on the other hand|[a-z]+ly)\s*,\s*$",
    re.IGNORECASE,
)
ASIDE_REACH: Final = 30
# "Those surveyed say", "those close to the minister say": a group named by what describes it.
DESCRIBED_GROUP: Final = re.compile(
    r"\b[Tt]hose\s+(?:[a-z]+(?:ed|en)|(?:(?:close|loyal|familiar|allied)\s+(?:to|with)|around|near|inside|within)\s+[^,;:\"“”]{1,40}?|who\s+[^,;:\"“”]{1,60}?)\s*$"
)


# "Some say", "Others argued", "Six in 10 said", "Nearly a third say", "…, but most said": a quantifier alone as the subject names a
# group of people; so does a plural noun alone after a comma or conjunction ("…, forecasters say"). Not "All
# told": the word then sums up.
QUANTIFIER: Final = (
    r"(?:(?:about|around|roughly|nearly|almost|only|just|a\s+mere|at\s+least|(?:more|fewer|less)\s+than)\s+)?"
    r"(?:some|many|most|several|both|few|others|one|another|two|three|four|five|six|seven|eight|nine|half|"
    r"a\s+(?:third|quarter|fifth|majority|minority|plurality)|"
    r"(?:one|two|three)-(?:thirds?|fourths?|fifths?|quarters?)|\d+(?:\s*%|\s+percent|\s+per\s+cent)?)"
    r"(?:\s+(?:in|of|out\s+of)\s+(?:\d+|ten|three|four|five|them|those|us))?"
)
QUANTIFIED_GROUP: Final = re.compile(rf"\s*(?P<group>{QUANTIFIER})" + FILLER_CHAIN, re.IGNORECASE)
NOT_PLURAL_NOUNS: Final = "(?:does|goes|always|perhaps|sometimes|besides|nevertheless|afterwards|yes)"
# It opens with the space after the boundary, which sre skips to, and looks behind that for the boundary.
GROUP_AFTER_BOUNDARY: Final = re.compile(
    rf"\s(?:(?<=[,;:—–]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bwhile\s)|(?<=\bthat\s)|(?<=\bthough\s))\s*"
    rf"(?P<group>(?i:{QUANTIFIER})|(?!{NOT_PLURAL_NOUNS}\b)[a-z]{{3,}}(?<!ss)(?<!us)(?<!is)s)" + FILLER_CHAIN,
)
GROUP_WINDOW: Final = 80
# What a group can end with: a plural noun's "s", a digit, "%" or a quantifier's last word (`group_after_boundary`).
GROUP_LAST_WORDS: Final = frozenset(
    "some many most several both few one another two three four five six seven eight nine half third quarter fourth fifth "
    "majority minority plurality percent cent ten them those".split()
)


# An antecedent and the plural subject of its relative clause ("a move landlords"), then a verb whose content opens
# with an auxiliary ("warned would choke"): the clause lacks its relative pronoun and its content its subject.
GAPPED_ANTECEDENT: Final = re.compile(r"(?:a|an)\s+[a-z-]+\s+(?P<group>[a-z][a-z-]*[a-rt-z]s)", re.IGNORECASE)
GAPPED_CONTENT: Final = re.compile(r"\s+(?:would|will|could|can|might|may|is|was|are|were|had|has|have)\b")
DESCRIPTION_LEAD: Final = re.compile(r"(?:The|A|An|Our|Its|Their|His|Her)\s+[^,;:\"“”]{1,60},\s*")
# "The letter continues", "One tweet read", "His reply was": a subject no mention names, then its verb.
DETERMINED_SUBJECT: Final = re.compile(
    r"(?:The|A|An|One|Another|This|That|His|Her|Their|Its|Our)\s+(?:[\w'’-]+\s+){1,3}?"
    rf"(?P<verb>(?:{'|'.join((IRREGULAR_PAST + ' ' + AUXILIARIES).split())})\b|[a-z]{{2,}}(?:ed|es|ds|ts|ys)\b)"
)


# A share of the people asked ("51 percent of respondents", "Six in 10 voters", "a majority"), and the poll
# that asked them.
RESPONDENT_SHARE: Final = re.compile(r"\d|\b(?:percent|per cent|majority|majorities|plurality|minority|half|third|quarter|in (?:10|ten))\b", re.IGNORECASE)
# What every match of RESPONDENT_SHARE holds, lower-cased: a digit, or one of these (`_names_share`).
DIGIT: Final = re.compile(r"\d")
SHARE_WORDS: Final[tuple[str, ...]] = ("percent", "per cent", "majorit", "plurality", "minority", "half", "third", "quarter", "in ten")
POLL_NOUN: Final = re.compile(r"\b(?:poll|polls|survey|surveys|polling)\b", re.IGNORECASE)


@dataclass
class SpeakerFinding:
    """A cue's speaker mention; whether it heads a relative clause, and whether it follows the cue."""

    mention: Mention | None
    relative: bool = False
    inverted: bool = False

    def __init__(self, mention: Mention | None, relative: bool = False, inverted: bool = False) -> None:  # compiled, as claims/model.py says
        self.mention, self.relative, self.inverted = mention, relative, inverted


NO_SPEAKER: Final = SpeakerFinding(None)


def cue_speakers(sentence: Sentence, cues: list[Cue]) -> dict[tuple[int, int], SpeakerFinding]:
    """Each cue's speaker; "S said ..., adding that ..." gives the participle the speaker of "said", and so does
    "S said ... and said ..." to the cue after "and"."""
    speakers = {}
    last_speaker = None
    for cue in cues:
        found = _polled(sentence, cue_speaker(sentence, cue))
        own_subject = cue.participle and _own_subject(sentence, cue) is not None  # "– and Trump calling it"
        if last_speaker is not None and not own_subject and (cue.participle or _coordinated(sentence.text, sentence.span[0], cue.span[0])):
            found = SpeakerFinding(last_speaker)
        elif found.mention is not None and not (cue.participle or cue.possessed):
            last_speaker = found.mention
        speakers[cue.span] = found
    return speakers


def _polled(sentence: Sentence, found: SpeakerFinding) -> SpeakerFinding:
    """"In a Harbour Gazette poll, 51 percent said ...": a share of those asked speaks through the poll, which
    names them (an anonymous source whose name is the poll's)."""
    mention = found.mention
    if mention is None or mention.kind not in ("anonymous", "role") or not _names_share(mention.name):
        return found
    noun = POLL_NOUN.search(sentence.text, *sentence.span)
    poll = noun and phrase_before(sentence.text, sentence.span[0], noun.end())
    return replace(found, mention=replace(mention, kind="anonymous", name=poll.text)) if poll else found


def _names_share(name: str) -> bool:
    """Whether RESPONDENT_SHARE finds a share in the name: the case-blind pattern, tried at every character, is
    searched only when a digit or one of SHARE_WORDS stands there (in any name whose case-blind matches
    lower-casing shows)."""
    if not case_blind_oddity(name) and DIGIT.search(name) is None:
        lowered = name.lower()
        if not any(word in lowered for word in SHARE_WORDS):
            return False
    return RESPONDENT_SHARE.search(name) is not None


def cue_speaker(sentence: Sentence, cue: Cue) -> SpeakerFinding:
    """The cue's speaker, looked for where its kind of cue puts it."""
    if cue.according_to or cue.by_source:
        return SpeakerFinding(source_after(sentence, cue), inverted=True)
    if cue.possessed:
        return SpeakerFinding(_possessor(sentence, cue))
    if cue.infinitive:
        return SpeakerFinding(_infinitive_subject(sentence, cue))
    text, start = sentence.text, sentence.span[0]
    if cue.participle and (not text[start : cue.span[0]].strip() or OPENING_PARTICIPLE_LEAD.fullmatch(text, start, cue.span[0])):
        return SpeakerFinding(_main_clause_subject(sentence, cue))
    if cue.participle and not PROGRESSIVE_BEFORE.search(text, max(start, cue.span[0] - PROGRESSIVE_WINDOW), cue.span[0]):
        return SpeakerFinding(clause_subject(sentence, cue))
    refusal = refusal_start(text, cue)  # "Reyes refused to concede that …": the refusal's subject speaks
    found = speaker_before(sentence, cue if refusal is None else replace(cue, span=(refusal, refusal)))
    if found.mention:
        before = text[max(start, found.mention.span[0] - 10) : found.mention.span[0]]
        return SpeakerFinding(_modified(sentence, found.mention), found.relative or bool(RELATIVE_PRONOUN_BEFORE.search(before)))
    lead_end = stripped_end(text, start, cue.span[0])
    if text[max(start, lead_end - 2) : lead_end].endswith(INVERTING_MARKS) and (after := speaker_after(sentence, cue)):
        return SpeakerFinding(after, inverted=True)
    if _coordinated(text, start, cue.span[0]):
        return SpeakerFinding(clause_subject(sentence, cue))
    if cue.text in EVIDENCE_FORMS and (evidence := DESCRIBED_EVIDENCE.search(text, max(start, cue.span[0] - EVIDENCE_REACH), cue.span[0])):
        return SpeakerFinding(Mention(evidence.span(), evidence.group(), "role", evidence.group(), title=evidence.group()))
    return NO_SPEAKER


def _possessor(sentence: Sentence, cue: Cue) -> Mention | None:
    """Who owns a reporting noun: the name before "'s", or the person "his", "her", "their" or "its" stands for."""
    text = sentence.text
    word = POSSESSIVE_PRONOUN.search(text, max(sentence.span[0], cue.span[0] - POSSESSIVE_REACH), cue.span[0])
    if word:
        return Mention(word.span(1), word[1], "pronoun", PRONOUN_OF_POSSESSIVE[word[1].lower()])
    owner = next(reversed(sentence.mentions_before(cue.span[0])), None)
    return owner if owner and POSSESSIVE_ENDING.fullmatch(text, owner.span[1], cue.span[0]) else None


def _infinitive_subject(sentence: Sentence, cue: Cue) -> Mention | None:
    """Who says what an infinitive reports: the object right before "to" ("the win led her to declare"), else
    the subject of the clause ("Lee went on the radio to say")."""
    text, start = sentence.text, sentence.span[0]
    if pronoun := OBJECT_PRONOUN_TO.search(text, max(start, cue.span[0] - OBJECT_PRONOUN_REACH), cue.span[0]):
        return Mention(pronoun.span(1), pronoun[1], "pronoun", SUBJECT_OF_OBJECT_PRONOUN[pronoun[1].lower()])
    before = sentence.mentions_before(cue.span[0])
    if before and before[-1].kind != "pronoun" and TO_GAP.fullmatch(text, before[-1].span[1], cue.span[0]):
        return before[-1]
    return clause_subject(sentence, cue)


def _main_clause_subject(sentence: Sentence, cue: Cue) -> Mention | None:
    """"After saying he was nervous, the mayor left": a participle opening the sentence is said by the subject
    of the main clause after its comma."""
    text, end = sentence.text, sentence.span[1]
    comma = sentence.next_comma(cue.span[1], end)
    if not comma:
        return None
    subject = next(sentence.mentions_from(stripped_start(text, comma + 1, end)), None)
    if subject is None or subject.span[0] != stripped_start(text, comma + 1, end) or not is_subject(sentence, subject):
        return None
    return subject


def _coordinated(text: str, start: int, end: int) -> bool:
    """Whether "and" or "but" and fillers alone stand before the cue ("... and later said").

    COORDINATION is searched for from the first word back from the cue that is not a filler: the
    coordinator can stand nowhere earlier.
    """
    word = last_word(text, start, end)
    while word[0] < word[1] and _is_filler(text, *word):
        word = last_word(text, start, word[0])
    return COORDINATION.search(text, word[0], end) is not None


def _is_filler(text: str, start: int, end: int) -> bool:
    """Whether COORDINATED_FILLER matches the whole of text[start:end], a word without spaces: looked up in
    SPEAKER_CUE_FILLERS in lower case, unless a letter there makes case-blind matching differ from lower-casing."""
    word = text[start:end]
    if case_blind_oddity(word):
        return COORDINATED_FILLER.fullmatch(word) is not None
    return word.lower() in SPEAKER_CUE_FILLERS


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
                # "The member for Coastal Ridge, Jo Fenwick, said": a name after a preposition ends the
                # description of the person the appositive names.
                if mention.kind == "person" and _preposition_object(sentence, head):
                    return SpeakerFinding(mention)
                # "Oskar Bellamy, the finance minister, said": the name heads its appositive.
                return SpeakerFinding(head)
            if description := _possessed_description(sentence, mention):
                # "C, her deputy, Ana Lind, said": one speaker, named by the appositive.
                return SpeakerFinding(_described(sentence, description, mention))
            return SpeakerFinding(mention)
        if fillers_only(uncontracted(gap, cue.participle)) and not appositive_head and not _ends_appositive(sentence, before[:index], mention, cue):
            if head := _modified_head(sentence, mention) or _described_before(sentence, before[:index], mention, cue):
                return SpeakerFinding(head)
            return SpeakerFinding(_widened(sentence, mention) if is_subject(sentence, mention) else _qualified(sentence, mention))
        if RELATIVE_GAP.match(gap) and not appositive_head:
            return SpeakerFinding(_relative_pronoun(mention, gap), relative=True)
        if _appositive_gap(sentence, mention, gap, cue) and (appositive_head is None or is_subject(sentence, mention)):
            appositive_head = mention  # keep looking left: the head of a chain of appositives, never a place after "in"
    if appositive_head:
        return SpeakerFinding(appositive_head if is_subject(sentence, appositive_head) else _qualified(sentence, appositive_head))
    # Where the fillers before the cue start, which the searches for a relative pronoun, a group and a phrase read.
    fillers = trailing_fillers_start(text, max(sentence.span[0], cue.span[0] - TRAILING_FILLERS_WINDOW), cue.span[0])
    if restrictive := _restrictive_who(sentence, cue, fillers):
        return SpeakerFinding(restrictive, relative=True)
    if head := _head_of_modifier(sentence, cue):
        return SpeakerFinding(head)
    phrase = _subject_phrase(sentence, cue, fillers)
    return SpeakerFinding(phrase and _described_before(sentence, sentence.mentions_before(phrase.span[0]), phrase, cue) or phrase)


def _preposition_object(sentence: Sentence, mention: Mention) -> bool:
    """Whether a preposition stands before the mention, or before "the" that opens it ("of the Medical Association")."""
    text, start = sentence.text, sentence.span[0]
    return any(PREPOSITION_BEFORE.search(text, max(start, at - PREPOSITION_LOOKBACK), at) for at in (mention.span[0], _the_before(text, start, mention.span[0])))


def _the_before(text: str, start: int, end: int) -> int:
    """Where "the" stands right before `end`, else `end`."""
    found = THE_BEFORE.search(text, max(start, end - len("the ") - 1), end)
    return found.start() if found else end


def _ends_appositive(sentence: Sentence, earlier: tuple[Mention, ...], mention: Mention, cue: Cue) -> bool:
    """Whether a name before a comma ends the words of an appositive about an earlier subject: "Ruth Hart,
    mother of Paul Hart, forcefully rejected …" is Ruth Hart's; "the mayor, Tom Reyes, flatly denied" his."""
    text = sentence.text
    if not earlier or not text[mention.span[1] : cue.span[0]].lstrip().startswith(","):
        return False
    own_appositive = text[sentence.span[0] : mention.span[0]].rstrip().endswith(",")
    return not own_appositive and any(APPOSITIVE_GAP.match(text[head.span[1] : cue.span[0]]) for head in earlier[-APPOSITIVE_LOOKBACK:])


def _appositive_gap(sentence: Sentence, mention: Mention, gap: str, cue: Cue) -> bool:
    """Whether an appositive stands between the mention and the cue: no quotation in it, or only a short title
    ("X, the author of "Falling Water," about dams, said")."""
    if not sentence.quote_between(mention.span[1], cue.span[0]):
        return APPOSITIVE_GAP.match(gap) is not None
    titles = [q for q in sentence.quotations if mention.span[1] < q.outer[0] and q.outer[1] < cue.span[0]]
    if not titles or any(len(sentence.text[slice(*q.inner)].split()) > MAX_TITLE_WORDS for q in titles):
        return False
    last = sentence.text[slice(*titles[-1].inner)]
    if last.endswith(",") and not last[:1].isupper():
        return False  # 'X — … — has been "very worked up about it," said': a comma inside quoted words closes no title
    return QUOTED_APPOSITIVE_GAP.match(gap) is not None and not sentence.quote_between(titles[-1].outer[1], cue.span[0])


def _possessed_description(sentence: Sentence, mention: Mention) -> Mention | None:
    """The role after a comma that a name in commas right after it names: "her deputy" in "C, her deputy, Ana Lind, said"."""
    start = max(sentence.span[0], mention.span[0] - POSSESSED_DESCRIPTION_REACH)
    found = POSSESSED_DESCRIPTION.search(sentence.text, start, mention.span[0])
    return Mention(found.span("words"), found["words"], "role", found["words"]) if found else None


def _modified_head(sentence: Sentence, mention: Mention) -> Mention | None:
    """The head that a restrictive modifier ending in the mention describes ("Voters who backed Mr Corbyn")."""
    text, start = sentence.text, sentence.span[0]
    if group := _described_group(text, max(start, mention.span[1] - POST_MODIFIER_WINDOW), mention.span[1]):
        return group
    modifier = POST_MODIFIER.search(text, max(start, mention.span[0] - POST_MODIFIER_WINDOW), mention.span[0])
    if modifier is None or mention.kind == "pronoun":
        return None
    head = next((m for m in sentence.mentions_before(modifier.start()) if m.span[1] == modifier.start()), None)
    if head is None and (head := phrase_before(text, start, modifier.start())) and not _names_people(head.text.split()[-1]):
        return None
    return head


def _head_of_modifier(sentence: Sentence, cue: Cue) -> Mention | None:
    """"A witness who asked not to be named said": the speaker that a restrictive modifier running up to the cue
    (no mention at its end) describes."""
    text, start = sentence.text, sentence.span[0]
    modifier = POST_MODIFIER.search(text, max(start, cue.span[0] - POST_MODIFIER_WINDOW), cue.span[0])
    if modifier is None:
        return None
    head = next((m for m in sentence.mentions_before(modifier.start()) if m.span[1] == modifier.start()), None)
    return head if head is not None and head.kind != "pronoun" else None


def _described_group(text: str, start: int, end: int) -> Mention | None:
    """"Those surveyed", "those close to the minister": a group named by what describes it, ending at `end`."""
    if text.find("hose", start, end) < 0:
        return None  # the pattern opens with \b, which sre tries at every character: not where "those" cannot stand
    group = DESCRIBED_GROUP.search(text, start, end)
    return Mention(group.span(), group.group(), "anonymous", group.group()) if group else None


def _names_people(word: str) -> bool:
    """Whether a phrase's last word can name a speaker: a name, a plural, a role or a source ("Shopkeepers", "officials")."""
    return word[:1].isupper() or word.endswith("s") or word.lower() in SPEAKER_NOUNS


def _described_before(sentence: Sentence, before: tuple[Mention, ...], description: Mention, cue: Cue) -> Mention | None:
    """"Sen. Ann Hale (D-Ore.), a supporter of the bill told host ...": an appositive whose closing comma is
    missing describes the person before it. Not when the cue ends its clause ("..., a senior official said.")."""
    person = before[-1] if before else None
    if person is None or person.kind != "person" or description.kind not in ("anonymous", "role") or not is_subject(sentence, person):
        return None
    if not APPOSITIVE_COMMA.fullmatch(sentence.text, person.span[1], description.span[0]) or not INDEFINITE_START.match(description.text):
        return None
    return None if ADJUNCT_START.match(sentence.text, cue.span[1], sentence.span[1]) else person


def _subject_phrase(sentence: Sentence, cue: Cue, fillers: int) -> Mention | None:
    """The noun phrase before the cue and its fillers (starting at `fillers`), when no known mention stands there
    ("the council")."""
    text, start = sentence.text, sentence.span[0]
    if group := _quantified_group(sentence, cue, fillers):
        return group
    end = fillers
    if aside := ASIDE_BEFORE_CUE.search(text, max(start, end - ASIDE_REACH), end):
        end = aside.start()  # "Supporters of the bill, however, say"
    if group := _described_group(text, max(start, end - TRAILING_FILLERS_WINDOW), end):
        return group
    phrase = phrase_before(text, start, end)
    if phrase is None and (comment := PARENTHETICAL.search(text, max(start, end - TRAILING_FILLERS_WINDOW), cue.span[0])):
        phrase = phrase_before(text, start, comment.start())
    elif phrase is None and (place := PLACE_OR_MANNER_ASIDE.search(text, max(start, end - TRAILING_FILLERS_WINDOW), cue.span[0])):
        phrase = phrase_before(text, start, place.start())
        phrase = phrase if phrase and DETERMINED_PHRASE.fullmatch(phrase.text) else None
    if phrase is None:
        return None
    if cue.text == cue.lemma and SINGULAR_DETERMINER.match(phrase.text) and not phrase.text.endswith("s"):
        return None  # "a conference call": a singular subject never takes the base form
    if cue.text in PLURAL_NOUN_FORMS or cue.lemma in NAMING_VERBS and SINGULAR_DETERMINER.match(phrase.text):
        return None  # "her opening remarks", "a play called 'Sons of Trump'"
    return _modified_head(sentence, phrase) or _gapped_subject(sentence, phrase, cue) or phrase


def _gapped_subject(sentence: Sentence, phrase: Mention, cue: Cue) -> Mention | None:
    """", a move landlords warned would choke off building": a relative clause without its pronoun, whose verb's
    content has no subject of its own; the plural noun after the antecedent ("a move") is who spoke."""
    gapped = GAPPED_ANTECEDENT.fullmatch(phrase.text)
    if gapped is None or not GAPPED_CONTENT.match(sentence.text, cue.span[1], sentence.span[1]):
        return None
    start = phrase.span[0] + gapped.start("group")
    return Mention((start, phrase.span[1]), gapped["group"], "anonymous", gapped["group"])


def _quantified_group(sentence: Sentence, cue: Cue, fillers: int) -> Mention | None:
    """"Some say", "…, but six in 10 said", "…, forecasters say": an unnamed group standing alone as the subject."""
    text, end = sentence.text, cue.span[0]
    opener = CLAUSE_OPENER.match(text, sentence.span[0], end)
    found = QUANTIFIED_GROUP.match(text, opener.end() if opener else sentence.span[0], end)
    found = found or group_after_boundary(text, max(sentence.span[0], end - GROUP_WINDOW), end, fillers)
    return Mention(found.span("group"), found["group"], "anonymous", found["group"]) if found else None


def group_after_boundary(text: str, start: int, end: int, fillers: int) -> re.Match[str] | None:
    """GROUP_AFTER_BOUNDARY.search(text, start, end), searched only when the word before the trailing fillers can
    end a group (sre tries six look-behinds at every space of the window). `fillers` is where the trailing
    fillers before `end` start, searched for from `start` or before (`trailing_fillers_start`)."""
    last = last_word_before_fillers(text, start, end, fillers)
    if last is not None and last.isascii() and not (
        last.endswith(("s", "S", "%")) or last[-1:].isdigit() or last.lower().rpartition("-")[2] in GROUP_LAST_WORDS
    ):
        return None
    return GROUP_AFTER_BOUNDARY.search(text, start, end)


def last_word_before_fillers(text: str, start: int, end: int, fillers: int) -> str | None:
    """The word a match in text[start:end] that ends with fillers running to `end` ends with, when only spaces and
    commas follow `fillers` (where the trailing fillers start, searched for from `start` or before): the last
    word of text[start:fillers], "" when there is none. Such fillers start at or after `fillers`, the leftmost
    place they can, and a word's last character is no space or comma, so the word ends right at `fillers`.
    None when other fillers follow, or no word stands before them: the pattern is then searched."""
    if text[fillers:end].strip(" ,") or fillers == start:
        return None
    words = text[start:fillers].rsplit(maxsplit=1)
    return words[-1] if words else ""


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


def _restrictive_who(sentence: Sentence, cue: Cue, fillers: int) -> Mention | None:
    """"the 30 percent who say ...", "Republicans who say ...": the words at the claim are "who", the speaker
    the phrase right before it (`fillers`: where the fillers before the cue start)."""
    text, start = sentence.text, sentence.span[0]
    who = who_before(text, max(start, cue.span[0] - TRAILING_FILLERS_WINDOW), cue.span[0], fillers)
    if who is None:
        return None
    antecedent = next((m for m in reversed(sentence.mentions_before(who.start())) if m.span[1] == who.start()), None)
    antecedent = antecedent or phrase_before(text, start, who.start()) or _quantifier_before(text, start, who.start())
    if antecedent is None or antecedent.kind == "pronoun":
        return None
    if who.group().split()[0].lower() in ("that", "which") and _head_word(antecedent.text) not in SAYING_THINGS:
        return None  # "things on my bill that add up", "rules that are intended to": no speaker
    return _relative_pronoun(antecedent, text[antecedent.span[1] : cue.span[0]])


def who_before(text: str, start: int, end: int, fillers: int) -> re.Match[str] | None:
    """WHO_BEFORE.search(text, start, end), searched only when the word before the trailing fillers (starting at
    `fillers`, searched for from `start` or before) can be its pronoun: sre tries it at every space and comma."""
    last = last_word_before_fillers(text, start, end, fillers)
    if last is not None and last.isascii() and last.lower() not in RELATIVE_WORDS:
        return None
    return WHO_BEFORE.search(text, start, end)


def _head_word(phrase: str) -> str:
    """The phrase's last word in lower case: its head ("report" of "a new report")."""
    words = phrase.split()
    return words[-1].lower() if words else ""


def _quantifier_before(text: str, start: int, end: int) -> Mention | None:
    """A quantifier standing for people right before `end` ("some" of "only some who suggest")."""
    found = QUANTIFIER_ANTECEDENT.search(text, max(start, end - len("several")), end)
    return Mention(found.span(), found.group(), "anonymous", found.group()) if found else None


def _relative_pronoun(antecedent: Mention, gap: str) -> Mention:
    """"Japan's prime minister, who has said ...": the words at the claim are "who", the speaker its antecedent."""
    pronoun = RELATIVE_PRONOUN.search(gap)
    assert pronoun is not None  # the callers' gaps hold a relative pronoun
    start = antecedent.span[1] + pronoun.start()
    return replace(antecedent, span=(start, start + len(pronoun.group())), text=pronoun.group(), possessive=False)


def _appositive_name(sentence: Sentence, mention: Mention, gap: str) -> bool:
    """"One hopeful, Carly Fiorina, says", "His friend, the presenter Tom Hale, said": a name set off by commas
    right before the cue, perhaps after a role in lower case."""
    if gap.strip() != ",":
        return False
    text, start = sentence.text, sentence.span[0]
    return text[start : mention.span[0]].rstrip().endswith(",") or mention.kind == "person" and (
        text.find(",", max(start, mention.span[0] - ROLE_BEFORE_NAME_REACH), mention.span[0]) >= 0
        and ROLE_BEFORE_NAME.search(text, max(start, mention.span[0] - ROLE_BEFORE_NAME_REACH), mention.span[0]) is not None
    )


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
        return _named_after(sentence, following)
    phrase = phrase_after(text, cue.span[1], end)
    if phrase is None or phrase.text.lower().startswith(("that ", "the fact")):
        return None
    phrase_end = phrase.span[1]
    within = list(takewhile(lambda m: m.span[0] < phrase_end, sentence.mentions_from(phrase.span[0])))
    # "harbour master Lena Vogt", "DZ Bank economist Jane Roe": the name that ends the phrase, its title before it.
    named = next((m for m in reversed(within) if m.kind == "person" and text[m.span[1] : phrase.span[1]] in ("", ".")), None)
    if named:
        phrase = titled(sentence, named, phrase.span[0]) if named.span[0] > phrase.span[0] else named
    else:
        phrase = _named_after(sentence, phrase)
    return phrase if ADJUNCT_START.match(text, phrase.span[1], end) or RELATIVE_AFTER.match(text, phrase.span[1], end) else None


def _named_after(sentence: Sentence, description: Mention) -> Mention:
    """'..., said the port manager, Ms Ada Cole.': a description and the person named after it, as one mention."""
    person = next(sentence.mentions_from(description.span[1]), None)
    if description.kind not in ("anonymous", "role") or person is None or person.kind != "person":
        return description
    if APPOSITIVE_COMMA.fullmatch(sentence.text, description.span[1], person.span[0]) and ADJUNCT_START.match(sentence.text, person.span[1], sentence.span[1]):
        return _described(sentence, description, person)
    return description


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
    """The subject of the clause a participle or a coordinated cue belongs to: the one standing right before a
    participle ("..., with 40% of voters saying"), else that of the nearest clause before the cue ("The ferry
    was late, as the captain refused to sail, saying ..."), else the main clause's ("X did this, saying ...")."""
    opener = CLAUSE_OPENER.match(sentence.text, sentence.span[0], cue.span[0])
    start = opener.end() if opener else sentence.span[0]
    before_cue = list(takewhile(lambda m: m.span[0] < cue.span[0], sentence.mentions_from(start)))
    if cue.participle and (subject := _own_subject(sentence, cue)):
        return subject
    if relative := _relative_clause_subject(sentence, before_cue, cue):
        return relative
    connectors = CLAUSE_CONNECTOR if cue.participle else SUBORDINATE_CONNECTOR  # "…, when Trump saw it and asked"
    clause_starts = [m for m in before_cue if _opens_clause(sentence, m, start, connectors) and is_subject(sentence, m)]
    subject = clause_starts[-1] if clause_starts else _phrase_of_words(sentence_subject(sentence, cue.span[0]))
    subject = subject or next((m for m in before_cue if is_subject(sentence, m)), None)
    return _named_by_appositive(sentence, subject, before_cue)


def _own_subject(sentence: Sentence, cue: Cue) -> Mention | None:
    """The subject a participle has of its own, not the main clause's."""
    return _participle_subject(sentence, cue) or _gerund_subject(sentence, cue)


def _gerund_subject(sentence: Sentence, cue: Cue) -> Mention | None:
    """"critics had a point in warning that …", "blamed the network for reporting that …": after "in" or "for"
    the participle is said by the subject or object a few words before it."""
    if not GERUND_PREPOSITION.search(sentence.text, max(sentence.span[0], cue.span[0] - len(" for ")), cue.span[0]):
        return None
    nearest = next((m for m in reversed(sentence.mentions_before(cue.span[0])) if is_subject(sentence, m)), None)
    return nearest if nearest and len(sentence.text[nearest.span[1] : cue.span[0]].split()) <= GERUND_REACH else None


def leading_person(sentence: Sentence) -> Mention | None:
    """The first person named as the subject of one of the sentence's clauses ("Speaking on Monday, Rubio
    refrained from …", "The panel moved on, but Christie wasn't having it"): whom its next "he" or "she" most
    likely means."""
    people = [m for m in sentence.mentions if m.kind == "person"]
    if not people:
        return None  # most sentences name no person: the opener is not looked for
    opener = CLAUSE_OPENER.match(sentence.text, sentence.span[0], sentence.span[1])
    start = opener.end() if opener else sentence.span[0]

    def leads(mention: Mention) -> bool:
        after_quotation = QUOTATION_BEFORE.search(sentence.text, max(start, mention.span[0] - CONNECTOR_WINDOW), mention.span[0])
        return after_quotation is not None or _opens_clause(sentence, mention, start, CLAUSE_CONNECTOR) or _labelled_opener(sentence, mention, start)

    return next((m for m in people if m.span[0] >= start and is_subject(sentence, m) and leads(m)), None)


def _labelled_opener(sentence: Sentence, mention: Mention, start: int) -> bool:
    """A name that a short label opens the sentence with, a verb after it ("His classmate Maisie, 9, was",
    "Another mother, Priya, said"): the sentence's subject."""
    if LABEL_OPENER.fullmatch(sentence.text, start, mention.span[0]) is None:
        return False
    verb_from = mention.span[1] + 1 if sentence.text[start : mention.span[0]].rstrip().endswith(",") and sentence.text.startswith(",", mention.span[1]) else mention.span[1]
    return FINITE_VERB_AFTER.match(sentence.text, verb_from, sentence.span[1]) is not None


def _phrase_of_words(subject: Mention | None) -> Mention | None:
    """A subject that is more than a demonstrative ("The nurse", not "This")."""
    return subject if subject is None or subject.kind != "role" or len(subject.text.split()) > 1 else None


def _speaking_phrase(subject: Mention | None) -> Mention | None:
    """A known mention, or a noun phrase whose head can name a speaker ("Her liberal friends", not "The decision")."""
    if subject is None or subject.kind in ("person", "organisation", "pronoun"):
        return subject
    words = subject.text.split()
    return subject if len(words) > 1 and _names_people(words[-1]) else None


def _relative_clause_subject(sentence: Sentence, before_cue: list[Mention], cue: Cue) -> Mention | None:
    """"Paul Ryan, who a week ago surprised Trump by declaring ...": the participle is the relative clause's."""
    clause = RELATIVE_CLAUSE_OPEN.search(sentence.text, max(sentence.span[0], cue.span[0] - RELATIVE_CLAUSE_WINDOW), cue.span[0])
    antecedent = clause and next((m for m in reversed(before_cue) if m.span[1] == clause.start()), None)
    return _relative_pronoun(antecedent, sentence.text[antecedent.span[1] : cue.span[0]]) if antecedent else None


def _named_by_appositive(sentence: Sentence, subject: Mention | None, mentions: list[Mention]) -> Mention | None:
    """"the treasurer, Mr Sam Okafor, stayed": a description and the person it names, as one mention."""
    following = next((m for m in mentions if subject and m.span[0] >= subject.span[1]), None)
    if subject and following and subject.kind in ("anonymous", "role") and following.kind == "person":
        if APPOSITIVE_COMMA.fullmatch(sentence.text, subject.span[1], following.span[0]) and sentence.text.startswith(",", following.span[1]):
            return _described(sentence, subject, following)
    return subject


def sentence_subject(sentence: Sentence, end: int) -> Mention | None:
    """The subject opening the sentence (after an opening phrase), a verb after it, before `end`: a known
    mention, or a noun phrase with a determiner ("The letter continues", "One tweet read")."""
    text = sentence.text
    opener = CLAUSE_OPENER.match(text, sentence.span[0], end)
    start = stripped_start(text, opener.end() if opener else sentence.span[0], end)
    first = next(sentence.mentions_from(start), None)
    if first and first.span[1] < end and is_subject(sentence, first):
        if first.span[0] == start:
            return first if FINITE_VERB_AFTER.match(text, first.span[1], end) else None
        # "The fishermen's leader, Tom Reyes, had a reply": the name set off after its description.
        if first.kind == "person" and DESCRIPTION_LEAD.fullmatch(text, start, first.span[0]) and text.startswith(",", first.span[1]):
            return first if FINITE_VERB_AFTER.match(text, first.span[1] + 1, end) else None
    verb = DETERMINED_SUBJECT.match(text, start, end)
    return phrase_after(text, start, verb.start("verb")) if verb else None


def _participle_subject(sentence: Sentence, cue: Cue) -> Mention | None:
    """"with Gorka noting", "– the union saying": a subject right before the participle, after "with", a comma or a
    dash (after "with", any noun phrase: "with some polls indicating"). Not one whose participle closes an opening
    phrase ("With most precincts reporting, ...")."""
    text = sentence.text
    opener = CLAUSE_OPENER.match(text, sentence.span[0], cue.span[0])
    start = opener.end() if opener else sentence.span[0]
    if text.startswith(",", cue.span[1]):
        return None
    subject = next((m for m in reversed(sentence.mentions_before(cue.span[0])) if m.span[0] >= start), None)
    if subject is None or subject.possessive or subject.kind == "pronoun" or not FILLER_WORDS_GAP.fullmatch(text, subject.span[1], cue.span[0]):
        subject = phrase_before(text, start, trailing_fillers_start(text, max(start, cue.span[0] - TRAILING_FILLERS_WINDOW), cue.span[0]))
        if subject is None or not FILLER_WORDS_GAP.fullmatch(text, subject.span[1], cue.span[0]):
            return None
        lead = WITH_BEFORE.search(text, max(sentence.span[0], subject.span[0] - ABSOLUTE_LEAD_WINDOW), subject.span[0]) or _after_preposition(sentence, subject)
        if subject.kind != "anonymous" and not (lead and _speaking_phrase(subject)):
            return None
    if _after_preposition(sentence, subject):
        return subject  # "asked about Pope Francis calling it a sham": the gerund's own subject
    return subject if ABSOLUTE_LEAD.search(text, max(sentence.span[0], subject.span[0] - ABSOLUTE_LEAD_WINDOW), subject.span[0]) else None


def _after_preposition(sentence: Sentence, mention: Mention) -> bool:
    """Whether "about" or "of" stands right before the mention ("asked about Pope Francis calling it a sham")."""
    return GERUND_PREPOSITION_BEFORE.search(sentence.text, max(sentence.span[0], mention.span[0] - PREPOSITION_LOOKBACK), mention.span[0])


def _opens_clause(sentence: Sentence, mention: Mention, start: int, connectors: re.Pattern[str]) -> bool:
    """Whether the mention is the subject of a finite clause: at the sentence's start or after a connector, a verb after it."""
    text = sentence.text
    lead_start = max(start, mention.span[0] - CONNECTOR_WINDOW)
    opens = not text[start : mention.span[0]].strip() or connectors.search(text, lead_start, mention.span[0])
    verb_from = mention.span[1] + 1 if text.startswith(",", mention.span[1]) and text[lead_start : mention.span[0]].rstrip().endswith(",") else mention.span[1]
    return bool(opens) and FINITE_VERB_AFTER.match(text, verb_from, sentence.span[1]) is not None  # "her rival, Sanders, has"
