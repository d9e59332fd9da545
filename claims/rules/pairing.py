"""What a rule is given: one cue with its speaker, and what the sentence's other attributions leave it."""
import re
from dataclasses import dataclass
from typing import Final

from claims.cues import Cue
from claims.lexicon import GATHERING_NOUNS
from claims.mentions import BROADCAST_PHRASE, Mention
from claims.quotes import Quotation
from claims.rules.content import Stops
from claims.rules.sentence import Sentence
from claims.rules.speakers import SpeakerFinding

# Who was told: "told reporters", "told the council", "told Reuters", "told her", "told the Today programme",
# "told host Ann Hale"; or a plural noun before what was told them ("told jurors that", "told analysts on a
# call that", "warned investors they …", "told jurors the defendant lied"), not a subject and its verb ("warned
# prices would rise"); a listener with what describes them before "that" ("told the head of the union that",
# "warned the member for Kingsford that"); one of the speaker's own people before "that" ("warned his
# supervisors that", "told her two million followers that") or before a clause's first word ("told her staff
# the monitors were faulty"); a gathering told, with where and when ("told a public meeting in Leeds that").
# A gathering is named by its head noun (claims/lexicon/gathering_nouns.txt), a few describing words before it and
# after it only where and when ("told the annual conference of the union on Monday that"): any other words before
# "that" are a reported clause ("told the minister staff ignored that guidance" is what the minister was told).
LISTENER_WORD: Final = r"(?!(?:that|the|an?|it|he|she|they|we|i|you|there|was|were|is|are|had|has|have|would|will|could|can|may|might|must|should|did|does)\b)[\w'’-]+"
GATHERING_HEAD: Final = rf"(?:{'|'.join(GATHERING_NOUNS)})s?\b"
WHERE_OR_WHEN: Final = (
    rf"(?:of|for|in|at|on|outside|near|from) (?:the |an? )?{LISTENER_WORD}(?: {LISTENER_WORD})?"
    r"|(?:last|this|next|earlier|later) \w+|yesterday|today|tonight|earlier|recently"
)
GATHERING_BEFORE_THAT: Final = (
    rf"(?:the|an?) (?:{LISTENER_WORD} ){{0,3}}{GATHERING_HEAD}(?: (?:{WHERE_OR_WHEN})){{0,3}}"
    r"(?=\s+that\b|\s+(?:the|an?|he|she|they|it|we|i|there|his|her|their|its|our)\s)"  # or a bare clause: "told a public inquiry she had"
)
LISTENER: Final = re.compile(
    rf"\s+(?:{BROADCAST_PHRASE}|reporters|journalists|{GATHERING_BEFORE_THAT}|the [\w-]+ (?:of|for|at|from) (?:the )?[\w'’-]+(?: (?!that\b)[\w'’-]+){{0,2}}(?=\s+that\b)"
    rf"|the (?!that\b)[\w-]+(?: (?!that\b)[a-z-]+(?=\s+that\b))?|(?:his|her|their|its|our|my|your) [\w-]+(?:,\d{{3}})*(?: (?!that\b)[a-z-]+){{0,2}}(?=\s+that\b)"
    rf"|(?:his|her|their|its|our|my|your) [a-z-]+(?=\s+(?:the|an?|he|she|they|it|we|there|this|these|those|his|her|their|its|our)\s)|him|her|them|us|me|lawmakers|an? [\w-]+|[a-z]+(?<!s)[ \t]+{BROADCAST_PHRASE}"
    r"|[a-z]{3,}s(?=\s+(?:that|on|at|in|during|after|before|last|this|earlier|he|she|they|it|we|i|the|an?|his|her|their|its|our)\b|\s*[:,\"“]))\b"
    r"(?!\s+(?:would|will|could|can|may|might|must|should|was|were|is|are|had|has|have)\b)"  # a subject: "warned the river would"
)

# Who was asked, before the question's word: "asked her whether", "asked the sheriff why", "asked Sheriff Dan Pruitt
# if", or before a colon and the quoted question ('asked reporters: "…"'); the listener of "asked the council to
# act" stays in what was asked, as with "urged".
ASKED: Final = re.compile(
    r"\s+(?:him|her|them|us|me|(?:the|a|an|his|her|their|its) (?:[\w-]+ ){0,2}?[\w-]+|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|[a-z]+s)"
    r"(?=\s+(?:whether|if|why|how|what|when|where|who|which)\b|\s*:\s*[\"“‘'])"
)
ASKING_VERBS: Final = frozenset({"ask"})


@dataclass
class Attribution:
    """A cue and its speaker: where the two begin and end together, and where content after them may start."""

    cue: Cue
    speaker: SpeakerFinding
    start: int
    end: int
    content_start: int  # past the listener of "told reporters"
    mention: Mention  # the speaker's mention: a cue without one has no attribution

    def __init__(  # compiled, as claims/model.py says
        self, cue: Cue, speaker: SpeakerFinding, start: int, end: int, content_start: int, mention: Mention,
    ) -> None:
        self.cue, self.speaker, self.start, self.end, self.content_start, self.mention = cue, speaker, start, end, content_start, mention


def attribution(sentence: Sentence, cue: Cue, speaker: SpeakerFinding) -> Attribution:
    """The cue with its speaker, in whichever order they stand."""
    mention = speaker.mention
    assert mention is not None  # sentence_claims keeps only the cues with a speaker
    start, end = (cue.span[0], mention.span[1]) if speaker.inverted else (mention.span[0], cue.span[1])
    if cue.takes_object:
        listener = LISTENER.match(sentence.text, end, sentence.span[1])
    else:
        listener = ASKED.match(sentence.text, end, sentence.span[1]) if cue.lemma in ASKING_VERBS else None
    return Attribution(cue, speaker, start, end, listener.end() if listener else end, mention)


@dataclass
class Surroundings:
    """Where the sentence's other attributions start, how far earlier claims reach, the quotation just before."""

    stops: Stops
    claimed_until: int
    previous_quotation: Quotation | None

    def __init__(self, stops: Stops, claimed_until: int, previous_quotation: Quotation | None) -> None:  # compiled, as claims/model.py says
        self.stops, self.claimed_until, self.previous_quotation = stops, claimed_until, previous_quotation
