"""The SQLite connections: the app's requests take one from a pool, the one put back last first, and put it back."""
import queue
import sqlite3

from flask import Flask, current_app, g
from sqlite_utils import Database

from factcheck.migrations import SEARCH_INDEXES, migrate
from sources import registry
from sources.transactions import write_transaction

DEFAULT_DATABASE = "factcheck.db"
# What `factcheck serve` (and so `make serve`) serves when no database is named: the demo registry loaded.
DEMO_DATABASE = "factcheck-demo.db"
# Writers wait for each other rather than fail with "database is locked".
BUSY_TIMEOUT_SECONDS = 30
# SQLite's own checkpoint runs in the commit that takes the WAL past 1,000 pages (every 11th submission of the
# sample, about 90 pages each): it copies them into the database file and waits for two fsyncs, 4 to 27 ms of that
# request's time on a shared disk, where a commit takes 0.4 to 0.6 ms at the median. The worker process (`factcheck
# worker`, which `factcheck serve` starts) checkpoints instead (`checkpoint`), outside any request; a request's
# connection still does past this many pages (40 MB), should no worker run.
REQUEST_AUTOCHECKPOINT_PAGES = 10_000
# The most pages of the full-text indexes that one of the worker's merges writes, per index (FTS5's 'merge'): what
# some 60 submissions of the sample add; the rest waits for its next turn.
MERGE_PAGES = 500


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


def request_connection(path: str) -> Database:
    """`connect(path)` for the requests' work, which leaves the WAL's checkpoints to the worker process (see
    REQUEST_AUTOCHECKPOINT_PAGES)."""
    db = connect(path)
    db.execute(f"PRAGMA wal_autocheckpoint = {REQUEST_AUTOCHECKPOINT_PAGES}")
    return db


def checkpoint(db: Database) -> tuple[int, int]:
    """Copy what the WAL holds into the database file, without waiting for readers or writers (PASSIVE): the next
    writer then starts the WAL again from its beginning once no reader needs it. (pages in the WAL, pages copied)."""
    _busy, pages, copied = db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    return pages, copied


def merge_search_indexes(db: Database) -> None:
    """Merge the full-text indexes' segments as FTS5's automatic merging would (a level holding four or more),
    up to MERGE_PAGES each, in a write transaction of its own: requests leave it to the worker process (see the
    migration `merge_search_indexes_outside_requests`)."""
    with write_transaction(db):
        for table in SEARCH_INDEXES:
            db.execute(f"insert into {table} ({table}, rank) values ('merge', {MERGE_PAGES})")


def open_database(path: str) -> Database:
    """The database file at `path` with the service's and the registry's tables created or migrated."""
    db = connect(path)
    migrate(db)
    registry.ensure_schema(db)
    return db


class ConnectionPool:
    """The app's idle connections to the database file at `path`, opened as requests need them and kept for the next
    ones (opening one, and SQLite reading the schema again on its first query, costs more than a request's queries).

    The connection put back last is taken first: SQLite empties a connection's page cache whenever another connection
    has written since it last read, so the connection that served the request before, and made its last write, still
    holds the pages the next one reads. Kept per thread, as they were, connections took turns with the threads that
    gunicorn hands requests to, and each request read its pages again: storing the sample article took 114 page reads
    on two connections taking turns, 16 on one.
    """

    def __init__(self, path: str):
        self.path = path
        self.idle: queue.LifoQueue[Database] = queue.LifoQueue()

    def take(self) -> Database:
        try:
            return self.idle.get_nowait()
        except queue.Empty:
            return request_connection(self.path)

    def put_back(self, db: Database) -> None:
        self.idle.put(db)


def get_db() -> Database:
    """The current request's database (the app's DATABASE file): a connection of the app's pool, its own until the
    request ends."""
    if "db" not in g:
        g.db = current_app.extensions["connections"].take()
    return g.db


def init_app(app: Flask) -> None:
    """Give `app` its pool of connections, each put back clean after every request."""
    app.extensions["connections"] = ConnectionPool(app.config["DATABASE"])
    app.teardown_appcontext(end_request)


def end_request(_exc=None) -> None:
    """Roll back what a request that failed left of a transaction, so that the connection's next request starts
    clean and the write lock is not held, and put the connection back in the pool; a connection that cannot be
    rolled back (closed, or its file gone) is closed and left out, so the next request opens a new one."""
    db = g.pop("db", None)
    if db is None:
        return
    try:
        if db.conn.in_transaction:
            db.conn.rollback()
    except sqlite3.Error:
        current_app.logger.exception("a request's connection could not be rolled back; it is closed, not reused")
        db.conn.close()
        return
    current_app.extensions["connections"].put_back(db)
