"""Against the real server (`factcheck serve`, gunicorn) in a subprocess: concurrent writers, the demo registry."""
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

from benchmarks.probe.server import analysis_workers
from factcheck import create_app
from factcheck.connection_counts import ABSENT
from factcheck.db import DEMO_DATABASE, connect
from factcheck.keys import create_key

CLIENTS = 8
WORKERS = 2
ARTICLE = '"We will not close a single library this year," said Tomas Ferreira, the mayor of Velmont.'


def start_server(tmp_path, database: str | None, workers: int = WORKERS):
    """`factcheck serve` with `workers` processes in tmp_path on a free port, serving `database` (None: no database
    named), with its base URL and log file; stopped by `stop`."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {name: value for name, value in os.environ.items() if name != "FACTCHECK_DATABASE"}
    env |= {"FACTCHECK_WORKERS": str(workers)} | ({"FACTCHECK_DATABASE": database} if database else {})
    log = tmp_path / "server.log"
    process = subprocess.Popen([str(Path(sys.executable).with_name("factcheck")), "serve", "--port", str(port)],
                               env=env, cwd=tmp_path, stdout=log.open("w"), stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(f"{base}/healthz", timeout=1)
            break
        except OSError:
            assert process.poll() is None, process.stderr.read().decode()
            time.sleep(0.1)
    return process, base, log


# A worker process asked to stop while it boots stops once it has loaded the extractor's data and the registry
# index, or its analysis processes are up: seconds on a busy machine.
STOP_SECONDS = 60


def stop(process):
    process.terminate()
    process.wait(timeout=STOP_SECONDS)


def database_with_key(tmp_path) -> tuple[str, str]:
    """A new database file in tmp_path, and the secret of an API key stored in it."""
    database = str(tmp_path / "served.db")
    with connect(create_app({"DATABASE": database}).config["DATABASE"]) as db:
        return database, create_key(db, "served CMS")[1]


@pytest.fixture
def server(tmp_path):
    """The served app's base URL, an API key and its log file, over a named database; the server (2 worker
    processes) is stopped afterwards."""
    database, secret = database_with_key(tmp_path)
    process, base, log = start_server(tmp_path, database)
    yield base, secret, log
    stop(process)


@pytest.fixture
def demo_server(tmp_path):
    """The served app's base URL when no database is named, as `make serve` starts it."""
    process, base, _ = start_server(tmp_path, None)
    yield base
    stop(process)


