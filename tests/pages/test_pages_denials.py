"""A denial reads as a denial on the pages: the article's claims table and text, and the disputed-claims report.

The articles are stored with chosen claims (a claim, its denial, and a rejection of that denial), so these tests
check what the pages show, whatever the extractor finds.
"""
import pytest

from factcheck.db import get_db
from sources import registry
from sources.model import Source
from stored_claims import claim_json

BODY = ("Inspector Ada Lund said the north bridge is unsafe. Velmont council denied that the span was unsafe. "
        "Engineer Bo Ekberg rejected the council's denial.")


@pytest.fixture
def article_id(store_article):
    claims = [
        claim_json(BODY, "c1", "Ada Lund", "the north bridge is unsafe", ("Velmont council", "the span was unsafe", "denied", "c2")),
        claim_json(BODY, "c2", "Velmont council", "the span was unsafe", ("Bo Ekberg", "the council's denial", "rejected", None),
                   cue="denied", stance="denial"),
    ]
    claims[0]["disputes"][0]["rule"] = "denial-points-back"
    return store_article(BODY, claims, title="Bridge", published_at="2025-06-02")


def test_the_claims_table_shows_each_cue_and_marks_the_denial(browser, article_id):
    page = browser.page(f"/articles/{article_id}")
    assert [th.text for th in page.select("#claims thead th")][3] == "Cue"
    rows = page.select("#claims tbody tr")
    assert [row.select_one("td.cue").text for row in rows] == ["said", "denied"]
    assert [[badge.text for badge in row.select("td.content .badge")] for row in rows] == [
        ["disputed"], ["denial", "disputed"],
    ]
    assert "denial" in rows[1]["class"] and "denial" not in rows[0]["class"]
    assert (page.select_one("#disputed-count").text, page.select_one("#denial-count").text) == ("2", "1")


def test_a_disputed_claim_and_its_denial_link_to_each_other(browser, article_id):
    page = browser.page(f"/articles/{article_id}")
    disputer = page.select_one("#row-c1 .evidence li")
    assert disputer.select_one("a.denial-link")["href"] == "#row-c2"
    assert (disputer.select_one(".cue").text, disputer.select_one("q").text) == ("denied", "the span was unsafe")
    assert disputer.select_one(".rule code").text == "denial-points-back"
    back = page.select_one("#row-c2 a.target-link")
    assert (back["href"], back.text) == ("#row-c1", "the claim by Ada Lund")
    assert page.select_one("#row-c2 .evidence strong").text == "Bo Ekberg"


def test_the_text_marks_the_denial_with_its_cue(browser, article_id):
    mark = browser.page(f"/articles/{article_id}").select_one("#article-text #claim-c2")
    assert "denial" in mark["class"]
    assert mark["title"] == "Velmont council · denied"
    cue = browser.page(f"/articles/{article_id}").select_one("#article-text mark.dispute-cue[data-ref='c1']")
    assert (cue.text, cue["title"]) == ("the span was unsafe", "Disputed by Velmont council (denied)")


def test_a_dispute_whose_cue_is_punctuation_is_titled_without_it(browser, store_article):
    body = 'Ada Lund said the pier is sinking. The harbour board: "That is nonsense."'
    claim = claim_json(body, "c1", "Ada Lund", "the pier is sinking", ("The harbour board", "That is nonsense.", ":", None))
    article_id = store_article(body, [claim])
    cue = browser.page(f"/articles/{article_id}").select_one("#article-text mark.dispute-cue[data-ref='c1']")
    assert (cue.text, cue["title"]) == ("That is nonsense.", "Disputed by The harbour board")


def report_rows(page) -> list[tuple]:
    """(speaker, denial badge, claim's cue, claim, disputed by, cue, disputing words) for each row of the report."""
    return [
        (group.select_one("h2").contents[0].text.strip(),
         bool(row.select_one("td.content .badge.denial")),
         getattr(row.select_one("td.content .claim-cue"), "text", None),
         row.select_one("td.content a.claim-link").text,
         row.select_one("td.disputer strong").text,
         row.select_one("td.cue").text,
         row.select_one("td.disputing-words").text)
        for group in page.select(".speaker-group")
        for row in group.select("tbody tr")
    ]


def test_the_report_has_a_row_per_dispute_and_shows_a_denial_as_one(browser, article_id):
    page = browser.page("/reports/disputed")
    assert sorted(report_rows(page)) == [
        ("Ada Lund", False, None, "the north bridge is unsafe", "Velmont council", "denied", "the span was unsafe"),
        ("Velmont council", True, "denied", "the span was unsafe", "Bo Ekberg", "rejected", "the council's denial"),
    ]
    link = page.select_one("td.disputer a.denial-link")
    assert link["href"] == f"/articles/{article_id}#row-c2"
    assert [code.text for code in page.select("td.disputer .rule code")] == ["denial-points-back"]


def test_a_claim_disputed_by_several_gets_a_row_for_each(browser, store_article):
    body = "Ada Lund said the pier is sinking. The harbour board denies it. So does the mayor."
    claim = claim_json(body, "c1", "Ada Lund", "the pier is sinking", ("The harbour board", "The harbour board denies it"))
    claim["disputes"].append({**claim["disputes"][0], "by": "the mayor", "span": [body.index("So does"), len(body)]})
    store_article(body, [claim])
    page = browser.page("/reports/disputed")
    assert [row[4] for row in report_rows(page)] == ["The harbour board", "the mayor"]
    assert page.select_one("#report-summary").text == "1 disputed claim by 1 speaker."


def test_a_source_s_claims_mark_their_denials(app, browser, store_article):
    with app.app_context():
        registry.upsert_sources(get_db(), [Source("velmont-council", "Velmont council", "organisation")])
    body = "Velmont council denied that the span was unsafe."
    store_article(body, [claim_json(body, "c1", "Velmont council", "the span was unsafe", source_id="velmont-council",
                                    cue="denied", stance="denial")])
    page = browser.page("/sources/velmont-council")
    assert page.select_one("#claims td.content .badge.denial").text == "denial"
