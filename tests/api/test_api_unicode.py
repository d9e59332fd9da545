"""Text that SQLite cannot store (a lone surrogate, which a JSON \\ud800 escape carries) is a 422 in every JSON
field a client writes, never a 500."""
import pytest

LONE = "\\ud800"


@pytest.mark.parametrize(("method", "path", "body"), [
    ("POST", "/api/v1/articles", f'{{"body": "Text.", "url": "https://news.example.org/{LONE}"}}'),
    ("POST", "/api/v1/batches", f'[{{"body": "Text.", "url": "https://news.example.org/{LONE}"}}]'),
    ("POST", "/api/v1/webhooks", f'{{"url": "https://cms.example.org/{LONE}", "events": ["batch.done"]}}'),
    ("POST", "/api/v1/sources", f'{{"id": "ann-lee", "name": "Ann {LONE}", "kind": "person"}}'),
    ("POST", "/api/v1/sources", f'{{"id": "ann-lee", "name": "Ann", "kind": "person", "links": ["https://a.org/{LONE}"]}}'),
    ("PATCH", "/api/v1/sources/bo-chan", f'{{"description": "{LONE}"}}'),
])
def test_a_lone_surrogate_is_refused_with_a_problem(client, auth, method, path, body):
    assert client.post("/api/v1/sources", json={"id": "bo-chan", "name": "Bo Chan", "kind": "person"},
                       headers=auth).status_code == 201
    response = client.open(path, method=method, data=body, content_type="application/json", headers=auth)
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
