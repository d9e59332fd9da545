"""Step definitions for features/cms_api: a newsroom CMS using the JSON API."""
import csv
import fcntl
import io
import queue
import random
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass

from pytest_bdd import given, parsers, scenarios, then, when

import factcheck.db
from batch_steps import *  # noqa: F403 — the steps of batches_and_webhooks.feature and webhooks.feature
from cms_write_steps import *  # noqa: F403 (the steps of updates, caching, CORS and charsets)
from factcheck import create_app, storage
from factcheck.db import connect
from sources.transactions import LOCK_SUFFIX
from stored_claims import claim_json

scenarios("cms_api")

TWO_MB = 2 * 1024 * 1024
STORY_TIMEOUT_SECONDS = 30  # for the reporter's thread to file a story during a walk
BAD_SUBMISSIONS = {
    "malformed JSON": {"data": '{"body": "unterminated', "content_type": "application/json"},
    "JSON without a body": {"json": {"title": "No text"}},
    "JSON whose body is a number": {"json": {"body": 42}},
    "JSON with an unknown field": {"json": {"body": "Text.", "byline_html": "<b>me</b>"}},
    "a blank story": {"json": {"body": " \n\t "}},
    "binary bytes as text": {"data": b"\x89PNG\r\n\x1a\n\x00\x00", "content_type": "text/plain"},
    "a story over the 2 MB limit": {"data": "x" * (TWO_MB + 1), "content_type": "text/plain"},
    "an XML document": {"data": "<story>Text.</story>", "content_type": "application/xml"},
    "a PDF upload": {"data": {"file": (io.BytesIO(b"%PDF-1.7"), "story.pdf", "application/pdf")},
                     "content_type": "multipart/form-data"},
    "JSON with a number of 4,400 digits": {"data": '{"body": ' + "7" * 4400 + "}", "content_type": "application/json"},
    "JSON nested 100,000 deep": {"data": "[" * 100_000 + "]" * 100_000, "content_type": "application/json"},
}
LONG_STORY = '"The tunnel will open in June," said Mara Quist, the works director. ' * 2000


def field_names(errors) -> set:
    """Every key of a nested validation `errors` object."""
    if not isinstance(errors, dict):
        return set()
    return set(errors) | {name for value in errors.values() for name in field_names(value)}


@given("our CMS has an API key", target_fixture="cms_headers")
def cms_headers(auth):
    return auth


@given("the API holds these claims:", target_fixture="stories")
def stories(store_article, datatable):
    header, *rows = datatable
    by_story = defaultdict(list)
    for row in rows:
        record = dict(zip(header, row))
        by_story[(record["story"], record["date"])].append((record["speaker"], record["claim"], record["disputed by"] or None))
    return {title: store_article(title, claims, published_at=f"{date}T09:00:00Z") for (title, date), claims in by_story.items()}


@given(parsers.parse("the API allows {count:d} requests a minute"), target_fixture="client")
def limited_client(app, count):
    return create_app({"TESTING": True, "DATABASE": app.config["DATABASE"], "RATE_LIMIT": f"{count} per minute"}).test_client()


@given("the API analyses a story for at most a millisecond", target_fixture="client")
def hurried_client(app):
    app.config["ANALYSIS_SECONDS"] = 0.001
    return app.test_client()


@given("the CMS has stored a story", target_fixture="stored")
def stored(client, cms_headers):
    return client.post("/api/v1/articles", json={"body": "“We will win,” said Jane Doe."}, headers=cms_headers).get_json()


@when("the CMS submits a news story as JSON", target_fixture="response")
def submit_news_story(client, cms_headers, news_story):
    return client.post("/api/v1/articles", json={"body": news_story}, headers=cms_headers)


@when(parsers.parse('the CMS submits "{text}" as JSON'), target_fixture="response")
def submit_text(client, cms_headers, text):
    return client.post("/api/v1/articles", json={"body": text}, headers=cms_headers)


