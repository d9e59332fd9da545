"""Plain records passed between the rules: a claim before speaker resolution, and a disputing appositive."""
from dataclasses import dataclass
from typing import NamedTuple

from claims.cues import Cue
from claims.mentions import Mention
from claims.model import Span


class DisputeAppositive(NamedTuple):
    """", a figure Tokyo disputes": who disputes, the cue, and the appositive's span."""

    mention: Mention
    cue: Cue
    span: Span


@dataclass
class RawClaim:
    """A claim before ids and speaker resolution, labelled with the rule that found it."""

    segments: tuple[Span, ...]  # the reported words: one span, or the parts of a quotation the attribution splits
    cue: Cue | None  # None for the publication's own statements
    mention: Mention | None
    rule: str
    disputes: tuple[DisputeAppositive, ...] = ()

    def __init__(  # compiled, as claims/model.py says
        self, segments: tuple[Span, ...], cue: Cue | None, mention: Mention | None, rule: str, disputes: tuple[DisputeAppositive, ...] = (),
    ) -> None:
        self.segments, self.cue, self.mention, self.rule, self.disputes = segments, cue, mention, rule, disputes

    @property
    def content(self) -> Span:
        return (self.segments[0][0], self.segments[-1][1])
