"""The worker process (`factcheck worker`, started by `factcheck serve`): analyses the items of submitted
batches, sends webhook deliveries, merges the full-text indexes and checkpoints the database's WAL, outside any
request, until it is stopped (SIGTERM, SIGINT) or the process that started it ends.

The jobs poll the database, each in a thread of its own, so that a slow webhook receiver never holds up a batch,
nor a batch the checkpoints. An item is analysed as a submission is (`submit_article`: the same worker processes
and time budget), so a batch's articles are stored, matched and announced exactly as single ones are.
"""
import logging
import os
import signal
import sqlite3
import threading

from flask import Flask
from sqlite_utils import Database

from factcheck import batches, events
from factcheck.article_input import BadArticle
from factcheck.db import checkpoint, get_db, merge_search_indexes
from factcheck.submission import submit_article
from factcheck.webhook_delivery import DeliveryConfig, deliver_due

log = logging.getLogger("factcheck.worker")


def process_item(item: batches.BatchItem) -> None:
    """Analyse and store one batch item, recording its article or its error; `batch.done` after the last."""
    article_id = error = None
    try:
        article_id = submit_article(item.fields).id
    except BadArticle as exc:
        error = f"The article cannot be analysed: {exc}."
    except Exception as exc:  # noqa: BLE001 — one article's failure is the item's error, never the batch's end
        log.exception("batch %s item %s failed", item.batch_id, item.position)
        error = f"The analysis failed: {exc!r}."
    batch = batches.finish_item(get_db(), item, article_id, error)
    if batch:
        log.info("batch %s %s: %s", batch["id"], batch["status"], batch["counts"])
        events.batch_done(get_db(), batch)


def run_batches(app: Flask, stop: threading.Event) -> None:
    """Take batch items one by one until `stop` is set; items a stopped worker left running go first."""
    with app.app_context():
        if requeued := batches.requeue_interrupted(get_db()):
            log.info("%s interrupted batch items queued again", requeued)
        while not stop.is_set():
            item = batches.take_item(get_db())
            if item is None:
                stop.wait(app.config["WORKER_POLL_SECONDS"])
            else:
                process_item(item)


def run_deliveries(app: Flask, stop: threading.Event) -> None:
    """Send due webhook deliveries until `stop` is set."""
    config = DeliveryConfig.of(app.config)
    with app.app_context():
        while not stop.is_set():
            if not deliver_due(get_db(), config):
                stop.wait(app.config["WORKER_POLL_SECONDS"])


def run_checkpoints(app: Flask, stop: threading.Event) -> None:
    """Every CHECKPOINT_SECONDS until `stop` is set, merge the full-text indexes' segments and checkpoint the WAL, so
    that no request's commit does either (`db.merge_search_indexes`, `db.REQUEST_AUTOCHECKPOINT_PAGES`)."""
    with app.app_context():
        while not stop.wait(app.config["CHECKPOINT_SECONDS"]):
            merge_unless_locked(get_db())
            checkpoint(get_db())


def merge_unless_locked(db: Database) -> None:
    """`merge_search_indexes`, which takes the write lock: one that finds it held past the busy timeout (a long
    import) is left to the next turn, logged, rather than ending the worker with its batches and deliveries."""
    try:
        merge_search_indexes(db)
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc):
            raise
        log.warning("the full-text indexes' merge waits for its next turn: %s", exc)


def until_failure(job, app: Flask, stop: threading.Event) -> None:
    """Run `job`; if it fails, stop the other jobs too, so that the process ends and its supervisor sees it."""
    try:
        job(app, stop)
    except BaseException:
        log.exception("%s failed; the worker stops", job.__name__)
        stop.set()
        raise


def run(app: Flask, parent: int | None = None) -> None:
    """Run the three jobs (batches, webhook deliveries, merges and WAL checkpoints) until SIGTERM or SIGINT, or until the
    process `parent` is no longer this one's parent."""
    stop = threading.Event()
    for signal_number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signal_number, lambda *_: stop.set())
    jobs = [threading.Thread(target=until_failure, args=(job, app, stop), name=job.__name__)
            for job in (run_batches, run_deliveries, run_checkpoints)]
    for job in jobs:
        job.start()
    log.info("worker %s started on %s", os.getpid(), app.config["DATABASE"])
    while not stop.wait(app.config["WORKER_POLL_SECONDS"]):
        if parent is not None and os.getppid() != parent:
            stop.set()
    for job in jobs:
        job.join()
    log.info("worker %s stopped", os.getpid())
