"""The article in a POST /articles: JSON, a .txt/.html upload, or a raw text/plain or text/html body."""
import hashlib
import json

from flask import g, request
from marshmallow import ValidationError
from werkzeug.datastructures import FileStorage
from werkzeug.exceptions import UnsupportedMediaType

from factcheck.api.bodies import JSON_TYPE, load, parsed_json
from factcheck.api.schemas import ArticleInSchema, ArticleMetadataSchema
from factcheck.article_input import decode_article
from factcheck.html_text import html_to_text
from factcheck.storage import IdempotencyKey

UPLOAD_TYPE = "multipart/form-data"
TEXT_TYPES = ("text/plain", "text/html")
MEDIA_TYPES = (JSON_TYPE, UPLOAD_TYPE, *TEXT_TYPES)
UPLOAD_KINDS = {".txt": "text/plain", ".text": "text/plain", ".html": "text/html", ".htm": "text/html"}
IDEMPOTENCY_HEADER = "Idempotency-Key"
MAX_IDEMPOTENCY_KEY = 255

article_in = ArticleInSchema()
article_metadata = ArticleMetadataSchema()


def article_text(data: bytes, media_type: str) -> str:
    """Decoded UTF-8 text; an HTML page reduced to its article text."""
    text = decode_article(data)
    return html_to_text(text) if media_type == "text/html" else text


def upload_media_type(upload: FileStorage) -> str:
    """text/plain or text/html, from the file name's extension, else the part's declared type."""
    name = (upload.filename or "").lower()
    extension = name[name.rfind("."):] if "." in name else ""
    media_type = UPLOAD_KINDS.get(extension) or upload.mimetype
    if media_type not in TEXT_TYPES:
        raise UnsupportedMediaType("Upload a .txt or .html file.")
    return media_type


def uploaded_fields() -> dict:
    upload = request.files.get("file")
    if upload is None:
        raise ValidationError({"files": {"file": ["Missing data for required field."]}})
    # HTML forms send empty strings for fields left blank.
    metadata = load(article_metadata, {k: v for k, v in request.form.items() if v}, "form")
    return {**metadata, "body": article_text(upload.read(), upload_media_type(upload))}


def submitted_fields() -> dict:
    """The article's fields, validated; 400 for malformed JSON, 415 for another media type, 422 if invalid."""
    if request.mimetype == JSON_TYPE:
        return load(article_in, parsed_json(), "json")
    if request.mimetype == UPLOAD_TYPE:
        return uploaded_fields()
    if request.mimetype in TEXT_TYPES:
        return {"body": article_text(request.get_data(), request.mimetype)}
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