@when(parsers.parse('the CMS submits "{text}" with the Idempotency-Key "{key}"'), target_fixture="response")
def submit_with_key(client, cms_headers, text, key):
    return client.post("/api/v1/articles", json={"body": text}, headers={**cms_headers, "Idempotency-Key": key})


@when(parsers.parse('the CMS submits "{text}" with the request id "{request_id}"'), target_fixture="response")
def submit_with_request_id(client, cms_headers, text, request_id):
    return client.post("/api/v1/articles", json={"body": text}, headers={**cms_headers, "X-Request-Id": request_id})


@when(parsers.parse('the CMS submits "{text}" with the Idempotency-Key "{key}" again'), target_fixture="retry")
def retry_with_key(client, cms_headers, text, key):
    return submit_with_key(client, cms_headers, text, key)


@when(parsers.parse('the CMS uploads the file "{name}" containing:'), target_fixture="response")
def upload(client, cms_headers, name, docstring):
    data = {"file": (io.BytesIO(docstring.encode()), name)}
    return client.post("/api/v1/articles", data=data, content_type="multipart/form-data", headers=cms_headers)


@when("the CMS deletes that story", target_fixture="deleted")
def delete_story(client, cms_headers, response):
    assert client.delete(f"/api/v1/articles/{response.get_json()['id']}", headers=cms_headers).status_code == 204
    return response.get_json()["id"]


@when(parsers.parse("the CMS posts {what} to /api/v1/articles"), target_fixture="response")
def post_bad(client, cms_headers, what):
    return client.post("/api/v1/articles", headers=cms_headers, **BAD_SUBMISSIONS[what])


@when("the CMS submits a long story", target_fixture="response")
def submit_long_story(client, cms_headers):
    return client.post("/api/v1/articles", json={"body": LONG_STORY}, headers=cms_headers)


@when("the CMS searches claims for 20,000 words", target_fixture="response")
def search_many_words(client):
    return client.get("/api/v1/claims", query_string={"q": " ".join(f"word{n}" for n in range(20_000))})


@when(parsers.re(r"the CMS fetches (?P<first>/\S+), (?P<second>/\S+) and (?P<third>/\S+)$"), target_fixture="response")
def fetch_each(client, first, second, third):
    return [client.get(path) for path in (first, second, third)][-1]


@when("the CMS submits a story without its API key", target_fixture="response")
def submit_without_key(client):
    return client.post("/api/v1/articles", json={"body": "Text."})


@when(parsers.re(r"the CMS fetches (?P<path>/\S+)$"), target_fixture="response")
def fetch(client, path):
    return client.get(path)


@when(parsers.re(r"the CMS fetches (?P<path>/\S+) (?P<count>\d+) times$"), converters={"count": int},
      target_fixture="response")
def fetch_repeatedly(client, path, count):
    return [client.get(path) for _ in range(count)][-1]


@when(parsers.parse("the CMS lists stories with page_size {size:d}"), target_fixture="response")
def list_stories(client, size):
    return client.get(f"/api/v1/articles?page_size={size}")


@when(parsers.parse("the CMS lists stories with page_size {size:d} and page {page:d}"), target_fixture="response")
def list_stories_page(client, size, page):
    return client.get(f"/api/v1/articles?page_size={size}&page={page}")


@when(parsers.parse('the CMS asks for claims with "{query}"'), target_fixture="response")
def ask_claims(client, query):
    return client.get(f"/api/v1/claims?{query}")


@when(parsers.parse('the CMS fetches the story "{title}" with "{query}"'), target_fixture="response")
def fetch_story_as(client, stories, title, query):
    return client.get(f"/api/v1/articles/{stories[title]}?{query}")


@when(parsers.parse('the CMS fetches the story "{title}" with "{query}" through a proxy that names the host "{host}"'),
      target_fixture="response")
def fetch_story_with_host(client, stories, title, query, host):
    return client.get(f"/api/v1/articles/{stories[title]}?{query}", headers={"Host": host})


