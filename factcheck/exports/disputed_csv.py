"""The disputed-claims report (`storage.disputed_report`) as CSV for spreadsheets, safe to open."""
import csv
import io

COLUMNS = ("speaker", "source_id", "date", "article_id", "article_title", "claim_id", "claim",
           "disputed_by", "dispute_origin", "evidence", "evidence_url", "rating")
# Spreadsheets run cells that start with these as formulas; article text is hostile input.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def report_csv(groups: list[dict]) -> str:
    """One row per dispute of each claim (a claim without recorded evidence gets one row)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
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
