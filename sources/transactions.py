"""Write transactions on a SQLite database file: writers, in any thread or process, take their turns through an OS
file lock beside the file, then SQLite's write lock (BEGIN IMMEDIATE).

A connection that finds SQLite's write lock taken sleeps in SQLite's busy handler, 1, 2, 5, 10, ... up to 100 ms at a
time, and looks again: it may wake long after the lock is free, while its core idles (with two server processes at
8 clients on a loaded machine, requests waited 59 and 67 ms each for BEGIN IMMEDIATE, up to 1.1 s). A writer waiting
for the file lock (`flock`) looks again after 1 ms, then twice as long each time up to 2 ms, so it starts at most
2 ms after its holder lets it go; it gives up as SQLite would, with "database is locked", after the connection's busy
timeout. SQLite's busy handler stays for writers that take no file lock (the sqlite3 shell, another program).

A connection's lock file is found once (`lock_path`), and its busy timeout read only when the lock is taken: the two
PRAGMAs that gave them cost a submission 50 µs of CPU on every write.
"""
import fcntl
import os
import sqlite3
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlite_utils import Database

# The lock file's name is the database file's with this suffix, as SQLite names its -wal and -shm files.
LOCK_SUFFIX = "-lock"
# A writer waiting for the file lock looks again after this long, then twice as long each time up to the longest.
FIRST_PAUSE_SECONDS = 0.001
LONGEST_PAUSE_SECONDS = 0.002


# Each connection's lock file (`lock_path`), kept as long as its Database is.
LOCK_PATHS: "weakref.WeakKeyDictionary[Database, str]" = weakref.WeakKeyDictionary()


def database_file(db: Database) -> str:
    """The path of the connection's main database file; "" for an in-memory or temporary database."""
    return next(path for _seq, name, path in db.execute("PRAGMA database_list") if name == "main")


def lock_path(db: Database) -> str:
    """The path of the lock file of the connection's database file (`database_file` with LOCK_SUFFIX); "" for an
    in-memory or temporary database. Found once per connection: the file a connection has open never changes."""
    path = LOCK_PATHS.get(db)
    if path is None:
        file = database_file(db)
        path = LOCK_PATHS[db] = file and file + LOCK_SUFFIX
    return path


def busy_timeout(db: Database) -> float:
    """How long, in seconds, the connection waits for a lock before it fails with "database is locked"."""
    return db.execute("PRAGMA busy_timeout").fetchone()[0] / 1000


def take_lock(descriptor: int, timeout: Callable[[], float]) -> None:
    """Take the exclusive lock of the open file, looking again and again (see FIRST_PAUSE_SECONDS) for up to `timeout()`
    seconds (asked for only when the lock is taken); sqlite3.OperationalError("database is locked") when it stays
    taken."""
    started = time.monotonic()
    deadline = None
    pause = FIRST_PAUSE_SECONDS
    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if deadline is None:
                deadline = started + timeout()
            left = deadline - time.monotonic()
            if left <= 0:
                raise sqlite3.OperationalError("database is locked") from None
            time.sleep(min(pause, left))
            pause = min(2 * pause, LONGEST_PAUSE_SECONDS)


@contextmanager
def file_lock(path: str, timeout: Callable[[], float]) -> Iterator[None]:
    """Hold the exclusive OS lock of the file at `path` (created when missing), waiting for it up to `timeout()`
    seconds (`take_lock`); nothing for "". Each hold opens the
    file anew: a lock belongs to an open file, so threads of one process exclude each other too. A process forked
    while it is held shares the open file, and so the lock, until both have closed it."""
    if not path:
        yield
        return
    # Read-only: flock needs no write access, so a process of another user (the command line run by an admin
    # beside the server) can take the lock of a file the other made.
    descriptor = os.open(path, os.O_RDONLY | os.O_CREAT, 0o644)
    try:
        take_lock(descriptor, timeout)
        yield
    finally:
        os.close(descriptor)  # and with it the lock


@contextmanager
def write_transaction(db: Database) -> Iterator[None]:
    """A transaction holding the database file's lock (`file_lock`) and SQLite's write lock (BEGIN IMMEDIATE) from its
    start.

    With a plain BEGIN, a transaction that reads before it writes fails at once with "database is
    locked" when another connection wrote meanwhile; taken up front, the locks make concurrent
    writers wait their turn instead. A COMMIT that fails (a full disk, an I/O error, a deferred constraint) rolls
    back too: SQLite leaves the transaction open, and the connection's next BEGIN would fail. One inside another on
    the same connection fails at once, as SQLite's BEGIN would, rather than wait for good for the lock its outer one
    holds. A writer that waits longer than the connection's busy timeout for the file lock fails as SQLite would:
    sqlite3.OperationalError("database is locked").
    """
    if db.conn.in_transaction:
        raise sqlite3.OperationalError("cannot start a transaction within a transaction")
    with file_lock(lock_path(db), lambda: busy_timeout(db)):
        db.execute("BEGIN IMMEDIATE")
        try:
            yield
            db.execute("COMMIT")
        except BaseException:
            db.rollback()
            raise
