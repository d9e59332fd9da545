"""The schema is created on start; restarting on an existing database keeps its data."""
from factcheck import create_app, storage
from factcheck.db import connect
from factcheck.migrations import SEARCH_INDEXES, migrations


def applied(path) -> list[str]:
    with connect(path) as db:
        return [row["name"] for row in db.query("select name from _sqlite_migrations where migration_set = 'factcheck'")]


def test_start_creates_every_table_in_wal_mode(tmp_path):
    path = str(tmp_path / "new.db")
    create_app({"DATABASE": path})
    with connect(path) as db:
        assert {"articles", "claims", "claims_fts", "disputes", "idempotency_keys", "api_keys"} <= set(db.table_names())
        assert db.journal_mode == "wal"
    assert sorted(applied(path)) == sorted(m.name for m in migrations.pending(connect(":memory:")))


def test_restart_keeps_data_and_reapplies_nothing(tmp_path):
    path = str(tmp_path / "old.db")
    create_app({"DATABASE": path})
    with connect(path) as db:
        storage.save_article(db, {"body": "Kept."}, [])
        assert migrations.pending(db) == []
    before = applied(path)
    create_app({"DATABASE": path})
    assert applied(path) == before
    with connect(path) as db:
        assert storage.get_article(db, 1)["body"] == "Kept."


def test_dates_stored_in_other_forms_are_migrated_to_utc(tmp_path):
    path = str(tmp_path / "dates.db")
    create_app({"DATABASE": path})
    with connect(path) as db:
        for published_at in ("2025-04-17", "2025-04-17T09:30:00+02:00", "17 April 2025", "2025-04-18T06:00:00Z"):
            article = storage.save_article(db, {"body": "Kept."}, [])
            db.execute("update articles set published_at = ?, date = ? where id = ?",
                       [published_at, published_at, article["id"]])
            db.execute("update claims set date = ? where article_id = ?", [published_at, article["id"]])
        db.execute("delete from _sqlite_migrations where name = 'store_dates_in_utc'")
        db.conn.commit()
    create_app({"DATABASE": path})
    with connect(path) as db:
        rows = list(db.query("select published_at, date, created_at from articles order by id"))
    assert [row["published_at"] for row in rows] == [
        "2025-04-17T00:00:00Z", "2025-04-17T07:30:00Z", None, "2025-04-18T06:00:00Z"]
    assert [row["date"] for row in rows] == [
        "2025-04-17T00:00:00Z", "2025-04-17T07:30:00Z", rows[2]["created_at"], "2025-04-18T06:00:00Z"]


def automerge(db) -> list[int]:
    """FTS5's automerge setting of each full-text index (4 when never set)."""
    return [next(iter(db.execute(f"select v from {index}_config where k = 'automerge'")), (4,))[0]
            for index in SEARCH_INDEXES]


def test_an_existing_database_leaves_merging_its_search_indexes_to_the_worker(tmp_path):
    path = str(tmp_path / "merging.db")
    create_app({"DATABASE": path})
    with connect(path) as db:
        assert automerge(db) == [0, 0]
        for index in SEARCH_INDEXES:
            db.execute(f"delete from {index}_config where k = 'automerge'")
        db.execute("delete from _sqlite_migrations where name = 'merge_search_indexes_outside_requests'")
        db.conn.commit()
        assert automerge(db) == [4, 4]
    create_app({"DATABASE": path})
    with connect(path) as db:
        assert automerge(db) == [0, 0]
