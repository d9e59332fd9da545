"""The production server: gunicorn worker processes, each building its own app, logging to stdout.

Each worker process calls `create_app` after the fork, so it opens its own SQLite connections (WAL, busy
timeout) and keeps its own registry index, rebuilt when the registry's revision changes, for the short articles
it analyses in its request threads, and takes requests once its index and the extractor's data are loaded; its
analysis workers, for long articles, start with the first one and keep their own index. Threads in a worker
(gthread) hold idle keep-alive connections in a poller rather than a thread, so slow or idle clients do not take a
worker away from the others.
"""
import gc
import select
import time

from gunicorn import glogging
from gunicorn.app.base import BaseApplication
from gunicorn.workers import gthread

from factcheck.connection_counts import ABSENT, ConnectionCounts

# One access line per request, naming its request id (echoed in the X-Request-Id response header).
ACCESS_LOG_FORMAT = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms request_id=%({x-request-id}o)s'
THREADS_PER_WORKER = 4
# Seconds a kept-alive connection may stay idle, and a silent worker may live, before it is closed or replaced.
KEEPALIVE_SECONDS = 5
WORKER_TIMEOUT_SECONDS = 60
# How often a worker tells the master it is alive (gunicorn's loop did it on every turn, two a request: a `utimensat`
# each); the master replaces a worker silent for WORKER_TIMEOUT_SECONDS.
NOTIFY_SECONDS = 1.0
# The longest body an answer's headers are joined to in one send (`HeadWithBody`): the sample's answer is 20 kB.
JOIN_BYTES = 256 * 1024
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
# The worker processes share one listening socket, and a new connection wakes them all: the first to call accept takes
# it, and with it every request of a keep-alive client. Each worker counts the connections it holds in memory shared
# with its siblings (`ConnectionCounts`): it leaves a new connection to a sibling that holds fewer, looking again every
# ACCEPT_WAIT_SECONDS, and takes it once that sibling's loop has turned twice without taking it (or the sibling has
# left: a sibling stuck for WORKER_TIMEOUT_SECONDS is replaced), however long a busy machine keeps the sibling
# waiting for a core (after a fixed 50 ms, two connections opened at once on a loaded machine could both stay with
# the first worker: `features/admin/serving.feature`); and when it holds two or more than the
# sibling with fewest all the same (their clients came at once, before either count had changed, or that sibling was
# waiting for a core), it answers the next request of one of them with `Connection: close`: the client opens a new
# connection, which the sibling takes. Before, a worker with requests in hand waited 5 ms per request before it
# accepted: the busiest of 2 workers then served 100% of the requests of 2 keep-alive clients whenever both
# connections came before either had sent its request. gunicorn's reuse_port (a socket per worker, the kernel
# hashing connections to them, blind to their load) gave 50-100% at 2 clients and 50-75% at 8 and 32.
ACCEPT_WAIT_SECONDS = 0.05
# A worker hands a connection to a sibling when it holds this many more than the sibling: then the move evens them.
HAND_OVER_MARGIN = 2
LOG_FORMATTER = {"format": "%(asctime)s [%(process)d] [%(levelname)s] %(message)s", "datefmt": "%Y-%m-%dT%H:%M:%S%z"}


