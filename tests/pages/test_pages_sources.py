"""The registry pages: list, add and edit sources; a source's profile, claims across articles and statements."""
import pytest

from factcheck.db import get_db
from sources import registry
from sources.model import RecordedDispute, Role, Source, Statement
from stored_claims import claim_json

ISHIBA = {
    "name": "Shigeru Ishiba", "kind": "person", "aliases": "Ishiba\nPrime Minister Ishiba",
    "roles": "Prime Minister | Japan | 2024-10-01", "country": "Japan", "links": "https://example.org/ishiba",
}


@pytest.fixture
def in_registry(app):
    """A source with a statement that a fact-checker disputes, as the registry holds them."""
    with app.app_context():
        db = get_db()
        registry.upsert_sources(db, [
            Source("donald-trump", "Donald Trump", "person", aliases=["Trump"], dataset="demo",
                   roles=[Role("President", "United States", "2025-01-20")], links=["javascript:alert(1)"]),
        ])
        registry.upsert_statements(db, [Statement("s1", "Japan charges a 700% tariff on rice.", "donald-trump",
                                                  url="https://example.org/post", medium="social media post",
                                                  date="2025-03-11")])
        registry.upsert_disputes(db, [RecordedDispute("d1", "s1", by_name="Government of Japan",
                                                      counter_claim="The effective tariff is far lower.",
                                                      rating="misleading")])
    return "donald-trump"


def test_a_person_adds_a_source_and_reads_its_page(admin):
    response = admin.submit("/registry/new", ISHIBA)
    assert response.status_code == 302 and response.headers["Location"] == "/sources/shigeru-ishiba"
    page = admin.page("/sources/shigeru-ishiba")
    assert page.select_one("h1").text == "Shigeru Ishiba"
    facts = {dt.text: dd.text.strip() for dt, dd in zip(page.select("dl.facts dt"), page.select("dl.facts dd"))}
    assert facts["Also known as"] == "Ishiba, Prime Minister Ishiba"
    assert " ".join(facts["Roles"].split()) == "Prime Minister of Japan (2024-10-01 – now)"
    assert page.select_one("#profile a")["href"] == "https://example.org/ishiba"
    assert [a.text for a in admin.page("/registry").select("#sources tbody td:first-child a")] == ["Shigeru Ishiba"]


@pytest.mark.parametrize(
    "change, field, error",
    [
        ({"roles": "Prime Minister | Japan | last autumn"}, "roles", "line 1: start: not an ISO 8601 date"),
        ({"links": "javascript:alert(1)"}, "links", "line 1: Not a valid URL."),
        ({"name": ""}, "name", "This field is required."),
        ({"id": "has spaces"}, "id", "must be letters, digits and . _ : - only"),
        ({"kind": "alien"}, "kind", "Not a valid choice."),
    ],
)
def test_an_invalid_source_is_explained_and_not_stored(admin, change, field, error):
    response = admin.submit("/registry/new", {**ISHIBA, **change})
    assert response.status_code == 422
    page = admin.page("/registry")
    assert not page.select("#sources")
    assert error in response.text.replace("&#39;", "'")
    assert f'name="{field}"' in response.text


def test_an_id_already_registered_is_refused(admin, in_registry):
    response = admin.submit("/registry/new", {**ISHIBA, "id": in_registry})
    assert response.status_code == 422
    assert "already registered" in response.text
    assert admin.page(f"/sources/{in_registry}").select_one("h1").text == "Donald Trump"


def test_a_source_is_edited_in_place(admin, in_registry):
    form = admin.page(f"/registry/{in_registry}/edit")
    assert form.select_one("textarea[name=aliases]").text.strip() == "Trump"
    assert form.select_one("textarea[name=roles]").text.strip() == "President | United States | 2025-01-20"
    response = admin.submit(f"/registry/{in_registry}/edit", {
        "name": "Donald J. Trump", "kind": "person", "aliases": "Trump\nPresident Trump",
        "roles": "President | United States | 2025-01-20", "links": "https://example.org/trump", "id": "ignored"})
    assert response.headers["Location"] == f"/sources/{in_registry}"
    page = admin.page(f"/sources/{in_registry}")
    assert page.select_one("h1").text == "Donald J. Trump"
    assert page.select_one("dl.facts dd").text == "Trump, President Trump"
    assert page.select_one("dl.facts .badge").text == "demo"
    assert page.select_one("#profile a")["href"] == "https://example.org/trump"


def test_a_source_page_shows_their_claims_across_articles_and_statements_on_record(browser, store_article, in_registry):
    body = "Donald Trump said Japan charges a 700% tariff on rice, a figure Tokyo disputes."
    article_id = store_article(body, [claim_json(body, "c1", "Donald Trump", "Japan charges a 700% tariff on rice",
                                                 ("Tokyo", "a figure Tokyo disputes"), source_id=in_registry)],
                               title="Rice", published_at="2025-04-17")
    page = browser.page(f"/sources/{in_registry}")
    claim = page.select_one("#claims tbody tr")
    assert claim.select_one("td.content a")["href"] == f"/articles/{article_id}#claim-c1"
    assert "disputed" in claim["class"]
    statement = page.select_one("#statements .statement-entry")
    assert statement.select_one("blockquote").text == "Japan charges a 700% tariff on rice."
    assert " ".join(statement.select_one(".evidence li").text.split()) == (
        "misleading Government of Japan: “The effective tariff is far lower.”")
    assert not page.select("a[href^=javascript]")


def test_an_unknown_source_is_a_page_not_found(browser, admin):
    assert "No source with id 'nobody'" in browser.page("/sources/nobody", status=404).text
    admin.page("/registry/nobody/edit", status=404)


@pytest.mark.parametrize("role", ["journalist", "reviewer"])
def test_only_an_admin_may_change_the_registry(logged_in, in_registry, role):
    client = logged_in(role)
    assert not client.page(f"/sources/{in_registry}").select("a[href$='/edit']")
    client.page("/registry/new", status=403)
    response = client.client.post(f"/registry/{in_registry}/edit", data={"csrf_token": client.csrf_token(), **ISHIBA})
    assert response.status_code == 403
    assert client.page(f"/sources/{in_registry}").select_one("h1").text == "Donald Trump"


def test_registry_forms_need_their_csrf_token(browser):
    assert browser.client.post("/registry/new", data=ISHIBA).status_code == 400