def post(base: str, secret: str, body: dict, headers: dict | None = None) -> tuple[int, dict]:
    request = urllib.request.Request(f"{base}/api/v1/articles", data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", "X-API-Key": secret, **(headers or {})})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status, json.load(response)


def get(base: str, path: str) -> dict:
    with urllib.request.urlopen(f"{base}{path}", timeout=60) as response:
        return json.load(response)


def test_a_worker_process_starts_its_analysis_processes_with_the_first_long_article(tmp_path):
    database, secret = database_with_key(tmp_path)
    process, base, _ = start_server(tmp_path, database)
    try:
        assert post(base, secret, {"body": ARTICLE})[0] == 201
        assert not analysis_workers(process.pid)
        long_article = " ".join(f"{ARTICLE} Story {n}." for n in range(200))  # past submission.INLINE_CHARACTERS
        status, article = post(base, secret, {"body": long_article})
        assert status == 201 and article["claims"][-1]["speaker"]["name"] == "Tomas Ferreira"
        assert analysis_workers(process.pid)
    finally:
        stop(process)


def test_what_a_worker_process_loaded_is_left_out_of_garbage_collections(tmp_path):
    import gc

    from factcheck.server import Server

    Server({"DATABASE": str(tmp_path / "loaded.db")}, {}).load()
    try:
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()


def test_concurrent_submissions_are_all_stored(server):
    base, secret, _ = server
    with ThreadPoolExecutor(CLIENTS) as pool:
        results = list(pool.map(lambda n: post(base, secret, {"body": f"{ARTICLE} Story {n}."}), range(CLIENTS * 3)))
    assert {status for status, _ in results} == {201}
    assert len({article["id"] for _, article in results}) == CLIENTS * 3
    assert get(base, "/api/v1/articles?page=1")["total"] == CLIENTS * 3


def test_concurrent_retries_with_one_idempotency_key_store_one_article(server):
    base, secret, _ = server
    with ThreadPoolExecutor(CLIENTS) as pool:
        results = list(pool.map(lambda _: post(base, secret, {"body": ARTICLE}, {"Idempotency-Key": "story-9"}), range(CLIENTS)))
    assert {(status, article["id"]) for status, article in results} == {(201, results[0][1]["id"])}
    assert get(base, "/api/v1/articles?page=1")["total"] == 1


def test_served_app_has_the_demo_registry_in_the_demo_database_when_none_is_named(demo_server, tmp_path):
    assert get(demo_server, "/api/v1/sources/shigeru-ishiba")["name"] == "Shigeru Ishiba"
    assert (tmp_path / DEMO_DATABASE).is_file()


def test_a_named_database_is_served_with_an_empty_registry(server, tmp_path):
    base, _, _ = server
    assert get(base, "/api/v1/sources?page=1")["total"] == 0
    assert not (tmp_path / DEMO_DATABASE).exists()


def test_every_worker_sees_a_source_added_through_another(server):
    base, secret, _ = server

    def said(n):
        return post(base, secret, {"body": f'"Harbour fees rise by {n}%," said Ines Moreau.'})

    with ThreadPoolExecutor(CLIENTS) as pool:  # every worker builds its registry index before the source exists
        assert not any(claim["speaker"].get("source") for _, article in pool.map(said, range(CLIENTS))
                       for claim in article["claims"])
    source = {"id": "ines-moreau", "name": "Ines Moreau", "kind": "person"}
    request = urllib.request.Request(f"{base}/api/v1/sources", data=json.dumps(source).encode(), method="POST",
                                     headers={"Content-Type": "application/json", "X-API-Key": secret})
    urllib.request.urlopen(request, timeout=60).close()
    # Each request on a new connection, so that every worker process answers some of them.
    with ThreadPoolExecutor(CLIENTS) as pool:
        articles = list(pool.map(said, range(CLIENTS, CLIENTS * 3)))
    assert {claim["speaker"]["source"]["id"] for _, article in articles for claim in article["claims"]} == {"ines-moreau"}


def test_the_server_says_where_it_serves_and_logs_each_request_with_its_id(server):
    base, _, log = server
    with urllib.request.urlopen(urllib.request.Request(f"{base}/healthz", headers={"X-Request-Id": "desk-42"})) as given, \
            urllib.request.urlopen(f"{base}/healthz") as assigned:
        ids = given.headers["X-Request-Id"], assigned.headers["X-Request-Id"]
    assert ids[0] == "desk-42" and len(ids[1]) == 32
    time.sleep(0.5)  # the access line is written after the response
    lines = log.read_text().splitlines()
    assert lines[0] == f"Serving on {base} with {WORKERS} worker processes"
    assert {line.rsplit("request_id=", 1)[1] for line in lines if '"GET /healthz HTTP/1.1" 200' in line} >= set(ids)


def test_connections_that_send_nothing_leave_the_threads_free(server):
    base, _, _ = server
    port = int(base.rsplit(":", 1)[1])
    idle = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(64)]
    try:
        # Each idle connection held a thread for 5 s: 64 of them kept 8 threads busy for 40 s.
        with urllib.request.urlopen(f"{base}/healthz", timeout=10) as response:
            assert response.status == 200
    finally:
        for connection in idle:
            connection.close()


def test_the_served_app_runs_batches_in_the_worker_process_it_starts(server):
    base, secret, log = server
    request = urllib.request.Request(f"{base}/api/v1/batches", data=json.dumps([{"body": ARTICLE}]).encode(),
                                     method="POST", headers={"Content-Type": "application/json", "X-API-Key": secret})
    with urllib.request.urlopen(request, timeout=60) as response:
        assert response.status == 202
        location = response.headers["Location"]
    deadline = time.monotonic() + 120
    while (batch := get(base, location.removeprefix(base)))["status"] != "done":
        assert time.monotonic() < deadline, batch
        time.sleep(0.2)
    assert get(base, batch["articles"][0]["self"].removeprefix(base))["claims"][0]["speaker"]["name"] == "Tomas Ferreira"
    assert "worker" in log.read_text() and "started on" in log.read_text()


