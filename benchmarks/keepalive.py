"""A lean HTTP/1.1 client for the service benchmark: one keep-alive connection, a request's bytes built once, each
answer read by its Content-Length.

The load generator runs on the same cores as the server. http.client parses every answer's headers with the email
package, about 0.5 ms of the client's CPU per request, which 2 worker processes on 2 cores lose to it; this client
reads only the status line, Content-Length and Connection, and reconnects when the server closes the connection
(as a worker does to hand a connection to a sibling that holds fewer)."""
import socket

HEADER_END = b"\r\n\r\n"
READ_BYTES = 65536


class Answer(Exception):
    """An answer the benchmark cannot use: its status is not the expected one, or it is malformed."""


def request_bytes(method: str, path: str, body: bytes, headers: dict) -> bytes:
    """The request as it goes on the wire (keep-alive is HTTP/1.1's default)."""
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", f"Content-Length: {len(body)}",
             *(f"{name}: {value}" for name, value in headers.items())]
    return "\r\n".join(lines).encode("latin-1") + HEADER_END + body


class Connection:
    """A keep-alive connection to 127.0.0.1:`port`, opened on the first request and again after the server closes it."""

    def __init__(self, port: int, timeout: float):
        self.address, self.timeout = ("127.0.0.1", port), timeout
        self.sock: socket.socket | None = None
        self.buffer = b""

    def exchange(self, request: bytes) -> tuple[int, bytes]:
        """Send `request`; the answer's status and body."""
        if self.sock is None:
            self.sock = socket.create_connection(self.address, timeout=self.timeout)
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock.sendall(request)
        head = self._read_until_header_end()
        status, length, closes = parse_head(head)
        body = self._read(length)
        if closes:
            self.close()
        return status, body

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
        self.sock, self.buffer = None, b""

    def _read_until_header_end(self) -> bytes:
        while (end := self.buffer.find(HEADER_END)) < 0:
            self._receive()
        head, self.buffer = self.buffer[:end], self.buffer[end + len(HEADER_END):]
        return head

    def _read(self, length: int) -> bytes:
        while len(self.buffer) < length:
            self._receive()
        body, self.buffer = self.buffer[:length], self.buffer[length:]
        return body

    def _receive(self) -> None:
        chunk = self.sock.recv(READ_BYTES)
        if not chunk:
            raise Answer("the server closed the connection before its answer ended")
        self.buffer += chunk


def parse_head(head: bytes) -> tuple[int, int, bool]:
    """(status, Content-Length, whether the server closes the connection after it) of an answer's head."""
    status_line, *lines = head.decode("latin-1").split("\r\n")
    fields = {name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in lines)}
    if "content-length" not in fields:
        raise Answer(f"an answer without Content-Length: {status_line}")
    return (int(status_line.split()[1]), int(fields["content-length"]),
            fields.get("connection", "").lower() == "close" or status_line.startswith("HTTP/1.0"))
