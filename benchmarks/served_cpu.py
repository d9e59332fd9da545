"""`factcheck serve` for `bench_service` only, each request's thread CPU written down: `python -m
benchmarks.served_cpu serve ...` with REQUEST_CPU_LOG naming a file. Each worker process appends one line per request
to it (`Timed`), so that the served figures are medians and percentiles of single requests, as the test client's
are, not a mean over every process's CPU that carries each outlier (a slow first request, a checkpoint).

A line is the worker's process id, then in µs: the request thread's CPU for the whole request (`handle`: reading and
parsing it, the app, writing the answer, the access line), its CPU in the app alone (the WSGI call and its answer's
iteration), and the request's wall time in the thread. The product does not ship this: the wrapper costs a request
four clock readings and one `write`.
"""
import os
import threading
import time

from factcheck import server
from factcheck.cli import cli

LOG_VARIABLE = "REQUEST_CPU_LOG"


class TimedApp(threading.local):
    """The WSGI app, keeping the thread CPU of each call (with its answer's iteration) in `app_cpu`, one per request
    thread."""

    app_cpu = 0.0

    def __init__(self, app):
        super().__init__()
        self.app = app

    def __call__(self, environ, start_response):
        started = time.thread_time()
        answer = self.app(environ, start_response)
        body = list(answer)
        answer.close()
        self.app_cpu = time.thread_time() - started
        return body

    def __getattr__(self, name):
        return getattr(self.app, name)


class Timed(server.Worker):
    """The server's worker, writing each request's figures (see the module's docstring) to the REQUEST_CPU_LOG
    file."""

    log_file = None

    def load_wsgi(self):
        super().load_wsgi()
        self.wsgi = TimedApp(self.wsgi)
        self.log_file = open(os.environ[LOG_VARIABLE], "a", buffering=1)  # noqa: SIM115 — the worker's life long

    def handle(self, conn):
        started, started_wall = time.thread_time(), time.perf_counter()
        self.wsgi.app_cpu = 0.0
        kept = super().handle(conn)
        cpu, wall = time.thread_time() - started, time.perf_counter() - started_wall
        if self.wsgi.app_cpu:  # a request was answered, not a connection closed or deferred
            self.log_file.write(f"{os.getpid()} {cpu * 1e6:.0f} {self.wsgi.app_cpu * 1e6:.0f} {wall * 1e6:.0f}\n")
        return kept


def read(path: str, offset: int) -> tuple[list[tuple[int, float, float, float]], int]:
    """The lines written to the file at `path` since byte `offset` (process id, then ms: the request's thread CPU,
    its app's, its wall time), and the offset after them."""
    with open(path, "rb") as log:
        log.seek(offset)
        text = log.read()
    complete = text[:text.rfind(b"\n") + 1]
    rows = [line.split() for line in complete.decode().splitlines()]
    return [(int(pid), int(cpu) / 1000, int(app) / 1000, int(wall) / 1000) for pid, cpu, app, wall in rows], \
        offset + len(complete)


if __name__ == "__main__":
    server.Worker = Timed
    cli()
