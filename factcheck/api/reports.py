"""/api/v1/reports/disputed: disputed claims across articles by speaker, with evidence; JSON or CSV."""
from flask_smorest import Blueprint

from factcheck import storage
from factcheck.api.claims import claim_filter
from factcheck.api.openapi import PREFIX, errors
from factcheck.api.schemas import DisputedReportSchema, ReportArgsSchema
from factcheck.db import get_db
from factcheck.exports.disputed_csv import report_csv_response
from factcheck.report_order import sort_report

blp = Blueprint("reports", __name__, url_prefix=f"{PREFIX}/reports", description="Reports for reviewers.")
CSV_DOC = {"responses": {200: {"content": {"text/csv": {"schema": {"type": "string"}}}}}}


@blp.get("/disputed")
@blp.arguments(ReportArgsSchema, location="query")
@blp.response(200, DisputedReportSchema)
@blp.doc(**CSV_DOC)
@errors(blp, 429)
def disputed(args):
    """Disputed claims grouped by speaker, who disputes them and the evidence, in `sort` order; format=csv for a
    spreadsheet."""
    groups = sort_report(storage.disputed_report(get_db(), claim_filter(args), kind=args.get("kind")), args["sort"])
    if args["format"] == "csv":
        return report_csv_response(groups, bom=args["bom"])
    return {"groups": groups}
