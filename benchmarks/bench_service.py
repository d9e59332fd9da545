"""Service figures: requests/s and p50/p99 latency of POST /api/v1/articles with the sample article, at 1, 2,
8 and 32 concurrent clients on loopback, against `factcheck serve` (gunicorn) in a subprocess; the CPU time each
request costs the client (a lean keep-alive client, `keepalive`, so that it takes little of the cores it shares with
the server), the server processes and the analysis processes (read from /proc, so the figures hold
on a busy machine, where the wall times wait for a core), the share of the requests the busiest worker process
served, and the throughput that CPU time allows (`cpu_bound_rate`); the CPU time of one POST through the test
client, and of each stage of its analysis; and the CPU time of the sample's analysis in one process alone and in one
per core at once (`sibling_cost`), which bounds how far worker processes can scale on this machine.

The sample is short enough to be analysed in the request's own thread (`submission.analysed_here`), so one worker
process is one core's worth: a server with one and a server with the defaults (one per core) run side by side, their
rows taken in turn, and the ratio of their throughputs, in rounds back to back (`RATIO_ROUNDS`), is how far the
service scales across the machine's cores. Each served request's CPU in its worker's thread is written down by a
bench-only wrapper of the server (`served_cpu`), so that its median compares with the test client's."""
import json
import multiprocessing
import os
import re
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import orjson

from claims import analyse
from benchmarks import served_cpu
from benchmarks.keepalive import Connection, request_bytes
from benchmarks.probe.server import analysis_workers, children, process_tree
from factcheck import create_app, events, storage
from factcheck.db import connect
from factcheck.keys import create_key
from factcheck.schemas import dump_analysis, stored_statement
from factcheck.submission import as_of, describe_article
from sources import IndexCache, enrich
from sources.demo import load_demo

SAMPLE = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "us-japan-tariff-talks.txt"
CLIENTS = (1, 2, 8, 32)
REQUESTS_PER_CLIENT = {1: 60, 2: 40, 8: 20, 32: 8}
IN_PROCESS_REQUESTS = 60
# Analyses of the sample per process in `sibling_cost`.
SIBLING_RUNS = 60
WARM_UP = 5
# The throughput of N workers against 1 is also measured in rounds at RATIO_CLIENTS clients, 1 worker then N back to
# back, both servers up all along: what else the machine runs then weighs on both alike, where the rows of one server
# came a minute before the other's.
RATIO_ROUNDS = 3
RATIO_CLIENTS = 8
START_TIMEOUT_SECONDS = 60
REQUEST_TIMEOUT_SECONDS = 120
# A worker's access line for a submission: its process id is in the line's prefix (`factcheck.server`).
ACCESS_LINE = re.compile(r"\[(\d+)\] \[INFO\] [^\n]*\"POST /api/v1/articles ")
# The batch worker's line once it has loaded what it needs (`factcheck.worker`): its boot, 2 s of CPU, would otherwise
# fall in the first figures (1 client), counted as the server's and taking a core from it meanwhile.
BATCH_WORKER_STARTED = re.compile(r"\] worker \d+ started on ")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(database: str, port: int, workers: int, log, request_log: Path) -> subprocess.Popen:
    """`factcheck serve` on loopback with `workers` processes, its rate limit out of the way, logging to the file
    `log` and each request's CPU to `request_log` (`served_cpu`); returns once it answers and its batch worker has
    started (`BATCH_WORKER_STARTED`)."""
    env = {**os.environ, "FACTCHECK_DATABASE": database, "FACTCHECK_RATE_LIMIT": "1000000 per minute",
           "FACTCHECK_WORKERS": str(workers), served_cpu.LOG_VARIABLE: str(request_log)}
    command = [sys.executable, "-m", "benchmarks.served_cpu", "serve", "--port", str(port)]
    server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.PIPE)
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if answers(port) and BATCH_WORKER_STARTED.search(Path(log.name).read_text()):
            return server
        if server.poll() is not None:
            raise RuntimeError(f"the server stopped: {server.stderr.read().decode()}")
        time.sleep(0.1)
    server.kill()
    raise RuntimeError(f"the server did not start within {START_TIMEOUT_SECONDS}s")


def answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def client(port: int, body: bytes, headers: dict, count: int) -> list[float]:
    """One client on one keep-alive connection (`keepalive`, lighter than http.client): `count` POSTs, each one's
    latency in seconds."""
    connection = Connection(port, REQUEST_TIMEOUT_SECONDS)
    request = request_bytes("POST", "/api/v1/articles", body, headers)
    latencies = []
    try:
        for _ in range(count):
            started = time.perf_counter()
            status, _answer = connection.exchange(request)
            if status != 201:
                raise RuntimeError(f"POST /api/v1/articles answered {status}")
            latencies.append(time.perf_counter() - started)
    finally:
        connection.close()
    return latencies


def cpu_seconds(pids: list[int], children_too: bool = True) -> float:
    """The CPU time of the processes, with that of their children that ended (replaced analysis workers) unless
    `children_too` is false."""
    return sum(stat_cpu_seconds(f"/proc/{pid}/stat", children_too) for pid in pids)


def stat_cpu_seconds(path: str, children_too: bool) -> float:
    """utime + stime (+ cutime + cstime with `children_too`) of a /proc stat file, a process's or a thread's; 0.0
    once it has ended."""
    try:
        stat = Path(path).read_text()
    except OSError:  # ended meanwhile
        return 0.0
    fields = stat.rsplit(")", 1)[1].split()[11:15 if children_too else 13]
    return sum(int(value) for value in fields) / os.sysconf("SC_CLK_TCK")


def server_parts_cpu(server: int) -> dict[str, float]:
    """CPU seconds so far of the parts of the server's own processes (`factcheck serve` is gunicorn's master; its
    worker processes run the same command, the batch worker another): the worker processes' request threads, their
    main threads (which wait on the sockets and hand each request to a thread), the master and the batch worker."""
    command = Path(f"/proc/{server}/cmdline").read_bytes()
    parts = dict.fromkeys(("request threads", "main threads", "master", "batch worker"), 0.0)
    parts["master"] = cpu_seconds([server], children_too=False)
    for pid in children(server):
        try:
            is_worker = Path(f"/proc/{pid}/cmdline").read_bytes() == command
        except OSError:  # ended meanwhile
            continue
        if not is_worker:
            parts["batch worker"] += cpu_seconds([pid], children_too=False)
            continue
        main_thread = stat_cpu_seconds(f"/proc/{pid}/task/{pid}/stat", children_too=False)
        parts["main threads"] += main_thread
        parts["request threads"] += cpu_seconds([pid], children_too=False) - main_thread
    return parts


def client_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def cpu_split(server: int) -> dict[str, float]:
    """CPU seconds so far of the benchmark's client threads, of the server's own processes (gunicorn's master and
    workers, the batch worker) and of its analysis processes."""
    analysis = analysis_workers(server)
    return {"client": client_cpu_seconds(), "server": cpu_seconds([pid for pid in process_tree(server) if pid not in analysis]),
            "analysis": cpu_seconds(analysis)}


def requests_by_worker(log: Path) -> Counter:
    """POSTs answered so far by each worker process, from the server's access lines ("… [PID] [INFO] … "POST …")."""
    return Counter(ACCESS_LINE.findall(log.read_text()))


def cpu_bound_rate(requests: int, cpu: dict[str, float], busiest_process: float) -> float:
    """Requests per second if the machine's cores did nothing else: the requests over the CPU seconds of the busiest
    server process (one process runs on one core at a time), or over all the CPU seconds spread over the cores,
    whichever is longer. Waits (SQLite's write lock, the network) are left out: an upper bound that does not
    depend on what else the machine runs."""
    return requests / max(busiest_process, sum(cpu.values()) / (os.cpu_count() or 1))


def server_processes_cpu(server: int) -> dict[int, float]:
    """CPU seconds so far of each of the server's own processes (gunicorn's worker processes, the batch worker)."""
    return {pid: cpu_seconds([pid]) for pid in children(server)}


def spread(values: list[float]) -> dict[str, float]:
    """The median, mean and 90th percentile of `values`."""
    return {"median": statistics.median(values), "mean": statistics.mean(values),
            "p90": statistics.quantiles(values, n=10, method="inclusive")[8]}


