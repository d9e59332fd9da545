"""The reviewers' report page by page (`report_at`, numbered) holds the claims the API's walk (`report_walk`, by
cursor) gives, in the same order, under the same speakers with the same counts."""
import pytest

from benchmarks import synthetic_db
from factcheck.db import open_database
from factcheck.report_walk import report_at, report_walk
from factcheck.storage import ClaimFilter


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("report") / "report.db")
    synthetic_db.build(path, 60, seed=5, progress=lambda line: None)
    return open_database(path)


def rows(groups: list[dict]) -> list[tuple]:
    return [(group["speaker"], group["source_id"], group["claim_count"], claim["article_id"], claim["claim_id"],
             len(claim["disputes"])) for group in groups for claim in group["claims"]]


def walked(db, filters, kind, sort) -> list[tuple]:
    found, cursor = [], None
    while True:
        page = report_walk(db, filters, kind, sort, cursor, 3)
        found += rows(page.items)
        if page.next is None:
            return found
        cursor = page.next


@pytest.mark.parametrize("sort", ["claims", "newest", "oldest", "speaker", "disputes"])
@pytest.mark.parametrize("filters, kind", [(ClaimFilter(), None), (ClaimFilter(), "misquote"),
                                           (ClaimFilter(since="2023-01-01"), None)])
def test_numbered_pages_hold_what_the_walk_gives(db, filters, kind, sort):
    expected = walked(db, filters, kind, sort)
    first, speakers = report_at(db, filters, kind, sort, 1, 3)
    pages = [first] + [report_at(db, filters, kind, sort, number, 3)[0] for number in range(2, first.pages + 2)]
    assert [claim for page in pages for claim in rows(page.items)] == expected and len(expected) > 3
    assert (first.total, speakers) == (len(expected), len({row[:2] for row in expected}))
    assert pages[-1].items == []
