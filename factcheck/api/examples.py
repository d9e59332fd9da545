"""The OpenAPI document's examples, taken from a real run: `python -m factcheck.api.examples` walks a CMS's
day through the whole app (a temporary database with the demo registry, real analyses, a batch run by the
worker's own code, a webhook delivered to a receiver on loopback) and writes every request and response it
sees to examples.json, which `factcheck.api.openapi` puts into the document. A test checks that every
operation has its examples and that each still matches its schema."""
import io
import json
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from unittest import mock

from factcheck.api.openapi import EXAMPLES_FILE

STORY = ('"A Great Honor to have just met with the Japanese Delegation on Trade. Big Progress!" President Trump said '
         'on Wednesday. He said Japan charges a 700% tariff on rice.\n\nJapan\'s chief negotiator, Ryosei Akazawa, said '
         'the talks had been "frank and constructive". Tokyo denied that it charges a 700% tariff on rice.')
PLAIN_STORY = "Ferry to run all winter\n\n\"The ferry will run all winter,\" said Ilse Marten, the harbour master."
HTML_STORY = ("<html><head><title>Harbour ferry</title></head><body><article><h1>Harbour ferry to run all winter</h1>"
              "<p>\"The ferry will run all winter,\" said Ilse Marten, the harbour master.</p></article></body></html>")
BATCH = [{"title": "Port volumes", "body": '"Freight volumes rose 4% this quarter," Port Authority chief Hemi Walker '
                                           'said on Tuesday.', "url": "https://news.example.org/port"},
         {"title": "Library hours", "body": "The council will keep every library open on Sundays, its leader, "
                                            "Councillor Joan Pryce, told reporters."}]
SOURCE = {"id": "joan-pryce", "name": "Joan Pryce", "kind": "person", "aliases": ["Councillor Pryce"],
          "roles": [{"title": "Leader", "of": "Harbourside Council", "start": "2023-05"}]}


def request_example(kwargs: dict) -> dict:
    """The request's body by its media type (an upload's file as its text); empty without a body."""
    if "json" in kwargs:
        return {"application/json": kwargs["json"]}
    if "data" not in kwargs:
        return {}
    data = kwargs["data"]
    if isinstance(data, dict):
        data = {field: value[0].getvalue().decode() if isinstance(value, tuple) else value for field, value in data.items()}
    return {kwargs["content_type"]: data}


class Recorder:
    """Requests through the app's test client, kept by operationId: request bodies and responses by status and
    media type (named examples where one media type answers in several shapes)."""

    def __init__(self, client):
        self.client = client
        self.operations: dict[str, dict] = {}
        self.problems: dict[str, dict] = {}

    def call(self, operation_id: str, method: str, path: str, name: str | None = None, **kwargs):
        examples = self.operations.setdefault(operation_id, {"request": {}, "responses": {}})
        examples["request"].update(request_example(kwargs))  # before the request, which closes uploads
        response = self.client.open(path, method=method, **kwargs)
        if response.status_code >= 400:
            raise RuntimeError(f"{method} {path}: {response.status_code} {response.get_data(as_text=True)}")
        if response.status_code != 204:
            self.record(examples["responses"], response, name)
        return response

    @staticmethod
    def record(responses: dict, response, name: str | None) -> None:
        """Keep the response's body by status and media type: `{"value": body}`, or `{"examples": {name: body}}` for
        a media type that answers in several shapes (`name`)."""
        body = response.get_json() if response.is_json else response.get_data(as_text=True)
        by_media = responses.setdefault(str(response.status_code), {})
        if name:
            by_media.setdefault(response.mimetype, {"examples": {}})["examples"][name] = body
        else:
            by_media[response.mimetype] = {"value": body}

    def problem(self, method: str, path: str, **kwargs) -> None:
        response = self.client.open(path, method=method, **kwargs)
        self.problems[str(response.status_code)] = response.get_json()


class Receiver(BaseHTTPRequestHandler):
    """A webhook endpoint that accepts every delivery."""

    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def rate_limited(app, rec: Recorder) -> None:
    """A 429: the same database served with a limit of one request a minute."""
    from factcheck import create_app

    limited = Recorder(create_app({"DATABASE": app.config["DATABASE"], "RATE_LIMIT": "1 per minute"}).test_client())
    for _ in range(2):
        limited.problem("GET", "/api/v1/claims")
    rec.problems["429"] = limited.problems["429"]


