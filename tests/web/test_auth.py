"""Signing in, the first administrator's setup link, CSRF on forms, error pages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from marker.extensions import db
from marker.store.accounts import issue_setup_token
from marker.store.models import AuditEvent, User
from tests.helpers import extract_csrf


def test_setup_link_creates_the_first_administrator_once(app: Flask, client: FlaskClient) -> None:
    token = issue_setup_token()
    assert token is not None
    page = client.get(f"/setup/{token}")
    assert page.status_code == 200
    response = client.post(
        f"/setup/{token}",
        data={
            "display_name": "Ada Admin",
            "username": "ada",
            "password": "correct-horse-battery",
            "confirm": "correct-horse-battery",
            "csrf_token": extract_csrf(page.get_data(as_text=True)),
        },
    )
    assert response.status_code == 302
    admin = db.session.scalar(select(User).where(User.username == "ada"))
    assert admin is not None and admin.has_role("admin")
    assert admin.password_hash != "correct-horse-battery"
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    assert "Administration" in dashboard.get_data(as_text=True)
    # The link is spent, and no new one is issued once someone exists.
    assert client.get(f"/setup/{token}").status_code == 404
    assert issue_setup_token() is None


def test_setup_with_a_wrong_token_is_not_found(client: FlaskClient) -> None:
    issue_setup_token()
    assert client.get("/setup/guessed-token").status_code == 404


def test_wrong_password_is_refused_without_saying_which_part(
    client: FlaskClient, make_user: Callable[..., User]
) -> None:
    make_user("tina", "tutor")
    page = client.get("/login")
    response = client.post(
        "/login",
        data={"username": "tina", "password": "nope", "csrf_token": extract_csrf(page.get_data(as_text=True))},
    )
    assert response.status_code == 200
    assert "The username or password is not right." in response.get_data(as_text=True)


def test_sign_in_is_recorded_and_leads_to_the_role_home(
    client: FlaskClient, make_user: Callable[..., User], login: Callable[..., None]
) -> None:
    tutor = make_user("tina", "tutor")
    login(client, tutor)
    assert client.get("/").headers["Location"].endswith("/tutor/")
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "auth.login")) is not None


def test_forms_without_a_csrf_token_are_refused(client: FlaskClient, make_user: Callable[..., User]) -> None:
    make_user("tina", "tutor")
    response = client.post("/login", data={"username": "tina", "password": "pw-Secret-123"})
    assert response.status_code == 400
    assert "form had expired" in response.get_data(as_text=True)


def test_sign_in_never_redirects_off_site(client: FlaskClient, make_user: Callable[..., User]) -> None:
    make_user("tina", "tutor")
    page = client.get("/login?next=https://evil.example/")
    response = client.post(
        "/login?next=https://evil.example/",
        data={"username": "tina", "password": "pw-Secret-123", "csrf_token": extract_csrf(page.get_data(as_text=True))},
    )
    assert "evil.example" not in response.headers["Location"]


def test_sign_in_is_rate_limited(app: Flask, client: FlaskClient) -> None:
    page = client.get("/login")
    token = extract_csrf(page.get_data(as_text=True))
    statuses = [
        client.post("/login", data={"username": "x", "password": "y", "csrf_token": token}).status_code
        for _ in range(12)
    ]
    assert statuses[0] == 200
    assert statuses[-1] == 429


def test_errors_show_a_page_not_a_stack_trace(app: Flask, client: FlaskClient) -> None:
    @app.route("/boom-for-test")
    def boom() -> str:
        raise RuntimeError("secret internals")

    boom.access = ("public",)  # type: ignore[attr-defined]
    response = client.get("/boom-for-test")
    assert response.status_code == 500
    body = response.get_data(as_text=True)
    assert "secret internals" not in body and "Traceback" not in body
    assert client.get("/no-such-page").status_code == 404


def test_session_cookie_is_httponly_and_samesite(client: FlaskClient, make_user: Callable[..., User]) -> None:
    make_user("tina", "tutor")
    page = client.get("/login")
    response = client.post(
        "/login",
        data={"username": "tina", "password": "pw-Secret-123", "csrf_token": extract_csrf(page.get_data(as_text=True))},
    )
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie


def test_behind_https_cookies_are_secure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from marker import create_app

    monkeypatch.setenv("MARKER_HTTPS", "1")
    monkeypatch.setenv("MARKER_SECRET_KEY", "test")
    monkeypatch.setenv("MARKER_DATABASE_URL", f"sqlite:///{tmp_path / 'https.sqlite3'}")
    app = create_app({"INSTANCE_PATH": str(tmp_path)})
    assert app.config["SESSION_COOKIE_SECURE"] is True
    response = app.test_client().get("/", headers={"X-Forwarded-Proto": "https"})
    assert response.headers["Strict-Transport-Security"].startswith("max-age=")
