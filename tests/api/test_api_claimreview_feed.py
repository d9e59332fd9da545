"""GET /api/v1/claimreviews: one ClaimReview per resolved claim with a verdict, every required field checked."""
import pytest

from factcheck import accounts, create_app, storage
from factcheck.keys import create_key
from stored_claims import claim_json

BODY = "Mayor Lena Ortiz said the new bus lanes had halved commute times, a figure the drivers' union disputes."
CLAIM = "the new bus lanes had halved commute times"
PUBLIC_URL = "https://check.example.org"


@pytest.fixture
def app(tmp_path):
    return create_app({"TESTING": True, "DATABASE": str(tmp_path / "feed.db"),
                       "ORGANISATION_NAME": "Harbourside Fact Desk", "ORGANISATION_URL": "https://facts.example.org/",
                       "PUBLIC_URL": PUBLIC_URL})


@pytest.fixture
def reviewer(db) -> dict:
    user = accounts.create_user(db, "ines", "reviewer", "long enough pass")
    return {"X-API-Key": create_key(db, "Ines's key", user.id)[1]}


@pytest.fixture
def ref(db) -> str:
    claim = claim_json(BODY, "c1", "Lena Ortiz", CLAIM, ("the drivers' union", "a figure the drivers' union disputes"))
    article = {"title": "Bus lanes a year on", "body": BODY, "url": "https://news.example.com/bus-lanes",
               "published_at": "2025-03-02T08:00:00Z"}
    return f"{storage.save_article(db, article, [claim])['id']}-c1"


def feed(client) -> list[dict]:
    response = client.get("/api/v1/claimreviews")
    assert (response.status_code, response.mimetype) == (200, "application/ld+json")
    document = response.get_json()
    assert document["@context"] == "https://schema.org"
    return document["@graph"]


def review(client, ref, headers, **change):
    response = client.post(f"/api/v1/claims/{ref}/review", json=change, headers=headers)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def test_a_claim_appears_in_the_feed_only_once_resolved(client, ref, reviewer):
    assert feed(client) == []
    review(client, ref, reviewer, status="in_review")
    assert feed(client) == []
    review(client, ref, reviewer, status="resolved", verdict="misleading", note="Commutes fell by a tenth.")
    assert len(feed(client)) == 1
    review(client, ref, reviewer, status="in_review")
    assert feed(client) == []


def test_every_required_field_of_the_claimreview(client, ref, reviewer):
    resolved = review(client, ref, reviewer, status="resolved", verdict="misleading")
    [item] = feed(client)
    assert item["@type"] == "ClaimReview"
    assert item["url"] == f"{PUBLIC_URL}/claims/{ref}"
    assert client.get(item["url"].removeprefix(PUBLIC_URL)).status_code == 200
    assert item["claimReviewed"] == CLAIM
    assert item["datePublished"] == resolved["review"]["updated_at"]
    assert item["author"] == {"@type": "Organization", "name": "Harbourside Fact Desk", "url": "https://facts.example.org/"}
    assert item["reviewRating"] == {"@type": "Rating", "alternateName": "misleading",
                                    "ratingValue": 4, "bestRating": 6, "worstRating": 1}
    claim = item["itemReviewed"]
    assert claim["@type"] == "Claim"
    assert claim["author"] == {"@type": "Person", "name": "Lena Ortiz"}
    assert claim["datePublished"] == "2025-03-02T08:00:00Z"
    work = {"@type": "NewsArticle", "url": "https://news.example.com/bus-lanes", "headline": "Bus lanes a year on",
            "datePublished": "2025-03-02T08:00:00Z"}
    assert claim["appearance"] == [work] and claim["firstAppearance"] == work


@pytest.mark.parametrize("verdict, value", [("true", 6), ("mostly true", 5), ("false", 2), ("altered quote", 1)])
def test_the_rating_value_follows_the_scale_best_first(client, ref, reviewer, verdict, value):
    review(client, ref, reviewer, status="resolved", verdict=verdict)
    rating = feed(client)[0]["reviewRating"]
    assert (rating["alternateName"], rating["ratingValue"], rating["worstRating"], rating["bestRating"]) == (
        verdict, value, 1, 6)
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]


def test_the_feed_pages_with_a_link_to_the_next(client, db, reviewer):
    claim = claim_json(BODY, "c1", "Lena Ortiz", CLAIM, ("the drivers' union", "a figure the drivers' union disputes"))
    for number in range(3):
        article_id = storage.save_article(db, {"title": f"Story {number}", "body": BODY}, [claim])["id"]
        review(client, f"{article_id}-c1", reviewer, status="resolved", verdict="false")
    first = client.get("/api/v1/claimreviews?page_size=2")
    assert len(first.get_json()["@graph"]) == 2
    next_page = first.headers["Link"].removesuffix('>; rel="next"').removeprefix("<")
    assert next_page.startswith(f"{PUBLIC_URL}/api/v1/claimreviews?page_size=2&cursor=")
    second = client.get(next_page.removeprefix(PUBLIC_URL))
    assert len(second.get_json()["@graph"]) == 1 and "Link" not in second.headers
    numbered = client.get("/api/v1/claimreviews?page=1&page_size=2")
    assert numbered.headers["Link"] == f'<{PUBLIC_URL}/api/v1/claimreviews?page_size=2&page=2>; rel="next"'
    # An article without a URL of its own appears at its page on the service.
    assert second.get_json()["@graph"][0]["itemReviewed"]["appearance"][0]["url"].startswith(f"{PUBLIC_URL}/articles/")
