"""Rate limits per API key (per client address for keyless reads): 429 with X-RateLimit-* and Retry-After."""
from flask import Flask, current_app, g
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address


def client_key() -> str:
    """Whom a request counts against: its API key, else its address."""
    key = g.get("api_key")
    return f"key:{key['id']}" if key else f"address:{get_remote_address()}"


def rate_limit() -> str:
    return current_app.config["RATE_LIMIT"]


def create_limiter(app: Flask, blueprints) -> Limiter:
    """Limit every request to `blueprints` to RATE_LIMIT (e.g. "600 per minute") per client."""
    app.config.setdefault("RATELIMIT_HEADERS_ENABLED", True)
    # Counters live in the server process; set RATELIMIT_STORAGE_URI to share them between processes.
    app.config.setdefault("RATELIMIT_STORAGE_URI", "memory://")
    # A moving window counts the last minute from now: no burst of twice the limit across a minute's edge.
    app.config.setdefault("RATELIMIT_STRATEGY", "moving-window")
    limiter = Limiter(client_key, app=app)
    for blueprint in blueprints:
        limiter.limit(rate_limit)(blueprint)
    return limiter
