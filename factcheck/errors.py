"""RFC 9457 problem details (application/problem+json) for every error the service returns."""
from http import HTTPStatus

from flask import Flask, jsonify
from marshmallow import ValidationError
from werkzeug.exceptions import HTTPException

from factcheck.article_input import BadArticle
from factcheck.storage import IdempotencyConflict
from sources.registry import NotFound

PROBLEM_MIMETYPE = "application/problem+json"
# Problem types beyond plain HTTP statuses: tag URIs (RFC 4151), stable names that need not resolve.
TYPE_PREFIX = "tag:factcheck,2025:problem/"


def problem(status: int, detail: str, *, kind: str | None = None, headers=None, **members):
    """A problem+json response; `kind` names a problem type beyond the HTTP status itself."""
    body = {
        "type": TYPE_PREFIX + kind if kind else "about:blank",
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
        return problem(exc.code, "The request is not valid; see `errors`.", kind="validation",
                       headers=headers, errors=data["messages"])
    return problem(exc.code, exc.description, headers=headers)


def invalid(exc: ValidationError):
    return problem(422, "The request is not valid; see `errors`.", kind="validation", errors=exc.messages)


def not_found(exc: NotFound):
    return problem(404, str(exc))


def idempotency_conflict(exc: IdempotencyConflict):
    return problem(422, str(exc), kind="idempotency-key-reused")


def bad_article(exc: BadArticle):
    return problem(422, f"The article cannot be analysed: {exc}.", kind="unusable-article")


def init_app(app: Flask) -> None:
    """Answer every error with problem+json (registered last, so it replaces other handlers)."""
    app.register_error_handler(HTTPException, http_error)
    app.register_error_handler(ValidationError, invalid)
    app.register_error_handler(NotFound, not_found)
    app.register_error_handler(IdempotencyConflict, idempotency_conflict)
    app.register_error_handler(BadArticle, bad_article)
