"""Dates on the pages: read as people write them, with the ISO value in <time datetime>."""
import pytest

from factcheck.pages.dates import human_date
from stored_claims import claim_json


@pytest.mark.parametrize("value, with_time, shown", [
    ("2025-03-02", False, "2 Mar 2025"),
    ("2025-03-02", True, "2 Mar 2025"),
    ("2025-03-02T08:05:00Z", False, "2 Mar 2025"),
    ("2025-03-02T08:05:00Z", True, "2 Mar 2025, 08:05 UTC"),
    ("2025-03-02T08:05:00+02:00", True, "2 Mar 2025, 08:05 +0200"),
    ("last week", True, "last week"),
    (None, False, ""),
])
def test_human_dates(value, with_time, shown):
    assert human_date(value, with_time) == shown


def test_article_and_lists_show_human_dates_with_iso_in_time_elements(browser, store_article):
    body = "Lena Ortiz said the bus lanes had halved commute times."
    article_id = store_article(body, [claim_json(body, "c1", "Lena Ortiz", "the bus lanes had halved commute times")],
                               published_at="2025-03-02T08:05:00Z")
    published = browser.page(f"/articles/{article_id}").select_one(".article-meta time")
    assert (published["datetime"], published.text) == ("2025-03-02T08:05:00Z", "2 Mar 2025")
    listed = browser.page("/articles").select_one("#articles td.date time")
    assert (listed["datetime"], listed.text) == ("2025-03-02T08:05:00Z", "2 Mar 2025")
