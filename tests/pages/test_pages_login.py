"""Logging in to the pages: the session cookie, where the login leads, reads behind a login, disabled users."""
import pytest

from factcheck import accounts, create_app
from factcheck.db import connect
from newsroom_users import PASSWORD, add_user
from page_client import PageClient


def session_cookie(response) -> str:
    return next(header for header in response.headers.getlist("Set-Cookie") if header.startswith("session="))


def test_the_session_cookie_is_httponly_and_samesite_lax(browser, app):
    add_user(app.config["DATABASE"], "journalist")
    response = browser.submit("/login", {"name": "journalist-one", "password": PASSWORD})
    flags = session_cookie(response).split("; ")
    assert "HttpOnly" in flags and "SameSite=Lax" in flags and "Secure" not in flags


def test_the_session_cookie_is_secure_when_the_service_is_public_over_https(tmp_path):
    app = create_app({"DATABASE": str(tmp_path / "secure.db"), "SECRET_KEY": "x", "PUBLIC_URL": "https://check.example.org"})
    add_user(app.config["DATABASE"], "journalist")
    client = PageClient(app.test_client())
    response = client.submit("/login", {"name": "journalist-one", "password": PASSWORD})
    assert "Secure" in session_cookie(response).split("; ")


@pytest.mark.parametrize("target, landing", [
    ("/articles?q=port", "/articles?q=port"),
    ("//evil.example/", "/"),
    ("https://evil.example/", "/"),
    ("javascript:alert(1)", "/"),
])
def test_the_login_leads_back_to_the_page_asked_for_on_this_site_only(browser, app, target, landing):
    add_user(app.config["DATABASE"], "journalist")
    response = browser.submit(f"/login?next={target}", {"name": "journalist-one", "password": PASSWORD},
                              form_page="/login")
    assert response.headers["Location"] == landing


def test_names_are_not_case_sensitive(browser, app):
    add_user(app.config["DATABASE"], "reviewer", name="Ines.Moreau")
    assert browser.submit("/login", {"name": " INES.moreau", "password": PASSWORD}).status_code == 302


@pytest.fixture
def closed(tmp_path, monkeypatch) -> PageClient:
    monkeypatch.setenv("FACTCHECK_PAGES_REQUIRE_LOGIN", "true")
    app = create_app({"DATABASE": str(tmp_path / "closed.db"), "SECRET_KEY": "x"})
    add_user(app.config["DATABASE"], "journalist")
    return PageClient(app.test_client())


@pytest.mark.parametrize("path", ["/", "/articles", "/reports/disputed", "/registry"])
def test_reads_can_require_a_login(closed, path):
    response = closed.get(path)
    assert response.status_code == 302 and response.headers["Location"].startswith("/login?next=")
    closed.log_in("journalist-one")
    assert closed.get(path).status_code == 200


def test_behind_a_login_a_json_client_gets_a_401_problem(closed):
    response = closed.get("/articles", headers={"Accept": "application/json"})
    assert (response.status_code, response.mimetype) == (401, "application/problem+json")


def test_a_disabled_user_is_logged_out_at_their_next_request(app, journalist):
    assert journalist.page("/").select_one(".site-header .who")
    with connect(app.config["DATABASE"]) as db:
        accounts.disable_user(db, "journalist-one")
    assert not journalist.page("/").select_one(".site-header .who")
    assert journalist.submit("/", {"body": "Jo said so."}).headers["Location"].startswith("/login")
