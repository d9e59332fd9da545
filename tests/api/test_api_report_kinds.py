"""The disputed report lists misquotes (a quote whose words on record differ or say the opposite) as their own kind."""
import csv
import io

import pytest

from factcheck import storage
from stored_claims import claim_json

BODY = 'Rosa Lind said "we will cut the fare to one euro." Ali Berg said the tram is late, which the operator disputes.'


@pytest.fixture
def stored(db):
    quote = claim_json(BODY, "c1", "Rosa Lind", "we will cut the fare to one euro.")
    quote["provenance"] = {"status": "altered", "score": 90.0, "original": None, "diff": [], "evidence": None}
    disputed = claim_json(BODY, "c2", "Ali Berg", "the tram is late", ("the operator", "which the operator disputes"))
    return storage.save_article(db, {"title": "Fares", "body": BODY}, [quote, disputed])["id"]


def kinds(document) -> dict:
    return {claim["content"]: (claim["kind"], claim["provenance"]) for group in document["groups"] for claim in group["claims"]}


def test_a_misquote_is_reported_as_its_own_kind(client, stored):
    assert kinds(client.get("/api/v1/reports/disputed").get_json()) == {
        "we will cut the fare to one euro.": ("misquote", "altered"), "the tram is late": ("dispute", None)}
    assert list(kinds(client.get("/api/v1/reports/disputed?kind=misquote").get_json())) == ["we will cut the fare to one euro."]
    assert list(kinds(client.get("/api/v1/reports/disputed?kind=dispute").get_json())) == ["the tram is late"]


def test_the_csv_says_each_row_s_kind(client, stored):
    rows = csv.DictReader(io.StringIO(client.get("/api/v1/reports/disputed?format=csv").get_data(as_text=True)))
    assert {row["claim"]: row["kind"] for row in rows} == {"we will cut the fare to one euro.": "misquote",
                                                            "the tram is late": "dispute"}


def test_the_report_page_marks_a_misquote(client, stored):
    page = client.get("/reports/disputed?kind=misquote").get_data(as_text=True)
    assert "misquote: altered" in page and "the tram is late" not in page
