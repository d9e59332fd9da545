"""A list's answer: its items, and the absolute URL of the next page (under PUBLIC_URL) as `next` in the body
and `Link: <…>; rel="next"`, whether the page came from a cursor or, for older clients, a page number."""
from flask import request

from factcheck.cursors import CursorPage
from factcheck.paging import Page
from factcheck.public_url import external_url_for


def next_url(**position) -> str:
    """This request's URL with the next page's `position` (cursor=… or page=…) in place of its own."""
    args = {name: values for name, values in request.args.to_dict(flat=False).items() if name not in ("cursor", "page")}
    return external_url_for(request.endpoint, **(request.view_args or {}), **args, **position)


def link_header(url: str | None) -> dict:
    return {"Link": f'<{url}>; rel="next"'} if url else {}


def next_page_url(page: CursorPage | Page) -> str | None:
    """The URL of the page after `page`; None when it is the last."""
    if isinstance(page, Page):
        return next_url(page=page.page + 1) if page.page < page.pages else None
    return page.next and next_url(cursor=page.next)


def listed(page: CursorPage | Page) -> tuple[dict, dict]:
    """The body and headers of a list's answer."""
    url = next_page_url(page)
    numbered = isinstance(page, Page)
    counts = {"total": page.total, "page": page.page, "page_size": page.page_size, "pages": page.pages} if numbered else {}
    return {"items": page.items, "next": url, **counts}, link_header(url)
