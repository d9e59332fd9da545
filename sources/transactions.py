"""Write transactions on a SQLite database file: writers, in any thread or process, take their turns through an OS
file lock beside the file, then SQLite's write lock (BEGIN IMMEDIATE).

A connection that finds SQLite's write lock taken sleeps in SQLite's busy handler, 1, 2, 5, 10, ... up to 100 ms at a
time, and looks again: it may wake long after the lock is free, while its core idles (with two server processes at
8 clients on a loaded machine, requests waited 59 and 67 ms each for BEGIN IMMEDIATE, up to 1.1 s). A writer waiting
for the file lock (`flock`) wakes as soon as its holder lets it go. The busy timeout stays as the backstop, for writers that
take no file lock (the sqlite3 shell, another program).
"""
import fcntl
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

# The lock file's name is the database file's with this suffix, as SQLite names its -wal and -shm files.
LOCK_SUFFIX = "-lock"


def database_file(db: Database) -> str:
    """The path of the connection's main database file; "" for an in-memory or temporary database."""
    return next(path for _seq, name, path in db.execute("PRAGMA database_list") if name == "main")


@contextmanager
def file_lock(path: str) -> Iterator[None]:
    """Hold the exclusive OS lock of the file at `path` (created when missing); nothing for "". Each hold opens the
    file anew: a lock belongs to an open file, so threads of one process exclude each other too. A process forked
    while it is held shares the open file, and so the lock, until both have closed it."""
    if not path:
        yield
        return
    # Read-only: flock needs no write access, so a process of another user (the command line run by an admin
    # beside the server) can take the lock of a file the other made.
    descriptor = os.open(path, os.O_RDONLY | os.O_CREAT, 0o644)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)  # releases the GIL while it waits
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
    holds.
    """
    if db.conn.in_transaction:
        raise sqlite3.OperationalError("cannot start a transaction within a transaction")
    path = database_file(db)
    with file_lock(path and path + LOCK_SUFFIX):
        db.execute("BEGIN IMMEDIATE")
        try:
            yield
            db.execute("COMMIT")
        except BaseException:
            db.rollback()
            raise
