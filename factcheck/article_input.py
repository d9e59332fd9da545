"""Turn submitted bytes into article text, refusing what is not an article."""
import codecs

WINDOWS_1252 = "cp1252"
# windows-1252 leaves five bytes undefined; browsers (WHATWG) read them as the C1 controls of the same number, as
# Latin-1 does.
C1_CONTROLS = "factcheck.c1-controls"
codecs.register_error(C1_CONTROLS, lambda error: (error.object[error.start:error.end].decode("latin-1"), error.end))


class BadArticle(ValueError):
    """The submitted input cannot be analysed (empty, binary, not text in its character encoding)."""


def decode_article(data: bytes, codec: str = "utf-8-sig") -> str:
    """Decode article text (UTF-8 unless `codec`, as `factcheck.charsets.encoding_of` names it, says otherwise);
    raise BadArticle for empty or binary input."""
    try:
        text = data.decode(codec, errors=C1_CONTROLS if codec == WINDOWS_1252 else "strict")
    except UnicodeDecodeError as exc:
        name = "UTF-8" if codec.startswith("utf-8") else codec
        raise BadArticle(f"input is not {name} text (byte {exc.start})") from None
    except UnicodeError as exc:  # a codec that fails as a whole, not at a byte
        raise BadArticle(f"input cannot be read as {codec} text ({exc})") from None
    if "\x00" in text:
        raise BadArticle("input is binary, not text")
    if not text.strip():
        raise BadArticle("input is empty")
    return text
