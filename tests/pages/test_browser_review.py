"""A reviewer's browser against the real server: from the queue to a verdict, and every page fits a 390 px phone
and a 1280 px desktop without scrolling sideways. Debian's chromium through Playwright (conftest.py)."""
import pytest

from in_browser import log_in, submit

ARTICLE = """Port director Ilse Brandt said the dredging had doubled the harbour's traffic.

The fishermen's cooperative denied that the dredging had brought any new traffic.
"""
CLAIM = "the dredging had doubled the harbour's traffic"
WIDTHS = [390, 1280]


def fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_a_reviewer_goes_from_the_queue_to_a_verdict(page, server_url):
    log_in(page, server_url, "reviewer")
    submit(page, server_url, ARTICLE, "Harbour dredging, reviewed")
    page.goto(server_url + "/review")
    page.locator("#queue tbody tr", has_text=CLAIM).first.locator("a.review-link").click()
    assert page.locator("#review-state .status-open").is_visible()

    page.select_option("select[name=status]", "in_review")
    with page.expect_navigation():
        page.click("#review-form button[type=submit]")
    assert page.locator("#review-state .status-in_review").inner_text() == "in review"

    page.select_option("select[name=status]", "resolved")
    page.select_option("select[name=verdict]", "misleading")
    page.fill("textarea[name=note]", "Port figures show a 12% rise, not a doubling.")
    with page.expect_navigation():
        page.click("#review-form button[type=submit]")
    assert page.locator("#review-state .verdict").inner_text() == "misleading"
    assert page.locator("#history tbody tr").count() == 2
    assert page.locator(".review-note").inner_text() == "Port figures show a 12% rise, not a doubling."


@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_scrolls_sideways(chromium, server_url, width):
    context = chromium.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    log_in(page, server_url, "admin")
    submit(page, server_url, ARTICLE, "Harbour dredging, on a phone")
    article = page.url.removeprefix(server_url)
    claim = page.locator("#claims a.review-link").first.get_attribute("href")
    paths = ["/", "/articles", "/claims", article, f"{article}/delete", "/reports/disputed", "/review", claim, "/registry",
             "/registry/new", "/login"]
    overflowing = []
    for path in paths:
        page.goto(server_url + path)
        if not fits(page):
            overflowing.append(path)
    context.close()
    assert overflowing == []


def test_a_claim_in_the_text_is_reached_and_followed_with_the_keyboard(page, server_url):
    submit(page, server_url, ARTICLE, "Harbour dredging, by keyboard")
    mark = page.locator("#article-text mark.claim[tabindex='0']").first
    mark.focus()
    assert page.evaluate("document.activeElement.matches('mark.claim')")
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == f"#row-{mark.get_attribute('data-ref')}"
