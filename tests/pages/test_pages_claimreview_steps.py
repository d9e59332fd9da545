"""Steps for features/reviewer/publish_claimreviews.feature: resolving a claim on the pages publishes its ClaimReview."""
from pytest_bdd import given, parsers, scenarios, then, when

from claims_table import table_row

scenarios("reviewer/publish_claimreviews.feature")


def review_page(browser, checked, content: str) -> str:
    [article] = checked.values()
    return table_row(browser.page(article), content).select_one("a.review-link")["href"]


def change(browser, checked, content, **fields) -> str:
    path = review_page(browser, checked, content)
    assert browser.submit(f"{path}/review", fields, form_page=path).status_code == 302
    return path


def feed(browser) -> list[dict]:
    return browser.get("/api/v1/claimreviews").get_json()["@graph"]


@given("the ClaimReview feed is empty")
@then("the ClaimReview feed is empty")
def empty(browser):
    assert feed(browser) == []


@given(parsers.parse('I have resolved "{content}" as "{verdict}"'), target_fixture="claim_path")
@when(parsers.parse('I resolve "{content}" as "{verdict}"'), target_fixture="claim_path")
def resolve(browser, checked, content, verdict):
    return change(browser, checked, content, status="resolved", verdict=verdict)


@when(parsers.parse('I take "{content}" into review again'))
def reopen(browser, checked, content):
    change(browser, checked, content, status="in_review")


@then(parsers.parse('the ClaimReview feed has one review, of "{content}"'), target_fixture="item")
def one_review(browser, content):
    [item] = feed(browser)
    assert item["claimReviewed"] == content
    return item


@then(parsers.parse('the review is published by our organisation with the verdict "{verdict}" rated {value:d} '
                    'from {worst:d} to {best:d}'))
def rated(app, item, verdict, value, worst, best):
    assert item["author"] == {"@type": "Organization", "name": app.config["ORGANISATION_NAME"]}
    assert item["reviewRating"] == {"@type": "Rating", "alternateName": verdict, "ratingValue": value,
                                    "worstRating": worst, "bestRating": best}


@then("the review's address is the claim's review page")
def address(app, browser, item, claim_path):
    assert item["url"] == f"{app.config['PUBLIC_URL']}{claim_path}"
    assert browser.page(claim_path).select_one("#review-state .verdict").text == item["reviewRating"]["alternateName"]


@then(parsers.parse('the review says "{speaker}" made the claim in "{title}"'))
def made_by(item, speaker, title):
    claim = item["itemReviewed"]
    assert claim["author"]["name"] == speaker
    assert claim["appearance"][0]["headline"] == claim["firstAppearance"]["headline"] == title
