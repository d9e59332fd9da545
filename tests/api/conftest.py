"""Fixtures for the API's tests: the app over a temporary SQLite file, an API key, articles stored with chosen claims."""
import pytest

from factcheck import create_app, storage
from factcheck.db import connect
from factcheck.keys import create_key
from stored_claims import claim_json


@pytest.fixture
def app(tmp_path):
    return create_app({"TESTING": True, "DATABASE": str(tmp_path / "api.db")})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def db(app):
    with connect(app.config["DATABASE"]) as database:
        yield database


@pytest.fixture
def api_key(db) -> str:
    return create_key(db, "test CMS")[1]


@pytest.fixture
def auth(api_key) -> dict:
    """Headers that authenticate a write."""
    return {"X-API-Key": api_key}


@pytest.fixture
def store_article(db):
    """Store an article with claims given as (speaker, content, disputed_by or None); returns its id."""

    def store(title: str, claims: list[tuple], published_at: str | None = None) -> int:
        body = " ".join(f"{speaker} said {content}." for speaker, content, _ in claims) or "Nothing said."
        stored = [claim_json(body, f"c{n}", speaker, content, disputed_by and (disputed_by, content))
                  for n, (speaker, content, disputed_by) in enumerate(claims, start=1)]
        return storage.save_article(db, {"title": title, "body": body, "published_at": published_at}, stored)["id"]

    return store
