"""/api/v1/claims: claims across articles, filtered, full-text searched and paginated."""
from flask_smorest import Blueprint

from factcheck import storage
from factcheck.api.openapi import LINK_HEADER, PREFIX, errors
from factcheck.api.listing import listed
from factcheck.api.schemas import ClaimListArgsSchema, ClaimListSchema
from factcheck.db import get_db

blp = Blueprint("claims", __name__, url_prefix=f"{PREFIX}/claims", description="Claims across all articles.")
FILTERS = ("disputed", "speaker", "source_id", "article_id", "since", "until", "q", "statements", "status", "verdict",
           "origin")


def claim_filter(args: dict) -> storage.ClaimFilter:
    """A storage filter from loaded query arguments (dates as ISO strings)."""
    return storage.ClaimFilter.of(**{name: args[name] for name in FILTERS if name in args})


@blp.get("")
@blp.arguments(ClaimListArgsSchema, location="query")
@blp.response(200, ClaimListSchema, headers=LINK_HEADER)
@errors(blp, 400, 422, 429)
def index(args):
    """Claims in `sort` order (newest article first), a page at a time from `cursor`; filter by dispute, speaker,
    registry source, article, date, words, review."""
    db, order, filters = get_db(), storage.CLAIM_ORDERS[args["sort"]], claim_filter(args)
    if "page" in args:
        return listed(storage.query_claims(db, filters, args["page"], args["page_size"], order))
    return listed(storage.walk_claims(db, filters, order, args.get("cursor"), args["page_size"]))
