"""Contract: fuzzed requests to every documented operation get documented responses, and never a 500.

schemathesis generates valid and invalid requests from the OpenAPI document and checks each response
(status code, content type, headers and body) against it, every check on: valid requests are accepted,
invalid ones refused. Examples are few so `make test` stays quick.
"""
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from benchmarks.probe.contract import generable, with_documented_rules
from factcheck import create_app
from sources.demo import load_demo

EXAMPLES_PER_OPERATION = 25
# Speakers and a quote of the demo registry, so stored claims carry sources, provenance and disputes.
MATCHED_ARTICLE = (
    'President Trump said he had discussed "a 700% tariff on rice," a figure Tokyo disputes.\n\n'
    '"A Great Honor to have just met with the Japanese Delegation on Trade. Big Progress!" Trump said.'
)


@pytest.fixture
def app(tmp_path):
    return create_app({"TESTING": True, "DATABASE": str(tmp_path / "contract.db"), "RATE_LIMIT": "100000 per minute"})


def operations(app):
    schema = with_documented_rules(schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app))
    return [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_api_conforms_to_its_openapi_document(app, client, db, auth, store_article, mode):
    load_demo(db)
    store_article("Stored", [("Ann Lee", "the bridge is safe", "City Hall")])
    assert client.post("/api/v1/articles", json={"body": MATCHED_ARTICLE}, headers=auth).status_code == 201
    documented = operations(app)
    assert len(documented) >= 6
    for operation in (operation for operation in documented if generable(operation, mode, auth)):

        @given(case=operation.as_strategy(generation_mode=mode, headers=auth))
        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def conforms(case):
            case.call_and_validate(headers=auth)

        conforms()
