"""The newsroom's test users: one per role, all with the same password."""
from factcheck import accounts
from factcheck.db import connect

PASSWORD = "a long test passphrase"


def add_user(database: str, role: str, name: str | None = None) -> str:
    """A user with `role` (named "ROLE-one" unless `name` is given) and the tests' password; returns the name."""
    with connect(database) as db:
        return accounts.create_user(db, name or f"{role}-one", role, PASSWORD).name
