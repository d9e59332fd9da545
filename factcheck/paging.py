"""Pages of results, and the range of the numbers a URL may carry (ids, page numbers)."""
from dataclasses import dataclass, field

from flask import request
from werkzeug.exceptions import BadRequest

# SQLite integers are signed 64-bit: a larger id or offset cannot even be looked up.
MAX_ID = 2**63 - 1
MAX_PAGE = 1_000_000


@dataclass
class Page:
    """One page of results: `items`, and `total` over all pages."""

    items: list
    total: int
    page: int
    page_size: int
    pages: int = field(init=False)

    def __post_init__(self):
        self.pages = -(-self.total // self.page_size)


def offset(page: int, page_size: int) -> int:
    """How many items come before page `page` (from 1)."""
    return (page - 1) * page_size


def page_number() -> int:
    """The page a person asked for in the query string: 1 when absent, not a number or below 1; 400 past MAX_PAGE."""
    number = request.args.get("page", 1, type=int)
    if number > MAX_PAGE:
        raise BadRequest(f"There are at most {MAX_PAGE:,} pages.")
    return max(1, number)
