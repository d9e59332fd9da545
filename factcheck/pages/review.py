"""Pages for reviewers: the queue of disputed claims, and a claim's page with its review, history and form."""
from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from wtforms.fields.choices import SelectChoice

from factcheck import events, review, storage
from factcheck.db import get_db
from factcheck.paging import page_number
from factcheck.pages import breakdown
from factcheck.pages.access import role_required
from factcheck.pages.forms import ReviewForm, ReviewQueueForm

bp = Blueprint("review", __name__)
QUEUE_PAGE_SIZE = 50


def review_form(claim: dict) -> ReviewForm:
    """The review form for `claim`: only the statuses it may move to, and the configured verdicts."""
    form = ReviewForm()
    form.status.choices = [SelectChoice(status, status.replace("_", " "))
                           for status in review.NEXT_STATUSES[claim["review"]["status"]]]
    form.verdict.choices = [SelectChoice("", "—")] + list(review.rating_scale(current_app.config["RATING_SCALE"]))
    return form


@bp.get("/review")
def queue():
    form = ReviewQueueForm(request.args)
    form.validate()
    filters = review.QueueFilter(status=form.status.data or None, speaker=form.speaker.data, q=form.q.data)
    page = review.queue(get_db(), filters, page=page_number(), page_size=QUEUE_PAGE_SIZE)
    return render_template("pages/review_queue.html", form=form, page=page)


@bp.get("/claims/<ref>")
def claim(ref: str):
    found = review.get_claim(get_db(), ref)
    return claim_page(found, review_form(found))


def claim_page(found: dict, form: ReviewForm, status: int = 200):
    disputes = storage.disputed_report(get_db(), storage.ClaimFilter(article_id=found["article_id"]))
    return render_template("pages/claim.html", claim=found, form=form,
                           disputes=breakdown.disputes_by_claim(disputes).get(found["id"], [])), status


@bp.post("/claims/<ref>/review")
@role_required("reviewer")
def review_claim(ref: str):
    found = review.get_claim(get_db(), ref)
    form = review_form(found)
    if form.validate_on_submit():
        change = review.ReviewChange(form.status.data, form.verdict.data or None, form.note.data)
        try:
            reviewed = review.record_review(get_db(), ref, current_user.name, change,
                                            review.rating_scale(current_app.config["RATING_SCALE"]),
                                            form.apply_to_appearances.data)
        except (review.InvalidReview, review.ReviewConflict) as problem:
            form.verdict.errors.append(f"{str(problem)[:1].upper()}{str(problem)[1:]}.")
        else:
            events.claim_reviewed(get_db(), reviewed)
            flash(f"The claim is now {change.status.replace('_', ' ')}.", "info")
            return redirect(url_for(".claim", ref=ref))
    return claim_page(found, form, 422)
