"""What a rule is given: one cue with its speaker, and what the sentence's other attributions leave it."""
from dataclasses import dataclass

from claims.cues import Cue
from claims.quotes import Quotation
from claims.rules.content import Stop
from claims.rules.speakers import SpeakerFinding


@dataclass(frozen=True)
class Attribution:
    """A cue and its speaker, and where the two begin and end together."""

    cue: Cue
    speaker: SpeakerFinding

    @property
    def start(self) -> int:
        return self.cue.span[0] if self.speaker.inverted else self.speaker.mention.span[0]

    @property
    def end(self) -> int:
        return self.speaker.mention.span[1] if self.speaker.inverted else self.cue.span[1]


@dataclass(frozen=True)
class Surroundings:
    """Where the sentence's other attributions start, how far earlier claims reach, the quotation just before."""

    stops: list[Stop]
    claimed_until: int
    previous_quotation: Quotation | None
