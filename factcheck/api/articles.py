"""/api/v1/articles: submit (JSON or upload, idempotent with Idempotency-Key), list, fetch, export, delete."""
from flask import Response, current_app, jsonify
from flask_smorest import Blueprint

from factcheck import storage
from factcheck.api.article_request import (
    IDEMPOTENCY_HEADER, MAX_IDEMPOTENCY_KEY, TEXT_TYPES, UPLOAD_TYPE, idempotency_key, submitted_fields,
)
from factcheck.api.bodies import JSON_TYPE
from factcheck.api.listing import listed
from factcheck.api.openapi import LINK_HEADER, NOT_BLANK_PATTERN, PREFIX, errors
from factcheck.api.schemas import (
    ArticleFormatArgsSchema, ArticleInSchema, ArticleListArgsSchema, ArticleListSchema, ArticleSchema,
    ArticleUploadSchema,
)
from factcheck.db import get_db
from factcheck.paging import MAX_ID
from factcheck.public_url import external_url_for, public_url
from factcheck.exports.claimreview import claimreview
from factcheck.exports.prov import MEDIA_TYPE as PROV_MEDIA_TYPE, Analysis, prov_document
from factcheck.submission import submit_article

blp = Blueprint("articles", __name__, url_prefix=f"{PREFIX}/articles", description="News articles and their claims.")
ID = f"<int(max={MAX_ID}):article_id>"
JSON_LD_TYPE = "application/ld+json"
EXPORT_DOC = {
    "responses": {200: {"description": "The article (format=json), its PROV-JSON (format=prov) or its ClaimReview "
                                       "JSON-LD (format=claimreview).", "content": {
        JSON_TYPE: {"schema": {"oneOf": [{"$ref": "#/components/schemas/Article"},
                                         {"$ref": "#/components/schemas/ProvDocument"}]}},
        JSON_LD_TYPE: {"schema": {"$ref": "#/components/schemas/ClaimReviewDocument"}},
    }}},
}
IDEMPOTENCY_DOC = {"parameters": [{
    "in": "header", "name": IDEMPOTENCY_HEADER, "required": False,
    "schema": {"type": "string", "minLength": 1, "maxLength": MAX_IDEMPOTENCY_KEY, "pattern": NOT_BLANK_PATTERN},
    "description": "Makes retries safe: the same key with the same article returns the stored result; "
                   "with another article it is a 422.",
}]}
# Text: UTF-8 with a character that is not a space, and no NUL (which marks binary data).
TEXT_BODY = {"type": "string", "minLength": 1, "pattern": r"^[^\x00]*[^\s\x00\x1c-\x1f\x85][^\x00]*$",
             "description": "The article as UTF-8 text; HTML is reduced to its article text, and must hold some."}
ARTICLE_BODY_DOC = {"requestBody": {"required": True, "content": {
    JSON_TYPE: {"schema": ArticleInSchema},
    # The allowed upload types: a .txt or .html file (by name, else by the part's Content-Type), UTF-8.
    UPLOAD_TYPE: {"schema": ArticleUploadSchema, "encoding": {"file": {"contentType": ", ".join(TEXT_TYPES)}}},
    **{media: {"schema": TEXT_BODY} for media in TEXT_TYPES},
}}}
article_schema = ArticleSchema()


@blp.post("")
@blp.doc(**ARTICLE_BODY_DOC, **IDEMPOTENCY_DOC, security=[{"ApiKey": []}])
@blp.response(201, ArticleSchema, headers={"Location": {"schema": {"type": "string"}}})
@errors(blp, 400, 401, 413, 415, 422, 429)
def create():
    """Analyse an article and store it with its claims."""
    fields = submitted_fields()
    key = idempotency_key(fields)
    replayed = key and storage.replay(get_db(), key)
    if replayed:
        replayed.pop("statements")
        return replayed, {"Location": external_url_for(".show", article_id=replayed["id"])}
    submitted = submit_article(fields, key)
    # Answered as the worker encoded it: the claims are not dumped a second time.
    return Response(submitted.answer, 201, mimetype=JSON_TYPE), \
        {"Location": external_url_for(".show", article_id=submitted.id)}


@blp.get("")
@blp.arguments(ArticleListArgsSchema, location="query")
@blp.response(200, ArticleListSchema, headers=LINK_HEADER)
@errors(blp, 400, 422, 429)
def index(args):
    """Articles in `sort` order (newest first), a page at a time from `cursor`; `q` searches titles and text."""
    db, order, q = get_db(), storage.ARTICLE_ORDERS[args["sort"]], args.get("q")
    if "page" in args:
        return listed(storage.list_articles(db, q, args["page"], args["page_size"], order))
    return listed(storage.walk_articles(db, q, order, args.get("cursor"), args["page_size"]))


@blp.get(f"/{ID}")
@blp.arguments(ArticleFormatArgsSchema, location="query")
@blp.doc(**EXPORT_DOC)
@errors(blp, 400, 404, 429)
def show(args, article_id):
    """An article with its claims, or its ClaimReview (format=claimreview) or PROV-JSON (format=prov) export."""
    article = storage.get_article(get_db(), article_id)
    if args["format"] == "claimreview":
        response = jsonify(claimreview(article, external_url_for(".show", article_id=article_id)))
        response.mimetype = JSON_LD_TYPE
        return response
    if args["format"] == "prov":
        config = current_app.config
        analysis = Analysis(storage.software_version(get_db(), article_id), config["ORGANISATION_NAME"],
                            config["ORGANISATION_URL"])
        response = jsonify(prov_document(article, public_url(f"{PREFIX}/"), analysis))
        response.headers["Content-Type"] = PROV_MEDIA_TYPE
        return response
    if not args["statements"]:
        article.pop("statements")
    return jsonify(article_schema.dump(article))


@blp.delete(f"/{ID}")
@blp.doc(security=[{"ApiKey": []}])
@blp.response(204)
@errors(blp, 401, 404, 429)
def delete(article_id):
    """Delete an article with its claims."""
    storage.delete_article(get_db(), article_id)
