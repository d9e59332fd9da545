"""Read and write the registry in a `sqlite_utils.Database`: sources, statements, recorded disputes.

The API and the CLI call these plain functions; each write is one transaction and bumps the registry
revision, so an `IndexCache` rebuilds its index on the next lookup.

    ensure_schema(db)                       create or migrate the registry tables
    revision(db) -> int                     the counter every write bumps
    upsert_sources(db, sources)             insert or replace, aliases and roles included
    get_source(db, id) -> Source            NotFound when absent
    has_source(db, id) -> bool              whether a source has this id
    iter_sources(db)                        every source, by id
    page_of_sources(db, page, page_size)    one page of sources by id, with the registry's size (4 queries)
    sources_after(db, after, limit)         up to `limit` sources by id after the id `after` (3 queries)
    delete_source(db, id)                   InUse while statements or disputes refer to it
    upsert_statements / get_statement / iter_statements(db, source_id=None) / delete_statement
    statements_after(db, source_id, after, limit)   a source's statements by id, after the id `after`
    upsert_disputes / get_dispute / iter_disputes(db, statement_id=None) / delete_dispute
    disputes_of_source_after(db, source_id, after, limit)   disputes of a source's statements by id
"""
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from itertools import groupby

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from sources.model import RecordedDispute, Role, Source, Statement
from sources.tables import ALIASES, DISPUTES, REVISION, ROLES, SOURCES, STATEMENTS, ensure_schema
from sources.transactions import write_transaction

__all__ = [
    "NotFound", "InUse", "ensure_schema", "revision", "changing",
    "upsert_sources", "get_source", "has_source", "iter_sources", "page_of_sources", "SourcePage", "sources_after",
    "delete_source", "upsert_statements", "get_statement", "iter_statements", "statements_after", "delete_statement",
    "upsert_disputes", "get_dispute", "iter_disputes", "disputes_of_source_after", "delete_dispute",
]


class NotFound(LookupError):
    """No record with this id: a registry record, or (raised by `factcheck.storage`) an article."""


class InUse(ValueError):
    """The record cannot be deleted while others refer to it."""


def revision(db: Database) -> int:
    """The registry's revision: it changes whenever the registry does. One plain query, as every request
    that matches claims asks it (sqlite-utils' `Table.get` reads the table's schema first: 15 times slower)."""
    return db.execute(f"SELECT revision FROM {REVISION} WHERE id = 1").fetchone()[0]


@contextmanager
def changing(db: Database):
    """One transaction for a registry write, bumping the revision when it commits (a savepoint inside a
    transaction already open).

    It holds the write locks from its start (`transactions.write_transaction`): a write that reads first (as
    sqlite-utils' upserts read the table's schema) in a plain BEGIN fails at once with "database is locked" when
    another connection wrote meanwhile, where with the locks taken up front it waits its turn.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield
            db.execute(f"UPDATE {REVISION} SET revision = revision + 1")
        return
    with write_transaction(db):
        yield
        db.execute(f"UPDATE {REVISION} SET revision = revision + 1")


def upsert_sources(db: Database, sources: Iterable[Source]) -> None:
    """Insert or replace sources; a source's aliases and roles become exactly those given."""
    sources = list(sources)
    ids = [(source.id,) for source in sources]
    with changing(db):
        db[SOURCES].upsert_all((_source_row(source) for source in sources), pk="id")
        db.conn.executemany(f"DELETE FROM {ALIASES} WHERE source_id = ?", ids)
        db.conn.executemany(f"DELETE FROM {ROLES} WHERE source_id = ?", ids)
        db[ALIASES].insert_all(
            ({"source_id": source.id, "alias": alias} for source in sources for alias in dict.fromkeys(source.aliases)),
            ignore=True,
        )
        db[ROLES].insert_all({"source_id": source.id, **asdict(role)} for source in sources for role in source.roles)


@dataclass(frozen=True)
class SourcePage:
    """One page of sources in id order, and how many sources the registry holds."""

    sources: list[Source]
    total: int


def get_source(db: Database, source_id: str) -> Source:
    """The source with this id, or NotFound."""
    source = next(_read_sources(db, "SELECT :id", {"id": source_id}), None)
    if source is None:
        raise NotFound(f"no source with id {source_id!r}")
    return source


def has_source(db: Database, source_id: str) -> bool:
    """Whether the registry holds a source with this id (one query)."""
    return db.execute(f"SELECT 1 FROM {SOURCES} WHERE id = ?", [source_id]).fetchone() is not None


def iter_sources(db: Database) -> Iterator[Source]:
    """Every source, in id order (three queries, however many sources)."""
    return _read_sources(db)


def page_of_sources(db: Database, page: int, page_size: int) -> SourcePage:
    """Page `page` (from 1) of `page_size` sources in id order, aliases and roles loaded in batch (four queries)."""
    window = f"SELECT id FROM {SOURCES} ORDER BY id LIMIT :limit OFFSET :offset"
    found = list(_read_sources(db, window, {"limit": page_size, "offset": (page - 1) * page_size}))
    return SourcePage(found, db.execute(f"SELECT count(*) FROM {SOURCES}").fetchone()[0])


def sources_after(db: Database, after: str | None, limit: int) -> list[Source]:
    """Up to `limit` sources in id order after the id `after` (from the first without), with aliases and roles."""
    window = f"SELECT id FROM {SOURCES} WHERE id > :after ORDER BY id LIMIT :limit"
    return list(_read_sources(db, window, {"after": after or "", "limit": limit}))


