"""The disputed-claims report: grouped by speaker, filtered by speaker, dates and article, downloaded as CSV."""
import csv
import io

import pytest

from stored_claims import claim_json

RICE = "Donald Trump said Japan charges a 700% tariff on rice, a figure Tokyo disputes."
YEN = "Scott Bessent said Japan weakens the yen on purpose, which Tokyo denies. Trump said talks went well."
FORMULA = "Jane Roe said =HYPERLINK(\"http://evil\") was fine, which Acme disputes."


@pytest.fixture
def articles(store_article):
    """Three articles on different dates; three disputed claims by three speakers."""
    return {
        "rice": store_article(RICE, [claim_json(RICE, "c1", "Donald Trump", "Japan charges a 700% tariff on rice",
                                                ("Tokyo", "a figure Tokyo disputes"), source_id="trump")],
                              title="Rice", published_at="2025-04-10"),
        "yen": store_article(YEN, [claim_json(YEN, "c1", "Scott Bessent", "Japan weakens the yen on purpose",
                                              ("Tokyo", "which Tokyo denies")),
                                   claim_json(YEN, "c2", "Trump", "talks went well")],
                             title="Yen", published_at="2025-04-20"),
        "formula": store_article(FORMULA, [claim_json(FORMULA, "c1", "Jane Roe", '=HYPERLINK("http://evil") was fine',
                                                      ("Acme", "which Acme disputes"))],
                                 title="Formula", published_at="2025-05-01"),
    }


def reported(page) -> dict[str, list[str]]:
    """Speaker → the disputed claims listed under them."""
    return {group.select_one("h2 a, h2").contents[0].text.strip(): [cell.text for cell in group.select("td.content")]
            for group in page.select(".speaker-group")}


def test_the_report_lists_every_disputed_claim_by_speaker(browser, articles):
    page = browser.page("/reports/disputed")
    assert reported(page) == {
        "Jane Roe": ['=HYPERLINK("http://evil") was fine'],
        "Scott Bessent": ["Japan weakens the yen on purpose"],
        "Donald Trump": ["Japan charges a 700% tariff on rice"],
    }
    assert page.select_one("#report-summary").text == "3 disputed claims by 3 speakers."
    links = [a["href"] for a in page.select(".speaker-group td.content a")]
    assert f"/articles/{articles['formula']}#claim-c1" in links


@pytest.mark.parametrize(
    "query, speakers",
    [
        ("speaker=bessent", ["Scott Bessent"]),
        ("since=2025-04-15", ["Jane Roe", "Scott Bessent"]),
        ("since=2025-04-01&until=2025-04-15", ["Donald Trump"]),
        ("until=2025-04-20", ["Donald Trump", "Scott Bessent"]),
        ("speaker=nobody", []),
    ],
)
def test_the_report_filters_by_speaker_and_dates(browser, articles, query, speakers):
    assert sorted(reported(browser.page(f"/reports/disputed?{query}"))) == speakers


def test_the_report_filters_by_article(browser, articles):
    page = browser.page(f"/reports/disputed?article={articles['yen']}")
    assert list(reported(page)) == ["Scott Bessent"]
    assert page.select_one("select[name=article] option[selected]").text == "Yen"


@pytest.mark.parametrize("path", ["/reports/disputed", "/reports/disputed.csv"])
def test_impossible_filters_are_explained_not_ignored(browser, articles, path):
    response = browser.get(f"{path}?since=2025-05-01&until=2025-04-01")
    assert response.status_code == 422
    assert "The end date is before the start date." in response.text
    assert "No disputed claims match these filters." in response.text


def test_the_csv_holds_the_filtered_report_and_defuses_formulas(browser, articles):
    page = browser.page("/reports/disputed?since=2025-04-15")
    response = browser.get(page.find("a", string="Download CSV")["href"])
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [(row["speaker"], row["claim"], row["disputed_by"], row["evidence"]) for row in rows] == [
        ("Jane Roe", '\'=HYPERLINK("http://evil") was fine', "Acme", "which Acme disputes"),
        ("Scott Bessent", "Japan weakens the yen on purpose", "Tokyo", "which Tokyo denies"),
    ]


def test_query_keys_cannot_change_the_download_link(browser, articles):
    page = browser.page("/reports/disputed?_external=1&_scheme=javascript&speaker=%0Aalert(1)")
    href = page.find("a", string="Download CSV")["href"]
    assert href.startswith("/reports/disputed.csv?")
