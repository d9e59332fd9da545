"""Steps for features/journalist/log_in.feature: logging in and out, and what each role may change."""
from bs4 import BeautifulSoup
from pytest_bdd import given, parsers, scenarios, then, when

from factcheck import accounts, storage
from factcheck.db import connect

scenarios("journalist/log_in.feature")

ARTICLE = "The ferry timetable will change in spring, the operator said."


@given(parsers.parse('the newsroom has the journalist "{name}" with the password "{password}"'))
def newsroom_journalist(app, name, password):
    with connect(app.config["DATABASE"]) as db:
        accounts.create_user(db, name, "journalist", password)


@given(parsers.parse('I log in as "{name}" with the password "{password}"'), target_fixture="result")
@when(parsers.parse('I log in as "{name}" with the password "{password}"'), target_fixture="result")
def log_in(browser, name, password):
    response = browser.submit("/login", {"name": name, "password": password})
    if response.status_code == 302:
        return browser.page(response.headers["Location"])
    return BeautifulSoup(response.text, "html.parser")


@given(parsers.parse('an admin has disabled "{name}"'))
def disabled(app, name):
    with connect(app.config["DATABASE"]) as db:
        accounts.disable_user(db, name)


@given("an article has been checked", target_fixture="article_id")
def an_article(store_article):
    return store_article(ARTICLE, [], title="Ferry timetable")


@when(parsers.parse('I submit the article "{body}" without logging in'), target_fixture="response")
def anonymous_submit(browser, body):
    return browser.submit("/", {"body": body})


@when("I try to delete it", target_fixture="response")
def delete(browser, article_id):
    return browser.submit(f"/articles/{article_id}/delete", {}, form_page="/")


@when("I log out")
def log_out(browser):
    assert browser.submit("/logout", {}, form_page="/").status_code == 302


@then(parsers.parse('the pages say I am logged in as "{name}", a {role}'))
def logged_in_as(result, name, role):
    assert " ".join(result.select_one(".site-header .who").text.split()) == f"{name} {role}"


@then("the pages say no one is logged in")
def no_one(browser):
    header = browser.page("/").select_one(".site-header .account")
    assert not header.select(".who") and header.select_one("a").text == "Log in"


@then(parsers.parse('I can check the article "{body}"'))
def can_check(browser, body):
    response = browser.submit("/", {"body": body})
    assert response.status_code == 302
    assert browser.page(response.headers["Location"]).select_one("#article-text").text == body


@then("I cannot submit an article")
def cannot_submit(browser):
    page = browser.page("/")
    assert not page.select("main button[type=submit]")
    assert page.select_one("main .actions a")["href"].startswith("/login")
    assert browser.submit("/", {"body": ARTICLE}).headers["Location"].startswith("/login")


@then("I am sent to the login page")
def sent_to_login(browser, response):
    assert response.status_code == 302
    assert response.headers["Location"] == "/login?next=/"
    assert browser.page(response.headers["Location"]).select_one("input[name=password]")


@then("no article has been stored")
def nothing_stored(app):
    with connect(app.config["DATABASE"]) as db:
        assert storage.list_articles(db).total == 0


@then("I am told the name or the password is wrong")
def wrong_password(result):
    assert result.select_one(".field-errors").text == "The name or the password is wrong, or the account is disabled."


@then(parsers.parse("the deletion is {outcome}"))
def deletion(browser, article_id, response, outcome):
    if outcome == "done":
        assert response.status_code == 302
        browser.page(f"/articles/{article_id}", status=404)
    else:
        assert response.status_code == 403
        assert "needs the admin role" in response.text
        browser.page(f"/articles/{article_id}")
