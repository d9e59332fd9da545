"""Step definitions for features/cms_api on writing stories: updates by the CMS's own id, conditional requests and
caching, browser plugins (CORS) and character sets. Imported by test_api_cms_steps, which binds the folder."""
import io

from pytest_bdd import given, parsers, then, when

from factcheck import create_app, review

OTHER_EDITORS_TEXT = "“Fares rise in June after all,” said Harriet Olsen on Friday."
OUR_EDIT = "“Fares stay frozen this year, and next,” said Harriet Olsen."


def story_path(external_id: str) -> str:
    return f"/api/v1/articles/by-external-id/{external_id}"


def send_story(client, headers: dict, external_id: str, text: str, **more_headers):
    return client.put(story_path(external_id), json={"body": text}, headers={**headers, **more_headers})


@when(parsers.parse('the CMS sends story "{external_id}" with the text:'), target_fixture="response")
def send(client, cms_headers, external_id, docstring):
    return send_story(client, cms_headers, external_id, docstring)


@given(parsers.parse('the CMS has sent story "{external_id}" with the text:'), target_fixture="sent")
def has_sent(client, cms_headers, external_id, docstring):
    response = send_story(client, cms_headers, external_id, docstring)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


@given(parsers.parse('a reviewer has resolved the claim "{content}" as "{verdict}"'), target_fixture="reviewed")
def resolved_claim(db, sent, content, verdict):
    [claim] = [claim for claim in sent["claims"] if claim["content"] == content]
    ref = f"{sent['id']}-{claim['id']}"
    review.record_review(db, ref, "rosa-desk", review.ReviewChange("in_review"))
    review.record_review(db, ref, "rosa-desk", review.ReviewChange("resolved", verdict, "The timetable says otherwise."))
    return {"ref": ref, "claim_id": claim["id"]}


@when(parsers.parse('the CMS sends story "{external_id}" again unchanged'), target_fixture="response")
def send_again(client, cms_headers, sent, external_id):
    return send_story(client, cms_headers, external_id, sent["body"])


@given("the CMS remembers the story's ETag", target_fixture="remembered_etag")
def remembered_etag(client, sent):
    return client.get(f"/api/v1/articles/{sent['id']}").headers["ETag"]


@given(parsers.parse("another editor's change to story \"{external_id}\" has been sent since"))
def other_editors_change(client, cms_headers, external_id):
    assert send_story(client, cms_headers, external_id, OTHER_EDITORS_TEXT).status_code == 200


@when(parsers.parse('the CMS sends its change to story "{external_id}" with the remembered ETag in If-Match'),
      target_fixture="response")
def send_with_if_match(client, cms_headers, external_id, remembered_etag):
    return send_story(client, cms_headers, external_id, OUR_EDIT, **{"If-Match": remembered_etag})


@when(parsers.parse('the CMS posts a new story with the external id "{external_id}"'), target_fixture="response")
def post_with_external_id(client, cms_headers, external_id):
    return client.post("/api/v1/articles", json={"body": OUR_EDIT, "external_id": external_id}, headers=cms_headers)


@then("the API answers 200 OK")
def ok(response):
    assert response.status_code == 200, response.get_json()


@then(parsers.parse("the story is at revision {revision:d}"))
def at_revision(response, revision):
    assert response.get_json()["revision"] == revision


@then(parsers.parse("the story keeps its id and is at revision {revision:d}"))
def keeps_id(response, sent, revision):
    assert (response.get_json()["id"], response.get_json()["revision"]) == (sent["id"], revision)


@then(parsers.parse('the claim "{content}" keeps its id, its verdict "{verdict}" and its history'))
def keeps_review(client, response, reviewed, content, verdict):
    [claim] = [claim for claim in response.get_json()["claims"] if claim["content"] == content]
    assert claim["id"] == reviewed["claim_id"]
    stored = client.get(f"/api/v1/claims/{reviewed['ref']}").get_json()
    assert (stored["content"], stored["review"]["verdict"]) == (content, verdict)
    assert [change["status"] for change in stored["history"]] == ["in_review", "resolved"]


