"""Rate limits count per API key (per address without one) and answer 429 with the standard headers."""
import threading
import time

import pytest
from limits import parse
from limits.errors import ConfigurationError
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from factcheck import create_app
from factcheck.api.ratelimit import InProcessStorage, counters
from factcheck.db import connect
from factcheck.keys import create_key


@pytest.fixture
def limited(tmp_path):
    """An app allowing 3 API requests a minute per client, and two keys."""
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "limited.db"), "RATE_LIMIT": "3 per minute"})
    with connect(app.config["DATABASE"]) as db:
        keys = [create_key(db, name)[1] for name in ("first", "second")]
    return app.test_client(), keys


def test_fourth_request_in_a_minute_is_429_with_headers(limited):
    client, (key, _) = limited
    responses = [client.get("/api/v1/claims", headers={"X-API-Key": key}) for _ in range(4)]
    assert [r.status_code for r in responses] == [200, 200, 200, 429]
    assert [r.headers["X-RateLimit-Remaining"] for r in responses[:3]] == ["2", "1", "0"]
    refused = responses[3]
    assert refused.mimetype == "application/problem+json" and refused.get_json()["status"] == 429
    assert refused.headers["X-RateLimit-Limit"] == "3"
    assert 0 < int(refused.headers["Retry-After"]) <= 60


def test_each_key_has_its_own_allowance(limited):
    client, (first, second) = limited
    for _ in range(3):
        client.get("/api/v1/claims", headers={"X-API-Key": first})
    assert client.get("/api/v1/claims", headers={"X-API-Key": first}).status_code == 429
    assert client.get("/api/v1/claims", headers={"X-API-Key": second}).status_code == 200
    assert client.get("/api/v1/claims").status_code == 200


def test_pages_and_docs_are_not_limited(limited):
    client, _ = limited
    assert {client.get("/api/v1/openapi.json").status_code for _ in range(5)} == {200}
    assert {client.get("/healthz").status_code for _ in range(5)} == {200}


def test_one_allowance_covers_every_resource(limited):
    client, (key, _) = limited
    auth = {"X-API-Key": key}
    statuses = [client.get(path, headers=auth).status_code
                for path in ("/api/v1/claims", "/api/v1/articles", "/api/v1/sources", "/api/v1/reports/disputed")]
    assert statuses == [200, 200, 200, 429]


def test_counters_live_where_the_environment_says(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_RATELIMIT_STORAGE", "memory://")
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "stored.db")})
    assert isinstance(app.extensions["rate_limit"].storage, MemoryStorage)
    monkeypatch.setenv("FACTCHECK_RATELIMIT_STORAGE", "nosuchstore://localhost")
    with pytest.raises(ConfigurationError, match="nosuchstore"):
        create_app({"TESTING": True, "DATABASE": str(tmp_path / "stored.db")})


def test_in_process_counters_count_without_a_thread_per_request():
    """The in-process counters drop old hits on the requests' own thread, not on a timer thread per request."""
    storage = counters("memory://")
    window, limit = MovingWindowRateLimiter(storage), parse("3 per minute")
    time.sleep(0.05)  # a timer the storage started when it was made has run
    threads = threading.active_count()
    assert [window.hit(limit, "api", "key:1") for _ in range(4)] == [True, True, True, False]
    assert isinstance(storage, InProcessStorage) and threading.active_count() == threads
