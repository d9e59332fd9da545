"""A write transaction commits or rolls back whole, and leaves its connection ready for the next one."""
import sqlite3

import pytest

from factcheck.db import connect
from factcheck.storage import write_transaction


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
