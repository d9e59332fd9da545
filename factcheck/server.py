"""The production server: gunicorn worker processes, each building its own app, logging to stdout.

Each worker process calls `create_app` after the fork, so it opens its own SQLite connections (WAL, busy
timeout) and keeps its own registry index, rebuilt when the registry's revision changes, for the short articles
it analyses in its request threads, and takes requests once its index and the extractor's data are loaded; its
analysis workers, for long articles, start with the first one and keep their own index. Threads in a worker
(gthread) hold idle keep-alive connections in a poller rather than a thread, so slow or idle clients do not take a
worker away from the others.
"""
import gc
import socket
import time

from gunicorn.app.base import BaseApplication
from gunicorn.workers import gthread

# One access line per request, naming its request id (echoed in the X-Request-Id response header).
ACCESS_LOG_FORMAT = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms request_id=%({x-request-id}o)s'
THREADS_PER_WORKER = 4
# Seconds a kept-alive connection may stay idle, and a silent worker may live, before it is closed or replaced.
KEEPALIVE_SECONDS = 5
WORKER_TIMEOUT_SECONDS = 60
# gunicorn's longest request line (its maximum; 4,094 by default): room for the API's longest valid query
# strings, whose text fields are percent-encoded UTF-8, so that they reach the app and its problem+json errors.
REQUEST_LINE_BYTES = 8190
# A new connection holds one of a worker's threads until its first bytes arrive, for up to gunicorn's
# DEFAULT_WORKER_DATA_TIMEOUT (5 s, which has no setting): 200 connections that send nothing would hold every
# thread for minutes. After this wait they are handed to the worker's poller, which closes them after
# KEEPALIVE_SECONDS, and the threads stay free for requests.
FIRST_BYTES_WAIT_SECONDS = 0.001
# gunicorn bounds by the same constant the draining of a body the app left unread, before a kept-alive connection
# is reused; that bound keeps gunicorn's own value, as 1 ms made a request thread paused that long on a busy
# machine close the connection after an answer that announced keep-alive (the client's next request got none).
BODY_DRAIN_SECONDS = gthread.DEFAULT_WORKER_DATA_TIMEOUT
# The worker processes share one listening socket, and a new connection wakes them all: the first to call accept
# takes it, and with it every request of a keep-alive client. A worker busy with requests lets one busy with fewer go
# first: it waits this long for each request it has in hand, up to ACCEPT_WAIT_MAX_SECONDS, before it accepts. Idle
# connections (kept alive, or new ones that sent nothing yet) do not count: counted, 200 of them held up the accept of
# a health check queued behind them for 0.4 s. Over 6 runs of 2, 8 and 32 keep-alive clients on 2 workers, the
# busiest served 50-62% of the requests (once 100% at 2 clients, whose first bytes had not arrived yet), against
# 50-88% without the wait. 5 ms rather than 2 (which gave 50-62% at 8 and 32 clients in 4 runs): on a machine with 5
# times more work than cores a process waits milliseconds for a core, so 2 ms between two waits often decided
# nothing. gunicorn's reuse_port (a socket per worker, the kernel hashing connections to them, blind to their load)
# gave 50-100% at 2 clients and 50-75% at 8 and 32.
ACCEPT_WAIT_PER_REQUEST_SECONDS = 0.005
ACCEPT_WAIT_MAX_SECONDS = 0.1
LOG_FORMATTER = {"format": "%(asctime)s [%(process)d] [%(levelname)s] %(message)s", "datefmt": "%Y-%m-%dT%H:%M:%S%z"}


