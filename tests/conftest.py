"""Shared fixtures: an app on a temporary SQLite database and upload folder, clients, people."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from functools import cache, partial
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy import create_engine, make_url, text
from werkzeug.security import generate_password_hash

from marker import create_app
from marker.extensions import db, limiter
from marker.service.uow import UnitOfWork
from marker.store import models
from marker.store.models import User
from tests.helpers import find_csrf

PASSWORD = "pw-Secret-123"


def database_url_for_tests(tmp_path: Path) -> str:
    """The database a test runs on: a new SQLite file, or the server CI names in MARKER_TEST_DATABASE_URL."""
    server = os.environ.get("MARKER_TEST_DATABASE_URL")
    return _database_of_this_worker(server) if server else f"sqlite:///{tmp_path / 'test.sqlite3'}"


@cache
def _database_of_this_worker(server_url: str) -> str:
    # Tests drop and create every table, so pytest-xdist's workers each need a database of their own on the server.
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return server_url
    url = make_url(server_url)
    name = f"{url.database}_{worker}"
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            exists = connection.execute(text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name})
            if exists.scalar() is None:
                connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()
    return url.set(database=name).render_as_string(hide_password=False)


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Flask]:
    monkeypatch.setenv("MARKER_UPLOAD_DIR", str(tmp_path / "uploads"))
    monkeypatch.setenv("MARKER_SECRET_KEY", "test-secret")
    monkeypatch.setenv("MARKER_DATABASE_URL", database_url_for_tests(tmp_path))
    monkeypatch.setenv("MARKER_LIBREOFFICE", "never")
    # Jobs run at once where they are queued; tests/jobs runs real workers on a SQLite file and on Redis.
    monkeypatch.setenv("MARKER_QUEUE_URL", "immediate")
    # Real password hashing costs ~0.15 s per call by design; tests create many people, so use a cheap method.
    monkeypatch.setattr(models, "generate_password_hash", partial(generate_password_hash, method="pbkdf2:sha256:1000"))
    application = create_app({"TESTING": True, "INSTANCE_PATH": str(tmp_path / "instance")})
    with application.app_context():
        db.drop_all()
        db.create_all()
        limiter.reset()
        limiter.enabled = True
        yield application
        db.session.remove()
        db.drop_all()
        db.engine.dispose()


@pytest.fixture
def uow(app: Flask) -> UnitOfWork:
    """The unit of work the application layer's use cases take, on the test database and settings."""
    return UnitOfWork(db.session, app.config["MARKER_SETTINGS"])


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    return app.test_cli_runner()


@pytest.fixture
def make_user(app: Flask) -> Callable[..., User]:
    """Create a person with these roles: ``make_user("tina", "tutor")``."""

    def make(username: str, *roles: str, password: str = PASSWORD) -> User:
        user = User(username=username, display_name=username.title())
        user.set_password(password)
        user.set_roles(list(roles))
        db.session.add(user)
        db.session.commit()
        return user

    return make


@pytest.fixture
def login(app: Flask) -> Callable[[FlaskClient, User], None]:
    """Sign a client in as a person (through the real sign-in form, CSRF and all)."""

    def sign_in(client: FlaskClient, user: User, password: str = PASSWORD) -> None:
        response = client.get("/login")
        token = find_csrf(response.get_data(as_text=True)) or ""
        response = client.post("/login", data={"username": user.username, "password": password, "csrf_token": token})
        assert response.status_code == 302, response.get_data(as_text=True)

    return sign_in


@pytest.fixture
def forking_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reads fork this process (as before the warm reader runs), so the child inherits the test's patches."""
    from marker.documents import isolation

    monkeypatch.setattr(isolation, "warm_reader", lambda: None)
    monkeypatch.setattr(isolation, "start_in_background", lambda: None)
