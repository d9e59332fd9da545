"""/api/v1/reports/disputed: disputed claims across articles by speaker, with evidence; JSON or CSV."""
from flask_smorest import Blueprint

from factcheck import storage
from factcheck.api.claims import claim_filter
from factcheck.api.listing import link_header, next_page_url
from factcheck.api.openapi import LINK_HEADER, PREFIX, errors
from factcheck.api.schemas import DisputedReportSchema, ReportArgsSchema
from factcheck.db import get_db
from factcheck.exports.disputed_csv import report_csv_response
from factcheck.report_order import sort_report
from factcheck.report_walk import report_walk

blp = Blueprint("reports", __name__, url_prefix=f"{PREFIX}/reports", description="Reports for reviewers.")
CSV_DOC = {"responses": {200: {"content": {"text/csv": {"schema": {"type": "string"}}}}}}


@blp.get("/disputed")
@blp.arguments(ReportArgsSchema, location="query")
@blp.response(200, DisputedReportSchema, headers=LINK_HEADER)
@blp.doc(**CSV_DOC)
@errors(blp, 400, 422, 429)
def disputed(args):
    """Disputed claims grouped by speaker, who disputes them and the evidence, in `sort` order, a page of claims at
    a time from `cursor`; format=csv for a spreadsheet of them all."""
    db, filters, kind = get_db(), claim_filter(args), args.get("kind")
    if args["format"] == "csv":
        return report_csv_response(sort_report(storage.disputed_report(db, filters, kind), args["sort"]), bom=args["bom"])
    page = report_walk(db, filters, kind, args["sort"], args.get("cursor"), args["page_size"])
    url = next_page_url(page)
    return {"groups": page.items, "next": url}, link_header(url)