def requests_cpu(request_log: Path, offset: int, count: int) -> dict[str, dict[str, float]]:
    """The `spread` of the request threads' CPU ms per request (`served_cpu`) over the `count` requests written to
    `request_log` after `offset`: the whole request's, the app's, and gunicorn's around it (the rest)."""
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    rows, _ = served_cpu.read(str(request_log), offset)
    while len(rows) < count and time.monotonic() < deadline:  # the last line is written after its answer is sent
        time.sleep(0.01)
        rows, _ = served_cpu.read(str(request_log), offset)
    return {"thread": spread([cpu for _, cpu, _, _ in rows]), "app": spread([app for _, _, app, _ in rows]),
            "gunicorn": spread([cpu - app for _, cpu, app, _ in rows])}


def run(port: int, body: bytes, headers: dict, clients: int, server: int, log: Path, request_log: Path) -> dict:
    """With `clients` concurrent clients: requests/s, p50 and p99 ms, requests, CPU ms per request by process kind
    (`cpu`) and of the server's parts (`parts`, `server_parts_cpu`), the busiest worker process's share of the requests (`busiest`), the `cpu_bound_rate`, the share of the
    machine's cores that the client and the server processes kept busy (`used`: the rest waited, or went to other work)
    and the machine's load average over the last minute as the run ends (`load`: these processes count in it, about
    1 with one worker, 2 with two; the rest is other work, which the wall times wait for); and the `requests_cpu` of
    single requests (`single`)."""
    count = REQUESTS_PER_CLIENT[clients]
    offset = request_log.stat().st_size
    before, served_before, processes_before = cpu_split(server), requests_by_worker(log), server_processes_cpu(server)
    parts_before = server_parts_cpu(server)
    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        latencies = sorted(sum(pool.map(lambda _: client(port, body, headers, count), range(clients)), []))
    elapsed = time.perf_counter() - started
    cpu_seconds_used = {kind: seconds - before[kind] for kind, seconds in cpu_split(server).items()}
    parts = {part: (seconds - parts_before[part]) * 1000 / len(latencies)
             for part, seconds in server_parts_cpu(server).items()}
    busiest_process = max(seconds - processes_before.get(pid, 0.0)
                          for pid, seconds in server_processes_cpu(server).items())
    served = requests_by_worker(log) - served_before
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    return {"rate": len(latencies) / elapsed, "p50": cuts[49] * 1000, "p99": cuts[98] * 1000, "requests": len(latencies),
            "cpu": {kind: seconds * 1000 / len(latencies) for kind, seconds in cpu_seconds_used.items()}, "parts": parts,
            "busiest": max(served.values(), default=0) / max(served.total(), 1),
            "cpu_rate": cpu_bound_rate(len(latencies), cpu_seconds_used, busiest_process),
            "used": sum(cpu_seconds_used.values()) / (elapsed * (os.cpu_count() or 1)), "load": os.getloadavg()[0],
            "single": requests_cpu(request_log, offset, len(latencies))}


def in_process_cpu_ms(body: bytes, headers: dict, app) -> dict[str, float]:
    """The `spread` of the CPU ms of a POST through the Flask test client: the service's own cost, without HTTP."""
    client = app.test_client()
    for _ in range(WARM_UP):
        client.post("/api/v1/articles", data=body, headers=headers)
    times = []
    for _ in range(IN_PROCESS_REQUESTS):
        started = time.process_time()
        client.post("/api/v1/articles", data=body, headers=headers)
        times.append((time.process_time() - started) * 1000)
    return spread(times)


