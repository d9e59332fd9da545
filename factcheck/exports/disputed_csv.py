"""The disputed-claims report (`storage.disputed_report`) as CSV for spreadsheets, safe to open."""
import csv
import io

from flask import Response

COLUMNS = ("speaker", "source_id", "date", "article_id", "article_title", "claim_id", "claim",
           "disputed_by", "dispute_origin", "evidence", "evidence_url", "rating")
# Spreadsheets run cells that start with these as formulas; article text is hostile input.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# The row of a disputed claim without recorded evidence.
NO_DISPUTE = {"by": None, "origin": None, "evidence": None, "url": None, "rating": None}


def report_csv(groups: list[dict]) -> str:
    """One row per dispute of each claim (a claim without recorded evidence gets one row)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for group in groups:
        for claim in group["claims"]:
            for dispute in claim["disputes"] or [NO_DISPUTE]:
                writer.writerow(csv_cell(value) for value in (
                    group["speaker"], group["source_id"], claim["date"], claim["article_id"], claim["article_title"],
                    claim["claim_id"], claim["content"], dispute["by"], dispute["origin"],
                    dispute["evidence"], dispute["url"], dispute["rating"],
                ))
    return out.getvalue()


def report_csv_response(groups: list[dict]) -> Response:
    """The report as a CSV download, for the API and the pages alike."""
    return Response(report_csv(groups), mimetype="text/csv",
                    headers={"Content-Disposition": 'attachment; filename="disputed-claims.csv"'})


def csv_cell(value):
    """The value, with a leading quote where a spreadsheet would otherwise run it as a formula."""
    return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_PREFIXES) else value
