"""Signing in and out, the home page, and the one-time setup of the first administrator."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import abort, current_app, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_user, logout_user
from werkzeug.wrappers import Response

from marker.extensions import limiter
from marker.service.people import (
    create_first_admin,
    password_reset_person,
    record_sign_in,
    sign_out_everywhere,
)
from marker.service.people import (
    reset_password as redeem_reset,
)
from marker.store.accounts import AccountError, authenticate, setup_token_is_valid
from marker.store.models import User
from marker.web.access import login_required_any, public, uow
from marker.web.auth import bp
from marker.web.auth.forms import LoginForm, LogoutForm, ResetPasswordForm, SetupForm


def _login_limit() -> str:
    return str(current_app.config["MARKER_SETTINGS"].login_rate_limit)


def _login_username_key() -> str:
    # A second budget per username, whatever the address: spreading guesses over many addresses does not help.
    username = (request.form.get("username") or "").strip().lower()
    return f"login-username:{username[:80]}"


def _safe_next(target: str | None) -> str | None:
    """The ``next`` path if it is a same-site relative path, else None (sign-in must not be an open redirect).

    Browsers drop tabs and newlines from URLs and read a backslash as a slash, so ``/\t/evil.example`` and
    ``/\\evil.example`` lead off site: any whitespace, control character or backslash is refused, not cleaned.
    """
    if not target or len(target) > 2000:
        return None
    if "\\" in target or any(char.isspace() or ord(char) < 32 or ord(char) == 127 for char in target):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    return target


def _start_session(user: User) -> None:
    # A fresh session at sign-in: nothing set before it (including the CSRF token) carries over.
    session.clear()
    login_user(user)


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
@limiter.limit(_login_limit, methods=["POST"], key_func=_login_username_key)
def login() -> str | Response:
    form = LoginForm()
    if form.validate_on_submit():
        user = authenticate(form.username.data, form.password.data)
        if user is not None:
            target = _safe_next(request.args.get("next")) or url_for("auth.home")
            _start_session(user)
            record_sign_in(uow(), user)
            return redirect(target)
        flash("The username or password is not right.", "error")
    return render_template("auth/login.html", form=form)


@bp.route("/logout", methods=["POST"])
@login_required_any
def logout() -> Response:
    form = LogoutForm()
    if form.validate_on_submit():
        # Ending the session token makes any copy of this cookie (or a remember-me cookie) useless too.
        sign_out_everywhere(uow(), current_user._get_current_object())
        logout_user()
        session.clear()
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
            user = create_first_admin(
                uow(), token, form.username.data, form.password.data, form.display_name.data or ""
            )
        except AccountError as error:
            flash(error.message, "error")
        else:
            _start_session(user)
            flash("The administrator account is ready.", "info")
            return redirect(url_for("admin.index"))
    return render_template("auth/setup.html", form=form)


@bp.route("/reset/<token>", methods=["GET", "POST"])
@public
@limiter.limit(_login_limit, methods=["POST"])
def reset_password(token: str) -> str | Response:
    """The one-time link an administrator made: choose a new password, then sign in with it."""
    person = password_reset_person(uow(), token)
    if person is None:
        abort(404)
    form = ResetPasswordForm()
    if form.validate_on_submit():
        try:
            redeem_reset(uow(), token, form.password.data)
        except AccountError as error:
            flash(error.message, "error")
        else:
            flash("Your new password is set. Sign in with it.", "info")
            return redirect(url_for("auth.login"))
    return render_template("auth/reset.html", form=form, person=person)