@then("every URL in the ClaimReview starts with the service's public address")
def urls_are_public(app, response):
    [review] = response.get_json()["@graph"]
    urls = [review["url"], review["itemReviewed"]["appearance"]["url"]]
    assert all(url.startswith(app.config["PUBLIC_URL"] + "/api/v1/articles/") for url in urls), urls


@when("the CMS downloads the disputed-claims report as CSV", target_fixture="response")
def download_report(client):
    return client.get("/api/v1/reports/disputed?format=csv")


@then("the API answers 201 Created")
def created(response):
    assert response.status_code == 201, response.get_json()


@then(parsers.parse("the API answers {status:d} with a problem"))
def problem(response, status):
    assert (response.status_code, response.mimetype) == (status, "application/problem+json")
    assert response.get_json()["status"] == status


@then(parsers.parse('the problem says "{words}" and where'))
def problem_says_where(response, words):
    detail = response.get_json()["detail"]
    assert words in detail and "line 1 column" in detail, detail


@then(parsers.re(r'the problem says "(?P<words>[^"]+)"$'))
def problem_says(response, words):
    assert words in response.get_json()["detail"], response.get_json()


@then(parsers.parse('the problem names the field "{name}"'))
def problem_names_field(response, name):
    assert name in field_names(response.get_json()["errors"])


@then("the story comes back with claims that have speakers, kinds and spans into its text")
def claims_with_spans(response):
    story = response.get_json()
    assert story["claims"]
    for claim in story["claims"]:
        assert claim["kind"] in ("direct", "indirect", "mixed")
        assert 0 <= claim["span"][0] < claim["span"][1] <= len(story["body"])
    assert any(claim["speaker"] and claim["speaker"]["name"] for claim in story["claims"])


@then(parsers.parse('the answer carries the request id "{request_id}"'))
def answer_request_id(response, request_id):
    assert response.headers["X-Request-Id"] == request_id


@then("two of its claims are marked as disputed")
def two_disputed_claims(response):
    assert sum(claim["disputed"] for claim in response.get_json()["claims"]) == 2


@then("fetching the link in the Location header returns the same story")
def location_returns_story(client, response):
    assert client.get(response.headers["Location"]).get_json() == response.get_json()


@then("both answers carry the same story id")
def same_story(response, retry):
    assert (retry.status_code, retry.get_json()["id"]) == (201, response.get_json()["id"])


@then(parsers.parse("the API holds {count:d} story"))
@then(parsers.parse("the API holds {count:d} stories"))
def story_count(client, count):
    assert client.get("/api/v1/articles?page=1").get_json()["total"] == count


@then(parsers.parse('the story\'s text contains "{text}"'))
def text_contains(response, text):
    assert text in response.get_json()["body"]


@then(parsers.parse('the story\'s text does not contain "{text}"'))
def text_lacks(response, text):
    assert text not in response.get_json()["body"]


@then("fetching that story answers 404 with a problem")
def deleted_story_gone(client, deleted):
    problem(client.get(f"/api/v1/articles/{deleted}"), 404)


@given("another writer holds the database longer than the API waits for it")
def database_held(app, monkeypatch, request):
    monkeypatch.setattr(factcheck.db, "BUSY_TIMEOUT_SECONDS", 0.05)
    holder = open(app.config["DATABASE"] + LOCK_SUFFIX, "a")
    request.addfinalizer(holder.close)
    fcntl.flock(holder, fcntl.LOCK_EX)


@then("the answer says to retry shortly")
def retry_shortly(response):
    assert response.headers["Retry-After"] == "1"


@then("the answer says when to retry")
def retry_after(response):
    assert int(response.headers["Retry-After"]) > 0
    assert response.headers["X-RateLimit-Remaining"] == "0"


@then("the stored story is unchanged")
def unchanged(client, stored):
    assert client.get(f"/api/v1/articles/{stored['id']}").get_json() == stored


@when(parsers.parse('the CMS asks for stories with "{query}"'), target_fixture="response")
def ask_stories(client, query):
    return client.get(f"/api/v1/articles?{query}")


