"""Dates stored as ISO 8601 UTC; submitted bytes read in the charset declared for them, or that an HTML page declares."""
import codecs

import pytest

from factcheck.article_input import BadArticle
from factcheck.charsets import UnknownCharset, codec_of, encoding_of
from factcheck.timestamps import utc_timestamp
from factcheck.uploads import article_upload


@pytest.mark.parametrize(("given", "stored"), [
    ("2025-04-17", "2025-04-17T00:00:00Z"),
    ("2025-04-17T09:30:00+09:00", "2025-04-17T00:30:00Z"),
    ("2025-04-17T09:30:00.125Z", "2025-04-17T09:30:00Z"),
    ("2025-04-17 09:30", "2025-04-17T09:30:00Z"),
    ("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z"),
])
def test_dates_are_stored_as_utc_timestamps(given, stored):
    assert utc_timestamp(given) == stored


@pytest.mark.parametrize("given", ["17 April 2025", "2025-13-01", "", "0001-01-01T00:30:00+01:00"])
def test_what_is_no_date_is_refused(given):
    with pytest.raises(ValueError):
        utc_timestamp(given)


@pytest.mark.parametrize(("label", "codec"), [
    ("ISO-8859-1", "cp1252"), ("latin1", "cp1252"), ("us-ascii", "cp1252"), ('"utf-8"', "utf-8"),
    ("windows-1251", "cp1251"), ("Shift_JIS", "shift_jis"), ("UTF-16LE", "utf-16-le"),
])
def test_charset_labels_are_read_as_browsers_read_them(label, codec):
    assert codec_of(label) == codec


@pytest.mark.parametrize("label", ["klingon-8", "rot13", "base64", "unicode_escape", "undefined", ""])
def test_labels_that_are_no_charset_are_refused(label):
    with pytest.raises(UnknownCharset):
        codec_of(label)


@pytest.mark.parametrize(("data", "declared", "html", "codec"), [
    (codecs.BOM_UTF8 + b"text", "iso-8859-1", False, "utf-8-sig"),  # a byte order mark wins
    (b"text", "iso-8859-15", False, "iso8859-15"),
    (b'<meta charset="koi8-r"><p>text', None, True, "koi8-r"),
    (b'<meta http-equiv="Content-Type" content="text/html; charset=Windows-1250"><p>', None, True, "cp1250"),
    (b'<meta charset="koi8-r"><p>text', "utf-8", True, "utf-8"),  # the sender's declaration wins over the page's
    (b'<meta charset="utf-16"><p>text', None, True, "utf-8"),  # a <meta> read as ASCII cannot be UTF-16
    (b'<meta charset="nonsense"><p>text', None, True, "utf-8"),
    (b" " * 1024 + b'<meta charset="koi8-r">', None, True, "utf-8"),  # past the prescan
    (b'<meta charset="koi8-r">', None, False, "utf-8"),  # plain text has no <meta>
])
def test_the_encoding_comes_from_a_mark_the_sender_or_the_page(data, declared, html, codec):
    assert encoding_of(data, declared, html) == codec


def test_windows_1252_bytes_declared_latin_1_keep_their_curly_quotes_and_undefined_bytes():
    assert article_upload("“Oui,” dit Zoé.".encode("cp1252") + b"\x81", "text/plain", "iso-8859-1") == {
        "body": "“Oui,” dit Zoé.\x81"}


@pytest.mark.parametrize(("data", "charset", "problem"), [
    (b"\xfa\xfb\xfc", None, "not UTF-8 text"),
    (b"\x85\x40", "shift_jis", "not shift_jis text"),
    ("“Hi,” said Ann.".encode("utf-16-le"), None, "binary"),
    ("“Hi,” said Ann.".encode("utf-16-le"), "utf-16-le", None),
])
def test_bytes_that_are_not_text_in_their_charset_are_refused(data, charset, problem):
    if problem is None:
        assert article_upload(data, "text/plain", charset)["body"] == "“Hi,” said Ann."
        return
    with pytest.raises(BadArticle, match=problem):
        article_upload(data, "text/plain", charset)
