"""Steps for features/reviewer/report_filters.feature: the report by status, verdict and words, sorted and paged;
its CSV."""
import csv
import io
from urllib.parse import urlencode

from pytest_bdd import given, parsers, scenarios, then, when

from stored_claims import claim_json

scenarios("reviewer/report_filters.feature")


def report(browser, **filters):
    return browser.page(f"/reports/disputed?{urlencode(filters)}")


@when(parsers.parse('I filter the disputed claims report by the status "{status}"'), target_fixture="result")
def by_status(browser, status):
    return report(browser, status=status)


@when(parsers.parse('I filter the disputed claims report by the verdict "{verdict}" and the words "{words}"'),
      target_fixture="result")
def by_verdict_and_words(browser, verdict, words):
    return report(browser, verdict=verdict, q=words)


@when("I download the disputed claims report as CSV for Excel", target_fixture="download")
def download(browser):
    href = report(browser).select_one("#csv-excel")["href"]
    response = browser.get(href)
    assert response.mimetype == "text/csv"
    return response.get_data(as_text=True)


@then(parsers.parse('the report lists "{content}" only'))
def lists_only(result, content):
    assert [link.text for link in result.select(".speaker-group td.content a.claim-link")] == [content]


@then("the file starts with a byte order mark")
def byte_order_mark(download):
    assert download.startswith("\ufeffspeaker,")


def csv_row(download: str, content: str) -> dict:
    return next(row for row in csv.DictReader(io.StringIO(download.removeprefix("\ufeff"))) if row["claim"] == content)


@then(parsers.parse('the row for "{content}" says it is resolved as "{verdict}"'))
def resolved_row(download, content, verdict):
    row = csv_row(download, content)
    assert (row["status"], row["verdict"]) == ("resolved", verdict)


@then(parsers.parse('the row for "{content}" says it is open, with a link to its review page'))
def open_row(app, browser, refs, download, content):
    row = csv_row(download, content)
    assert (row["status"], row["verdict"]) == ("open", "")
    assert row["review_page"] == f"{app.config['PUBLIC_URL']}/claims/{refs['Library hours']}"
    assert browser.page(row["review_page"].removeprefix(app.config["PUBLIC_URL"])).select_one("#review-state .status-open")


def csv_claims(browser, page) -> list[str]:
    response = browser.get(page.find("a", string="Download CSV")["href"])
    return [row["claim"] for row in csv.DictReader(io.StringIO(response.get_data(as_text=True)))]


@when(parsers.parse('I sort the disputed claims report by "{label}"'), target_fixture="result")
def sorted_by(browser, label):
    choice = report(browser).find("select", attrs={"name": "sort"}).find("option", string=label)
    return report(browser, sort=choice["value"])


@then(parsers.parse('the report lists "{earlier}" before "{later}"'))
def listed_before(result, earlier, later):
    listed = [link.text for link in result.select(".speaker-group td.content a.claim-link")]
    assert listed.index(earlier) < listed.index(later)


@then(parsers.parse('its CSV lists "{earlier}" before "{later}"'))
def csv_before(browser, result, earlier, later):
    listed = csv_claims(browser, result)
    assert listed.index(earlier) < listed.index(later)


@given(parsers.parse("{count:d} more disputed claims have been checked"))
def more_disputed_claims(store_article, count):
    for number in range(1, count + 1):
        body = f"Warden {number} said bin {number} is emptied daily, which the residents dispute."
        claim = claim_json(body, "c1", f"Warden {number}", f"bin {number} is emptied daily",
                           ("the residents", "which the residents dispute"))
        store_article(body, [claim], title=f"Bins {number}", published_at="2025-05-01")


@when("I open the next page of the disputed claims report", target_fixture="result")
def next_page(browser):
    return browser.page("/reports/disputed" + report(browser).find("a", string="Next →")["href"])


@then(parsers.parse("the page lists {count:d} claims and leads back to the previous page"))
def page_lists(result, count):
    assert len(result.select(".speaker-group td.content a.claim-link")) == count
    assert result.find("a", string="← Previous")


@then(parsers.parse("its CSV holds all {count:d} claims"))
def csv_holds_all(browser, result, count):
    assert len(csv_claims(browser, result)) == count
