"""Server-rendered pages for people: submit and read articles, sources, the registry and reports."""
import secrets
from urllib.parse import urlsplit

from flask import Blueprint, Flask, current_app, render_template
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.exceptions import RequestEntityTooLarge

from factcheck import wording
from factcheck.cookie_sessions import CookieSessions
from factcheck.pages import access, account, articles, claims, dates, reports, review, sources

csrf = CSRFProtect()
bp = Blueprint("pages", __name__)
for child in (account.bp, articles.bp, claims.bp, reports.bp, review.bp, sources.bp):
    bp.register_blueprint(child)
bp.before_request(access.require_login_for_reads)


@bp.before_request
def protect_forms():
    """Every form the pages receive must carry the session's CSRF token."""
    if current_app.config["WTF_CSRF_ENABLED"]:
        csrf.protect()


@bp.errorhandler(CSRFError)
def csrf_failed(error: CSRFError):
    return render_template("pages/error.html", title="This form has expired", detail=error.description), 400


@bp.errorhandler(RequestEntityTooLarge)
def too_large(_error: RequestEntityTooLarge):
    megabytes = current_app.config["MAX_CONTENT_LENGTH"] / (1024 * 1024)
    return render_template("pages/error.html", title="This article is too large",
                           detail=f"Articles of up to {megabytes:.3g} MB can be checked."), 413


@bp.app_template_filter()
def http_url(url: str | None) -> str | None:
    """The URL if it is http(s), else None: stored links never become javascript: or data: hrefs."""
    return url if url and urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def init_app(app: Flask) -> None:
    """Register the pages and protect their forms against cross-site request forgery."""
    if not app.config.get("SECRET_KEY"):
        # Set FACTCHECK_SECRET_KEY to keep forms valid across restarts and several server processes.
        app.config["SECRET_KEY"] = secrets.token_hex(32)
    app.session_interface = CookieSessions()
    # The JSON API authenticates with X-API-Key, not cookies: only the pages check CSRF tokens.
    app.config.setdefault("WTF_CSRF_CHECK_DEFAULT", False)
    csrf.init_app(app)
    access.init_app(app)
    dates.init_app(app)
    # The templates word stances and disputes as the command line and the exports do.
    app.jinja_env.globals["wording"] = wording
    app.register_blueprint(bp)
