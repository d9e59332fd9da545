"""Memory of the live service: the server's RSS over 10,000 mixed requests (flat within ±10%), and the peak
RSS of its analysis workers; run against `factcheck serve` on a free loopback port, as `make probe` does."""
import os
import tempfile

from benchmarks.probe.__main__ import PEAK_RSS_TARGET_MB
from benchmarks.probe.figures import judged, print_table
from benchmarks.probe.memory import JUDGED_FROM_REQUESTS, probe_memory
from benchmarks.probe.server import Server, create_key


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as workdir:
        server = Server(os.path.join(workdir, "memory.db"), os.path.join(workdir, "server.log"))
        auth = {"X-API-Key": create_key(server.database)}
        server.start()
        try:
            figures = probe_memory(server, auth, JUDGED_FROM_REQUESTS)
            worker_peak = server.worker_peak_rss_kb() / 1024
        finally:
            server.stop()
    figures.append(judged("analysis worker peak RSS (VmHWM)", f"{worker_peak:.0f} MB", f"< {PEAK_RSS_TARGET_MB} MB",
                          worker_peak < PEAK_RSS_TARGET_MB))
    print_table(figures)
