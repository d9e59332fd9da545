"""Pages of results: what the API returns as a page and the pages show with their pager."""
from dataclasses import dataclass, field

from flask import request


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
    """The page a person asked for in the query string: 1 when absent, not a number or below 1."""
    return max(1, request.args.get("page", 1, type=int))
