"""Querying claims across articles, and the disputed-claims report."""
import json

import pytest

from factcheck import storage
from factcheck.storage import ClaimFilter
from stored_claims import claim_json


@pytest.fixture
def archive(store_article):
    """Three articles on three days; returns their ids."""
    return [
        store_article("Monday", [("Ann Lee", "the bridge is safe", "City Hall"), ("Bo Chan", "the bridge needs work", None)],
                      published_at="2025-04-14T09:00:00Z"),
        store_article("Tuesday", [("Ann Lee", "the tunnel is safe", None)], published_at="2025-04-15T09:00:00Z"),
        store_article("Wednesday", [("Cy Dunn", "the bridge is closed", "Ann Lee"), ("Ann Lee", "it is not", None)],
                      published_at="2025-04-16T09:00:00Z"),
    ]


def contents(page):
    return [claim["content"] for claim in page.items]


@pytest.mark.parametrize("filters, expected", [
    (ClaimFilter(), ["the bridge is closed", "it is not", "the tunnel is safe", "the bridge is safe", "the bridge needs work"]),
    (ClaimFilter(disputed=True), ["the bridge is closed", "the bridge is safe"]),
    (ClaimFilter(disputed=False), ["it is not", "the tunnel is safe", "the bridge needs work"]),
    (ClaimFilter(speaker="ann"), ["it is not", "the tunnel is safe", "the bridge is safe"]),
    (ClaimFilter(speaker="%"), []),
    (ClaimFilter(q="bridge"), ["the bridge is closed", "the bridge is safe", "the bridge needs work"]),
    (ClaimFilter(q="bridge safe"), ["the bridge is safe"]),
    (ClaimFilter(q='"bridge'), ["the bridge is closed", "the bridge is safe", "the bridge needs work"]),
    (ClaimFilter(since="2025-04-15"), ["the bridge is closed", "it is not", "the tunnel is safe"]),
    (ClaimFilter(until="2025-04-15"), ["the tunnel is safe", "the bridge is safe", "the bridge needs work"]),
    (ClaimFilter(since="2025-04-15", until="2025-04-15"), ["the tunnel is safe"]),
    (ClaimFilter(speaker="Ann Lee", q="safe", disputed=True), ["the bridge is safe"]),
])
def test_claim_filters_combine(db, archive, filters, expected):
    assert contents(storage.query_claims(db, filters)) == expected


@pytest.mark.parametrize("q", ["bridge", "bridge safe", "tunnel", "ferry"])
def test_a_search_finds_the_same_claims_either_way(db, archive, q):
    """A search's matches read and sorted, or each claim of the list looked up: the same claims in the same order."""
    def found(search):
        where, params = storage.claim_where(ClaimFilter(q=q), search=search)
        return [row["content"] for row in db.query(
            f"select content from claims c where {where} order by {storage.DEFAULT_CLAIM_ORDER.order_by()}", params)]

    assert found(storage.LOOKED_UP) == found(storage.SORTED_MATCHES)


def test_claims_of_one_article_carry_the_article(db, archive):
    page = storage.query_claims(db, ClaimFilter(article_id=archive[0]))
    assert [(c["id"], c["article_id"], c["article_title"], c["date"]) for c in page.items] == [
        ("c1", archive[0], "Monday", "2025-04-14T09:00:00Z"), ("c2", archive[0], "Monday", "2025-04-14T09:00:00Z"),
    ]


def test_claims_paginate(db, archive):
    pages = [storage.query_claims(db, page=n, page_size=2) for n in (1, 2, 3, 4)]
    assert [(p.total, p.pages) for p in pages] == [(5, 3)] * 4
    assert sum((contents(p) for p in pages), []) == contents(storage.query_claims(db))
    assert pages[3].items == []


def test_disputed_report_groups_by_speaker_with_evidence(db, archive):
    report = storage.disputed_report(db)
    assert [(g["speaker"], [c["content"] for c in g["claims"]]) for g in report] == [
        ("Ann Lee", ["the bridge is safe"]), ("Cy Dunn", ["the bridge is closed"]),
    ]
    assert report[0]["claims"][0]["disputes"] == [
        {"origin": "article", "by": "City Hall", "cue": "disputes", "evidence": "the bridge is safe", "denial_claim_id": None,
         "rule": "", "url": None, "rating": None},
    ]


def test_disputed_report_filters_by_speaker_and_dates(db, archive):
    assert [g["speaker"] for g in storage.disputed_report(db, ClaimFilter(speaker="dunn"))] == ["Cy Dunn"]
    assert [g["speaker"] for g in storage.disputed_report(db, ClaimFilter(until="2025-04-14"))] == ["Ann Lee"]
    assert storage.disputed_report(db, ClaimFilter(article_id=archive[1])) == []


def test_disputed_report_groups_a_registry_source_under_one_entry(db):
    body = "Donald Trump said a. President Trump said b. Tokyo disputes it."
    claims = [claim_json(body, f"c{n}", name, content, ("Tokyo", "disputes it"), source_id="trump")
              for n, name, content in ((1, "Donald Trump", "a"), (2, "President Trump", "b"))]
    storage.save_article(db, {"body": body}, claims)
    assert [(g["source_id"], len(g["claims"])) for g in storage.disputed_report(db)] == [("trump", 2)]


def test_a_claim_stored_by_an_older_version_loads_complete(db):
    article_id = storage.save_article(db, {"body": "Ann Lee said rents will fall."}, [])["id"]
    older = {"id": "c1", "content": "rents will fall", "span": [14, 29], "kind": "indirect", "cue": "said",
             "attribution": "named", "speaker": {"mention": "Ann Lee", "span": [0, 7], "name": "Ann Lee"},
             "disputed": False, "disputes": []}
    db["claims"].insert({"article_id": article_id, "claim_id": "c1", "position": 0, "content": older["content"],
                         "disputed": 0, "date": "2025-04-17", "data": json.dumps(older)})
    [claim] = storage.get_article(db, article_id)["claims"]
    assert (claim["rule"], claim["provenance"], claim["registry_disputes"], claim["segments"]) == ("", None, [], [])
    assert (claim["speaker"]["source"], claim["speaker"]["candidates"], claim["speaker"]["title"]) == (None, [], None)


def test_a_claim_keeps_its_rule_through_storage(db):
    body = "Ann Lee said rents will fall."
    stored = storage.save_article(db, {"body": body}, [claim_json(body, "c1", "Ann Lee", "rents will fall", rule="said-speaker")])
    assert [claim["rule"] for claim in storage.get_article(db, stored["id"])["claims"]] == ["said-speaker"]


def test_stored_claims_name_each_speaker_once(db, archive, store_article):
    store_article("Thursday", [("Dee Ray", "the ferry is late", None), ("Ann Lee", "the ferry is early", None)])
    assert [name for (name,) in db.execute("select name from claim_speakers order by name")] == [
        "Ann Lee", "Bo Chan", "Cy Dunn", "Dee Ray"]
