"""A reviewer's browser against the real server: a denial reads as a denial on the article page and in the report,
and a disputed claim and its denial lead to each other. Debian's chromium through Playwright (conftest.py)."""
from in_browser import submit

ARTICLE = """Port director Ilse Brandt said the dredging had doubled the harbour's traffic.

The fishermen's cooperative denied that the dredging had brought any new traffic.
"""
CLAIM = "the dredging had doubled the harbour's traffic"
DENIAL = "the dredging had brought any new traffic"


def row_of(page, content):
    return page.locator("#claims tbody tr", has=page.locator("a.claim-link", has_text=content))


def test_the_article_page_shows_the_denial_and_links_it_both_ways(page, server_url, tmp_path):
    submit(page, server_url, ARTICLE, "Harbour dredging")
    page.screenshot(path=tmp_path / "denial-article.png", full_page=True)
    denial = row_of(page, DENIAL)
    assert denial.locator(".badge.denial").is_visible()
    assert denial.locator("td.cue").inner_text() == "denied"
    assert not row_of(page, CLAIM).locator(".badge.denial").count()
    denial_id = denial.get_attribute("id")
    assert page.locator(f"#article-text mark.claim.denial[data-ref='{denial_id.removeprefix('row-')}']").first.is_visible()

    row_of(page, CLAIM).locator("a.denial-link").click()
    assert page.evaluate("location.hash") == f"#{denial_id}"
    assert page.locator("#claims tr:target a.claim-link").inner_text() == DENIAL

    denial.locator("a.target-link").click()
    assert page.locator("#claims tr:target a.claim-link").inner_text() == CLAIM


def test_the_report_shows_who_denies_with_the_cue_and_leads_to_the_denial(page, server_url, tmp_path):
    submit(page, server_url, ARTICLE, "Harbour dredging, again")
    page.goto(server_url + "/reports/disputed")
    page.screenshot(path=tmp_path / "denial-report.png", full_page=True)
    row = page.locator(".speaker-group tbody tr", has=page.locator("a.claim-link", has_text=CLAIM)).first
    assert row.locator("td.disputer strong").inner_text() == "The fishermen's cooperative"
    assert row.locator("td.cue").inner_text() == "denied"
    assert DENIAL in row.locator("td.disputing-words").inner_text()

    with page.expect_navigation():
        row.locator("a.denial-link").click()
    assert page.locator("#claims tr:target a.claim-link").inner_text() == DENIAL
    assert page.locator("#claims tr:target .badge.denial").is_visible()
