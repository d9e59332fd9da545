"""Security headers and cookie flags on every response, with flask-talisman.

A strict Content-Security-Policy (scripts and styles from the service's own files only, never inline),
no framing, nosniff, a same-origin referrer policy; HSTS and Secure cookies when the service's public
address (PUBLIC_URL) is https. The reverse proxy in front terminates TLS and redirects http to https.
"""
from types import SimpleNamespace

from flask import Flask
from flask_talisman import DENY, Talisman
from werkzeug.datastructures import Headers

CONTENT_SECURITY_POLICY = {
    "default-src": "'self'",
    "img-src": ["'self'", "data:"],  # Swagger UI draws its icons as data: URIs
    "object-src": "'none'",
    "base-uri": "'none'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
REFERRER_POLICY = "same-origin"
# The one header that depends on the request (whether it came over https), not only on the app's settings.
HSTS = "Strict-Transport-Security"


class SecurityHeaders(Talisman):
    """flask-talisman, its headers built on the first response and copied onto the next ones, HSTS aside: no view
    sets options of its own (its decorator refuses) and no policy carries a nonce, so they never change, where
    talisman built them again for every response (its policies parsed and joined: 35 to 70 µs of a request's CPU)."""

    built: list[tuple[str, str]] | None = None

    def __call__(self, **view_options):
        """Refused: talisman's decorator gives a view options of its own, which the headers built once would hide."""
        raise TypeError(f"per-view security options ({', '.join(view_options)}) are not supported: the headers are "
                        "built once for every view")

    def _set_response_headers(self, response):
        if self.built is None:
            headers = super()._set_response_headers(SimpleNamespace(headers=Headers())).headers
            self.built = [(name, value) for name, value in headers.items() if name != HSTS]
        response.headers.update(self.built)
        self._set_hsts_headers(response.headers)
        return response


def is_https(app: Flask) -> bool:
    return app.config["PUBLIC_URL"].lower().startswith("https://")


def init_app(app: Flask) -> None:
    """Send the headers on every response and set the session cookie's flags (SameSite=Lax, HttpOnly)."""
    https = is_https(app)
    SecurityHeaders(
        app,
        force_https=False,  # the reverse proxy redirects; the service itself answers it over http
        strict_transport_security=https,  # sent on requests that came over https (X-Forwarded-Proto from the proxy)
        content_security_policy=CONTENT_SECURITY_POLICY,
        frame_options=DENY,
        referrer_policy=REFERRER_POLICY,
        session_cookie_secure=https,
        session_cookie_http_only=True,
        session_cookie_samesite="Lax",
    )
