"""The article in a POST /articles: JSON, a .txt/.html upload, or a raw text/plain or text/html body."""
import hashlib
import json

from flask import g, request
from marshmallow import Schema, ValidationError
from werkzeug.datastructures import FileStorage
from werkzeug.exceptions import UnsupportedMediaType

from factcheck.api.bodies import JSON_TYPE, load, parsed_json
from factcheck.api.schemas import ArticleFormMetadataSchema, ArticleInSchema
from factcheck.storage import IdempotencyKey
from factcheck.uploads import TEXT_TYPES, article_upload, media_type_of

UPLOAD_TYPE = "multipart/form-data"
MEDIA_TYPES = (JSON_TYPE, UPLOAD_TYPE, *TEXT_TYPES)
IDEMPOTENCY_HEADER = "Idempotency-Key"
MAX_IDEMPOTENCY_KEY = 255

article_in = ArticleInSchema()
article_metadata = ArticleFormMetadataSchema()


def upload_media_type(upload: FileStorage) -> str:
    """text/plain or text/html, from the file name's extension, else the part's declared type; 415 otherwise."""
    media_type = media_type_of(upload.filename, upload.mimetype)
    if media_type is None:
        raise UnsupportedMediaType("Upload a .txt or .html file.")
    return media_type


def uploaded_fields() -> dict:
    upload = request.files.get("file")
    if upload is None:
        raise ValidationError({"files": {"file": ["Missing data for required field."]}})
    # HTML forms send empty strings for fields left blank.
    metadata = load(article_metadata, {k: v for k, v in request.form.items() if v}, "form")
    # What the client says of the article comes before what an HTML page says of itself.
    upload_fields = article_upload(upload.read(), upload_media_type(upload), upload.mimetype_params.get("charset"))
    return {**upload_fields, **metadata}


def submitted_fields(json_schema: Schema = article_in) -> dict:
    """The article's fields, validated (JSON with `json_schema`); 400 for malformed JSON, 415 for another media type,
    422 if invalid."""
    if request.mimetype == JSON_TYPE:
        return load(json_schema, parsed_json(), "json")
    if request.mimetype == UPLOAD_TYPE:
        return uploaded_fields()
    if request.mimetype in TEXT_TYPES:
        return article_upload(request.get_data(), request.mimetype, request.mimetype_params.get("charset"))
    raise UnsupportedMediaType(f"Send the article as one of: {', '.join(MEDIA_TYPES)}.")


def idempotency_key(fields: dict) -> IdempotencyKey | None:
    """The request's Idempotency-Key for the calling API key, with a hash of the submitted fields."""
    key = request.headers.get(IDEMPOTENCY_HEADER)
    if key is None:
        return None
    if not key.strip() or len(key) > MAX_IDEMPOTENCY_KEY:
        raise ValidationError({"headers": {IDEMPOTENCY_HEADER: [f"Must be 1 to {MAX_IDEMPOTENCY_KEY} characters."]}})
    request_hash = hashlib.sha256(json.dumps(fields, sort_keys=True).encode("utf-8")).hexdigest()
    return IdempotencyKey(owner=str(g.api_key["id"]), key=key, request_hash=request_hash)
