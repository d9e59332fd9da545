"""Article analysis with a time budget, in worker processes: an analysis over budget is ended with its
process (pebble kills it), never left running in a thread of the server; workers are replaced after a
number of tasks, so the memory an analysis leaves behind is returned to the system. The CPU-heavy work of a
submission (extraction, matching, storing thousands of claims) happens there, not under the server's GIL."""
import atexit
import multiprocessing
import os
import threading
from concurrent.futures import CancelledError

from pebble import ProcessPool
from pebble.common import ProcessExpired

from factcheck.article_input import BadArticle

# Workers fork from a small server process that has imported the submission's modules and analysed one article
# (`analysis_warmup`), not from the web server.
CONTEXT = multiprocessing.get_context("forkserver")
CONTEXT.set_forkserver_preload(["claims", "factcheck.submission", "factcheck.analysis_warmup"])
TASKS_PER_WORKER = 50
# Analysis is batch work: the workers yield the CPU to the server's event loop and request threads, so that a
# health check or a page is answered at once while long articles are being read.
WORKER_NICENESS = 10

_pools: dict[int, ProcessPool] = {}
_pools_lock = threading.Lock()


class AnalysisStopped(BadArticle):
    """The analysis went over its time budget, or its worker process died; either way it was stopped."""


def worker_pool(workers: int) -> ProcessPool:
    """This process's pool of `workers` analysis processes, started on first use and stopped at exit."""
    with _pools_lock:
        if workers not in _pools:
            _pools[workers] = ProcessPool(max_workers=workers, max_tasks=TASKS_PER_WORKER, context=CONTEXT,
                                          initializer=os.nice, initargs=(WORKER_NICENESS,))
            atexit.register(_pools[workers].stop)
        return _pools[workers]


def within_budget(function, args: tuple, seconds: float, workers: int):
    """`function(*args)` in a worker process; AnalysisStopped when it runs longer than `seconds`.

    The budget counts from when a worker takes the task; waiting for a free worker may take as long again.
    `function` and its arguments and result travel between processes: module-level, picklable.
    """
    future = worker_pool(workers).schedule(function, args=args, timeout=seconds)
    try:
        return future.result(timeout=2 * seconds)
    except TimeoutError:
        future.cancel()
        raise AnalysisStopped(f"its analysis took longer than the time budget of {seconds:g} s") from None
    except (ProcessExpired, CancelledError):
        raise AnalysisStopped("its analysis ended its worker process (out of memory?)") from None
