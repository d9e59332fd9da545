"""Steps for features/reviewer/: a reviewer reads, filters and downloads the disputed-claims report.

The articles are stored with the claims the feature's table gives, as the service stores an analysis,
so these scenarios test the report and not the extractor.
"""
import csv
import io
from collections import defaultdict
from urllib.parse import urlencode

from bs4 import BeautifulSoup
from pytest_bdd import given, parsers, scenarios, then, when

from stored_claims import claim_json

scenarios("reviewer/disputed_report.feature")


def article_body(rows: list[dict]) -> str:
    return " ".join(
        f"{row['speaker']} said {row['claim']}" + (f", which {row['disputed by']} disputes." if row["disputed by"] else ".")
        for row in rows
    )


@given("these articles have been checked:", target_fixture="checked")
def these_articles(store_article, datatable):
    header, *rows = datatable
    by_title = defaultdict(list)
    for row in rows:
        by_title[row[0]].append(dict(zip(header, row)))
    checked = {}
    for title, claims in by_title.items():
        body = article_body(claims)
        stored = [
            claim_json(body, f"c{number}", row["speaker"], row["claim"],
                       (row["disputed by"], f"which {row['disputed by']} disputes") if row["disputed by"] else None)
            for number, row in enumerate(claims, start=1)
        ]
        checked[title] = store_article(body, stored, title=title, published_at=claims[0]["published"])
    return checked


def open_report(browser, **filters) -> BeautifulSoup:
    return BeautifulSoup(browser.get("/reports/disputed?" + urlencode(filters)).text, "html.parser")


@when("I open the disputed claims report", target_fixture="report")
def the_report(browser):
    return open_report(browser)


@when(parsers.parse('I filter the report by the speaker "{speaker}"'), target_fixture="report")
def by_speaker(browser, speaker):
    return open_report(browser, speaker=speaker)


@when(parsers.parse("I filter the report from {since} to {until}"), target_fixture="report")
def by_period(browser, since, until):
    return open_report(browser, since=since, until=until)


@when(parsers.parse('I filter the report by the article "{title}"'), target_fixture="report")
def by_article(browser, checked, title):
    return open_report(browser, article=checked[title])


@when(parsers.parse('I follow the claim "{content}"'), target_fixture="followed")
def follow(browser, report, content):
    href = report.find("a", string=content)["href"]
    path, anchor = href.split("#")
    return browser.page(path), anchor, content


@when("I download the report as CSV", target_fixture="csv_rows")
def download(browser, report):
    response = browser.get(report.find("a", string="Download CSV")["href"])
    assert response.mimetype == "text/csv"
    return list(csv.DictReader(io.StringIO(response.text)))


def listed(report) -> list[tuple[str, str, str]]:
    """(speaker, claim, who disputes it) for every dispute in the report: one row each."""
    return [
        (group.select_one("h2").contents[0].text.strip(), row.select_one("td.content a.claim-link").text,
         row.select_one("td.disputer strong").text)
        for group in report.select(".speaker-group")
        for row in group.select("tbody tr")
    ]


@then(parsers.parse("the report counts {count:d} disputed claims by {speakers:d} speakers"))
def counts(report, count, speakers):
    assert len({row["data-claim"] for row in report.select(".speaker-group tbody tr")}) == count
    assert len({speaker for speaker, _, _ in listed(report)}) == speakers
    assert report.select_one("#report-summary").text.startswith(f"{count} disputed claim")


@then(parsers.parse('"{speaker}" is listed for "{content}", disputed by "{by}"'))
def is_listed(report, speaker, content, by):
    assert (speaker, content, by) in listed(report)


@then(parsers.parse('the claim "{content}" is not in the report'))
def not_listed(report, content):
    assert content not in [claim for _, claim, _ in listed(report)]


@then(parsers.parse('I am reading the article "{title}" at that claim'))
def reading_at(followed, title):
    page, anchor, content = followed
    assert page.select_one("h1").text == title
    assert page.select_one(f"#article-text #{anchor}").text == content


@then(parsers.parse('the report lists only claims by "{speaker}"'))
def only_by(report, speaker):
    speakers = {who for who, _, _ in listed(report)}
    assert speakers == {speaker}


@then(parsers.parse('I am told "{message}"'))
def told(report, message):
    assert message in report.select_one(".field-errors").text


@then(parsers.parse("the CSV has {count:d} row"))
def csv_count(csv_rows, count):
    assert len(csv_rows) == count


@then(parsers.parse('the CSV row says "{speaker}" claimed "{content}", disputed by "{by}"'))
def csv_row(csv_rows, speaker, content, by):
    assert (csv_rows[0]["speaker"], csv_rows[0]["claim"], csv_rows[0]["disputed_by"]) == (speaker, content, by)
