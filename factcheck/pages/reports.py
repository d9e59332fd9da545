"""The disputed-claims report for reviewers: filters by speaker, dates and article, a sort, pages and a CSV download."""
from flask import Blueprint, render_template, request
from werkzeug.exceptions import BadRequest

from factcheck import storage
from factcheck.db import get_db
from factcheck.exports.disputed_csv import report_csv_response
from factcheck.pages.forms import ReportFilterForm
from factcheck.paging import Page, page_number
from factcheck.report_order import DEFAULT_SORT, SORTS, sort_report
from factcheck.report_walk import report_at

bp = Blueprint("reports", __name__, url_prefix="/reports")

# Articles offered in the report's article filter, newest first.
ARTICLE_CHOICES = 100
CLAIMS_PER_PAGE = 50


def requested_sort() -> str:
    """The report's order from the query string: the default when absent, 400 when it names no order."""
    sort = request.args.get("sort") or DEFAULT_SORT
    if sort not in SORTS:
        raise BadRequest(f"The report sorts by {', '.join(SORTS)}.")
    return sort


def report_filters() -> tuple[ReportFilterForm, storage.ClaimFilter | None]:
    """The filters of the query string, and the claim filter they make; None when they are invalid."""
    form = ReportFilterForm(request.args)
    if not form.validate():
        return form, None
    return form, storage.ClaimFilter.of(speaker=form.speaker.data, since=form.since.data, until=form.until.data,
                                        article_id=form.article.data, q=form.q.data, status=form.status.data,
                                        verdict=form.verdict.data, origin=form.origin.data)


def disputed_page(form: ReportFilterForm, page: Page, speakers: int):
    """The report page: one page of the claims, the filters, the sort and the downloads (all pages, same order)."""
    articles = storage.newest_titles(get_db(), ARTICLE_CHOICES)
    download_args = {key: value for key, value in request.args.items() if key != "page"}
    return render_template("pages/disputed.html", form=form, page=page, speakers=speakers, articles=articles,
                           sorts=SORTS, sort=requested_sort(), download_args=download_args), \
        422 if form.errors else 200


def no_claims() -> Page:
    return Page([], 0, 1, CLAIMS_PER_PAGE)


@bp.get("/disputed")
def disputed():
    sort = requested_sort()
    form, filters = report_filters()
    if filters is None:
        return disputed_page(form, no_claims(), 0)
    return disputed_page(form, *report_at(get_db(), filters, form.kind.data or None, sort, page_number(),
                                          CLAIMS_PER_PAGE))


@bp.get("/disputed.csv")
def disputed_csv():
    sort = requested_sort()
    form, filters = report_filters()
    if filters is None:
        return disputed_page(form, no_claims(), 0)
    report = storage.disputed_report(get_db(), filters, kind=form.kind.data or None)
    return report_csv_response(sort_report(report, sort), bom=form.bom.data)
