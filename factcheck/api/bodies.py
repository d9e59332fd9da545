"""Request bodies: 415 for an unexpected media type, 400 for malformed JSON, 422 for invalid fields."""
import json

from flask import request
from marshmallow import Schema, ValidationError
from werkzeug.exceptions import BadRequest, UnsupportedMediaType

JSON_TYPE = "application/json"


def load(schema: Schema, data, location: str):
    """`schema.load(data)`, its messages filed under `location` ("json", "form", …) as webargs files them."""
    try:
        return schema.load(data)
    except ValidationError as exc:
        raise ValidationError({location: exc.messages}) from None


def parsed_json():
    """The request's JSON document; 400, saying why, when it cannot be parsed: malformed, not UTF-8, a number
    of more digits than Python converts (4,300), or nested too deeply."""
    try:
        return json.loads(request.get_data())
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError and the int-digit limit alike
        raise BadRequest(f"The body is not valid JSON: {exc}.") from None
    except RecursionError:
        raise BadRequest("The JSON is nested too deeply.") from None


def json_document():
    """The request's JSON document; 415 unless it is sent as JSON."""
    if request.mimetype != JSON_TYPE:
        raise UnsupportedMediaType(f"Send {JSON_TYPE}.")
    return parsed_json()


def json_body(schema: Schema):
    """The request's JSON body loaded with `schema`."""
    return load(schema, json_document(), "json")


def body_doc(content: dict) -> dict:
    """OpenAPI for a required request body: {media type: schema class}."""
    return {"requestBody": {"required": True, "content": {media: {"schema": schema} for media, schema in content.items()}}}
