"""One rate limit per API key (per client address for keyless reads) across the whole API: 429 with
X-RateLimit-* and Retry-After."""
from flask import Flask, current_app, g
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

# Every resource draws on the same allowance: a key gets RATE_LIMIT requests, not RATE_LIMIT per resource.
SCOPE = "api"


def client_key() -> str:
    """Whom a request counts against: its API key, else its address."""
    key = g.get("api_key")
    return f"key:{key['id']}" if key else f"address:{get_remote_address()}"


def rate_limit() -> str:
    return current_app.config["RATE_LIMIT"]


def create_limiter(app: Flask, blueprints) -> Limiter:
    """Limit all requests to `blueprints` together to RATE_LIMIT (e.g. "600 per minute") per client.

    The counters live where RATELIMIT_STORAGE says, in the notation of the `limits` package: memory:// keeps
    them in the server process; a shared store (redis://host:6379) makes the limit hold across processes.
    """
    app.config.setdefault("RATELIMIT_HEADERS_ENABLED", True)
    app.config["RATELIMIT_STORAGE_URI"] = app.config["RATELIMIT_STORAGE"]
    # A moving window counts the last minute from now: no burst of twice the limit across a minute's edge.
    app.config.setdefault("RATELIMIT_STRATEGY", "moving-window")
    limiter = Limiter(client_key, app=app)
    shared = limiter.shared_limit(rate_limit, scope=SCOPE)
    for blueprint in blueprints:
        shared(blueprint)
    return limiter
