"""The service benchmark's lean HTTP client: requests on the wire, answers read by length, reconnecting on close."""
import socket
import threading

import pytest

from benchmarks.keepalive import Answer, Connection, parse_head, request_bytes


def test_a_request_is_built_once_with_its_length():
    assert request_bytes("POST", "/x", b"{}", {"X-API-Key": "k"}) == (
        b"POST /x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\nX-API-Key: k\r\n\r\n{}")


@pytest.mark.parametrize("head, expected", [
    (b"HTTP/1.1 201 CREATED\r\nContent-Type: application/json\r\ncontent-length: 12", (201, 12, False)),
    (b"HTTP/1.1 201 CREATED\r\nContent-Length: 3\r\nConnection: close", (201, 3, True)),
    (b"HTTP/1.0 200 OK\r\nContent-Length: 0", (200, 0, True)),
])
def test_an_answer_head_gives_status_length_and_close(head, expected):
    assert parse_head(head) == expected


def test_an_answer_without_a_length_is_refused():
    with pytest.raises(Answer):
        parse_head(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked")


def test_the_client_reads_answers_by_length_and_reconnects_when_the_server_closes():
    listener = socket.create_server(("127.0.0.1", 0))
    connections = []

    def serve():
        for closes in (True, False):  # the first connection answers one request and closes, the next two
            conn, _ = listener.accept()
            connections.append(conn)
            for number in range(1 if closes else 2):
                conn.recv(65536)
                close = "Connection: close\r\n" if closes else ""
                conn.sendall(f"HTTP/1.1 201 CREATED\r\n{close}Content-Length: 5\r\n\r\nhell{number}".encode())
            conn.close()

    server = threading.Thread(target=serve)
    server.start()
    connection = Connection(listener.getsockname()[1], timeout=5)
    request = request_bytes("POST", "/x", b"{}", {})
    answers = [connection.exchange(request) for _ in range(3)]
    connection.close()
    server.join(timeout=5)
    listener.close()
    assert answers == [(201, b"hell0"), (201, b"hell0"), (201, b"hell1")]
    assert len(connections) == 2
