"""The fact-checking service: HTTP API, pages, command line and storage."""
from flask import Flask

from factcheck.db import DEFAULT_DATABASE, close_db, open_database
from sources import IndexCache

DEFAULTS = {
    "DATABASE": DEFAULT_DATABASE,
    # Request bodies larger than this are refused with 413.
    "MAX_CONTENT_LENGTH": 2 * 1024 * 1024,
    # API reads are open unless this is true; writes always need an X-API-Key.
    "READS_REQUIRE_KEY": False,
    # Per API key (per address for keyless reads), in the notation of the `limits` package.
    "RATE_LIMIT": "600 per minute",
}


def create_app(test_config=None):
    """Build the Flask application: defaults, then FACTCHECK_* environment, then test overrides."""
    # Imported here, as in Flask's tutorial, so that the command line does not load the web layer.
    from factcheck import api, errors, pages, request_ids

    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env(prefix="FACTCHECK")
    if test_config:
        app.config.from_mapping(test_config)
    # Held for the app's life, so that a request closing its connection never closes the database's last
    # one: that would checkpoint the WAL into the file and delete it, about 30 ms, on every request.
    app.extensions["database"] = open_database(app.config["DATABASE"])
    app.extensions["registry_index"] = IndexCache()
    app.teardown_appcontext(close_db)
    pages.init_app(app)
    api.init_app(app)
    errors.init_app(app)
    request_ids.init_app(app)

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app