def test_the_worker_ends_when_the_process_that_started_it_does(tmp_path):
    database = str(tmp_path / "orphan.db")
    parent = ("import os, subprocess, sys; print(subprocess.Popen([sys.executable, '-m', 'factcheck', 'worker', "
              f"'--database', {database!r}, '--parent', str(os.getpid())], stdout=subprocess.DEVNULL).pid)")
    worker_pid = int(subprocess.run([sys.executable, "-c", parent], capture_output=True, text=True, timeout=60,
                                    check=True).stdout)
    deadline = time.monotonic() + 60
    while Path(f"/proc/{worker_pid}").exists():
        assert time.monotonic() < deadline, "the worker outlived its parent"
        time.sleep(0.2)


def test_a_paused_request_thread_keeps_the_connection_alive():
    """The drain of a leftover body before a keep-alive connection is reused is not bounded by the 1 ms wait for a new
    connection's first bytes: a thread paused that long on a busy machine would close it after its answer."""
    from types import SimpleNamespace

    from factcheck.server import FIRST_BYTES_WAIT_SECONDS, Worker

    class Parser:
        def finish_body(self, deadline):
            time.sleep(2 * FIRST_BYTES_WAIT_SECONDS)  # the thread is paused before it looks at the socket
            return deadline > time.monotonic()

    assert Worker._keepalive_after(None, SimpleNamespace(parser=Parser()), keepalive=True)


def test_connection_counts_tell_a_worker_the_fewest_its_siblings_hold():
    from types import SimpleNamespace

    from factcheck.connection_counts import ConnectionCounts

    counts = ConnectionCounts(3)
    arbiter = SimpleNamespace(WORKERS={})
    workers = [SimpleNamespace() for _ in range(3)]
    for pid, worker in enumerate(workers):
        counts.assign(arbiter, worker)
        arbiter.WORKERS[pid] = worker
    assert [worker.slot for worker in workers] == [0, 1, 2]
    counts.set(0, 4), counts.set(1, 2), counts.set(2, 7)
    assert [counts.fewest_besides(slot) for slot in (0, 1, 2, None)] == [2, 4, 2, None]
    turns = counts.turns()
    counts.turn(1), counts.turn(1), counts.turn(2)
    assert [counts.passed(turns, 0, held) for held in (2, 3, 8)] == [True, True, False]  # slot 2 (7) has turned once
    counts.release(arbiter, arbiter.WORKERS.pop(1))  # the worker in slot 1 ended
    assert counts.fewest_besides(0) == 7
    replacement = SimpleNamespace()
    counts.assign(arbiter, replacement)
    assert replacement.slot == 1 and counts.fewest_besides(0) == 7  # not counted until it has booted
    counts.set(replacement.slot, 0)  # its first `publish`
    assert counts.fewest_besides(0) == 0


def test_a_worker_without_siblings_is_compared_with_none():
    from types import SimpleNamespace

    from factcheck.connection_counts import ConnectionCounts

    counts = ConnectionCounts(1)
    counts.assign(SimpleNamespace(WORKERS={}), worker := SimpleNamespace())
    assert counts.fewest_besides(worker.slot) is None


def bare_worker(listener: socket.socket, held: int, sibling_holds: int | None):
    """A gthread `Worker` holding `held` connections, listening on `listener`, beside a sibling holding
    `sibling_holds` (None: no sibling), without gunicorn's process around it; it hands its requests to no thread."""
    import selectors
    from concurrent.futures import Future
    from types import SimpleNamespace

    from factcheck.connection_counts import ConnectionCounts
    from factcheck.server import Worker

    worker = Worker.__new__(Worker)
    counts = ConnectionCounts(2)
    worker.app, worker.slot, worker.sockets, worker.alive = SimpleNamespace(counts=counts), 0, [listener], True
    worker.poller, worker._accepting, worker.worker_connections = selectors.DefaultSelector(), False, 1000
    worker.nr_conns, worker.leaving, worker.cfg = held, set(), SimpleNamespace(is_ssl=False)
    worker.tpool = SimpleNamespace(submit=lambda *_: Future())
    counts.set(1, ABSENT if sibling_holds is None else sibling_holds)
    worker.publish()
    worker.set_accept_enabled(True)
    return worker


@pytest.fixture
def listener():
    with socket.create_server(("127.0.0.1", 0)) as listening:
        yield listening


