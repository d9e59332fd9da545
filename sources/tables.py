"""The registry's tables in the shared SQLite database, created by sqlite-utils migrations.

Every table is prefixed `registry_` so the registry can live in the service's database file beside its
articles. `registry_revision` holds one counter that every registry write bumps, so that a loaded index
knows when it is stale (see `sources.index.IndexCache`).
"""
from sqlite_utils import Database, Migrations

migrations = Migrations("sources")

SOURCES = "registry_sources"
ALIASES = "registry_aliases"
ROLES = "registry_roles"
STATEMENTS = "registry_statements"
DISPUTES = "registry_disputes"
REVISION = "registry_revision"


@migrations()
def create_registry_tables(db: Database) -> None:
    """Sources with aliases and roles, statements, disputes, and the revision counter."""
    db[SOURCES].create(
        {"id": str, "name": str, "kind": str, "affiliation": str, "country": str,
         "description": str, "links": str, "dataset": str},
        pk="id", not_null={"name", "kind"},
    )
    db[ALIASES].create(
        {"source_id": str, "alias": str}, pk=("source_id", "alias"),
        foreign_keys=[("source_id", SOURCES, "id")],
    )
    db[ROLES].create(
        {"id": int, "source_id": str, "title": str, "of": str, "start": str, "end": str},
        pk="id", not_null={"source_id", "title"}, foreign_keys=[("source_id", SOURCES, "id")],
    )
    db[ROLES].create_index(["source_id"])
    db[STATEMENTS].create(
        {"id": str, "source_id": str, "text": str, "url": str, "medium": str, "date": str,
         "recorded_by": str, "dataset": str},
        pk="id", not_null={"text"}, foreign_keys=[("source_id", SOURCES, "id")],
    )
    db[STATEMENTS].create_index(["source_id"])
    db[DISPUTES].create(
        {"id": str, "statement_id": str, "by": str, "by_name": str, "counter_claim": str,
         "reviewer": str, "rating": str, "url": str, "date": str, "dataset": str},
        pk="id", not_null={"statement_id"},
        foreign_keys=[("statement_id", STATEMENTS, "id"), ("by", SOURCES, "id")],
    )
    db[DISPUTES].create_index(["statement_id"])
    db[REVISION].insert({"id": 1, "revision": 0}, pk="id")


def ensure_schema(db: Database) -> None:
    """Create or migrate the registry tables; safe to call on every start."""
    migrations.apply(db)
