"""The session's signing serializer is built once per set of keys (`factcheck.cookie_sessions`)."""
from factcheck.cookie_sessions import CookieSessions


def test_the_serializer_is_built_once_and_again_when_the_key_changes(app):
    sessions = app.session_interface
    assert isinstance(sessions, CookieSessions)
    first = sessions.get_signing_serializer(app)
    assert sessions.get_signing_serializer(app) is first
    app.secret_key = "another key"
    assert sessions.get_signing_serializer(app) is not first
    assert sessions.get_signing_serializer(app).loads(sessions.get_signing_serializer(app).dumps({"a": 1})) == {"a": 1}


def test_a_session_set_by_one_request_is_read_by_the_next(app):
    @app.get("/test-session/<value>")
    def remember(value):
        from flask import session
        before = session.get("value", "")
        session["value"] = value
        return before

    client = app.test_client()
    assert client.get("/test-session/ferry").get_data(as_text=True) == ""
    assert client.get("/test-session/harbour").get_data(as_text=True) == "ferry"
