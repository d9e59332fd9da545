"""Submitted bytes to article text, for the API and the pages: plain text as it is, HTML reduced to its article."""
from factcheck.article_input import decode_article

TEXT_TYPES = ("text/plain", "text/html")
MEDIA_TYPES_BY_EXTENSION = {".txt": "text/plain", ".text": "text/plain", ".html": "text/html", ".htm": "text/html"}


def media_type_of(filename: str | None, declared: str | None) -> str | None:
    """text/plain or text/html for an uploaded file, from its name's extension, else its declared type; None
    when it is neither."""
    name = (filename or "").lower()
    extension = name[name.rfind("."):] if "." in name else ""
    media_type = MEDIA_TYPES_BY_EXTENSION.get(extension) or declared
    return media_type if media_type in TEXT_TYPES else None


def article_text(data: bytes, media_type: str) -> str:
    """Decoded UTF-8 text; an HTML page reduced to its article text. BadArticle when unusable."""
    text = decode_article(data)
    if media_type != "text/html":
        return text
    # trafilatura takes seconds to import: the command line pays for it only when it reads HTML.
    from factcheck.html_text import html_to_text

    return html_to_text(text)


def article_upload(data: bytes, media_type: str) -> dict:
    """An uploaded article as fields: its `body` (as `article_text` gives it) and, for HTML, the title, byline,
    date, canonical URL and publisher the page gives of itself."""
    body = article_text(data, media_type)
    if media_type != "text/html":
        return {"body": body}
    from factcheck.html_text import html_metadata

    return {**html_metadata(decode_article(data)), "body": body}
