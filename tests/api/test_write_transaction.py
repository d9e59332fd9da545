"""A write transaction commits or rolls back whole, leaves its connection ready for the next one, and takes its turn
with the writers of other processes."""
import fcntl
import multiprocessing
import sqlite3

import pytest

from factcheck.db import connect
from factcheck.storage import write_transaction
from sources.transactions import LOCK_SUFFIX


@pytest.fixture
def db(tmp_path):
    """A database file whose `note` rows must name a `topic` row, checked at COMMIT (a deferred foreign key)."""
    db = connect(str(tmp_path / "transactions.db"))
    db.execute("create table topic (id integer primary key)")
    db.execute("create table note (topic_id integer references topic(id) deferrable initially deferred)")
    yield db
    db.close()


def notes(db) -> int:
    return db.execute("select count(*) from note").fetchone()[0]


def test_a_transaction_whose_commit_fails_is_rolled_back(db):
    with pytest.raises(sqlite3.IntegrityError), write_transaction(db):
        db.execute("insert into note values (1)")
    assert not db.conn.in_transaction
    assert notes(db) == 0


def test_the_connection_writes_again_after_a_failed_commit(db):
    with pytest.raises(sqlite3.IntegrityError), write_transaction(db):
        db.execute("insert into note values (1)")
    with write_transaction(db):
        db.execute("insert into topic values (1)")
        db.execute("insert into note values (1)")
    assert notes(db) == 1


def test_a_write_transaction_holds_the_database_files_lock(db, tmp_path):
    lock_file = str(tmp_path / "transactions.db") + LOCK_SUFFIX
    with write_transaction(db), open(lock_file) as other:
        with pytest.raises(BlockingIOError):
            fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
    with open(lock_file) as other:
        fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)  # free once the transaction ended


# Each process adds this many topics, each numbered one more than the last it reads in its transaction.
WRITES_PER_PROCESS = 50


def add_topics(path: str, start: multiprocessing.Barrier) -> None:
    db = connect(path)
    start.wait()
    for _ in range(WRITES_PER_PROCESS):
        with write_transaction(db):
            db.execute("insert into topic select coalesce(max(id), 0) + 1 from topic")
    db.close()


def test_two_processes_writing_at_once_lose_no_write(db, tmp_path):
    """No write lost nor failed between processes. SQLite's write lock (BEGIN IMMEDIATE) alone would keep this so:
    the file lock's own tests are those of holding it, waiting for it past the busy timeout and nesting."""
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(2)
    writers = [context.Process(target=add_topics, args=(str(tmp_path / "transactions.db"), start)) for _ in range(2)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    assert [writer.exitcode for writer in writers] == [0, 0]
    assert db.execute("select count(*), max(id) from topic").fetchone() == (2 * WRITES_PER_PROCESS,) * 2


def test_a_write_transaction_inside_another_fails_at_once(db):
    with write_transaction(db):
        db.execute("insert into topic values (1)")
        with pytest.raises(sqlite3.OperationalError, match="within a transaction"), write_transaction(db):
            pass
    assert db.execute("select count(*) from topic").fetchone()[0] == 1


def test_a_writer_that_waits_past_its_busy_timeout_fails_as_sqlite_would(db, tmp_path):
    db.execute("PRAGMA busy_timeout = 50")
    with open(str(tmp_path / "transactions.db") + LOCK_SUFFIX, "a") as holder:
        fcntl.flock(holder, fcntl.LOCK_EX)  # a writer that keeps the lock
        with pytest.raises(sqlite3.OperationalError, match="database is locked"), write_transaction(db):
            db.execute("insert into topic values (1)")
    assert not db.conn.in_transaction
    assert db.execute("select count(*) from topic").fetchone()[0] == 0


def test_a_connection_reads_no_pragma_for_its_later_writes(db):
    """Its lock file is found once, and its busy timeout read only when another writer holds the lock."""
    with write_transaction(db):
        db.execute("insert into topic values (1)")
    statements = []
    db.conn.set_trace_callback(statements.append)
    with write_transaction(db):
        db.execute("insert into topic values (2)")
    db.conn.set_trace_callback(None)
    assert statements == ["BEGIN IMMEDIATE", "insert into topic values (2)", "COMMIT"]


def test_an_in_memory_database_writes_without_a_lock_file():
    db = connect(":memory:")
    db.execute("create table topic (id integer primary key)")
    for topic in (1, 2):
        with write_transaction(db):
            db.execute("insert into topic values (?)", [topic])
    assert db.execute("select count(*) from topic").fetchone()[0] == 2
