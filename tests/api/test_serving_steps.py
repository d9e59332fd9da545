"""Step definitions for features/admin/serving.feature: the real server (`factcheck serve`, gunicorn) and a CMS
whose connections stay open from request to request (keep-alive), as HTTP clients' connection pools keep them."""
import http.client
import time
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


@given(parsers.parse("the service runs with {workers:d} server processes"), target_fixture="served")
def served(servers, tmp_path, workers):
    servers.append(start_server(tmp_path, str(tmp_path / "served.db"), workers))
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
    time.sleep(0.5)  # the access line is written after the response
    assert len({server_process(log, served_id) for served_id in last_requests}) == count


def server_process(log: Path, request: str) -> str:
    """The process id in the access line of the request with this id ("… [PID] [INFO] … request_id=ID")."""
    return next(line.split("[", 2)[1].split("]")[0] for line in log.read_text().splitlines()
                if line.endswith(f"request_id={request}"))
