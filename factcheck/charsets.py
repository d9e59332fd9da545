"""Which character encoding submitted bytes are in: a byte order mark, else the charset the sender declares, else (for
HTML) the page's own <meta charset>, else UTF-8; labels read as browsers read them (WHATWG Encoding Standard)."""
import codecs
import re

from factcheck.article_input import WINDOWS_1252, BadArticle

# The WHATWG Encoding Standard (encoding.spec.whatwg.org, "windows-1252") maps these labels to windows-1252: text
# declared Latin-1 or ASCII is, in the wild, Windows text with curly quotes in bytes 0x80-0x9F.
WINDOWS_1252_LABELS = frozenset({
    "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1",
    "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252",
})
# Python's codecs that are no charset of the web: escapes and domain-name encodings (the transforms, base64 and
# the like, are refused as they are not text encodings).
NOT_CHARSETS = frozenset({"undefined", "unicode-escape", "raw-unicode-escape", "idna", "punycode"})
BYTE_ORDER_MARKS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# HTML's prescan: a <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…"> in the first 1,024 bytes.
PRESCAN_BYTES = 1024
META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)


class UnknownCharset(BadArticle):
    """The sender declares a charset that no codec reads."""


def codec_of(label: str) -> str:
    """The Python codec for a charset label; UnknownCharset when there is none."""
    label = label.strip().strip("\"'").lower()
    if label in WINDOWS_1252_LABELS:
        return WINDOWS_1252
    try:
        codec = codecs.lookup(label).name
        "a".encode(codec)  # LookupError for a codec that is no text encoding (rot13, zlib)
    except (LookupError, UnicodeError):
        codec = None
    if codec is None or codec in NOT_CHARSETS:
        raise UnknownCharset(f"the charset {label!r} is not one we can read")
    return codec


def encoding_of(data: bytes, declared: str | None = None, html: bool = False) -> str:
    """The codec to read `data` with: its byte order mark's, else the `declared` charset's, else for `html` the one its
    <meta> names (ignored when unknown, and UTF-16 read as UTF-8, since the <meta> was read as ASCII), else UTF-8."""
    for mark, codec in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return codec
    if declared:
        return codec_of(declared)
    found = html and META_CHARSET.search(data[:PRESCAN_BYTES])
    if found:
        try:
            codec = codec_of(found[1].decode("ascii"))
        except UnknownCharset:
            return "utf-8"
        return "utf-8" if codec.startswith("utf-16") else codec
    return "utf-8"

