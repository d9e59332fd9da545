"""Plain data passed between the extraction stages and out of `claims`."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

Span = tuple[int, int]  # [start, end) character offsets into the submitted text

# Speaker, Dispute and Claim write their __init__ out: the compiled build keeps a dataclass's generated methods as
# interpreted Python, and a claim built that way costs several times one built by a compiled __init__.

KINDS: Final = ("direct", "indirect", "mixed")
# Joins the parts of a quotation that its attribution splits ("Q1," she said. "Q2.") into one content.
SEGMENT_JOINER: Final = " … "
ATTRIBUTIONS: Final = ("named", "pronoun", "organisation", "anonymous", "unattributed")
# A claim's stance: a denial's content is what its speaker denies; every other claim has none.
STANCES: Final = ("denial",)


@dataclass
class Speaker:
    """Who a claim is attributed to, as written at the claim and as resolved in the article."""

    mention: str
    span: Span | None
    name: str
    title: str | None = None
    affiliation: str | None = None

    def __init__(self, mention: str, span: Span | None, name: str, title: str | None = None, affiliation: str | None = None) -> None:
        self.mention, self.span, self.name, self.title, self.affiliation = mention, span, name, title, affiliation


@dataclass
class Dispute:
    """An in-text denial or dispute of a claim."""

    by: str
    mention: str
    cue: str
    span: Span
    claim_id: str | None = None  # the denial's own claim, when it is one
    rule: str = ""  # the rule that found the dispute (docs/rules.md)

    def __init__(self, by: str, mention: str, cue: str, span: Span, claim_id: str | None = None, rule: str = "") -> None:
        self.by, self.mention, self.cue, self.span, self.claim_id, self.rule = by, mention, cue, span, claim_id, rule


@dataclass
class Claim:
    """One attributable claim: who said what, where in the text."""

    id: str
    content: str
    span: Span
    kind: str
    cue: str
    cue_span: Span | None
    speaker: Speaker | None
    attribution: str
    quote: str | None = None
    nested_in: str | None = None
    stance: str | None = None
    disputes: list[Dispute] = field(default_factory=list)
    # Where the content stands in the text: one span, or the parts of a quotation its attribution splits
    # ("Q1," she said, "Q2") — then `content` joins them with " … " and `span` runs from first to last.
    segments: list[Span] = field(default_factory=list)
    # The extraction rule that found the claim (docs/rules.md); empty only for claims built by hand.
    rule: str = ""

    def __init__(
        self, id: str, content: str, span: Span, kind: str, cue: str, cue_span: Span | None, speaker: Speaker | None,
        attribution: str, quote: str | None = None, nested_in: str | None = None, stance: str | None = None,
        disputes: list[Dispute] | None = None, segments: list[Span] | None = None, rule: str = "",
    ) -> None:
        self.id, self.content, self.span, self.kind, self.cue, self.cue_span = id, content, span, kind, cue, cue_span
        self.speaker, self.attribution, self.quote, self.nested_in, self.stance = speaker, attribution, quote, nested_in, stance
        self.disputes = [] if disputes is None else disputes
        self.segments = [] if segments is None else segments
        self.rule = rule

    @property
    def disputed(self) -> bool:
        return bool(self.disputes)


@dataclass
class Analysis:
    """Everything the extractor found in one article."""

    headline: str | None
    byline: list[str]
    publisher: str | None
    claims: list[Claim]
    # The publication's own sentences that state a figure (attribution "unattributed", ids s1, s2, …): kept
    # apart so that they do not bury the attributed claims.
    statements: list[Claim] = field(default_factory=list)