class Worker(gthread.ThreadWorker):
    """gunicorn's gthread worker, draining a leftover request body for BODY_DRAIN_SECONDS, not FIRST_BYTES_WAIT_SECONDS,
    and accepting a connection after a wait that grows with the requests it has in hand (`accept`)."""

    # When a deferred accept is due (`accept`); None when none is.
    accept_due: float | None = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.in_hand = set()  # the connections handed to a thread, from then until their request is finished

    def enqueue_req(self, conn) -> None:
        self.in_hand.add(conn)
        super().enqueue_req(conn)

    def finish_request(self, conn, fs) -> None:
        self.in_hand.discard(conn)
        super().finish_request(conn, fs)

    def requests_in_hand(self) -> int:
        """The connections in threads that have a request: a kept-alive one sent it, a new one sent its first bytes
        (its thread may not have looked yet: a burst of new connections is accepted faster than threads start)."""
        return sum(1 for conn in self.in_hand if conn.initialized or conn.data_ready or has_bytes(conn.sock))

    def _keepalive_after(self, conn, keepalive: bool) -> bool:
        return keepalive and bool(conn.parser.finish_body(deadline=time.monotonic() + BODY_DRAIN_SECONDS))

    def accept(self, listener):
        """Accept a new connection at once when this worker has no request in hand or no sibling; else stop listening
        for ACCEPT_WAIT_PER_REQUEST_SECONDS per request it has in hand, so that a sibling with fewer
        takes it meanwhile (`wait_for_and_dispatch_events` accepts it after, if it is still there)."""
        busy = self.requests_in_hand()
        if not busy or self.cfg.workers == 1:
            super().accept(listener)
            return
        wait = min(ACCEPT_WAIT_PER_REQUEST_SECONDS * busy, ACCEPT_WAIT_MAX_SECONDS)
        self.accept_due = time.monotonic() + wait
        self.set_accept_enabled(False)

    def set_accept_enabled(self, enabled: bool) -> None:
        """Not while an accept is deferred (gunicorn's loop asks to listen on every turn)."""
        super().set_accept_enabled(enabled and self.accept_due is None)

    def wait_for_and_dispatch_events(self, timeout: float) -> None:
        """Wait for events, or until a deferred accept is due: then accept a connection still waiting, if any."""
        if self.accept_due is not None:
            timeout = min(timeout, max(self.accept_due - time.monotonic(), 0.0))
        super().wait_for_and_dispatch_events(timeout)
        if self.accept_due is not None and time.monotonic() >= self.accept_due:
            self.accept_due = None
            if self.alive and self.nr_conns < self.worker_connections:  # not stopping, nor full meanwhile
                for listener in self.sockets:
                    super().accept(listener)  # non-blocking: nothing happens when a sibling took it


def has_bytes(connection: socket.socket) -> bool:
    """Whether bytes have arrived on the connection, not read yet (false once it is closed)."""
    try:
        return bool(connection.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT))
    except OSError:  # nothing yet (EAGAIN), or closed meanwhile by its thread
        return False


def stdout_logging() -> dict:
    """gunicorn's logging, error and access lines alike, on stdout (gunicorn merges this over its defaults)."""
    handler = {"class": "logging.StreamHandler", "formatter": "generic", "stream": "ext://sys.stdout"}
    logger = {"level": "INFO", "handlers": ["stdout"], "propagate": False}
    return {
        "root": {"level": "INFO", "handlers": ["stdout"]},
        "loggers": {"gunicorn.error": logger, "gunicorn.access": logger},
        "handlers": {"stdout": handler},
        "formatters": {"generic": LOG_FORMATTER},
    }


class Server(BaseApplication):
    """gunicorn running the app built by `create_app(config)` in every worker process."""

    def __init__(self, config: dict, options: dict):
        self.config = config
        self.options = options
        super().__init__()

    def load_config(self):
        for name, value in self.options.items():
            self.cfg.set(name, value)

    def load(self):
        from factcheck import create_app
        from factcheck.submission import warm_up

        app = create_app(self.config)
        warm_up(app)
        # What the worker has loaded (modules, the extractor's data, the registry index) lives as long as it does:
        # frozen, the collector's full collections skip it, which walked its 80,000 objects in 30-40 ms of some
        # request's time.
        gc.collect()
        gc.freeze()
        return app


def serve(config: dict, host: str, port: int, workers: int, threads: int = THREADS_PER_WORKER) -> None:
    """Serve `create_app(config)` on host:port with `workers` processes of `threads` threads, until stopped."""
    gthread.DEFAULT_WORKER_DATA_TIMEOUT = FIRST_BYTES_WAIT_SECONDS
    print(f"Serving on http://{host}:{port} with {workers} worker process{'es' if workers != 1 else ''}", flush=True)
    Server(config, {
        "bind": f"{host}:{port}", "workers": workers, "worker_class": Worker, "threads": threads,
        "keepalive": KEEPALIVE_SECONDS, "timeout": WORKER_TIMEOUT_SECONDS, "limit_request_line": REQUEST_LINE_BYTES,
        # Several servers may run side by side (tests, benchmarks): no shared control socket in $HOME.
        "control_socket_disable": True,
        "accesslog": "-", "access_log_format": ACCESS_LOG_FORMAT, "logconfig_dict": stdout_logging(),
    }).run()
