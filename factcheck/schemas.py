"""Marshmallow schemas for the claim JSON that the CLI and the API return, and the one shape of a stored claim."""
from marshmallow import EXCLUDE, Schema, fields, missing, validate

from claims.model import ATTRIBUTIONS, KINDS, STANCES
from factcheck.dumpers import dumper
from sources.index import VIAS
from sources.provenance import STATUSES as PROVENANCE_STATUSES


class SpanField(fields.Field):
    """A (start, end) tuple as a two-element list."""

    def _serialize(self, value, attr, obj, **kwargs):
        return None if value is None else [value[0], value[1]]


class SpeakerSchema(Schema):
    mention = fields.String()
    span = SpanField(allow_none=True)
    name = fields.String()
    title = fields.String(allow_none=True)
    affiliation = fields.String(allow_none=True)


class DisputeSchema(Schema):
    by = fields.String()
    mention = fields.String()
    cue = fields.String()
    span = SpanField()
    claim_id = fields.String(allow_none=True)
    rule = fields.String()


class ClaimSchema(Schema):
    id = fields.String()
    content = fields.String()
    span = SpanField()
    kind = fields.String(validate=validate.OneOf(KINDS))
    quote = fields.String(allow_none=True)
    cue = fields.String()
    cue_span = SpanField(allow_none=True)
    segments = fields.List(SpanField())
    speaker = fields.Nested(SpeakerSchema, allow_none=True)
    attribution = fields.String(validate=validate.OneOf(ATTRIBUTIONS))
    nested_in = fields.String(allow_none=True)
    stance = fields.String(allow_none=True, validate=validate.OneOf(STANCES))
    disputed = fields.Boolean()
    disputes = fields.List(fields.Nested(DisputeSchema))
    rule = fields.String()


class ArticleInfoSchema(Schema):
    headline = fields.String(allow_none=True)
    byline = fields.List(fields.String())
    publisher = fields.String(allow_none=True)


# Schemas are instantiated once: building one costs more than dumping a claim with it.
dump_article_info = dumper(ArticleInfoSchema())


class AnalysisSchema(Schema):
    """`{"article": {...}, "claims": [...], "statements": [...]}` for one analysed article."""

    article = fields.Function(lambda analysis: dump_article_info(analysis))
    claims = fields.List(fields.Nested(ClaimSchema))
    statements = fields.List(fields.Nested(ClaimSchema))


# A submission dumps every claim of its article: compiled (`factcheck.dumpers`), not walked by marshmallow.
dump_analysis_data = dumper(AnalysisSchema())


class SourceMatchSchema(Schema):
    """A registry source the speaker matched (`sources.speakers.SourceMatch`)."""

    id = fields.String()
    name = fields.String()
    score = fields.Float()
    alias = fields.String()
    via = fields.String(validate=validate.OneOf(VIAS))


class OriginalStatementSchema(Schema):
    """The statement on record a claim comes from."""

    statement_id = fields.String(attribute="id")
    source_id = fields.String(allow_none=True)
    text = fields.String()
    url = fields.String(allow_none=True)
    date = fields.String(allow_none=True)
    medium = fields.String(allow_none=True)


class WordChangeSchema(Schema):
    """One step of an altered quote's word diff: equal, replace, delete (dropped) or insert (added)."""

    op = fields.String(validate=validate.OneOf(("equal", "replace", "delete", "insert")))
    original = fields.String()
    quoted = fields.String()


class EvidenceSchema(Schema):
    """Where the compared words stand: in the article (claim_span) and in the statement's text (original_span)."""

    claim_span = SpanField(allow_none=True)
    original_span = SpanField(allow_none=True)


dump_evidence = dumper(EvidenceSchema())


class ProvenanceSchema(Schema):
    """verbatim | altered | paraphrase | contradicted | unverified, with the original and the evidence offsets."""

    status = fields.String(validate=validate.OneOf(PROVENANCE_STATUSES))
    score = fields.Float()
    original = fields.Nested(OriginalStatementSchema, attribute="statement", allow_none=True)
    diff = fields.List(fields.Nested(WordChangeSchema))
    evidence = fields.Function(lambda provenance: dump_evidence(provenance))


