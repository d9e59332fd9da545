"""Sending webhook deliveries, in the worker process: signed as Standard Webhooks says (the `standardwebhooks`
package signs), retried with backoff, every attempt logged.

Targets are guarded against server-side request forgery: unless WEBHOOK_PRIVATE_TARGETS is on, a webhook must
be https, and the address actually connected to (after DNS, so a name that resolves to an inner address is
caught too) must be a public one: not loopback, private, link-local, multicast or reserved. Redirects are
not followed, and at most a kilobyte of a response is read.
"""
import http.client
import ipaddress
import socket
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

from sqlite_utils import Database
from standardwebhooks import Webhook

from factcheck.storage import utc_now, write_transaction

RESPONSE_BYTES_READ = 1024
USER_AGENT = "factcheck-webhooks/1"


class BlockedTarget(ValueError):
    """A webhook URL the service will not send to (server-side request forgery guard)."""


@dataclass(frozen=True)
class DeliveryConfig:
    """How deliveries are sent: the waits before each retry, the timeout of an attempt, whether private targets
    (loopback, private networks, plain http) are allowed."""

    retry_seconds: tuple[float, ...]
    timeout_seconds: float
    private_targets: bool

    @classmethod
    def of(cls, config) -> "DeliveryConfig":
        """From the app's config (WEBHOOK_RETRY_SECONDS, WEBHOOK_TIMEOUT_SECONDS, WEBHOOK_PRIVATE_TARGETS)."""
        return cls(tuple(config["WEBHOOK_RETRY_SECONDS"]), config["WEBHOOK_TIMEOUT_SECONDS"],
                   config["WEBHOOK_PRIVATE_TARGETS"])


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    ip = getattr(ip, "ipv4_mapped", None) or ip
    return ip.is_global and not ip.is_multicast


def check_url(url: str, private_targets: bool) -> None:
    """BlockedTarget for a URL that is never sent to: not http(s), no host, http or a literal inner address
    or `localhost` when private targets are not allowed. Names are resolved, and checked, at delivery."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BlockedTarget("a webhook URL is http or https, with a host")
    if private_targets:
        return
    if parts.scheme != "https":
        raise BlockedTarget("a webhook URL must be https")
    host = parts.hostname.rstrip(".").lower()
    try:
        inner = not is_public(host)
    except ValueError:  # a name, not an address
        inner = host == "localhost" or host.endswith(".localhost")
    if inner:
        raise BlockedTarget("a webhook may not target a loopback, private or reserved address")


def guarded_connection(address, timeout, source_address=None, *, private_targets: bool):
    """socket.create_connection, refusing a peer that is not public unless private targets are allowed."""
    sock = socket.create_connection(address, timeout, source_address)
    if not private_targets and not is_public(sock.getpeername()[0]):
        sock.close()
        raise BlockedTarget(f"{address[0]} resolves to an address that is not public")
    return sock


def post(url: str, body: bytes, headers: dict, config: DeliveryConfig) -> int:
    """POST `body` to `url`; the response's status. OSError, http.client's errors or BlockedTarget when it fails."""
    check_url(url, config.private_targets)
    parts = urlsplit(url)
    connection_class = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    connection = connection_class(parts.hostname, parts.port, timeout=config.timeout_seconds)
    connection._create_connection = lambda *args: guarded_connection(*args, private_targets=config.private_targets)
    try:
        target = parts.path or "/"
        connection.request("POST", target + (f"?{parts.query}" if parts.query else ""), body=body, headers=headers)
        response = connection.getresponse()
        response.read(RESPONSE_BYTES_READ)
        return response.status
    finally:
        connection.close()


def signed_headers(secret: str, message_id: str, body: bytes) -> dict:
    """Standard Webhooks' headers for `body`, signed now."""
    now = datetime.now(timezone.utc)
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": Webhook(secret).sign(message_id, now, body),
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
    }


def take_due(db: Database, lease_seconds: float) -> dict | None:
    """The pending delivery due first, with its webhook's url and secret, leased for `lease_seconds` so that no
    other worker sends it meanwhile; None when none is due. When none is, a read tells, and no write lock is taken."""
    now = utc_now()
    if db.execute("select 1 from webhook_deliveries where status = 'pending' and next_attempt_at <= ? limit 1",
                  [now]).fetchone() is None:
        return None
    with write_transaction(db):
        row = next(db.query(
            """select d.id, d.message_id, d.payload, d.attempts, w.url, w.secret
               from webhook_deliveries d join webhooks w on w.id = d.webhook_id
               where d.status = 'pending' and d.next_attempt_at <= ? order by d.next_attempt_at, d.id limit 1""",
            [now]), None)
        if row:
            db.execute("update webhook_deliveries set next_attempt_at = ? where id = ?", [later(lease_seconds), row["id"]])
    return row


def later(seconds: float) -> str:
    return (datetime.now(timezone.utc) + timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%SZ")


def attempt(db: Database, delivery: dict, config: DeliveryConfig) -> bool:
    """Send the delivery once and log the attempt; whether it was delivered (a 2xx answer). A failed attempt
    is retried after the schedule's next wait, or the delivery fails when the schedule is spent."""
    body = delivery["payload"].encode("utf-8")
    clock = time.perf_counter()
    status_code = error = None
    try:
        status_code = post(delivery["url"], body, signed_headers(delivery["secret"], delivery["message_id"], body), config)
        if not 200 <= status_code < 300:
            error = f"answered {status_code}"
    except (OSError, http.client.HTTPException, BlockedTarget) as exc:
        error = str(exc) or type(exc).__name__
    milliseconds = round((time.perf_counter() - clock) * 1000)
    attempts = delivery["attempts"] + 1
    if error is None:
        status, next_at = "delivered", None
    elif attempts > len(config.retry_seconds):
        status, next_at = "failed", None
    else:
        status, next_at = "pending", later(config.retry_seconds[attempts - 1])
    with write_transaction(db):
        # The webhook may have been deleted meanwhile, its deliveries with it: nothing is left to log.
        if db.execute("update webhook_deliveries set status = ?, attempts = ?, next_attempt_at = ?, delivered_at = ? "
                      "where id = ?", [status, attempts, next_at, utc_now() if error is None else None,
                                       delivery["id"]]).rowcount:
            db["webhook_attempts"].insert({"delivery_id": delivery["id"], "at": utc_now(), "status_code": status_code,
                                           "error": error, "milliseconds": milliseconds})
    return error is None


def deliver_due(db: Database, config: DeliveryConfig) -> int:
    """Send every delivery that is due now, one at a time; how many were attempted."""
    sent = 0
    while (delivery := take_due(db, lease_seconds=2 * config.timeout_seconds + 5)) is not None:
        attempt(db, delivery, config)
        sent += 1
    return sent
