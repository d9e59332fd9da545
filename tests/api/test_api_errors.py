"""Every error is an RFC 9457 problem with the right status; bad input never costs stored data."""
import fcntl
import io

import pytest

import factcheck.db
from sources.transactions import LOCK_SUFFIX

PROBLEM = "application/problem+json"
TWO_MB = 2 * 1024 * 1024


def post(client, auth, **kwargs):
    return client.post("/api/v1/articles", headers={**auth, **kwargs.pop("headers", {})}, **kwargs)


@pytest.mark.parametrize("request_kwargs, status, errors", [
    ({"data": "{not json", "content_type": "application/json"}, 400, None),
    ({"data": "", "content_type": "application/json"}, 400, None),
    ({"data": "[" * 100_000, "content_type": "application/json"}, 400, None),
    ({"data": b"\xff\xfe{}", "content_type": "application/json"}, 400, None),
    ({"data": '{"body": ' + "9" * 4400 + "}", "content_type": "application/json"}, 400, None),
    ({"data": '{"body": "x", "title": -' + "1" * 5000 + "}", "content_type": "application/json"}, 400, None),
    ({"data": '{"body": "x", "title": {"a": ' * 5000 + "1" + "}" * 5001, "content_type": "application/json"}, 400, None),
    ({"json": {}}, 422, {"json": {"body": ["Missing data for required field."]}}),
    ({"json": {"body": "  \n "}}, 422, {"json": {"body": ["Must not be blank."]}}),
    ({"json": {"body": 42}}, 422, {"json": {"body": ["Not a valid string."]}}),
    ({"json": {"body": "x", "author": "me"}}, 422, {"json": {"author": ["Unknown field."]}}),
    ({"json": {"body": "x", "url": "javascript:alert(1)"}}, 422, {"json": {"url": ["Not a valid URL."]}}),
    ({"json": {"body": "x", "published_at": "yesterday"}}, 422, {"json": {"published_at": ["Not a valid datetime."]}}),
    ({"json": {"body": "x", "published_at": "9999-12-31T23:00:00-05:00"}}, 422, {"json": {"published_at": ["Out of range in UTC."]}}),
    ({"data": {"file": (io.BytesIO(b"Text."), "a.txt"), "published_at": "9999-12-31T23:59:59-12:00"}, "content_type": "multipart/form-data"},
     422, {"form": {"published_at": ["Out of range in UTC."]}}),
    ({"json": ["body"]}, 422, {"json": {"_schema": ["Invalid input type."]}}),
    ({"json": "just a string"}, 422, {"json": {"_schema": ["Invalid input type."]}}),
    ({"data": '{"body": "\\ud800 lone surrogate"}', "content_type": "application/json"}, 422,
     {"json": {"body": ["Not valid Unicode text."]}}),
    ({"data": b"\x00\x01\x02binary", "content_type": "text/plain"}, 422, None),
    ({"data": b"\xff\xfe\xfa", "content_type": "text/plain"}, 422, None),
    ({"data": "<html><body><script>only()</script></body></html>", "content_type": "text/html"}, 422, None),
    ({"data": {"title": "no file"}, "content_type": "multipart/form-data"}, 422,
     {"files": {"file": ["Missing data for required field."]}}),
    ({"data": {"file": (io.BytesIO(b"%PDF-1.7"), "story.pdf", "application/pdf")}, "content_type": "multipart/form-data"}, 415, None),
    ({"data": "<a>x</a>", "content_type": "application/xml"}, 415, None),
    ({"data": "body=x", "content_type": "application/x-www-form-urlencoded"}, 415, None),
    ({"data": "x" * (TWO_MB + 1), "content_type": "text/plain"}, 413, None),
    ({"json": {"body": "x" * TWO_MB}}, 413, None),
    ({"json": {"body": "x"}, "headers": {"Idempotency-Key": ""}}, 422, {"headers": {"Idempotency-Key": ["Must be 1 to 255 characters."]}}),
    ({"json": {"body": "x"}, "headers": {"Idempotency-Key": "k" * 256}}, 422, {"headers": {"Idempotency-Key": ["Must be 1 to 255 characters."]}}),
])
def test_bad_submissions_are_problems(client, auth, request_kwargs, status, errors):
    response = post(client, auth, **request_kwargs)
    assert (response.status_code, response.mimetype) == (status, PROBLEM)
    problem = response.get_json()
    assert problem["status"] == status and problem["title"] and problem["detail"] and problem["type"]
    assert problem.get("errors") == errors


