"""Who is calling the API (`g.api_key`, from X-API-Key), and refusing writes that carry no valid key."""
from flask import current_app, g, request
from werkzeug.datastructures import WWWAuthenticate
from werkzeug.exceptions import Unauthorized

from factcheck.db import get_db
from factcheck.keys import find_key

HEADER = "X-API-Key"
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
CHALLENGE = WWWAuthenticate("APIKey", {"header": HEADER})


def needs_key() -> bool:
    return request.method in WRITE_METHODS or current_app.config["READS_REQUIRE_KEY"]


def authenticate(blueprints: frozenset[str]) -> None:
    """Before a request to one of `blueprints`: set `g.api_key`; 401 for a bad key or a missing one that is needed."""
    if request.blueprint not in blueprints or request.method == "OPTIONS":  # a CORS preflight carries no key
        return
    secret = request.headers.get(HEADER)
    g.api_key = find_key(get_db(), secret) if secret else None
    if secret and g.api_key is None:
        raise Unauthorized(f"The {HEADER} is not a valid API key.", www_authenticate=CHALLENGE)
    if g.api_key is None and needs_key():
        raise Unauthorized(f"This request needs an API key in the {HEADER} header.", www_authenticate=CHALLENGE)
