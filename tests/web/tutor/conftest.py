"""Fixtures for the tutor pages: a signed-in tutor and helpers to post forms with their CSRF token."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask.testing import FlaskClient

from marker.store.models import User
from tests.helpers import extract_csrf


@pytest.fixture
def tutor(make_user: Callable[..., User]) -> User:
    return make_user("tess", "tutor")


@pytest.fixture
def tutor_client(client: FlaskClient, tutor: User, login: Callable[[FlaskClient, User], None]) -> FlaskClient:
    login(client, tutor)
    return client


def post_form(
    client: FlaskClient, page_url: str, data: dict[str, Any], action_url: str | None = None, **kw: Any
) -> Any:
    """Open a page, take its CSRF token, and post a form to it (or to ``action_url``)."""
    token = extract_csrf(client.get(page_url).get_data(as_text=True))
    return client.post(action_url or page_url, data={"csrf_token": token, **data}, **kw)


def create_assessment(client: FlaskClient, rubric_id: str = "cim-2206", title: str = "2206 July") -> int:
    response = post_form(
        client,
        "/tutor/assessments/new",
        {
            "title": title,
            "cohort": "July 2026",
            "rubric_id": rubric_id,
            "deadline": "2026-12-01",
            "retention_days": "365",
        },
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    return int(response.headers["Location"].rstrip("/").split("/")[-1])


def start_marking(client: FlaskClient, submission_id: int) -> str:
    """Open a script and press "Start marking" (opening alone claims nothing); the marking page's HTML."""
    url = f"/tutor/submissions/{submission_id}/mark"
    html = client.get(url).get_data(as_text=True)
    if "Start marking" in html:
        response = client.post(f"/tutor/submissions/{submission_id}/start", data={"csrf_token": extract_csrf(html)})
        assert response.status_code == 302, response.get_data(as_text=True)
        html = client.get(url).get_data(as_text=True)
    return html
