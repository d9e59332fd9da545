"""The disputed-claims report for reviewers: filters by speaker, dates and article, and a CSV download."""
import csv
import io

from flask import Blueprint, Response, render_template, request

from factcheck import storage
from factcheck.db import get_db
from factcheck.pages.forms import ReportFilterForm

bp = Blueprint("reports", __name__, url_prefix="/reports")

CSV_COLUMNS = ("speaker", "source_id", "date", "article_id", "article_title", "claim_id", "claim",
               "disputed_by", "dispute_origin", "evidence", "evidence_url", "rating")
# Spreadsheets run cells that start with these as formulas; article text is hostile input.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

# Articles offered in the report's article filter, newest first.
ARTICLE_CHOICES = 100


def report_filter(form: ReportFilterForm) -> storage.ClaimFilter:
    """The storage filter for a validated form; an invalid form filters nothing."""
    if not form.validate():
        return storage.ClaimFilter()
    return storage.ClaimFilter(
        speaker=form.speaker.data or None,
        since=form.since.data.isoformat() if form.since.data else None,
        until=form.until.data.isoformat() if form.until.data else None,
        article_id=form.article.data or None,
    )


def article_choices() -> list[dict]:
    return storage.list_articles(get_db(), page_size=ARTICLE_CHOICES).items


@bp.get("/disputed")
def disputed():
    form = ReportFilterForm(request.args)
    groups = storage.disputed_report(get_db(), report_filter(form))
    return render_template("pages/disputed.html", form=form, groups=groups, articles=article_choices()), \
        422 if form.errors else 200


@bp.get("/disputed.csv")
def disputed_csv():
    form = ReportFilterForm(request.args)
    groups = storage.disputed_report(get_db(), report_filter(form))
    return Response(report_csv(groups), mimetype="text/csv",
                    headers={"Content-Disposition": "attachment; filename=disputed-claims.csv"})


def report_csv(groups: list[dict]) -> str:
    """The report as CSV: one row per dispute of each claim (a claim without recorded evidence gets one row)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for group in groups:
        for claim in group["claims"]:
            for dispute in claim["disputes"] or [{}]:
                writer.writerow(csv_cell(value) for value in (
                    group["speaker"], group["source_id"], claim["date"], claim["article_id"], claim["article_title"],
                    claim["claim_id"], claim["content"], dispute.get("by"), dispute.get("origin"),
                    dispute.get("evidence"), dispute.get("url"), dispute.get("rating"),
                ))
    return out.getvalue()


def csv_cell(value):
    """The value, with a leading quote where a spreadsheet would otherwise run it as a formula."""
    return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_PREFIXES) else value
