"""The OpenAPI 3 document and its browsable docs: flask-smorest, problem+json errors, API-key security."""
import json
from http import HTTPStatus
from pathlib import Path

from apispec import BasePlugin
from flask import Blueprint, Flask, send_from_directory
from flask_smorest import Api
from marshmallow import fields, validate
from swagger_ui_bundle import swagger_ui_path

from factcheck.api import descriptions
from factcheck.api.conditional import ConditionalRequestsPlugin
from factcheck.api.export_schemas import SCHEMAS as EXPORT_SCHEMAS
from factcheck.api.schemas import ProblemSchema, UtcDateTime, not_blank
from factcheck.errors import PROBLEM_MIMETYPE
from factcheck.public_url import API_PREFIX
from factcheck.schemas import SpanField
from sources import records

PREFIX = API_PREFIX
# The examples of a real run, written by `python -m factcheck.api.examples`.
EXAMPLES_FILE = Path(__file__).with_name("examples.json")
EXAMPLES = json.loads(EXAMPLES_FILE.read_text(encoding="utf-8"))
LINK_HEADER = {"Link": {"schema": {"type": "string"}, "description": 'The next page: <URL>; rel="next" (absent on the last).'}}
API_KEY_SCHEME = {"type": "apiKey", "in": "header", "name": "X-API-Key"}
NOT_BLANK = {not_blank, records.not_blank}
# A character that is not a space in Python's sense (str.strip), which counts \x1c-\x1f and \x85 as spaces too.
NOT_BLANK_PATTERN = r"[^\s\x1c-\x1f\x85]"
# The registry's dates as documented: a year, a month or a day (iso_date also reads full date-times).
ISO_DATE_PATTERN = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|1\d|2[0-8]))?)?$"
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


def problem_response(description: str, status: int = 422) -> dict:
    """An error response: problem+json, with the example of a real one of this status where there is one."""
    content = {"schema": ProblemSchema}
    if str(status) in EXAMPLES["problems"]:
        content["example"] = EXAMPLES["problems"][str(status)]
    return {"description": description, "content": {PROBLEM_MIMETYPE: content}}


def scheme_pattern(schemes) -> str:
    """A pattern for URLs of these schemes, in any case (http, HTTP): ECMA regexes have no case flag."""
    either_case = ("".join(f"[{c.lower()}{c.upper()}]" for c in scheme) for scheme in sorted(schemes))
    return f"^({'|'.join(either_case)})://"


def documented_checks(converter, field, ret: dict, **kwargs) -> dict:
    """What the schemas check that apispec does not document on its own: a span is [start, end], text that
    must not be blank has a non-space character, a URL is a `uri`, a registry date is ISO 8601."""
    if isinstance(field, SpanField):
        return {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2}
    found = {}
    if isinstance(field, fields.Url):
        found["format"] = "uri"
        [url_check] = (check for check in field.validators if isinstance(check, validate.URL))
        found["pattern"] = scheme_pattern(url_check.schemes)
    if NOT_BLANK & set(field.validators):
        found["minLength"] = 1
        found["pattern"] = ret.get("pattern", NOT_BLANK_PATTERN)
    if records.iso_date in field.validators:
        found["pattern"] = ISO_DATE_PATTERN
    return found


class DocumentedOperations(BasePlugin):
    """apispec plugin: an operationId for every operation (its view's endpoint: articles_show), a description for
    every path parameter, and the examples of a real run (`factcheck.api.examples`) for requests and responses."""

    def path_helper(self, path=None, operations=None, parameters=None, **kwargs):
        for parameter in parameters or ():
            if parameter.get("in") == "path":
                parameter.setdefault("description", descriptions.PATH_PARAMETERS[parameter["name"]])

    def operation_helper(self, path=None, operations=None, rule=None, **kwargs):
        for operation in (operations or {}).values():
            operation.setdefault("operationId", rule.endpoint.replace(".", "_"))
            recorded = EXAMPLES["operations"].get(operation["operationId"], {"request": {}, "responses": {}})
            for media, content in operation.get("requestBody", {}).get("content", {}).items():
                if media in recorded["request"]:
                    content["example"] = recorded["request"][media]
            for status, response in operation.get("responses", {}).items():
                if not isinstance(response, dict):  # an error: a component response, named
                    continue
                for media, content in response.get("content", {}).items():
                    example = recorded["responses"].get(str(status), {}).get(media, {})
                    if "examples" in example:
                        content["examples"] = {name: {"value": value} for name, value in example["examples"].items()}
                    elif "value" in example:
                        content["example"] = example["value"]


class ProblemApi(Api):
    """flask-smorest's Api, documenting every error response as application/problem+json."""

    ERROR_SCHEMA = ProblemSchema

    def _register_responses(self):
        for status in HTTPStatus:
            if status >= 400:
                self.spec.components.response(status.name, problem_response(status.phrase, status), lazy=True)
        self.spec.components.response(self.DEFAULT_ERROR_RESPONSE_NAME, problem_response("Any error"), lazy=True)


def create_api(app: Flask) -> ProblemApi:
    """The app's Api, ready for resource blueprints; its server is the app's PUBLIC_URL."""
    for name, value in SETTINGS.items():
        app.config.setdefault(name, value)
    servers = [{"url": app.config["PUBLIC_URL"], "description": "This service (FACTCHECK_PUBLIC_URL)."}]
    app.config["API_SPEC_OPTIONS"] = {**app.config["API_SPEC_OPTIONS"], "servers": servers}
    api = ProblemApi(app, spec_kwargs={"extra_plugins": [DocumentedOperations(), ConditionalRequestsPlugin()]})
    # A request's date-time takes more forms than RFC 3339's `date-time`: its pattern says which.
    api.register_field(UtcDateTime, "string", None)
    api.ma_plugin.converter.add_attribute_function(documented_checks)
    api.ma_plugin.converter.add_attribute_function(descriptions.description)
    for name, schema in EXPORT_SCHEMAS.items():
        api.spec.components.schema(name, schema)
    app.register_blueprint(docs_assets)
    return api


def errors(blp, *statuses: int):
    """Document these error statuses (problem+json) on a view of `blp`."""

    def document(view):
        for status in statuses:
            view = blp.alt_response(status, response=HTTPStatus(status).name)(view)
        return view

    return document
