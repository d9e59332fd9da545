"""Reading the pages' tables in tests: the article's claims table and the disputed report, rows found by their words."""


def table_row(page, content: str):
    """The claims table's row whose claim holds these words."""
    rows = [row for row in page.select("#claims tbody tr") if content in row.select_one("a.claim-link").text]
    assert rows, f"no claim {content!r} in the table: {[r.select_one('a.claim-link').text for r in page.select('#claims tbody tr')]}"
    return rows[0]


def report_row(report, content: str, speaker: str | None = None):
    """The report's first row for this claim (and speaker)."""
    rows = [
        row
        for group in report.select(".speaker-group")
        if speaker is None or group.select_one("h2").contents[0].text.strip() == speaker
        for row in group.select("tbody tr")
        if row.select_one("td.content a.claim-link").text == content
    ]
    assert rows, f"no row for {content!r} by {speaker!r}"
    return rows[0]
