"""Logging in to the pages and out again."""
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_user, logout_user

from factcheck import accounts
from factcheck.db import get_db
from factcheck.pages.access import safe_next
from factcheck.pages.forms import LoginForm

bp = Blueprint("account", __name__)


@bp.route("/login", methods=["GET", "POST"])
def login():
    form = LoginForm()
    if form.validate_on_submit():
        user = accounts.authenticate(get_db(), form.name.data, form.password.data)
        if user:
            login_user(user)
            flash(f"Logged in as {user.name} ({user.role}).", "info")
            return redirect(safe_next(request.args.get("next")))
        form.password.errors.append("The name or the password is wrong, or the account is disabled.")
    return render_template("pages/login.html", form=form), 422 if form.errors else 200


@bp.post("/logout")
def logout():
    logout_user()
    flash("Logged out.", "info")
    return redirect(url_for("pages.articles.submit"))
