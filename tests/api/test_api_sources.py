"""The source registry over HTTP: list, add, fetch, edit; statements and disputes on record."""
import pytest

from sources.demo import load_demo

JANE = {"id": "jane-doe", "name": "Jane Doe", "kind": "person", "aliases": ["Mayor Doe"],
        "roles": [{"title": "Mayor", "of": "Velmont"}]}


@pytest.fixture
def demo(db):
    load_demo(db)


def test_sources_are_listed_by_id_a_page_at_a_time(client, demo):
    first = client.get("/api/v1/sources?page_size=3&page=1").get_json()
    second = client.get("/api/v1/sources?page_size=3&page=2").get_json()
    assert (first["total"], first["pages"]) == (12, 4)
    ids = [s["id"] for s in first["items"] + second["items"]]
    assert ids == sorted(ids) and len(set(ids)) == 6


def test_a_source_with_its_statements_and_disputes(client, demo):
    assert client.get("/api/v1/sources/donald-trump").get_json()["name"] == "Donald Trump"
    statements = client.get("/api/v1/sources/donald-trump/statements").get_json()["items"]
    assert {s["source_id"] for s in statements} == {"donald-trump"} and statements
    [dispute] = client.get("/api/v1/sources/donald-trump/disputes").get_json()["items"]
    assert (dispute["statement_id"], dispute["by_name"]) == ("trump-2025-04-rice-tariff", "Tokyo")


@pytest.mark.parametrize("path", ["/api/v1/sources/nobody", "/api/v1/sources/nobody/statements",
                                  "/api/v1/sources/nobody/disputes", "/api/v1/sources/" + "x" * 101])
def test_unknown_source_is_404(client, path):
    assert client.get(path).status_code == 404


def test_added_source_is_stored_and_matched_in_later_articles(client, auth):
    response = client.post("/api/v1/sources", json=JANE, headers=auth)
    assert (response.status_code, response.headers["Location"]) == (201, "http://127.0.0.1:5000/api/v1/sources/jane-doe")
    assert client.get("/api/v1/sources/jane-doe").get_json() == response.get_json()
    article = client.post("/api/v1/articles", json={"body": '"We will win," said Jane Doe.'}, headers=auth).get_json()
    assert [c["speaker"]["source"]["id"] for c in article["claims"]] == ["jane-doe"]


@pytest.mark.parametrize(("name", "made"), [
    ("Zoé Lefèvre-Aubry", "zoe-lefevre-aubry"),
    ("東京都庁", "source-43e25552112b"),  # no Latin letter to make it from: a hash of the name
])
def test_a_source_added_without_an_id_gets_one_made_from_its_name(client, auth, name, made):
    response = client.post("/api/v1/sources", json={"name": name, "kind": "organisation"}, headers=auth)
    assert (response.status_code, response.get_json()["id"]) == (201, made)
    assert response.headers["Location"].endswith(f"/api/v1/sources/{made}")


def test_a_patch_based_on_an_old_copy_of_a_source_is_412(client, auth):
    client.post("/api/v1/sources", json=JANE, headers=auth)
    etag = client.get("/api/v1/sources/jane-doe").headers["ETag"]
    assert client.patch("/api/v1/sources/jane-doe", json={"country": "NL"}, headers={**auth, "If-Match": etag}).status_code == 200
    stale = client.patch("/api/v1/sources/jane-doe", json={"country": "BE"}, headers={**auth, "If-Match": etag})
    assert (stale.status_code, stale.mimetype) == (412, "application/problem+json")
    assert client.get("/api/v1/sources/jane-doe").get_json()["country"] == "NL"


def test_adding_a_taken_id_is_409(client, auth):
    client.post("/api/v1/sources", json=JANE, headers=auth)
    response = client.post("/api/v1/sources", json={**JANE, "name": "Someone Else"}, headers=auth)
    assert (response.status_code, response.mimetype) == (409, "application/problem+json")
    assert client.get("/api/v1/sources/jane-doe").get_json()["name"] == "Jane Doe"


@pytest.mark.parametrize("body, errors", [
    ({"id": "jane doe", "name": "Jane", "kind": "person"}, {"id"}),
    ({"id": "jane", "name": " ", "kind": "alien"}, {"name", "kind"}),
    ({"id": "jane", "name": "Jane", "kind": "person", "aliases": "Mayor"}, {"aliases"}),
    ({"id": "jane", "name": "Jane", "kind": "person", "shoe_size": 9}, {"shoe_size"}),
    ({"name": "x" * 301, "kind": "person"}, {"name"}),  # the id made from the name is cut to its limit
])
def test_invalid_source_is_422_naming_fields(client, auth, body, errors):
    response = client.post("/api/v1/sources", json=body, headers=auth)
    assert response.status_code == 422
    assert set(response.get_json()["errors"]["json"]) == errors
    assert client.get("/api/v1/sources?page=1").get_json()["total"] == 0


def test_patch_changes_only_the_fields_given(client, auth):
    client.post("/api/v1/sources", json=JANE, headers=auth)
    response = client.patch("/api/v1/sources/jane-doe", json={"affiliation": "Velmont", "aliases": []}, headers=auth)
    assert response.status_code == 200
    assert response.get_json() == {**client.get("/api/v1/sources/jane-doe").get_json()}
    assert {k: response.get_json()[k] for k in ("name", "affiliation", "aliases", "roles")} == {
        "name": "Jane Doe", "affiliation": "Velmont", "aliases": [], "roles": [{"title": "Mayor", "of": "Velmont", "start": None, "end": None}],
    }


@pytest.mark.parametrize("body, status", [
    ({"id": "john-doe"}, 422), ({"kind": None}, 422), ([1], 422), ({"unknown": 1}, 422), ("null", 422),
])
def test_bad_patches_change_nothing(client, auth, body, status):
    client.post("/api/v1/sources", json=JANE, headers=auth)
    before = client.get("/api/v1/sources/jane-doe").get_json()
    assert client.patch("/api/v1/sources/jane-doe", json=body, headers=auth).status_code == status
    assert client.get("/api/v1/sources/jane-doe").get_json() == before


def test_writes_need_a_key_and_json(client, auth):
    assert client.post("/api/v1/sources", json=JANE).status_code == 401
    assert client.patch("/api/v1/sources/jane-doe", json={}).status_code == 401
    assert client.post("/api/v1/sources", data="id=x", content_type="application/x-www-form-urlencoded", headers=auth).status_code == 415
    assert client.patch("/api/v1/sources/jane-doe", json={}, headers=auth).status_code == 404


def test_a_role_in_a_patch_needs_its_title(client, auth):
    client.post("/api/v1/sources", json=JANE, headers=auth)
    response = client.patch("/api/v1/sources/jane-doe", json={"roles": [{"of": "Velmont"}]}, headers=auth)
    assert response.status_code == 422
    assert response.get_json()["errors"] == {"json": {"roles": {"0": {"title": ["Missing data for required field."]}}}}
