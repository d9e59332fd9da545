"""Storage at size: p50 and p99 of GET /api/v1/claims with each filter, full-text search, cursor pages deep in
the list and the disputed report (the API's, and the reviewers' page), through the Flask test client (the app
and SQLite, no HTTP), over a synthetic database from `benchmarks.synthetic_db`: BENCH_ARTICLES articles (100,000
by default, about 2M claims; set it to 5000 for a quick run). The database is built once into BENCH_DATA (the temp
folder by default) and reused.
Target: p99 < 100 ms for each. Beside the time each request took (wall), the CPU time it used (cpu): on a
machine that other work keeps busy the first waits for a core, the second does not. Then what a write costs at
that size: the CPU time per claim of storing synthetic articles (rows, indexes, full-text index, triggers), rolled
back after.
"""
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from factcheck import create_app, cursors, storage
from factcheck.db import open_database
from benchmarks import synthetic_db

ARTICLES = int(os.environ.get("BENCH_ARTICLES", 100_000))
DATA = Path(os.environ.get("BENCH_DATA", tempfile.gettempdir()))
SEED = 7
REQUESTS = 60
WARM_UP = 3
WRITE_ROUNDS = 5
WRITE_ARTICLES = 50
TARGET_P99_MS = 100


def database() -> str:
    """The synthetic database of ARTICLES articles, built unless a finished one is there."""
    path = DATA / f"factcheck-bench-{ARTICLES}-{SEED}.db"
    done = path.with_suffix(".done")
    if not done.exists():
        for stale in DATA.glob(f"{path.name}*"):
            stale.unlink()
        started = time.monotonic()
        counts = synthetic_db.build(str(path), ARTICLES, SEED, progress=lambda line: None)
        print(f"built {path}: {counts['articles']:,} articles, {counts['claims']:,} claims, "
              f"{counts['disputes']:,} disputes, {counts['reviews']:,} reviews in {time.monotonic() - started:.0f} s")
        done.touch()
    open_database(str(path)).close()  # migrated to the current schema, new indexes included
    return str(path)


def deep_cursor(db, order: cursors.Order, depth: int) -> str:
    """The cursor after the `depth`-th claim in `order`, as a walk that far would hold it."""
    row = db.execute(f"select {order.select()} from claims c where {storage.ATTRIBUTED} "
                     f"order by {order.order_by()} limit 1 offset ?", [depth]).fetchone()
    return cursors.encode(order.name, list(row))


def report_cursor(client, pages: int) -> str:
    """The cursor of the disputed report after `pages` pages (after its next to last, if it has fewer)."""
    url, cursor = "/api/v1/reports/disputed", ""
    for _ in range(pages):
        next_page = client.get(url).get_json()["next"]
        if next_page is None:
            break
        url = next_page.removeprefix(client.application.config["PUBLIC_URL"])
        cursor = url.split("cursor=", 1)[1]
    return cursor


