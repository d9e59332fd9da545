"""The disputed-claims report (`storage.disputed_report`) as CSV for spreadsheets, safe to open."""
import csv
import io

from flask import Response

from factcheck.public_url import external_url_for
from factcheck.storage import claim_ref

# One row per dispute: the claim (with its own stance and cue, so that a denial reads as one), then who disputes
# it, with what cue and words. The columns after `rating` came later and stay last for older spreadsheets.
COLUMNS = ("speaker", "source_id", "date", "article_id", "article_title", "claim_id", "claim",
           "disputed_by", "dispute_origin", "evidence", "evidence_url", "rating",
           "stance", "claim_cue", "cue", "denial_claim_id", "dispute_rule", "status", "verdict", "article_url",
           "review_page", "kind")
# A byte order mark first tells spreadsheets (Excel) that the file is UTF-8.
BOM = "\ufeff"
# Spreadsheets run cells that start with these as formulas; article text is hostile input.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# The row of a disputed claim without recorded evidence.
NO_DISPUTE = {"by": None, "origin": None, "evidence": None, "url": None, "rating": None, "cue": None,
              "denial_claim_id": None, "rule": None}


def report_rows(groups: list[dict], review_page=lambda claim: None):
    """One row per dispute of each claim (a claim without recorded evidence gets one row); `review_page` gives the
    address of a claim's review page."""
    for group in groups:
        for claim in group["claims"]:
            for dispute in claim["disputes"] or [NO_DISPUTE]:
                yield (group["speaker"], group["source_id"], claim["date"], claim["article_id"], claim["article_title"],
                       claim["claim_id"], claim["content"], dispute["by"], dispute["origin"], dispute["evidence"],
                       dispute["url"], dispute["rating"], claim["stance"], claim["cue"], dispute["cue"],
                       dispute["denial_claim_id"], dispute["rule"], claim["status"], claim["verdict"],
                       claim["article_url"], review_page(claim), claim["kind"])


def report_csv(groups: list[dict], review_page=lambda claim: None) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    writer.writerows([csv_cell(value) for value in row] for row in report_rows(groups, review_page))
    return out.getvalue()


def review_page(claim: dict) -> str:
    return external_url_for("pages.review.claim", ref=claim_ref(claim["article_id"], claim["claim_id"]))


def report_csv_response(groups: list[dict], bom: bool = False) -> Response:
    """The report as a CSV download, for the API and the pages alike; `bom` for spreadsheets that need it."""
    return Response((BOM if bom else "") + report_csv(groups, review_page), mimetype="text/csv",
                    headers={"Content-Disposition": 'attachment; filename="disputed-claims.csv"'})


def csv_cell(value):
    """The value, with a leading quote where a spreadsheet would otherwise run it as a formula."""
    return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_PREFIXES) else value
