"""/api/v1/claimreviews: the ClaimReview feed, one per resolved claim with a verdict, newest first."""
from flask import current_app, jsonify
from flask_smorest import Blueprint

from factcheck import clusters, review
from factcheck.api.openapi import LINK_HEADER, PREFIX, errors
from factcheck.api.listing import link_header, next_page_url
from factcheck.api.schemas import NumberedArgsSchema
from factcheck.db import get_db
from factcheck.public_url import external_url_for
from factcheck.exports.claimreview_feed import Publisher, claim_review, feed

blp = Blueprint("claimreviews", __name__, url_prefix=f"{PREFIX}/claimreviews",
                description="The newsroom's verdicts as schema.org ClaimReview.")
JSON_LD_TYPE = "application/ld+json"
FEED_DOC = {"responses": {200: {"description": "A page of the feed", "headers": LINK_HEADER, "content": {JSON_LD_TYPE: {"schema": {
    "type": "object", "required": ["@context", "@graph"],
    "description": "schema.org ClaimReview JSON-LD: one review per resolved claim with a verdict; a Link header "
                   "(rel=next) leads to the next page.",
}}}}}}


def publisher() -> Publisher:
    return Publisher(current_app.config["ORGANISATION_NAME"], current_app.config["ORGANISATION_URL"])


def article_page(claim: dict) -> str:
    return external_url_for("pages.articles.show", article_id=claim["article_id"])


def appearances_of(db, claim: dict) -> list[dict]:
    """The claim's appearances in other articles, each with the URL of its article's page here."""
    return [{**other, "url": article_page(other)} for other in clusters.appearances(db, claim["article_id"], claim["id"])]


@blp.get("")
@blp.arguments(NumberedArgsSchema, location="query")
@blp.doc(**FEED_DOC)
@errors(blp, 400, 422, 429)
def index(args):
    """The ClaimReview of every resolved claim with a verdict, most recently resolved first, a page at a time from
    `cursor`."""
    db = get_db()
    if "page" in args:
        page = review.resolved_claims(db, page=args["page"], page_size=args["page_size"])
    else:
        page = review.walk_resolved_claims(db, args.get("cursor"), args["page_size"])
    scale = review.rating_scale(current_app.config["RATING_SCALE"])
    items = [claim_review(item, external_url_for("pages.review.claim", ref=item["ref"]), article_page(item),
                          appearances_of(db, item), publisher(), scale) for item in page.items]
    response = jsonify(feed(items))
    response.mimetype = JSON_LD_TYPE
    response.headers.extend(link_header(next_page_url(page)))
    return response
