"""Flask's signed-cookie sessions, with the signing serializer built once per set of keys.

Flask builds a serializer on every request, API calls included, and itsdangerous checks each new one by encoding an
empty session with it: 40 to 100 µs of a request's CPU. The serializer keeps no state between uses.
"""
from flask import Flask
from flask.sessions import SecureCookieSessionInterface
from itsdangerous import URLSafeTimedSerializer


class CookieSessions(SecureCookieSessionInterface):
    """`SecureCookieSessionInterface`, building its serializer again only when the app's keys have changed."""

    def __init__(self):
        self._built: tuple[tuple, URLSafeTimedSerializer | None] | None = None

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        keys = (app.secret_key, tuple(app.config["SECRET_KEY_FALLBACKS"] or ()))
        built = self._built
        if built is None or built[0] != keys:
            built = self._built = (keys, super().get_signing_serializer(app))
        return built[1]
