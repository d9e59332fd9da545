"""The browse page of claims across articles: search, filter and page through them, each leading to its review."""
from flask import Blueprint, render_template, request

from factcheck import storage
from factcheck.db import get_db
from factcheck.paging import page_number
from factcheck.pages.forms import ClaimBrowseForm

bp = Blueprint("claims", __name__)
CLAIMS_PER_PAGE = 50


@bp.get("/claims")
def index():
    form = ClaimBrowseForm(request.args)
    if not form.validate():
        return render_template("pages/claims.html", form=form, page=None), 422
    filters = storage.ClaimFilter.of(q=form.q.data, speaker=form.speaker.data, status=form.status.data,
                                     disputed=True if form.disputed.data else None)
    page = storage.query_claims(get_db(), filters, page=page_number(), page_size=CLAIMS_PER_PAGE)
    return render_template("pages/claims.html", form=form, page=page)
