"""Request bodies: 415 for an unexpected media type, 400 for malformed JSON, 422 for invalid fields."""
from flask import request
from marshmallow import Schema, ValidationError
from werkzeug.exceptions import BadRequest, UnsupportedMediaType

JSON_TYPE = "application/json"


def load(schema: Schema, data, location: str, partial: bool = False) -> dict:
    """`schema.load(data)`, its messages filed under `location` ("json", "form", …) as webargs files them."""
    try:
        return schema.load(data, partial=partial)
    except ValidationError as exc:
        raise ValidationError({location: exc.messages}) from None


def parsed_json():
    """The request's JSON document; 400 when it is malformed or nested too deeply to parse."""
    try:
        return request.get_json()
    except RecursionError:
        raise BadRequest("The JSON is nested too deeply.") from None


def json_body(schema: Schema, partial: bool = False) -> dict:
    """The request's JSON body loaded with `schema`."""
    if request.mimetype != JSON_TYPE:
        raise UnsupportedMediaType(f"Send {JSON_TYPE}.")
    return load(schema, parsed_json(), "json", partial)


def body_doc(content: dict) -> dict:
    """OpenAPI for a required request body: {media type: schema class}."""
    return {"requestBody": {"required": True, "content": {media: {"schema": schema} for media, schema in content.items()}}}
