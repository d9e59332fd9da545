"""Steps for features/registry/rematch.feature: a registry edit re-matches the stored articles in the background."""
from pytest_bdd import given, parsers, scenarios, then, when

scenarios("registry/rematch.feature")


@given(parsers.parse('these articles were checked before "{name}" was in the registry:'))
def checked_before(logged_in, datatable, name):
    journalist = logged_in("journalist")
    header, *rows = datatable
    for row in rows:
        title, text = row[header.index("title")], row[header.index("text")]
        response = journalist.submit("/", {"title": title, "body": text})
        assert response.status_code == 302
        page = journalist.page(response.headers["Location"])
        assert not page.select("#claims a[href^='/sources/']"), f"{name} was matched before being registered"


@when(parsers.parse('I add "{name}" to the registry'))
def add_source(browser, name):
    response = browser.submit("/registry/new", {"name": name, "kind": "person", "aliases": name.split()[-1]})
    assert response.status_code == 302


@when("the stored articles have been matched again")
def matched_again(app):
    rematcher = app.extensions["rematcher"]
    if rematcher.thread is not None:
        rematcher.thread.join(timeout=120)
    assert rematcher.thread is None or not rematcher.thread.is_alive()


@then(parsers.parse('the source page of "{name}" lists {count:d} claims'))
def source_claims(browser, name, count):
    page = browser.page(f"/sources/{name.lower().replace(' ', '-')}")
    assert len(page.select("#claims tbody tr")) == count, page.select_one("main").text[:2000]


@then(parsers.parse("the registry page says {done:d} of {total:d} stored articles were matched again"))
def registry_progress(browser, done, total):
    status = " ".join(browser.page("/registry").select_one("#rematch").text.split())
    assert status.startswith(f"Stored articles were matched again after the last registry change: {done} of {total}")
