"""Run every probe against a real server and print the figures; exit 1 when a target is missed."""
import argparse
import os
import sys
import tempfile
import time

from benchmarks.probe.contract import probe_contract
from benchmarks.probe.crash import probe_crashes
from benchmarks.probe.figures import Figure, judged, missed, print_table
from benchmarks.probe.hostile_posts import probe_hostile_posts
from benchmarks.probe.hostile_requests import probe_hostile_requests
from benchmarks.probe.memory import probe_memory
from benchmarks.probe.server import Server, create_key
from benchmarks.probe.slow_clients import probe_slow_clients

PEAK_RSS_TARGET_MB = 300


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.probe", description=__doc__)
    parser.add_argument("--requests", type=int, default=int(os.environ.get("PROBE_REQUESTS", 2000)),
                        help="mixed requests for the RSS growth figure (env PROBE_REQUESTS; judged from 10000)")
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("PROBE_ROUNDS", 5)),
                        help="SIGKILL rounds of the crash probe (env PROBE_ROUNDS)")
    return parser.parse_args()


def probe_one_server(server: Server, auth: dict, requests: int) -> list[Figure]:
    """Contract, memory, hostile requests, hostile posts and slow clients against one database."""
    server.start()
    figures = probe_contract(server.base, auth)
    figures += probe_memory(server, auth, requests)
    figures += probe_hostile_requests(server.base, auth)  # after the writes, so searches have much to search
    post_figures, unanswered = probe_hostile_posts(server.base, auth)
    if unanswered:  # a post still running would slow the next probe down: start afresh
        server.kill()
        server.start()
    figures += post_figures + probe_slow_clients(server.base, server.port, auth)
    server.kill()
    peak = server.peak_rss_kb / 1024
    print(f"peak RSS of the server: {peak:.0f} MB")
    return figures + [judged("server peak RSS (VmHWM)", f"{peak:.0f} MB", f"< {PEAK_RSS_TARGET_MB} MB",
                             peak < PEAK_RSS_TARGET_MB)]


def main() -> int:
    options = arguments()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="probe-") as workdir:
        log = os.path.join(workdir, "server.log")
        probed, crashed = (Server(os.path.join(workdir, f"{name}.db"), log) for name in ("probe", "crash"))
        try:
            figures = probe_one_server(probed, {"X-API-Key": create_key(probed.database)}, options.requests)
            figures += probe_crashes(crashed, {"X-API-Key": create_key(crashed.database)}, options.rounds)
        finally:
            probed.stop()
            crashed.stop()
    print_table(figures)
    print(f"\nprobe took {time.monotonic() - started:.0f} s")
    return 1 if missed(figures) else 0


if __name__ == "__main__":
    sys.exit(main())
