"""Concurrent writers with Idempotency-Keys while the server is killed (SIGKILL) and restarted: lost writes,
duplicates and the database's integrity."""
import json
import random
import sqlite3
import threading
import time
from collections import Counter
from contextlib import closing
from dataclasses import dataclass, field

from benchmarks.probe.client import REQUEST_TIMEOUT_SECONDS, send
from benchmarks.probe.figures import judged

WRITERS = 16
SEED = 2025
KILL_AFTER_SECONDS = (1.0, 3.0)
ARTICLE = '"The {key} ferry will run again in May," said Ada Novak, the harbour master.'
PAGE_SIZE = 100


@dataclass
class Writer:
    """One CMS client: its own idempotency keys, those acknowledged and those sent without an answer."""
    index: int
    sent: int = 0
    pending: list[str] = field(default_factory=list)
    acknowledged: dict[str, int] = field(default_factory=dict)
    refused: Counter = field(default_factory=Counter)

    def next_key(self) -> str:
        if self.pending:
            return self.pending.pop()
        self.sent += 1
        return f"probe-{self.index}-{self.sent}"

    def post(self, base: str, auth: dict, key: str) -> bool:
        """Submit the article of `key`; False when the server gave no answer (it stays pending)."""
        body = json.dumps({"body": ARTICLE.format(key=key), "title": key}).encode()
        answer = send(base, "POST", "/api/v1/articles", body,
                      {"Content-Type": "application/json", "Idempotency-Key": key, **auth})
        if answer.status is None:
            self.pending.append(key)
            return False
        if answer.status in (200, 201):
            self.acknowledged[key] = json.loads(answer.body)["id"]
        else:
            self.refused[answer.status] += 1
        return True

    def write_until_down(self, base: str, auth: dict) -> None:
        while self.post(base, auth, self.next_key()):
            pass

    def retry_pending(self, base: str, auth: dict) -> None:
        for key in list(self.pending):
            self.pending.remove(key)
            self.post(base, auth, key)


def in_threads(writers: list[Writer], work) -> list[threading.Thread]:
    threads = [threading.Thread(target=work, args=(writer,), daemon=True) for writer in writers]
    for thread in threads:
        thread.start()
    return threads


def integrity(database: str) -> str:
    """PRAGMA integrity_check of the file as the crash left it."""
    with closing(sqlite3.connect(database, timeout=REQUEST_TIMEOUT_SECONDS)) as db:
        return db.execute("PRAGMA integrity_check").fetchone()[0]


def stored_titles(base: str) -> Counter:
    """How many stored articles carry each title, over every page of the article list."""
    titles, page, pages = Counter(), 1, 1
    while page <= pages:
        answer = send(base, "GET", f"/api/v1/articles?page={page}&page_size={PAGE_SIZE}")
        listing = json.loads(answer.body)
        titles.update(item["title"] for item in listing["items"])
        page, pages = page + 1, listing["pages"]
    return titles


def lost_writes(base: str, writers: list[Writer]) -> int:
    """Acknowledged articles that are missing (or not the one acknowledged) after the restarts."""
    lost = 0
    for writer in writers:
        for key, article_id in writer.acknowledged.items():
            answer = send(base, "GET", f"/api/v1/articles/{article_id}")
            lost += answer.status != 200 or json.loads(answer.body)["title"] != key
    return lost


def kill_rounds(server, auth: dict, writers: list[Writer], rounds: int) -> list[str]:
    """Write while the server is killed `rounds` times; the integrity check after each kill."""
    rng, checks = random.Random(SEED), []
    for _ in range(rounds):
        server.start()
        threads = in_threads(writers, lambda writer: (writer.retry_pending(server.base, auth),
                                                      writer.write_until_down(server.base, auth)))
        time.sleep(rng.uniform(*KILL_AFTER_SECONDS))
        server.kill()
        for thread in threads:
            thread.join(timeout=REQUEST_TIMEOUT_SECONDS)
        checks.append(integrity(server.database))
    return checks


def probe_crashes(server, auth: dict, rounds: int):
    """Kill rounds, then one last start: retries of the unanswered writes, and the checks."""
    writers = [Writer(index) for index in range(WRITERS)]
    checks = kill_rounds(server, auth, writers, rounds)
    server.start()
    for thread in in_threads(writers, lambda writer: writer.retry_pending(server.base, auth)):
        thread.join(timeout=REQUEST_TIMEOUT_SECONDS)
    lost = lost_writes(server.base, writers)
    duplicates = sum(1 for count in stored_titles(server.base).values() if count > 1)
    server.stop()
    checks.append(integrity(server.database))
    acknowledged = sum(len(writer.acknowledged) for writer in writers)
    refused = sum((writer.refused for writer in writers), Counter())
    unanswered = sum(len(writer.pending) for writer in writers)
    print(f"crashes: {WRITERS} writers, {rounds} SIGKILL rounds: {acknowledged} writes acknowledged, "
          f"{lost} lost, {duplicates} keys stored twice, refused {dict(refused)}, {unanswered} still unanswered; "
          f"integrity_check {', '.join(checks)}")
    corrupt = sum(1 for check in checks if check != "ok")
    return [
        judged("lost writes after SIGKILL", f"{lost} of {acknowledged} over {rounds} rounds", "0", lost == 0),
        judged("duplicates after SIGKILL", f"{duplicates} keys", "0", duplicates == 0),
        judged("integrity_check not ok", f"{corrupt} of {len(checks)}", "0", corrupt == 0),
    ]
