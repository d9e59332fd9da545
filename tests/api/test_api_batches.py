"""POST/GET /api/v1/batches and the batch queue the worker process takes items from."""
import json

import pytest

from factcheck import batches, webhook_delivery
from factcheck.db import connect
from factcheck.keys import create_key

STORY = '"The ferry will run all winter," said Ilse Marten, the harbour master.'


def jsonl(*documents) -> str:
    return "\n".join(json.dumps(document) for document in documents) + "\n"


def test_a_json_list_is_queued_and_answered_202_with_the_batch(client, auth):
    response = client.post("/api/v1/batches", json=[{"body": STORY, "title": "Ferry"}, {"body": STORY + " Again."}],
                           headers=auth)
    assert response.status_code == 202
    batch = response.get_json()
    assert response.headers["Location"] == f"http://127.0.0.1:5000/api/v1/batches/{batch['id']}"
    assert batch == {
        "id": batch["id"], "self": response.headers["Location"], "status": "queued",
        "created_at": batch["created_at"], "started_at": None, "finished_at": None,
        "counts": {"total": 2, "queued": 2, "running": 0, "done": 0, "failed": 0}, "errors": [], "articles": [],
    }
    assert client.get(f"/api/v1/batches/{batch['id']}").get_json() == batch


@pytest.mark.parametrize("media_type", ["application/jsonl", "application/x-ndjson"])
def test_json_lines_are_one_article_a_line_blank_lines_skipped(client, auth, media_type):
    body = jsonl({"body": STORY}, {"body": STORY, "url": "https://example.org/ferry"}) + "\n  \n"
    response = client.post("/api/v1/batches", data=body, content_type=media_type, headers=auth)
    assert response.status_code == 202
    assert response.get_json()["counts"]["total"] == 2


@pytest.mark.parametrize(("body", "content_type", "status", "says"), [
    (jsonl({"body": STORY}) + "{not json\n", "application/jsonl", 400, "Line 2 is not valid JSON"),
    (b"\xff\xfe", "application/jsonl", 400, "not UTF-8"),
    ("[]", "application/json", 422, "see `errors`"),
    ('{"body": "one"}', "application/json", 422, "see `errors`"),
    ("<batch/>", "application/xml", 415, "application/jsonl"),
])
def test_a_batch_that_cannot_be_read_is_refused(client, auth, body, content_type, status, says):
    response = client.post("/api/v1/batches", data=body, content_type=content_type, headers=auth)
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    assert says in response.get_json()["detail"]


def test_one_invalid_article_refuses_the_whole_batch_naming_it(client, auth, db):
    response = client.post("/api/v1/batches", json=[{"body": STORY}, {"body": STORY, "shouted": True}, {"title": "x"}],
                           headers=auth)
    assert response.status_code == 422
    assert response.get_json()["errors"] == {"json": {"1": {"shouted": ["Unknown field."]},
                                                      "2": {"body": ["Missing data for required field."]}}}
    assert db["batches"].count == 0


def test_a_batch_over_the_limit_is_refused(client, auth):
    response = client.post("/api/v1/batches", json=[{"body": STORY}] * 1001, headers=auth)
    assert response.status_code == 422


def test_a_batch_needs_an_api_key_and_an_unknown_batch_is_404(client):
    assert client.post("/api/v1/batches", json=[{"body": STORY}]).status_code == 401
    assert client.get("/api/v1/batches/9").status_code == 404


def test_items_are_taken_in_order_and_the_last_one_finishes_the_batch(db):
    owner = create_key(db, "CMS")[0]["id"]
    first = batches.create_batch(db, owner, [{"body": "a"}, {"body": "b"}])
    second = batches.create_batch(db, owner, [{"body": "c"}])
    taken = batches.take_item(db)
    assert (taken.batch_id, taken.position, taken.fields) == (first, 0, {"body": "a"})
    assert batches.get_batch(db, first)["status"] == "running"
    assert batches.finish_item(db, taken, article_id=7) is None
    last = batches.take_item(db)
    done = batches.finish_item(db, last, error="The article cannot be analysed: it holds no text.")
    assert done["status"] == "done" and done["finished_at"]
    assert done["counts"] == {"total": 2, "queued": 0, "running": 0, "done": 1, "failed": 1}
    assert done["articles"] == [{"item": 0, "article_id": 7}]
    assert done["errors"] == [{"item": 1, "error": "The article cannot be analysed: it holds no text."}]
    assert batches.take_item(db).batch_id == second


def test_a_batch_none_of_whose_articles_could_be_analysed_has_failed(db):
    batch_id = batches.create_batch(db, 1, [{"body": "a"}])
    assert batches.finish_item(db, batches.take_item(db), error="It broke.")["status"] == "failed"
    assert batches.get_batch(db, batch_id)["counts"]["failed"] == 1


def test_items_a_stopped_worker_left_running_are_queued_again(db):
    batch_id = batches.create_batch(db, 1, [{"body": "a"}, {"body": "b"}])
    batches.take_item(db)
    assert batches.requeue_interrupted(db) == 1
    assert batches.take_item(db).position == 0
    assert batches.get_batch(db, batch_id)["counts"]["running"] == 1


def test_an_idle_queue_is_polled_without_the_write_lock(app, db):
    db.execute("PRAGMA busy_timeout = 100")  # a poll that waited for the lock would fail in 0.1 s
    with connect(app.config["DATABASE"]) as writer:
        writer.execute("BEGIN IMMEDIATE")  # a submission being stored
        try:
            assert batches.take_item(db) is None
            assert webhook_delivery.take_due(db, lease_seconds=60) is None
        finally:
            writer.execute("ROLLBACK")
