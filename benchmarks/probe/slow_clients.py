"""Slow clients: idle connections held open and hostile posts in flight, while /healthz is timed."""
import socket
import statistics
import threading
import time
from contextlib import ExitStack

from benchmarks.hostile_texts import REPEATED_UNITS, repeated
from benchmarks.probe.client import send
from benchmarks.probe.figures import Figure, judged
from benchmarks.probe.hostile_posts import post_article

IDLE_CONNECTIONS = 200
HOSTILE_POSTS = 4
HOSTILE_POST_BYTES = 256 * 1024
HEALTH_CHECKS = 5
HEALTH_INTERVAL_SECONDS = 0.2
HEALTH_TIMEOUT_SECONDS = 5
TARGET_MS = 100
CONNECT_TIMEOUT_SECONDS = 5


def hold_idle_connections(stack: ExitStack, port: int) -> int:
    """Open connections that never send a byte; how many the server accepted at the TCP level."""
    opened = 0
    for _ in range(IDLE_CONNECTIONS):
        try:
            stack.enter_context(socket.create_connection(("127.0.0.1", port), timeout=CONNECT_TIMEOUT_SECONDS))
            opened += 1
        except OSError:
            pass
    return opened


def start_hostile_posts(base: str, auth: dict) -> list[threading.Thread]:
    text = repeated(REPEATED_UNITS["repeated cues"], HOSTILE_POST_BYTES)
    posts = [threading.Thread(target=post_article, args=(base, auth, f"{n} {text}"), daemon=True)
             for n in range(HOSTILE_POSTS)]
    for post in posts:
        post.start()
    return posts


def health_latencies_ms(base: str) -> list[float]:
    """/healthz timed at intervals; a request without an answer counts as its timeout."""
    latencies = []
    for _ in range(HEALTH_CHECKS):
        answer = send(base, "GET", "/healthz", timeout=HEALTH_TIMEOUT_SECONDS)
        latencies.append(answer.seconds * 1000 if answer.status == 200 else HEALTH_TIMEOUT_SECONDS * 1000)
        time.sleep(HEALTH_INTERVAL_SECONDS)
    return latencies


def probe_slow_clients(base: str, port: int, auth: dict):
    """Figures for /healthz under the load; the hostile posts may still run in the server afterwards."""
    with ExitStack() as stack:
        opened = hold_idle_connections(stack, port)
        idle_only = health_latencies_ms(base)
        start_hostile_posts(base, auth)
        time.sleep(HEALTH_INTERVAL_SECONDS)  # let the posts reach the server's threads
        latencies = health_latencies_ms(base)
    p50, worst = statistics.median(latencies), max(latencies)
    print(f"slow clients: {opened} idle connections held: /healthz max {max(idle_only):.0f} ms; with "
          f"{HOSTILE_POSTS} hostile posts of {HOSTILE_POST_BYTES // 1024} KB in flight too: p50 {p50:.0f} ms, "
          f"max {worst:.0f} ms (a timeout counts as {HEALTH_TIMEOUT_SECONDS * 1000} ms)")
    return [
        Figure("/healthz max, idle connections only", f"{max(idle_only):.0f} ms", f"< {TARGET_MS} ms"),
        judged("/healthz p50 under slow clients", f"{p50:.0f} ms", f"< {TARGET_MS} ms", p50 < TARGET_MS),
        judged("/healthz max under slow clients", f"{worst:.0f} ms", f"< {TARGET_MS} ms", worst < TARGET_MS),
    ]
