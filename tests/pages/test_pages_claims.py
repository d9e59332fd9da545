"""The claims browse page: every claim across articles, searched and filtered, each leading to its review."""
from stored_claims import claim_json

BODY = "Marta Quist said ferry fares have fallen for three years. Oskar Lind said every library opens on Sundays."


def stored(store_article) -> int:
    claims = [claim_json(BODY, "c1", "Marta Quist", "ferry fares have fallen for three years",
                         ("the operator", "Oskar Lind")),
              claim_json(BODY, "c2", "Oskar Lind", "every library opens on Sundays")]
    return store_article(BODY, claims, title="Town news", published_at="2025-06-02")


def listed(page) -> list[str]:
    return [link.text for link in page.select("#claims-list td.content a.review-link")]


def test_every_claim_is_listed_and_leads_to_its_review(browser, store_article):
    article_id = stored(store_article)
    page = browser.page("/claims")
    assert listed(page) == ["ferry fares have fallen for three years", "every library opens on Sundays"]
    assert page.select_one("#claims-list a.review-link")["href"] == f"/claims/{article_id}-c1"
    assert browser.page(f"/claims/{article_id}-c1").select_one("#review-state")


def test_claims_are_searched_and_filtered(browser, store_article):
    stored(store_article)
    assert listed(browser.page("/claims?q=library")) == ["every library opens on Sundays"]
    assert listed(browser.page("/claims?speaker=quist")) == ["ferry fares have fallen for three years"]
    assert listed(browser.page("/claims?disputed=true")) == ["ferry fares have fallen for three years"]
    assert listed(browser.page("/claims?status=resolved")) == []
    assert browser.get("/claims?status=gone").status_code == 422
