"""Cross-origin calls to the API from browsers (a CMS plugin's scripts): flask-cors, for the origins of an allowlist
(CORS_ORIGINS) only, and off without one. The key travels in a header, so no cookies are allowed across origins."""
import re

from flask import Flask, Response, request
from flask_cors import CORS

from factcheck.api.auth import HEADER as API_KEY_HEADER
from factcheck.errors import API_PATH

ALLOWED_HEADERS = [API_KEY_HEADER, "Content-Type", "If-Match", "If-None-Match", "Idempotency-Key", "X-Request-Id"]
EXPOSED_HEADERS = ["ETag", "Location", "Content-Location", "Link", "Retry-After", "X-RateLimit-Limit",
                   "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-Request-Id"]
METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]
# An origin as browsers send it: a scheme, a host and perhaps a port; no path, no wildcard.
ORIGIN = re.compile(r"https?://[A-Za-z0-9.-]+(:\d{1,5})?")
# How long a browser may keep a preflight's answer, in seconds.
PREFLIGHT_MAX_AGE = 600


def allowed_origins(configured) -> list[str]:
    """The origins of CORS_ORIGINS: a list, or text with commas or spaces between them; ValueError for one that is not
    an origin (https://cms.example.com), so that a typo stops the start rather than opening or closing the API."""
    if not configured:
        return []
    origins = configured if isinstance(configured, (list, tuple)) else re.split(r"[,\s]+", str(configured).strip())
    wrong = [origin for origin in origins if not (isinstance(origin, str) and ORIGIN.fullmatch(origin.rstrip("/")))]
    if wrong:
        raise ValueError(f"CORS_ORIGINS must be origins like https://cms.example.com, not {', '.join(map(repr, wrong))}")
    return [origin.rstrip("/") for origin in origins]


def init_app(app: Flask) -> None:
    """Answer cross-origin requests and preflights to /api/ from the allowed origins; nothing when there are none."""
    origins = allowed_origins(app.config["CORS_ORIGINS"])
    if origins:
        CORS(app, resources={r"/api/*": {"origins": origins}}, allow_headers=ALLOWED_HEADERS,
             expose_headers=EXPOSED_HEADERS, methods=METHODS, supports_credentials=False, max_age=PREFLIGHT_MAX_AGE)
        app.after_request(vary_by_origin)


def vary_by_origin(response: Response) -> Response:
    """Tell caches that an API answer depends on the Origin (flask-cors says so only for more than one origin: with one,
    the answer to that origin still differs from the answer to others)."""
    if request.path.startswith(API_PATH):
        response.vary.add("Origin")
    return response