class RegistryDisputeSchema(Schema):
    """A dispute or fact-check verdict on record against the matched statement."""

    id = fields.String()
    statement_id = fields.String()
    by = fields.String(allow_none=True)
    by_name = fields.String(allow_none=True)
    counter_claim = fields.String(allow_none=True)
    reviewer = fields.String(allow_none=True)
    rating = fields.String(allow_none=True)
    url = fields.String(allow_none=True)
    date = fields.String(allow_none=True)


class ClaimMatchSchema(Schema):
    """What the registry adds to a claim (`sources.ClaimMatch`)."""

    source = fields.Nested(SourceMatchSchema, attribute="speaker.source", allow_none=True)
    candidates = fields.List(fields.Nested(SourceMatchSchema), attribute="speaker.candidates")
    provenance = fields.Nested(ProvenanceSchema)
    registry_disputes = fields.List(fields.Nested(RegistryDisputeSchema))
    disputed = fields.Boolean()


dump_claim_match = dumper(ClaimMatchSchema())


def dump_analysis(analysis, matches=None, statements: bool = False) -> dict:
    """The analysis JSON; with registry `matches` (`sources.enrich`), each claim also carries
    `speaker.source` and `speaker.candidates`, `provenance` and `registry_disputes`, and `disputed`
    counts the disputes on record as well as the article's. The publication's own `statements` are
    left out unless asked for."""
    data = dump_analysis_data(analysis)
    if not statements:
        del data["statements"]
    for claim in data["claims"] if matches else ():
        match = dump_claim_match(matches[claim["id"]])
        add_match(claim, match["source"], match["candidates"], match["provenance"], match["registry_disputes"])
        claim["disputed"] = match["disputed"]
    return data


def add_match(claim: dict, source: dict | None, candidates: list, provenance: dict | None, registry_disputes: list) -> None:
    """Add what the registry found to a dumped claim: `speaker.source`, `speaker.candidates` (when it has a speaker),
    `provenance` and `registry_disputes`."""
    if claim["speaker"] is not None:
        claim["speaker"].update(source=source, candidates=candidates)
    claim.update(provenance=provenance, registry_disputes=registry_disputes)


def stored_statement(statement: dict) -> dict:
    """A statement of `dump_analysis` (the publication's own) as `stored_claim.load` completes it, without its schema
    pass: the registry matches no publication, so its fields are at their defaults."""
    add_match(statement, None, [], None, [])
    return statement


DEFAULTS_BY_FIELD = {fields.List: list, fields.Boolean: False}


class StoredSchema(Schema):
    """Stored JSON: loading fills each absent field with its default (an empty list, false, else null), so that readers
    get complete records whichever version stored them; `descriptions` document the fields in the OpenAPI."""

    descriptions: dict[str, str] = {}

    class Meta:
        unknown = EXCLUDE

    def on_bind_field(self, field_name: str, field_obj: fields.Field) -> None:
        if field_obj.load_default is missing:
            field_obj.load_default = DEFAULTS_BY_FIELD.get(type(field_obj))
            field_obj.allow_none = field_obj.allow_none or field_obj.load_default is None
        if field_name in self.descriptions:
            field_obj.metadata = {**field_obj.metadata, "description": self.descriptions[field_name]}


class StoredSourceMatchSchema(StoredSchema, SourceMatchSchema):
    """The registry source a speaker matched: how well (`score`, 0-100), by which `alias`, `via` name or role."""


class StoredSpeakerSchema(StoredSchema, SpeakerSchema):
    """Who makes the claim: the words at the claim and the fullest name the article gives."""

    descriptions = {
        "mention": "The words naming the speaker at the claim (\"he\", \"Japan's prime minister\").",
        "name": "The fullest name the article gives.",
    }
    source = fields.Nested(StoredSourceMatchSchema, metadata={"description": "The registry source matched."})
    candidates = fields.List(fields.Nested(StoredSourceMatchSchema),
                             metadata={"description": "Sources the speaker could be, when the article cannot tell."})


