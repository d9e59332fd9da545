"""Writers take turns on a lock file beside the database (flock) before they take SQLite's write lock.

SQLite's busy handler, while another connection holds the write lock, sleeps and tries again after 1, 2, 5, 10 and
15 ms: with two server processes storing the sample (each holding the lock about 2 ms of its 15), a submission that
found it taken waited 5 to 14 ms, its core idle meanwhile. A writer waiting on the lock file is woken as soon as the
one before it lets go. Every connection opens the file for itself, so the threads of a process queue too; a writer
that does not queue (a registry import, sqlite-utils' own writes) still waits on SQLite's lock, as before. A thread
never opens a write transaction on a second connection while it holds one: it would wait for itself, without end
(SQLite's lock would have failed it after the busy timeout).
"""
import fcntl
from contextlib import contextmanager
from weakref import WeakKeyDictionary

from sqlite_utils import Database

LOCK_FILE_SUFFIX = "-writers"

_lock_files: WeakKeyDictionary = WeakKeyDictionary()


def join(db: Database, path: str) -> None:
    """Make `db`, a connection to the database file at `path`, queue with the file's other writers (`turn`)."""
    _lock_files[db] = open(path + LOCK_FILE_SUFFIX, "a")  # noqa: SIM115 — open for the connection's life


@contextmanager
def turn(db: Database):
    """Hold the database's lock file while the block runs, after the writers before; at once for a connection that
    did not `join` (an in-memory database)."""
    lock_file = _lock_files.get(db)
    if lock_file is None:
        yield
        return
    fcntl.flock(lock_file, fcntl.LOCK_EX)
    try:
        yield
    finally:
        fcntl.flock(lock_file, fcntl.LOCK_UN)
