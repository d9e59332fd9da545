"""Steps for features/reviewer/disputes.feature: a reviewer reads each dispute, and every denial as a denial,
in the disputed-claims report, its CSV and the article.

The background article is checked by the service (the extractor finds the claim and its denial); the denial
disputed in turn is stored with chosen claims, as the service would store it.
"""
import csv
import io

from pytest_bdd import given, parsers, scenarios, then, when

from claims_table import report_row, table_row
from stored_claims import claim_json

scenarios("reviewer/disputes.feature")


@given(parsers.parse('an article where "{speaker}" denied "{content}", which "{by}" rejected'))
def denial_disputed_in_turn(store_article, speaker, content, by):
    body = f"{speaker} denied that {content}. {by} rejected the denial."
    denial = claim_json(body, "c1", speaker, content, (by, f"{by} rejected the denial", "rejected", None),
                        cue="denied", stance="denial")
    store_article(body, [denial], title="Denied in turn")


@when(parsers.parse('I follow who disputes "{content}"'), target_fixture="result")
def follow_disputer(browser, result, content):
    href = report_row(result, content).select_one("td.disputer a.denial-link")["href"]
    path, anchor = href.split("#")
    page = browser.page(path)
    return page, page.select_one(f"#{anchor}")


@when("I download the disputed claims report as CSV", target_fixture="csv_rows")
def download(browser):
    response = browser.get("/reports/disputed.csv")
    assert response.mimetype == "text/csv"
    return list(csv.DictReader(io.StringIO(response.text)))


@then(parsers.parse('the report has a row for "{content}" by "{speaker}"'), target_fixture="row")
def has_row(result, content, speaker):
    return report_row(result, content, speaker)


@then(parsers.parse('that row says "{by}" disputes it with the cue "{cue}"'))
def row_disputer(row, by, cue):
    assert (row.select_one("td.disputer strong").text, row.select_one("td.cue").text) == (by, cue)


@then(parsers.parse('that row quotes the disputing words "{words}"'))
def row_words(row, words):
    assert row.select_one("td.disputing-words q").text == words


@then(parsers.parse('that row shows the claim as a denial with the cue "{cue}"'))
def row_denial(row, cue):
    claim = row.select_one("td.content")
    assert claim.select_one(".badge.denial").text == "denial"
    assert claim.select_one(".claim-cue").text == cue


@then(parsers.parse('I am at the denial "{content}" in the article "{title}"'))
def at_denial(result, content, title):
    page, row = result
    assert page.select_one("h1").text == title
    assert row.select_one("a.claim-link").text == content
    assert row.select_one(".badge.denial")


@then(parsers.parse('the denial leads back to the claim "{content}"'))
def leads_back(result, content):
    page, row = result
    target = row.select_one("a.target-link")["href"]
    assert page.select_one(f"#claims tr{target} a.claim-link").text == content
    assert table_row(page, content)["id"] == target.removeprefix("#")


@then(parsers.parse('the CSV row for "{content}" says "{by}" disputes it with the cue "{cue}"'),
      target_fixture="csv_row")
def csv_row(csv_rows, content, by, cue):
    row = next(row for row in csv_rows if row["claim"] == content)
    assert (row["disputed_by"], row["cue"], row["stance"]) == (by, cue, "")
    return row


@then(parsers.parse('that CSV row points at the denial "{content}"'))
def csv_denial(browser, csv_row, content):
    article = browser.page(f"/articles/{csv_row['article_id']}")
    assert article.select_one(f"#row-{csv_row['denial_claim_id']} a.claim-link").text == content
