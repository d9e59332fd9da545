"""One HTTP request with a timeout, its answer as plain data: never raises for the network or the server."""
import http.client
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

REQUEST_TIMEOUT_SECONDS = 30


@dataclass(frozen=True)
class Answer:
    status: int | None  # None: no answer (refused, reset or timed out)
    body: bytes
    seconds: float


def send(base: str, method: str, path: str, body: bytes | None = None, headers: dict | None = None,
         timeout: float = REQUEST_TIMEOUT_SECONDS) -> Answer:
    """`method path` against the server at `base` on a new connection."""
    address = urlsplit(base)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=timeout)
    started = time.perf_counter()
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return Answer(response.status, response.read(), time.perf_counter() - started)
    except (OSError, http.client.HTTPException):
        return Answer(None, b"", time.perf_counter() - started)
    finally:
        connection.close()
