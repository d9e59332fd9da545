"""Every response carries the security headers; HSTS and Secure cookies only when the public address is https."""
import pytest
from flask import Flask

from factcheck import create_app
from factcheck.security import SecurityHeaders

STRICT_CSP = {"default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'",
              "form-action 'self'", "frame-ancestors 'none'"}


def app_at(tmp_path, public_url: str):
    return create_app({"TESTING": True, "DATABASE": str(tmp_path / "headers.db"), "PUBLIC_URL": public_url})


@pytest.mark.parametrize("path", ["/", "/articles", "/registry", "/api/v1/claims", "/api/v1/docs", "/healthz",
                                  "/no-such-page"])
def test_every_answer_has_the_security_headers(tmp_path, path):
    response = app_at(tmp_path, "http://127.0.0.1:5000").test_client().get(path)
    assert set(response.headers["Content-Security-Policy"].split("; ")) == STRICT_CSP
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert "Strict-Transport-Security" not in response.headers


def test_https_public_address_adds_hsts_behind_its_proxy(tmp_path):
    client = app_at(tmp_path, "https://factcheck.example").test_client()
    response = client.get("/", headers={"X-Forwarded-Proto": "https"})
    assert response.headers["Strict-Transport-Security"] == "max-age=31556926; includeSubDomains"


@pytest.mark.parametrize("public_url, secure", [("http://127.0.0.1:5000", False), ("https://factcheck.example", True)])
def test_session_cookie_is_samesite_httponly_and_secure_on_https(tmp_path, public_url, secure):
    cookie = app_at(tmp_path, public_url).test_client().get("/").headers["Set-Cookie"]
    attributes = {part.strip().split("=")[0] for part in cookie.split(";")}
    assert {"HttpOnly", "SameSite"} <= attributes and "SameSite=Lax" in cookie
    assert ("Secure" in attributes) is secure


def test_api_docs_start_swagger_ui_from_a_file(tmp_path):
    page = app_at(tmp_path, "http://127.0.0.1:5000").test_client().get("/api/v1/docs").get_data(as_text=True)
    assert "<script>" not in page and 'src="/static/api-docs.js"' in page and 'data-spec-url="/api/v1/openapi.json"' in page


def test_hsts_follows_each_request_though_the_other_headers_are_built_once(tmp_path):
    client = app_at(tmp_path, "https://factcheck.example").test_client()
    over = [client.get("/healthz", headers={"X-Forwarded-Proto": proto}).headers for proto in ("https", "http", "https")]
    assert ["Strict-Transport-Security" in headers for headers in over] == [True, False, True]
    assert all(headers["X-Frame-Options"] == "DENY" and headers.get_all("Referrer-Policy") == ["same-origin"]
               for headers in over)


def test_a_view_cannot_set_security_options_of_its_own():
    talisman = SecurityHeaders(Flask(__name__))
    with pytest.raises(TypeError, match="frame_options"):
        talisman(frame_options="SAMEORIGIN")
