"""API keys: created on the command line, stored hashed, required for writes, optional for reads."""
import pytest
from click.testing import CliRunner

from factcheck import accounts, create_app
from factcheck.cli import cli
from factcheck.db import connect
from factcheck.keys import create_key, hash_secret


@pytest.fixture
def keys_cli(app, monkeypatch):
    """Run `factcheck keys …` against the test app's database."""
    monkeypatch.setenv("FACTCHECK_DATABASE", app.config["DATABASE"])
    return lambda *args: CliRunner().invoke(cli, ["keys", *args])


def test_created_key_is_printed_once_as_last_word_and_stored_hashed(keys_cli, db, client):
    result = keys_cli("create", "Newsroom CMS")
    assert result.exit_code == 0
    secret = result.output.split()[-1]
    assert [(k["name"], k["key_hash"]) for k in db["api_keys"].rows] == [("Newsroom CMS", hash_secret(secret))]
    assert secret not in str(list(db["api_keys"].rows))
    assert "Newsroom CMS" in keys_cli("list").output and secret not in keys_cli("list").output
    assert client.post("/api/v1/articles", json={"body": "x"}, headers={"X-API-Key": secret}).status_code == 201


def test_blank_name_is_refused(keys_cli):
    result = keys_cli("create", "  ")
    assert result.exit_code == 2 and "blank" in result.output


def test_revoked_key_no_longer_writes(keys_cli, client):
    secret = keys_cli("create", "old CMS").output.split()[-1]
    assert keys_cli("revoke", "1").exit_code == 0
    response = client.post("/api/v1/articles", json={"body": "x"}, headers={"X-API-Key": secret})
    assert response.status_code == 401


def test_revoking_an_unknown_key_is_an_error(keys_cli):
    result = keys_cli("revoke", "9")
    assert result.exit_code == 2 and "no API key with id 9" in result.output


@pytest.mark.parametrize("headers", [{}, {"X-API-Key": "fck_wrong"}, {"X-API-Key": ""}])
@pytest.mark.parametrize("method, path", [("post", "/api/v1/articles"), ("delete", "/api/v1/articles/1")])
def test_writes_need_a_valid_key(client, headers, method, path):
    response = getattr(client, method)(path, json={"body": "x"}, headers=headers)
    assert (response.status_code, response.mimetype) == (401, "application/problem+json")
    assert response.headers["WWW-Authenticate"].lower().startswith("apikey")


def test_reads_are_open_by_default_but_a_wrong_key_is_refused(client):
    assert client.get("/api/v1/claims").status_code == 200
    assert client.get("/api/v1/claims", headers={"X-API-Key": "fck_wrong"}).status_code == 401


def test_reads_can_require_a_key(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_READS_REQUIRE_KEY", "true")
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "closed.db")})
    with connect(app.config["DATABASE"]) as db:
        secret = create_key(db, "reader")[1]
    client = app.test_client()
    assert client.get("/api/v1/articles").status_code == 401
    assert client.get("/api/v1/articles", headers={"X-API-Key": secret}).status_code == 200
    assert client.get("/api/v1/openapi.json").status_code == 200


def test_a_disabled_user_s_keys_stop_working(app, db, client):
    user = accounts.create_user(db, "bo", "journalist", "long enough pass")
    secret = create_key(db, "Bo's laptop", user.id)[1]
    headers = {"X-API-Key": secret}
    assert client.post("/api/v1/articles", json={"body": "Bo said so."}, headers=headers).status_code == 201
    accounts.disable_user(db, "bo")
    assert client.post("/api/v1/articles", json={"body": "Bo said so."}, headers=headers).status_code == 401
