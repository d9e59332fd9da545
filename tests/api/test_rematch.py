"""Re-matching stored articles after a registry change: matches refreshed in place, reviews kept."""
import fcntl
import sqlite3

import pytest

import factcheck.db
from factcheck import rematch, review, storage
from sources import registry
from sources.records import SourceRecord
from sources.transactions import LOCK_SUFFIX
from stored_claims import claim_json

QUOTE = '"Harbour fees will rise by 4% in spring," said Ines Moreau.'


def add_ines(db):
    registry.upsert_sources(db, [SourceRecord().load({"id": "ines-moreau", "name": "Ines Moreau", "kind": "person"})])


def test_a_run_matches_stored_claims_in_place_and_keeps_their_reviews(app, client, db, auth):
    article_id = client.post("/api/v1/articles", json={"body": QUOTE}, headers=auth).get_json()["id"]
    review.record_review(db, f"{article_id}-c1", "ines-desk", review.ReviewChange("in_review"))
    add_ines(db)
    rematch.run(app.config["DATABASE"])
    [claim] = storage.get_article(db, article_id)["claims"]
    assert claim["speaker"]["source"]["id"] == "ines-moreau"
    assert storage.query_claims(db, storage.ClaimFilter(source_id="ines-moreau")).total == 1
    assert review.get_claim(db, f"{article_id}-c1")["review"]["status"] == "in_review"
    assert rematch.latest_run(db)["done"] == 1 and rematch.latest_run(db)["skipped"] == 0


def test_an_article_the_extractor_now_reads_differently_is_left_alone(app, db):
    body = "Ines Moreau said fees rise."
    stored = storage.save_article(db, {"body": body}, [claim_json(body, "c7", "Ines Moreau", "fees")])  # other words
    add_ines(db)
    rematch.run(app.config["DATABASE"])
    assert storage.get_article(db, stored["id"])["claims"] == stored["claims"]
    assert rematch.latest_run(db)["skipped"] == 1


def test_a_registry_write_through_the_api_is_followed_by_a_run(client, auth):
    client.post("/api/v1/articles", json={"body": QUOTE}, headers=auth)
    response = client.post("/api/v1/sources", json={"id": "ines-moreau", "name": "Ines Moreau", "kind": "person"},
                           headers=auth)
    assert response.status_code == 201
    response.close()  # as the WSGI server does once the response is sent: the run follows
    assert client.get("/api/v1/claims?source_id=ines-moreau&page=1").get_json()["total"] == 1


def test_a_run_starts_only_in_its_turn_with_the_other_writers(app, db, monkeypatch):
    monkeypatch.setattr(factcheck.db, "BUSY_TIMEOUT_SECONDS", 0.05)
    with open(app.config["DATABASE"] + LOCK_SUFFIX, "a") as holder:
        fcntl.flock(holder, fcntl.LOCK_EX)  # another writer's turn, which lasts
        with pytest.raises(sqlite3.OperationalError, match="database is locked"):
            rematch.run(app.config["DATABASE"])
    assert rematch.latest_run(db) is None
