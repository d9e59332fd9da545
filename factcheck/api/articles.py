"""/api/v1/articles: submit (JSON or upload, idempotent with Idempotency-Key), replace (by id, or by the CMS's own id,
created when absent), list, fetch, export, delete; writes may be conditional on the ETag of the article's JSON."""
from functools import partial

from flask import Response, current_app, jsonify
from flask_smorest import Blueprint
from marshmallow import ValidationError

from factcheck import events, storage
from factcheck.api.article_request import (
    IDEMPOTENCY_HEADER, MAX_IDEMPOTENCY_KEY, TEXT_TYPES, UPLOAD_TYPE, idempotency_key, submitted_fields,
)
from factcheck.api.bodies import JSON_TYPE
from factcheck.api.conditional import ETAG, check_precondition, etag_of, is_conditional
from factcheck.api.listing import listed
from factcheck.api.openapi import LINK_HEADER, NOT_BLANK_PATTERN, PREFIX, errors
from factcheck.api.schemas import (
    EXTERNAL_ID_PATTERN, MAX_EXTERNAL_ID, ArticleFormatArgsSchema, ArticleInSchema, ArticleListArgsSchema,
    ArticleListSchema, ArticleSchema, ArticleTextSchema, ArticleUploadSchema,
)
from factcheck.db import get_db
from factcheck.paging import MAX_ID
from factcheck.public_url import external_url_for, public_url
from factcheck.exports.claimreview import claimreview
from factcheck.exports.prov import MEDIA_TYPE as PROV_MEDIA_TYPE, Analysis, prov_document
from factcheck.submission import resubmit_article, submit_article

blp = Blueprint("articles", __name__, url_prefix=f"{PREFIX}/articles", description="News articles and their claims.")
ID = f"<int(max={MAX_ID}):article_id>"
# The CMS's own id: any text (the path converter takes slashes too), its rules checked as the body's external_id.
EXTERNAL_ID = "by-external-id/<path:external_id>"
EXTERNAL_ID_PARAMETER = {"in": "path", "name": "external_id", "description": "The article's id in your CMS, percent-encoded.",
                         "schema": {"type": "string", "minLength": 1, "maxLength": MAX_EXTERNAL_ID,
                                    "pattern": EXTERNAL_ID_PATTERN}}
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
# Text: a character that is not a space, and no NUL (which marks binary data).
TEXT_BODY = {"type": "string", "minLength": 1, "pattern": r"^[^\x00]*[^\s\x00\x1c-\x1f\x85][^\x00]*$",
             "description": "The article as text in the charset its Content-Type declares (charset=…), else (HTML) "
                            "the one its <meta charset> names, else UTF-8; HTML is reduced to its article text, and "
                            "must hold some."}


def article_body_doc(json_schema) -> dict:
    """OpenAPI for an article sent as JSON (with `json_schema`), as an upload or as raw text."""
    return {"requestBody": {"required": True, "content": {
        JSON_TYPE: {"schema": json_schema},
        # The allowed upload types: a .txt or .html file (by name, else by the part's Content-Type).
        UPLOAD_TYPE: {"schema": ArticleUploadSchema, "encoding": {"file": {"contentType": ", ".join(TEXT_TYPES)}}},
        **{media: {"schema": TEXT_BODY} for media in TEXT_TYPES},
    }}}


ARTICLE_BODY_DOC = article_body_doc(ArticleInSchema)
LOCATION = {"Location": {"schema": {"type": "string"}, "description": "The article's absolute URL."}}
article_schema = ArticleSchema()
article_text_in = ArticleTextSchema()
external_id_field = ArticleInSchema().fields["external_id"]


def article_response(article: dict) -> Response:
    """The article's JSON without the publication's statements (what GET /articles/{id} answers), with its ETag."""
    response = jsonify(article_schema.dump({name: value for name, value in article.items() if name != "statements"}))
    response.add_etag()
    return response


def created(article: dict) -> tuple[Response, int, dict]:
    return article_response(article), 201, {"Location": external_url_for(".show", article_id=article["id"])}


def expected_revision(article: dict | None) -> int | None:
    """The revision a write may replace: 412 when the request's If-Match or If-None-Match rule out the stored `article`
    (None: there is none); ANY_REVISION for a request without them. Checked after the body, so that a bad request
    is told what is wrong with it first."""
    if not is_conditional():
        return storage.ANY_REVISION
    check_precondition(article and etag_of(article_response(article)))
    return article and article["revision"]


def check_external_id(external_id: str) -> None:
    """422 for an external id in the path that the body's external_id would not accept."""
    try:
        external_id_field.deserialize(external_id)
    except ValidationError as exc:
        raise ValidationError({"path": {"external_id": exc.messages}}) from None


