"""Step definitions for features/admin/serving.feature: the real server (`factcheck serve`, gunicorn) and a CMS
whose connections stay open from request to request (keep-alive), as HTTP clients' connection pools keep them."""
import http.client
import time
from functools import partial
from pathlib import Path

import pytest
from pytest_bdd import given, parsers, scenarios, then, when
from test_api_server import start_server, stop

scenarios("admin/serving.feature")


@pytest.fixture
def servers():
    """Started servers, as (process, base URL, log file), stopped afterwards."""
    started = []
    yield started
    for process, _base, _log in started:
        stop(process)


# How long the server may take to log a line (a worker booting, an access line): a bound for a failing test, not
# a wait; on a busy machine a worker loads the extractor's data in seconds.
LOG_SECONDS = 120


def logged(log: Path, found):
    """What `found(lines)` finds in the server's log once it finds something (read again until then)."""
    deadline = time.monotonic() + LOG_SECONDS
    while (result := found(log.read_text().splitlines())) is None:
        assert time.monotonic() < deadline, f"not in the server's log after {LOG_SECONDS} s"
        time.sleep(0.05)
    return result


@given(parsers.parse("the service runs with {workers:d} server processes"), target_fixture="served")
def served(servers, tmp_path, workers):
    """The server, once every worker process takes requests: one answering while its sibling still loads the extractor
    would take every connection."""
    servers.append(start_server(tmp_path, str(tmp_path / "served.db"), workers))
    _process, _base, log = servers[-1]
    logged(log, lambda lines: sum("Worker ready" in line for line in lines) >= workers or None)
    return servers[-1]


@when(parsers.parse("the CMS opens {count:d} connections at the same moment and sends {requests:d} requests on each"),
      target_fixture="last_requests")
def requests_on_connections(served, count, requests):
    """Every connection is open before any sends a request, so that no server process has seen a request when the
    next connection comes. The request ids of each connection's last request."""
    _process, base, _log = served
    connections = [http.client.HTTPConnection(*base.removeprefix("http://").split(":"), timeout=60) for _ in range(count)]
    for connection in connections:
        connection.connect()
    try:
        for _ in range(requests):
            last = [request_id(connection) for connection in connections]
    finally:
        for connection in connections:
            connection.close()
    return last


def request_id(connection: http.client.HTTPConnection) -> str:
    """GET /healthz on the connection (opened again when the server's last answer closed it); the answer's request
    id."""
    connection.request("GET", "/healthz")
    response = connection.getresponse()
    response.read()
    assert response.status == 200
    return response.headers["X-Request-Id"]


@then(parsers.parse("the last requests of the {count:d} connections are answered by different server processes"))
def answered_by_different_processes(served, last_requests, count):
    _process, _base, log = served
    assert len({logged(log, partial(server_process, served_id)) for served_id in last_requests}) == count


def server_process(request: str, lines: list[str]) -> str | None:
    """The process id in the access line of the request with this id ("… [PID] [INFO] … request_id=ID"), written
    after its answer; None while there is none."""
    return next((line.split("[", 2)[1].split("]")[0] for line in lines if line.endswith(f"request_id={request}")), None)
