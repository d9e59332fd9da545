"""Any bytes, as any kind of article, get an article or a clear 4xx: never a server error, never lost data."""
import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
MARKUP = st.lists(st.sampled_from(["<p>", "</p>", "<div>", "<script>", "</script>", "<!--", "-->", "&amp;", "&#0;",
                                   "<?xml?>", "<![CDATA[", '"', "“", "said", " Jane Doe", ".", "\n\n", "\x00"]))


def submit(client, auth, data: bytes, kind: str):
    if kind == "upload":
        return client.post("/api/v1/articles", data={"file": (io.BytesIO(data), "story.html")},
                           content_type="multipart/form-data", headers=auth)
    return client.post("/api/v1/articles", data=data, content_type=kind, headers=auth)


@FUZZ
@given(data=st.binary(max_size=2000) | MARKUP.map(lambda parts: "".join(parts).encode()),
       kind=st.sampled_from(["text/plain", "text/html", "application/json", "upload"]))
def test_any_bytes_are_an_article_or_a_4xx(client, auth, data, kind):
    response = submit(client, auth, data, kind)
    assert response.status_code in (201, 400, 422), response.get_data(as_text=True)
    assert response.mimetype == ("application/json" if response.status_code == 201 else "application/problem+json")


@FUZZ
@given(document=st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                             lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=12), inner, max_size=4)))
def test_any_json_document_is_an_article_or_a_422(client, auth, document):
    for sent in (document, {"body": "Text.", "title": document}, {"body": document}):
        response = client.post("/api/v1/articles", data=json.dumps(sent), content_type="application/json", headers=auth)
        assert response.status_code in (201, 422), response.get_data(as_text=True)
