"""Keyset pagination: a list's order as SQL, opaque cursors saying where the next page starts, and pages of them.

A cursor holds the sort key of the last item a page showed, so the next page starts right after that item
wherever rows were inserted meanwhile: a walk never shows an item twice nor skips one that was there all along,
as page numbers (offsets) do when rows arrive before the page being read.
"""
import base64
import binascii
import json
from dataclasses import dataclass

from factcheck.paging import MAX_ID

# A cursor is short: the sort key of one row. Anything longer was not given out here.
MAX_CURSOR_LENGTH = 2000


class BadCursor(ValueError):
    """A cursor this list did not give out (tampered with, or from another list or sort)."""


@dataclass(frozen=True)
class Key:
    """One column of an order: an SQL expression (never null), its type, and whether it runs downwards."""

    sql: str
    kind: type = str
    descending: bool = False


@dataclass(frozen=True)
class Order:
    """A list's order, `name` as clients write it: keys in turn, unique together, so a row's values place it."""

    name: str
    keys: tuple[Key, ...]

    def order_by(self) -> str:
        return ", ".join(f"{key.sql} desc" if key.descending else key.sql for key in self.keys)

    def select(self) -> str:
        """The key columns to select with a list's rows (`key_of` reads them back)."""
        return ", ".join(f"{key.sql} as cursor_{n}" for n, key in enumerate(self.keys))

    def after(self, values: list) -> tuple[str, dict]:
        """The SQL condition for rows after `values` in this order, with its parameters.

        The first key's range comes first on its own (`date <= :cursor_0 and …`) so that SQLite seeks the index
        to it instead of reading the rows before it.
        """
        params = {f"cursor_{n}": value for n, value in enumerate(values)}
        first = self.keys[0]
        start = f"({first.sql}) {'<=' if first.descending else '>='} :cursor_0"
        past = []
        for n, key in enumerate(self.keys):
            equal = [f"({earlier.sql}) = :cursor_{m}" for m, earlier in enumerate(self.keys[:n])]
            past.append(" and ".join([*equal, f"({key.sql}) {'<' if key.descending else '>'} :cursor_{n}"]))
        return f"{start} and ({' or '.join(f'({clause})' for clause in past)})", params

    def narrow(self, where: str, params: dict, cursor: str | None) -> tuple[str, dict]:
        """The condition `where` (with `params`) narrowed to the rows after `cursor`; as it is without one."""
        if cursor is None:
            return where, params
        after, after_params = self.after(self.values_of(cursor))
        return f"({where}) and {after}", {**params, **after_params}

    def key_of(self, row: dict) -> list:
        """A row's sort key, selected with `select()`; the key columns are removed from the row."""
        return [row.pop(f"cursor_{n}") for n in range(len(self.keys))]

    def values_of(self, cursor: str) -> list:
        """The sort key a cursor of this order holds; BadCursor for anything else."""
        return decode_as(cursor, self.name, tuple(key.kind for key in self.keys))


def fits(value, kind: type) -> bool:
    """Whether a cursor's value is of its key's type, and one SQLite can compare (no huge integers)."""
    if kind is int:
        return type(value) is int and -MAX_ID <= value <= MAX_ID
    return type(value) is str


def encode(name: str, values: list) -> str:
    """The cursor of the list (or sort) `name` holding `values`."""
    text = json.dumps([name, *values], ensure_ascii=False, separators=(",", ":"))
    return base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii").rstrip("=")


def decode_as(cursor: str, name: str, kinds: tuple[type, ...]) -> list:
    """The values a cursor of the list `name` holds, of these types; BadCursor for anything else."""
    values = decode(cursor)
    if len(values) != len(kinds) + 1 or values[0] != name:
        raise BadCursor("The cursor belongs to another list or sort; start again without one.")
    if not all(fits(value, kind) for value, kind in zip(values[1:], kinds)):
        raise BadCursor("The cursor is not one this list gave out.")
    return values[1:]


def decode(cursor: str) -> list:
    if len(cursor) > MAX_CURSOR_LENGTH:
        raise BadCursor("The cursor is not one this list gave out.")
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, binascii.Error, RecursionError):  # bad base64, not UTF-8, not JSON
        raise BadCursor("The cursor is not one this list gave out.") from None
    if not isinstance(values, list):
        raise BadCursor("The cursor is not one this list gave out.")
    return values


def orders(**keys: tuple[Key, ...]) -> dict[str, Order]:
    """Orders by name (`sort` values: `date`, and `-date` for the same order reversed)."""
    return {name: Order(name, order_keys) for name, order_keys in keys.items()}


@dataclass
class CursorPage:
    """Items of a list from a cursor on, and the cursor of the next page (None at the end)."""

    items: list
    next: str | None


def page_of(rows: list, order: Order, limit: int, key_of=None) -> CursorPage:
    """A page of `limit` rows from `rows`, read with `limit + 1` to know whether more follow. `key_of(row)` gives
    a row's sort key: by default the key columns the order selected, which it removes from the row."""
    keys = [(key_of or order.key_of)(row) for row in rows]
    more = len(rows) > limit
    return CursorPage(rows[:limit], encode(order.name, keys[limit - 1]) if more else None)
