"""HTML to article text with trafilatura: the main text only, paragraphs separated by blank lines; and the
page's own metadata (title, author, date, canonical URL, site name)."""
import re

import trafilatura

from factcheck.article_input import BadArticle

# trafilatura finds nothing in a bare fragment ("<p>…</p>"); wrapped in a document it does.
DOCUMENT_ROOT = re.compile(r"<\s*(html|body)\b", re.IGNORECASE)


def as_document(html: str) -> str:
    return html if DOCUMENT_ROOT.search(html) else f"<html><body>{html}</body></html>"


def html_metadata(html: str) -> dict:
    """What the page says of itself, as article fields: title, byline, published_at, url (http(s) only) and
    publisher; a field the page does not give is left out."""
    found = trafilatura.extract_metadata(as_document(html))
    if found is None:
        return {}
    fields = {"title": found.title, "byline": found.author, "published_at": found.date, "publisher": found.sitename,
              "url": found.url if (found.url or "").startswith(("http://", "https://")) else None}
    return {name: value.strip() for name, value in fields.items() if value and value.strip()}


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
