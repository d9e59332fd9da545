"""Writers queue on a lock file beside the database, and hold it for their whole transaction."""
import fcntl

import pytest

from factcheck import storage
from factcheck.db import connect
from factcheck.writers import LOCK_FILE_SUFFIX


def lock_is_free(path: str) -> bool:
    """Whether a writer elsewhere (another open file, as another connection's) could take the lock file now."""
    with open(path + LOCK_FILE_SUFFIX, "a") as lock_file:
        try:
            fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        fcntl.flock(lock_file, fcntl.LOCK_UN)
        return True


def test_a_write_transaction_holds_the_writers_lock_until_it_ends(tmp_path):
    path = str(tmp_path / "writers.db")
    db = connect(path)
    db.execute("create table notes (text text)")
    with storage.write_transaction(db):
        db.execute("insert into notes values ('kept')")
        assert not lock_is_free(path)
    assert lock_is_free(path)
    assert db.execute("select text from notes").fetchall() == [("kept",)]


def test_a_failed_write_transaction_lets_go_of_the_lock_and_rolls_back(tmp_path):
    path = str(tmp_path / "writers.db")
    db = connect(path)
    db.execute("create table notes (text text)")
    with pytest.raises(ZeroDivisionError), storage.write_transaction(db):
        db.execute("insert into notes values ('dropped')")
        1 / 0  # noqa: B018
    assert lock_is_free(path)
    assert db.execute("select count(*) from notes").fetchone() == (0,)


def test_an_in_memory_database_writes_without_a_lock_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = connect(":memory:")
    with storage.write_transaction(db):
        db.execute("create table notes (text text)")
    assert list(tmp_path.iterdir()) == []
