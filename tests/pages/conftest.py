"""Fixtures for the pages' tests: the app over a temporary SQLite file, a client that fills in forms,
and articles stored with the claims a test chooses (independent of the extractor's progress); the real
server and Debian's chromium for the browser tests; steps that journalists and reviewers share."""
import threading
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pytest_bdd import parsers, then
from waitress import create_server

from claims_table import table_row
from factcheck import create_app, storage
from factcheck.db import get_db


class PageClient:
    """A Flask test client used like a browser: it reads pages and sends forms with their CSRF token."""

    def __init__(self, client):
        self.client = client

    def get(self, path, **kwargs):
        return self.client.get(path, **kwargs)

    def page(self, path, status=200) -> BeautifulSoup:
        response = self.client.get(path)
        assert response.status_code == status, response.text
        return BeautifulSoup(response.text, "html.parser")

    def csrf_token(self, path="/") -> str:
        return self.page(path).select_one("input[name=csrf_token]")["value"]

    def submit(self, path, data, form_page=None, **kwargs):
        """POST a form as the browser would after opening `form_page` (the form's own page by default)."""
        return self.client.post(path, data={"csrf_token": self.csrf_token(form_page or path), **data}, **kwargs)


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
def store_article(app):
    """Store an article with the given claims as the service would after analysing it; returns its id."""

    def store(body: str, claims: list[dict], title: str = "An article", published_at: str | None = None) -> int:
        with app.app_context():
            article = {"title": title, "body": body, "published_at": published_at}
            return storage.save_article(get_db(), article, claims)["id"]

    return store


@pytest.fixture(scope="module")
def server_url(tmp_path_factory):
    """The service under waitress on a free loopback port, over a temporary database."""
    database = tmp_path_factory.mktemp("browser") / "factcheck.db"
    server = create_server(create_app({"DATABASE": str(database)}), host="127.0.0.1", port=0, threads=2)
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
