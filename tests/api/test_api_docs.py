"""The OpenAPI document covers every API route, and the docs page works without the network."""
import re
from pathlib import Path

CONVERTER = re.compile(r"<(?:[^>]*:)?(\w+)>")


def api_routes(app):
    """(path in OpenAPI form, method) for every /api/v1 route the app serves, the docs' own excluded, and /healthz."""
    for rule in app.url_map.iter_rules():
        if (rule.rule.startswith("/api/v1/") or rule.rule == "/healthz") \
                and not rule.rule.startswith(("/api/v1/docs", "/api/v1/openapi.json")):
            for method in rule.methods - {"HEAD", "OPTIONS"}:
                yield CONVERTER.sub(r"{\1}", rule.rule), method.lower()


def test_every_api_route_is_documented(app, client):
    spec = client.get("/api/v1/openapi.json").get_json()
    documented = {(path, method) for path, operations in spec["paths"].items() for method in operations if method != "parameters"}
    assert documented == set(api_routes(app))


def test_errors_are_documented_as_problem_json(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    assert spec["openapi"].startswith("3.")
    assert set(spec["components"]["responses"]["NOT_FOUND"]["content"]) == {"application/problem+json"}
    assert spec["components"]["securitySchemes"]["ApiKey"] == {"type": "apiKey", "in": "header", "name": "X-API-Key"}


def test_docs_page_loads_swagger_ui_from_the_app(client):
    page = client.get("/api/v1/docs").get_data(as_text=True)
    assert "/api/v1/docs/assets/swagger-ui-bundle.js" in page and "/api/v1/openapi.json" in page
    assert client.get("/api/v1/docs/assets/swagger-ui-bundle.js").status_code == 200


def test_readme_documents_every_api_endpoint(app):
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    missing = {path for path, _ in api_routes(app) if re.sub(r"\{\w+\}", "{id}", path) not in readme}
    assert not missing
