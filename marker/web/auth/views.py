"""Signing in and out, the home page, and the one-time setup of the first administrator."""

from __future__ import annotations

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_user, logout_user
from sqlalchemy import select
from werkzeug.wrappers import Response

from marker.extensions import db, limiter
from marker.store.accounts import AccountError, create_first_admin, setup_token_is_valid
from marker.store.audit import record_event
from marker.store.models import User
from marker.web.access import login_required_any, public
from marker.web.auth import bp
from marker.web.auth.forms import LoginForm, LogoutForm, SetupForm


def _login_limit() -> str:
    return str(current_app.config["MARKER_SETTINGS"].login_rate_limit)


def _safe_next(target: str | None) -> str | None:
    # Only same-site paths: an absolute URL in ?next= would make sign-in an open redirect.
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return None


@bp.route("/")
@public
def home() -> str | Response:
    if current_user.is_authenticated:
        if current_user.has_role("tutor"):
            return redirect(url_for("tutor.index"))
        if current_user.has_role("moderator"):
            return redirect(url_for("moderator.index"))
        if current_user.has_role("admin"):
            return redirect(url_for("admin.index"))
    return render_template("auth/home.html")


@bp.route("/login", methods=["GET", "POST"])
@public
@limiter.limit(_login_limit, methods=["POST"])
def login() -> str | Response:
    form = LoginForm()
    if form.validate_on_submit():
        user = db.session.scalar(select(User).where(User.username == form.username.data.strip()))
        if user is not None and user.active and user.check_password(form.password.data):
            login_user(user)
            record_event(actor=user, action="auth.login", subject=user)
            db.session.commit()
            return redirect(_safe_next(request.args.get("next")) or url_for("auth.home"))
        flash("The username or password is not right.", "error")
    return render_template("auth/login.html", form=form)


@bp.route("/logout", methods=["POST"])
@login_required_any
def logout() -> Response:
    form = LogoutForm()
    if form.validate_on_submit():
        logout_user()
        flash("You have signed out.", "info")
    return redirect(url_for("auth.login"))


@bp.route("/setup/<token>", methods=["GET", "POST"])
@public
@limiter.limit(_login_limit, methods=["POST"])
def setup(token: str) -> str | Response:
    if not setup_token_is_valid(token):
        abort(404)
    form = SetupForm()
    if form.validate_on_submit():
        try:
            user = create_first_admin(token, form.username.data, form.password.data, form.display_name.data or "")
        except AccountError as error:
            db.session.rollback()
            flash(error.message, "error")
        else:
            login_user(user)
            flash("The administrator account is ready.", "info")
            return redirect(url_for("admin.index"))
    return render_template("auth/setup.html", form=form)