@then(parsers.parse('it gets the stories "{titles}"'))
def got_story_titles(response, titles):
    assert [a["title"] for a in response.get_json()["items"]] == titles.split(", ")


@then(parsers.parse('it gets the stories "{titles}" of {total:d} in {pages:d} pages'))
def got_stories(response, titles, total, pages):
    page = response.get_json()
    assert ([a["title"] for a in page["items"]], page["total"], page["pages"]) == (titles.split(", "), total, pages)


@then(parsers.parse('it gets the claims "{contents}"'))
def got_claims(response, contents):
    assert [claim["content"] for claim in response.get_json()["items"]] == contents.split(", ")


@then(parsers.parse("the page says {total:d} claims in {pages:d} pages"))
def page_counts(response, total, pages):
    assert (response.get_json()["total"], response.get_json()["pages"]) == (total, pages)


@then(parsers.parse('it gets one ClaimReview of "{content}" by {speaker}, disputed by {by}'))
def one_claimreview(response, content, speaker, by):
    [review] = response.get_json()["@graph"]
    assert (review["claimReviewed"], review["itemReviewed"]["author"]["name"], review["author"]["name"]) == (content, speaker, by)


@then(parsers.parse('the PROV document attributes "{content}" to "{speaker}"'))
def prov_attributes(response, content, speaker):
    document = response.get_json()
    [quote] = [name for name, entity in document["entity"].items() if entity.get("prov:value") == content]
    agents = {relation["prov:agent"] for relation in document["wasAttributedTo"].values() if relation["prov:entity"] == quote}
    assert [document["agent"][agent]["prov:label"] for agent in agents] == [speaker]


@then(parsers.parse('the CSV has a row for "{content}" said by "{speaker}" and disputed by "{by}"'))
def csv_row(response, content, speaker, by):
    rows = csv.DictReader(io.StringIO(response.get_data(as_text=True)))
    assert [(r["speaker"], r["disputed_by"]) for r in rows if r["claim"] == content] == [(speaker, by)]


@given(parsers.parse('the CMS has checked the story "{title}":'), target_fixture="stories")
def checked_story(client, auth, stories, title, docstring):
    response = client.post("/api/v1/articles", json={"title": title, "body": docstring}, headers=auth)
    assert response.status_code == 201, response.get_json()
    return {**stories, title: response.get_json()["id"]}


def prov_entity(document: dict, content: str) -> str:
    [name] = [name for name, entity in document["entity"].items() if entity.get("prov:value") == content]
    return name


@then(parsers.parse('the PROV document labels "{content}" "{label}"'))
def prov_label(response, content, label):
    document = response.get_json()
    assert document["entity"][prov_entity(document, content)]["prov:label"] == label


@then(parsers.parse('the PROV document says "{denial}" disagrees with "{content}"'))
def prov_disagrees(response, denial, content):
    document = response.get_json()
    assert [(relation["prov:influencee"], relation["prov:influencer"], relation["prov:type"]["$"])
            for relation in document["wasInfluencedBy"].values()] == [
        (prov_entity(document, denial), prov_entity(document, content), "schema:DisagreeAction"),
    ]


@then(parsers.parse('the review is rated "{rating}"'))
def review_rating(response, rating):
    [review] = response.get_json()["@graph"]
    assert review["reviewRating"]["alternateName"] == rating


# Walking the claims list with cursors while another connection files stories (sync_with_cursors.feature).

@dataclass
class Walk:
    """What a walk of the claims list saw, in order, and the claims of the stories filed meanwhile, each with
    whether its story was committed before the walk's last page was asked for."""

    seen: list[str]
    filed: dict[str, bool]


