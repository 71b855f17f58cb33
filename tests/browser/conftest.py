"""Browser fixtures: the app served on a free local port, and a Playwright page in Debian's chromium.

``live_server`` serves the shared ``app`` fixture (temporary SQLite database with tables created, temporary
upload folder), so a test can create people with ``make_user`` before driving the browser. ``page`` is a fresh
browser context per test; the browser itself is started once per session.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from flask import Flask
from playwright.sync_api import Browser, Page, Playwright, expect, sync_playwright
from werkzeug.serving import BaseWSGIServer, make_server

from marker.service import assessments, submissions
from marker.service.checking import rubric_library
from marker.service.uow import UnitOfWork
from marker.store.models import User
from tests.conftest import PASSWORD
from tests.web.tutor.scripts_for_tests import make_docx

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without Debian's chromium the browser tests cannot run: CI requires it, a bare laptop may lack it."""
    if Path(CHROMIUM).exists():
        return
    if os.environ.get("MARKER_REQUIRE_CHROMIUM") == "1":
        raise pytest.UsageError(f"{CHROMIUM} is required here (apt-get install chromium)")
    skip = pytest.mark.skip(reason=f"{CHROMIUM} is not installed (apt-get install chromium; .ci/run does)")
    for item in items:
        if "tests/browser/" in str(item.path):
            item.add_marker(skip)


@dataclass(frozen=True)
class LiveServer:
    """Where the app is being served: ``live_server.url("/check/")``."""

    base_url: str

    def url(self, path: str = "/") -> str:
        return self.base_url + path


@pytest.fixture
def live_server(app: Flask) -> Iterator[LiveServer]:
    """The test app served by werkzeug in a background thread on 127.0.0.1 and a free port."""
    server: BaseWSGIServer = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="live-server", daemon=True)
    thread.start()
    try:
        yield LiveServer(f"http://127.0.0.1:{server.server_port}")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def playwright_instance() -> Iterator[Playwright]:
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_instance: Playwright) -> Iterator[Browser]:
    browser = playwright_instance.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A new page in its own context (no cookies shared between tests); phone-width tests resize it."""
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(30_000)
    yield page
    context.close()


def sign_in(page: Page, server: LiveServer, username: str, password: str = PASSWORD) -> None:
    """Sign in through the form as ``username`` (any earlier session's cookies dropped first)."""
    page.context.clear_cookies()
    page.goto(server.url("/login"))
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("main form [type=submit]")
    expect(page.locator("input[name=password]")).to_have_count(0)


def tutor_with_scripts(make_user: Callable[..., User], uow: UnitOfWork, *candidates: str) -> list[int]:
    """The tutor "tess", a 2206 assessment of hers and one uploaded script per candidate number: their ids."""
    tutor = make_user("tess", "tutor")
    rubric = rubric_library(uow.settings).get("cim-2206")
    assessment = assessments.create_assessment(
        uow, rubric, title="2206 July", cohort="July 2026", deadline=None, retention_days=365, actor=tutor
    )
    return [
        submissions.add_submission(
            uow, assessment, rubric, make_docx(), "report.docx", candidate_number=number, actor=tutor
        ).id
        for number in candidates
    ]


def start_marking(page: Page, server: LiveServer, submission_id: int) -> None:
    """Open a script and press "Start marking" (opening alone claims nothing), and wait for the marking page to
    load: its script, at the end of the page, listens for selections only once it has run (on a busy machine the
    form is there well before)."""
    page.goto(server.url(f"/tutor/submissions/{submission_id}/mark"))
    with page.expect_navigation():
        page.click("text=Start marking")
