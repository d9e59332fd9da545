"""Conditional requests and caching for the API: a strong ETag (a hash of the body's bytes) on every GET, 304 when
If-None-Match names it, 412 when a write's If-Match (or If-None-Match) does not hold, and a Cache-Control that suits
each resource. If-Match is optional (no 428): clients that never send it overwrite as they did before."""
from apispec import BasePlugin
from flask import Flask, Response, current_app, request
from werkzeug.exceptions import PreconditionFailed
from werkzeug.http import generate_etag

from factcheck.errors import API_PATH

READ_METHODS = ("GET", "HEAD")
WRITE_METHODS = ("PUT", "PATCH", "DELETE")
HEALTH_PATH = "/healthz"
# How long a shared or private cache may use a response without asking again, by blueprint; every other read must be
# revalidated (no-cache: a 304 costs a hash), as a write may change it at any moment.
FRESH_FOR = {
    "claimreviews": "max-age=300",  # the feed crawlers poll: a verdict may show five minutes late
    "api-docs": "max-age=3600",  # the OpenAPI document and its docs change only with a new release
}
# Writes, errors and the health check are never stored.
NO_STORE = "no-store"

IF_NONE_MATCH = {
    "in": "header", "name": "If-None-Match", "required": False, "schema": {"type": "string"},
    "description": "The ETag of the representation the client holds: 304 Not Modified while it is still current. "
                   "On a write, `*` asks to create only: 412 when the resource exists.",
}
IF_MATCH = {
    "in": "header", "name": "If-Match", "required": False, "schema": {"type": "string"},
    "description": "The ETag the client last read (from a GET, or the answer to its last write): the write is made "
                   "only if the resource is still at it, else 412. `*`: only if the resource exists. Optional.",
}
ETAG = {"description": "A strong entity tag: a hash of this representation's bytes.", "schema": {"type": "string"}}
CACHE_CONTROL = {"description": "How long caches may keep the response (no-cache: revalidate with If-None-Match).",
                 "schema": {"type": "string"}}
NOT_MODIFIED = {"description": "Not Modified: the representation named in If-None-Match is still current.",
                "headers": {"ETag": ETAG, "Cache-Control": CACHE_CONTROL}}


def etag_of(response: Response) -> str:
    """The strong ETag of a response's body, as the GET of the same resource sends it (unquoted)."""
    return generate_etag(response.get_data())


def is_conditional() -> bool:
    """Whether the request states a precondition (If-Match or If-None-Match)."""
    return bool(request.if_match or request.if_none_match)


def check_precondition(etag: str | None) -> None:
    """412 unless the request's If-Match and If-None-Match allow a write to a resource whose current representation
    has this ETag (None: the resource does not exist). If-Match compares strongly, If-None-Match weakly (RFC 9110)."""
    if request.if_match and (etag is None or not request.if_match.contains(etag)):
        raise PreconditionFailed("The resource has changed since the ETag in If-Match was read (or it does not exist); "
                                 "GET it again and send its new ETag.")
    if request.if_none_match and etag is not None and \
            (request.if_none_match.star_tag or request.if_none_match.contains_weak(etag)):
        raise PreconditionFailed("The resource exists, and If-None-Match asks to write only when it does not.")


def cache_control(response: Response) -> str:
    """no-store for writes, errors and the health check; else the blueprint's freshness, private when reads need a
    key (a shared cache must not hand keyed data to others)."""
    if request.method not in READ_METHODS or response.status_code not in (200, 304) or request.path == HEALTH_PATH:
        return NO_STORE
    audience = "private" if current_app.config["READS_REQUIRE_KEY"] else "public"
    return f"{audience}, {FRESH_FOR.get(request.blueprint, 'no-cache')}"


def tag_and_cache(response: Response) -> Response:
    """After an API request: an ETag on a successful read, 304 when the client's copy is current, and Cache-Control."""
    if not (request.path.startswith(API_PATH) or request.path == HEALTH_PATH):
        return response
    if request.method in READ_METHODS and response.status_code == 200 and not response.direct_passthrough:
        response.add_etag()
        response.make_conditional(request)
    response.headers["Cache-Control"] = cache_control(response)
    return response


def init_app(app: Flask) -> None:
    app.after_request(tag_and_cache)


class ConditionalRequestsPlugin(BasePlugin):
    """Documents the above on every operation: ETag and If-None-Match (304) on reads, If-Match and If-None-Match (412)
    on writes, Cache-Control on every success."""

    def operation_helper(self, path=None, operations=None, **kwargs):
        for method, operation in (operations or {}).items():
            responses = operation.setdefault("responses", {})
            if method.upper() in READ_METHODS:
                operation.setdefault("parameters", []).append(IF_NONE_MATCH)
                responses["304"] = NOT_MODIFIED
            if method.upper() in WRITE_METHODS:
                operation.setdefault("parameters", []).extend([IF_MATCH, IF_NONE_MATCH])
                responses["412"] = "PRECONDITION_FAILED"
            for status, response in responses.items():
                if str(status).startswith("2") and isinstance(response, dict):
                    headers = response.setdefault("headers", {})
                    headers["Cache-Control"] = CACHE_CONTROL
                    if method.upper() in READ_METHODS:
                        headers["ETag"] = ETAG
