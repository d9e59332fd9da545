"""Marshmallow schemas for the claim JSON that the CLI and the API return."""
from marshmallow import Schema, fields


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
    kind = fields.String()
    quote = fields.String(allow_none=True)
    cue = fields.String()
    cue_span = SpanField(allow_none=True)
    speaker = fields.Nested(SpeakerSchema, allow_none=True)
    attribution = fields.String()
    nested_in = fields.String(allow_none=True)
    stance = fields.String(allow_none=True)
    disputed = fields.Boolean()
    disputes = fields.List(fields.Nested(DisputeSchema))


class ArticleInfoSchema(Schema):
    headline = fields.String(allow_none=True)
    byline = fields.List(fields.String())
    publisher = fields.String(allow_none=True)


class AnalysisSchema(Schema):
    """`{"article": {...}, "claims": [...]}` for one analysed article."""

    article = fields.Function(lambda analysis: ArticleInfoSchema().dump(analysis))
    claims = fields.List(fields.Nested(ClaimSchema))


analysis_schema = AnalysisSchema()
