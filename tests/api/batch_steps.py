"""Steps of features/cms_api/batches_and_webhooks.feature and webhooks.feature: batches run by the real worker
process (`factcheck worker`), webhooks received by a real HTTP endpoint on loopback and verified with
`standardwebhooks`, and webhooks registered, listed, deleted or refused.

Imported by test_api_cms_steps.py, which binds the whole cms_api folder.
"""
import json
import os
import subprocess
import sys
import time
from urllib.parse import urlsplit

import pytest
from pytest_bdd import given, parsers, then, when
from standardwebhooks import Webhook

from webhook_receiver import Receiver

BATCH_SECONDS = 600  # 200 stories on a loaded 2-core machine; about 20 s when it is idle
# Stories in several house styles (wire, British broadsheet, broadcast, local), numbered so that each differs.
STYLES = (
    'WELLINGTON (Wire) - "Freight volumes rose {n}% this quarter," Port Authority chief Hemi Walker said on Tuesday.',
    "The council will close {n} libraries, its leader, Councillor Joan Pryce, told reporters, though she insisted "
    "the mobile service would stay.",
    'Speaking on the evening bulletin, Dr Amit Rao said: "We expect {n} new cases by Friday."',
    "Residents of Elm Street say the bus has been late {n} times this month, according to the tenants' association.",
)
# About 6 MB in 80,000 short paragraphs (the extractor caps the work of one paragraph, not the number of
# paragraphs): far over a budget of five seconds, which a short story stays well within even when it is the
# first that a fresh analysis process reads (about 1 s of loading).
LONG_STORY = "\n\n".join(f'"The tunnel will open in June {n}," said Mara Quist, the works director.' for n in range(80000))


def story(number: int) -> dict:
    return {"title": f"Story {number}", "body": STYLES[number % len(STYLES)].format(n=number + 2)}


@pytest.fixture
def worker_process(app):
    """`factcheck worker` on the app's database, as `factcheck serve` starts it; stopped afterwards."""
    env = {**os.environ, "FACTCHECK_WEBHOOK_PRIVATE_TARGETS": "true", "FACTCHECK_WORKER_POLL_SECONDS": "0.1",
           "FACTCHECK_ANALYSIS_SECONDS": "5", "FACTCHECK_PUBLIC_URL": app.config["PUBLIC_URL"]}
    process = subprocess.Popen([sys.executable, "-m", "factcheck", "worker", "--database", app.config["DATABASE"]],
                               env=env, stdout=subprocess.DEVNULL)
    yield process
    process.terminate()
    process.wait(timeout=30)


@pytest.fixture
def endpoint():
    receiver = Receiver()
    yield receiver
    receiver.close()


@given("the service's worker process is running, analysing each story for at most five seconds")
def worker_running(worker_process):
    assert worker_process.poll() is None


@given(parsers.parse('our CMS receives "{event}" webhooks on an endpoint of its own'), target_fixture="webhook")
def webhook(app, client, cms_headers, endpoint, event):
    app.config["WEBHOOK_PRIVATE_TARGETS"] = True  # the receiver is on loopback
    response = client.post("/api/v1/webhooks", json={"url": endpoint.url, "events": [event]}, headers=cms_headers)
    assert response.status_code == 201
    return response.get_json()


@given(parsers.parse("the service takes requests of up to {megabytes:d} MB"))
def request_limit(app, megabytes):
    app.config["MAX_CONTENT_LENGTH"] = megabytes * 1024 * 1024


@when(parsers.parse("the CMS submits a batch of {count:d} stories as JSON Lines"), target_fixture="response")
def submit_json_lines(client, cms_headers, count):
    lines = "".join(json.dumps(story(number)) + "\n" for number in range(count))
    return client.post("/api/v1/batches", data=lines, content_type="application/jsonl", headers=cms_headers)


@when(parsers.parse("the CMS submits a batch of {count:d} stories, the second of them too long to analyse in five seconds"),
      target_fixture="response")
