"""The disputed-claims report for reviewers: filters by speaker, dates and article, and a CSV download."""
from flask import Blueprint, render_template, request

from factcheck import storage
from factcheck.db import get_db
from factcheck.exports.disputed_csv import report_csv_response
from factcheck.pages.forms import ReportFilterForm

bp = Blueprint("reports", __name__, url_prefix="/reports")

# Articles offered in the report's article filter, newest first.
ARTICLE_CHOICES = 100


def filtered_report() -> tuple[ReportFilterForm, list[dict]]:
    """The filters of the query string and the report they select; no report when they are invalid."""
    form = ReportFilterForm(request.args)
    if not form.validate():
        return form, []
    filters = storage.ClaimFilter.of(speaker=form.speaker.data, since=form.since.data, until=form.until.data,
                                     article_id=form.article.data, q=form.q.data, status=form.status.data,
                                     verdict=form.verdict.data, origin=form.origin.data)
    return form, storage.disputed_report(get_db(), filters, kind=form.kind.data or None)


def report_page(form: ReportFilterForm, groups: list[dict]):
    articles = storage.list_articles(get_db(), page_size=ARTICLE_CHOICES).items
    return render_template("pages/disputed.html", form=form, groups=groups, articles=articles), \
        422 if form.errors else 200


@bp.get("/disputed")
def disputed():
    return report_page(*filtered_report())


@bp.get("/disputed.csv")
def disputed_csv():
    form, groups = filtered_report()
    if form.errors:
        return report_page(form, groups)
    return report_csv_response(groups, bom=form.bom.data)
