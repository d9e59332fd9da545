"""Property: whatever web of claims and denials an article holds, the article page links every dispute both ways.

A disputed claim's disputer leads to the row of the denial that disputes it, that denial leads back to the
claim, and every such link lands on a row of the table.
"""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stored_claims import claim_json

MAX_CLAIMS = 6
PROPERTY = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@st.composite
def webs(draw) -> tuple[int, set[tuple[int, int]]]:
    """How many claims, and (disputed, disputing) pairs of different claims, each disputing claim a denial."""
    count = draw(st.integers(1, MAX_CLAIMS))
    pairs = st.tuples(st.integers(0, count - 1), st.integers(0, count - 1)).filter(lambda pair: pair[0] != pair[1])
    return count, draw(st.sets(pairs, max_size=2 * count))


def article(count: int, disputes: set[tuple[int, int]]) -> tuple[str, list[dict]]:
    body = " ".join(f"Speaker{n} said point number {n} stands." for n in range(count))
    claims = [claim_json(body, f"c{n}", f"Speaker{n}", f"point number {n} stands",
                         cue="denied" if any(by == n for _, by in disputes) else "said",
                         stance="denial" if any(by == n for _, by in disputes) else None)
              for n in range(count)]
    for disputed, by in sorted(disputes):
        claims[disputed]["disputes"].append({"by": f"Speaker{by}", "mention": f"Speaker{by}", "cue": "denied",
                                             "span": claims[by]["span"], "claim_id": f"c{by}"})
        claims[disputed]["disputed"] = True
    return body, claims


@PROPERTY
@given(web=webs())
def test_every_dispute_is_linked_both_ways(browser, store_article, web):
    count, disputes = web
    page = browser.page(f"/articles/{store_article(*article(count, disputes))}")
    rows = {row["id"] for row in page.select("#claims tbody tr")}
    to_denials = {(link.find_parent("tr")["id"], link["href"].removeprefix("#"))
                  for link in page.select("#claims a.denial-link")}
    back = {(link["href"].removeprefix("#"), link.find_parent("tr")["id"]) for link in page.select("#claims a.target-link")}
    expected = {(f"row-c{disputed}", f"row-c{by}") for disputed, by in disputes}
    assert to_denials == back == expected
    assert {row for pair in expected for row in pair} <= rows
    denials = {row["id"] for row in page.select("#claims tbody tr.denial")}
    assert denials == {f"row-c{by}" for _, by in disputes}
