"""One rate limit per API key (per client address for keyless reads) across the whole API: 429 with
X-RateLimit-* and Retry-After.

The counting is the `limits` package's (the engine of flask-limiter, whose per-request resolution of decorated,
default and exempt limits cost more than a millisecond of CPU for the one limit we have): a moving window, which
counts the last minute from now, so no burst of twice the limit passes across a minute's edge.
"""
import time

from flask import Flask, Response, g, request
from limits import parse
from limits.storage import MemoryStorage, Storage, storage_from_string
from limits.strategies import MovingWindowRateLimiter
from werkzeug.exceptions import TooManyRequests

# Every resource draws on the same allowance: a key gets RATE_LIMIT requests, not RATE_LIMIT per resource.
SCOPE = "api"
# How often the in-process counters drop the hits that have left their window.
EXPIRY_SECONDS = 1.0


class InProcessStorage(MemoryStorage):
    """limits' memory:// storage, dropping old hits at most once a second on a request's own thread: limits starts a
    timer thread for it on every hit that finds none running, which costs a request about 0.3 ms of CPU when
    requests come less often than every 10 ms."""

    def __init__(self):
        super().__init__()
        self.expired_at = time.monotonic()

    def _MemoryStorage__schedule_expiry(self) -> None:  # the hook limits calls on every hit
        if time.monotonic() - self.expired_at >= EXPIRY_SECONDS:
            self.expired_at = time.monotonic()
            self._MemoryStorage__expire_events()


def counters(uri: str) -> Storage:
    """Where the counters live: `uri` in the notation of the `limits` package."""
    return InProcessStorage() if uri.partition("://")[0] == "memory" else storage_from_string(uri)


def client_key() -> str:
    """Whom a request counts against: its API key, else its address."""
    key = g.get("api_key")
    return f"key:{key['id']}" if key else f"address:{request.remote_addr or '127.0.0.1'}"


class RateLimit:
    """RATE_LIMIT (e.g. "600 per minute") per client over every request to a set of blueprints.

    The counters live where RATELIMIT_STORAGE says, in the notation of the `limits` package: memory:// keeps
    them in the server process; a shared store (redis://host:6379) makes the limit hold across processes.
    """

    def __init__(self, app: Flask, blueprints: frozenset[str]):
        self.limit = parse(app.config["RATE_LIMIT"])
        self.storage = counters(app.config["RATELIMIT_STORAGE"])
        self.window = MovingWindowRateLimiter(self.storage)
        self.blueprints = blueprints
        app.extensions["rate_limit"] = self
        app.before_request(self.count)
        app.after_request(self.tell)

    def count(self) -> None:
        """Before a request to the blueprints (after its key is known): count it, or refuse it with 429."""
        if request.blueprint not in self.blueprints:
            return
        g.rate_limit_key = client_key()
        if not self.window.hit(self.limit, SCOPE, g.rate_limit_key):
            raise TooManyRequests(f"More than {self.limit} for this client: try again later.")

    def tell(self, response: Response) -> Response:
        """The client's allowance in X-RateLimit-Limit, -Remaining and -Reset (epoch seconds); Retry-After on a 429."""
        key = g.get("rate_limit_key")
        if key is None:
            return response
        reset, remaining = self.window.get_window_stats(self.limit, SCOPE, key)
        response.headers["X-RateLimit-Limit"] = str(self.limit.amount)
        response.headers["X-RateLimit-Remaining"] = str(remaining)
        response.headers["X-RateLimit-Reset"] = str(int(reset))
        if response.status_code == TooManyRequests.code:
            response.headers["Retry-After"] = str(max(1, int(reset - time.time())))
        return response
