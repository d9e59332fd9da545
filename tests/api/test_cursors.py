"""Keyset orders and opaque cursors: the rows after a cursor are exactly those after its row, whatever the order."""
import base64
import itertools
import json

import pytest
from sqlite_utils import Database

from factcheck import cursors
from factcheck.cursors import BadCursor, Key, Order

ROWS = [{"id": n, "day": day, "rank": rank} for n, (day, rank) in
        enumerate(itertools.product(("2025-04-01", "2025-04-02", "2025-04-03"), (1, 2, 2, 3)), start=1)]
ORDERS = cursors.orders(**{
    "-day": (Key("day", descending=True), Key("rank", int), Key("id", int, descending=True)),
    "day": (Key("day"), Key("rank", int, descending=True), Key("id", int)),
    "id": (Key("id", int),),
})


@pytest.fixture
def table():
    db = Database(memory=True)
    db["t"].insert_all(ROWS)
    return db


def walk(db, order: Order, limit: int) -> list[int]:
    """Every id, page by page from no cursor to the last page."""
    seen, cursor = [], None
    while True:
        where, params = order.narrow("1", {}, cursor)
        rows = [dict(row) for row in db.query(
            f"select id, {order.select()} from t where {where} order by {order.order_by()} limit :limit",
            {**params, "limit": limit + 1})]
        page = cursors.page_of(rows, order, limit)
        seen += [row["id"] for row in page.items]
        if page.next is None:
            return seen
        cursor = page.next


@pytest.mark.parametrize("name", list(ORDERS))
@pytest.mark.parametrize("limit", [1, 2, 5, 12, 20])
def test_a_walk_gives_every_row_once_in_order(table, name, limit):
    everything = [row["id"] for row in table.query(f"select id from t order by {ORDERS[name].order_by()}")]
    assert walk(table, ORDERS[name], limit) == everything


def cursor_of(values) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


@pytest.mark.parametrize("cursor, says", [
    ("not-a-cursor!", "not one this list gave out"),
    (cursor_of({"day": 1}), "not one this list gave out"),
    (cursor_of(["day", "2025-04-01", 1, 3]), "another list or sort"),
    (cursor_of(["-day", "2025-04-01", 1]), "another list or sort"),
    (cursor_of(["-day", 20250401, 1, 3]), "not one this list gave out"),
    (cursor_of(["-day", "2025-04-01", 1, 10**30]), "not one this list gave out"),
    (cursor_of(["-day", "2025-04-01", True, 3]), "not one this list gave out"),
    ("A" * 3000, "not one this list gave out"),
])
def test_a_cursor_not_given_out_is_refused(cursor, says):
    with pytest.raises(BadCursor, match=says):
        ORDERS["-day"].values_of(cursor)
