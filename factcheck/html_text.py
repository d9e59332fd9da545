"""HTML to article text with trafilatura: the main text only, paragraphs separated by blank lines; and the
page's own metadata (title, author, date, canonical URL, site name)."""
import re

import trafilatura

from factcheck.article_input import BadArticle
from factcheck.timestamps import utc_timestamp

# trafilatura finds nothing in a bare fragment ("<p>…</p>"); wrapped in a document it does.
DOCUMENT_ROOT = re.compile(r"<\s*(html|body)\b", re.IGNORECASE)


def as_document(html: str) -> str:
    return html if DOCUMENT_ROOT.search(html) else f"<html><body>{html}</body></html>"


def html_metadata(html: str) -> dict:
    """What the page says of itself, as article fields: title, byline, published_at (a UTC timestamp), url (http(s)
    only) and publisher; a field the page does not give is left out."""
    found = trafilatura.extract_metadata(as_document(html))
    if found is None:
        return {}
    fields = {"title": found.title, "byline": found.author, "published_at": utc_or_none(found.date),
              "publisher": found.sitename,
              "url": found.url if (found.url or "").startswith(("http://", "https://")) else None}
    return {name: value.strip() for name, value in fields.items() if value and value.strip()}


def utc_or_none(date: str | None) -> str | None:
    """The page's date as a UTC timestamp, or None when it gives none that reads as ISO 8601."""
    try:
        return utc_timestamp(date) if date else None
    except ValueError:
        return None


def html_to_text(html: str) -> str:
    """The article text of an HTML page or fragment; BadArticle when it holds none.

    Boilerplate (navigation, footers, scripts, styles) is dropped; text that merely looks like
    markup (an escaped `&lt;script&gt;`) is kept as text.
    """
    document = as_document(html)
    text = trafilatura.extract(document, favor_recall=True) or trafilatura.html2txt(document)
    paragraphs = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if not paragraphs:
        raise BadArticle("the HTML holds no article text")
    return "\n\n".join(paragraphs)
