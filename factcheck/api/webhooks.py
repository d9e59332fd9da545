"""/api/v1/webhooks: endpoints an API key registers for events, signed per Standard Webhooks and sent by the
worker process with retries; each webhook's delivery log. A key sees and manages only its own webhooks."""
from flask import current_app, g
from flask_smorest import Blueprint
from marshmallow import ValidationError
from werkzeug.exceptions import Unauthorized

from factcheck import webhooks
from factcheck.api.auth import CHALLENGE, HEADER
from factcheck.api.job_schemas import DeliveryListSchema, NewWebhookSchema, WebhookInSchema, WebhookListSchema, WebhookSchema
from factcheck.api.listing import listed
from factcheck.api.openapi import LINK_HEADER, PREFIX, errors
from factcheck.api.schemas import CursorArgsSchema
from factcheck.db import get_db
from factcheck.paging import MAX_ID
from factcheck.public_url import external_url_for
from factcheck.webhook_delivery import BlockedTarget, check_url

blp = Blueprint("webhooks", __name__, url_prefix=f"{PREFIX}/webhooks",
                description="Webhooks: events POSTed to your endpoint, signed per Standard Webhooks.")
ID = f"<int(max={MAX_ID}):webhook_id>"
KEYED = {"security": [{"ApiKey": []}]}


def owner() -> int:
    """The calling API key's id: webhooks always need one, reads included."""
    if g.api_key is None:
        raise Unauthorized(f"Webhooks need an API key in the {HEADER} header.", www_authenticate=CHALLENGE)
    return g.api_key["id"]


@blp.post("")
@blp.arguments(WebhookInSchema)
@blp.doc(**KEYED)
@blp.response(201, NewWebhookSchema, headers={"Location": {"schema": {"type": "string", "format": "uri"},
                                                           "description": "The webhook's URL."}})
@errors(blp, 400, 401, 415, 422, 429, 503)
def create(webhook):
    """Register a URL for events; the answer holds the signing secret, shown only this once."""
    try:
        check_url(webhook["url"], current_app.config["WEBHOOK_PRIVATE_TARGETS"])
    except BlockedTarget as exc:
        raise ValidationError({"json": {"url": [f"{str(exc)[:1].upper()}{str(exc)[1:]}."]}}) from None
    created, secret = webhooks.register(get_db(), owner(), webhook["url"], webhook["events"])
    return {**created, "secret": secret}, {"Location": external_url_for(".show", webhook_id=created["id"])}


@blp.get("")
@blp.doc(**KEYED)
@blp.response(200, WebhookListSchema)
@errors(blp, 401, 429)
def index():
    """The calling key's webhooks (without their secrets)."""
    return {"items": webhooks.list_webhooks(get_db(), owner())}


@blp.get(f"/{ID}")
@blp.doc(**KEYED)
@blp.response(200, WebhookSchema)
@errors(blp, 401, 404, 429)
def show(webhook_id):
    """One of the calling key's webhooks."""
    return webhooks.get_webhook(get_db(), owner(), webhook_id)


@blp.delete(f"/{ID}")
@blp.doc(**KEYED)
@blp.response(204)
@errors(blp, 401, 404, 429, 503)
def delete(webhook_id):
    """Delete a webhook with its delivery log; nothing more is sent to it."""
    webhooks.delete_webhook(get_db(), owner(), webhook_id)


@blp.get(f"/{ID}/deliveries")
@blp.arguments(CursorArgsSchema, location="query")
@blp.doc(**KEYED)
@blp.response(200, DeliveryListSchema, headers=LINK_HEADER)
@errors(blp, 400, 401, 404, 422, 429)
def deliveries(args, webhook_id):
    """The webhook's delivery log, newest first, a page at a time: each event, its payload, status and every attempt."""
    return listed(webhooks.deliveries(get_db(), owner(), webhook_id, args.get("cursor"), args["page_size"]))
