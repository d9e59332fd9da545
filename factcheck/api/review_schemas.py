"""Marshmallow schemas of a claim's review in the JSON API: the change a reviewer posts, the claim as reviewed."""
from marshmallow import Schema, fields, validate

from factcheck.api.schemas import ClaimItemSchema, Text
from factcheck.review import MAX_NOTE, STATUSES


class ReviewInSchema(Schema):
    """A reviewer's change: the new status; resolving needs a verdict from the rating scale."""

    status = fields.String(required=True, validate=validate.OneOf(STATUSES))
    verdict = Text(allow_none=True, validate=validate.Length(max=200), metadata={
        "description": "When resolving: one of the service's rating scale (by default true, mostly true, "
                       "misleading, unsupported, false, altered quote)."})
    note = Text(allow_none=True, validate=validate.Length(max=MAX_NOTE))
    apply_to_appearances = fields.Boolean(load_default=True, metadata={
        "description": "Also apply the change to the claim's appearances in other articles (its cluster)."})


class ReviewStateSchema(Schema):
    status = fields.String(required=True, validate=validate.OneOf(STATUSES),
                           metadata={"description": "open, in_review or resolved."})
    verdict = fields.String(allow_none=True, required=True)
    note = fields.String(allow_none=True, required=True)
    reviewer = fields.String(allow_none=True, required=True)
    updated_at = fields.String(allow_none=True, required=True, metadata={"format": "date-time"})


class ReviewEventSchema(Schema):
    """One change of a claim's review: who changed what, when."""

    status = fields.String(required=True, validate=validate.OneOf(STATUSES))
    verdict = fields.String(allow_none=True, required=True)
    note = fields.String(allow_none=True, required=True)
    reviewer = fields.String(required=True)
    at = fields.String(required=True, metadata={"format": "date-time"})


class AppearanceSchema(Schema):
    """The same claim by the same speaker in another article."""

    ref = fields.String(required=True)
    article_id = fields.Integer(required=True)
    article_title = fields.String(allow_none=True, required=True)
    claim_id = fields.String(required=True)
    content = fields.String(required=True)
    date = fields.String(required=True)
    review = fields.Nested(ReviewStateSchema, required=True)


class ReviewedClaimSchema(ClaimItemSchema):
    """A claim with its article, its current review, the history of its reviews and its other appearances."""

    article_url = fields.String(allow_none=True, required=True)
    review = fields.Nested(ReviewStateSchema, required=True)
    history = fields.List(fields.Nested(ReviewEventSchema), required=True)
    appearances = fields.List(fields.Nested(AppearanceSchema), required=True)