@then("no other claim has a review")
def no_other_review(client, response, reviewed):
    story = response.get_json()
    others = [f"{story['id']}-{claim['id']}" for claim in story["claims"] if claim["id"] != reviewed["claim_id"]]
    assert others
    assert all(client.get(f"/api/v1/claims/{ref}").get_json()["history"] == [] for ref in others)


@then("the story holds the other editor's text")
def holds_other_text(client, sent):
    assert client.get(f"/api/v1/articles/{sent['id']}").get_json()["body"] == OTHER_EDITORS_TEXT


@when("the CMS fetches the story and then fetches it again with its ETag", target_fixture="answers")
def fetch_twice(client, sent):
    first = client.get(f"/api/v1/articles/{sent['id']}")
    return first, client.get(f"/api/v1/articles/{sent['id']}", headers={"If-None-Match": first.headers["ETag"]})


@then("the second answer is 304 Not Modified with no body")
def not_modified(answers):
    assert (answers[1].status_code, answers[1].get_data()) == (304, b"")


@then("both answers carry the same ETag")
def same_etag(answers):
    assert answers[0].headers["ETag"] == answers[1].headers["ETag"]


@when("the CMS fetches the story with the remembered ETag", target_fixture="response")
def fetch_with_etag(client, sent, remembered_etag):
    return client.get(f"/api/v1/articles/{sent['id']}", headers={"If-None-Match": remembered_etag})


@then(parsers.parse('the answer may be cached as "{cache}"'))
def cached_as(response, cache):
    assert (response.status_code, response.headers["Cache-Control"]) == (200, cache)


@given(parsers.parse('the API allows calls from browsers at "{origin}"'), target_fixture="client")
def cors_client(app, origin):
    return create_app({"TESTING": True, "DATABASE": app.config["DATABASE"], "CORS_ORIGINS": origin}).test_client()


@given("the API allows calls from no browsers", target_fixture="client")
def no_cors_client(app):
    return create_app({"TESTING": True, "DATABASE": app.config["DATABASE"]}).test_client()


@when(parsers.parse('a script at "{origin}" asks whether it may PUT a story with its API key and an If-Match'),
      target_fixture="response")
def preflight(client, origin):
    return client.options(story_path("news-6001"), headers={
        "Origin": origin, "Access-Control-Request-Method": "PUT",
        "Access-Control-Request-Headers": "x-api-key, if-match, content-type"})


@when(parsers.re(r'a script at "(?P<origin>[^"]+)" fetches (?P<path>/\S+)$'), target_fixture="response")
def fetch_from(client, origin, path):
    return client.get(path, headers={"Origin": origin})


@then(parsers.parse('the browser is allowed to send it from "{origin}"'))
def cors_allowed(response, origin):
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == origin and "Origin" in response.headers["Vary"]
    if response.request.method == "OPTIONS":
        assert "PUT" in response.headers["Access-Control-Allow-Methods"]
        assert {"x-api-key", "if-match", "content-type"} <= set(response.headers["Access-Control-Allow-Headers"].split(", "))


@then("the script may read the ETag of the answer")
def etag_exposed(client, response):
    assert "ETag" in client.get("/api/v1/claims", headers={"Origin": response.headers["Access-Control-Allow-Origin"]}) \
        .headers["Access-Control-Expose-Headers"].split(", ")


@then("the browser is not allowed to give the answer to the script")
def cors_denied(response):
    assert response.status_code == 200 and "Access-Control-Allow-Origin" not in response.headers


@when(parsers.parse('the CMS sends {text} in "{codec}" as "{content_type}"'), target_fixture="response")
def send_encoded(client, cms_headers, text, codec, content_type):
    return client.post("/api/v1/articles", data=text.encode(codec), content_type=content_type, headers=cms_headers)


@when(parsers.parse('the CMS uploads the page "{name}" in "{codec}" declaring it in a meta tag:'),
      target_fixture="response")
def upload_encoded(client, cms_headers, name, codec, docstring):
    data = {"file": (io.BytesIO(docstring.encode(codec)), name, "text/html")}
    return client.post("/api/v1/articles", data=data, content_type="multipart/form-data", headers=cms_headers)


@then(parsers.parse('the story has a claim by "{name}"'))
def claim_by(response, name):
    assert name in [claim["speaker"]["name"] for claim in response.get_json()["claims"] if claim["speaker"]]