def delete_source(db: Database, source_id: str) -> None:
    """Delete a source with its aliases and roles; InUse while statements or disputes refer to it."""
    _get_row(db, SOURCES, source_id)
    users = db.execute(
        f"SELECT (SELECT count(*) FROM {STATEMENTS} WHERE source_id = :id) + (SELECT count(*) FROM {DISPUTES} WHERE by = :id)",
        {"id": source_id},
    ).fetchone()[0]
    if users:
        raise InUse(f"source {source_id!r} has {users} statement(s) or dispute(s) on record")
    with changing(db):
        db.execute(f"DELETE FROM {ALIASES} WHERE source_id = ?", [source_id])
        db.execute(f"DELETE FROM {ROLES} WHERE source_id = ?", [source_id])
        db[SOURCES].delete(source_id)


def upsert_statements(db: Database, statements: Iterable[Statement]) -> None:
    """Insert or replace statements by id."""
    _upsert_records(db, STATEMENTS, statements)


def get_statement(db: Database, statement_id: str) -> Statement:
    """The statement with this id, or NotFound."""
    return Statement(**_get_row(db, STATEMENTS, statement_id))


def iter_statements(db: Database, source_id: str | None = None) -> Iterator[Statement]:
    """Every statement (of one source, when given), in id order."""
    return _iter_records(db, STATEMENTS, Statement, "source_id", source_id)


def statements_after(db: Database, source_id: str, after: str | None, limit: int) -> list[Statement]:
    """Up to `limit` of the source's statements in id order after the id `after` (from the first without)."""
    rows = db.query(f"SELECT * FROM {STATEMENTS} WHERE source_id = :source AND id > :after ORDER BY id LIMIT :limit",
                    {"source": source_id, "after": after or "", "limit": limit})
    return [Statement(**row) for row in rows]


def delete_statement(db: Database, statement_id: str) -> None:
    """Delete a statement and the disputes recorded against it."""
    _get_row(db, STATEMENTS, statement_id)
    with changing(db):
        db.execute(f"DELETE FROM {DISPUTES} WHERE statement_id = ?", [statement_id])
        db[STATEMENTS].delete(statement_id)


def upsert_disputes(db: Database, disputes: Iterable[RecordedDispute]) -> None:
    """Insert or replace recorded disputes by id."""
    _upsert_records(db, DISPUTES, disputes)


def get_dispute(db: Database, dispute_id: str) -> RecordedDispute:
    """The recorded dispute with this id, or NotFound."""
    return RecordedDispute(**_get_row(db, DISPUTES, dispute_id))


def iter_disputes(db: Database, statement_id: str | None = None) -> Iterator[RecordedDispute]:
    """Every recorded dispute (of one statement, when given), in id order."""
    return _iter_records(db, DISPUTES, RecordedDispute, "statement_id", statement_id)


def disputes_of_source_after(db: Database, source_id: str, after: str | None, limit: int) -> list[RecordedDispute]:
    """Up to `limit` disputes on record against the source's statements, in id order after the id `after`."""
    rows = db.query(
        f"""SELECT d.* FROM {DISPUTES} d JOIN {STATEMENTS} s ON s.id = d.statement_id
            WHERE s.source_id = :source AND d.id > :after ORDER BY d.id LIMIT :limit""",
        {"source": source_id, "after": after or "", "limit": limit},
    )
    return [RecordedDispute(**row) for row in rows]


def delete_dispute(db: Database, dispute_id: str) -> None:
    """Delete a recorded dispute."""
    _get_row(db, DISPUTES, dispute_id)
    with changing(db):
        db[DISPUTES].delete(dispute_id)


def _source_row(source: Source) -> dict:
    row = {f.name: getattr(source, f.name) for f in fields(Source) if f.name not in ("aliases", "roles")}
    row["links"] = json.dumps(source.links)
    return row


def _read_sources(db: Database, ids: str | None = None, args: dict | None = None) -> Iterator[Source]:
    """The sources whose ids the query `ids` selects (all, without one) with their aliases and roles: three
    queries, read side by side in source id order."""
    args = args or {}
    where, owned = (f"WHERE id IN ({ids})", f"WHERE source_id IN ({ids})") if ids else ("", "")
    aliases = _Groups(db.query(f"SELECT source_id, alias FROM {ALIASES} {owned} ORDER BY source_id, rowid", args))
    roles = _Groups(db.query(f"SELECT * FROM {ROLES} {owned} ORDER BY source_id, id", args))
    for row in db.query(f"SELECT * FROM {SOURCES} {where} ORDER BY id", args):
        yield Source(**{
            **row, "links": json.loads(row["links"] or "[]"),
            "aliases": [r["alias"] for r in aliases.take(row["id"])],
            "roles": [Role(r["title"], r["of"], r["start"], r["end"]) for r in roles.take(row["id"])],
        })


class _Groups:
    """Rows sorted by source_id, handed out one source's group at a time, in source id order."""

    def __init__(self, rows: Iterable[dict]):
        self._groups = groupby(rows, key=lambda row: row["source_id"])
        self._next = next(self._groups, None)

    def take(self, source_id: str) -> list[dict]:
        while self._next is not None and self._next[0] < source_id:
            self._next = next(self._groups, None)
        if self._next is None or self._next[0] != source_id:
            return []
        rows = list(self._next[1])
        self._next = next(self._groups, None)
        return rows


def _get_row(db: Database, table: str, record_id: str) -> dict:
    try:
        return db[table].get(record_id)
    except NotFoundError:
        raise NotFound(f"no {table.removeprefix('registry_').rstrip('s')} with id {record_id!r}") from None


def _upsert_records(db: Database, table: str, records: Iterable) -> None:
    with changing(db):
        db[table].upsert_all((asdict(record) for record in records), pk="id")


def _iter_records(db: Database, table: str, cls: type, column: str, value: str | None) -> Iterator:
    where, args = (f"{column} = ?", [value]) if value is not None else (None, [])
    for row in db[table].rows_where(where, args, order_by="id"):
        yield cls(**row)
