"""Exports for CMSs: ClaimReview JSON-LD, PROV-JSON, and the disputed-claims report as JSON and CSV."""
import csv
import io
import json

import pytest
from prov.model import ProvDocument


@pytest.fixture
def article_id(store_article):
    return store_article("Bridge row", [("Ann Lee", "the bridge is safe", "City Hall"), ("Bo Chan", "it needs work", None)],
                         published_at="2025-04-14T09:00:00Z")


# URLs in exports come from PUBLIC_URL (here the default), never from the Host header a client sends.
PUBLIC = "http://127.0.0.1:5000"
FORGED_HOST = {"Host": "attacker.example"}


def test_claimreview_reviews_each_disputed_claim(client, article_id):
    response = client.get(f"/api/v1/articles/{article_id}?format=claimreview", headers=FORGED_HOST)
    assert response.mimetype == "application/ld+json"
    assert response.get_json() == {"@context": "https://schema.org", "@graph": [{
        "@type": "ClaimReview",
        "url": f"{PUBLIC}/api/v1/articles/{article_id}#c1",
        "claimReviewed": "the bridge is safe",
        "datePublished": "2025-04-14T09:00:00Z",
        "author": {"@type": "Person", "name": "City Hall"},
        "reviewRating": {"@type": "Rating", "alternateName": "Disputed (disputes)"},
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Person", "name": "Ann Lee"},
            "appearance": {"@type": "NewsArticle", "url": f"{PUBLIC}/api/v1/articles/{article_id}#c1",
                           "headline": "Bridge row", "datePublished": "2025-04-14T09:00:00Z"},
        },
    }]}


def test_prov_json_attributes_each_quote_to_its_speaker(client, article_id):
    response = client.get(f"/api/v1/articles/{article_id}?format=prov", headers=FORGED_HOST)
    document = ProvDocument.deserialize(content=response.get_data(as_text=True), format="json")
    attributions = {(r.formal_attributes[0][1].uri, r.formal_attributes[1][1].uri)
                    for r in document.get_records() if r.get_type().localpart == "Attribution"}
    claims = f"{PUBLIC}/api/v1/articles/{article_id}/claims"
    assert attributions == {(f"{claims}/c1", f"{PUBLIC}/api/v1/speakers/Ann%20Lee"),
                            (f"{claims}/c2", f"{PUBLIC}/api/v1/speakers/Bo%20Chan")}
    assert json.loads(response.get_data())["entity"][f"fc:articles/{article_id}/claims/c1"]["prov:value"] == "the bridge is safe"


def test_disputed_report_json(client, article_id):
    assert client.get("/api/v1/reports/disputed").get_json() == {"groups": [{
        "speaker": "Ann Lee", "source_id": None,
        "claims": [{"article_id": article_id, "article_title": "Bridge row", "claim_id": "c1", "content": "the bridge is safe",
                    "date": "2025-04-14T09:00:00Z",
                    "disputes": [{"origin": "article", "by": "City Hall", "cue": "disputes", "evidence": "the bridge is safe",
                                  "url": None, "rating": None}]}],
    }]}


def test_disputed_report_csv_is_a_spreadsheet_download(client, article_id, store_article):
    store_article("Hostile", [("=HYPERLINK(\"x\")", "=1+1", "Bo Chan")], published_at="2025-04-15T09:00:00Z")
    response = client.get("/api/v1/reports/disputed?format=csv&until=2025-04-15")
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert [(r["speaker"], r["claim"], r["disputed_by"]) for r in rows] == [
        ("'=HYPERLINK(\"x\")", "'=1+1", "Bo Chan"), ("Ann Lee", "the bridge is safe", "City Hall"),
    ]


def test_report_filters_by_speaker_and_dates(client, article_id):
    assert client.get("/api/v1/reports/disputed?speaker=chan").get_json() == {"groups": []}
    assert client.get("/api/v1/reports/disputed?since=2025-04-15").get_json() == {"groups": []}
    assert len(client.get("/api/v1/reports/disputed?until=2025-04-14").get_json()["groups"]) == 1
