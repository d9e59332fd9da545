"""Steps for features/reviewer/review_claims.feature: the reviewer queue, a claim's review page, its history."""
from bs4 import BeautifulSoup
from pytest_bdd import parsers, scenarios, then, when

from claims_table import report_row, table_row

scenarios("reviewer/review_claims.feature")


def queue_row(page, content: str):
    """The queue's row for this claim, or None."""
    return next((row for row in page.select("#queue tbody tr") if row.select_one("td.content a").text == content), None)


def review_path(browser, content: str) -> str:
    return queue_row(browser.page("/review?status="), content).select_one("a.review-link")["href"]


@when("I open the review queue", target_fixture="result")
def open_queue(browser):
    return browser.page("/review")


@when(parsers.parse('I open the review page of "{content}"'), target_fixture="result")
def open_review_page(browser, content):
    return browser.page(review_path(browser, content))


@when(parsers.parse('I take "{content}" into review'), target_fixture="claim_path")
def take_into_review(browser, content):
    path = review_path(browser, content)
    assert browser.submit(f"{path}/review", {"status": "in_review"}, form_page=path).status_code == 302
    return path


@when(parsers.parse('I resolve it as "{verdict}" with the note "{note}"'))
def resolve(browser, claim_path, verdict, note):
    response = browser.submit(f"{claim_path}/review", {"status": "resolved", "verdict": verdict, "note": note},
                              form_page=claim_path)
    assert response.status_code == 302


@when(parsers.parse('I resolve "{content}" without a verdict'), target_fixture="result")
def resolve_without_verdict(browser, content):
    path = review_path(browser, content)
    response = browser.submit(f"{path}/review", {"status": "resolved", "verdict": ""}, form_page=path)
    assert response.status_code == 422
    return BeautifulSoup(response.text, "html.parser")


@then(parsers.parse('the queue lists "{content}" as open'))
def listed_open(result, content):
    assert queue_row(result, content).select_one(".badge.status-open").text == "open"


@then(parsers.parse('the claim\'s page shows it resolved as "{verdict}" by "{reviewer}"'))
def shows_resolved(browser, claim_path, verdict, reviewer):
    state = browser.page(claim_path).select_one("#review-state")
    assert state.select_one(".status-resolved").text == "resolved"
    assert state.select_one(".verdict").text == verdict
    assert f"by {reviewer}" in state.text


@then(parsers.parse('its history shows "{first}" then "{second}" by "{reviewer}"'))
def shows_history(browser, claim_path, first, second, reviewer):
    rows = [[cell.text for cell in row.select("td")] for row in browser.page(claim_path).select("#history tbody tr")]
    assert [(row[1], row[2]) for row in rows] == [(reviewer, first), (reviewer, second)]
    assert rows[1][4] == "Port figures show a 12% rise, not a doubling."


@then(parsers.parse('the queue of open claims no longer lists "{content}"'))
def not_open(browser, content):
    assert queue_row(browser.page("/review?status=open"), content) is None


@then(parsers.parse('the queue of resolved claims lists "{content}"'))
def resolved_listed(browser, content):
    assert queue_row(browser.page("/review?status=resolved"), content).select_one(".verdict").text == "misleading"


@then("I am told that resolving needs a verdict")
def needs_verdict(result):
    assert result.select_one("#review-form .field-errors").text.startswith("Resolving needs a verdict: one of true,")


@then("the claim is still open")
def still_open(browser):
    assert queue_row(browser.page("/review?status=open"), "the dredging had doubled the harbour's traffic")


@then("I see no review form")
def no_form(result):
    assert not result.select("#review-form")
    assert result.select_one("#review-state .status-open")


@then("a review I send anyway is refused")
def refused(browser):
    path = review_path(browser, "the dredging had doubled the harbour's traffic")
    response = browser.client.post(f"{path}/review", data={"csrf_token": browser.csrf_token(), "status": "in_review"})
    assert response.status_code == 403
    assert browser.page(path).select_one("#review-state .status-open")


@then(parsers.parse('the claim "{content}" leads to its review page'))
def article_leads_to_review(browser, result, content):
    href = table_row(result, content).select_one("a.review-link")["href"]
    assert browser.page(href).select_one("#review-state")


@then(parsers.parse('the report\'s row for "{content}" leads to its review page'))
def report_leads_to_review(browser, result, content):
    href = report_row(result, content).select_one("a.review-link")["href"]
    assert browser.page(href).select_one("h1").text == "Ilse Brandt: “the dredging had doubled the harbour's traffic”"