def database_busy(app, rec: Recorder, key: dict) -> None:
    """A 503: a write that waits past its connection's busy timeout (cut to 50 ms here) while another writer holds
    the database's lock."""
    import factcheck.db
    from factcheck import create_app
    from sources.transactions import LOCK_SUFFIX, file_lock

    with mock.patch.object(factcheck.db, "BUSY_TIMEOUT_SECONDS", 0.05), file_lock(app.config["DATABASE"] + LOCK_SUFFIX, 1):
        waiting = Recorder(create_app({"DATABASE": app.config["DATABASE"]}).test_client())
        waiting.problem("POST", "/api/v1/sources", headers=key, json={**SOURCE, "id": "busy-writer"})
    rec.problems["503"] = waiting.problems["503"]


def run_batch(app) -> None:
    """The batch's items, taken and analysed by the worker's own code, as `factcheck worker` does."""
    from factcheck import batches
    from factcheck.db import get_db
    from factcheck.worker import process_item

    with app.app_context():
        while item := batches.take_item(get_db()):
            process_item(item)


def deliver(app) -> None:
    from factcheck.db import get_db
    from factcheck.webhook_delivery import DeliveryConfig, deliver_due

    with app.app_context():
        deliver_due(get_db(), DeliveryConfig.of(app.config))


def articles_and_claims(rec: Recorder, key: dict) -> str:
    article = rec.call("articles_create", "POST", "/api/v1/articles", headers={**key, "Idempotency-Key": "story-1001"},
                       json={"title": "Trump meets Japan's trade delegation", "body": STORY,
                             "url": "https://news.example.org/japan-talks", "published_at": "2025-04-17T09:30:00Z",
                             "byline": "Mia Sato"}).get_json()
    rec.call("articles_create", "POST", "/api/v1/articles", headers=key, data=PLAIN_STORY, content_type="text/plain")
    rec.call("articles_create", "POST", "/api/v1/articles", headers=key, data=HTML_STORY, content_type="text/html")
    rec.call("articles_create", "POST", "/api/v1/articles", headers=key, content_type="multipart/form-data",
             data={"file": (io.BytesIO(HTML_STORY.encode()), "harbour.html"), "title": "Harbour ferry to run all winter"})
    rec.call("articles_index", "GET", "/api/v1/articles?page_size=2")
    for export in ("json", "prov", "claimreview"):
        rec.call("articles_show", "GET", f"/api/v1/articles/{article['id']}?format={export}", name=export)
    rec.call("claims_index", "GET", "/api/v1/claims?disputed=true&page_size=2")
    ref = f"{article['id']}-{next(claim['id'] for claim in article['claims'] if claim['disputed'])}"
    return ref


def cms_updates(rec: Recorder, key: dict) -> None:
    """A story kept in step with the CMS: created and replaced by its external id, replaced by our id, in each
    media type a PUT takes."""
    by_external_id = "/api/v1/articles/by-external-id/harbour-ferry-2025"
    story = {"title": "Harbour ferry to run all winter", "body": PLAIN_STORY, "published_at": "2025-11-02T07:00:00Z"}
    article = rec.call("articles_put_by_external_id", "PUT", by_external_id, headers=key, json=story).get_json()
    rec.call("articles_put_by_external_id", "PUT", by_external_id, headers=key, content_type="text/plain",
             data=PLAIN_STORY.replace("all winter", "until March"))
    rec.call("articles_put_by_external_id", "PUT", by_external_id, headers=key, data=HTML_STORY, content_type="text/html")
    rec.call("articles_put_by_external_id", "PUT", by_external_id, headers=key, content_type="multipart/form-data",
             data={"file": (io.BytesIO(HTML_STORY.encode()), "harbour.html")})
    rec.call("articles_show_by_external_id", "GET", by_external_id)
    by_id = f"/api/v1/articles/{article['id']}"
    rec.call("articles_replace", "PUT", by_id, headers=key, json={**story, "external_id": "harbour-ferry-2025"})
    rec.call("articles_replace", "PUT", by_id, headers=key, data=PLAIN_STORY, content_type="text/plain")
    rec.call("articles_replace", "PUT", by_id, headers=key, data=HTML_STORY, content_type="text/html")
    rec.call("articles_replace", "PUT", by_id, headers=key, content_type="multipart/form-data",
             data={"file": (io.BytesIO(HTML_STORY.encode()), "harbour.html")})


def reviews_and_reports(rec: Recorder, key: dict, reviewer: dict, ref: str) -> None:
    rec.call("claim_reviews_review_claim", "POST", f"/api/v1/claims/{ref}/review", headers=reviewer,
             json={"status": "resolved", "verdict": "misleading", "note": "Tokyo's finance ministry denies it.",
                   "apply_to_appearances": True})
    rec.call("claim_reviews_show", "GET", f"/api/v1/claims/{ref}")
    rec.call("claimreviews_index", "GET", "/api/v1/claimreviews")
    rec.call("reports_disputed", "GET", "/api/v1/reports/disputed", name="json")
    rec.call("reports_disputed", "GET", "/api/v1/reports/disputed?format=csv", name="csv")


