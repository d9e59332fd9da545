"""A journalist's browser against the real server: submit a news story, read its claims; hostile markup stays text.

Drives Debian's chromium (/usr/bin/chromium, installed by `make test`) through Playwright; never a downloaded browser.
"""
from claims import analyse
from in_browser import submit


def test_a_news_story_shows_its_claims_and_the_disputed_ones(page, server_url, news_story, tmp_path):
    analysis = analyse(news_story)
    submit(page, server_url, news_story, "Velmont ferry")
    page.screenshot(path=tmp_path / "news-story.png", full_page=True)

    rows = page.locator("#claims tbody tr")
    assert rows.count() == len(analysis.claims)
    assert rows.locator("a.claim-link").all_inner_texts() == [claim.content for claim in analysis.claims]
    disputed = [claim.content for claim in analysis.claims if claim.disputed]
    assert page.locator("#claims tbody tr.disputed a.claim-link").all_inner_texts() == disputed
    assert page.locator("#disputed-count").inner_text() == str(len(disputed))
    for claim in analysis.claims:
        assert page.locator(f"#claim-{claim.id}").is_visible()
    assert page.locator("#article-text mark.claim.disputed[id]").count() == len(disputed)


def test_the_news_story_has_two_disputed_claims(page, server_url, news_story):
    submit(page, server_url, news_story, "Velmont ferry")
    assert page.locator("#claims tbody tr.disputed").count() == 2


def test_a_claim_in_the_table_and_its_words_in_the_text_lead_to_each_other(page, server_url):
    submit(page, server_url, '"Prices will fall next year," said Amara Lindqvist, the finance minister.', "Jump")
    link = page.locator("#claims a.claim-link").first
    link.click()
    target = link.get_attribute("href")
    assert page.evaluate("location.hash") == target
    assert page.locator(f"{target}:target").is_visible()
    page.locator(target).click()
    assert page.evaluate("location.hash") == "#row-" + target.removeprefix("#claim-")
    assert page.locator("#claims tr:target").is_visible()


def test_an_article_with_a_script_shows_it_as_text_and_does_not_run_it(page, server_url, tmp_path):
    hostile = 'Jane Roe said the page was <script>document.title = "pwned"; window.pwned = 1</script> safe.'
    submit(page, server_url, hostile, "<img src=x onerror=window.pwned=2>")
    page.screenshot(path=tmp_path / "hostile-article.png", full_page=True)
    assert "<script>document.title" in page.locator("#article-text").inner_text()
    assert page.locator("h1").inner_text() == "<img src=x onerror=window.pwned=2>"
    assert page.evaluate("window.pwned") is None
    assert page.title() != "pwned"


def test_a_missing_page_is_a_page_and_a_missing_api_resource_is_a_problem(page, server_url):
    response = page.goto(server_url + "/no-such-page")
    assert response.status == 404 and response.headers["content-type"].startswith("text/html")
    assert page.locator("h1").inner_text() == "Not Found"
    response = page.goto(server_url + "/api/v1/nope")
    assert (response.status, response.headers["content-type"]) == (404, "application/problem+json")
    assert response.json()["status"] == 404


def test_pages_and_api_docs_work_under_the_strict_content_security_policy(page, server_url):
    refused = []
    page.on("console", lambda message: refused.append(message.text) if "Content Security Policy" in message.text else None)
    response = page.goto(server_url + "/")
    policy = set(response.headers["content-security-policy"].split("; "))
    assert {"default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"} <= policy
    assert not any(directive.startswith(("script-src", "style-src")) for directive in policy)  # so: 'self' only
    assert (response.headers["x-frame-options"], response.headers["x-content-type-options"]) == ("DENY", "nosniff")
    assert page.evaluate("getComputedStyle(document.querySelector('.site-header')).display") != "inline"  # style.css applies

    submit(page, server_url, '"The bridge reopens in May," said Ilse Brandt, the city engineer.', "Under CSP")
    page.locator("#article-text mark.claim").first.click()  # static/article.js runs: the row is targeted
    assert page.evaluate("location.hash").startswith("#row-")

    page.goto(server_url + "/api/v1/docs")
    page.wait_for_selector(".swagger-ui .info .title")  # static/api-docs.js started Swagger UI
    assert page.locator(".opblock").count() >= 6
    assert refused == []
