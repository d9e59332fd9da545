"""Requests' commits leave the WAL's checkpoints to the worker process, which copies the WAL into the database file."""
import sqlite3
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from factcheck import worker
from factcheck.db import checkpoint, connect, request_connection
from factcheck.worker import run_checkpoints

# Past SQLite's default automatic checkpoint (1,000 pages), in commits of 100 one-page rows.
PAGES = 1_200
ROWS_PER_COMMIT = 100
PAGE_OF_TEXT = "x" * 3_000
WAIT_SECONDS = 30


def write_pages(db) -> None:
    db.execute("create table if not exists filler (text text)")
    for _ in range(PAGES // ROWS_PER_COMMIT):
        with db.conn:
            db.conn.executemany("insert into filler values (?)", [(PAGE_OF_TEXT,)] * ROWS_PER_COMMIT)


def wal_pages(path: str) -> int:
    """The pages the WAL holds (a checkpoint from another connection, which copies them, reports them)."""
    with connect(path) as db:
        return checkpoint(db)[0]


@pytest.mark.parametrize("opened, checkpointed", [(connect, True), (request_connection, False)])
def test_only_connections_outside_requests_checkpoint_as_they_commit(tmp_path, opened, checkpointed):
    path = str(tmp_path / "wal.db")
    with opened(path) as db:
        write_pages(db)
        # Checkpointed at 1,000 pages, the WAL starts again from its beginning on the next commit.
        assert (wal_pages(path) < PAGES) is checkpointed


def test_a_checkpoint_copies_the_whole_wal_into_the_database_file(tmp_path):
    path = tmp_path / "wal.db"
    with request_connection(str(path)) as db, connect(str(path)) as other:
        write_pages(db)
        size = path.stat().st_size
        pages, copied = checkpoint(other)
        # Asked while both are open: the last connection to close checkpoints by itself.
        assert path.stat().st_size > size + PAGES * 3_000
    assert pages >= PAGES and copied == pages


@contextmanager
def checkpoint_job(app):
    """The worker's checkpoint job (`run_checkpoints`) running in a thread every 10 ms; the thread, stopped after."""
    app.config["CHECKPOINT_SECONDS"] = 0.01
    stop = threading.Event()
    checkpoints = threading.Thread(target=run_checkpoints, args=(app, stop))
    checkpoints.start()
    try:
        yield checkpoints
    finally:
        stop.set()
        checkpoints.join()


def write_and_wait(app, done) -> int:
    """Write PAGES through a request's connection, then wait up to WAIT_SECONDS until `done(size before)` holds;
    the database file's size before."""
    path = Path(app.config["DATABASE"])
    size = path.stat().st_size
    with request_connection(str(path)) as db:
        write_pages(db)
    deadline = time.monotonic() + WAIT_SECONDS
    while not done(size) and time.monotonic() < deadline:
        time.sleep(0.01)
    return size


def checkpointed(app, size: int) -> bool:
    """Whether the database file has grown by the pages written since it was `size` bytes: the WAL copied in."""
    return Path(app.config["DATABASE"]).stat().st_size > size + PAGES * 3_000


def test_the_worker_checkpoints_what_requests_wrote(app):
    with checkpoint_job(app):
        size = write_and_wait(app, lambda size: checkpointed(app, size))
    assert checkpointed(app, size)


def test_a_merge_that_finds_the_database_locked_waits_for_its_next_turn_and_the_checkpoints_go_on(app, monkeypatch):
    merges = []

    def locked(_db):
        merges.append(1)
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(worker, "merge_search_indexes", locked)
    with checkpoint_job(app) as checkpoints:
        size = write_and_wait(app, lambda size: checkpointed(app, size) and len(merges) >= 3)
        assert checkpoints.is_alive()
    assert checkpointed(app, size) and len(merges) >= 3
