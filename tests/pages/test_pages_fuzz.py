"""Any URL, query string or form sent to the pages gets a page or a 4xx, never a server error."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import create_app

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
NUMBERS = st.integers(min_value=-(10**25), max_value=10**25).map(str) | st.sampled_from(["1e20", "NaN", "-0", "0x10"])
VALUES = NUMBERS | st.text(max_size=300)
QUERY = st.dictionaries(st.sampled_from(["page", "q", "speaker", "since", "until", "article", "status", "verdict", "origin",
                                         "kind", "bom", "disputed", "next", "sort"]), VALUES, max_size=4)
FORM = st.dictionaries(st.sampled_from(["body", "title", "url", "published_at", "id", "name", "kind", "aliases", "roles",
                                        "links", "affiliation", "description", "password", "status", "verdict", "note",
                                        "apply_to_appearances"]), VALUES, max_size=6)
PAGE_PATHS = ["/", "/articles", "/articles/{id}", "/reports/disputed", "/reports/disputed.csv", "/registry",
              "/sources/{id}", "/registry/new", "/registry/{id}/edit", "/login", "/review", "/claims", "/claims/{id}",
              "/articles/{id}/delete"]
FORM_PATHS = ["/", "/registry/new", "/registry/{id}/edit", "/articles/{id}/delete", "/login", "/logout",
              "/claims/{id}/review"]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    database = tmp_path_factory.mktemp("fuzz") / "pages.db"
    app = create_app({"TESTING": True, "DATABASE": str(database), "WTF_CSRF_ENABLED": False})
    return app.test_client()


def test_every_page_route_is_fuzzed(client):
    rules = {rule.rule for rule in client.application.url_map.iter_rules() if rule.endpoint.startswith("pages.")}
    fuzzed = {path.replace("{id}", "<id>") for path in PAGE_PATHS + FORM_PATHS}
    assert {rule.replace("<int(max=9223372036854775807):article_id>", "<id>").replace("<source_id>", "<id>")
            .replace("<ref>", "<id>") for rule in rules} <= fuzzed


@FUZZ
@given(path=st.sampled_from(PAGE_PATHS), identifier=VALUES, query=QUERY)
def test_any_page_address_is_a_page_or_a_4xx(client, path, identifier, query):
    # "/", "?" and "#" would end the path segment: escaped, they stay part of the identifier.
    segment = identifier.replace("/", "%2F").replace("?", "%3F").replace("#", "%23")
    response = client.get(path.replace("{id}", segment or "x"), query_string=query)
    assert response.status_code < 500, response.get_data(as_text=True)[:500]


@FUZZ
@given(path=st.sampled_from(FORM_PATHS), identifier=NUMBERS, form=FORM)
def test_any_form_is_a_page_or_a_4xx(client, path, identifier, form):
    response = client.post(path.replace("{id}", identifier), data=form)
    assert response.status_code < 500, response.get_data(as_text=True)[:500]


@pytest.mark.parametrize("path, status", [
    ("/articles?page=99999999999999999999999", 400), ("/articles/99999999999999999999999", 404),
    ("/registry?page=99999999999999999999999", 400), ("/reports/disputed?article=99999999999999999999999", 422),
    ("/reports/disputed?article=1e20", 422), ("/articles?page=1e20", 200),
    ("/articles?q=" + "+".join(f"word{n}" for n in range(20_000)), 200),
])
def test_numbers_out_of_range_are_refused_with_a_page(client, path, status):
    response = client.get(path)
    assert (response.status_code, response.mimetype) == (status, "text/html")
