"""Against the real server (`factcheck serve`, waitress) in a subprocess: concurrent writers, the demo registry."""
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from factcheck import create_app
from factcheck.db import connect
from factcheck.keys import create_key

CLIENTS = 8
ARTICLE = '"We will not close a single library this year," said Tomas Ferreira, the mayor of Velmont.'


@pytest.fixture
def server(tmp_path):
    """The served app's base URL and an API key; the server is stopped afterwards."""
    database = str(tmp_path / "served.db")
    with connect(create_app({"DATABASE": database}).config["DATABASE"]) as db:
        secret = create_key(db, "served CMS")[1]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "FACTCHECK_DATABASE": database}
    process = subprocess.Popen([str(Path(sys.executable).with_name("factcheck")), "serve", "--port", str(port)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(f"{base}/healthz", timeout=1)
            break
        except OSError:
            assert process.poll() is None, process.stderr.read().decode()
            time.sleep(0.1)
    yield base, secret
    process.terminate()
    process.wait(timeout=10)


def post(base: str, secret: str, body: dict, headers: dict | None = None) -> tuple[int, dict]:
    request = urllib.request.Request(f"{base}/api/v1/articles", data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", "X-API-Key": secret, **(headers or {})})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status, json.load(response)


def get(base: str, path: str) -> dict:
    with urllib.request.urlopen(f"{base}{path}", timeout=60) as response:
        return json.load(response)


def test_concurrent_submissions_are_all_stored(server):
    base, secret = server
    with ThreadPoolExecutor(CLIENTS) as pool:
        results = list(pool.map(lambda n: post(base, secret, {"body": f"{ARTICLE} Story {n}."}), range(CLIENTS * 3)))
    assert {status for status, _ in results} == {201}
    assert len({article["id"] for _, article in results}) == CLIENTS * 3
    assert get(base, "/api/v1/articles")["total"] == CLIENTS * 3


def test_concurrent_retries_with_one_idempotency_key_store_one_article(server):
    base, secret = server
    with ThreadPoolExecutor(CLIENTS) as pool:
        results = list(pool.map(lambda _: post(base, secret, {"body": ARTICLE}, {"Idempotency-Key": "story-9"}), range(CLIENTS)))
    assert {(status, article["id"]) for status, article in results} == {(201, results[0][1]["id"])}
    assert get(base, "/api/v1/articles")["total"] == 1


def test_served_app_has_the_demo_registry(server):
    base, _ = server
    assert get(base, "/api/v1/sources/shigeru-ishiba")["name"] == "Shigeru Ishiba"
