"""The OpenAPI 3 document and its browsable docs: flask-smorest, problem+json errors, API-key security."""
from http import HTTPStatus

from flask import Blueprint, Flask, send_from_directory
from flask_smorest import Api
from swagger_ui_bundle import swagger_ui_path

from factcheck.api.schemas import ProblemSchema
from factcheck.errors import PROBLEM_MIMETYPE
from factcheck.schemas import SpanField

PREFIX = "/api/v1"
API_KEY_SCHEME = {"type": "apiKey", "in": "header", "name": "X-API-Key"}
SETTINGS = {
    "API_TITLE": "factcheck",
    "API_VERSION": "v1",
    "OPENAPI_VERSION": "3.0.3",
    "OPENAPI_URL_PREFIX": PREFIX,
    "OPENAPI_JSON_PATH": "openapi.json",
    "OPENAPI_SWAGGER_UI_PATH": "docs",
    # Swagger UI's files come from the swagger-ui-bundle package: the docs work offline.
    "OPENAPI_SWAGGER_UI_URL": f"{PREFIX}/docs/assets/",
    "API_SPEC_OPTIONS": {
        "info": {"description": "Claims, their speakers and disputes in news articles. Writes need an X-API-Key."},
        "components": {"securitySchemes": {"ApiKey": API_KEY_SCHEME}},
    },
}
docs_assets = Blueprint("api_docs_assets", __name__)


@docs_assets.get(f"{PREFIX}/docs/assets/<path:filename>")
def docs_asset(filename):
    return send_from_directory(swagger_ui_path, filename)


def problem_response(description: str) -> dict:
    return {"description": description, "content": {PROBLEM_MIMETYPE: {"schema": ProblemSchema}}}


def span_properties(converter, field, **kwargs) -> dict:
    """A span is documented as [start, end]."""
    if isinstance(field, SpanField):
        return {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2}
    return {}


class ProblemApi(Api):
    """flask-smorest's Api, documenting every error response as application/problem+json."""

    ERROR_SCHEMA = ProblemSchema

    def _register_responses(self):
        for status in HTTPStatus:
            if status >= 400:
                self.spec.components.response(status.name, problem_response(status.phrase), lazy=True)
        self.spec.components.response(self.DEFAULT_ERROR_RESPONSE_NAME, problem_response("Any error"), lazy=True)


def create_api(app: Flask) -> ProblemApi:
    """The app's Api, ready for resource blueprints."""
    for name, value in SETTINGS.items():
        app.config.setdefault(name, value)
    api = ProblemApi(app)
    api.ma_plugin.converter.add_attribute_function(span_properties)
    app.register_blueprint(docs_assets)
    return api


def errors(blp, *statuses: int):
    """Document these error statuses (problem+json) on a view of `blp`."""

    def document(view):
        for status in statuses:
            view = blp.alt_response(status, response=HTTPStatus(status).name)(view)
        return view

    return document
