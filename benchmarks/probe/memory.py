"""RSS growth of the server over a long run of mixed requests (reads, writes, pages, exports)."""
import json
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

from benchmarks.probe.client import send
from benchmarks.probe.figures import Figure, judged

CLIENTS = 4
WARM_UP_SHARE = 0.1
TARGET_GROWTH = 0.10
JUDGED_FROM_REQUESTS = 10_000
ARTICLE = '"The ferry to {n} will run again in May," said Ada Novak, the harbour master. Oskar Bellamy denied it.'
READS = [
    "/api/v1/articles?q=ferry", "/api/v1/articles/{id}", "/api/v1/articles/{id}?format=prov",
    "/api/v1/articles/{id}?format=claimreview", "/api/v1/claims?speaker=novak&page_size=50", "/api/v1/reports/disputed",
    "/api/v1/sources", "/articles", "/articles/{id}", "/articles?q=ferry", "/reports/disputed", "/registry",
]


def mixed_request(base: str, auth: dict, n: int) -> int | None:
    """Request number `n` of the mix: every fourth a write, the others reads of what was written."""
    if n % 4 == 0:
        body = json.dumps({"body": ARTICLE.format(n=n), "title": f"Ferry {n}"}).encode()
        return send(base, "POST", "/api/v1/articles", body, {"Content-Type": "application/json", **auth}).status
    path = READS[n % len(READS)].format(id=max(1, n // 4))
    return send(base, "GET", path).status


def run_mix(base: str, auth: dict, numbers: range) -> Counter:
    with ThreadPoolExecutor(CLIENTS) as pool:
        return Counter(pool.map(lambda n: mixed_request(base, auth, n), numbers))


def probe_memory(server, auth: dict, requests: int) -> list[Figure]:
    """RSS of the server after a warm-up share of the requests and again after all of them; that of its analysis
    workers (replaced every few tasks) beside it."""
    warm_up = int(requests * WARM_UP_SHARE)
    statuses = run_mix(server.base, auth, range(warm_up))
    baseline_kb, workers_baseline_kb = server.rss_kb(), server.workers_rss_kb()
    statuses += run_mix(server.base, auth, range(warm_up, requests))
    final_kb, workers_final_kb = server.rss_kb(), server.workers_rss_kb()
    growth = final_kb / baseline_kb - 1
    print(f"memory: {requests} mixed requests ({dict(sorted(statuses.items(), key=str))} by status), RSS "
          f"{baseline_kb / 1024:.0f} MB after {warm_up} -> {final_kb / 1024:.0f} MB after {requests} ({growth:+.1%}); "
          f"analysis workers together {workers_baseline_kb / 1024:.0f} MB -> {workers_final_kb / 1024:.0f} MB")
    value = f"{growth:+.1%} over {requests} requests ({baseline_kb / 1024:.0f} -> {final_kb / 1024:.0f} MB)"
    target = f"within ±{TARGET_GROWTH:.0%} over {JUDGED_FROM_REQUESTS}"
    workers = Figure("analysis workers' RSS together", f"{workers_baseline_kb / 1024:.0f} -> {workers_final_kb / 1024:.0f} MB")
    if requests < JUDGED_FROM_REQUESTS:
        return [Figure("RSS growth", value, target), workers]
    return [judged("RSS growth", value, target, abs(growth) <= TARGET_GROWTH), workers]
