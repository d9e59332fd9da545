"""The disputed report's orders and pages (factcheck.report_order), on report groups as storage gives them."""
from factcheck.report_order import sort_report


def claim(content: str, date: str | None, disputes: int = 1) -> dict:
    return {"content": content, "date": date, "disputes": [{"by": f"party {n}"} for n in range(disputes)]}


def group(speaker: str | None, *claims: dict) -> dict:
    return {"speaker": speaker, "source_id": None, "claims": list(claims)}


# As storage.disputed_report gives them: most claims first, each speaker's claims newest first, undated last.
REPORT = [
    group("Olu Ade", claim("a2", "2025-03-02"), claim("a1", "2025-01-01", disputes=2), claim("a0", None)),
    group("bea Cole", claim("b1", "2025-02-01", disputes=5)),
    group(None, claim("n1", "2025-04-01")),
]


def contents(groups: list[dict]) -> list[str]:
    return [item["content"] for group in groups for item in group["claims"]]


def test_the_default_order_is_the_reports_own():
    assert contents(sort_report(REPORT)) == ["a2", "a1", "a0", "b1", "n1"]


def test_newest_and_oldest_put_undated_claims_last():
    assert contents(sort_report(REPORT, "newest")) == ["n1", "a2", "a1", "a0", "b1"]
    assert contents(sort_report(REPORT, "oldest")) == ["a1", "a2", "a0", "b1", "n1"]


def test_speakers_a_to_z_ignore_case_and_put_the_unattributed_last():
    assert [group["speaker"] for group in sort_report(REPORT, "speaker")] == ["bea Cole", "Olu Ade", None]


def test_most_disputes_first():
    assert contents(sort_report(REPORT, "disputes")) == ["b1", "a1", "a2", "a0", "n1"]

