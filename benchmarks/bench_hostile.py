"""The extractor on hostile input: MB/s per case on one core, the worst against its target, and the peak
RSS of a fresh process analysing a 2 MB article.

Each rate is given by the wall clock and by the process's CPU time: on a machine shared with other work
the first falls with the load, the second measures the extractor alone. The verdict takes the wall clock."""
import random
import subprocess
import sys
import time

from benchmarks.bench_claims import SEED, article, one_core
from benchmarks.hostile_texts import hostile_texts
from claims import analyse

CASE_BYTES = 512 * 1024
TARGET_MB_PER_S = 0.5
MEMORY_ARTICLE_BYTES = 2 * 1024 * 1024
MEMORY_TARGET_MB = 300
MEMORY_TIMEOUT_SECONDS = 600


def news_of_size(size_bytes: int) -> str:
    """Synthetic agency copy, article after article, up to `size_bytes` of UTF-8."""
    rng = random.Random(SEED)
    parts, size = [], 0
    while size < size_bytes:
        parts.append(article(rng))
        size += len(parts[-1].encode("utf-8"))
    return "".join(parts).encode("utf-8")[:size_bytes].decode("utf-8", "ignore")


def seconds_to_analyse(text: str) -> tuple[float, float]:
    """(wall clock, CPU) seconds to analyse `text`."""
    started, started_cpu = time.perf_counter(), time.process_time()
    analyse(text)
    return time.perf_counter() - started, time.process_time() - started_cpu


def peak_rss_mb(text: str) -> tuple[float, float]:
    """(before, after) analysis: max RSS in MB of a fresh interpreter analysing `text`."""
    command = [sys.executable, "-m", "benchmarks.peak_rss"]
    output = subprocess.run(command, input=text, capture_output=True, text=True, check=True,
                            timeout=MEMORY_TIMEOUT_SECONDS).stdout
    before, after = (int(kb) / 1024 for kb in output.split())
    return before, after


def verdict(passed: bool) -> str:
    return "pass" if passed else "FAIL"


def main() -> None:
    before, after = peak_rss_mb(news_of_size(MEMORY_ARTICLE_BYTES))
    print(f"peak RSS         {after:.0f} MB analysing a 2 MB article in a fresh process ({before:.0f} MB before "
          f"analysis; target < {MEMORY_TARGET_MB} MB per worker): {verdict(after < MEMORY_TARGET_MB)}")
    rates = {}
    with one_core():
        for name, text in hostile_texts(CASE_BYTES).items():
            megabytes, (seconds, cpu_seconds) = len(text.encode("utf-8")) / 2**20, seconds_to_analyse(text)
            rates[name] = megabytes / seconds
            print(f"hostile input    {name}: {megabytes:.2f} MB in {seconds:.1f} s ({cpu_seconds:.1f} s CPU), "
                  f"{rates[name]:.3f} MB/s ({megabytes / cpu_seconds:.3f} MB/s CPU)")
    worst = min(rates, key=rates.get)
    print(f"worst hostile    {worst}: {rates[worst]:.3f} MB/s on one core (target >= {TARGET_MB_PER_S} MB/s): "
          f"{verdict(rates[worst] >= TARGET_MB_PER_S)}")
