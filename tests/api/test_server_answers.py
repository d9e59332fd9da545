"""How a worker process writes its answers and tells the master it lives (`factcheck.server`)."""
import socket

import pytest

from factcheck.server import JOIN_BYTES, NOTIFY_SECONDS, HeadWithBody, Worker

HEAD = b"HTTP/1.1 201 CREATED\r\nContent-Length: 5\r\n\r\n"


class RecordingSocket:
    """A socket that keeps what each call sent."""

    def __init__(self):
        self.sent: list[tuple[str, bytes]] = []

    def sendall(self, data: bytes) -> None:
        self.sent.append(("sendall", bytes(data)))

    def sendfile(self, file, offset=0, count=None) -> None:
        self.sent.append(("sendfile", file.read()))


def test_an_answers_headers_and_body_go_in_one_send():
    sock = RecordingSocket()
    answer = HeadWithBody(sock)
    answer.sendall(HEAD)
    answer.sendall(b"hello")
    answer.flush()
    assert sock.sent == [("sendall", HEAD + b"hello")]


def test_an_answer_without_a_body_is_sent_when_flushed():
    sock = RecordingSocket()
    answer = HeadWithBody(sock)
    answer.sendall(HEAD)
    assert sock.sent == []
    answer.flush()
    answer.flush()
    assert sock.sent == [("sendall", HEAD)]


def test_a_long_body_is_sent_after_the_headers_without_joining_them():
    sock, body = RecordingSocket(), b"x" * (JOIN_BYTES + 1)
    answer = HeadWithBody(sock)
    answer.sendall(HEAD)
    answer.sendall(body)
    answer.sendall(b"more")
    assert sock.sent == [("sendall", HEAD), ("sendall", body), ("sendall", b"more")]


def test_a_file_sent_after_the_headers_comes_after_them(tmp_path):
    sock, path = RecordingSocket(), tmp_path / "page.css"
    path.write_bytes(b"body { }")
    answer = HeadWithBody(sock)
    answer.sendall(HEAD)
    with path.open("rb") as file:
        answer.sendfile(file)
    assert sock.sent == [("sendall", HEAD), ("sendfile", b"body { }")]


def test_an_answer_arrives_whole_on_a_real_socket():
    server_end, client_end = socket.socketpair()
    with server_end, client_end:
        answer = HeadWithBody(server_end)
        answer.sendall(HEAD)
        answer.sendall(b"hello")
        answer.flush()
        assert client_end.recv(1024) == HEAD + b"hello"


class Heartbeat:
    def __init__(self):
        self.beats = 0

    def notify(self) -> None:
        self.beats += 1


@pytest.fixture
def worker(monkeypatch):
    """A worker with only its heartbeat file (gunicorn's `tmp`), and a clock that stands still until moved."""
    now = [1000.0]
    monkeypatch.setattr("factcheck.server.time.monotonic", lambda: now[0])
    worker = Worker.__new__(Worker)
    worker.tmp = Heartbeat()
    return worker, now


def test_a_worker_tells_the_master_it_lives_at_most_once_a_second(worker):
    worker, now = worker
    worker.notify()
    worker.notify()
    assert worker.tmp.beats == 1
    now[0] += NOTIFY_SECONDS
    worker.notify()
    assert worker.tmp.beats == 2
