"""Every error the service returns: RFC 9457 problem details (application/problem+json) for the API and for
clients that prefer JSON, an HTML page for browsers."""
import sqlite3
from http import HTTPStatus

from flask import Flask, jsonify, render_template, request
from marshmallow import ValidationError
from werkzeug.exceptions import HTTPException

from factcheck.article_input import BadArticle
from factcheck.charsets import UnknownCharset
from factcheck.cursors import BadCursor
from factcheck.review import InvalidReview, ReviewConflict
from factcheck.storage import ExternalIdTaken, IdempotencyConflict, StaleArticle
from sources.registry import NotFound

PROBLEM_MIMETYPE = "application/problem+json"
# Problem types beyond plain HTTP statuses: tag URIs (RFC 4151), stable names that need not resolve.
TYPE_PREFIX = "tag:factcheck,2025:problem/"
API_PATH = "/api/"


def wants_json() -> bool:
    """Whether the error goes to an API client: an /api/ path, or an Accept header preferring JSON to HTML."""
    if request.path.startswith(API_PATH):
        return True
    preferred = request.accept_mimetypes.best_match(["text/html", "application/json", PROBLEM_MIMETYPE])
    return preferred not in (None, "text/html")


def sentence(text: str) -> str:
    """`text` as a sentence for people: a capital first letter and a full stop."""
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def problem(status: int, detail: str, *, problem_type: str | None = None, headers=None, **members):
    """The error as problem+json (`problem_type` names a type beyond the HTTP status), or as a page for browsers."""
    if not wants_json():
        page = render_template("pages/error.html", title=HTTPStatus(status).phrase, detail=sentence(detail))
        return page, status, headers or {}
    body = {
        "type": TYPE_PREFIX + problem_type if problem_type else "about:blank",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        **members,
    }
    response = jsonify(body)
    response.status_code = status
    response.mimetype = PROBLEM_MIMETYPE
    response.headers.extend(headers or {})
    return response


def http_error(exc: HTTPException):
    """Werkzeug's and webargs' HTTP errors; webargs puts validation messages in `exc.data`."""
    data = getattr(exc, "data", None) or {}
    headers = [(name, value) for name, value in exc.get_headers() if name != "Content-Type"]
    headers.extend((data.get("headers") or {}).items())
    if "messages" in data:
        return problem(exc.code, "The request is not valid; see `errors`.", problem_type="validation",
                       headers=headers, errors=data["messages"])
    return problem(exc.code, exc.description, headers=headers)


def invalid(exc: ValidationError):
    return problem(422, "The request is not valid; see `errors`.", problem_type="validation", errors=exc.messages)


def not_found(exc: NotFound):
    return problem(404, str(exc))


def idempotency_conflict(exc: IdempotencyConflict):
    return problem(422, str(exc), problem_type="idempotency-key-reused")


def unknown_charset(exc: UnknownCharset):
    return problem(415, f"The article cannot be read: {exc}.", problem_type="unknown-charset")


def stale_article(exc: StaleArticle):
    return problem(412, sentence(f"{exc}; GET it again and send its new ETag"))


def external_id_taken(exc: ExternalIdTaken):
    return problem(409, sentence(f"{exc}; PUT /api/v1/articles/by-external-id/… replaces it"),
                   problem_type="external-id-taken")


def bad_article(exc: BadArticle):
    return problem(422, f"The article cannot be analysed: {exc}.", problem_type="unusable-article")


def bad_cursor(exc: BadCursor):
    return problem(400, str(exc), problem_type="bad-cursor")


def review_conflict(exc: ReviewConflict):
    return problem(409, sentence(str(exc)), problem_type="review-conflict")


def invalid_review(exc: InvalidReview):
    return problem(422, sentence(str(exc)), problem_type="invalid-review")


def database_locked(exc: sqlite3.OperationalError):
    """A write that waited the connection's busy timeout for the database's write lock: 503, to try again. Any other
    OperationalError stays a server error."""
    if str(exc) != "database is locked":
        raise exc
    return problem(503, "The database is busy with other writes; try again shortly.", headers={"Retry-After": "1"})


def init_app(app: Flask) -> None:
    """Answer every error with problem+json or a page (registered last, so it replaces other handlers)."""
    app.register_error_handler(HTTPException, http_error)
    app.register_error_handler(ValidationError, invalid)
    app.register_error_handler(NotFound, not_found)
    app.register_error_handler(IdempotencyConflict, idempotency_conflict)
    app.register_error_handler(BadArticle, bad_article)
    app.register_error_handler(UnknownCharset, unknown_charset)
    app.register_error_handler(StaleArticle, stale_article)
    app.register_error_handler(ExternalIdTaken, external_id_taken)
    app.register_error_handler(BadCursor, bad_cursor)
    app.register_error_handler(ReviewConflict, review_conflict)
    app.register_error_handler(InvalidReview, invalid_review)
    app.register_error_handler(sqlite3.OperationalError, database_locked)