class StoredDisputeSchema(StoredSchema, DisputeSchema):
    """A dispute the article reports: who disputes the claim, with what cue, and where their words stand."""

    descriptions = {
        "by": "Who disputes the claim: their fullest name; \"the publication\" for the article's own voice.",
        "mention": "The words naming them at the dispute.",
        "cue": "The disputing cue: denies, rejected, disputes.",
        "span": "[start, end) of the disputing words in the article's body.",
        "claim_id": "The denial's own claim, when the dispute is one (null for the article's own voice).",
        "rule": "The rule that found the dispute (docs/rules.md), e.g. counter-claim, article-voice.",
    }
    rule = fields.String(load_default="")


class StoredOriginalSchema(StoredSchema, OriginalStatementSchema):
    """The statement on record that the claim comes from."""

    statement_id = fields.String()


class StoredEvidenceSchema(StoredSchema, EvidenceSchema):
    """Where the compared words stand, in the article and in the statement on record."""


class StoredWordChangeSchema(StoredSchema, WordChangeSchema):
    """One step of an altered quote's word diff."""


class StoredProvenanceSchema(StoredSchema, ProvenanceSchema):
    """Where a quote comes from: verbatim, altered, paraphrase or unverified."""

    original = fields.Nested(StoredOriginalSchema)
    diff = fields.List(fields.Nested(StoredWordChangeSchema))
    evidence = fields.Nested(StoredEvidenceSchema)


class StoredRegistryDisputeSchema(StoredSchema, RegistryDisputeSchema):
    """A dispute or fact-check verdict on record against the matched statement."""


class StoredClaimSchema(StoredSchema, ClaimSchema):
    """A claim as stored: what the extractor found and what the source registry added.

    Storage, the API, the pages, the exports and the tests all read and write claims through this schema.
    Rows stored before a field existed load with its default: `rule` as an empty string, lists empty,
    everything else (`provenance` included) null.
    """

    descriptions = {
        "id": "c1, c2, … in text order; s1, s2, … for the publication's own statements.",
        "content": "The reported words only (no cue verb, no speaker).",
        "span": "[start, end) of the content in the article's body.",
        "segments": "Where the content stands: one span, or the parts of a quotation split by its attribution.",
        "kind": "direct (all quoted), indirect (reported speech) or mixed.",
        "quote": "The quoted words.",
        "cue": "The reporting verb or phrase: said, told, according to, a colon or a dash.",
        "attribution": "named, pronoun, organisation, anonymous or unattributed (the publication's own figure).",
        "nested_in": "The claim that reports this one.",
        "stance": "denial for a claim that denies another: its content is what the speaker denies, not asserts.",
        "disputed": "Whether the article disputes the claim or a dispute is on record.",
        "disputes": "The article's disputes of this claim.",
    }
    speaker = fields.Nested(StoredSpeakerSchema)
    disputes = fields.List(fields.Nested(StoredDisputeSchema))
    provenance = fields.Nested(StoredProvenanceSchema, metadata={"description": "Where the quote comes from."})
    registry_disputes = fields.List(fields.Nested(StoredRegistryDisputeSchema),
                                    metadata={"description": "Disputes on record against the matched statement."})
    rule = fields.String(load_default="", metadata={
        "description": "The extraction rule that produced the claim (why this speaker); empty for claims stored "
                       "before rules were recorded."})


stored_claim = StoredClaimSchema()


def stored_claims(analysis, matches, statements: bool = True) -> list[dict]:
    """The analysis's claims, then (unless `statements` is false) its statements, as stored claims, with what
    the registry `matches` added to each (without matches, the registry's fields get their defaults)."""
    data = dump_analysis(analysis, matches, statements)
    return [stored_claim.load(claim) for claim in data["claims"] + data.get("statements", [])]
