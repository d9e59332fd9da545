"""Absolute URLs for what leaves the service (exports, Location headers): from PUBLIC_URL, never from the
request's Host header, which any client can set."""
from flask import current_app, url_for

API_PREFIX = "/api/v1"


def public_url(path: str = "/") -> str:
    """`path` (from the application's root) under the service's public address."""
    return current_app.config["PUBLIC_URL"].rstrip("/") + path


def external_url_for(endpoint: str, **values) -> str:
    """`url_for(endpoint, **values)` as an absolute URL under PUBLIC_URL."""
    return public_url(url_for(endpoint, **values))


def api_url(path: str) -> str:
    """The API's resource at `path` (under /api/v1/) as an absolute URL under PUBLIC_URL."""
    return public_url(f"{API_PREFIX}/{path}")
