"""HTML to article text with trafilatura: the main text only, paragraphs separated by blank lines."""
import re

import trafilatura

from factcheck.article_input import BadArticle

# trafilatura finds nothing in a bare fragment ("<p>…</p>"); wrapped in a document it does.
DOCUMENT_ROOT = re.compile(r"<\s*(html|body)\b", re.IGNORECASE)


def html_to_text(html: str) -> str:
    """The article text of an HTML page or fragment; BadArticle when it holds none.

    Boilerplate (navigation, footers, scripts, styles) is dropped; text that merely looks like
    markup (an escaped `&lt;script&gt;`) is kept as text.
    """
    document = html if DOCUMENT_ROOT.search(html) else f"<html><body>{html}</body></html>"
    text = trafilatura.extract(document, favor_recall=True) or trafilatura.html2txt(document)
    paragraphs = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if not paragraphs:
        raise BadArticle("the HTML holds no article text")
    return "\n\n".join(paragraphs)
