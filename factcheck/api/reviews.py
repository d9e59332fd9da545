"""/api/v1/claims/{ref}: one claim with its review and history; POST …/review: a reviewer's change."""
from flask import current_app, g
from flask_smorest import Blueprint
from werkzeug.exceptions import Forbidden

from factcheck import accounts, events, review
from factcheck.api.openapi import PREFIX, errors
from factcheck.api.review_schemas import ReviewedClaimSchema, ReviewInSchema
from factcheck.db import get_db

blp = Blueprint("claim_reviews", __name__, url_prefix=f"{PREFIX}/claims",
                description="A claim's review: status, verdict, note, reviewer and history.")
REF = "<string(maxlength=64):ref>"


def reviewer_of_key() -> accounts.User:
    """The user whose API key made the request; Forbidden unless they may review (an integration's key may not)."""
    user = g.api_key["user_id"] and accounts.get_user(get_db(), g.api_key["user_id"])
    if not user or not user.may("reviewer"):
        raise Forbidden("Reviewing needs the API key of a user with the reviewer or admin role.")
    return user


@blp.get(f"/{REF}")
@blp.response(200, ReviewedClaimSchema)
@errors(blp, 404, 429)
def show(ref):
    """A claim by its global id (`ref` in claim lists: article id and claim id), with its review and history."""
    return review.get_claim(get_db(), ref)


@blp.post(f"/{REF}/review")
@blp.arguments(ReviewInSchema)
@blp.response(200, ReviewedClaimSchema)
@blp.doc(security=[{"ApiKey": []}])
@errors(blp, 401, 403, 404, 409, 422, 429, 503)
def review_claim(change, ref):
    """Move a claim to in_review, resolve it with a verdict and a note, or reopen it; kept in its history."""
    user = reviewer_of_key()
    scale = review.rating_scale(current_app.config["RATING_SCALE"])
    whole_cluster = change.pop("apply_to_appearances")
    reviewed = review.record_review(get_db(), ref, user.name, review.ReviewChange(**change), scale, whole_cluster)
    events.claim_reviewed(get_db(), reviewed)
    return reviewed
