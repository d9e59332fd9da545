"""Marshmallow schemas for the claim JSON that the CLI and the API return."""
from marshmallow import Schema, fields, validate

from claims.model import ATTRIBUTIONS, KINDS


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
    stance = fields.String(allow_none=True)
    disputed = fields.Boolean()
    disputes = fields.List(fields.Nested(DisputeSchema))
    rule = fields.String()


class ArticleInfoSchema(Schema):
    headline = fields.String(allow_none=True)
    byline = fields.List(fields.String())
    publisher = fields.String(allow_none=True)


class AnalysisSchema(Schema):
    """`{"article": {...}, "claims": [...]}` for one analysed article."""

    article = fields.Function(lambda analysis: ArticleInfoSchema().dump(analysis))
    claims = fields.List(fields.Nested(ClaimSchema))


analysis_schema = AnalysisSchema()


class SourceMatchSchema(Schema):
    """A registry source the speaker matched (`sources.speakers.SourceMatch`)."""

    id = fields.String()
    name = fields.String()
    score = fields.Float()
    alias = fields.String()
    via = fields.String()


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

    op = fields.String()
    original = fields.String()
    quoted = fields.String()


class EvidenceSchema(Schema):
    """Where the compared words stand: in the article (claim_span) and in the statement's text (original_span)."""

    claim_span = SpanField(allow_none=True)
    original_span = SpanField(allow_none=True)


class ProvenanceSchema(Schema):
    """verbatim | altered | paraphrase | unverified, with the original and the evidence offsets."""

    status = fields.String()
    score = fields.Float()
    original = fields.Nested(OriginalStatementSchema, attribute="statement", allow_none=True)
    diff = fields.List(fields.Nested(WordChangeSchema))
    evidence = fields.Function(lambda provenance: EvidenceSchema().dump(provenance))


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


claim_match_schema = ClaimMatchSchema()


def dump_analysis(analysis, matches=None) -> dict:
    """The analysis JSON; with registry `matches` (`sources.enrich`), each claim also carries
    `speaker.source` and `speaker.candidates`, `provenance` and `registry_disputes`, and `disputed`
    counts the disputes on record as well as the article's."""
    data = analysis_schema.dump(analysis)
    for claim in data["claims"] if matches else ():
        match = claim_match_schema.dump(matches[claim["id"]])
        if claim["speaker"] is not None:
            claim["speaker"].update(source=match["source"], candidates=match["candidates"])
        claim.update(provenance=match["provenance"], registry_disputes=match["registry_disputes"], disputed=match["disputed"])
    return data
