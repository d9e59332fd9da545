"""Batch figures: `factcheck batch` on a local Dask cluster of 1 and of 2 worker processes over synthetic
articles (bench_claims' generator) in JSON Lines: articles/s, claims against a plain `analyse` loop, and
the peak RSS of each worker. BENCH_BATCH_ARTICLES sets the count (default 5,000).

On a machine that other work keeps busy, each process gets its share of the cores whatever the batch does, so the
wall-clock speed-up says little. Beside it, the CPU seconds of the workers and of this process (the client and the
scheduler) give the time each run would take on otherwise idle cores (`idle_seconds`), and so the speed-up there."""
import json
import os
import random
import resource
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.bench_claims import SEED, article
from claims import analyse
from factcheck.batch.run import run_batch
from factcheck.cli.batch import cluster_client
from factcheck.cli.registry import open_index

ARTICLES = int(os.environ.get("BENCH_BATCH_ARTICLES", 5000))
WORKERS = (1, 2)
CORES = 2  # what the idle-core figure assumes: the target's machine


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def write_feed(path: Path) -> list[str]:
    """ARTICLES records {id, body} in JSON Lines at `path`; their bodies."""
    rng = random.Random(SEED)
    bodies = [article(rng) for _ in range(ARTICLES)]
    with path.open("w", encoding="utf-8") as feed:
        feed.writelines(json.dumps({"id": f"a{n}", "body": body}) + "\n" for n, body in enumerate(bodies))
    return bodies


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@dataclass(frozen=True)
class Run:
    """What a batch run measured: its manifest, the workers' largest peak RSS in MB, the CPU seconds of each
    worker and of this process (client and scheduler) during the run."""

    manifest: dict
    peak_mb: float
    workers_cpu: list[float]
    client_cpu: float

    def idle_seconds(self, cores: int) -> float:
        """How long the run would take on `cores` idle cores: the busiest worker's CPU time, or all the CPU time
        spread over the cores, whichever is more."""
        return max(max(self.workers_cpu), (sum(self.workers_cpu) + self.client_cpu) / cores)


def run(workers: int, feed: Path, out: Path, index) -> Run:
    """A batch over `feed` on the local cluster of `workers` processes that `factcheck batch` starts."""
    with cluster_client(None, workers) as client:
        client.run(analyse, "Warm-up: \"Lexicons load,\" she said.")  # imports and lexicons outside the timing
        workers_before, client_before = client.run(cpu_seconds), time.process_time()
        manifest = run_batch(client, [str(feed)], out, index, "parquet", "demo")
        client_cpu = time.process_time() - client_before
        workers_cpu = [seconds - workers_before[worker] for worker, seconds in client.run(cpu_seconds).items()]
        return Run(manifest, max(client.run(peak_rss_mb).values()), workers_cpu, client_cpu)


def main():
    with tempfile.TemporaryDirectory() as work:
        feed = Path(work) / "feed.jsonl"
        bodies = write_feed(feed)
        started = time.perf_counter()
        expected = sum(len(analyse(body).claims) for body in bodies)
        loop_rate = len(bodies) / (time.perf_counter() - started)
        print(f"{len(bodies)} synthetic articles ({feed.stat().st_size / 2**20:.1f} MB JSON Lines), demo registry")
        print(f"plain analyse loop, one process (no registry, no output): {loop_rate:.1f} articles/s, {expected} claims")
        print(f"{'workers':>8} {'articles':>9} {'claims':>8} {'errors':>7} {'seconds':>8} {'art/s':>7} "
              f"{'peak RSS/worker MB':>19} {'CPU s workers':>14} {'client':>7}")
        runs = {}
        for workers in WORKERS:
            runs[workers] = measured = run(workers, feed, Path(work) / f"out-{workers}", open_index(None))
            manifest = measured.manifest
            print(f"{workers:>8} {manifest['articles']:>9} {manifest['claims']:>8} {manifest['errors']:>7} "
                  f"{manifest['seconds']:>8.1f} {manifest['articles_per_second']:>7.1f} {measured.peak_mb:>19.0f} "
                  f"{sum(measured.workers_cpu):>14.1f} {measured.client_cpu:>7.1f}"
                  f"   claims {'=' if manifest['claims'] == expected else '!='} analyse loop")
        one, many = runs[WORKERS[0]], runs[WORKERS[-1]]
        speed_up = many.manifest["articles_per_second"] / one.manifest["articles_per_second"]
        idle = one.idle_seconds(CORES) / many.idle_seconds(CORES)
        print(f"speed-up with {WORKERS[-1]} workers: {speed_up:.2f}x wall-clock at load average "
              f"{os.getloadavg()[0]:.1f}, {idle:.2f}x from CPU time on idle cores (target 1.7x on {CORES} cores)")
