"""The disputed-claims report for reviewers: filters by speaker, dates and article, a sort, pages and a CSV download."""
from flask import Blueprint, render_template, request
from werkzeug.exceptions import BadRequest

from factcheck import storage
from factcheck.db import get_db
from factcheck.exports.disputed_csv import report_csv_response
from factcheck.pages.forms import ReportFilterForm
from factcheck.paging import page_number
from factcheck.report_order import DEFAULT_SORT, SORTS, report_page, sort_report

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


def filtered_report() -> tuple[ReportFilterForm, list[dict]]:
    """The filters of the query string and the report they select, in the order asked for; none when invalid."""
    sort = requested_sort()
    form = ReportFilterForm(request.args)
    if not form.validate():
        return form, []
    filters = storage.ClaimFilter.of(speaker=form.speaker.data, since=form.since.data, until=form.until.data,
                                     article_id=form.article.data, q=form.q.data, status=form.status.data,
                                     verdict=form.verdict.data, origin=form.origin.data)
    return form, sort_report(storage.disputed_report(get_db(), filters, kind=form.kind.data or None), sort)


def disputed_page(form: ReportFilterForm, groups: list[dict]):
    """The report page: one page of the claims, the filters, the sort and the downloads (all pages, same order)."""
    articles = storage.list_articles(get_db(), page_size=ARTICLE_CHOICES).items
    page = report_page(groups, page_number(), CLAIMS_PER_PAGE)
    download_args = {key: value for key, value in request.args.items() if key != "page"}
    return render_template("pages/disputed.html", form=form, page=page, speakers=len(groups), articles=articles,
                           sorts=SORTS, sort=requested_sort(), download_args=download_args), \
        422 if form.errors else 200


@bp.get("/disputed")
def disputed():
    return disputed_page(*filtered_report())


@bp.get("/disputed.csv")
def disputed_csv():
    form, groups = filtered_report()
    if form.errors:
        return disputed_page(form, groups)
    return report_csv_response(groups, bom=form.bom.data)
