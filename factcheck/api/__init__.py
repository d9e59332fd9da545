"""The JSON API under /api/v1: one blueprint per resource, OpenAPI docs, API keys and rate limits."""
from functools import partial

from flask import Flask

from factcheck.api import (articles, batches, claimreviews, claims, conditional, cors, health, reports, reviews, sources,
                          webhooks)
from factcheck.api.auth import authenticate
from factcheck.api.openapi import create_api
from factcheck.api.ratelimit import RateLimit

RESOURCES = (articles.blp, claims.blp, reviews.blp, claimreviews.blp, reports.blp, sources.blp, batches.blp,
             webhooks.blp)


def init_app(app: Flask) -> None:
    """Register the resources; API keys are checked before the rate limit, which counts per key."""
    api = create_api(app)
    conditional.init_app(app)
    cors.init_app(app)
    limited = frozenset(blueprint.name for blueprint in RESOURCES)
    app.before_request(partial(authenticate, limited))
    RateLimit(app, limited)
    for blueprint in (*RESOURCES, health.blp):  # the health check needs no key and counts for no limit
        api.register_blueprint(blueprint)