@blp.post("")
@blp.doc(**ARTICLE_BODY_DOC, **IDEMPOTENCY_DOC, security=[{"ApiKey": []}])
@blp.response(201, ArticleSchema, headers=LOCATION)
@errors(blp, 400, 401, 409, 413, 415, 422, 429, 503)
def create():
    """Analyse an article and store it with its claims; 409 when its external_id is taken (PUT it by that id instead)."""
    fields = submitted_fields()
    key = idempotency_key(fields)
    external_id = fields.pop("external_id", None)
    replayed = key and storage.replay(get_db(), key)
    if replayed:
        replayed.pop("statements")
        return replayed, {"Location": external_url_for(".show", article_id=replayed["id"])}
    submitted = submit_article(fields, key, external_id)
    # Answered as the worker encoded it: the claims are not dumped a second time.
    return Response(submitted.answer, 201, mimetype=JSON_TYPE), \
        {"Location": external_url_for(".show", article_id=submitted.id)}


@blp.put(f"/{EXTERNAL_ID}", parameters=[EXTERNAL_ID_PARAMETER])
@blp.doc(**article_body_doc(ArticleTextSchema), security=[{"ApiKey": []}])
@blp.response(200, ArticleSchema, headers={"ETag": ETAG})
@blp.alt_response(201, schema=ArticleSchema, headers={**LOCATION, "ETag": ETAG},
                  description="Created: no article had this external id.")
@errors(blp, 400, 401, 404, 409, 413, 415, 422, 429, 503)
def put_by_external_id(external_id):
    """Store the article under your CMS's id for it: created (201) when no article has it, else analysed again and
    replaced (200) as PUT /articles/{id} does. An article sent before without an external id is found by its url."""
    check_external_id(external_id)
    fields = submitted_fields(article_text_in)
    db = get_db()
    found = storage.cms_article_id(db, external_id, fields.get("url"))
    current = found and storage.get_article(db, found)
    article, is_new = resubmit_article(fields, partial(storage.put_article, external_id=external_id,
                                                         if_revision=expected_revision(current)))
    announce_change(current, article)
    return created(article) if is_new else article_response(article)


def announce_change(before: dict | None, article: dict) -> None:
    """The webhooks' `article.analysed` (and `claim.disputed`) for an article a PUT created or changed; none when
    the replacement changed nothing."""
    if not before or article["revision"] != before["revision"]:
        events.article_analysed(get_db(), events.summary(article))


@blp.get(f"/{EXTERNAL_ID}", parameters=[EXTERNAL_ID_PARAMETER])
@blp.response(200, ArticleSchema, headers={"Content-Location": {
    "schema": {"type": "string"}, "description": "The article's absolute URL by its id."}})
@errors(blp, 404, 429)
def show_by_external_id(external_id):
    """The article your CMS stored under its own id, as GET /articles/{id} gives it (the same ETag)."""
    check_external_id(external_id)
    db = get_db()
    found = storage.article_id_of(db, external_id)
    if found is None:
        raise storage.NotFound(f"no article with the external id {external_id!r}")
    response = article_response(storage.get_article(db, found))
    response.headers["Content-Location"] = external_url_for(".show", article_id=found)
    return response


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
        return article_response(article)
    return jsonify(article_schema.dump(article))


@blp.delete(f"/{ID}")
@blp.doc(security=[{"ApiKey": []}])
@blp.response(204)
@errors(blp, 401, 404, 429, 503)
def delete(article_id):
    """Delete an article with its claims."""
    db = get_db()
    storage.delete_article(db, article_id, expected_revision(storage.get_article(db, article_id)))


# After GET: for a GET of an id out of range, werkzeug answers 405 when a rule of another method comes first.
@blp.put(f"/{ID}")
@blp.doc(**ARTICLE_BODY_DOC, security=[{"ApiKey": []}])
@blp.response(200, ArticleSchema, headers={"ETag": ETAG})
@errors(blp, 400, 401, 404, 409, 413, 415, 422, 429, 503)
def replace(article_id):
    """Analyse the article again from a new text and fields, and replace it in one transaction: the same id, one
    revision more (none when nothing changed), and the claims it still makes keep their ids and reviews."""
    current = storage.get_article(get_db(), article_id)
    fields = submitted_fields()
    external_id = fields.pop("external_id", None)
    article = resubmit_article(fields, partial(storage.replace_article, article_id=article_id, external_id=external_id,
                                               if_revision=expected_revision(current)))
    announce_change(current, article)
    return article_response(article)
