"""The SQLite connection: opened once per request on `g`, closed at teardown."""
import sqlite3

from flask import current_app, g
from sqlite_utils import Database

from factcheck.migrations import migrate
from sources import registry

DEFAULT_DATABASE = "factcheck.db"
# What `factcheck serve` (and so `make serve`) serves when no database is named: the demo registry loaded.
DEMO_DATABASE = "factcheck-demo.db"
# Writers wait for each other rather than fail with "database is locked".
BUSY_TIMEOUT_SECONDS = 30


def connect(path: str) -> Database:
    """Open the database file at `path` in WAL mode, shareable between threads."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False)
    db = Database(conn)
    db.execute("PRAGMA foreign_keys = ON")
    # WAL's recommended setting: commits skip the fsync, so a power cut may lose the last ones, never
    # corrupt the file; a submission's latency drops from about 70 to 20 ms.
    db.execute("PRAGMA synchronous = NORMAL")
    if path != ":memory:":
        db.enable_wal()
    return db


def open_database(path: str) -> Database:
    """The database file at `path` with the service's and the registry's tables created or migrated."""
    db = connect(path)
    migrate(db)
    registry.ensure_schema(db)
    return db


def get_db() -> Database:
    """The current request's database (the app's DATABASE file), opened on first use."""
    if "db" not in g:
        g.db = connect(current_app.config["DATABASE"])
    return g.db


def close_db(_exc=None) -> None:
    """Close the request's database, if one was opened."""
    db = g.pop("db", None)
    if db is not None:
        db.close()