@pytest.mark.parametrize("held, sibling_holds", [(0, None), (3, None), (0, 0), (2, 2), (1, 3)])
def test_a_worker_whose_siblings_hold_as_many_connections_accepts_a_new_one_at_once(listener, held, sibling_holds):
    worker = bare_worker(listener, held, sibling_holds)
    with socket.create_connection(listener.getsockname()):
        worker.wait_for_and_dispatch_events(timeout=5)
        assert worker.nr_conns == held + 1 and worker.app.counts.fewest_besides(1) == held + 1


def test_a_worker_holding_more_leaves_a_new_connection_to_its_sibling_until_the_sibling_passes_it_up(listener):
    worker = bare_worker(listener, held=1, sibling_holds=0)
    with socket.create_connection(listener.getsockname()):
        worker.wait_for_and_dispatch_events(timeout=5)
        assert worker.nr_conns == 1 and not worker._accepting
        worker.wait_for_and_dispatch_events(timeout=5)  # it looks again: the sibling has not had a turn (no core)
        worker.set_accept_enabled(True)  # gunicorn's loop asks on every turn
        assert worker.nr_conns == 1 and not worker._accepting
        worker.app.counts.turn(1)
        worker.app.counts.turn(1)  # the sibling's loop turned twice and left the connection
        worker.wait_for_and_dispatch_events(timeout=5)
        worker.set_accept_enabled(True)
        assert worker._accepting and worker.nr_conns == 2


def test_a_worker_takes_the_connection_it_left_to_a_sibling_that_has_stopped(listener):
    worker = bare_worker(listener, held=1, sibling_holds=0)
    with socket.create_connection(listener.getsockname()):
        worker.wait_for_and_dispatch_events(timeout=5)
        worker.app.counts.set(1, ABSENT)  # the sibling ended (the master's `child_exit`)
        worker.wait_for_and_dispatch_events(timeout=5)
        assert worker.nr_conns == 2 and worker.accept_due is None


def test_a_connection_a_sibling_took_meanwhile_is_not_waited_for(listener):
    worker = bare_worker(listener, held=1, sibling_holds=0)
    with socket.create_connection(listener.getsockname()):
        worker.wait_for_and_dispatch_events(timeout=5)
        listener.accept()[0].close()  # the sibling's accept
        started = time.monotonic()
        worker.wait_for_and_dispatch_events(timeout=5)
        assert worker.nr_conns == 1 and worker.accept_due is None and time.monotonic() - started < 1


@pytest.mark.parametrize("held, sibling_holds, hands_over", [(2, 0, True), (5, 3, True), (2, 1, False), (3, None, False)])
def test_a_worker_holding_two_more_connections_than_a_sibling_makes_a_request_the_last_of_its_connection(
        listener, held, sibling_holds, hands_over):
    worker = bare_worker(listener, held, sibling_holds)
    connection, other = object(), object()
    worker.enqueue_req(connection)
    worker.enqueue_req(other)
    assert worker.leaving == ({connection} if hands_over else set())
    assert worker.app.counts.fewest_besides(1) == held - hands_over


def test_the_request_a_worker_makes_the_last_of_its_connection_is_answered_with_connection_close(listener, monkeypatch):
    from gunicorn.workers import gthread

    from factcheck.server import Worker

    class Request:
        """What gunicorn's request says of its connection: closed after the answer once `force_close` is called."""

        must_close = False

        def force_close(self):
            self.must_close = True

    # gunicorn's own handling answers with `Connection: close` when the request must close, and keeps it alive else.
    monkeypatch.setattr(gthread.ThreadWorker, "handle_request", lambda _worker, req, _conn: not req.must_close)
    class Connection:
        sock = None  # nothing is written to it here

    worker = bare_worker(listener, held=2, sibling_holds=0)
    leaving, staying = Connection(), Connection()
    worker.enqueue_req(leaving)
    worker.enqueue_req(staying)
    assert [Worker.handle_request(worker, Request(), conn) for conn in (leaving, staying)] == [False, True]


@pytest.fixture
def high_listener(listener):
    """`listener` on a descriptor past 1023, as in a process that holds a thousand connections."""
    with socket.socket(fileno=os.dup2(listener.fileno(), 1500)) as listening:
        yield listening


def test_a_waiting_connection_is_seen_on_a_listener_past_descriptor_1023(high_listener):
    from factcheck.server import waiting

    assert not waiting([high_listener])
    with socket.create_connection(high_listener.getsockname()):
        deadline = time.monotonic() + 5
        while not waiting([high_listener]) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert waiting([high_listener])
