"""/api/v1/claims: claims across articles, filtered, full-text searched and paginated."""
from flask_smorest import Blueprint

from factcheck import storage
from factcheck.api.openapi import PREFIX, errors
from factcheck.api.schemas import ClaimListArgsSchema, ClaimPageSchema
from factcheck.db import get_db

blp = Blueprint("claims", __name__, url_prefix=f"{PREFIX}/claims", description="Claims across all articles.")
FILTERS = ("disputed", "speaker", "source_id", "article_id", "since", "until", "q", "statements", "status", "verdict",
           "origin")


def claim_filter(args: dict) -> storage.ClaimFilter:
    """A storage filter from loaded query arguments (dates as ISO strings)."""
    return storage.ClaimFilter.of(**{name: args[name] for name in FILTERS if name in args})


@blp.get("")
@blp.arguments(ClaimListArgsSchema, location="query")
@blp.response(200, ClaimPageSchema)
@errors(blp, 429)
def index(args):
    """Claims, newest article first; filter by dispute, speaker, registry source, article, date, words."""
    return storage.query_claims(get_db(), claim_filter(args), page=args["page"], page_size=args["page_size"])
