"""Webhooks: registered per API key, events recorded where they happen, deliveries signed per Standard Webhooks
(verified here with the `standardwebhooks` package), retried with backoff, logged, and kept off inner addresses."""
import json

import pytest
from standardwebhooks import Webhook

from factcheck import create_app, webhooks
from factcheck.keys import create_key
from factcheck.webhook_delivery import BlockedTarget, DeliveryConfig, deliver_due, guarded_connection
from webhook_receiver import Receiver

DISPUTED_STORY = ('Mayor Ada Brandt said the bridge is safe. City engineer Tom Reyes denied that the bridge is safe, '
                  'saying cracks had spread.')
LOOPBACK = DeliveryConfig(retry_seconds=(0,), timeout_seconds=5, private_targets=True)


@pytest.fixture
def app(tmp_path):
    return create_app({"TESTING": True, "DATABASE": str(tmp_path / "api.db"), "WEBHOOK_PRIVATE_TARGETS": True})


@pytest.fixture
def receiver():
    endpoint = Receiver()
    yield endpoint
    endpoint.close()


def register(client, auth, url, events=("article.analysed",)) -> dict:
    response = client.post("/api/v1/webhooks", json={"url": url, "events": list(events)}, headers=auth)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def test_a_webhook_is_registered_with_a_secret_shown_once(client, auth):
    created = register(client, auth, "https://cms.example.org/hooks", ["claim.disputed", "article.analysed"])
    assert created["secret"].startswith("whsec_") and len(Webhook(created["secret"])._whsecret) == 32
    assert created["events"] == ["article.analysed", "claim.disputed"]
    assert created["self"] == f"http://127.0.0.1:5000/api/v1/webhooks/{created['id']}"
    listed = client.get("/api/v1/webhooks", headers=auth).get_json()["items"]
    assert listed == [{name: value for name, value in created.items() if name != "secret"}]


def test_a_key_sees_and_deletes_only_its_own_webhooks(client, auth, db):
    created = register(client, auth, "https://cms.example.org/hooks")
    other = {"X-API-Key": create_key(db, "another CMS")[1]}
    assert client.get("/api/v1/webhooks", headers=other).get_json() == {"items": []}
    assert client.get(f"/api/v1/webhooks/{created['id']}", headers=other).status_code == 404
    assert client.delete(f"/api/v1/webhooks/{created['id']}", headers=other).status_code == 404
    assert client.delete(f"/api/v1/webhooks/{created['id']}", headers=auth).status_code == 204
    assert client.get(f"/api/v1/webhooks/{created['id']}", headers=auth).status_code == 404


def test_webhooks_need_a_key_even_to_read(client):
    assert client.get("/api/v1/webhooks").status_code == 401
    assert client.get("/api/v1/webhooks/1/deliveries").status_code == 401


@pytest.mark.parametrize("url", ["http://cms.example.org/hooks", "https://127.0.0.1/hooks", "https://10.1.2.3/hooks",
                                 "https://[::1]/hooks", "https://169.254.169.254/latest", "https://localhost:8443/x",
                                 "https://api.localhost/x", "ftp://cms.example.org/hooks"])
def test_inner_or_plain_http_targets_are_refused_by_default(tmp_path, url):
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "api.db")})
    with app.app_context():
        from factcheck.db import get_db
        secret = create_key(get_db(), "CMS")[1]
    response = app.test_client().post("/api/v1/webhooks", json={"url": url, "events": ["batch.done"]},
                                      headers={"X-API-Key": secret})
    assert response.status_code == 422
    assert list(response.get_json()["errors"]["json"]) == ["url"]


def test_a_name_that_resolves_to_an_inner_address_is_refused_when_connecting(receiver):
    port = int(receiver.url.split(":")[2].split("/")[0])
    with pytest.raises(BlockedTarget):
        guarded_connection(("localhost", port), 5, private_targets=False)
    guarded_connection(("localhost", port), 5, private_targets=True).close()


def test_unknown_events_are_refused(client, auth):
    response = client.post("/api/v1/webhooks", json={"url": "https://cms.example.org/h", "events": ["article.eaten"]},
                           headers=auth)
    assert response.status_code == 422