def file_story(db, rng: random.Random, title: str) -> list[str]:
    """Store a story of 3 to 6 claims by varied speakers, dated some day of April 2025; the refs of its claims."""
    speakers = ("Ana Ruiz", "Bo Chan", "the council", "Dr Ike Obi", "a spokeswoman")
    said = [(rng.choice(speakers), f"the {rng.choice(('ferry', 'depot', 'budget', 'school'))} plan {n} will hold")
            for n in range(rng.randint(3, 6))]
    body = " ".join(f"{speaker} said {content}." for speaker, content in said)
    claims = [claim_json(body, f"c{n}", speaker, content) for n, (speaker, content) in enumerate(said, start=1)]
    published_at = f"2025-04-{rng.randint(1, 30):02d}T{rng.randint(0, 23):02d}:00:00Z"
    article = storage.save_article(db, {"title": title, "body": body, "published_at": published_at}, claims)
    return [storage.claim_ref(article["id"], claim["id"]) for claim in article["claims"]]


@given(parsers.parse("a database file holding {count:d} stories of 3 to 6 claims each, dated over a month"),
       target_fixture="stored_before_walk")
def month_of_stories(db, count):
    rng = random.Random(count)
    return {ref for n in range(count) for ref in file_story(db, rng, f"Story {n}")}


@when(parsers.re(r'the CMS walks all claims (?P<size>\d+) at a time (by their next links|sorted by "(?P<sort>[^"]+)") '
                 r"while another connection files a story dated within that month after every page"),
      converters={"size": int}, target_fixture="walk")
def walk_while_filing(app, client, size, sort):
    """The CMS follows `next` from the first page; after each page a reporter's thread, on its own connection to
    the same file, files a story, and the walk asks for its next page once that story is committed (left to race,
    a fast walk could end before the reporter had filed enough to test)."""
    pages, stored, filed, committed = queue.Queue(), queue.Queue(), {}, {}

    def reporter():
        with connect(app.config["DATABASE"]) as reporter_db:
            rng = random.Random(1)
            while (page := pages.get()) is not None:
                refs = file_story(reporter_db, rng, f"Filed after page {page}")
                committed.update(dict.fromkeys(refs, time.monotonic()))
                stored.put(page)

    thread = threading.Thread(target=reporter)
    thread.start()
    seen, url, last_asked = [], f"/api/v1/claims?page_size={size}" + (f"&sort={sort}" if sort else ""), 0.0
    try:
        while url:
            last_asked = time.monotonic()
            body = client.get(url).get_json()
            seen += [claim["ref"] for claim in body["items"]]
            url = body["next"] and body["next"].removeprefix(app.config["PUBLIC_URL"])
            pages.put(len(seen))
            stored.get(timeout=STORY_TIMEOUT_SECONDS)
    finally:
        pages.put(None)
        thread.join()
    filed.update({ref: at < last_asked for ref, at in committed.items()})
    return Walk(seen, filed)


@when("the CMS follows the next link", target_fixture="response")
def follow_next(app, client, response):
    return client.get(response.get_json()["next"].removeprefix(app.config["PUBLIC_URL"]))


@then("every claim stored before the walk began came exactly once")
def each_stored_claim_once(walk, stored_before_walk):
    counts = Counter(walk.seen)
    assert {ref: counts[ref] for ref in stored_before_walk if counts[ref] != 1} == {}


@then("no claim came twice")
def no_claim_twice(walk):
    assert [ref for ref, times in Counter(walk.seen).items() if times > 1] == []


@then("stories were filed while the walk went on")
def filed_during_walk(walk):
    assert sum(walk.filed.values()) >= 10, walk.filed


@then("every claim of the stories filed during the walk came too")
def filed_claims_came(walk):
    before_last_page = {ref for ref, in_time in walk.filed.items() if in_time}
    assert before_last_page and before_last_page <= set(walk.seen)


@then(parsers.parse('the next link is in the body and the Link header, under the public address, keeping "{query}"'))
def next_link_everywhere(app, response, query):
    url = response.get_json()["next"]
    assert response.headers["Link"] == f'<{url}>; rel="next"'
    assert url.startswith(app.config["PUBLIC_URL"] + "/api/v1/claims?") and query in url and "cursor=" in url


@then("there is no next link")
def no_next_link(response):
    assert (response.get_json()["next"], response.headers.get("Link")) == (None, None)
