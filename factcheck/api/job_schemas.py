"""Schemas of the asynchronous API: batches (jobs the worker process runs) and webhooks with their deliveries."""
from marshmallow import Schema, fields, validate

from factcheck import batches, webhooks
from factcheck.api.schemas import ListSchema, Url
from factcheck.public_url import api_url

MAX_WEBHOOK_URL = 2048


def link(path: str, description: str) -> fields.Function:
    """An absolute URL under PUBLIC_URL, `path` formatted with the dumped object's keys."""
    return fields.Function(lambda obj: api_url(path.format(**obj)), required=True,
                           metadata={"description": description, "format": "uri"})


class BatchCountsSchema(Schema):
    """How many of the batch's articles are in each state."""

    total = fields.Integer(required=True, metadata={"description": "Articles in the batch."})
    queued = fields.Integer(required=True, metadata={"description": "Articles waiting for the worker."})
    running = fields.Integer(required=True, metadata={"description": "Articles being analysed now."})
    done = fields.Integer(required=True, metadata={"description": "Articles analysed and stored."})
    failed = fields.Integer(required=True, metadata={"description": "Articles that could not be analysed."})


class BatchErrorSchema(Schema):
    """Why one article of the batch could not be analysed."""

    item = fields.Integer(required=True, metadata={
        "description": "The article's place in the batch, from 0 (for JSON Lines: its non-blank line, from 0)."})
    error = fields.String(required=True, metadata={"description": "What went wrong, in a sentence."})


class BatchArticleSchema(Schema):
    """An article of the batch that was analysed and stored."""

    item = fields.Integer(required=True, metadata={"description": "The article's place in the batch, from 0."})
    article_id = fields.Integer(required=True, metadata={"description": "The stored article's id."})
    self = link("articles/{article_id}", "The stored article: GET it for its claims.")


class BatchSchema(Schema):
    """A batch of articles analysed by the worker process, outside the request that submitted it."""

    id = fields.Integer(required=True, metadata={"description": "The batch's id."})
    self = link("batches/{id}", "This batch: poll it, or wait for the batch.done webhook.")
    status = fields.String(required=True, validate=validate.OneOf(batches.STATUSES), metadata={
        "description": "queued: no article taken yet; running; done: every article analysed or failed, at least one "
                       "stored; failed: none could be analysed."})
    created_at = fields.String(required=True, metadata={"format": "date-time", "description": "When it was submitted (UTC)."})
    started_at = fields.String(required=True, allow_none=True, metadata={
        "format": "date-time", "description": "When the worker took its first article (UTC); null while queued."})
    finished_at = fields.String(required=True, allow_none=True, metadata={
        "format": "date-time", "description": "When its last article was done (UTC); null until then."})
    counts = fields.Nested(BatchCountsSchema, required=True, metadata={"description": "Articles by state."})
    errors = fields.List(fields.Nested(BatchErrorSchema), required=True, metadata={
        "description": "The articles that could not be analysed, in batch order."})
    articles = fields.List(fields.Nested(BatchArticleSchema), required=True, metadata={
        "description": "The articles stored so far, in batch order, with links to them."})


class WebhookInSchema(Schema):
    """A webhook to register for the calling API key."""

    url = Url(required=True, schemes={"http", "https"}, validate=validate.Length(max=MAX_WEBHOOK_URL), metadata={
        "description": "Where deliveries are POSTed: https on a public address (http and loopback or private "
                       "addresses only where the service allows them, FACTCHECK_WEBHOOK_PRIVATE_TARGETS)."})
    events = fields.List(fields.String(validate=validate.OneOf(webhooks.EVENTS)), required=True,
                         validate=validate.Length(min=1, max=len(webhooks.EVENTS)), metadata={
                             "description": "The events to receive: article.analysed, claim.disputed, "
                                            "claim.reviewed, batch.done (batches of this key only)."})


class WebhookSchema(Schema):
    """A registered webhook (its secret is shown only when it is registered)."""

    id = fields.Integer(required=True, metadata={"description": "The webhook's id."})
    self = link("webhooks/{id}", "This webhook.")
    url = fields.String(required=True, metadata={"format": "uri", "description": "Where deliveries are POSTed."})
    events = fields.List(fields.String(validate=validate.OneOf(webhooks.EVENTS)), required=True,
                         metadata={"description": "The events it receives."})
    created_at = fields.String(required=True, metadata={"format": "date-time", "description": "When it was registered (UTC)."})
    deliveries = link("webhooks/{id}/deliveries", "Its delivery log.")


class NewWebhookSchema(WebhookSchema):
    """A webhook just registered, with the secret that signs its deliveries."""

    secret = fields.String(required=True, metadata={
        "description": "The Standard Webhooks signing secret (whsec_ and base64), shown only this once: verify "
                       "each delivery's webhook-signature with it."})


class WebhookListSchema(Schema):
    """The calling API key's webhooks."""

    items = fields.List(fields.Nested(WebhookSchema), required=True, metadata={"description": "Oldest first."})


class DeliveryAttemptSchema(Schema):
    """One attempt to send a delivery."""

    at = fields.String(required=True, metadata={"format": "date-time", "description": "When it was made (UTC)."})
    status_code = fields.Integer(required=True, allow_none=True, metadata={
        "description": "The receiver's HTTP status; null when it did not answer."})
    error = fields.String(required=True, allow_none=True, metadata={
        "description": "Why the attempt failed (a status other than 2xx, a timeout, a refused target); null on success."})
    milliseconds = fields.Integer(required=True, metadata={"description": "How long the attempt took."})


class EventSchema(Schema):
    """The body of a delivery: Standard Webhooks' {type, timestamp, data}."""

    type = fields.String(required=True, validate=validate.OneOf(webhooks.EVENTS), metadata={"description": "The event."})
    timestamp = fields.String(required=True, metadata={"format": "date-time", "description": "When it happened (UTC)."})
    data = fields.Dict(required=True, metadata={
        "description": "The resource the event is about: its id or ref, `self` (its URL) and a summary."})


class DeliverySchema(Schema):
    """One event sent (or to be sent) to the webhook, with every attempt."""

    id = fields.Integer(required=True, metadata={"description": "The delivery's id."})
    message_id = fields.String(required=True, metadata={
        "description": "The webhook-id header of every attempt: the receiver's key for ignoring repeats."})
    event = fields.String(required=True, validate=validate.OneOf(webhooks.EVENTS), metadata={"description": "The event."})
    status = fields.String(required=True, validate=validate.OneOf(webhooks.DELIVERY_STATUSES), metadata={
        "description": "pending: not yet delivered, retried with backoff; delivered: a 2xx answer; failed: every "
                       "retry failed."})
    attempt_count = fields.Integer(required=True, metadata={"description": "Attempts so far."})
    next_attempt_at = fields.String(required=True, allow_none=True, metadata={
        "format": "date-time", "description": "When it is tried next (UTC); null once delivered or failed."})
    created_at = fields.String(required=True, metadata={"format": "date-time", "description": "When the event happened (UTC)."})
    delivered_at = fields.String(required=True, allow_none=True, metadata={
        "format": "date-time", "description": "When a receiver accepted it (UTC)."})
    payload = fields.Nested(EventSchema, required=True, metadata={"description": "The body POSTed, as signed."})
    attempts = fields.List(fields.Nested(DeliveryAttemptSchema), required=True, metadata={"description": "Oldest first."})


class DeliveryListSchema(ListSchema):
    """A page of a webhook's delivery log."""

    items = fields.List(fields.Nested(DeliverySchema), required=True, metadata={"description": "Newest first."})
