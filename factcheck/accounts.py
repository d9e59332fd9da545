"""Newsroom accounts: users with a role and an argon2 password hash; create, list, disable, check a login."""
import re
from dataclasses import dataclass
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask_login import UserMixin
from sqlite_utils import Database

from factcheck.storage import utc_now, write_transaction

# Each role may do what the roles before it may: a reviewer also submits, an admin also reviews.
ROLES = ("journalist", "reviewer", "admin")
NAME = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
MIN_PASSWORD = 10
MAX_PASSWORD = 1024
COLUMNS = "id, name, role, created_at, disabled_at"
# argon2id with the library's defaults (RFC 9106's low-memory profile: 64 MiB, 3 passes).
hasher = PasswordHasher()


class AccountError(ValueError):
    """A user cannot be created or changed as asked."""


class UnknownUser(LookupError):
    """No user with this name."""


@dataclass(frozen=True)
class User(UserMixin):
    """A newsroom user as the pages and the API see them (never the password hash); Flask-Login's user."""

    id: int
    name: str
    role: str
    created_at: str
    disabled_at: str | None = None

    @property
    def is_active(self) -> bool:
        return self.disabled_at is None

    def may(self, role: str) -> bool:
        """Whether this user may do what `role` may (and is not disabled)."""
        return self.is_active and ROLES.index(self.role) >= ROLES.index(role)


@cache
def unknown_user_hash() -> str:
    """Checked against when the name is unknown, so a login takes as long whether or not the user exists."""
    return hasher.hash("no such user")


def user_name(name: str) -> str:
    """`name` as stored: lower case; AccountError unless it is 1-64 letters, digits, '.', '_' or '-'."""
    name = name.strip().lower()
    if not NAME.fullmatch(name):
        raise AccountError("a user name is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit")
    return name


def check_password(password: str) -> None:
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise AccountError(f"a password is {MIN_PASSWORD} to {MAX_PASSWORD} characters long")


def create_user(db: Database, name: str, role: str, password: str) -> User:
    """Store a new user; AccountError for a bad name, role or password, or a name already taken."""
    name = user_name(name)
    if role not in ROLES:
        raise AccountError(f"the role must be one of {', '.join(ROLES)}")
    check_password(password)
    with write_transaction(db):
        if db.execute("select 1 from users where name = ?", [name]).fetchone():
            raise AccountError(f"there is already a user named {name}")
        user_id = db["users"].insert(
            {"name": name, "role": role, "password_hash": hasher.hash(password), "created_at": utc_now()}
        ).last_pk
    return get_user(db, user_id)


def get_user(db: Database, user_id: int) -> User | None:
    row = next(db.query(f"select {COLUMNS} from users where id = ?", [user_id]), None)
    return row and User(**row)


def find_user(db: Database, name: str) -> User:
    """The user called `name`; UnknownUser if there is none."""
    row = next(db.query(f"select {COLUMNS} from users where name = ?", [name.strip().lower()]), None)
    if row is None:
        raise UnknownUser(f"no user named {name}")
    return User(**row)


def list_users(db: Database) -> list[User]:
    """Every user, oldest first."""
    return [User(**row) for row in db.query(f"select {COLUMNS} from users order by id")]


def disable_user(db: Database, name: str) -> User:
    """Disable a user from now on (their sessions and API keys stop working); UnknownUser if there is none."""
    user = find_user(db, name)
    with write_transaction(db):
        db.execute("update users set disabled_at = coalesce(disabled_at, ?) where id = ?", [utc_now(), user.id])
    return get_user(db, user.id)


def authenticate(db: Database, name: str, password: str) -> User | None:
    """The active user with this name and password, else None (the same work either way)."""
    row = next(db.query("select id, password_hash from users where name = ? and disabled_at is null",
                        [name.strip().lower()]), None)
    try:
        hasher.verify(row["password_hash"] if row else unknown_user_hash(), password)
    except (VerificationError, InvalidHashError):
        return None
    return get_user(db, row["id"]) if row else None