def queries(path: str, client) -> dict[str, str]:
    """Label -> URL: each filter alone, searches of common, middling and rare words, deep pages, the report."""
    lexicon = synthetic_db.lexicon(random.Random(SEED))
    common, rare = lexicon.speakers[0], lexicon.speakers[len(lexicon.speakers) // 2]
    source = next(speaker for speaker in lexicon.speakers if synthetic_db.source_of(speaker))
    db = open_database(path)
    depth = db.execute("select count(*) from claims").fetchone()[0] // 2
    queries = {
        "claims, first page": "",
        "disputed=true": "disputed=true",
        "disputed=false": "disputed=false",
        "speaker= common": f"speaker={common.split()[1].lower()}",
        "speaker= rare": f"speaker={rare.lower()}",
        "source_id=": f"source_id={synthetic_db.source_of(source)}",
        "article_id=": f"article_id={ARTICLES // 2}",
        "since= until= (a month)": "since=2023-03-01&until=2023-03-31",
        "q= common word": f"q={lexicon.words[0]}",
        "q= middling word": f"q={lexicon.words[300]}",
        "q= rare word": f"q={lexicon.words[-1]}",
        "q= two words": f"q={lexicon.words[5]}+{lexicon.words[40]}",
        "status=resolved": "status=resolved",
        "status=in_review": "status=in_review",
        "verdict=false": "verdict=false",
        "origin=article": "origin=article",
        "statements=true": "statements=true",
        f"cursor at claim {depth:,} (-date)": f"cursor={deep_cursor(db, storage.CLAIM_ORDERS['-date'], depth)}",
        f"cursor at claim {depth:,} (article_id)":
            f"sort=article_id&cursor={deep_cursor(db, storage.CLAIM_ORDERS['article_id'], depth)}",
        "page=1000 (numbered, for comparison)": "page=1000",
    }
    db.close()
    urls = {label: f"/api/v1/claims?{query}" for label, query in queries.items()}
    urls |= {f"report, sort={sort}": f"/api/v1/reports/disputed?sort={sort}"
             for sort in ("claims", "newest", "oldest", "speaker", "disputes")}
    urls["report, 20 pages deep"] = f"/api/v1/reports/disputed?cursor={report_cursor(client, 20)}"
    urls |= {"report page (HTML)": "/reports/disputed", "report page 40 (HTML), sort=newest":
             "/reports/disputed?page=40&sort=newest"}
    return urls


def latencies(client, url: str) -> tuple[list[float], list[float]]:
    """The wall and CPU seconds of each of REQUESTS requests for `url`, after a warm-up."""
    for _ in range(WARM_UP):
        response = client.get(url)
        assert response.status_code == 200, (url, response.get_json())
    wall, cpu = [], []
    for _ in range(REQUESTS):
        started, started_cpu = time.perf_counter(), time.thread_time()
        client.get(url)
        wall.append(time.perf_counter() - started)
        cpu.append(time.thread_time() - started_cpu)
    return wall, cpu


def write_cost(path: str) -> list[float]:
    """CPU microseconds per claim of storing WRITE_ARTICLES new articles, in each of WRITE_ROUNDS transactions
    rolled back, so that the database stays as it was."""
    db = open_database(path)
    rng, lex = random.Random(SEED + 1), synthetic_db.lexicon(random.Random(SEED))
    rounds = []
    for _ in range(WRITE_ROUNDS):
        articles = [synthetic_db.article(rng, lex, None) for _ in range(WRITE_ARTICLES)]
        started = time.thread_time()
        db.execute("BEGIN IMMEDIATE")
        for row, claims in articles:
            storage.insert_article(db, row, claims)
        rounds.append((time.thread_time() - started) / sum(len(claims) for _, claims in articles) * 1e6)
        db.rollback()
    db.close()
    return rounds


def p50_p99(seconds: list[float]) -> tuple[float, float]:
    return statistics.median(seconds) * 1000, statistics.quantiles(seconds, n=100)[98] * 1000


def main() -> None:
    path = database()
    app = create_app({"DATABASE": path, "RATE_LIMIT": "1000000 per minute"})
    client = app.test_client()
    print(f"{ARTICLES:,} articles; {REQUESTS} requests each, p99 target {TARGET_P99_MS} ms; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'query':<40} {'wall p50':>9} {'p99':>7} {'cpu p50':>8} {'p99':>7}  items")
    for label, url in queries(path, client).items():
        wall, cpu = latencies(client, url)
        body = client.get(url).get_json() or {}  # an HTML page has no count of its items here
        count = len(body.get("items", body.get("groups", [])))
        (wall50, wall99), (cpu50, cpu99) = p50_p99(wall), p50_p99(cpu)
        verdict = "" if "numbered" in label else "ok" if wall99 < TARGET_P99_MS else "OVER"
        print(f"{label:<40} {wall50:9.1f} {wall99:7.1f} {cpu50:8.1f} {cpu99:7.1f}  {count:>5} {verdict}")
    costs = write_cost(path)
    print(f"write: {statistics.median(costs):.0f} µs of CPU per claim (median of {WRITE_ROUNDS} rounds of "
          f"{WRITE_ARTICLES} articles; {min(costs):.0f} to {max(costs):.0f})")
    print(f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
