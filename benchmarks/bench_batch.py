"""Batch figures: `factcheck batch` on a local Dask cluster of 1 and of 2 worker processes over synthetic
articles (bench_claims' generator) in JSON Lines: articles/s, claims against a plain `analyse` loop, and
the peak RSS of each worker. BENCH_BATCH_ARTICLES sets the count (default 5,000)."""
import json
import logging
import os
import random
import resource
import tempfile
import time
from pathlib import Path

from distributed import Client, LocalCluster

from benchmarks.bench_claims import SEED, article
from claims import analyse
from factcheck.batch.run import run_batch
from factcheck.cli.registry import open_index

ARTICLES = int(os.environ.get("BENCH_BATCH_ARTICLES", 5000))
WORKERS = (1, 2)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def write_feed(path: Path) -> list[str]:
    """ARTICLES records {id, body} in JSON Lines at `path`; their bodies."""
    rng = random.Random(SEED)
    bodies = [article(rng) for _ in range(ARTICLES)]
    with path.open("w", encoding="utf-8") as feed:
        feed.writelines(json.dumps({"id": f"a{n}", "body": body}) + "\n" for n, body in enumerate(bodies))
    return bodies


def run(workers: int, feed: Path, out: Path, index) -> tuple[dict, float]:
    """The manifest of a batch over `feed` with `workers` processes, and the workers' largest peak RSS in MB."""
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        client.run(analyse, "Warm-up: \"Lexicons load,\" she said.")  # imports and lexicons outside the timing
        manifest = run_batch(client, [str(feed)], out, index, "parquet", "demo")
        return manifest, max(client.run(peak_rss_mb).values())


def main():
    with tempfile.TemporaryDirectory() as work:
        feed = Path(work) / "feed.jsonl"
        bodies = write_feed(feed)
        started = time.perf_counter()
        expected = sum(len(analyse(body).claims) for body in bodies)
        loop_rate = len(bodies) / (time.perf_counter() - started)
        print(f"{len(bodies)} synthetic articles ({feed.stat().st_size / 2**20:.1f} MB JSON Lines), demo registry")
        print(f"plain analyse loop, one process (no registry, no output): {loop_rate:.1f} articles/s, {expected} claims")
        print(f"{'workers':>8} {'articles':>9} {'claims':>8} {'errors':>7} {'seconds':>8} {'art/s':>7} {'peak RSS/worker MB':>19}")
        rates = {}
        for workers in WORKERS:
            manifest, peak = run(workers, feed, Path(work) / f"out-{workers}", open_index(None))
            rates[workers] = manifest["articles_per_second"]
            print(f"{workers:>8} {manifest['articles']:>9} {manifest['claims']:>8} {manifest['errors']:>7} "
                  f"{manifest['seconds']:>8.1f} {rates[workers]:>7.1f} {peak:>19.0f}"
                  f"   claims {'=' if manifest['claims'] == expected else '!='} analyse loop")
        print(f"speed-up with {WORKERS[-1]} workers: {rates[WORKERS[-1]] / rates[WORKERS[0]]:.2f}x (target 1.7x on 2 cores)")
