"""The schema is created on start; restarting on an existing database keeps its data."""
from factcheck import create_app, storage
from factcheck.db import connect
from factcheck.migrations import migrations


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
