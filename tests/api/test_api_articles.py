"""POST /articles in each form a CMS sends it, and what comes back."""
import io

import pytest

SIMPLE = '"We will win," said Jane Doe, the mayor of Velmont.'


def post(client, auth, **kwargs):
    return client.post("/api/v1/articles", headers={**auth, **kwargs.pop("headers", {})}, **kwargs)


def test_a_news_story_is_analysed_stored_and_fetched(client, auth, news_story):
    response = post(client, auth, json={"body": news_story, "url": "https://example.com/story"})
    assert response.status_code == 201
    article = response.get_json()
    assert response.headers["Location"] == f"http://127.0.0.1:5000/api/v1/articles/{article['id']}"
    assert (article["byline"], article["publisher"]) == ("Mirela Sandor, Tom Achterberg", "Coastline News")
    assert len(article["claims"]) > 10
    assert all(0 <= c["span"][0] < c["span"][1] <= len(news_story) for c in article["claims"])
    assert {c["speaker"]["name"] for c in article["claims"] if c["disputed"]} == {"Petra Lindgren", "Jonas Everett"}
    assert client.get(response.headers["Location"]).get_json() == article


def test_given_metadata_wins_over_what_the_text_says(client, auth, news_story):
    fields = {"title": "Ferry to stop", "byline": "Harbour desk", "publisher": "Coastline",
              "published_at": "2025-04-17T09:30:00+09:00"}
    article = post(client, auth, json={"body": news_story, **fields}).get_json()
    assert {k: article[k] for k in fields} == {**fields, "published_at": "2025-04-17T00:30:00Z"}


def test_date_without_zone_is_taken_as_utc(client, auth):
    article = post(client, auth, json={"body": SIMPLE, "published_at": "2025-04-17T09:30:00"}).get_json()
    assert article["published_at"] == "2025-04-17T09:30:00Z"


@pytest.mark.parametrize(("given", "stored"), [("2025-04-17", "2025-04-17T00:00:00Z"),
                                                ("2025-04-17 09:30+0100", "2025-04-17T08:30:00Z"),
                                                ("2024-02-29T23:59:59.5-05:00", "2024-03-01T04:59:59Z")])
def test_dates_in_the_documented_forms_are_taken(client, auth, given, stored):
    article = post(client, auth, json={"body": SIMPLE, "published_at": given}).get_json()
    assert article["published_at"] == stored


@pytest.mark.parametrize("given", ["20250417", "2025-W16-4", "2025-02-30", "2025-04-17T09:30:00.1234567Z", "17/04/2025", "0999-01-01"])
def test_dates_in_other_forms_are_refused_in_json_and_forms(client, auth, given):
    as_json = post(client, auth, json={"body": SIMPLE, "published_at": given})
    as_form = post(client, auth, data={"file": (io.BytesIO(SIMPLE.encode()), "story.txt"), "published_at": given},
                   content_type="multipart/form-data")
    for response in (as_json, as_form):
        assert response.status_code == 422
        assert "published_at" in response.get_data(as_text=True)
    assert client.get("/api/v1/articles").get_json()["items"] == []


@pytest.mark.parametrize("filename, mimetype", [("story.txt", "text/plain"), ("STORY.TXT", "application/octet-stream"),
                                                ("story", "text/plain")])
def test_text_upload(client, auth, filename, mimetype):
    data = {"file": (io.BytesIO(SIMPLE.encode()), filename, mimetype), "title": "Mayor", "url": ""}
    article = post(client, auth, data=data, content_type="multipart/form-data").get_json()
    assert (article["body"], article["title"], article["url"]) == (SIMPLE, "Mayor", None)
    assert [(c["speaker"]["name"], "We will win" in c["content"]) for c in article["claims"]] == [("Jane Doe", True)]


