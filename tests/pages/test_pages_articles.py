"""The submit page, an article's breakdown, the articles list and deleting an article."""
import io

import pytest
from bs4 import BeautifulSoup

from stored_claims import claim_json

BODY = (
    "Donald Trump said Japan charges a 700% tariff on rice, a figure Tokyo disputes.\n\n"
    "Ryosei Akazawa said the talks were <b>constructive</b> & frank.\n\n"
    "Trump said a deal was a top priority."
)


@pytest.fixture
def article_id(store_article):
    claims = [
        claim_json(BODY, "c1", "Donald Trump", "Japan charges a 700% tariff on rice", ("Tokyo", "a figure Tokyo disputes"),
                   source_id="trump"),
        claim_json(BODY, "c2", "Ryosei Akazawa", "the talks were <b>constructive</b> & frank"),
        claim_json(BODY, "c3", "Donald Trump", "a deal was a top priority", source_id="trump"),
    ]
    return store_article(BODY, claims, title="Tariff <talks>")


def test_submit_page_offers_text_and_upload(browser):
    form = browser.page("/").select_one("form[enctype='multipart/form-data']")
    assert {field["name"] for field in form.select("[name]")} >= {"csrf_token", "body", "upload", "title", "url"}


def test_a_form_without_its_csrf_token_is_refused(browser):
    response = browser.client.post("/", data={"body": "Jane Doe said it rained."})
    assert response.status_code == 400
    assert "expired" in response.text


@pytest.mark.parametrize(
    "data, error",
    [
        ({"body": "   "}, "Paste the article's text or upload a file."),
        ({"upload": (io.BytesIO(b"%PDF-1.4"), "article.pdf")}, "Upload a .txt or .html file."),
        ({"upload": (io.BytesIO(b"\x00\x01binary"), "article.txt")}, "input is binary, not text"),
        ({"body": "Jane said so.", "url": "not a url"}, "Invalid URL."),
    ],
    ids=["empty", "wrong-type", "binary", "bad-url"],
)
def test_unusable_submissions_are_explained(journalist, data, error):
    response = journalist.submit("/", data, content_type="multipart/form-data")
    assert response.status_code == 422
    assert error in BeautifulSoup(response.text, "html.parser").select_one(".field-errors").text


def test_pasted_text_is_analysed_stored_and_shown(journalist, app):
    response = journalist.submit("/", {"body": "First paragraph.\r\n\r\nSecond <i>one</i>.", "title": "Pasted"})
    assert response.status_code == 302
    page = journalist.page(response.headers["Location"])
    assert page.select_one("h1").text == "Pasted"
    assert page.select_one("#article-text").text == "First paragraph.\n\nSecond <i>one</i>."


def test_an_uploaded_text_file_becomes_the_article(journalist):
    upload = (io.BytesIO("Uploaded “text” here.".encode()), "story.txt")
    response = journalist.submit("/", {"upload": upload}, content_type="multipart/form-data")
    assert response.status_code == 302
    assert journalist.page(response.headers["Location"]).select_one("#article-text").text == "Uploaded “text” here."


def test_an_uploaded_page_is_read_in_the_charset_its_meta_tag_names(journalist):
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body><article>'
            "<p>“Le port reste ouvert,” said Zoé Lefèvre, the mayor of Sète.</p></article></body></html>")
    upload = (io.BytesIO(page.encode("cp1252")), "port.html")
    response = journalist.submit("/", {"upload": upload}, content_type="multipart/form-data")
    assert response.status_code == 302
    text = journalist.page(response.headers["Location"]).select_one("#article-text").text
    assert text == "“Le port reste ouvert,” said Zoé Lefèvre, the mayor of Sète."


def test_the_breakdown_marks_every_claim_in_the_text(browser, article_id):
    page = browser.page(f"/articles/{article_id}")
    marks = {mark["id"]: mark for mark in page.select("#article-text mark.claim[id]")}
    assert {key: mark.text for key, mark in marks.items()} == {
        "claim-c1": "Japan charges a 700% tariff on rice",
        "claim-c2": "the talks were <b>constructive</b> & frank",
        "claim-c3": "a deal was a top priority",
    }
    assert "disputed" in marks["claim-c1"]["class"] and "disputed" not in marks["claim-c3"]["class"]
    assert page.select_one("#article-text mark.dispute-cue").text == "a figure Tokyo disputes"


def test_each_speaker_has_one_colour(browser, article_id):
    page = browser.page(f"/articles/{article_id}")
    colour = {mark["id"]: next(c for c in mark["class"] if c.startswith("spk-")) for mark in page.select("mark.claim[id]")}
    assert colour["claim-c1"] == colour["claim-c3"] != colour["claim-c2"]
    legend = [(item.select_one(".swatch")["class"][1], item.select_one("span").text.strip()) for item in page.select(".legend li")]
    assert legend == [(colour["claim-c1"], "Donald Trump"), (colour["claim-c2"], "Ryosei Akazawa")]


