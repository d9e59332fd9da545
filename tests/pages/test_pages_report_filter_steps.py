"""Steps for features/reviewer/report_filters.feature: the report by status, verdict and words; its CSV."""
import csv
import io
from urllib.parse import urlencode

from pytest_bdd import parsers, scenarios, then, when

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