def submit_with_long_story(client, cms_headers, count):
    stories = [story(number) for number in range(count)]
    stories[1] = {"title": "The long one", "body": LONG_STORY}
    return client.post("/api/v1/batches", json=stories, headers=cms_headers)


@then(parsers.parse("the API answers 202 at once with the batch of {count:d} stories, to be analysed later"))
def batch_accepted(response, count):
    assert response.status_code == 202
    batch = response.get_json()
    assert batch["counts"]["total"] == count and batch["finished_at"] is None
    assert response.headers["Location"] == batch["self"]


def path_of(url: str) -> str:
    return urlsplit(url).path


@then(parsers.parse('the batch ends "{status}" with {stored:d} stories stored and {failed} failed'),
      target_fixture="batch")
def batch_ends(client, response, status, stored, failed):
    failed = 0 if failed == "none" else int(failed)
    deadline = time.monotonic() + BATCH_SECONDS
    while (batch := client.get(path_of(response.get_json()["self"])).get_json())["finished_at"] is None:
        assert time.monotonic() < deadline, batch["counts"]
        time.sleep(0.2)
    assert (batch["status"], batch["counts"]["done"], batch["counts"]["failed"]) == (status, stored, failed)
    return batch


@then("every stored story can be fetched from the batch's links")
def stories_fetched(client, batch):
    titles = [client.get(path_of(article["self"])).get_json()["title"] for article in batch["articles"]]
    assert titles == [story(article["item"])["title"] for article in batch["articles"]]


@then(parsers.parse('our endpoint receives a "{event}" webhook for the batch that verifies with the webhook\'s secret'),
      target_fixture="delivery")
def webhook_received(endpoint, webhook, batch, event):
    received = endpoint.next(timeout=60)
    payload = Webhook(webhook["secret"]).verify(received.body, received.headers)
    assert payload["type"] == event
    assert payload["data"] == {"id": batch["id"], "self": batch["self"], "status": batch["status"],
                               "counts": batch["counts"], "finished_at": batch["finished_at"]}
    return received


@then("the webhook's delivery log shows it delivered at the first attempt")
def delivery_logged(client, cms_headers, webhook, delivery):
    deadline = time.monotonic() + 30
    while (log := client.get(path_of(webhook["deliveries"]), headers=cms_headers).get_json())["items"][0]["status"] == "pending":
        assert time.monotonic() < deadline
        time.sleep(0.1)
    [logged] = log["items"]
    assert (logged["message_id"], logged["status"], logged["attempt_count"]) == (delivery.headers["webhook-id"], "delivered", 1)


@then(parsers.parse("the batch says the story at place {item:d} could not be analysed"))
def story_failed(batch, item):
    [error] = batch["errors"]
    assert error["item"] == item and "time budget" in error["error"]


@when(parsers.parse('the CMS registers a webhook for "{url}"'), target_fixture="response")
def register_webhook(client, cms_headers, url):
    return client.post("/api/v1/webhooks", json={"url": url, "events": ["article.analysed"]}, headers=cms_headers)


@then("the API answers 201 with the webhook and its signing secret", target_fixture="webhook")
def webhook_registered(response):
    assert response.status_code == 201
    webhook = response.get_json()
    assert webhook["secret"].startswith("whsec_") and response.headers["Location"] == webhook["self"]
    return webhook


@then("the CMS's webhooks list it without its secret")
def webhook_listed(client, cms_headers, webhook):
    assert client.get("/api/v1/webhooks", headers=cms_headers).get_json()["items"] == [
        {name: value for name, value in webhook.items() if name != "secret"}]


@when("the CMS deletes the webhook")
def delete_webhook(client, cms_headers, webhook):
    assert client.delete(path_of(webhook["self"]), headers=cms_headers).status_code == 204


@then("the CMS's webhooks list none")
def no_webhooks(client, cms_headers):
    assert client.get("/api/v1/webhooks", headers=cms_headers).get_json() == {"items": []}