def test_the_claims_table_links_each_claim_to_its_place_in_the_text(browser, article_id):
    page = browser.page(f"/articles/{article_id}")
    rows = page.select("#claims tbody tr")
    assert [(row["id"], row.select_one("a.claim-link")["href"]) for row in rows] == [
        ("row-c1", "#claim-c1"), ("row-c2", "#claim-c2"), ("row-c3", "#claim-c3")]
    assert rows[0].select_one("a[href='/sources/trump']").text == "Donald Trump"
    assert "Tokyo" in rows[0].select_one(".evidence").text
    assert "a figure Tokyo disputes" in rows[0].select_one(".evidence").text
    assert (page.select_one("#claim-count").text, page.select_one("#disputed-count").text) == ("3", "1")


def test_article_text_and_title_are_escaped(browser, article_id):
    html = browser.get(f"/articles/{article_id}").text
    assert "<b>constructive</b>" not in html and "&lt;b&gt;constructive&lt;/b&gt; &amp; frank" in html
    assert "Tariff <talks>" not in html and "Tariff &lt;talks&gt;" in html


def test_an_unknown_article_is_a_page_not_found(browser):
    assert "No article with id 999" in browser.page("/articles/999", status=404).text


def test_articles_are_listed_and_searchable(browser, store_article, article_id):
    store_article("Nothing about trade here.", [], title="Weather")
    titles = [a.text for a in browser.page("/articles").select("#articles tbody a")]
    assert titles == ["Weather", "Tariff <talks>"]
    found = browser.page("/articles?q=rice").select("#articles tbody tr")
    assert [row.select_one("a").text for row in found] == ["Tariff <talks>"]
    assert [cell.text.strip() for cell in found[0].select("td.num")] == ["3", "1"]
    assert "No article matches “zebra”" in browser.page("/articles?q=zebra").text


def test_deleting_an_article_asks_first_then_removes_it(admin, article_id):
    assert admin.client.post(f"/articles/{article_id}/delete").status_code == 400
    confirm = admin.page(f"/articles/{article_id}").select_one("a.button.danger")["href"]
    question = admin.page(confirm)
    assert question.select_one("h1").text == "Delete “Tariff <talks>”?"
    assert admin.page(f"/articles/{article_id}").select_one("h1").text == "Tariff <talks>"
    response = admin.submit(confirm, {})
    assert response.status_code == 302
    admin.page(f"/articles/{article_id}", status=404)


@pytest.mark.parametrize("role", [None, "journalist", "reviewer"])
def test_only_an_admin_may_delete(browser, logged_in, article_id, role):
    client = logged_in(role) if role else browser
    assert not client.page(f"/articles/{article_id}").select("a.button.danger")
    token = client.csrf_token()
    response = client.client.post(f"/articles/{article_id}/delete", data={"csrf_token": token})
    assert response.status_code == (403 if role else 302)
    if not role:
        assert response.headers["Location"].startswith("/login?next=")
    client.page(f"/articles/{article_id}")


def test_the_table_shows_provenance_with_the_diff_of_an_altered_quote(browser, store_article):
    body = 'Harris said "we need a quick deal now."'
    claim = claim_json(body, "c1", "Harris", "we need a quick deal now.")
    claim["speaker"]["candidates"] = [{"id": "tobias-harris", "name": "Tobias Harris"},
                                      {"id": "kamala-harris", "name": "Kamala Harris"}]
    claim["provenance"] = {
        "status": "altered", "score": 91.0,
        "original": {"statement_id": "s1", "text": "We want a quick deal.", "url": "javascript:alert(1)",
                     "date": "2025-04-16", "medium": "interview"},
        "diff": [{"op": "equal", "original": "We", "quoted": "we"}, {"op": "replace", "original": "want", "quoted": "need"},
                 {"op": "equal", "original": "a quick deal", "quoted": "a quick deal"},
                 {"op": "insert", "original": "", "quoted": "now"}],
    }
    row = browser.page(f"/articles/{store_article(body, [claim])}").select_one("#row-c1")
    provenance = row.select_one("td.provenance")
    assert provenance.select_one(".badge").text == "altered"
    assert provenance.select_one("blockquote").text == "We want a quick deal."
    assert [(tag.name, tag.text) for tag in provenance.select(".diff del, .diff ins")] == [
        ("del", "want"), ("ins", "need"), ("ins", "now")]
    assert " ".join(provenance.select_one(".muted").text.split()) == "interview · 2025-04-16"
    assert [a["href"] for a in row.select("td")[1].select("a")] == ["/sources/tobias-harris", "/sources/kamala-harris"]


