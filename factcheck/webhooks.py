"""Webhooks: endpoints an API key registers for events, and the outbox of deliveries that the worker process
sends (`factcheck.webhook_delivery`); a request only records what is to be delivered.

Each event becomes one delivery per subscribed webhook, its payload fixed when the event happens
(`{"type", "timestamp", "data"}`, Standard Webhooks' shape) and its `message_id` the `webhook-id` header of
every attempt. `batch.done` goes only to the webhooks of the key that submitted the batch; the other events
to every webhook subscribed to them.
"""
import base64
import json
import secrets
import uuid

from sqlite_utils import Database

from factcheck.cursors import CursorPage, Key, Order, page_of
from factcheck.storage import utc_now, write_transaction
from sources.registry import NotFound

EVENTS = ("article.analysed", "claim.disputed", "claim.reviewed", "batch.done")
DELIVERY_STATUSES = ("pending", "delivered", "failed")
SECRET_PREFIX = "whsec_"
# Standard Webhooks' secrets are 24 to 64 random bytes, base64 after the prefix.
SECRET_BYTES = 32
COLUMNS = "id, owner, url, events, created_at"
NEWEST_FIRST = Order("-id", (Key("id", int, descending=True),))


def new_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode("ascii")


def webhook_row(row: dict) -> dict:
    return {**row, "events": json.loads(row["events"])}


def register(db: Database, owner: int, url: str, events: list[str]) -> tuple[dict, str]:
    """Register `url` for `events` for the API key `owner`; the webhook and its signing secret (shown once)."""
    secret = new_secret()
    with write_transaction(db):
        webhook_id = db["webhooks"].insert({"owner": owner, "url": url, "secret": secret, "created_at": utc_now(),
                                            "events": json.dumps(sorted(set(events)))}).last_pk
    return get_webhook(db, owner, webhook_id), secret


def list_webhooks(db: Database, owner: int) -> list[dict]:
    """The webhooks of the API key `owner`, oldest first."""
    return [webhook_row(row) for row in db.query(f"select {COLUMNS} from webhooks where owner = ? order by id", [owner])]


def get_webhook(db: Database, owner: int, webhook_id: int) -> dict:
    """The webhook, if the API key `owner` registered it; NotFound otherwise (another key's webhook too)."""
    row = next(db.query(f"select {COLUMNS} from webhooks where id = ? and owner = ?", [webhook_id, owner]), None)
    if row is None:
        raise NotFound(f"no webhook with id {webhook_id}")
    return webhook_row(row)


def delete_webhook(db: Database, owner: int, webhook_id: int) -> None:
    """Delete the webhook with its deliveries, pending ones included; NotFound as `get_webhook`."""
    with write_transaction(db):
        if not db.execute("delete from webhooks where id = ? and owner = ?", [webhook_id, owner]).rowcount:
            raise NotFound(f"no webhook with id {webhook_id}")


def publish(db: Database, event: str, data: dict, owner: int | None = None) -> int:
    """Record the event for delivery to every webhook subscribed to it (only `owner`'s, when given); how many
    deliveries it makes."""
    return publish_all(db, [(event, data)], owner)


def publish_all(db: Database, events: list[tuple[str, dict]], owner: int | None = None) -> int:
    """`publish` each (event, data) in order, their webhooks found with one query and their deliveries recorded in
    one transaction: an article's events are one for it and one per disputed claim, and with no webhook subscribed
    the request pays one query, not one per event; how many deliveries they make."""
    names = sorted({event for event, _data in events})
    subscribed = [(webhook_id, set(json.loads(subscriptions))) for webhook_id, subscriptions in db.execute(
        "select id, events from webhooks where exists (select 1 from json_each(events) where value in "
        "(select value from json_each(?))) and (? is null or owner = ?) order by id", [json.dumps(names), owner, owner])]
    if not subscribed:
        return 0
    now = utc_now()
    payloads = [json.dumps({"type": event, "timestamp": now, "data": data}, ensure_ascii=False) for event, data in events]
    deliveries = [
        {"webhook_id": webhook_id, "message_id": f"msg_{uuid.uuid4().hex}", "event": event, "payload": payload,
         "status": "pending", "attempts": 0, "next_attempt_at": now, "created_at": now}
        for (event, _data), payload in zip(events, payloads)
        for webhook_id, subscriptions in subscribed if event in subscriptions]
    with write_transaction(db):  # a webhook deleted meanwhile takes its delivery with it (foreign key)
        db["webhook_deliveries"].insert_all(deliveries)
    return len(deliveries)


def deliveries(db: Database, owner: int, webhook_id: int, cursor: str | None = None, limit: int = 20) -> CursorPage:
    """The webhook's deliveries, newest first from `cursor` on, each with its `payload` and every attempt (oldest
    first); NotFound as `get_webhook`, BadCursor for a cursor this list did not give out."""
    get_webhook(db, owner, webhook_id)
    where, params = NEWEST_FIRST.narrow("webhook_id = :webhook", {"webhook": webhook_id}, cursor)
    rows = list(db.query(
        f"""select {NEWEST_FIRST.select()}, id, message_id, event, status, attempts as attempt_count, next_attempt_at,
                   created_at, delivered_at, payload
            from webhook_deliveries where {where} order by {NEWEST_FIRST.order_by()} limit :limit""",
        {**params, "limit": limit + 1}))
    page = page_of(rows, NEWEST_FIRST, limit)
    attempts: dict[int, list] = {row["id"]: [] for row in page.items}
    for attempt in db.query(
            f"""select delivery_id, at, status_code, error, milliseconds from webhook_attempts
                where delivery_id in ({', '.join('?' * len(attempts))}) order by id""", list(attempts)):
        attempts[attempt.pop("delivery_id")].append(attempt)
    items = [{**row, "payload": json.loads(row["payload"]), "attempts": attempts[row["id"]]} for row in page.items]
    return CursorPage(items, page.next)
