"""Stored articles matched again after the registry changes: the newest first and at most MAX_ARTICLES of
them, after the response to the registry write has been sent, with each run's progress in the table
rematch_runs."""
import threading

from flask import after_this_request, current_app
from sqlite_utils import Database

from claims import analyse
from factcheck import storage
from factcheck.claim_identity import kept_ids
from factcheck.db import connect
from factcheck.schemas import dump_analysis
from factcheck.submission import as_of
from sources import enrich
from sources.index import load_index

# A registry edit re-matches this many of the newest articles; older ones keep their matches.
MAX_ARTICLES = 500


def rematch_article(db: Database, article_id: int, index) -> bool:
    """Match the article's claims against `index` again and store what changed; False when the extractor now
    reads the article differently (its stored claims, and their reviews, are then left as they are)."""
    article = storage.get_article(db, article_id)
    analysis = analyse(article["body"])
    fresh = dump_analysis(analysis, enrich(analysis, index, as_of=as_of(article)))["claims"]
    claims, _ = kept_ids(article["claims"], fresh, {})  # an article replaced by its CMS keeps its claims' ids
    if [(claim["id"], claim["content"]) for claim in claims] != [(claim["id"], claim["content"]) for claim in article["claims"]]:
        return False
    with storage.write_transaction(db):
        for claim in claims:
            row = storage.claim_row(article_id, 0, claim, "")
            db.execute("update claims set data = ?, speaker = ?, source_id = ?, disputed = ?, report_kind = ? "
                       "where article_id = ? and claim_id = ?",
                       [row["data"], row["speaker"], row["source_id"], row["disputed"], row["report_kind"], article_id,
                        claim["id"]])
        db.execute("delete from disputes where article_id = ? and origin = 'registry'", [article_id])
        db["disputes"].insert_all(row for claim in claims for row in storage.dispute_rows(article_id, claim, article["body"])
                                  if row["origin"] == "registry")
    return True


def run(database: str) -> None:
    """One run over the newest articles of the database file, its progress stored as it goes."""
    with connect(database) as db:
        index = load_index(db)
        article_ids = [row["id"] for row in db.query("select id from articles order by id desc limit ?", [MAX_ARTICLES])]
        with storage.write_transaction(db):
            run_id = db["rematch_runs"].insert({"started_at": storage.utc_now(), "total": len(article_ids), "done": 0,
                                                "skipped": 0}).last_pk
        for done, article_id in enumerate(article_ids, start=1):
            skipped = not rematch_article(db, article_id, index)
            with storage.write_transaction(db):
                db.execute("update rematch_runs set done = ?, skipped = skipped + ? where id = ?", [done, skipped, run_id])
        with storage.write_transaction(db):
            db.execute("update rematch_runs set finished_at = ? where id = ?", [storage.utc_now(), run_id])


class Rematcher:
    """One run at a time per database: writes during a run ask for one more run after it."""

    def __init__(self, database: str):
        self.database = database
        self.lock = threading.Lock()
        self.pending = False
        self.running = False

    def request(self) -> None:
        with self.lock:
            self.pending = True

    def drain(self) -> None:
        """Run as long as runs are asked for; nothing when another thread is already running them."""
        with self.lock:
            if self.running:
                return
            self.running = True
        try:
            while self.take_pending():
                run(self.database)
        finally:
            with self.lock:
                self.running = False

    def take_pending(self) -> bool:
        with self.lock:
            pending, self.pending = self.pending, False
            return pending


def start() -> None:
    """Re-match the app's stored articles once the response to this registry write has been sent (the worker
    does it after answering, so the writer does not wait)."""
    rematcher = current_app.extensions.setdefault("rematcher", Rematcher(current_app.config["DATABASE"]))
    rematcher.request()

    @after_this_request
    def run_after_response(response):
        response.call_on_close(rematcher.drain)
        return response


def latest_run(db: Database) -> dict | None:
    """The latest run: {started_at, finished_at, total, done, skipped}, or None if there has been none."""
    return next(db.query("select started_at, finished_at, total, done, skipped from rematch_runs order by id desc limit 1"),
                None)
