"""Submitted bytes to article text, for the API and the pages: plain text as it is, HTML reduced to its article;
read in the charset the sender declares (or an HTML page its own), else UTF-8 (`factcheck.charsets`)."""
from factcheck.article_input import decode_article
from factcheck.charsets import encoding_of

TEXT_TYPES = ("text/plain", "text/html")
MEDIA_TYPES_BY_EXTENSION = {".txt": "text/plain", ".text": "text/plain", ".html": "text/html", ".htm": "text/html"}


def media_type_of(filename: str | None, declared: str | None) -> str | None:
    """text/plain or text/html for an uploaded file, from its name's extension, else its declared type; None
    when it is neither."""
    name = (filename or "").lower()
    extension = name[name.rfind("."):] if "." in name else ""
    media_type = MEDIA_TYPES_BY_EXTENSION.get(extension) or declared
    return media_type if media_type in TEXT_TYPES else None


def decoded(data: bytes, media_type: str, charset: str | None = None) -> str:
    """The submitted text, in the `charset` its sender declares, else as `charsets.encoding_of` finds. BadArticle
    when unusable."""
    return decode_article(data, encoding_of(data, charset, html=media_type == "text/html"))


def article_text(data: bytes, media_type: str, charset: str | None = None) -> str:
    """Decoded text (`decoded`); an HTML page reduced to its article text. BadArticle when unusable."""
    text = decoded(data, media_type, charset)
    if media_type != "text/html":
        return text
    # trafilatura takes seconds to import: the command line pays for it only when it reads HTML.
    from factcheck.html_text import html_to_text

    return html_to_text(text)


def article_upload(data: bytes, media_type: str, charset: str | None = None) -> dict:
    """An uploaded article as fields: its `body` (as `article_text` gives it) and, for HTML, the title, byline,
    date, canonical URL and publisher the page gives of itself."""
    if media_type != "text/html":
        return {"body": decoded(data, media_type, charset)}
    from factcheck.html_text import html_metadata, html_to_text

    text = decoded(data, media_type, charset)
    return {**html_metadata(text), "body": html_to_text(text)}
