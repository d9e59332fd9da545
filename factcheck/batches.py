"""Batches of articles: stored as a job with one item per article, taken item by item by the worker process
(`factcheck.worker`), never by the request that submitted them.

A batch is `queued` until the worker takes its first item, `running` while it has items left, then `done`, or
`failed` when no item could be analysed. Items are `queued`, `running`, `done` (with the article they stored)
or `failed` (with why). A worker that stops mid-item leaves it `running`; the next worker queues it again.
"""
import json
from dataclasses import dataclass

from sqlite_utils import Database

from factcheck.storage import utc_now, write_transaction
from sources.registry import NotFound

STATUSES = ("queued", "running", "done", "failed")
ITEM_STATUSES = ("queued", "running", "done", "failed")


@dataclass(frozen=True)
class BatchItem:
    """One article of a batch as the worker takes it: its place in the batch and its submitted fields."""

    batch_id: int
    position: int
    fields: dict


def create_batch(db: Database, owner: int, items: list[dict | str]) -> int:
    """Store a batch for the API key `owner`: each item the article's fields, or why it cannot be analysed
    (a failed item from the start); the batch's id."""
    with write_transaction(db):
        batch_id = db["batches"].insert({"owner": owner, "status": "queued", "created_at": utc_now()}).last_pk
        db["batch_items"].insert_all(
            {"batch_id": batch_id, "position": position, "status": "failed", "error": item}
            if isinstance(item, str) else
            {"batch_id": batch_id, "position": position, "status": "queued", "fields": json.dumps(item, ensure_ascii=False)}
            for position, item in enumerate(items)
        )
    return batch_id


def get_batch(db: Database, batch_id: int) -> dict:
    """The batch: {id, owner, status, created_at, started_at, finished_at, counts {total, and one per item
    status}, errors [{item, error}], articles [{item, article_id}]}; NotFound if there is none."""
    batch = next(db.query("select id, owner, status, created_at, started_at, finished_at from batches where id = ?",
                          [batch_id]), None)
    if batch is None:
        raise NotFound(f"no batch with id {batch_id}")
    items = list(db.query("select position, status, article_id, error from batch_items where batch_id = ? "
                          "order by position", [batch_id]))
    counts = {"total": len(items)} | {status: sum(item["status"] == status for item in items) for status in ITEM_STATUSES}
    return {**batch, "counts": counts,
            "errors": [{"item": item["position"], "error": item["error"]} for item in items if item["status"] == "failed"],
            "articles": [{"item": item["position"], "article_id": item["article_id"]} for item in items
                         if item["status"] == "done"]}


def take_item(db: Database) -> BatchItem | None:
    """The next queued item, oldest batch first, marked running (and its batch with it); None when none waits.

    An idle queue is seen by a read, so that the worker's polls take no write lock from the service's writers."""
    if db.execute("select 1 from batch_items where status = 'queued' limit 1").fetchone() is None:
        return None
    with write_transaction(db):
        row = db.execute("select batch_id, position, fields from batch_items where status = 'queued' "
                         "order by batch_id, position limit 1").fetchone()
        if row is None:
            return None
        db.execute("update batch_items set status = 'running' where batch_id = ? and position = ?", row[:2])
        db.execute("update batches set status = 'running', started_at = coalesce(started_at, ?) where id = ?",
                   [utc_now(), row[0]])
    return BatchItem(row[0], row[1], json.loads(row[2]))


def finish_item(db: Database, item: BatchItem, article_id: int | None = None, error: str | None = None) -> dict | None:
    """Record the item's article (done) or its error (failed); the batch, as `get_batch` gives it, when this
    was its last item, else None."""
    with write_transaction(db):
        db.execute("update batch_items set status = ?, article_id = ?, error = ?, fields = null "
                   "where batch_id = ? and position = ?",
                   ["failed" if error else "done", article_id, error, item.batch_id, item.position])
        left = db.execute("select count(*) from batch_items where batch_id = ? and status in ('queued', 'running')",
                          [item.batch_id]).fetchone()[0]
        if left:
            return None
        stored = db.execute("select count(*) from batch_items where batch_id = ? and status = 'done'",
                            [item.batch_id]).fetchone()[0]
        db.execute("update batches set status = ?, finished_at = ? where id = ?",
                   ["done" if stored else "failed", utc_now(), item.batch_id])
    return get_batch(db, item.batch_id)


def requeue_interrupted(db: Database) -> int:
    """Queue again the items a stopped worker left running; how many."""
    with write_transaction(db):
        return db.execute("update batch_items set status = 'queued' where status = 'running'").rowcount
