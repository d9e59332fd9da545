"""/api/v1/batches: many articles at once (a JSON list or JSON Lines), answered 202 at once and analysed by
the worker process (`factcheck worker`); the batch is polled, or announced by the batch.done webhook."""
import json

from flask import g, request
from flask_smorest import Blueprint
from marshmallow import ValidationError, fields, validate
from werkzeug.exceptions import BadRequest, UnsupportedMediaType

from factcheck import batches
from factcheck.api.bodies import JSON_TYPE, parsed_json
from factcheck.api.job_schemas import BatchSchema
from factcheck.api.openapi import PREFIX, errors
from factcheck.api.schemas import ArticleInSchema
from factcheck.db import get_db
from factcheck.paging import MAX_ID
from factcheck.public_url import external_url_for

blp = Blueprint("batches", __name__, url_prefix=f"{PREFIX}/batches",
                description="Batches of articles analysed asynchronously by the worker process.")
ID = f"<int(max={MAX_ID}):batch_id>"
JSON_LINES_TYPES = ("application/jsonl", "application/x-ndjson")
MAX_ITEMS = 1000
articles_field = fields.List(fields.Nested(ArticleInSchema), validate=validate.Length(min=1, max=MAX_ITEMS))
BATCH_BODY_DOC = {"requestBody": {"required": True, "content": {
    JSON_TYPE: {"schema": {"type": "array", "minItems": 1, "maxItems": MAX_ITEMS,
                           "items": {"$ref": "#/components/schemas/ArticleIn"},
                           "description": f"1 to {MAX_ITEMS} articles, as POST /articles takes them."}},
    **{media: {"schema": {"type": "string", "minLength": 1, "description":
                          f"JSON Lines: 1 to {MAX_ITEMS} articles, one JSON object per line (blank lines skipped), "
                          "as POST /articles takes them; UTF-8."}}
       for media in JSON_LINES_TYPES},
}}}


def json_lines(data: bytes) -> list:
    """The JSON documents of a JSON Lines body, blank lines skipped; 400 naming the first line that is not JSON."""
    try:
        lines = data.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        raise BadRequest("The body is not UTF-8.") from None
    documents = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            try:
                documents.append(json.loads(line))
            except ValueError as exc:
                raise BadRequest(f"Line {number} is not valid JSON: {exc}.") from None
            except RecursionError:
                raise BadRequest(f"Line {number} is nested too deeply.") from None
    return documents


def submitted_items() -> list[dict]:
    """The batch's articles, each validated as POST /articles validates one; the whole batch is refused (422,
    errors by item) when one of them is invalid."""
    if request.mimetype == JSON_TYPE:
        documents = parsed_json()
    elif request.mimetype in JSON_LINES_TYPES:
        documents = json_lines(request.get_data())
    else:
        raise UnsupportedMediaType(f"Send the articles as one of: {', '.join((JSON_TYPE, *JSON_LINES_TYPES))}.")
    try:
        return articles_field.deserialize(documents)
    except ValidationError as exc:
        raise ValidationError({"json": exc.messages}) from None


@blp.post("")
@blp.doc(**BATCH_BODY_DOC, security=[{"ApiKey": []}])
@blp.response(202, BatchSchema, headers={"Location": {"schema": {"type": "string", "format": "uri"},
                                                      "description": "The batch's URL."}})
@errors(blp, 400, 401, 413, 415, 422, 429, 503)
def create():
    """Queue articles for analysis outside the request: 202 with the batch, which the worker process then runs."""
    db = get_db()
    batch_id = batches.create_batch(db, g.api_key["id"], submitted_items())
    return batches.get_batch(db, batch_id), {"Location": external_url_for(".show", batch_id=batch_id)}


@blp.get(f"/{ID}")
@blp.response(200, BatchSchema)
@errors(blp, 404, 429)
def show(batch_id):
    """A batch: its status, counts, the articles stored and the errors of those that could not be analysed."""
    return batches.get_batch(get_db(), batch_id)
