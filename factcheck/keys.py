"""API keys: a random secret shown once, stored only as its SHA-256 hash, looked up by secret."""
import hashlib
import secrets

from sqlite_utils import Database

from factcheck.storage import utc_now, write_transaction

# Keys carry 256 random bits, so a fast hash is enough: there is nothing to brute-force.
SECRET_BYTES = 32
SECRET_PREFIX = "fck_"
PUBLIC_COLUMN_NAMES = ("id", "name", "user_id", "created_at", "revoked_at")
PUBLIC_COLUMNS = ", ".join(PUBLIC_COLUMN_NAMES)


class UnknownKey(LookupError):
    """No API key with this id."""


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


def create_key(db: Database, name: str, user_id: int | None = None) -> tuple[dict, str]:
    """Store a new key for `name` (a user's with `user_id`, else an integration's); return its record and the
    secret, which is not kept."""
    secret = SECRET_PREFIX + secrets.token_urlsafe(SECRET_BYTES)
    row = {"name": name, "key_hash": hash_secret(secret), "created_at": utc_now(), "user_id": user_id}
    key_id = db["api_keys"].insert(row).last_pk
    return next(db.query(f"select {PUBLIC_COLUMNS} from api_keys where id = ?", [key_id])), secret


def find_key(db: Database, secret: str) -> dict | None:
    """The live key with this secret (not revoked, and its user not disabled), or None. Read with `execute`, as every
    keyed request does: sqlite-utils' `query` wraps a statement in a savepoint, two statements more."""
    row = db.execute(
        f"""select {PUBLIC_COLUMNS} from api_keys where key_hash = ? and revoked_at is null
            and (user_id is null or user_id in (select id from users where disabled_at is null))""",
        [hash_secret(secret)],
    ).fetchone()
    return dict(zip(PUBLIC_COLUMN_NAMES, row)) if row else None


def list_keys(db: Database) -> list[dict]:
    """Every key's id, name and dates, oldest first (never the secret or its hash)."""
    return list(db.query(f"select {PUBLIC_COLUMNS} from api_keys order by id"))


def revoke_key(db: Database, key_id: int) -> None:
    """Revoke a key from now on; UnknownKey if there is none with this id."""
    with write_transaction(db):
        if not db.execute("update api_keys set revoked_at = coalesce(revoked_at, ?) where id = ?", [utc_now(), key_id]).rowcount:
            raise UnknownKey(f"no API key with id {key_id}")
