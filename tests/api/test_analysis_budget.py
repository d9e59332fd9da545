"""Analyses run in niced worker processes within a time budget; one over budget is stopped with its process. A short
story is analysed in the request's thread."""
import os
import threading

import pytest

from claims import analyse
from factcheck import submission
from factcheck.analysis import WORKER_NICENESS, AnalysisStopped, within_budget, worker_pool
from factcheck.submission import INLINE_BUDGET_SECONDS, INLINE_CHARACTERS, analysed_here

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


@pytest.mark.parametrize("length, budget, expected", [
    (INLINE_CHARACTERS, 30, True),
    (INLINE_CHARACTERS + 1, 30, False),
    (100, INLINE_BUDGET_SECONDS, True),
    (100, 0.001, False),  # a budget too short for any analysis to be sure of: kept by a worker
])
def test_only_a_short_story_with_room_in_its_budget_is_analysed_in_the_request_thread(length, budget, expected):
    assert analysed_here("x" * length, budget) is expected


def test_a_short_story_is_answered_without_a_worker_and_a_long_one_by_one(client, auth, monkeypatch):
    def no_worker(*_args):
        raise AnalysisStopped("no worker")

    monkeypatch.setattr(submission, "within_budget", no_worker)
    short = client.post("/api/v1/articles", json={"body": STORY}, headers=auth)
    assert (short.status_code, short.get_json()["claims"][0]["speaker"]["name"]) == (201, "Ilse Brandt")
    assert client.post("/api/v1/articles", json={"body": LONG_STORY}, headers=auth).status_code == 422


def test_submissions_analysed_in_request_threads_take_turns(app):
    """Submissions in a process's request threads run one at a time, from their analysis to their commit."""
    running, overlaps = [], []

    def task(_db, _indexes, fields, _store):
        running.append(fields["body"])
        overlaps.append(len(running) > 1)
        threading.Event().wait(0.02)  # long enough for the other threads to try their turn meanwhile
        running.remove(fields["body"])
        return fields["body"]

    def submit(number: int, answers: list):
        with app.app_context():
            answers.append(submission.analyse_within_budget(task, {"body": f"{STORY} {number}"}, store=None))

    answers: list = []
    threads = [threading.Thread(target=submit, args=(number, answers)) for number in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(answers) == [f"{STORY} {number}" for number in range(4)]
    assert overlaps == [False] * 4
