"""Service figures: requests/s and p50/p99 latency of POST /api/v1/articles with the sample article, at 1, 2,
8 and 32 concurrent clients on loopback, against `factcheck serve` (gunicorn) in a subprocess with 1 worker
process and with one per core; the CPU time of one POST through the test client in the server's process
(the analysis worker's not counted); and the CPU time of each stage of the analysis worker's part."""
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import orjson

from claims import analyse
from factcheck import create_app, storage
from factcheck.db import connect
from factcheck.keys import create_key
from factcheck.schemas import dump_analysis
from sources import IndexCache, enrich
from sources.demo import load_demo

SAMPLE = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "us-japan-tariff-talks.txt"
CLIENTS = (1, 2, 8, 32)
REQUESTS_PER_CLIENT = {1: 60, 2: 40, 8: 20, 32: 8}
IN_PROCESS_REQUESTS = 60
WARM_UP = 5
START_TIMEOUT_SECONDS = 30
REQUEST_TIMEOUT_SECONDS = 120


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(database: str, port: int, workers: int) -> subprocess.Popen:
    """`factcheck serve` on loopback with `workers` processes, its rate limit out of the way; returns once it answers."""
    env = {**os.environ, "FACTCHECK_DATABASE": database, "FACTCHECK_RATE_LIMIT": "1000000 per minute",
           "FACTCHECK_WORKERS": str(workers)}
    command = [str(Path(sys.executable).with_name("factcheck")), "serve", "--port", str(port)]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server
        except OSError:
            if server.poll() is not None:
                raise RuntimeError(f"the server stopped: {server.stderr.read().decode()}")
            time.sleep(0.1)
    server.kill()
    raise RuntimeError(f"the server did not answer within {START_TIMEOUT_SECONDS}s")


def client(port: int, body: bytes, headers: dict, count: int) -> list[float]:
    """One client on one keep-alive connection: `count` POSTs, each one's latency in seconds."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT_SECONDS)
    latencies = []
    try:
        for _ in range(count):
            started = time.perf_counter()
            connection.request("POST", "/api/v1/articles", body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            if response.status != 201:
                raise RuntimeError(f"POST /api/v1/articles answered {response.status}")
            latencies.append(time.perf_counter() - started)
    finally:
        connection.close()
    return latencies


def run(port: int, body: bytes, headers: dict, clients: int) -> tuple[float, float, float, int]:
    """(requests/s, p50 ms, p99 ms, requests) with `clients` concurrent clients."""
    count = REQUESTS_PER_CLIENT[clients]
    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        latencies = sorted(sum(pool.map(lambda _: client(port, body, headers, count), range(clients)), []))
    elapsed = time.perf_counter() - started
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    return len(latencies) / elapsed, cuts[49] * 1000, cuts[98] * 1000, len(latencies)


def in_process_cpu_ms(body: bytes, headers: dict, app) -> float:
    """The median CPU time of a POST through the Flask test client: the service's own cost, without HTTP."""
    client = app.test_client()
    for _ in range(WARM_UP):
        client.post("/api/v1/articles", data=body, headers=headers)
    times = []
    for _ in range(IN_PROCESS_REQUESTS):
        started = time.process_time()
        client.post("/api/v1/articles", data=body, headers=headers)
        times.append(time.process_time() - started)
    return statistics.median(times) * 1000


def stage_cpu_ms(text: str, database: str) -> dict[str, float]:
    """The median CPU time of each stage of a submission in its analysis worker (`submission.analyse_and_store`,
    whose statements are too few in the sample to count)."""
    times = {name: [] for name in ("analyse", "registry enrich", "dump", "storage", "answer")}
    with connect(database) as db:
        indexes = IndexCache()
        for _ in range(WARM_UP + IN_PROCESS_REQUESTS):
            started = time.process_time()
            analysis = analyse(text)
            analysed = time.process_time()
            matches = enrich(analysis, indexes.current(db))
            enriched = time.process_time()
            claims = dump_analysis(analysis, matches)["claims"]
            dumped = time.process_time()
            article = storage.store_article(db, {"body": text}, claims)
            stored = time.process_time()
            orjson.dumps(article)
            answered = time.process_time()
            for name, seconds in zip(times, (analysed - started, enriched - analysed, dumped - enriched,
                                             stored - dumped, answered - stored)):
                times[name].append(seconds)
    return {name: statistics.median(values[WARM_UP:]) * 1000 for name, values in times.items()}


def main():
    if not SAMPLE.exists():
        print(f"service: skipped, the sample article is not at {SAMPLE}")
        return
    body = json.dumps({"body": SAMPLE.read_text(encoding="utf-8")}).encode()
    with tempfile.TemporaryDirectory() as workdir:
        database = os.path.join(workdir, "bench.db")
        app = create_app({"DATABASE": database, "RATE_LIMIT": "1000000 per minute"})
        with connect(database) as db:
            load_demo(db)
            secret = create_key(db, "bench")[1]
        headers = {"Content-Type": "application/json", "X-API-Key": secret}
        cpu_ms = in_process_cpu_ms(body, headers, app)
        print(f"POST /api/v1/articles, sample article ({len(body) / 1024:.1f} KB JSON), demo registry")
        print(f"server process (test client): {cpu_ms:.1f} ms CPU per request, median of {IN_PROCESS_REQUESTS}")
        stages = stage_cpu_ms(SAMPLE.read_text(encoding="utf-8"), database)
        print(f"analysis worker: {sum(stages.values()):.1f} ms CPU per request: "
              + ", ".join(f"{name} {ms:.1f}" for name, ms in stages.items()))
        print(f"both: {cpu_ms + sum(stages.values()):.1f} ms CPU per request (target: p50 10 ms at 1 client)")
        print(f"{'workers':>8} {'clients':>8} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}")
        best = {}
        for workers in sorted({1, os.cpu_count() or 1}):
            port = free_port()
            server = start_server(database, port, workers)
            try:
                client(port, body, headers, WARM_UP * workers)
                for clients in CLIENTS:
                    rate, p50, p99, requests = run(port, body, headers, clients)
                    best[workers] = max(best.get(workers, 0.0), rate)
                    print(f"{workers:>8} {clients:>8} {requests:>9} {rate:>8.1f} {p50:>8.1f} {p99:>8.1f}")
            finally:
                server.terminate()
                server.wait(timeout=START_TIMEOUT_SECONDS)  # a worker still booting finishes first
        if len(best) > 1:
            most = max(best)
            print(f"best throughput, {most} workers against 1: {best[most] / best[1]:.2f}x (target 1.7x on 2 cores)")
