"""Reading the article page's claims table in tests: the row of a claim, found by its words."""


def table_row(page, content: str):
    """The claims table's row whose claim holds these words."""
    rows = [row for row in page.select("#claims tbody tr") if content in row.select_one("a.claim-link").text]
    assert rows, f"no claim {content!r} in the table: {[r.select_one('a.claim-link').text for r in page.select('#claims tbody tr')]}"
    return rows[0]