def test_the_articles_list_pages_through_older_articles(browser, store_article):
    for number in range(1, 23):
        store_article(f"Story {number} about ports.", [], title=f"Story {number}")
    first = browser.page("/articles?q=ports&_scheme=javascript&_external=1")
    assert len(first.select("#articles tbody tr")) == 20
    older = first.find("a", string="Older →")["href"]
    assert older.startswith("?") and "page=2" in older and "q=ports" in older
    second = browser.page("/articles" + older)
    assert [a.text for a in second.select("#articles tbody td:first-child a")] == ["Story 2", "Story 1"]
    assert second.find("a", string="← Newer")["href"].startswith("?")


def test_an_article_over_the_size_limit_is_explained(journalist, app):
    app.config["MAX_CONTENT_LENGTH"] = 1024 * 1024
    response = journalist.submit("/", {"body": "Jane said so. " * 80_000})
    assert response.status_code == 413
    assert "Articles of up to 1 MB can be checked." in response.text


def test_a_claim_shows_the_rule_that_attributed_it(browser, store_article):
    body = '"We will win," said Ann Lee. Bo Roe said rents will fall.'
    article_id = store_article(body, [claim_json(body, "c1", "Ann Lee", "We will win,", rule="quote-said-speaker"),
                                      claim_json(body, "c2", "Bo Roe", "rents will fall")])
    rows = browser.page(f"/articles/{article_id}").select("#claims tbody tr")
    rule = rows[0].select_one(".rule")
    assert rule.select_one("code").text == "quote-said-speaker" and "Why this speaker?" in rule["title"]
    assert rows[1].select_one(".rule") is None


def test_a_browser_asking_for_a_missing_page_gets_a_page(browser):
    response = browser.get("/no-such-page", headers={"Accept": "text/html"})
    assert (response.status_code, response.mimetype) == (404, "text/html")


def test_a_client_preferring_json_gets_a_problem_for_a_missing_page(browser):
    response = browser.get("/no-such-page", headers={"Accept": "application/json"})
    assert (response.status_code, response.mimetype) == (404, "application/problem+json")
    assert response.json["status"] == 404


def test_the_publications_own_statements_are_shown_only_on_request(journalist):
    body = "Ada Novak said the pier would reopen.\r\n\r\nHarbour fees rose 40% last year, the steepest rise since 2009."
    location = journalist.submit("/", {"body": body, "title": "Fees"}).headers["Location"]
    page = journalist.page(location)
    assert page.select_one("#claim-count").text == "1"
    assert "Harbour fees rose" not in page.select_one("#claims").text
    assert "Harbour fees rose" not in page.select_one("#statements").text
    shown = journalist.page(page.select_one("#show-statements")["href"])
    assert "Harbour fees rose 40% last year" in shown.select_one("#statements").text


def test_the_byline_and_publisher_of_the_form_are_stored_and_shown(journalist):
    response = journalist.submit("/", {"body": "Ana Ruiz said the pier will reopen.", "title": "Pier",
                                       "byline": "Tom Bell", "publisher": "Harbour Gazette"})
    meta = " ".join(journalist.page(response.headers["Location"]).select_one(".article-meta").text.split())
    assert meta.startswith("By Tom Bell · Harbour Gazette · Submitted")
    title, byline = journalist.page("/articles").select("#articles tbody td")[:2]
    assert (title.select_one("a").text, title.select_one(".muted").text, byline.text) == (
        "Pier", "Harbour Gazette", "Tom Bell")


GAZETTE_PAGE = b"""<html><head><title>Ferry fares fall | Harbour Gazette</title>
<meta property="og:title" content="Ferry fares fall again"><meta name="author" content="Tom Bell">
<meta property="article:published_time" content="2025-06-02T08:00:00Z"><meta property="og:site_name" content="Harbour Gazette">
<link rel="canonical" href="https://gazette.example.com/ferry-fares"></head>
<body><nav>Home | Sport</nav><article><h1>Ferry fares fall again</h1>
<p>Marta Quist said ferry fares have fallen for three years, a claim the operator disputes.</p></article></body></html>"""


def test_an_html_upload_keeps_its_title_author_date_and_canonical_url(journalist):
    response = journalist.submit("/", {"upload": (io.BytesIO(GAZETTE_PAGE), "ferry.html")},
                                 content_type="multipart/form-data")
    page = journalist.page(response.headers["Location"])
    assert page.select_one("h1").text == "Ferry fares fall again"
    meta = page.select_one(".article-meta")
    assert " ".join(meta.text.split()).startswith("By Tom Bell · Harbour Gazette · Published 2 Jun 2025")
    assert meta.select_one("a")["href"] == "https://gazette.example.com/ferry-fares"


def test_what_the_form_says_comes_before_what_the_page_says(journalist):
    response = journalist.submit("/", {"upload": (io.BytesIO(GAZETTE_PAGE), "ferry.html"), "title": "Fares, checked"},
                                 content_type="multipart/form-data")
    page = journalist.page(response.headers["Location"])
    assert page.select_one("h1").text == "Fares, checked"
    assert "By Tom Bell" in page.select_one(".article-meta").text