def test_an_analysed_article_is_delivered_signed_and_logged(client, auth, db, receiver):
    created = register(client, auth, receiver.url, ["article.analysed", "claim.disputed"])
    article = client.post("/api/v1/articles", json={"body": DISPUTED_STORY}, headers=auth).get_json()
    disputed = [claim for claim in article["claims"] if claim["disputed"]]
    assert disputed
    assert deliver_due(db, LOOPBACK) == 1 + len(disputed)
    first = receiver.next(timeout=5)
    event = Webhook(created["secret"]).verify(first.body, first.headers)
    assert event["type"] == "article.analysed"
    assert event["data"] == {"id": article["id"], "self": f"http://127.0.0.1:5000/api/v1/articles/{article['id']}",
                             "title": article["title"], "url": None, "claim_count": len(article["claims"]),
                             "disputed_count": len(disputed)}
    disputed_event = json.loads(receiver.next(timeout=5).body)
    assert disputed_event["type"] == "claim.disputed"
    assert disputed_event["data"]["ref"] == f"{article['id']}-{disputed[0]['id']}"
    log = client.get(f"/api/v1/webhooks/{created['id']}/deliveries", headers=auth).get_json()
    assert len(log["items"]) == 1 + len(disputed) and log["next"] is None
    oldest = log["items"][-1]
    assert (oldest["message_id"], oldest["status"], oldest["event"]) == (first.headers["webhook-id"], "delivered", "article.analysed")
    assert oldest["payload"] == event and [attempt["status_code"] for attempt in oldest["attempts"]] == [204]


def test_a_failed_delivery_is_retried_then_given_up_when_the_schedule_is_spent(db):
    owner = create_key(db, "CMS")[0]["id"]
    failing = Receiver(statuses=[500, 503, 500])
    try:
        hook, secret = webhooks.register(db, owner, failing.url, ["batch.done"])
        webhooks.publish(db, "batch.done", {"id": 1}, owner=owner)
        schedule = DeliveryConfig(retry_seconds=(0, 3600), timeout_seconds=5, private_targets=True)
        assert deliver_due(db, schedule) == 2  # the first attempt, and the retry due at once
        [delivery] = webhooks.deliveries(db, owner, hook["id"]).items
        assert (delivery["status"], delivery["attempt_count"]) == ("pending", 2)
        assert delivery["next_attempt_at"] > delivery["created_at"]
        assert [attempt["error"] for attempt in delivery["attempts"]] == ["answered 500", "answered 503"]
        ids = {failing.next(timeout=5).headers["webhook-id"] for _ in range(2)}
        assert ids == {delivery["message_id"]}  # every attempt is the same message
        db.execute("update webhook_deliveries set next_attempt_at = created_at")
        deliver_due(db, schedule)
        [delivery] = webhooks.deliveries(db, owner, hook["id"]).items
        assert (delivery["status"], delivery["attempt_count"], delivery["next_attempt_at"]) == ("failed", 3, None)
    finally:
        failing.close()


def test_an_unreachable_receiver_is_an_attempt_that_failed(db):
    owner = create_key(db, "CMS")[0]["id"]
    closed = Receiver()
    closed.close()
    hook, _ = webhooks.register(db, owner, closed.url, ["batch.done"])
    webhooks.publish(db, "batch.done", {"id": 1}, owner=owner)
    deliver_due(db, DeliveryConfig(retry_seconds=(60,), timeout_seconds=2, private_targets=True))
    [delivery] = webhooks.deliveries(db, owner, hook["id"]).items
    assert delivery["status"] == "pending" and delivery["attempts"][0]["status_code"] is None
    assert delivery["attempts"][0]["error"]


def test_batch_done_goes_only_to_the_submitting_keys_webhooks(db):
    mine, theirs = (create_key(db, name)[0]["id"] for name in ("mine", "theirs"))
    webhooks.register(db, mine, "https://a.example.org/h", ["batch.done", "claim.reviewed"])
    webhooks.register(db, theirs, "https://b.example.org/h", ["batch.done", "claim.reviewed"])
    assert webhooks.publish(db, "batch.done", {"id": 1}, owner=mine) == 1
    assert webhooks.publish(db, "claim.reviewed", {"ref": "1-c1"}) == 2
    assert webhooks.publish(db, "article.analysed", {"id": 1}) == 0


