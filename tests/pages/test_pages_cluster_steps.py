"""Steps for features/reviewer/claim_clusters.feature: the same claim across articles is reviewed once."""
from pytest_bdd import parsers, scenarios, then, when

scenarios("reviewer/claim_clusters.feature")


@when(parsers.parse('I open the review page of the claim in "{title}"'), target_fixture="result")
def open_claim(browser, refs, title):
    return browser.page(f"/claims/{refs[title]}")


@then(parsers.parse("it says the claim was seen in {count:d} articles"))
def seen_in(result, count):
    assert result.select_one("#appearances h2").text == f"Seen in {count} articles"


@then(parsers.parse('it lists "{title}" as another appearance'))
def lists(result, title):
    assert [a.text for a in result.select("#appearances li a")] == [title]


@then(parsers.parse('the claim in "{title}" is resolved as "{verdict}"'))
def resolved(browser, refs, title, verdict):
    state = browser.page(f"/claims/{refs[title]}").select_one("#review-state")
    assert (state.select_one(".status-resolved").text, state.select_one(".verdict").text) == ("resolved", verdict)


@then(parsers.parse('the claim in "{title}" is still open'))
def still_open(browser, refs, title):
    assert browser.page(f"/claims/{refs[title]}").select_one("#review-state .status-open")


@then(parsers.parse('the ClaimReview of the claim in "{title}" names both articles, "{first}" first'))
def both_articles(browser, refs, title, first):
    items = browser.get("/api/v1/claimreviews").get_json()["@graph"]
    [item] = [item for item in items if item["url"].endswith(f"/claims/{refs[title]}")]
    claim = item["itemReviewed"]
    assert [work["headline"] for work in claim["appearance"]] == [first, title]
    assert claim["firstAppearance"]["headline"] == first
