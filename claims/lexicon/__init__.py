"""Word lists the extractor reads: reporting verbs, denial cues, titles, sources, places.

Each list is a text file beside this module; '#' starts a comment. Loaded once at import.
"""
from dataclasses import dataclass
from importlib.resources import files
from typing import Final


def _lines(name: str) -> list[str]:
    text = files(__package__).joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _forms(name: str) -> dict[str, str]:
    """Inflected form -> lemma, from lines of 'lemma form form ...' ('_' joins multiword forms).

    A lemma written 'lemma:' names the verb without being one of its forms ("call: calls called calling").
    """
    forms = {}
    for line in _lines(name):
        first, *rest = line.split()
        lemma = first.rstrip(":").replace("_", " ")
        for form in rest if first.endswith(":") else [first, *rest]:
            forms[form.replace("_", " ")] = lemma
    return forms


@dataclass(frozen=True)
class Place:
    country: str
    demonym: str
    capital: str


QUOTED_OBJECT_FORMS: Final = _forms("quoted_object_verbs.txt")
QUOTED_OBJECT_VERBS: Final = frozenset(QUOTED_OBJECT_FORMS.values())
EVIDENCE_FORMS: Final = _forms("evidence_verbs.txt")
EVIDENCE_VERBS: Final = frozenset(EVIDENCE_FORMS.values())
EVIDENCE_NOUNS: Final = frozenset(_lines("evidence_nouns.txt"))
FINDERS: Final = frozenset(_lines("finders.txt"))  # "the judge found that …": findings, as a report's
# Recordings that show what they hold ("A video posted on Sunday showed …"): evidence through "show" alone, where a
# video that "accused" someone carries its maker's words.
SHOWING_RECORDINGS: Final = frozenset({"video", "videos", "clip", "clips"})
GATHERING_NOUNS: Final = tuple(_lines("gathering_nouns.txt"))  # "told a public meeting in Leeds that": a listener
MEDIA_NOUNS: Final = frozenset(_lines("media_nouns.txt"))  # "a video posted on Sunday": a passive, no cue
# The verbs of praise and blame are cues too, where a quotation stands in what they govern, and so are the verbs
# of evidence after a poll or a report (claims/attribution.py).
REPORTING_VERBS: Final = _forms("reporting_verbs.txt") | QUOTED_OBJECT_FORMS | EVIDENCE_FORMS
# The other verb lists are sets of lemmas: a cue's lemma is looked up in them.
DENIAL_FORMS: Final = _forms("denial_cues.txt")
DENIAL_VERBS: Final = frozenset(DENIAL_FORMS.values())
DOUBTING_FORMS: Final = _forms("doubting_verbs.txt")  # deny only an object that points back: "questioned the findings."
CONCEDING_VERBS: Final = frozenset(_forms("conceding_verbs.txt").values())
OBJECT_VERBS: Final = frozenset(_forms("object_verbs.txt").values())
NOUN_OBJECT_VERBS: Final = frozenset(_forms("noun_object_verbs.txt").values())
OBJECT_CONTENT_VERBS: Final = frozenset(_forms("object_content_verbs.txt").values())
INFINITIVE_VERBS: Final = frozenset(_forms("infinitive_verbs.txt").values())
ENDING_VERBS: Final = frozenset(_forms("ending_verbs.txt").values())
QUESTION_VERBS: Final = _forms("question_verbs.txt")
QUESTION_WORDS: Final = tuple(_lines("question_words.txt"))
NON_CLAIM_CUES: Final = tuple(_lines("non_claim_cues.txt"))
HEADLINE_LABELS: Final = frozenset(_lines("headline_labels.txt"))
TITLES: Final = frozenset(_lines("titles.txt"))
# "Her father, Tomás,": a relation before a first name, and the gender it tells (None for "partner").
RELATION_GENDER: Final = {word: None if gender == "-" else gender for word, gender in (line.split() for line in _lines("relations.txt"))}
RELATION_WORDS: Final = frozenset(RELATION_GENDER)
CONTENT_NOUNS: Final = frozenset(_lines("content_nouns.txt"))
DENIED_OBJECTS: Final = frozenset(_lines("denied_objects.txt")) | CONTENT_NOUNS
OWNED_ACCOUNTS: Final = frozenset(_lines("owned_accounts.txt"))  # all a party told: "her account", "the union's figures"
OUTSIDE_PARTIES: Final = frozenset(_lines("outside_parties.txt"))  # "the company's lenders": not the company's side
OWNED_OBJECTS: Final = frozenset(_lines("owned_objects.txt"))  # denied objects only with an owner: "the agency's warning"
ANONYMOUS_HEADS: Final = frozenset(_lines("anonymous_sources.txt"))
ORGANISATION_WORDS: Final = frozenset(_lines("organisations.txt"))
BUSINESS_WORDS: Final = frozenset(_lines("business_words.txt"))  # "Nordvik Ferries", "the firm": a business, a body
BROADCAST_WORDS: Final = frozenset(_lines("broadcasters.txt"))
REGIONS: Final = frozenset(line.lower() for line in _lines("regions.txt"))
_PLACE_WORDS: Final = [(word.strip(), where.split()) for word, where in (line.split("|") for line in _lines("place_words.txt"))]
PLACE_OPENERS: Final = frozenset(word for word, where in _PLACE_WORDS if "opens" in where)
PLACE_ENDINGS: Final = frozenset(word for word, where in _PLACE_WORDS if "ends" in where)
PLACES: Final = tuple(Place(*(part.strip() for part in line.split("|"))) for line in _lines("places.txt"))
# Dispute finding (claims/disputes/): phrases matched as whole words, case-blind.
OTHER_ACCOUNTS: Final = tuple(_lines("other_accounts.txt"))  # "… are telling a different story": a denial pointing back
DENYING_CONTENT: Final = tuple(_lines("denying_content.txt")) + OTHER_ACCOUNTS
NOT_DENYING: Final = tuple(_lines("not_denying.txt"))  # a denying word in another sense: "lies with", "made up of"
INTENSIFIERS: Final = tuple(_lines("intensifiers.txt"))
# "comparing OPENER" sets a claim against the one just before; "turning OPENER" may only turn to another point.
CONTRAST_OPENER_KINDS: Final = tuple(tuple(line.split(maxsplit=1)) for line in _lines("contrast_openers.txt"))
CONTRAST_OPENERS: Final = tuple(phrase for _, phrase in CONTRAST_OPENER_KINDS)
COMPARING_OPENERS: Final = tuple(phrase for kind, phrase in CONTRAST_OPENER_KINDS if kind == "comparing")
# "contradicting PHRASE" contradicts what was just said by itself; "answering PHRASE" may only strike back.
COUNTER_CUE_KINDS: Final = tuple(tuple(line.split(maxsplit=1)) for line in _lines("counter_cues.txt"))
COUNTER_CUES: Final = tuple(phrase for _, phrase in COUNTER_CUE_KINDS)
CHALLENGED_PARTICIPLES: Final = tuple(_lines("challenged_participles.txt"))  # "The figure was quickly challenged."
CONTRADICTING_CUES: Final = tuple(phrase for kind, phrase in COUNTER_CUE_KINDS if kind == "contradicting")
FALSITY_MODIFIERS: Final = tuple(_lines("falsity_modifiers.txt"))
FALSITY_NOUNS: Final = tuple(_lines("falsity_nouns.txt"))
ABSENT_PROOF: Final = tuple(_lines("absent_proof.txt"))  # "There is no evidence that P"
WRONGDOING_NOUNS: Final = tuple(_lines("wrongdoing_nouns.txt"))  # "there was no sign of fraud"
NEGATED_RECORDS: Final = frozenset(_lines("negated_records.txt"))  # "no report of broken seals" denies the broken seals
FAULTING_PHRASES: Final = tuple(_lines("faulting_phrases.txt"))
STATEMENT_NOUNS: Final = frozenset(_lines("statement_nouns.txt"))
RELATIVE_SPEAKER_NOUNS: Final = frozenset(_lines("relative_speakers.txt"))
REBUKING_FORMS: Final = tuple(_forms("rebuking_verbs.txt"))
RETRACTING_VERB_FORMS: Final = _forms("retracting_verbs.txt")  # form -> lemma
RETRACTING_FORMS: Final = tuple(RETRACTING_VERB_FORMS)
DISMISSING_FORMS: Final = tuple(_forms("dismissing_phrases.txt"))
POINTER_CUES: Final = {noun: frozenset(lemmas) for noun, *lemmas in (line.split() for line in _lines("pointer_cues.txt"))}
# "other WORD" opens the subject of a rival figure, "source WORD" heads it, "verb WORD" gives the figure, "figure
# WORD" names it.
COUNTER_ESTIMATE_WORDS: Final = {
    kind: tuple(w for k, w in (line.split() for line in _lines("counter_estimates.txt")) if k == kind) for kind in ("other", "source", "verb", "figure")
}
# "adverb WORD" stands right before a cue ("falsely claimed"); "after PHRASE" right after a claim.
ARTICLE_VOICE: Final = tuple(tuple(line.split(maxsplit=1)) for line in _lines("article_voice.txt"))
# "noun WORD" names a document the publication cites against a claim, "verb WORD" what the document does to it.
EVIDENCE_AGAINST: Final = tuple(_lines("evidence_against.txt"))  # "footage appears to contradict the police statement"
EVIDENCE_SHOWING: Final = {kind: tuple(w for k, w in (line.split(maxsplit=1) for line in _lines("evidence_showing.txt")) if k == kind) for kind in ("noun", "verb")}