class Worker(gthread.ThreadWorker):
    """gunicorn's gthread worker, draining a leftover request body for BODY_DRAIN_SECONDS, not FIRST_BYTES_WAIT_SECONDS,
    and keeping no more connections than its siblings (`accept`, `enqueue_req`): it writes how many it holds, less those
    told to close, in the slot the master gave it (`slot`, `ConnectionCounts.assign`) of the app's `counts`."""

    # When a deferred accept is due to be looked at again (`accept`), and the siblings' turns when it was deferred;
    # None when none is.
    accept_due: float | None = None
    deferred_turns: list[int] | None = None
    slot: int | None = None
    notified_at = float("-inf")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.leaving = set()  # connections whose request in hand is their last (`enqueue_req`)

    def run(self):
        """Serve, once the app is loaded: from now on the siblings see this worker's count (`publish`), and the log
        says it is ready."""
        self.publish()
        self.log.info("Worker ready (pid: %s)", self.pid)
        super().run()

    def held(self) -> int:
        """The connections this worker holds and keeps."""
        return self.nr_conns - len(self.leaving)

    def publish(self) -> None:
        """Write `held` in this worker's slot; a stopping worker, which takes no more connections, is left out."""
        self.app.counts.set(self.slot, self.held() if self.alive else ABSENT)

    def fewest_elsewhere(self) -> int | None:
        """The fewest connections a sibling holds; None without siblings."""
        return self.app.counts.fewest_besides(self.slot)

    def enqueue_req(self, conn) -> None:
        """Hand the connection's request to a thread; its last on this worker when a sibling holds HAND_OVER_MARGIN
        fewer connections (`handle_request` answers it with `Connection: close`)."""
        fewest = self.fewest_elsewhere()
        if fewest is not None and conn not in self.leaving and self.held() >= fewest + HAND_OVER_MARGIN:
            self.leaving.add(conn)
            self.publish()
        super().enqueue_req(conn)

    def handle_request(self, req, conn):
        """Answer the request, its headers and the start of its body in one send (`HeadWithBody`)."""
        if conn in self.leaving:
            req.force_close()
        sock = conn.sock
        conn.sock = answer = HeadWithBody(sock)
        try:
            return super().handle_request(req, conn)
        finally:
            conn.sock = sock
            answer.flush()

    def notify(self) -> None:
        """Tell the master this worker is alive, at most every NOTIFY_SECONDS."""
        if time.monotonic() - self.notified_at >= NOTIFY_SECONDS:
            self.notified_at = time.monotonic()
            super().notify()

    def finish_request(self, conn, fs) -> None:
        self.leaving.discard(conn)
        super().finish_request(conn, fs)

    def _keepalive_after(self, conn, keepalive: bool) -> bool:
        return keepalive and bool(conn.parser.finish_body(deadline=time.monotonic() + BODY_DRAIN_SECONDS))

    def accept(self, listener):
        """Accept a new connection at once unless a sibling holds fewer; else stop listening, so that the sibling takes
        it (`look_again`)."""
        fewest = self.fewest_elsewhere()
        if fewest is None or fewest >= self.held():
            super().accept(listener)
            self.publish()
            return
        self.accept_due = time.monotonic() + ACCEPT_WAIT_SECONDS
        self.deferred_turns = self.app.counts.turns()
        self.set_accept_enabled(False)

    def look_again(self) -> None:
        """A deferred accept is due: while a connection waits and a sibling holding fewer has not had two turns to take
        it, look again in ACCEPT_WAIT_SECONDS; else listen again, and take the one waiting, if any."""
        serving = self.alive and self.nr_conns < self.worker_connections  # not stopping, nor full meanwhile
        if serving and waiting(self.sockets) and not self.app.counts.passed(self.deferred_turns, self.slot, self.held()):
            self.accept_due = time.monotonic() + ACCEPT_WAIT_SECONDS
            return
        self.accept_due = self.deferred_turns = None
        if serving:
            for listener in self.sockets:
                super().accept(listener)  # non-blocking: nothing happens when a sibling took it

    def set_accept_enabled(self, enabled: bool) -> None:
        """Not while an accept is deferred (gunicorn's loop asks to listen on every turn)."""
        super().set_accept_enabled(enabled and self.accept_due is None)

    def wait_for_and_dispatch_events(self, timeout: float) -> None:
        """Wait for events, or until a deferred accept is due (`look_again`); count the turn. The count of connections
        is written before and after, as requests end and connections close between two turns."""
        self.publish()
        if self.accept_due is not None:
            timeout = min(timeout, max(self.accept_due - time.monotonic(), 0.0))
        super().wait_for_and_dispatch_events(timeout)
        self.app.counts.turn(self.slot)
        if self.accept_due is not None and time.monotonic() >= self.accept_due:
            self.look_again()
        self.publish()


class HeadWithBody:
    """A connection's socket for one answer, holding its first write (gunicorn sends the status line and headers
    alone) until the next, so that the two go in one `sendall`: one system call and one segment where there were
    two, and a client that reads the whole answer at once. A body past JOIN_BYTES is not copied to join it; anything
    else asked of the socket (`sendfile`, a timeout) sends what is held first, and `flush` sends it once the answer
    is written (an answer without a body)."""

    def __init__(self, sock):
        self.sock = sock
        self.holding = True
        self.held = b""

    def sendall(self, data: bytes) -> None:
        if self.holding:
            self.holding, self.held = False, bytes(data)
        elif self.held and len(data) <= JOIN_BYTES:
            held, self.held = self.held, b""
            self.sock.sendall(held + data)
        else:
            self.flush()
            self.sock.sendall(data)

    def flush(self) -> None:
        if self.held:
            held, self.held = self.held, b""
            self.sock.sendall(held)

    def __getattr__(self, name: str):
        self.flush()
        return getattr(self.sock, name)


def waiting(listeners: list) -> bool:
    """Whether a connection waits to be accepted on any of the listening sockets (poll, as select takes no
    descriptor past 1023, which a process holding a thousand connections reaches)."""
    poller = select.poll()
    for listener in listeners:
        poller.register(listener, select.POLLIN)
    return bool(poller.poll(0))


class AccessLogger(glogging.Logger):
    """gunicorn's logger, making only the atoms that ACCESS_LOG_FORMAT uses: gunicorn's own makes one of every
    request header, response header and environ variable, some 60 that its SafeAtoms then copies, about 90 µs of
    a request's CPU."""

    def atoms(self, resp, req, environ, request_time):
        status = resp.status.split(None, 1)[0] if isinstance(resp.status, str) else resp.status
        sent = getattr(resp, "sent", None)
        return {
            "h": environ.get("REMOTE_ADDR", "-"),
            "r": f"{environ['REQUEST_METHOD']} {environ['RAW_URI']} {environ['SERVER_PROTOCOL']}",
            "s": status, "b": str(sent) if sent is not None else "-",
            "M": request_time.seconds * 1000 + request_time.microseconds // 1000,
            **{f"{{{name.lower()}}}o": value for name, value in resp.headers if name.lower() == "x-request-id"},
        }


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
    """gunicorn running the app built by `create_app(config)` in every worker process, which write the connections
    they hold in `counts` (one slot per worker process)."""

    def __init__(self, config: dict, options: dict):
        self.config = config
        self.options = options
        self.counts = ConnectionCounts(options.get("workers", 1))
        super().__init__()

    def load_config(self):
        for name, value in {**self.options, "pre_fork": self.counts.assign, "child_exit": self.counts.release}.items():
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
        "logger_class": AccessLogger,
    }).run()
