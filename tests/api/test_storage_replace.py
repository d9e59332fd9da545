"""Replacing a stored article: one transaction, the same id, claims that survive keep their ids and reviews."""
import pytest

from factcheck import review, storage
from factcheck.storage import ExternalIdTaken, NotFound, StaleArticle
from stored_claims import claim_json

BODY = "Ann Lee said the bridge is safe. Bo Chan said it needs repairs."
EDITED = "Cy Dunn said tolls rise. Ann Lee said the bridge is safe. Bo Chan said it needs urgent repairs soon."


def claims_of(body: str, *said: tuple[str, str]) -> list[dict]:
    return [claim_json(body, f"c{n}", speaker, content) for n, (speaker, content) in enumerate(said, start=1)]


@pytest.fixture
def stored(db) -> dict:
    claims = claims_of(BODY, ("Ann Lee", "the bridge is safe"), ("Bo Chan", "it needs repairs"))
    article = storage.save_article(db, {"body": BODY, "title": "Bridge"}, claims)
    for ref in (f"{article['id']}-c1", f"{article['id']}-c2"):
        review.record_review(db, ref, "rosa", review.ReviewChange("in_review"))
    return article


def edited_claims() -> list[dict]:
    return claims_of(EDITED, ("Cy Dunn", "tolls rise"), ("Ann Lee", "the bridge is safe"),
                     ("Bo Chan", "it needs urgent repairs soon"))


def test_a_replacement_keeps_the_id_and_the_reviews_of_the_claims_that_survive(db, stored):
    article = storage.replace_article(db, {"body": EDITED}, edited_claims(), article_id=stored["id"])
    assert (article["id"], article["revision"], article["created_at"]) == (stored["id"], 2, stored["created_at"])
    assert [(claim["id"], claim["content"]) for claim in article["claims"]] == [
        ("c3", "tolls rise"), ("c1", "the bridge is safe"), ("c4", "it needs urgent repairs soon")]
    assert storage.get_article(db, stored["id"]) == article | {"title": None}
    assert review.get_claim(db, f"{stored['id']}-c1")["review"]["status"] == "in_review"
    with pytest.raises(NotFound):
        review.get_claim(db, f"{stored['id']}-c2")  # gone with its claim, and its review with it
    assert db.execute("select count(*) from review_events").fetchone()[0] == 1
    assert storage.query_claims(db, storage.ClaimFilter(q="urgent")).total == 1  # the search index follows
    assert storage.query_claims(db, storage.ClaimFilter(q="needs repairs")).total == 1


def test_a_replacement_that_changes_nothing_writes_nothing(db, stored):
    same = claims_of(BODY, ("Ann Lee", "the bridge is safe"), ("Bo Chan", "it needs repairs"))
    article = storage.replace_article(db, {"body": BODY, "title": "Bridge"}, same, article_id=stored["id"])
    assert (article["revision"], article["updated_at"]) == (1, stored["updated_at"])


def test_a_replacement_expecting_another_revision_changes_nothing(db, stored):
    with pytest.raises(StaleArticle):
        storage.replace_article(db, {"body": EDITED}, edited_claims(), article_id=stored["id"], if_revision=2)
    assert storage.get_article(db, stored["id"]) == stored


def test_an_external_id_names_one_article(db, stored):
    article, created = storage.put_article(db, {"body": EDITED}, edited_claims(), external_id="cms-9")
    assert created and article["external_id"] == "cms-9"
    again, created = storage.put_article(db, {"body": EDITED, "title": "Tolls"}, edited_claims(), external_id="cms-9")
    assert (created, again["id"], again["revision"]) == (False, article["id"], 2)
    with pytest.raises(ExternalIdTaken):
        storage.replace_article(db, {"body": BODY}, [], article_id=stored["id"], external_id="cms-9")
    with pytest.raises(StaleArticle):
        storage.put_article(db, {"body": BODY}, [], external_id="cms-10", if_revision=1)
    assert storage.article_id_of(db, "cms-10") is None


def test_reimporting_a_batch_keeps_reviews(db):
    claims = claims_of(BODY, ("Ann Lee", "the bridge is safe"))
    assert storage.import_articles(db, [("feed-1", {"body": BODY}, claims)]) == (1, 0)
    review.record_review(db, "1-c1", "rosa", review.ReviewChange("in_review"))
    assert storage.import_articles(db, [("feed-1", {"body": BODY}, claims)]) == (0, 1)
    assert review.get_claim(db, "1-c1")["review"]["status"] == "in_review"
    assert storage.get_article(db, 1)["revision"] == 1


@pytest.mark.parametrize(("published_at", "stored_as"), [
    ("2025-04-17", "2025-04-17T00:00:00Z"), ("2025-04-17T09:30:00+02:00", "2025-04-17T07:30:00Z"), (None, None)])
def test_dates_are_stored_in_utc(db, published_at, stored_as):
    article = storage.save_article(db, {"body": BODY, "published_at": published_at}, [])
    assert storage.get_article(db, article["id"])["published_at"] == stored_as


def test_a_story_sent_before_without_an_external_id_is_found_by_its_url(db):
    url = "https://news.example/bridge"
    storage.import_articles(db, [("feed-7", {"body": BODY, "url": url}, [])])  # another system's id: not taken over
    sent = storage.save_article(db, {"body": BODY, "url": url}, claims_of(BODY, ("Ann Lee", "the bridge is safe")))
    article, created = storage.put_article(db, {"body": EDITED, "url": url}, edited_claims(), external_id="cms-1")
    assert (created, article["id"], article["external_id"]) == (False, sent["id"], "cms-1")
    assert storage.article_id_of(db, "feed-7") != sent["id"]
