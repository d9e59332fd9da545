"""Fixtures for the pages' tests: the app over a temporary SQLite file, a client that fills in forms,
and articles stored with the claims a test chooses (independent of the extractor's progress); the real
server and Debian's chromium for the browser tests; steps that journalists and reviewers share."""
import threading
from pathlib import Path

import pytest
from pytest_bdd import given, parsers, then, when
from waitress import create_server

from claims_table import table_row
from factcheck import accounts, create_app, storage
from factcheck.db import get_db
from newsroom_users import add_user
from page_client import PageClient
from stored_claims import claim_json

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture
def app(tmp_path):
    return create_app({"DATABASE": str(tmp_path / "pages.db"), "TESTING": True, "SECRET_KEY": "pages-tests"})


@pytest.fixture
def browser(app) -> PageClient:
    return PageClient(app.test_client())


@pytest.fixture
def logged_in(app):
    """A logged-in client per role: logged_in("journalist"), logged_in("reviewer"), logged_in("admin")."""
    clients = {}

    def client_for(role: str) -> PageClient:
        if role not in clients:
            clients[role] = PageClient(app.test_client()).log_in(add_user(app.config["DATABASE"], role))
        return clients[role]

    return client_for


@pytest.fixture
def journalist(logged_in) -> PageClient:
    return logged_in("journalist")


@pytest.fixture
def admin(logged_in) -> PageClient:
    return logged_in("admin")


@given(parsers.re(r"I am logged in as an? (?P<role>journalist|reviewer|admin)"), target_fixture="browser")
def logged_in_as(logged_in, role):
    return logged_in(role)


@pytest.fixture
def store_article(app):
    """Store an article with the given claims as the service would after analysing it; returns its id."""

    def store(body: str, claims: list[dict], title: str = "An article", published_at: str | None = None) -> int:
        with app.app_context():
            article = {"title": title, "body": body, "published_at": published_at}
            return storage.save_article(get_db(), article, claims)["id"]

    return store


@pytest.fixture(scope="module")
def server_url(tmp_path_factory):
    """The service under waitress on a free loopback port, over a temporary database with a user per role
    (named "journalist-one", "reviewer-one", "admin-one"; in_browser.log_in logs in as one)."""
    database = tmp_path_factory.mktemp("browser") / "factcheck.db"
    app = create_app({"DATABASE": str(database)})
    for role in accounts.ROLES:
        add_user(str(database), role)
    server = create_server(app, host="127.0.0.1", port=0, threads=2)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}"
    server.close()
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def chromium():
    """Debian's chromium driven by Playwright; never a downloaded browser. Skips where either is missing."""
    sync_playwright = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed").sync_playwright
    if not CHROMIUM.exists():
        pytest.skip(f"Debian's chromium is not installed at {CHROMIUM} (`make test` installs it where apt-get can)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


@then(parsers.parse('the claims table shows "{content}" as a denial with the cue "{cue}"'))
def shown_as_denial(result, content, cue):
    row = table_row(result, content)
    assert "denial" in row["class"]
    assert row.select_one("td.content .badge.denial").text == "denial"
    assert row.select_one("td.cue").text == cue


@then(parsers.parse('the claims table does not show "{content}" as a denial'))
def not_shown_as_denial(result, content):
    row = table_row(result, content)
    assert "denial" not in row["class"] and not row.select_one(".badge.denial")


@given(parsers.parse('the article "{title}" has been checked:'), target_fixture="checked")
def checked_article(browser, title, docstring):
    response = browser.submit("/", {"title": title, "body": docstring})
    assert response.status_code == 302
    return {title: response.headers["Location"]}


@when("I open the disputed claims report", target_fixture="result")
def open_report(browser):
    return browser.page("/reports/disputed")


@when(parsers.parse('I open the article "{title}"'), target_fixture="result")
def open_article(browser, checked, title):
    return browser.page(checked[title])


@given("these disputed claims have been checked:", target_fixture="refs")
def disputed_claims_checked(store_article, datatable):
    header, *rows = datatable
    refs = {}
    for row in rows:
        title, published, speaker, content = (row[header.index(name)] for name in ("title", "published", "speaker", "claim"))
        body = f"{speaker} said {content}, which the drivers' union disputes."
        claim = claim_json(body, "c1", speaker, content, ("the drivers' union", "which the drivers' union disputes"))
        refs[title] = f"{store_article(body, [claim], title=title, published_at=published)}-c1"
    return refs


@given(parsers.parse('I have resolved the claim in "{title}" as "{verdict}"'))
@when(parsers.parse('I resolve the claim in "{title}" as "{verdict}"'))
def resolve_claim(browser, refs, title, verdict):
    path = f"/claims/{refs[title]}"
    response = browser.submit(f"{path}/review", {"status": "resolved", "verdict": verdict, "apply_to_appearances": "y"},
                              form_page=path)
    assert response.status_code == 302
