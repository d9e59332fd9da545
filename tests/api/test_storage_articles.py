"""Saving, fetching, listing and deleting articles, and idempotent saves."""
import sqlite3

import pytest

from factcheck import storage
from factcheck.storage import IdempotencyConflict, IdempotencyKey, NotFound


def test_saved_article_comes_back_with_its_claims_in_text_order(db, store_article):
    article_id = store_article("Budget", [("Ann Lee", "taxes will fall", None), ("Bo Chan", "they will not", "Ann Lee")])
    article = storage.get_article(db, article_id)
    assert {k: article[k] for k in ("id", "title", "url", "published_at", "byline", "publisher")} == {
        "id": article_id, "title": "Budget", "url": None, "published_at": None, "byline": None, "publisher": None,
    }
    assert [(c["id"], c["speaker"]["name"], c["disputed"]) for c in article["claims"]] == [
        ("c1", "Ann Lee", False), ("c2", "Bo Chan", True),
    ]
    assert article["body"][slice(*article["claims"][1]["span"])] == "they will not"


def test_unknown_article_is_not_found(db):
    with pytest.raises(NotFound):
        storage.get_article(db, 42)
    with pytest.raises(NotFound):
        storage.delete_article(db, 42)


def test_list_is_newest_first_with_counts_and_pages(db, store_article):
    for title in ("one", "two", "three"):
        store_article(title, [("Ann Lee", f"{title} is true", "Bo Chan"), ("Bo Chan", f"{title} is false", None)])
    page = storage.list_articles(db, page=1, page_size=2)
    assert (page.total, page.pages, [a["title"] for a in page.items]) == (3, 2, ["three", "two"])
    assert (page.items[0]["claim_count"], page.items[0]["disputed_count"]) == (2, 1)
    assert [a["title"] for a in storage.list_articles(db, page=2, page_size=2).items] == ["one"]


@pytest.mark.parametrize("q, titles", [
    ("harbour", ["Harbour plans"]),
    ("HARBOUR", ["Harbour plans"]),
    ("ferries", ["Ferry times"]),
    ('"unbalanced', []),
    ("AND OR NOT * ( ) :", []),
    ("   ", ["Ferry times", "Harbour plans"]),
])
def test_list_searches_titles_and_text_without_fts_syntax(db, store_article, q, titles):
    store_article("Harbour plans", [("Ann Lee", "the harbour will grow", None)])
    store_article("Ferry times", [("Bo Chan", "ferries will run late", None)])
    assert [a["title"] for a in storage.list_articles(db, q=q).items] == titles


def test_delete_removes_the_article_its_claims_disputes_and_search_entries(db, store_article):
    kept = store_article("kept", [("Ann Lee", "rates will rise", "Bo Chan")])
    gone = store_article("gone", [("Ann Lee", "rates will fall", "Bo Chan")])
    storage.delete_article(db, gone)
    assert [a["id"] for a in storage.list_articles(db).items] == [kept]
    assert [c["article_id"] for c in storage.query_claims(db, storage.ClaimFilter(q="rates")).items] == [kept]
    assert db["disputes"].count == 1


def test_same_idempotency_key_and_request_returns_the_first_article(db):
    key = IdempotencyKey("1", "story-7", "hash-a")
    first = storage.save_article(db, {"body": "One."}, [], key)
    again = storage.save_article(db, {"body": "One."}, [], key)
    assert again == first
    assert storage.replay(db, key) == first
    assert storage.list_articles(db).total == 1


def test_same_idempotency_key_with_another_request_conflicts_and_stores_nothing(db):
    storage.save_article(db, {"body": "One."}, [], IdempotencyKey("1", "story-7", "hash-a"))
    with pytest.raises(IdempotencyConflict):
        storage.save_article(db, {"body": "Two."}, [], IdempotencyKey("1", "story-7", "hash-b"))
    assert storage.list_articles(db).total == 1


def test_idempotency_keys_are_per_api_key(db):
    storage.save_article(db, {"body": "One."}, [], IdempotencyKey("1", "story-7", "hash-a"))
    storage.save_article(db, {"body": "Two."}, [], IdempotencyKey("2", "story-7", "hash-b"))
    assert storage.list_articles(db).total == 2


def test_a_failed_save_leaves_nothing_behind(db, store_article):
    store_article("kept", [("Ann Lee", "it works", None)])
    duplicate_ids = [{"id": "c1", "content": "a", "span": [0, 1]}, {"id": "c1", "content": "b", "span": [0, 1]}]
    with pytest.raises(sqlite3.IntegrityError):
        storage.save_article(db, {"body": "ab"}, duplicate_ids)
    assert (storage.list_articles(db).total, db["claims"].count) == (1, 1)
