"""Claims are found by their words however they were stored (submitted, replaced) and no longer once gone."""
from stored_claims import claim_json

from factcheck import storage
from factcheck.db import merge_search_indexes
from factcheck.migrations import SEARCH_INDEXES
from factcheck.storage import ClaimFilter


def found(db, words: str) -> list[str]:
    return sorted(claim["content"] for claim in storage.query_claims(db, ClaimFilter(q=words)).items)


def article(db, *claims: tuple[str, str, str], article_id: int | None = None) -> dict:
    """Store (or replace) an article saying each (claim id, speaker, words)."""
    body = " ".join(f"{speaker} said {words}." for _, speaker, words in claims)
    stored = [claim_json(body, claim_id, speaker, words) for claim_id, speaker, words in claims]
    if article_id:
        return storage.replace_article(db, {"body": body}, stored, article_id=article_id)
    return storage.save_article(db, {"body": body}, stored)


def test_stored_replaced_and_deleted_claims_are_searched_as_they_stand(db):
    first = article(db, ("c1", "Ann Lee", "the ferry runs at dawn"), ("c2", "Bo Chan", "tolls rise in spring"))
    second = article(db, ("c1", "Cy Dunn", "the ferry is late"))
    assert found(db, "ferry") == ["the ferry is late", "the ferry runs at dawn"]
    article(db, ("c1", "Ann Lee", "the ferry runs at noon"), ("c3", "Di Ek", "buses are free"), article_id=first["id"])
    assert (found(db, "dawn"), found(db, "tolls")) == ([], [])
    assert (found(db, "noon"), found(db, "buses")) == (["the ferry runs at noon"], ["buses are free"])
    storage.delete_article(db, second["id"])
    assert found(db, "ferry") == ["the ferry runs at noon"]


def segments(db, index: str) -> int:
    """How many segments (b-trees) the full-text index holds: FTS5 lists each segment's leaves in its _idx table."""
    return db.execute(f"select count(distinct segid) from {index}_idx").fetchone()[0]


def test_stores_leave_merging_the_search_indexes_to_the_worker_and_find_the_same_claims(db):
    for number in range(6):
        article(db, ("c1", "Ann Lee", f"the ferry runs at {number} past dawn"), ("c2", "Bo Chan", "tolls rise"))
    stored = [segments(db, index) for index in SEARCH_INDEXES]
    before = found(db, "ferry dawn"), storage.list_articles(db, q="tolls").items
    merge_search_indexes(db)
    # One segment per store and index, merged four or more at a time only by the worker's merge.
    assert stored == [6, 6] and [segments(db, index) for index in SEARCH_INDEXES] == [1, 1]
    assert (found(db, "ferry dawn"), storage.list_articles(db, q="tolls").items) == before
    assert len(before[0]) == 6 and len(before[1]) == 6
