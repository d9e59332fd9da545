"""`factcheck serve` (gunicorn) in a subprocess on a free loopback port: start, kill, restart, memory."""
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.probe.client import send

START_TIMEOUT_SECONDS = 60
STOP_TIMEOUT_SECONDS = 10
# The probe measures robustness, not the rate limiter: thousands of requests come from one key and address.
UNLIMITED = "100000000 per minute"
COMMAND = str(Path(sys.executable).with_name("factcheck"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def create_key(database: str) -> str:
    """A fresh API key from `factcheck keys create`, which prints it as its last word."""
    output = subprocess.run([COMMAND, "keys", "create", "probe"], env={**os.environ, "FACTCHECK_DATABASE": database},
                            capture_output=True, text=True, check=True, timeout=START_TIMEOUT_SECONDS).stdout
    return output.split()[-1]


def status_kb(pid: int, field: str) -> int:
    """A memory figure of /proc/PID/status (VmRSS, VmHWM) in KB; 0 for a process that has ended."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    found = re.search(rf"^{field}:\s+(\d+) kB", status, re.MULTILINE)
    return int(found.group(1)) if found else 0  # a zombie has no memory figures


def children(pid: int) -> list[int]:
    """The processes that any thread of `pid` started (each thread lists its own)."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:  # the thread or process has ended
            continue
    return found


def process_tree(pid: int) -> list[int]:
    """`pid` and its descendants: gunicorn's master, its worker processes and their analysis workers (with the
    fork server that starts them)."""
    return [pid] + [member for child in children(pid) for member in process_tree(child)]


def largest_kb(pid: int, field: str) -> int:
    """The largest memory figure among the server's processes: that of its biggest worker."""
    return max(status_kb(member, field) for member in process_tree(pid))


def analysis_workers(pid: int) -> list[int]:
    """The analysis worker processes (and their fork servers) under the server: those below its worker processes."""
    return [member for worker in children(pid) for member in process_tree(worker)[1:]]


class Server:
    """One database served by successive server processes; remembers the highest peak RSS among them."""

    def __init__(self, database: str, log: str):
        self.database = database
        self.log = log
        self.process = None
        self.port = None
        self.peak_rss_kb = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "Server":
        """Start a server process and return once /healthz answers."""
        self.port = free_port()
        env = {**os.environ, "FACTCHECK_DATABASE": self.database, "FACTCHECK_RATE_LIMIT": UNLIMITED}
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen([COMMAND, "serve", "--port", str(self.port)], env=env,
                                            stdout=subprocess.DEVNULL, stderr=log)
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if send(self.base, "GET", "/healthz", timeout=1).status == 200:
                return self
            if self.process.poll() is not None:
                raise RuntimeError(f"the server stopped on start; see {self.log}")
            time.sleep(0.1)
        self.process.kill()
        raise RuntimeError(f"the server did not answer within {START_TIMEOUT_SECONDS} s")

    def rss_kb(self) -> int:
        return largest_kb(self.process.pid, "VmRSS")

    def workers_rss_kb(self) -> int:
        """VmRSS of the server's analysis workers (and their fork server) together."""
        return sum(status_kb(pid, "VmRSS") for pid in analysis_workers(self.process.pid))

    def worker_peak_rss_kb(self) -> int:
        """The highest VmHWM among the server's current analysis workers."""
        return max((status_kb(pid, "VmHWM") for pid in analysis_workers(self.process.pid)), default=0)

    def kill(self) -> None:
        """SIGKILL to every server process at once, as a crash of the machine would."""
        self._end(lambda: [os.kill(pid, signal.SIGKILL) for pid in process_tree(self.process.pid)])

    def stop(self) -> None:
        """SIGTERM, then SIGKILL if it does not stop in time."""
        self._end(self.process.terminate)

    def _end(self, signal_process) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.peak_rss_kb = max(self.peak_rss_kb, largest_kb(self.process.pid, "VmHWM"))
        signal_process()
        try:
            self.process.wait(timeout=STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=STOP_TIMEOUT_SECONDS)
