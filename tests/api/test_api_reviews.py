"""GET /api/v1/claims/{ref} and POST /api/v1/claims/{ref}/review: a claim's review by a reviewer's API key."""
import pytest

from factcheck import accounts, create_app
from factcheck.keys import create_key


@pytest.fixture
def ref(store_article) -> str:
    article_id = store_article("Rice tariffs", [("Donald Trump", "Japan charges a 700% tariff on rice", "Tokyo")])
    return f"{article_id}-c1"


@pytest.fixture
def key_of(db):
    """An API key of a new user with `role` (None: an integration's key), as request headers."""

    def key(role: str | None) -> dict:
        user = role and accounts.create_user(db, f"{role}-api", role, "long enough pass")
        return {"X-API-Key": create_key(db, "key", user and user.id)[1]}

    return key


def test_every_claim_has_a_global_id_that_finds_it(client, ref):
    listed = client.get("/api/v1/claims").get_json()["items"]
    assert [item["ref"] for item in listed] == [ref]
    claim = client.get(f"/api/v1/claims/{ref}").get_json()
    assert (claim["content"], claim["article_title"], claim["ref"]) == ("Japan charges a 700% tariff on rice", "Rice tariffs", ref)
    assert claim["review"] == {"status": "open", "verdict": None, "note": None, "reviewer": None, "updated_at": None}
    assert claim["history"] == []


def test_a_reviewer_takes_a_claim_into_review_then_resolves_it(client, ref, key_of):
    headers = key_of("reviewer")
    started = client.post(f"/api/v1/claims/{ref}/review", json={"status": "in_review"}, headers=headers)
    assert started.status_code == 200 and started.get_json()["review"]["status"] == "in_review"
    resolved = client.post(f"/api/v1/claims/{ref}/review", headers=headers, json={
        "status": "resolved", "verdict": "false", "note": "Japan's tariff on rice is far lower."}).get_json()
    review, history = resolved["review"], resolved["history"]
    assert (review["status"], review["verdict"], review["note"], review["reviewer"]) == (
        "resolved", "false", "Japan's tariff on rice is far lower.", "reviewer-api")
    assert [(event["status"], event["verdict"], event["reviewer"]) for event in history] == [
        ("in_review", None, "reviewer-api"), ("resolved", "false", "reviewer-api")]
    assert history[0]["at"] <= history[1]["at"] == review["updated_at"]
    assert client.get(f"/api/v1/claims/{ref}").get_json()["review"] == review


@pytest.mark.parametrize("body, status, detail", [
    ({"status": "resolved"}, 422, "Resolving needs a verdict: one of true, mostly true, misleading"),
    ({"status": "resolved", "verdict": "pants on fire"}, 422, "Resolving needs a verdict"),
    ({"status": "in_review", "verdict": "false"}, 422, "A verdict is given only when resolving."),
    ({"status": "open"}, 409, "A claim that is open cannot become open."),
])
def test_impossible_reviews_are_refused_with_a_problem(client, ref, key_of, body, status, detail):
    response = client.post(f"/api/v1/claims/{ref}/review", json=body, headers=key_of("reviewer"))
    assert (response.status_code, response.mimetype) == (status, "application/problem+json")
    assert response.get_json()["detail"].startswith(detail)
    assert client.get(f"/api/v1/claims/{ref}").get_json()["history"] == []


@pytest.mark.parametrize("role", [None, "journalist"])
def test_only_a_reviewer_s_key_may_review(client, ref, key_of, role):
    response = client.post(f"/api/v1/claims/{ref}/review", json={"status": "in_review"}, headers=key_of(role))
    assert (response.status_code, response.mimetype) == (403, "application/problem+json")


def test_reviewing_needs_a_key(client, ref):
    assert client.post(f"/api/v1/claims/{ref}/review", json={"status": "in_review"}).status_code == 401


@pytest.mark.parametrize("missing", ["1-c9", "99-c1", "c1", "0-c1", "99999999999999999999-c1", "1-c1;drop"])
def test_an_unknown_claim_is_a_404(client, ref, key_of, missing):
    assert client.get(f"/api/v1/claims/{missing}").status_code == 404
    assert client.post(f"/api/v1/claims/{missing}/review", json={"status": "in_review"},
                       headers=key_of("admin")).status_code == 404


def test_the_rating_scale_is_configurable(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_RATING_SCALE", '["accurate", "needs context", "inaccurate"]')
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "scale.db")})
    assert app.config["RATING_SCALE"] == ["accurate", "needs context", "inaccurate"]


@pytest.mark.parametrize("scale", ['"true"', "[]", '["a", "a"]', '["a", 3]'])
def test_a_bad_rating_scale_stops_the_start(tmp_path, monkeypatch, scale):
    monkeypatch.setenv("FACTCHECK_RATING_SCALE", scale)
    with pytest.raises(ValueError, match="RATING_SCALE"):
        create_app({"TESTING": True, "DATABASE": str(tmp_path / "scale.db")})


def test_deleting_the_article_deletes_its_reviews(client, db, ref, key_of):
    headers = key_of("admin")
    client.post(f"/api/v1/claims/{ref}/review", json={"status": "in_review"}, headers=headers)
    assert client.delete(f"/api/v1/articles/{ref.split('-')[0]}", headers=headers).status_code == 204
    assert db["review_events"].count == db["claim_reviews"].count == 0


def test_claims_and_the_report_filter_by_review_and_origin(client, ref, key_of):
    client.post(f"/api/v1/claims/{ref}/review", json={"status": "resolved", "verdict": "false"}, headers=key_of("reviewer"))
    assert [item["ref"] for item in client.get("/api/v1/claims?status=resolved&verdict=false").get_json()["items"]] == [ref]
    assert client.get("/api/v1/claims?status=open").get_json()["items"] == []
    assert len(client.get("/api/v1/reports/disputed?origin=article").get_json()["groups"]) == 1
    assert client.get("/api/v1/reports/disputed?origin=registry").get_json()["groups"] == []
    assert client.get("/api/v1/reports/disputed?status=done").status_code == 422
    [group] = client.get("/api/v1/reports/disputed?verdict=false").get_json()["groups"]
    assert (group["claims"][0]["status"], group["claims"][0]["verdict"]) == ("resolved", "false")
