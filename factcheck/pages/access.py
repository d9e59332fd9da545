"""Who is using the pages (Flask-Login sessions over `factcheck.accounts`) and which role each write needs."""
from functools import wraps
from urllib.parse import urlsplit

from flask import Flask, current_app, flash, redirect, request, url_for
from flask_login import LoginManager, current_user
from werkzeug.exceptions import Forbidden, Unauthorized

from factcheck import accounts
from factcheck.db import get_db
from factcheck.errors import wants_json

login_manager = LoginManager()
# Pages anyone may open even when FACTCHECK_PAGES_REQUIRE_LOGIN is true.
OPEN_ENDPOINTS = frozenset({"pages.account.login", "static"})


@login_manager.user_loader
def load_user(user_id: str) -> accounts.User | None:
    """The session's user, or None (logged out) once they are disabled or gone."""
    user = accounts.get_user(get_db(), int(user_id)) if user_id.isdigit() else None
    return user if user and user.is_active else None


@login_manager.unauthorized_handler
def log_in_first():
    """Browsers are sent to the login page and back; API clients get a 401 problem."""
    if wants_json():
        raise Unauthorized("Log in to the pages first.")
    flash("Log in to do this.", "info")
    return redirect(url_for("pages.account.login", next=request.full_path.rstrip("?")))


def safe_next(target: str | None) -> str:
    """Where to go after logging in: a path on this site only, never another host."""
    parts = urlsplit(target or "")
    if not target or parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return url_for("pages.articles.submit")
    return target


def role_required(role: str, methods: tuple[str, ...] = ("GET", "POST")):
    """A view that needs a user with `role` (or a higher one) for requests with these methods."""

    def decorate(view):
        @wraps(view)
        def checked(*args, **kwargs):
            if request.method in methods:
                if not current_user.is_authenticated:
                    return login_manager.unauthorized()
                if not current_user.may(role):
                    raise Forbidden(f"This needs the {role} role; you are logged in as a {current_user.role}.")
            return view(*args, **kwargs)

        return checked

    return decorate


def may(role: str) -> bool:
    """Whether the person using the pages may do what `role` may (for templates: show or hide actions)."""
    return current_user.is_authenticated and current_user.may(role)


def require_login_for_reads() -> None:
    """With PAGES_REQUIRE_LOGIN, every page but the login page needs a logged-in user."""
    if current_app.config["PAGES_REQUIRE_LOGIN"] and not current_user.is_authenticated \
            and request.endpoint not in OPEN_ENDPOINTS:
        return login_manager.unauthorized()
    return None


def init_app(app: Flask) -> None:
    login_manager.init_app(app)
    app.jinja_env.globals["may"] = may