def stage_cpu_ms(text: str, database: str) -> dict[str, float]:
    """The median CPU time of each stage of a submission's analysis, as `submission.store_submission` runs them."""
    times = {name: [] for name in ("analyse", "registry enrich", "dump", "storage", "answer")}
    store = partial(storage.store_article, idempotency=None, external_id=None)
    with connect(database) as db:
        indexes = IndexCache()
        for _ in range(WARM_UP + IN_PROCESS_REQUESTS):
            started = time.process_time()
            analysis = analyse(text)
            analysed = time.process_time()
            article = describe_article({"body": text}, analysis)
            matches = enrich(analysis, indexes.current(db), as_of=as_of(article))
            enriched = time.process_time()
            data = dump_analysis(analysis, matches, statements=True)
            claims = data["claims"] + [stored_statement(statement) for statement in data["statements"]]
            dumped = time.process_time()
            stored = store(db, article, claims)
            stored_at = time.process_time()
            del stored["statements"]
            orjson.dumps(stored)
            events.summary(stored)
            answered = time.process_time()
            for name, seconds in zip(times, (analysed - started, enriched - analysed, dumped - enriched,
                                             stored_at - dumped, answered - stored_at)):
                times[name].append(seconds)
    return {name: statistics.median(values[WARM_UP:]) * 1000 for name, values in times.items()}


def analysis_cpu_ms(text: str, runs: int) -> float:
    """The mean CPU time of an analysis of `text` over `runs`, after a warm-up."""
    for _ in range(WARM_UP):
        analyse(text)
    started = time.process_time()
    for _ in range(runs):
        analyse(text)
    return (time.process_time() - started) * 1000 / runs


def sibling_cost(text: str) -> tuple[float, list[float]]:
    """The CPU ms of an analysis of `text` in one process alone, then in one process per core at once: the same work
    costs more CPU when the other cores are busy too (their shared cache and memory, and how the host runs the
    machine's virtual cores), which holds N worker processes below N times one whatever the server does."""
    context, cores = multiprocessing.get_context("fork"), os.cpu_count() or 1
    with context.Pool(1) as pool:
        alone = pool.apply(analysis_cpu_ms, (text, SIBLING_RUNS))
    with context.Pool(cores) as pool:
        together = pool.starmap(analysis_cpu_ms, [(text, SIBLING_RUNS)] * cores)
    return alone, together


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
        test_client = in_process_cpu_ms(body, headers, app)
        cpu_ms = test_client["median"]
        stages = stage_cpu_ms(SAMPLE.read_text(encoding="utf-8"), database)
        print(f"POST /api/v1/articles, sample article ({len(body) / 1024:.1f} KB JSON), demo registry, analysed in the "
              f"request's thread")
        print(f"through the test client: {cpu_ms:.1f} ms CPU per request (median of {IN_PROCESS_REQUESTS}): "
              + ", ".join(f"{name} {ms:.1f}" for name, ms in stages.items())
              + f", the rest (Flask, key, rate limit, webhook events, test client) {cpu_ms - sum(stages.values()):.1f}; "
              + f"mean {test_client['mean']:.1f}, p90 {test_client['p90']:.1f}")
        cores = os.cpu_count() or 1
        alone, together = sibling_cost(SAMPLE.read_text(encoding="utf-8"))
        print(f"the sample's analysis, CPU per run: {alone:.1f} ms in one process alone, "
              f"{', '.join(f'{ms:.1f}' for ms in together)} ms in {cores} processes at once "
              f"(+{statistics.mean(together) / alone - 1:.0%}): what busy sibling cores cost the same work on this machine")
        print(f"served on loopback to clients in this process, on the same {cores} cores: each a keep-alive connection "
              "of `benchmarks/keepalive.py`, lighter than http.client (0.2 against 0.5 ms of CPU per request), whose CPU "
              "is in the client column; `used`: the share of the cores those processes kept busy (the rest waited, or "
              "went to other work), `load`: the load average as the row ends (the benchmark's own processes count, "
              "about 1 with one worker, 2 with two)")
        print(f"{'workers':>8} {'clients':>8} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'busiest':>8}"
              f" {'CPU req/s':>10} {'used':>5} {'load':>5}   CPU ms per request: client, server (= its worker processes' request threads + their "
              "main threads + gunicorn's master + the batch worker), analysis processes; then single requests' CPU ms in their worker's "
              "request thread, median/mean/p90 (`benchmarks/served_cpu.py`): the whole request's (thread), the app's, "
              "gunicorn's around it")
        servers = [start_served(database, body, headers, workers, Path(workdir)) for workers in (1, cores)]
        try:
            rows = [[served_row(server, body, headers, clients) for server in servers] for clients in CLIENTS]
            print(f"then {RATIO_ROUNDS} rounds at {RATIO_CLIENTS} clients, 1 worker then {cores}, back to back:")
            rounds = [[served_row(server, body, headers, RATIO_CLIENTS) for server in servers]
                      for _ in range(RATIO_ROUNDS)]
        finally:
            for server in servers:
                server.stop()
        one, most = rows[0][0], rows[0][1]  # at 1 client
        single = one["single"]["thread"]
        print(f"p50 at 1 client: {one['p50']:.1f} ms with 1 worker (target 10 ms), where a request took "
              f"{sum(one['cpu'].values()):.1f} ms of CPU (mean; the client, the server's master and worker, the batch "
              f"worker and the analysis processes): {one['p50'] - sum(one['cpu'].values()):.1f} ms waiting (the "
              f"network's and the server's hand-offs, a core taken by other work); its request thread's CPU: median "
              f"{single['median']:.1f} ms, mean {single['mean']:.1f}, p90 {single['p90']:.1f}, against the test client's "
              f"median {cpu_ms:.1f}, mean {test_client['mean']:.1f}, p90 {test_client['p90']:.1f}; with {cores} workers "
              f"{most['p50']:.1f} ms")
        best = [max(row[index]["rate"] for row in rows) for index in (0, 1)]
        best_cpu = [max(row[index]["cpu_rate"] for row in rows) for index in (0, 1)]
        ratios = [pair[1]["rate"] / pair[0]["rate"] for pair in rounds]
        print(f"throughput, {cores} workers (the default: one per core) against 1 worker (target 1.7x on 2 cores): "
              f"{statistics.median(ratios):.2f}x, the median of the rounds' "
              + ", ".join(f"{ratio:.2f}x (load {pair[1]['load']:.1f})" for ratio, pair in zip(ratios, rounds))
              + f"; best rows against best rows {best[1] / best[0]:.2f}x; as CPU time allows (CPU req/s): "
              f"{best_cpu[1] / best_cpu[0]:.2f}x")


