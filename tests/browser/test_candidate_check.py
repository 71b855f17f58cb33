"""In a real browser: a candidate uploads a report, reads the report, downloads a copy; both pages pass axe-core."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import ConsoleMessage, Page

from tests.browser.axe import serious_violations
from tests.browser.conftest import LiveServer
from tests.web.candidate.builders import make_docx

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ANSWER = {"1a": 300, "1b": 900, "1c": 750, "2a": 800, "3a": 700, "3b": 700}


def _watch_csp(page: Page) -> list[str]:
    """Content-Security-Policy violations reported on the console while the test runs."""
    errors: list[str] = []

    def keep(message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text:
            errors.append(message.text)

    page.on("console", keep)
    return errors


def _upload(page: Page, live_server: LiveServer) -> None:
    page.goto(live_server.url("/check/"))
    page.get_by_label("Assessment brief").select_option("cim-2206")
    page.get_by_label("Your report (Word .docx or PDF)").set_input_files(
        files=[{"name": "final report.docx", "mimeType": DOCX, "buffer": make_docx(ANSWER)}]
    )
    page.get_by_role("button", name="Check my report").click()
    page.get_by_role("heading", name="Your report check", level=1).wait_for()
    # The heading is in the DOM before the stylesheets have loaded; what is measured is the styled page.
    page.wait_for_load_state("load")


@pytest.mark.browser
def test_candidate_uploads_a_report_and_reads_it(page: Page, live_server: LiveServer, tmp_path: Path) -> None:
    errors = _watch_csp(page)
    _upload(page, live_server)
    limits = page.locator("table.limits")
    over = limits.locator("tr", has_text="Task 1 (b), Task 1 (c)")
    # 900 + 750 words: over the 1,500 but inside the 10% tolerance, so an amber bar.
    assert "1,650 words" in over.inner_text()
    assert over.locator("meter.bar-within_tolerance").count() == 1
    assert over.locator(".badge").inner_text() == "within tolerance"
    assert "Task 2 (b) was not found" in page.locator("ul.missing-parts").inner_text()
    assert "Task 1 (a): 1 page; the limit is 1 page. Within the limit." in page.locator("ul.page-checks").inner_text()
    part_1b = page.locator("section.part-detail", has=page.locator("#part-1b"))
    assert "Flesch reading ease" in part_1b.inner_text()
    assert "Appraise: Provide a comprehensive and detailed critique" in part_1b.locator("ul.verbs").inner_text()

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download as PDF").click()
    download = download_info.value
    assert download.suggested_filename == "final-report-check.pdf"
    saved = tmp_path / "check.pdf"
    download.save_as(saved)
    assert saved.read_bytes().startswith(b"%PDF")
    assert errors == []


@pytest.mark.browser
def test_the_check_works_on_a_phone(page: Page, live_server: LiveServer) -> None:
    page.set_viewport_size({"width": 375, "height": 740})
    _upload(page, live_server)
    # Nothing wider than the screen but the scrollable tables.
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 375


@pytest.mark.browser
def test_form_page_has_no_serious_accessibility_violations(page: Page, live_server: LiveServer) -> None:
    page.goto(live_server.url("/check/"))
    assert serious_violations(page) == []


@pytest.mark.browser
def test_report_page_has_no_serious_accessibility_violations(page: Page, live_server: LiveServer) -> None:
    _upload(page, live_server)
    assert serious_violations(page) == []


@pytest.mark.browser
def test_a_bad_file_shows_its_message_accessibly(page: Page, live_server: LiveServer) -> None:
    page.goto(live_server.url("/check/"))
    page.get_by_label("Your report (Word .docx or PDF)").set_input_files(
        files=[{"name": "notes.docx", "mimeType": DOCX, "buffer": b"just text"}]
    )
    page.get_by_role("button", name="Check my report").click()
    alert = page.get_by_role("alert")
    assert "is not a Word document (.docx) or a PDF" in alert.inner_text()
    assert serious_violations(page) == []
