"""The fact-checking service: HTTP API, pages, command line and storage."""
import os

# As in claims/__init__.py: numpy (which sqlite-utils imports first here) would start polling OpenBLAS threads.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from flask import Flask  # noqa: E402

from factcheck import db  # noqa: E402
from factcheck.db import DEFAULT_DATABASE, open_database  # noqa: E402

DEFAULTS = {
    "DATABASE": DEFAULT_DATABASE,
    # Request bodies larger than this are refused with 413.
    "MAX_CONTENT_LENGTH": 2 * 1024 * 1024,
    # An article's analysis is stopped (422) after this long. A long article is analysed in one of ANALYSIS_WORKERS
    # processes (per server process), a short one in the request's thread (`submission.analysed_here`). Two, so
    # that a server process holding more than its share of the keep-alive connections (they stay with the
    # process that accepted them) still has a core's worth to spare for long articles.
    "ANALYSIS_SECONDS": 30,
    "ANALYSIS_WORKERS": 2,
    # API reads are open unless this is true; writes always need an X-API-Key.
    "READS_REQUIRE_KEY": False,
    # Per API key (per address for keyless reads) across the whole API, in the notation of the `limits` package.
    "RATE_LIMIT": "600 per minute",
    # Where the rate limit's counters live: memory:// (this process), or e.g. redis://host:6379 to share them.
    "RATELIMIT_STORAGE": "memory://",
    # Where clients reach the service: the root of the absolute URLs in exports and Location headers (never
    # the request's Host header); https turns on HSTS and Secure cookies. `factcheck serve` defaults it to
    # its own address.
    "PUBLIC_URL": "http://127.0.0.1:5000",
    # The pages can be read without logging in unless this is true; writing always needs a user with a role.
    "PAGES_REQUIRE_LOGIN": False,
    # The verdicts a reviewer chooses from, best first (a JSON list in FACTCHECK_RATING_SCALE); None: the default
    # scale of factcheck.review.
    "RATING_SCALE": None,
    # The fact-checking organisation that publishes the ClaimReview feed (its `author`).
    "ORGANISATION_NAME": "Factcheck",
    "ORGANISATION_URL": None,
    # How often the worker process (`factcheck worker`) looks for batch items and due webhook deliveries.
    "WORKER_POLL_SECONDS": 0.5,
    # How often the worker process checkpoints the WAL (`worker.run_checkpoints`): commits are synchronous=NORMAL,
    # so a power cut may lose the writes answered since the last checkpoint, at most this long ago.
    "CHECKPOINT_SECONDS": 0.5,
    # Seconds before each retry of a failed webhook delivery, Standard Webhooks' suggested schedule (5 s, 5 min,
    # 30 min, 2 h, 5 h, 10 h, 10 h); the delivery fails after the last.
    "WEBHOOK_RETRY_SECONDS": [5, 300, 1800, 7200, 18000, 36000, 36000],
    "WEBHOOK_TIMEOUT_SECONDS": 10,
    # Webhooks must be https and reach public addresses unless this is true (a receiver inside the newsroom).
    "WEBHOOK_PRIVATE_TARGETS": False,
    # Origins whose scripts may call the API from a browser (a list, or text with commas between them), e.g. a CMS
    # plugin's; None: no cross-origin calls.
    "CORS_ORIGINS": None,
}


def create_app(test_config=None):
    """Build the Flask application: defaults, then FACTCHECK_* environment, then test overrides."""
    # Imported here, as in Flask's tutorial, so that the command line does not load the web layer.
    from factcheck import api, errors, pages, request_ids, review, security, submission

    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env(prefix="FACTCHECK")
    if test_config:
        app.config.from_mapping(test_config)
    review.rating_scale(app.config["RATING_SCALE"])  # a bad scale stops the start, not the first review
    # Held for the app's life, so that a request closing its connection never closes the database's last
    # one: that would checkpoint the WAL into the file and delete it, about 30 ms, on every request.
    app.extensions["database"] = open_database(app.config["DATABASE"])
    db.init_app(app)
    submission.init_app(app)
    security.init_app(app)
    pages.init_app(app)
    api.init_app(app)
    errors.init_app(app)
    request_ids.init_app(app)
    return app
