"""Exports for CMSs: ClaimReview JSON-LD, PROV-JSON, and the disputed-claims report as JSON and CSV."""
import csv
import io
import json

import pytest
from prov.model import ProvDocument

from factcheck import storage
from stored_claims import claim_json


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
    assert client.get("/api/v1/reports/disputed").get_json() == {"next": None, "groups": [{
        "speaker": "Ann Lee", "source_id": None, "claim_count": 1,
        "claims": [{"article_id": article_id, "article_title": "Bridge row", "article_url": None, "claim_id": "c1",
                    "content": "the bridge is safe", "stance": None, "cue": "said", "date": "2025-04-14T09:00:00Z",
                    "status": "open", "verdict": None, "kind": "dispute", "provenance": None,
                    "disputes": [{"origin": "article", "by": "City Hall", "cue": "disputes", "evidence": "the bridge is safe",
                                  "denial_claim_id": None, "rule": "", "url": None, "rating": None}]}],
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


def test_report_sorts_as_asked_in_json_and_csv(client, article_id, store_article):
    store_article("Later row", [("Cy Dunn", "the tolls will fall", "Drivers")], published_at="2025-05-01T09:00:00Z")
    speakers = [group["speaker"] for group in client.get("/api/v1/reports/disputed?sort=oldest").get_json()["groups"]]
    assert speakers == ["Ann Lee", "Cy Dunn"]
    rows = csv.DictReader(io.StringIO(client.get("/api/v1/reports/disputed?sort=newest&format=csv").get_data(as_text=True)))
    assert [row["speaker"] for row in rows] == ["Cy Dunn", "Ann Lee"]
    assert client.get("/api/v1/reports/disputed?sort=loudest").status_code == 422


def test_report_filters_by_speaker_and_dates(client, article_id):
    assert client.get("/api/v1/reports/disputed?speaker=chan").get_json() == {"groups": [], "next": None}
    assert client.get("/api/v1/reports/disputed?since=2025-04-15").get_json() == {"groups": [], "next": None}
    assert len(client.get("/api/v1/reports/disputed?until=2025-04-14").get_json()["groups"]) == 1


# A denial disputed in turn: the inspector's claim, the council's denial of it, an engineer's rejection of the denial.
DENIALS = ("Inspector Ada Lund said the north bridge is unsafe. Velmont council denied that the span was unsafe. "
           "Engineer Bo Ekberg rejected the council's denial.")


@pytest.fixture
def denial_article(db):
    claims = [
        claim_json(DENIALS, "c1", "Ada Lund", "the north bridge is unsafe",
                   ("Velmont council", "the span was unsafe", "denied", "c2")),
        claim_json(DENIALS, "c2", "Velmont council", "the span was unsafe", ("Bo Ekberg", "the council's denial", "rejected", None),
                   cue="denied", stance="denial"),
    ]
    claims[0]["disputes"][0]["rule"] = "denial-points-back"
    return storage.save_article(db, {"title": "Bridge", "body": DENIALS, "published_at": "2025-06-02"}, claims)["id"]


def test_claimreview_reviews_a_disputed_denial_as_the_denial(client, denial_article):
    graph = client.get(f"/api/v1/articles/{denial_article}?format=claimreview").get_json()["@graph"]
    assert [(review["claimReviewed"], review["itemReviewed"]["author"]["name"], review["author"]["name"],
             review["reviewRating"]["alternateName"]) for review in graph] == [
        ("the north bridge is unsafe", "Ada Lund", "Velmont council", "Disputed (denied)"),
        ("Velmont council denied: the span was unsafe", "Velmont council", "Bo Ekberg", "Disputed (rejected)"),
    ]


def test_prov_labels_a_denial_and_links_it_to_the_claim_it_disputes(client, denial_article):
    document = client.get(f"/api/v1/articles/{denial_article}?format=prov").get_json()
    claims = f"fc:articles/{denial_article}/claims"
    assert document["entity"][f"{claims}/c2"]["prov:label"] == "Velmont council denied: the span was unsafe"
    assert document["entity"][f"{claims}/c1"]["prov:label"] == "the north bridge is unsafe"
    assert [(relation["prov:influencee"], relation["prov:influencer"], relation["prov:type"])
            for relation in document["wasInfluencedBy"].values()] == [
        (f"{claims}/c2", f"{claims}/c1", {"$": "schema:DisagreeAction", "type": "xsd:QName"}),
    ]


def test_the_report_gives_a_denial_s_stance_and_cue_and_links_each_dispute_to_its_denial(client, denial_article):
    claims = client.get("/api/v1/reports/disputed").get_json()["groups"]
    by_id = {claim["claim_id"]: claim for group in claims for claim in group["claims"]}
    assert (by_id["c2"]["stance"], by_id["c2"]["cue"]) == ("denial", "denied")
    assert [(d["by"], d["cue"], d["evidence"], d["denial_claim_id"]) for d in by_id["c1"]["disputes"]] == [
        ("Velmont council", "denied", "the span was unsafe", "c2"),
    ]


def test_the_report_csv_has_a_row_per_dispute_with_both_cues(client, denial_article):
    rows = list(csv.DictReader(io.StringIO(client.get("/api/v1/reports/disputed?format=csv").get_data(as_text=True))))
    assert [(r["claim_id"], r["claim"], r["stance"], r["claim_cue"], r["disputed_by"], r["cue"], r["evidence"],
             r["denial_claim_id"], r["dispute_rule"]) for r in rows] == [
        ("c1", "the north bridge is unsafe", "", "said", "Velmont council", "denied", "the span was unsafe", "c2",
         "denial-points-back"),
        ("c2", "the span was unsafe", "denial", "denied", "Bo Ekberg", "rejected", "the council's denial", "", ""),
    ]


def test_claimreview_credits_the_publication_s_own_voice_to_it_as_an_organisation(client, db):
    body = "Ada Lund claimed, without evidence, that the north bridge is unsafe."
    claim = claim_json(body, "c1", "Ada Lund", "the north bridge is unsafe", ("Northern Wire", "without evidence", "without evidence", None))
    claim["disputes"][0]["mention"] = "the publication"
    article_id = storage.save_article(db, {"title": "Bridge", "body": body, "publisher": "Northern Wire"}, [claim])["id"]
    graph = client.get(f"/api/v1/articles/{article_id}?format=claimreview").get_json()["@graph"]
    assert [review["author"] for review in graph] == [{"@type": "Organization", "name": "Northern Wire"}]


# A denial in the speaker's own words, introduced by a colon: no verb to show.
COLON_DENIAL = 'Port director Ilse Brandt said the dredging had doubled the traffic.\n\nFisherman Jon Dahl: "That is nonsense."'


def test_claimreview_names_a_denial_without_a_verb_as_denying(client, db):
    claims = [
        claim_json(COLON_DENIAL, "c1", "Ilse Brandt", "the dredging had doubled the traffic", ("Jon Dahl", "That is nonsense.", ":", "c2")),
        claim_json(COLON_DENIAL, "c2", "Jon Dahl", "That is nonsense.", cue=":", stance="denial"),
    ]
    article = storage.save_article(db, {"title": "Dredging", "body": COLON_DENIAL, "published_at": "2025-06-02"}, claims)["id"]
    graph = client.get(f"/api/v1/articles/{article}?format=claimreview").get_json()["@graph"]
    assert [(review["claimReviewed"], review["author"]["name"], review["reviewRating"]["alternateName"]) for review in graph] == [
        ("the dredging had doubled the traffic", "Jon Dahl", "Disputed (denies)"),
    ]
