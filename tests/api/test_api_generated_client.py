"""A client generated from the OpenAPI document by a standard generator (openapi-python-client, run here on the
document the app serves) runs a CMS's scenarios against the app: submit, retry, read, export, review-free
reads, a batch with its webhook, delete, and a problem. It talks HTTP to the app through httpx's WSGI
transport, so every request and response goes through the generated models."""
import importlib
import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from factcheck import batches, create_app
from factcheck.db import connect, get_db
from factcheck.keys import create_key
from factcheck.worker import process_item

GENERATOR = Path(sys.executable).with_name("openapi-python-client")
PACKAGE = "factcheck_client"
STORY = ('"The ferry will run all winter," said Ilse Marten, the harbour master. The ferry operator denied that the '
         'ferry will run all winter.')


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """The client package, generated from the served OpenAPI document and importable."""
    folder = tmp_path_factory.mktemp("client")
    app = create_app({"TESTING": True, "DATABASE": str(folder / "spec.db")})
    (folder / "openapi.json").write_text(json.dumps(app.test_client().get("/api/v1/openapi.json").get_json()))
    (folder / "config.yml").write_text(f"post_hooks: []\npackage_name_override: {PACKAGE}\n")
    subprocess.run([str(GENERATOR), "generate", "--path", "openapi.json", "--config", "config.yml", "--meta", "none",
                    "--output-path", PACKAGE], cwd=folder, check=True, capture_output=True, timeout=300)
    sys.path.insert(0, str(folder))
    yield lambda name: importlib.import_module(f"{PACKAGE}.{name}")
    sys.path.remove(str(folder))


@pytest.fixture
def app(tmp_path):
    return create_app({"TESTING": True, "DATABASE": str(tmp_path / "api.db"), "WEBHOOK_PRIVATE_TARGETS": True})


@pytest.fixture
def cms(app, generated):
    """The generated client, authenticated with an API key in X-API-Key."""
    with connect(app.config["DATABASE"]) as db:
        secret = create_key(db, "generated CMS")[1]
    return generated("client").AuthenticatedClient(
        base_url="http://127.0.0.1:5000", token=secret, prefix="", auth_header_name="X-API-Key",
        httpx_args={"transport": httpx.WSGITransport(app=app)})


def test_a_cms_submits_retries_reads_and_exports_a_story(cms, generated):
    models, create = generated("models"), generated("api.articles.articles_create")
    story = models.ArticleIn(body=STORY, title="Ferry to run all winter")
    first = create.sync_detailed(client=cms, body=story, idempotency_key="story-77")
    retried = create.sync_detailed(client=cms, body=story, idempotency_key="story-77")
    assert (first.status_code, retried.status_code) == (201, 201)
    article = first.parsed
    assert isinstance(article, models.Article) and retried.parsed.id == article.id
    assert first.headers["Location"] == f"http://127.0.0.1:5000/api/v1/articles/{article.id}"
    assert [claim.speaker.name for claim in article.claims][0] == "Ilse Marten"

    page = generated("api.claims.claims_index").sync(client=cms, disputed=True)
    assert [item.ref for item in page.items] == [f"{article.id}-{claim.id}" for claim in article.claims if claim.disputed]
    claim = generated("api.claim_reviews.claim_reviews_show").sync(client=cms, ref=page.items[0].ref)
    assert claim.review.status.value == "open" and claim.article_id == article.id

    show = generated("api.articles.articles_show")
    prov = show.sync(client=cms, article_id=article.id, format_=models.ArticlesShowFormat.PROV)
    assert isinstance(prov, models.ProvDocument)
    assert prov.prefix["fcid"] == "tag:factcheck,2025:prov/"
    assert show.sync(client=cms, article_id=article.id).title == "Ferry to run all winter"

    assert generated("api.articles.articles_delete").sync_detailed(client=cms, article_id=article.id).status_code == 204
    missing = show.sync(client=cms, article_id=article.id)
    assert isinstance(missing, models.Problem) and missing.status == 404


def test_a_cms_sends_a_batch_and_registers_a_webhook(app, cms, generated):
    models = generated("models")
    hook = generated("api.webhooks.webhooks_create").sync(client=cms, body=models.WebhookIn(
        url="http://127.0.0.1:9/hooks", events=[models.WebhookInEventsItem.BATCH_DONE]))
    assert hook.secret.startswith("whsec_")
    assert [listed.id for listed in generated("api.webhooks.webhooks_index").sync(client=cms).items] == [hook.id]

    stories = [models.ArticleIn(body=f'"Route {n} reopens on Monday," said Ana Ruiz, the transport chief.') for n in (1, 2)]
    batch = generated("api.batches.batches_create").sync(client=cms, body=stories)
    assert batch.status.value == "queued" and batch.counts.total == 2
    with app.app_context():  # the worker's own code takes the items, as `factcheck worker` would
        while item := batches.take_item(get_db()):
            process_item(item)
    done = generated("api.batches.batches_show").sync(client=cms, batch_id=batch.id)
    assert (done.status.value, done.counts.done, [article.item for article in done.articles]) == ("done", 2, [0, 1])

    log = generated("api.webhooks.webhooks_deliveries").sync(client=cms, webhook_id=hook.id)
    assert [(delivery.event.value, delivery.status.value) for delivery in log.items] == [("batch.done", "pending")]
    assert generated("api.health.health_healthz").sync(client=cms).status.value == "ok"
