"""`factcheck users`: create with a prompt or stdin, list, disable; keys that belong to a user."""
import pytest
from click.testing import CliRunner

from factcheck import accounts
from factcheck.cli import cli
from factcheck.db import open_database


@pytest.fixture
def database(tmp_path) -> str:
    return str(tmp_path / "users.db")


@pytest.fixture
def run(database):
    return lambda *args, input=None: CliRunner().invoke(cli, [*args, "--database", database], input=input)


def test_a_user_is_created_with_the_password_from_stdin_and_stored_hashed(run, database):
    result = run("users", "create", "Ines", "--role", "reviewer", "--password-stdin", input="salt marsh sunrise\n")
    assert (result.exit_code, result.output) == (0, "Created reviewer ines\n")
    with open_database(database) as db:
        stored = next(db.query("select password_hash from users"))["password_hash"]
        assert stored.startswith("$argon2id$") and "salt marsh" not in stored
        assert accounts.authenticate(db, "ines", "salt marsh sunrise").role == "reviewer"


def test_the_password_prompt_asks_twice(run, database):
    result = run("users", "create", "ada", "--role", "admin", input="quiet harbour lights\nquiet harbour lights\n")
    assert result.exit_code == 0, result.output
    with open_database(database) as db:
        assert accounts.authenticate(db, "ada", "quiet harbour lights")


@pytest.mark.parametrize("args, password, error", [
    (["bo", "--role", "journalist"], "short\n", "a password is 10 to 1024 characters long"),
    (["bo b", "--role", "journalist"], "long enough pass\n", "a user name is 1 to 64 letters"),
    (["bo", "--role", "editor"], "long enough pass\n", "'editor' is not one of 'journalist', 'reviewer', 'admin'"),
])
def test_bad_accounts_are_refused(run, args, password, error):
    result = run("users", "create", *args, "--password-stdin", input=password)
    assert result.exit_code == 2 and error in result.output


def test_a_name_is_taken_once(run):
    run("users", "create", "bo", "--role", "journalist", "--password-stdin", input="long enough pass\n")
    result = run("users", "create", "BO", "--role", "admin", "--password-stdin", input="another long one\n")
    assert result.exit_code == 2 and "there is already a user named bo" in result.output


def test_users_are_listed_and_disabled(run, database):
    run("users", "create", "bo", "--role", "journalist", "--password-stdin", input="long enough pass\n")
    assert run("users", "disable", "bo").output == "Disabled bo\n"
    name, role, created, disabled = run("users", "list").output.rstrip("\n").split("\t")
    assert (name, role) == ("bo", "journalist") and created <= disabled
    with open_database(database) as db:
        assert accounts.authenticate(db, "bo", "long enough pass") is None
    assert run("users", "disable", "nobody").exit_code == 2


def test_a_key_belongs_to_a_user_or_an_integration(run):
    run("users", "create", "bo", "--role", "journalist", "--password-stdin", input="long enough pass\n")
    assert "(user bo)" in run("keys", "create", "Bo's laptop", "--user", "bo").output
    assert "(user" not in run("keys", "create", "Newsroom CMS").output
    assert [line.split("\t")[1:3] for line in run("keys", "list").output.splitlines()] == [
        ["Bo's laptop", "1"], ["Newsroom CMS", ""]]
    assert run("keys", "create", "x", "--user", "nobody").exit_code == 2
