"""A CMS writing stories: updates by its own id or url; conditional requests and caching (strong ETags on every GET,
304 for a current copy, 412 for a stale write, Cache-Control by resource); CORS for its browser plugins; every write
needs a key."""
import pytest

from factcheck import create_app
from factcheck.api.cors import allowed_origins
from factcheck.db import connect
from factcheck.keys import create_key

STORY = "“The harbour stays open,” said Ines Moreau."
READS = ["/api/v1/articles", "/api/v1/articles/1", "/api/v1/articles/1?format=prov", "/api/v1/claims",
         "/api/v1/claims/1-c1", "/api/v1/claimreviews", "/api/v1/reports/disputed", "/api/v1/reports/disputed?format=csv",
         "/api/v1/sources", "/api/v1/openapi.json", "/healthz"]


@pytest.fixture
def story(client, auth) -> dict:
    return client.put("/api/v1/articles/by-external-id/cms-1", json={"body": STORY}, headers=auth).get_json()


@pytest.mark.parametrize("path", READS)
def test_every_read_has_a_strong_etag_and_answers_304_to_it(client, story, path):
    first = client.get(path)
    etag = first.headers["ETag"]
    assert first.status_code == 200 and etag.startswith('"') and not etag.startswith("W/")
    again = client.get(path, headers={"If-None-Match": etag})
    assert (again.status_code, again.get_data(), again.headers["ETag"]) == (304, b"", etag)
    assert client.get(path, headers={"If-None-Match": '"something-else"'}).status_code == 200


def test_the_etag_is_a_hash_of_the_representation(client, auth, story):
    plain = client.get(f"/api/v1/articles/{story['id']}")
    assert client.get(f"/api/v1/articles/{story['id']}?statements=true").headers["ETag"] != plain.headers["ETag"]
    assert client.get("/api/v1/articles/by-external-id/cms-1").headers["ETag"] == plain.headers["ETag"]
    client.put(f"/api/v1/articles/{story['id']}", json={"body": STORY + " Tolls stay."}, headers=auth)
    assert client.get(f"/api/v1/articles/{story['id']}").headers["ETag"] != plain.headers["ETag"]


def test_a_write_answers_with_the_etag_a_read_gives(client, auth, story):
    response = client.put("/api/v1/articles/by-external-id/cms-1", json={"body": STORY + " Tolls stay."}, headers=auth)
    assert response.headers["ETag"] == client.get(f"/api/v1/articles/{story['id']}").headers["ETag"]


@pytest.mark.parametrize(("headers", "status"), [
    ({"If-Match": '"stale"'}, 412),
    ({"If-Match": "*"}, 204),
    ({"If-None-Match": "*"}, 412),
    ({}, 204),  # If-Match is optional: no 428
])
def test_a_delete_is_conditional_on_the_article_it_was_meant_for(client, auth, story, headers, status):
    response = client.delete(f"/api/v1/articles/{story['id']}", headers={**auth, **headers})
    assert response.status_code == status
    if status == 412:
        assert response.mimetype == "application/problem+json"
        assert client.get(f"/api/v1/articles/{story['id']}").status_code == 200


def test_if_none_match_star_creates_only_and_if_match_star_replaces_only(client, auth, story):
    create_only = {**auth, "If-None-Match": "*"}
    assert client.put("/api/v1/articles/by-external-id/cms-1", json={"body": STORY}, headers=create_only).status_code == 412
    assert client.put("/api/v1/articles/by-external-id/cms-2", json={"body": STORY}, headers=create_only).status_code == 201
    replace_only = {**auth, "If-Match": "*"}
    assert client.put("/api/v1/articles/by-external-id/cms-3", json={"body": STORY}, headers=replace_only).status_code == 412
    assert client.put("/api/v1/articles/by-external-id/cms-1", json={"body": STORY}, headers=replace_only).status_code == 200
    assert len(client.get("/api/v1/articles").get_json()["items"]) == 2


@pytest.mark.parametrize(("method", "path"), [
    ("put", "/api/v1/articles/1"), ("put", "/api/v1/articles/by-external-id/cms-1"), ("delete", "/api/v1/articles/1"),
])
def test_every_write_needs_a_key(client, story, method, path):
    response = getattr(client, method)(path, json={"body": STORY})
    assert (response.status_code, response.headers["Cache-Control"]) == (401, "no-store")


def test_keyed_reads_are_cached_privately(tmp_path, auth):
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "keyed.db"), "READS_REQUIRE_KEY": True})
    with connect(app.config["DATABASE"]) as db:
        key = create_key(db, "reader")[1]
    response = app.test_client().get("/api/v1/claims", headers={"X-API-Key": key})
    assert response.headers["Cache-Control"] == "private, no-cache"


def test_pages_are_left_to_the_browser(client):
    assert "ETag" not in client.get("/").headers


def test_the_openapi_document_states_the_preconditions(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if method == "parameters":
                continue
            names = {parameter.get("name") for parameter in operation.get("parameters", [])}
            if method == "get":
                assert "If-None-Match" in names and "304" in operation["responses"], path
                assert "ETag" in operation["responses"]["200"]["headers"], path
            if method in ("put", "patch", "delete"):
                assert {"If-Match", "If-None-Match"} <= names and "412" in operation["responses"], (method, path)


@pytest.mark.parametrize(("configured", "origins"), [
    (None, []), ("", []),
    ("https://cms.example.com, http://localhost:8080/", ["https://cms.example.com", "http://localhost:8080"]),
    (["https://cms.example.com"], ["https://cms.example.com"]),
])
def test_cors_origins_are_read_from_a_list_or_text(configured, origins):
    assert allowed_origins(configured) == origins


@pytest.mark.parametrize("configured", ["*", "cms.example.com", "https://cms.example.com/plugin", ["https://a.example", 7]])
def test_a_cors_allowlist_that_names_no_origin_stops_the_start(tmp_path, configured):
    with pytest.raises(ValueError, match="CORS_ORIGINS"):
        create_app({"TESTING": True, "DATABASE": str(tmp_path / "cors.db"), "CORS_ORIGINS": configured})


def test_pages_never_answer_other_origins(tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "cors.db"), "CORS_ORIGINS": "https://cms.example.com"})
    response = app.test_client().get("/articles", headers={"Origin": "https://cms.example.com"})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_a_story_posted_with_its_url_is_updated_by_a_put_under_an_external_id(client, auth):
    story = {"body": STORY, "url": "https://news.example/harbour"}
    posted = client.post("/api/v1/articles", json=story, headers=auth).get_json()
    put = client.put("/api/v1/articles/by-external-id/cms-harbour", json={**story, "title": "Harbour"}, headers=auth)
    assert (put.status_code, put.get_json()["id"], put.get_json()["revision"]) == (200, posted["id"], 2)
    assert client.get("/api/v1/articles/by-external-id/cms-harbour").get_json()["title"] == "Harbour"
