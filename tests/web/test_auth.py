"""Signing in, the first administrator's setup link, CSRF on forms, error pages."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from marker.extensions import db
from marker.service.people import issue_setup_token
from marker.store.models import AuditEvent, User
from tests.helpers import app_uow, extract_csrf


def test_setup_link_creates_the_first_administrator_once(app: Flask, client: FlaskClient) -> None:
    token = issue_setup_token(app_uow())
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
    assert issue_setup_token(app_uow()) is None


def test_setup_with_a_wrong_token_is_not_found(client: FlaskClient) -> None:
    issue_setup_token(app_uow())
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


# --- issue 12: what an outside probe found -------------------------------------------------------------------


def _sign_in(client: FlaskClient, username: str, password: str = "pw-Secret-123", next_path: str | None = None) -> Any:
    url = "/login" if next_path is None else f"/login?next={next_path}"
    page = client.get("/login")
    return client.post(
        url, data={"username": username, "password": password, "csrf_token": extract_csrf(page.get_data(as_text=True))}
    )


@pytest.mark.parametrize(
    "next_path",
    [
        "/%09/evil.example",
        "/%0a/evil.example",
        "%0d%0aSet-Cookie:x=1",
        "/\\evil.example",
        "///evil.example",
        "https:evil.example",
        "/%20/evil.example",
        "//evil.example",
    ],
)
def test_sign_in_sends_crafted_next_paths_home(
    client: FlaskClient, make_user: Callable[..., User], next_path: str
) -> None:
    make_user("tina", "tutor")
    response = _sign_in(client, "tina", next_path=next_path)
    assert response.status_code == 302
    assert response.headers["Location"] == "/"


def test_sign_in_follows_a_same_site_next_path(client: FlaskClient, make_user: Callable[..., User]) -> None:
    make_user("tina", "tutor")
    response = _sign_in(client, "tina", next_path="/tutor/%3Fa%3D1")
    assert response.headers["Location"] == "/tutor/?a=1"


def _cookie(client: FlaskClient) -> str:
    cookie = client.get_cookie("session")
    assert cookie is not None
    return cookie.value


def test_a_cookie_saved_before_sign_out_no_longer_works(
    app: Flask, client: FlaskClient, make_user: Callable[..., User]
) -> None:
    make_user("tina", "tutor")
    _sign_in(client, "tina")
    saved = _cookie(client)
    page = client.get("/tutor/")
    assert page.status_code == 200
    assert client.post("/logout", data={"csrf_token": extract_csrf(page.get_data(as_text=True))}).status_code == 302
    replay = app.test_client()
    replay.set_cookie("session", saved)
    assert replay.get("/tutor/").status_code == 302  # sent to sign in


def test_sign_in_starts_a_new_session_and_csrf_token(client: FlaskClient, make_user: Callable[..., User]) -> None:
    make_user("tina", "tutor")
    client.get("/login")
    with client.session_transaction() as state:
        state["planted"] = "by someone else"
        before = state["csrf_token"]
    _sign_in(client, "tina")
    client.get("/tutor/")
    with client.session_transaction() as state:
        assert "planted" not in state
        assert state["csrf_token"] != before


@pytest.mark.parametrize("path", ["/favicon.ico", "/", "/login"])
def test_a_late_answer_to_a_request_sent_before_sign_in_keeps_the_new_session(
    app: Flask, client: FlaskClient, make_user: Callable[..., User], path: str
) -> None:
    # A browser asks for the sign-in page's icon (or any page) with the anonymous cookie; if that answer arrives
    # after the sign-in's, any cookie it sets replaces the signed-in one and the next page asks to sign in again.
    make_user("tina", "tutor")
    client.get("/login")
    anonymous = _cookie(client)
    _sign_in(client, "tina")
    late = app.test_client()
    late.set_cookie("session", anonymous)
    answer = late.get(path)
    assert answer.headers.getlist("Set-Cookie") == []
    assert client.get("/tutor/").status_code == 200


@pytest.mark.parametrize("change", ["password", "deactivation"])
def test_a_password_change_or_deactivation_ends_earlier_sessions(
    app: Flask, client: FlaskClient, make_user: Callable[..., User], change: str
) -> None:
    from marker.store.accounts import deactivate_user, set_password

    tina = make_user("tina", "tutor")
    _sign_in(client, "tina")
    assert client.get("/tutor/").status_code == 200
    if change == "password":
        set_password(tina, "another-long-password", actor=None)
    else:
        deactivate_user(tina, actor=None)
        db.session.commit()
        tina.active = True  # switched back on later: the old cookie must stay dead
    db.session.commit()
    assert client.get("/tutor/").status_code == 302


def test_an_unknown_username_costs_a_password_check(client: FlaskClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from marker.store import accounts

    checked: list[str] = []
    real = accounts.check_password_hash

    def spy(pwhash: str, password: str) -> bool:
        checked.append(password)
        return real(pwhash, password)

    monkeypatch.setattr(accounts, "check_password_hash", spy)
    response = _sign_in(client, "nobody-by-this-name", password="guess-1234")
    assert response.status_code == 200
    assert checked == ["guess-1234"]


def test_sign_in_is_rate_limited_per_username_across_addresses(
    app: Flask, client: FlaskClient, make_user: Callable[..., User], monkeypatch: pytest.MonkeyPatch
) -> None:
    make_user("tina", "tutor")
    token = extract_csrf(client.get("/login").get_data(as_text=True))
    statuses = [
        client.post(
            "/login",
            data={"username": "tina", "password": f"guess-{n}", "csrf_token": token},
            environ_base={"REMOTE_ADDR": f"10.0.0.{n}"},
        ).status_code
        for n in range(12)
    ]
    assert statuses[0] == 200
    assert statuses[-1] == 429
    # Another name from a fresh address is not held back by tina's budget.
    other = client.post(
        "/login",
        data={"username": "someone", "password": "x", "csrf_token": token},
        environ_base={"REMOTE_ADDR": "10.0.1.1"},
    )
    assert other.status_code == 200


def test_setup_tokens_one_at_a_time_and_expiring(app: Flask, client: FlaskClient) -> None:
    from marker.store.models import SetupToken

    first = issue_setup_token(app_uow())
    second = issue_setup_token(app_uow())
    assert first and second
    assert client.get(f"/setup/{first}").status_code == 404
    assert client.get(f"/setup/{second}").status_code == 200
    for row in db.session.scalars(select(SetupToken)):
        row.expires_at = datetime(2000, 1, 1)
    db.session.commit()
    assert client.get(f"/setup/{second}").status_code == 404


def test_setup_link_makes_one_administrator_under_concurrent_posts(
    app: Flask, client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from marker.store import accounts

    token = issue_setup_token(app_uow())
    csrf_token = extract_csrf(client.get(f"/setup/{token}").get_data(as_text=True))
    cookie = _cookie(client)
    # Hold every request that gets past the token check until all four have (or a second has passed): on the
    # old code all four got past it; now the database lets only one spend the token.
    arrived = threading.Barrier(4, timeout=1.0)
    real_create_user = accounts.create_user

    def create_user_together(*args: Any, **kwargs: Any) -> User:
        with contextlib.suppress(threading.BrokenBarrierError):
            arrived.wait()
        return real_create_user(*args, **kwargs)

    monkeypatch.setattr(accounts, "create_user", create_user_together)
    statuses: list[int] = []

    def post(n: int) -> None:
        racer = app.test_client()
        racer.set_cookie("session", cookie)
        password = "correct-horse-battery"
        data = {"username": f"admin{n}", "password": password, "confirm": password, "csrf_token": csrf_token}
        statuses.append(racer.post(f"/setup/{token}", data=data).status_code)

    threads = [threading.Thread(target=post, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    db.session.rollback()
    assert db.session.scalar(select(func.count()).select_from(User)) == 1
    assert sorted(statuses).count(302) == 1
