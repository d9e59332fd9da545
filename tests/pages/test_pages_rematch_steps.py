"""Steps for features/admin/rematch.feature: a registry edit re-matches the stored articles after its response."""
from pytest_bdd import given, parsers, scenarios, then, when

from factcheck import rematch
from factcheck.db import get_db

scenarios("admin/rematch.feature")


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
    response.close()  # as the WSGI server does once the response is sent: the re-matching follows


@when("the stored articles have been matched again")
def matched_again(app):
    with app.app_context():
        run = rematch.latest_run(get_db())
    assert run and run["finished_at"], run


@then(parsers.parse('the source page of "{name}" lists {count:d} claims'))
def source_claims(browser, name, count):
    page = browser.page(f"/sources/{name.lower().replace(' ', '-')}")
    assert len(page.select("#claims tbody tr")) == count, page.select_one("main").text[:2000]


@then(parsers.parse("the registry page says {done:d} of {total:d} stored articles were matched again"))
def registry_progress(browser, done, total):
    status = " ".join(browser.page("/registry").select_one("#rematch").text.split())
    assert status.startswith(f"Stored articles were matched again after the last registry change: {done} of {total}")