def registry(rec: Recorder, key: dict) -> None:
    rec.call("sources_create", "POST", "/api/v1/sources", headers=key, json=SOURCE)
    rec.call("sources_update", "PATCH", f"/api/v1/sources/{SOURCE['id']}", headers=key,
             json={"description": "Leader of Harbourside Council since May 2023."})
    rec.call("sources_index", "GET", "/api/v1/sources?page_size=2")
    rec.call("sources_show", "GET", "/api/v1/sources/donald-trump")
    rec.call("sources_statements", "GET", "/api/v1/sources/donald-trump/statements")
    rec.call("sources_disputes", "GET", "/api/v1/sources/donald-trump/disputes")


def batches_and_webhooks(rec: Recorder, app, key: dict, receiver_url: str) -> None:
    from factcheck.api.batches import JSON_LINES_TYPES

    hook = rec.call("webhooks_create", "POST", "/api/v1/webhooks", headers=key,
                    json={"url": receiver_url, "events": ["batch.done", "claim.disputed"]}).get_json()
    batch = rec.call("batches_create", "POST", "/api/v1/batches", headers=key, json=BATCH).get_json()
    for media_type in JSON_LINES_TYPES:
        rec.call("batches_create", "POST", "/api/v1/batches", headers=key, content_type=media_type,
                 data="".join(json.dumps(article) + "\n" for article in BATCH))
    run_batch(app)
    deliver(app)
    rec.call("batches_show", "GET", f"/api/v1/batches/{batch['id']}")
    rec.call("webhooks_index", "GET", "/api/v1/webhooks", headers=key)
    rec.call("webhooks_show", "GET", f"/api/v1/webhooks/{hook['id']}", headers=key)
    rec.call("webhooks_deliveries", "GET", f"/api/v1/webhooks/{hook['id']}/deliveries?page_size=1", headers=key)
    rec.call("webhooks_delete", "DELETE", f"/api/v1/webhooks/{hook['id']}", headers=key)


def problems(rec: Recorder, key: dict) -> None:
    """One real problem per error status the API documents."""
    rec.problem("POST", "/api/v1/articles", headers=key, data='{"body": "unterminated', content_type="application/json")
    rec.problem("POST", "/api/v1/articles", json={"body": "No key."})
    rec.problem("POST", "/api/v1/claims/1-c1/review", headers=key, json={"status": "in_review"})
    rec.problem("GET", "/api/v1/articles/999999")
    rec.problem("POST", "/api/v1/articles", headers=key, data="x" * (2 * 1024 * 1024 + 1), content_type="text/plain")
    rec.problem("POST", "/api/v1/articles", headers=key, data="<story/>", content_type="application/xml")
    rec.problem("POST", "/api/v1/articles", headers=key, json={"body": "Text.", "byline_html": "<b>me</b>"})
    rec.problem("POST", "/api/v1/sources", headers=key, json=SOURCE)  # already there: 409
    rec.problem("PATCH", f"/api/v1/sources/{SOURCE['id']}", headers={**key, "If-Match": '"stale"'},
                json={"country": "NZ"})  # 412: a stale ETag


def record(workdir: Path) -> dict:
    """Run the day in `workdir`; the examples."""
    from factcheck import accounts, create_app
    from factcheck.db import connect
    from factcheck.keys import create_key
    from sources.demo import load_demo

    database = str(workdir / "examples.db")
    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    app = create_app({"DATABASE": database, "WEBHOOK_PRIVATE_TARGETS": True, "RATE_LIMIT": "100000 per minute"})
    with connect(database) as db:
        load_demo(db)
        key = {"X-API-Key": create_key(db, "Newsroom CMS")[1]}
        rita = accounts.create_user(db, "rita", "reviewer", "a long password of hers")
        reviewer = {"X-API-Key": create_key(db, "Rita's key", rita.id)[1]}
    rec = Recorder(app.test_client())
    try:
        ref = articles_and_claims(rec, key)
        reviews_and_reports(rec, key, reviewer, ref)
        registry(rec, key)
        cms_updates(rec, key)
        batches_and_webhooks(rec, app, key, f"http://127.0.0.1:{server.server_port}/hooks/factcheck")
        rec.call("articles_delete", "DELETE", f"/api/v1/articles/{ref.split('-')[0]}", headers=key)
        rec.call("health_healthz", "GET", "/healthz")
        problems(rec, key)
        rate_limited(app, rec)
        database_busy(app, rec, key)
    finally:
        server.shutdown()
    return {"operations": rec.operations, "problems": rec.problems}


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        examples = record(Path(folder))
    EXAMPLES_FILE.write_text(json.dumps(examples, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{EXAMPLES_FILE}: {len(examples['operations'])} operations, {len(examples['problems'])} problems")