def test_html_upload_keeps_the_article_text_only(client, auth):
    page = f"""<html><head><title>Velmont</title><script>steal(document.cookie)</script><style>p {{}}</style></head>
    <body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
    <article><h1>Libraries stay open</h1><p>{SIMPLE}</p><p>The council meets on Friday.</p></article></body></html>"""
    data = {"file": (io.BytesIO(page.encode()), "story.html", "text/html")}
    article = post(client, auth, data=data, content_type="multipart/form-data").get_json()
    assert "steal" not in article["body"] and "p {}" not in article["body"]
    assert SIMPLE in article["body"] and "The council meets on Friday." in article["body"]
    assert "\n\n" in article["body"]


def test_markup_written_in_the_text_stays_text(client, auth):
    hostile = '<p>&lt;script&gt;alert(1)&lt;/script&gt; "It is fine," said Jane Doe.</p>'
    article = post(client, auth, data=hostile, content_type="text/html").get_json()
    assert article["body"].startswith("<script>alert(1)</script>")


def test_raw_text_body(client, auth):
    article = post(client, auth, data=SIMPLE.encode(), content_type="text/plain; charset=utf-8").get_json()
    assert article["body"] == SIMPLE


def test_idempotent_retry_returns_the_stored_article(client, auth):
    first = post(client, auth, json={"body": SIMPLE}, headers={"Idempotency-Key": "story-1"})
    again = post(client, auth, json={"body": SIMPLE}, headers={"Idempotency-Key": "story-1"})
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.get_json() == first.get_json()
    assert client.get("/api/v1/articles?page=1").get_json()["total"] == 1


def test_idempotency_key_reused_for_another_article_is_422(client, auth):
    post(client, auth, json={"body": SIMPLE}, headers={"Idempotency-Key": "story-1"})
    response = post(client, auth, json={"body": SIMPLE, "title": "changed"}, headers={"Idempotency-Key": "story-1"})
    assert response.status_code == 422
    assert response.get_json()["type"].endswith("idempotency-key-reused")
    assert client.get("/api/v1/articles?page=1").get_json()["total"] == 1


def test_delete_then_fetch_is_404(client, auth):
    article_id = post(client, auth, json={"body": SIMPLE}).get_json()["id"]
    assert client.delete(f"/api/v1/articles/{article_id}", headers=auth).status_code == 204
    assert client.get(f"/api/v1/articles/{article_id}").status_code == 404


STATEMENT = "Harbour fees rose 40% last year, the steepest rise since 2009."


def test_the_publications_own_statements_come_only_when_asked(client, auth):
    article = post(client, auth, json={"body": f"{SIMPLE}\n\n{STATEMENT}"}).get_json()
    assert [c["attribution"] for c in article["claims"]] == ["named"] and "statements" not in article
    location = f"/api/v1/articles/{article['id']}"
    assert "statements" not in client.get(location).get_json()
    statements = client.get(f"{location}?statements=true").get_json()["statements"]
    assert [(s["id"], s["content"], s["attribution"]) for s in statements] == [("s1", STATEMENT.rstrip("."), "unattributed")]
    assert [c["id"] for c in client.get("/api/v1/claims").get_json()["items"]] == ["c1"]
    assert [c["id"] for c in client.get("/api/v1/claims?statements=true").get_json()["items"]] == ["c1", "s1"]
    assert client.get("/api/v1/articles").get_json()["items"][0]["claim_count"] == 1


def test_an_html_upload_keeps_the_metadata_the_page_gives_unless_the_client_gives_its_own(client, auth):
    page = (b'<html><head><title>Pier reopens</title><meta name="author" content="Ana Ruiz">'
            b'<meta property="article:published_time" content="2025-05-01"><link rel="canonical" href="https://x.example/pier">'
            b'</head><body><article><p>The harbour master said the pier will reopen in June.</p></article></body></html>')
    article = client.post("/api/v1/articles", headers=auth, data={"file": (io.BytesIO(page), "pier.html"),
                                                                   "byline": "Desk"}).get_json()
    assert (article["title"], article["byline"], article["published_at"], article["url"]) == (
        "Pier reopens", "Desk", "2025-05-01T00:00:00Z", "https://x.example/pier")
