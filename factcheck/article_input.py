"""Turn submitted bytes into article text, refusing what is not an article."""


class BadArticle(ValueError):
    """The submitted input cannot be analysed (empty, binary, not UTF-8)."""


def decode_article(data: bytes) -> str:
    """Decode UTF-8 article text (a BOM is dropped); raise BadArticle for empty or binary input."""
    if b"\x00" in data:
        raise BadArticle("input is binary, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadArticle(f"input is not UTF-8 text (byte {exc.start})") from None
    if not text.strip():
        raise BadArticle("input is empty")
    return text
