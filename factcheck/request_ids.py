"""Request ids: every response carries one in X-Request-Id, the client's own when it is sane, for the access log."""
import re
import uuid

from flask import Flask, request

HEADER = "X-Request-Id"
# A client's id is kept when it cannot forge a log line: short, and letters, digits, '-', '_', '.' only.
SANE_ID = re.compile(r"[A-Za-z0-9._-]{1,128}")


def init_app(app: Flask) -> None:
    @app.after_request
    def echo_request_id(response):
        given = request.headers.get(HEADER, "")
        response.headers[HEADER] = given if SANE_ID.fullmatch(given) else uuid.uuid4().hex
        return response
