"""The benchmark's synthetic database: built in bulk, served as it is, its lists read from their indexes."""
import json
import random
import re
import sqlite3

import pytest

from benchmarks import synthetic_db
from factcheck import create_app, storage
from factcheck.db import connect
from factcheck.report_walk import GROUP, GROUP_ORDERS, report_at, report_walk


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("synthetic") / "bench.db")
    return path, synthetic_db.build(path, 300, progress=lambda line: None)


def test_the_database_holds_what_it_counts(built):
    path, counts = built
    db = connect(path)
    assert counts["articles"] == 300 and 300 * 10 <= counts["claims"] <= 300 * 30
    assert db["claims"].count == counts["claims"] and db["disputes"].count == counts["disputes"] > 0
    assert (db["claim_reviews"].count, db["articles"].count) == (counts["reviews"], 300)


def test_the_service_reads_it(built):
    path, counts = built
    client = create_app({"TESTING": True, "DATABASE": path}).test_client()
    claims = client.get("/api/v1/claims?disputed=true&page=1").get_json()
    assert claims["total"] > 0 and all(claim["disputed"] for claim in claims["items"])
    assert client.get("/api/v1/reports/disputed").get_json()["groups"]
    assert client.get(f"/api/v1/articles/{counts['articles']}").status_code == 200


@pytest.mark.parametrize("where, index", [
    (storage.claim_where(storage.ClaimFilter())[0], "claims_list"),
    (storage.claim_where(storage.ClaimFilter(disputed=True))[0], "idx_claims_disputed_date_article_id_position"),
    (storage.claim_where(storage.ClaimFilter(source_id="x"))[0], "idx_claims_source_id_date_article_id_position"),
])
def test_claim_lists_read_an_index_in_their_order(built, where, index):
    plan = query_plan(built[0], f"select c.data from claims c where {where} "
                                f"order by {storage.DEFAULT_CLAIM_ORDER.order_by()} limit 20")
    assert index in plan and "TEMP B-TREE" not in plan, plan


@pytest.mark.parametrize("kind", [None, "dispute", "misquote"])
def test_the_report_reads_its_own_index(built, kind):
    where = storage.report_where(storage.ClaimFilter(), kind)[0]
    plan = query_plan(built[0], f"select {GROUP}, count(*) from claims c where {where} group by 1")
    assert "claims_report" in plan and "TEMP B-TREE" not in plan, plan


def query_plan(path: str, sql: str) -> str:
    params = {"source_id": "x", "disputed": True}
    return " | ".join(row[3] for row in connect(path).execute(f"explain query plan {sql}", params))


@pytest.mark.parametrize("sort", ["claims", "newest", "disputes"])
def test_a_report_page_reads_no_table_whole_nor_every_claim_in_it(built, sort):
    db = connect(built[0])
    statements = []
    db.conn.set_trace_callback(statements.append)
    report_walk(db, storage.ClaimFilter(), None, sort, None, 20)
    db.conn.set_trace_callback(None)
    scans = [step for sql in statements for step in query_plan(built[0], sql).split(" | ")
             if re.fullmatch(r"SCAN \w+", step) or re.match(r"SCAN [cd]\b", step)]
    assert statements and not scans, scans


@pytest.mark.parametrize("sort", GROUP_ORDERS)
def test_a_numbered_report_page_reads_the_speakers_up_to_its_own_alone(built, tmp_path, sort):
    db = connect(str(tmp_path / "copy.db"))
    sqlite3.connect(built[0]).backup(db.conn)
    before = placing_steps(db, sort)
    # Nine times as many speakers, each after every speaker there was in each order.
    db.execute("""with recursive copies(n) as (select 1 union all select n + 1 from copies where n < 8)
                  insert into report_speakers select kind, '~' || n || grp, 1, 0, '2000-01-01', '2999-01-01',
                  '~' || speaker, source_id from report_speakers, copies""")
    assert placing_steps(db, sort) < before * 1.5


def placing_steps(db, sort: str) -> int:
    """The SQLite VM steps of the statement that places page 3 of the report (its speakers' running counts)."""
    steps, current = {}, [""]
    db.conn.set_trace_callback(lambda sql: current.__setitem__(0, sql))
    db.conn.set_progress_handler(lambda: steps.__setitem__(current[0], steps.get(current[0], 0) + 1) or 0, 10)
    report_at(db, storage.ClaimFilter(), None, sort, 3, 10)
    db.conn.set_progress_handler(None, 0)
    db.conn.set_trace_callback(None)
    return next(count for sql, count in steps.items() if " over (" in sql)


@pytest.mark.parametrize("ranks, way", [((-1,), storage.FOUND_MATCHES), ((5, 40), storage.FOUND_MATCHES),
                                        ((0,), storage.LOOKED_UP)])
def test_a_search_reads_few_matches_as_found_and_tests_many_in_list_order(built, ranks, way):
    db = connect(built[0])
    words = synthetic_db.lexicon(random.Random(7)).words
    filters = storage.ClaimFilter(q=" ".join(words[rank] for rank in ranks))
    where, params = storage.claim_condition(db, filters)
    assert way in where
    assert refs(db, where, params) == refs(db, *storage.claim_where(filters))


def refs(db, where: str, params: dict) -> list[str]:
    rows = storage.select_claims(db, where, params, storage.DEFAULT_CLAIM_ORDER, 20)
    return [storage.claim_ref(row["article_id"], json.loads(row["data"])["id"]) for row in rows]