# Closed-class words, kept here rather than in files: they are grammar, not vocabulary.
# "went on to say", "continues to insist": phrases before an infinitive cue by which its subject goes on speaking.
CONTINUING_PHRASES: Final = (
    "went on to", "goes on to", "go on to", "continued to", "continues to", "continue to", "was quick to",
    "were quick to", "is quick to", "are quick to", "used to", "took pains to",
)
# Words that may stand between a speaker and the cue: "Trump has long said", "Bessent earlier this month said",
# "He did note", "Cruz has since said", "who has in the past described".
SPEAKER_CUE_FILLERS: Final = frozenset(
    "has have had also previously earlier later then again repeatedly often once long would will could "
    "may might has already recently last this next on in week month year morning afternoon evening night "
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight separately publicly "
    "privately frequently subsequently initially first further quickly simply flatly strongly openly even "
    "did does do can "
    "is was were are be been being not never has twice thrice here there now too however still ago "
    "one two three four five six seven eight nine ten several few days weeks months years hours both past late early".split()
) | {"has since", "have since", "had since", "in the past", *CONTINUING_PHRASES} | {  # not "since" alone: "Every government since 2010 has promised"
    f"{auxiliary}n{apostrophe}t" for auxiliary in "did does do has have had is was were".split() for apostrophe in "'’"
}  # "CNN didn't report": the subject is "CNN"
# Subordinators after which a new clause starts; content is cut before them after a comma. Not "while" or
# "as well as": what follows them is as often still the speaker's ("would repair the bridge, as well as the
# tunnel"), as PolNeAR's annotators read it.
CLAUSE_BREAKERS: Final = ("though", "although", "whereas", "but", "however", "even as")
SUMMING_NOUNS: Final = tuple(_lines("summing_nouns.txt"))  # "said C, a claim X denied": the appositive ends C
