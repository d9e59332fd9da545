"""The probe's and the benchmark's own parts: hostile texts, answers without a server, verdicts."""
import os
import re
import signal
import subprocess
import time

import pytest

from benchmarks.bench_service import cpu_bound_rate, requests_by_worker
from benchmarks.hostile_texts import hostile_texts, many_names
from benchmarks.probe.client import send
from benchmarks.probe.figures import FAIL, INFO, PASS, Figure, judged, missed
from benchmarks.probe.server import analysis_workers, free_port, process_tree, status_kb


@pytest.mark.parametrize("size", [1_000, 300_000])
def test_each_hostile_text_has_about_the_size_asked(size):
    sizes = {name: len(text.encode("utf-8")) for name, text in hostile_texts(size).items()}
    assert len(sizes) == 5
    assert all(size - 4 <= actual <= size + 60 for actual in sizes.values()), sizes


def test_many_names_never_repeats_a_person():
    people = re.findall(r"([A-Z][a-z]+ [A-Z][a-z]+) said ([A-Z][a-z]+ [A-Z][a-z]+) was wrong", many_names(200_000))
    named = [person for pair in people for person in pair]
    assert len(named) > 8_000
    assert len(set(named)) == len(named)


def test_a_closed_port_gives_no_answer_instead_of_an_exception():
    answer = send(f"http://127.0.0.1:{free_port()}", "GET", "/healthz", timeout=2)
    assert (answer.status, answer.body) == (None, b"")


@pytest.mark.parametrize("figures, expected", [
    ([judged("5xx", "0", "0", True), Figure("growth", "+3%")], False),
    ([judged("5xx", "2", "0", False), Figure("growth", "+3%")], True),
])
def test_a_missed_target_is_what_fails_the_probe(figures, expected):
    assert missed(figures) is expected
    assert {figure.verdict for figure in figures} <= {PASS, FAIL, INFO}


def test_a_process_tree_is_read_from_proc():
    """A server's processes, found in /proc: its worker processes, and below them their analysis workers."""
    server = subprocess.Popen(["sh", "-c", "sh -c 'sleep 30 & wait' & wait"], start_new_session=True)
    try:
        deadline = time.monotonic() + 10
        while len(process_tree(server.pid)) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        _server, _worker, analysis = process_tree(server.pid)
        assert analysis_workers(server.pid) == [analysis]
        assert status_kb(analysis, "VmRSS") > 0
    finally:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=10)
    assert status_kb(server.pid, "VmRSS") == 0  # an ended process counts 0 instead of raising


def test_the_service_bench_counts_the_submissions_each_worker_process_logged(tmp_path):
    log = tmp_path / "server.log"
    log.write_text(
        '2026-12-06T22:12:04+0000 [3678] [INFO] 127.0.0.1 "POST /api/v1/articles HTTP/1.1" 201 23627 12ms request_id=a\n'
        '2026-12-06T22:12:04+0000 [3679] [INFO] 127.0.0.1 "POST /api/v1/articles HTTP/1.1" 201 23627 11ms request_id=b\n'
        '2026-12-06T22:12:05+0000 [3678] [INFO] 127.0.0.1 "POST /api/v1/articles HTTP/1.1" 201 23627 12ms request_id=c\n'
        '2026-12-06T22:12:05+0000 [3679] [INFO] 127.0.0.1 "GET /healthz HTTP/1.1" 200 16 0ms request_id=d\n'
        '2026-12-06T22:12:05+0000 [3670] [INFO] Booting worker with pid: 3679\n')
    assert requests_by_worker(log) == {"3678": 2, "3679": 1}


@pytest.mark.parametrize("busiest_process, expected", [
    (1.0, 100.0),  # two processes kept each core busy for 1 s: 100 requests in 1 s
    (1.5, 100 / 1.5),  # the busiest process's 1.5 s of CPU, on one core, took longer than the rest spread over two
    (0.5, 100.0),  # no process was busier than the work spread over the cores allows
])
def test_the_service_bench_bounds_the_throughput_by_cpu_time(monkeypatch, busiest_process, expected):
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    cpu = {"client": 0.1, "server": 1.9, "analysis": 0.0}
    assert cpu_bound_rate(100, cpu, busiest_process) == pytest.approx(expected)


def test_the_request_log_is_read_from_an_offset_a_whole_line_at_a_time(tmp_path):
    from benchmarks.served_cpu import read

    log = tmp_path / "requests.log"
    log.write_text("41 12500 11900 13000\n42 9000 8400 9100\n43 77")  # the last line is still being written
    rows, offset = read(str(log), 0)
    assert rows == [(41, 12.5, 11.9, 13.0), (42, 9.0, 8.4, 9.1)]
    with log.open("a") as more:
        more.write("00 800 11000\n")
    assert read(str(log), offset) == ([(43, 7.7, 0.8, 11.0)], len(log.read_bytes()))


def test_a_spread_is_the_median_mean_and_90th_percentile():
    from benchmarks.bench_service import spread

    assert spread([float(ms) for ms in range(1, 12)]) == {"median": 6.0, "mean": 6.0, "p90": 10.0}


def test_each_request_thread_keeps_its_own_app_cpu():
    import threading

    from benchmarks.served_cpu import TimedApp

    class Answer(list):
        def close(self):
            pass

    app = TimedApp(lambda _environ, _start: Answer([b"ok"]))
    assert app({}, None) == [b"ok"]
    mine = app.app_cpu
    other = threading.Thread(target=lambda: app({}, None))
    other.start()
    other.join()
    assert app.app_cpu == mine
