"""The service's tables, created and migrated in order, tracked by SQLite's user_version."""
from sqlite_utils import Database


def create_articles_claims_disputes(db: Database) -> None:
    """Articles, their claims (full-text searchable) and the disputes of those claims."""
    db["articles"].create(
        {
            "id": int, "title": str, "headline": str, "body": str, "url": str,
            "published_at": str, "byline": str, "publisher": str, "created_at": str, "date": str,
        },
        pk="id",
        not_null={"body", "created_at", "date"},
    )
    db["articles"].enable_fts(["title", "body"], create_triggers=True)
    db["claims"].create(
        {
            "article_id": int, "claim_id": str, "position": int, "content": str, "kind": str,
            "attribution": str, "speaker": str, "source_id": str, "disputed": int, "date": str, "data": str,
        },
        pk=("article_id", "claim_id"),
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"content", "disputed", "date", "data"},
    )
    db["claims"].enable_fts(["content"], create_triggers=True)
    db["claims"].create_index(["speaker"])
    db["claims"].create_index(["source_id"])
    db["claims"].create_index(["disputed", "date"])
    db["disputes"].create(
        {
            "id": int, "article_id": int, "claim_id": str, "origin": str, "by": str, "cue": str,
            "evidence": str, "url": str, "rating": str, "data": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"article_id", "claim_id", "origin", "data"},
    )
    db["disputes"].create_index(["article_id", "claim_id"])


def create_idempotency_keys(db: Database) -> None:
    """Which article an `Idempotency-Key` (per API key) created, and for which request body."""
    db["idempotency_keys"].create(
        {"owner": str, "key": str, "request_hash": str, "article_id": int, "created_at": str},
        pk=("owner", "key"),
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"request_hash", "article_id", "created_at"},
    )


def create_api_keys(db: Database) -> None:
    """API keys, stored as SHA-256 hashes of the secret."""
    db["api_keys"].create(
        {"id": int, "name": str, "key_hash": str, "created_at": str, "revoked_at": str},
        pk="id",
        not_null={"name", "key_hash", "created_at"},
    )
    db["api_keys"].create_index(["key_hash"], unique=True)


# Append only: a database at user_version N has had the first N migrations applied.
MIGRATIONS = [create_articles_claims_disputes, create_idempotency_keys, create_api_keys]


def migrate(db: Database) -> int:
    """Apply the migrations this database has not had yet, each in its own transaction; return the version."""
    version = next(db.query("PRAGMA user_version"))["user_version"]
    for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
        with db.atomic():
            migration(db)
            db.execute(f"PRAGMA user_version = {number}")
    return len(MIGRATIONS)
