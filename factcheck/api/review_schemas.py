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


class ReviewStateSchema(Schema):
    status = fields.String(required=True, metadata={"description": "open, in_review or resolved."})
    verdict = fields.String(allow_none=True, required=True)
    note = fields.String(allow_none=True, required=True)
    reviewer = fields.String(allow_none=True, required=True)
    updated_at = fields.String(allow_none=True, required=True, metadata={"format": "date-time"})


class ReviewEventSchema(Schema):
    """One change of a claim's review: who changed what, when."""

    status = fields.String(required=True)
    verdict = fields.String(allow_none=True, required=True)
    note = fields.String(allow_none=True, required=True)
    reviewer = fields.String(required=True)
    at = fields.String(required=True, metadata={"format": "date-time"})


class ReviewedClaimSchema(ClaimItemSchema):
    """A claim with its article, its current review and the history of its reviews."""

    article_url = fields.String(allow_none=True, required=True)
    review = fields.Nested(ReviewStateSchema, required=True)
    history = fields.List(fields.Nested(ReviewEventSchema), required=True)