@pytest.mark.parametrize("method, path, status", [
    ("get", "/api/v1/articles/999", 404),
    ("get", "/api/v1/articles/99999999999999999999999", 404),
    ("get", "/api/v1/articles/abc", 404),
    ("delete", "/api/v1/articles/999", 404),
    ("get", "/api/v1/nothing-here", 404),
    ("put", "/api/v1/articles", 405),
    ("patch", "/api/v1/claims", 405),
    ("get", "/api/v1/articles/1?format=pdf", 422),
    ("get", "/api/v1/claims?page_size=101", 422),
    ("get", "/api/v1/claims?page=0", 422),
    ("get", "/api/v1/claims?page=99999999999999999999", 422),
    ("get", "/api/v1/claims?disputed=maybe", 422),
    ("get", "/api/v1/claims?since=2025-13-40", 422),
    ("get", "/api/v1/claims?article_id=99999999999999999999", 422),
    ("get", "/api/v1/reports/disputed?format=xlsx", 422),
])
def test_bad_reads_are_problems(client, auth, method, path, status):
    response = getattr(client, method)(path, headers=auth)
    assert (response.status_code, response.mimetype) == (status, PROBLEM)
    assert response.get_json()["status"] == status


def test_method_not_allowed_names_the_allowed_methods(client):
    response = client.put("/api/v1/articles")
    assert set(response.headers["Allow"].split(", ")) >= {"GET", "POST"}


def test_validation_problem_names_the_query_field(client):
    problem = client.get("/api/v1/claims?page_size=500").get_json()
    assert problem["errors"] == {"query": {"page_size": ["Must be greater than or equal to 1 and less than or equal to 100."]}}


@pytest.mark.parametrize("q", ['"', "*", "NEAR(", "a OR", "^", "\\", "'", "%", "_", "\x00", "é" * 200])  # 200: the longest q and speaker
def test_any_search_words_are_answered(client, q):
    assert client.get("/api/v1/claims", query_string={"q": q, "speaker": q}).status_code == 200
    assert client.get("/api/v1/articles", query_string={"q": q}).status_code == 200


def test_bad_requests_never_lose_stored_articles(client, auth, store_article):
    article_id = store_article("Kept", [("Ann Lee", "it stays", None)])
    before = client.get(f"/api/v1/articles/{article_id}").get_json()
    for kwargs in ({"data": "{", "content_type": "application/json"}, {"json": {"body": ""}},
                   {"data": "x" * (TWO_MB + 1), "content_type": "text/plain"}, {"data": b"\x00", "content_type": "text/plain"}):
        assert post(client, auth, **kwargs).status_code in (400, 413, 422)
    assert client.delete("/api/v1/articles/abc", headers=auth).status_code == 404
    assert client.get(f"/api/v1/articles/{article_id}").get_json() == before
    assert client.get("/api/v1/articles?page=1").get_json()["total"] == 1


def test_a_write_that_waits_too_long_for_the_database_is_a_503(app, client, auth, monkeypatch):
    monkeypatch.setattr(factcheck.db, "BUSY_TIMEOUT_SECONDS", 0.05)
    with open(app.config["DATABASE"] + LOCK_SUFFIX, "a") as holder:
        fcntl.flock(holder, fcntl.LOCK_EX)  # a writer that keeps the lock
        response = post(client, auth, json={"body": "The mayor said the bridge opens in May."})
    assert response.status_code == 503
    assert response.mimetype == PROBLEM
    assert response.headers["Retry-After"] == "1"
