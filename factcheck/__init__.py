"""The fact-checking service: HTTP API, pages, command line and storage."""
from flask import Flask


def create_app(test_config=None):
    """Build the Flask application: defaults, then FACTCHECK_* environment, then test overrides."""
    app = Flask(__name__)
    app.config.from_mapping(DATABASE="factcheck.db")
    app.config.from_prefixed_env(prefix="FACTCHECK")
    if test_config:
        app.config.from_mapping(test_config)

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app
