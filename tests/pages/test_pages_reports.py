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


def listed_claims(page) -> list[str]:
    return [link.text for link in page.select(".speaker-group td.content a.claim-link")]


@pytest.mark.parametrize("sort, speakers", [
    ("newest", ["Jane Roe", "Scott Bessent", "Donald Trump"]),
    ("oldest", ["Donald Trump", "Scott Bessent", "Jane Roe"]),
    ("speaker", ["Donald Trump", "Jane Roe", "Scott Bessent"]),
])
def test_the_report_sorts_speakers_as_asked(browser, articles, sort, speakers):
    page = browser.page(f"/reports/disputed?sort={sort}")
    assert list(reported(page)) == speakers
    assert page.select_one("select[name=sort] option[selected]")["value"] == sort


def test_the_csv_follows_the_sort_of_the_page(browser, articles):
    page = browser.page("/reports/disputed?sort=oldest")
    rows = list(csv.DictReader(io.StringIO(browser.get(page.find("a", string="Download CSV")["href"]).text)))
    assert [row["speaker"] for row in rows] == ["Donald Trump", "Scott Bessent", "Jane Roe"]


@pytest.mark.parametrize("path", ["/reports/disputed?sort=loudest", "/reports/disputed.csv?sort=date%20desc"])
def test_an_unknown_sort_is_refused_with_a_page(browser, articles, path):
    response = browser.get(path)
    assert (response.status_code, response.mimetype) == (400, "text/html")
    assert "The report sorts by claims, newest, oldest, speaker, disputes." in response.text


def test_the_report_pages_through_its_claims_and_the_csv_keeps_them_all(browser, store_article):
    for day in range(1, 53):
        body = f"Councillor {day} said the pier reopens on day {day}, which the harbour board disputes."
        claim = claim_json(body, "c1", f"Councillor {day}", f"the pier reopens on day {day}",
                           ("the harbour board", "which the harbour board disputes"))
        store_article(body, [claim], title=f"Pier {day}", published_at=f"2025-01-01T00:00:{day:02d}")
    first = browser.page("/reports/disputed?sort=oldest")
    assert listed_claims(first)[:2] == ["the pier reopens on day 1", "the pier reopens on day 2"]
    assert len(listed_claims(first)) == 50
    assert first.select_one("#report-summary").text == "52 disputed claims by 52 speakers."
    following = first.find("a", string="Next →")["href"]
    assert following.startswith("?") and "page=2" in following and "sort=oldest" in following
    second = browser.page("/reports/disputed" + following)
    assert listed_claims(second) == ["the pier reopens on day 51", "the pier reopens on day 52"]
    assert second.find("a", string="← Previous") and not second.find("a", string="Next →")
    download = second.find("a", string="Download CSV")["href"]
    assert "page=" not in download
    rows = list(csv.DictReader(io.StringIO(browser.get(download).text)))
    assert [row["claim"] for row in rows] == [f"the pier reopens on day {day}" for day in range(1, 53)]


def test_a_speaker_split_over_two_pages_keeps_their_count(browser, store_article):
    body = " ".join(f"Ida Berg said ferry {n} runs late, which the port denies." for n in range(1, 53))
    claims = [claim_json(body, f"c{n}", "Ida Berg", f"ferry {n} runs late", ("the port", "which the port denies"))
              for n in range(1, 53)]
    store_article(body, claims, title="Ferries", published_at="2025-03-03")
    second = browser.page("/reports/disputed?page=2")
    assert second.select_one(".speaker-group h2 .badge").text == "52"
    assert len(listed_claims(second)) == 2
