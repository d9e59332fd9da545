"""Analyses run in niced worker processes within a time budget; one over budget is stopped with its process."""
import os
import threading

import pytest

from claims import analyse
from factcheck.analysis import WORKER_NICENESS, AnalysisStopped, within_budget, worker_pool

STORY = '"The pier reopens in May," said Ilse Brandt, the harbour engineer. Oskar Bellamy denied that the pier reopens.'
LONG_STORY = STORY * 3000


def test_a_worker_gives_the_same_analysis_as_the_extractor():
    assert within_budget(analyse, (STORY,), seconds=60, workers=1) == analyse(STORY)


def test_an_analysis_over_budget_is_stopped_without_leaving_a_thread_behind():
    within_budget(analyse, (STORY,), seconds=60, workers=1)  # the pool and its own threads are up
    threads = threading.active_count()
    for _ in range(3):
        with pytest.raises(AnalysisStopped, match="time budget of 0.01 s"):
            within_budget(analyse, (LONG_STORY,), seconds=0.01, workers=1)
    assert threading.active_count() == threads
    assert within_budget(analyse, (STORY,), seconds=60, workers=1) == analyse(STORY)  # a fresh worker took over


def test_workers_run_at_a_lower_priority_than_the_server():
    assert worker_pool(1).schedule(os.nice, args=(0,)).result(timeout=60) == min(19, os.nice(0) + WORKER_NICENESS)


def first_name_genders_loaded() -> bool:
    """In a worker: whether the extractor's first-name gender table is in memory."""
    from claims.first_names import _detector
    return _detector.cache_info().currsize == 1


def test_a_new_worker_inherits_the_extractors_data_instead_of_loading_it():
    fresh = worker_pool(3)  # a pool no other test uses: its workers have analysed nothing yet
    assert fresh.schedule(first_name_genders_loaded).result(timeout=60)