def test_a_review_is_an_event(client, db, auth, store_article):
    from factcheck import accounts

    register(client, auth, "https://cms.example.org/hooks", ["claim.reviewed"])
    reviewer = accounts.create_user(db, "rita", "reviewer", "a long password")
    headers = {"X-API-Key": create_key(db, "Rita's key", reviewer.id)[1]}
    article_id = store_article("Bridge", [("Ann Lee", "the bridge is safe", "City Hall")])
    assert client.post(f"/api/v1/claims/{article_id}-c1/review", json={"status": "in_review"}, headers=headers).status_code == 200
    [payload] = [json.loads(row["payload"]) for row in db["webhook_deliveries"].rows]
    assert payload["type"] == "claim.reviewed"
    assert {payload["data"][name] for name in ("ref", "status", "reviewer")} == {f"{article_id}-c1", "in_review", "rita"}


def test_the_delivery_log_pages_by_cursor_newest_first(client, auth, db):
    created = register(client, auth, "https://cms.example.org/hooks", ["batch.done"])
    owner = db["webhooks"].get(created["id"])["owner"]
    for batch_id in (1, 2, 3):
        webhooks.publish(db, "batch.done", {"id": batch_id}, owner=owner)
    first = client.get(f"/api/v1/webhooks/{created['id']}/deliveries?page_size=2", headers=auth)
    assert [item["payload"]["data"]["id"] for item in first.get_json()["items"]] == [3, 2]
    assert first.headers["Link"] == f'<{first.get_json()["next"]}>; rel="next"'
    last = client.get(first.get_json()["next"].removeprefix("http://127.0.0.1:5000"), headers=auth).get_json()
    assert ([item["payload"]["data"]["id"] for item in last["items"]], last["next"]) == ([1], None)
    assert client.get(f"/api/v1/webhooks/{created['id']}/deliveries?cursor=bogus", headers=auth).status_code == 400


def test_a_story_replaced_by_the_cms_is_announced_only_when_it_changed(client, auth, db):
    register(client, auth, "https://cms.example.org/hooks")
    story = "/api/v1/articles/by-external-id/bridge-1"

    def announced() -> list[int]:
        return [json.loads(row["payload"])["data"]["id"] for row in db["webhook_deliveries"].rows]

    article = client.put(story, json={"body": DISPUTED_STORY}, headers=auth).get_json()
    client.put(story, json={"body": DISPUTED_STORY}, headers=auth)  # the same text: nothing changed
    assert announced() == [article["id"]]
    client.put(f"/api/v1/articles/{article['id']}", json={"body": DISPUTED_STORY.replace("safe", "sound")}, headers=auth)
    assert announced() == [article["id"], article["id"]]


def test_events_published_together_reach_each_subscribed_webhook_in_order(db):
    owner = create_key(db, "CMS")[0]["id"]
    both = webhooks.register(db, owner, "https://cms.example.org/both", ["article.analysed", "claim.disputed"])[0]
    disputes = webhooks.register(db, owner, "https://cms.example.org/disputes", ["claim.disputed"])[0]
    webhooks.register(db, owner, "https://cms.example.org/reviews", ["claim.reviewed"])
    made = webhooks.publish_all(db, [("article.analysed", {"id": 1}), ("claim.disputed", {"ref": "1-c1"}),
                                     ("claim.disputed", {"ref": "1-c2"})])
    rows = db.execute("select webhook_id, event, payload from webhook_deliveries order by id").fetchall()
    assert made == 5
    assert [(webhook, event, json.loads(payload)["data"]) for webhook, event, payload in rows] == [
        (both["id"], "article.analysed", {"id": 1}),
        (both["id"], "claim.disputed", {"ref": "1-c1"}), (disputes["id"], "claim.disputed", {"ref": "1-c1"}),
        (both["id"], "claim.disputed", {"ref": "1-c2"}), (disputes["id"], "claim.disputed", {"ref": "1-c2"}),
    ]


def test_events_with_no_webhook_subscribed_record_nothing(db):
    owner = create_key(db, "CMS")[0]["id"]
    webhooks.register(db, owner, "https://cms.example.org/reviews", ["claim.reviewed"])
    assert webhooks.publish_all(db, [("article.analysed", {"id": 1}), ("claim.disputed", {"ref": "1-c1"})]) == 0
    assert db.execute("select count(*) from webhook_deliveries").fetchone()[0] == 0
