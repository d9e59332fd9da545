"""Pages for the source registry: a source's profile, claims and statements; adding and editing sources."""
from flask import Blueprint, render_template, request

from factcheck import storage
from factcheck.db import get_db

bp = Blueprint("sources", __name__)

# Claims shown on a source's page, newest article first.
CLAIMS_PER_PAGE = 50


@bp.get("/registry")
def registry():
    return render_template("pages/registry.html")


@bp.get("/sources/<source_id>")
def show(source_id: str):
    claims = storage.query_claims(
        get_db(), storage.ClaimFilter(source_id=source_id),
        page=max(1, request.args.get("page", 1, type=int)), page_size=CLAIMS_PER_PAGE,
    )
    return render_template("pages/source.html", source_id=source_id, claims=claims)
