"""Helpers for tests that drive the web pages."""

from __future__ import annotations

import re
from typing import Any

from marker.service.uow import UnitOfWork

_CSRF_INPUT = re.compile(
    r'<input[^>]*name="csrf_token"[^>]*value="([^"]+)"|<input[^>]*value="([^"]+)"[^>]*name="csrf_token"'
)


def find_csrf(html: str) -> str | None:
    """The CSRF token of the first form on a page, or None when the page has none."""
    match = _CSRF_INPUT.search(html)
    return (match.group(1) or match.group(2)) if match else None


def extract_csrf(html: str) -> str:
    """The CSRF token of the first form on a page (failing the test when there is none)."""
    token = find_csrf(html)
    assert token, "no CSRF token on the page"
    return token


def app_uow() -> UnitOfWork:
    """The application layer's unit of work on the current app's session and settings (inside an app context)."""
    from flask import current_app

    from marker.extensions import db

    return UnitOfWork(db.session, current_app.config["MARKER_SETTINGS"])


def fetch_export(client: Any, url: str) -> Any:
    """Ask for an export as its button does (a POST to ``url``), open its status page and download the file.

    Tests run jobs at once ("immediate" queue), so the export is built before the status page is shown.
    """
    token = extract_csrf(client.get(url).get_data(as_text=True))  # the page offering to build it
    queued = client.post(url, data={"csrf_token": token})
    assert queued.status_code == 302, queued.get_data(as_text=True)
    page = client.get(queued.headers["Location"])
    assert page.status_code == 200
    link = re.search(r'id="export-download" href="([^"]+)"', page.get_data(as_text=True))
    assert link, page.get_data(as_text=True)
    return client.get(link.group(1))


def shows_number(html: str, number: str) -> bool:
    """Whether a page shows a number as a number of its own, not as letters inside a token or an address (a CSRF
    token such as "...tvr73ITB..." holds random digits)."""
    return re.search(rf"(?<![\w.-]){re.escape(number)}(?![\w.-])", html) is not None