@dataclass
class Served:
    """A `factcheck serve` of the benchmark: its process, port, log and request log (`served_cpu`)."""

    workers: int
    process: subprocess.Popen
    port: int
    log: Path
    request_log: Path

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=START_TIMEOUT_SECONDS)  # a worker still booting finishes first


def start_served(database: str, body: bytes, headers: dict, workers: int, workdir: Path) -> Served:
    """`factcheck serve` with `workers` processes, every one of which has answered a few requests."""
    port, log, request_log = free_port(), workdir / f"server-{workers}.log", workdir / f"requests-{workers}.log"
    request_log.touch()
    with log.open("w") as output:
        server = Served(workers, start_server(database, port, workers, output, request_log), port, log, request_log)
    try:
        # Several connections, so that every worker process has answered some before the figures count.
        with ThreadPoolExecutor(WARM_UP * workers) as pool:
            list(pool.map(lambda _: client(port, body, headers, WARM_UP), range(WARM_UP * workers)))
    except BaseException:
        server.stop()
        raise
    return server


def served_row(server: Served, body: bytes, headers: dict, clients: int) -> dict:
    """Print the figures of `server` at `clients` clients (`run`) and return them."""
    figures = run(server.port, body, headers, clients, server.process.pid, server.log, server.request_log)
    cpu, parts = figures["cpu"], " + ".join(f"{ms:.2f}" for ms in figures["parts"].values())
    print(f"{server.workers:>8} {clients:>8} {figures['requests']:>9} {figures['rate']:>8.1f} {figures['p50']:>8.1f} "
          f"{figures['p99']:>8.1f} {figures['busiest']:>8.0%} {figures['cpu_rate']:>10.1f} {figures['used']:>5.0%} "
          f"{figures['load']:>5.1f}   {cpu['client']:.1f}, {cpu['server']:.1f} (= {parts}), {cpu['analysis']:.1f}; "
          + "; ".join(f"{part} " + "/".join(f"{ms:.2f}" for ms in values.values())
                      for part, values in figures["single"].items()))
    return figures
