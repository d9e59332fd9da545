"""The OpenAPI document is complete and valid: the OpenAPI 3 specification's own validator passes; every field and
parameter is described; every operation has an operationId; every request and response has an example from a
real run (`python -m factcheck.api.examples`) that matches its schema."""
import pytest
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate

from factcheck import create_app

METHODS = ("get", "post", "put", "patch", "delete")


@pytest.fixture
def spec(tmp_path) -> dict:
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "doc.db"), "PUBLIC_URL": "https://facts.example.org"})
    return app.test_client().get("/api/v1/openapi.json").get_json()


def operations(spec):
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield f"{method.upper()} {path}", item[method]


def properties(schema: dict, where: str):
    """(where, property) for every property of `schema`, nested ones included."""
    for name, prop in (schema.get("properties") or {}).items():
        yield f"{where}.{name}", prop
        yield from properties(prop, f"{where}.{name}")
        yield from properties(prop.get("items") or {}, f"{where}.{name}[]")


def test_the_openapi_specification_s_validator_passes(spec):
    validate(spec)


def test_every_field_and_parameter_is_described(spec):
    fields = [(where, prop) for name, schema in spec["components"]["schemas"].items() for where, prop in properties(schema, name)]
    assert len(fields) > 250
    assert [where for where, prop in fields if "$ref" not in prop and not prop.get("description")] == []
    parameters = [(label, parameter) for label, operation in operations(spec) for parameter in operation.get("parameters", [])]
    parameters += [(path, parameter) for path, item in spec["paths"].items() for parameter in item.get("parameters", [])]
    assert [f"{label} {parameter['name']}" for label, parameter in parameters if not parameter.get("description")] == []


def test_every_operation_has_an_operation_id_and_the_server_is_the_public_url(spec):
    ids = [operation.get("operationId") for _, operation in operations(spec)]
    assert None not in ids and len(set(ids)) == len(ids)
    assert {"articles_create", "batches_create", "webhooks_deliveries", "health_healthz"} <= set(ids)
    assert [server["url"] for server in spec["servers"]] == ["https://facts.example.org"]


def test_stance_and_the_other_closed_sets_are_enums(spec):
    schemas = spec["components"]["schemas"]
    assert schemas["StoredClaim"]["properties"]["stance"]["enum"] == ["denial", None]
    assert schemas["StoredProvenance"]["properties"]["status"]["enum"][:2] == ["verbatim", "altered"]
    assert schemas["Batch"]["properties"]["status"]["enum"] == ["queued", "running", "done", "failed"]


def examples_of(content: dict) -> list:
    if "example" in content:
        return [content["example"]]
    return [example["value"] for example in content.get("examples", {}).values()]


def resolved(spec: dict, response: dict) -> dict:
    if "$ref" in response:
        return spec["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    return response


def documented_examples(spec):
    """(where, schema, examples) for every request body and every response with a body."""
    for label, operation in operations(spec):
        for media, content in operation.get("requestBody", {}).get("content", {}).items():
            yield f"{label} request {media}", content["schema"], examples_of(content)
        for status, response in operation["responses"].items():
            for media, content in resolved(spec, response).get("content", {}).items():
                yield f"{label} {status} {media}", content["schema"], examples_of(content)


def test_every_request_and_response_has_an_example(spec):
    documented = list(documented_examples(spec))
    assert len(documented) > 100
    assert [where for where, _, examples in documented if not examples] == []


def test_every_example_matches_its_schema(spec):
    checked = 0
    for where, schema, examples in documented_examples(spec):
        if schema.get("format") == "binary" or media_of(where) == "multipart/form-data":
            continue  # an upload's file is bytes: its example is the file's text
        validator = OAS30Validator({**schema, "components": spec["components"]})
        for example in examples:
            errors = [error.message for error in validator.iter_errors(example)]
            assert errors == [], where
            checked += 1
    assert checked > 100


def media_of(where: str) -> str:
    return where.rsplit(" ", 1)[1]


def test_every_write_documents_the_503_of_a_database_busy_with_other_writes(spec):
    writes = [(label, operation) for label, operation in operations(spec) if not label.startswith("GET ")]
    assert len(writes) >= 10
    assert [label for label, operation in writes if "503" not in operation["responses"]] == []
    busy = resolved(spec, spec["paths"]["/api/v1/articles"]["post"]["responses"]["503"])
    assert busy["content"]["application/problem+json"]["example"]["status"] == 503
