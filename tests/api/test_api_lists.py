"""Every API list pages with cursors: following `next` gives each item once, in the list's order, and the same
items as the numbered pages older clients ask for; a query parameter a list does not take is a 400."""
import pytest

from factcheck import storage
from factcheck.report_order import SORTS, sort_report
from sources.demo import load_demo

PUBLIC_URL = "http://127.0.0.1:5000"


@pytest.fixture
def archive(store_article):
    """Five stories on five days; some claims disputed, by speakers with one to three disputed claims each."""
    said = [
        [("Ann Lee", "the bridge is safe", "City Hall"), ("Bo Chan", "the bridge needs work", None)],
        [("Ann Lee", "the tunnel is safe", "Cy Dunn"), ("Cy Dunn", "the tunnel leaks", "Ann Lee")],
        [("Di Fox", "fares will fall", None), ("Ann Lee", "the ferry is late", "Bo Chan")],
        [("Cy Dunn", "the depot closes", "Di Fox"), ("Bo Chan", "the depot stays", None)],
        [("Eve Gill", "the budget is balanced", "Ann Lee"), ("Ann Lee", "the budget is short", None)],
    ]
    return [store_article(f"Day {n}", claims, published_at=f"2025-04-1{n}T09:00:00Z") for n, claims in enumerate(said)]


def walk(client, path: str) -> list[dict]:
    """Every page of a list from `path` on, following `next`; checks the Link header on the way."""
    pages = []
    while path:
        response = client.get(path)
        assert response.status_code == 200, response.get_json()
        body = response.get_json()
        assert response.headers.get("Link") == (f'<{body["next"]}>; rel="next"' if body["next"] else None)
        pages.append(body)
        path = body["next"] and body["next"].removeprefix(PUBLIC_URL)
    return pages


def items(pages: list[dict]) -> list:
    return [item for page in pages for item in page["items"]]


@pytest.mark.parametrize("sort", ["-date", "date", "-article_id", "article_id"])
@pytest.mark.parametrize("size", [1, 3, 100])
def test_claims_walk_in_every_order(client, archive, sort, size):
    everything = client.get(f"/api/v1/claims?sort={sort}&page=1&page_size=100").get_json()["items"]
    assert [c["ref"] for c in items(walk(client, f"/api/v1/claims?sort={sort}&page_size={size}"))] == [
        c["ref"] for c in everything]
    assert len(everything) == 10


def test_claim_orders(client, archive):
    def refs(sort):
        return [c["content"] for c in client.get(f"/api/v1/claims?sort={sort}&page_size=3").get_json()["items"]]

    assert refs("-date") == ["the budget is balanced", "the budget is short", "the depot closes"]
    assert refs("date") == ["the bridge is safe", "the bridge needs work", "the tunnel is safe"]


@pytest.mark.parametrize("sort", ["-id", "id", "-date", "date"])
def test_articles_walk_in_every_order(client, archive, sort):
    walked = [a["id"] for a in items(walk(client, f"/api/v1/articles?sort={sort}&page_size=2"))]
    assert walked == (sorted(archive) if sort in ("id", "date") else sorted(archive, reverse=True))


def test_a_filtered_walk_keeps_its_filters(client, archive):
    walked = items(walk(client, "/api/v1/claims?speaker=ann&disputed=true&page_size=1"))
    assert [c["content"] for c in walked] == ["the ferry is late", "the tunnel is safe", "the bridge is safe"]


def test_registry_lists_walk_by_id(client, db):
    load_demo(db)
    sources = [s["id"] for s in items(walk(client, "/api/v1/sources?page_size=5"))]
    assert sources == sorted(sources) and len(sources) == client.get("/api/v1/sources?page=1").get_json()["total"]
    for source_id in sources:
        for kind in ("statements", "disputes"):
            walked = items(walk(client, f"/api/v1/sources/{source_id}/{kind}?page_size=1"))
            ids = [item["id"] for item in walked]
            assert ids == sorted(set(ids))


def report_claims(groups: list[dict]) -> list[tuple]:
    return [(group["speaker"], claim["article_id"], claim["claim_id"]) for group in groups for claim in group["claims"]]


@pytest.mark.parametrize("sort", list(SORTS))
@pytest.mark.parametrize("size", [1, 2, 50])
def test_the_report_walks_in_the_order_of_the_whole_report(client, db, archive, sort, size):
    pages = walk(client, f"/api/v1/reports/disputed?sort={sort}&page_size={size}")
    walked = [group for page in pages for group in page["groups"]]
    assert report_claims(walked) == report_claims(sort_report(storage.disputed_report(db), sort))
    assert all(group["claim_count"] >= len(group["claims"]) for group in walked)


@pytest.mark.parametrize("path", [
    "/api/v1/articles", "/api/v1/claims", "/api/v1/sources", "/api/v1/claimreviews", "/api/v1/reports/disputed",
    "/api/v1/sources/donald-trump/statements", "/api/v1/sources/donald-trump/disputes", "/api/v1/articles/1",
])
def test_an_unknown_parameter_is_a_400(client, db, archive, path):
    load_demo(db)
    problem = client.get(f"{path}?pagesize=5").get_json()
    assert (problem["status"], problem["detail"].split(".")[0]) == (400, "Unknown query parameter: pagesize")


@pytest.mark.parametrize("path, status", [
    ("/api/v1/claims?sort=speaker", 422),
    ("/api/v1/claims?cursor=x&page=2", 422),
    ("/api/v1/articles?cursor=eyJ4Ijp7fX0", 400),
    ("/api/v1/reports/disputed?sort=newest&cursor=WyJyZXBvcnQtY2xhaW1zIl0", 400),
])
def test_bad_sorts_and_cursors_are_problems(client, archive, path, status):
    response = client.get(path)
    assert (response.status_code, response.mimetype) == (status, "application/problem+json")


def test_a_report_of_many_speakers_with_one_claim_each_walks_to_its_end(client, store_article):
    """Each page ends on a speaker's last claim, so the next starts on a speaker with nothing left to show."""
    speakers = [f"Speaker {letter}" for letter in "ABCDEFG"]
    store_article("Row", [(speaker, f"claim of {speaker}", "City Hall") for speaker in speakers])
    walked = [group["speaker"] for page in walk(client, "/api/v1/reports/disputed?sort=speaker&page_size=2")
              for group in page["groups"]]
    assert walked == speakers
