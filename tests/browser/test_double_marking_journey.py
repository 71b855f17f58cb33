"""The whole double-marking journey in chromium, through the pages only (issue 16's "Done when").

An administrator (from the one-time setup link) creates two tutors and a moderator; a tutor creates an
assessment, adds the others on its People page and uploads a Moodle zip; the moderator allocates; both tutors
mark blind, moving with previous / next, with drafts autosaved; the moderator compares, agrees marks on the
flagged script, proposes the sample and downloads the EQA pack; the tutor downloads the Moodle worksheet with
every script in it. Axe-core finds no serious violation on the pages, at desktop width and at 390 px.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from marker.service import people
from marker.service.uow import UnitOfWork
from tests.browser.axe import serious_violations
from tests.browser.conftest import LiveServer, sign_in
from tests.web.tutor.scripts_for_tests import moodle_zip

PASSWORD = "journey-password-1"
CANDIDATES = {"1001": "Ann Lee", "1002": "Bob Roy", "1003": "Cat Poe", "1004": "Dan Orr"}
HIGH = {"1a": 5, "1b": 13, "1c": 12, "2a": 17, "2b": 12, "3a": 13, "3b": 12}  # 84: Distinction
LOW = {"1a": 2, "1b": 5, "1c": 5, "2a": 7, "2b": 5, "3a": 5, "3b": 5}  # 34: Fail


def _accessible(page: Page) -> None:
    """No serious or critical axe-core violation, at desktop width and at a phone's 390 px."""
    for width, height in ((1280, 900), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        assert serious_violations(page) == [], f"{page.url} at {width} px"
    page.set_viewport_size({"width": 1280, "height": 900})


def _create_person(page: Page, username: str, role: str) -> None:
    page.fill("#username", username)
    page.fill("#display_name", username.title())
    page.fill("#password", PASSWORD)
    page.check(f"#{role}")
    page.click("text=Create")
    expect(page.locator(".messages")).to_contain_text(f"{username} can now sign in")


def _mark_desk(page: Page, marks_for: dict[str, dict[str, int]], *, try_navigation: bool = False) -> list[str]:
    """Mark every script on the desk, from the first: fill, let autosave save, submit, go on; the numbers marked."""
    marked: list[str] = []
    dialogs: list[str] = []
    while "/mark" in page.url:
        page.wait_for_load_state("load")  # marking.js (autosave, the leave warning) is listening
        number = page.locator("h1").inner_text().split()[1]
        marks = marks_for.get(number, HIGH)
        if try_navigation and not marked:
            # Unsaved marks: leaving asks first (and staying keeps them).
            page.fill("#mark-1a", "1")
            page.once("dialog", lambda dialog: (dialogs.append(dialog.type), dialog.dismiss()))
            before = page.url
            page.click("#next-script")
            page.wait_for_timeout(300)
            assert dialogs == ["beforeunload"] and page.url == before
            expect(page.locator("#autosave-status")).to_contain_text("Draft saved")
            page.click("#next-script")  # saved now: no question
            expect(page.locator("#previous-script")).to_be_visible()
            page.click("#previous-script")
            expect(page).to_have_url(before)
            page.wait_for_load_state("load")
        for part_id, mark in marks.items():
            page.fill(f"#mark-{part_id}", str(mark))
        expect(page.locator("#autosave-status")).to_contain_text("Draft saved")
        if not marked:
            _accessible(page)
        page.click("text=Submit as final")
        expect(page.locator(".messages")).to_contain_text(f"Marks for candidate {number} submitted as final")
        marked.append(number)
    return marked


@pytest.mark.browser
def test_double_marking_journey_through_the_pages(
    live_server: LiveServer, page: Page, uow: UnitOfWork, tmp_path: Path
) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    # The operator's one step: the setup link `marker serve` prints when nobody can sign in yet.
    token = people.issue_setup_token(uow)
    assert token is not None
    page.goto(live_server.url(f"/setup/{token}"))
    page.fill("#display_name", "Ada Admin")
    page.fill("#username", "ada")
    page.fill("#password", PASSWORD)
    page.fill("#confirm", PASSWORD)
    page.click("main form [type=submit]")

    page.goto(live_server.url("/admin/users"))
    for username, role in (("tess", "tutor"), ("tom", "tutor"), ("mona", "moderator")):
        _create_person(page, username, role)
    _accessible(page)
    page.click("text=mona")
    _accessible(page)

    # The tutor's assessment, its people, its scripts.
    sign_in(page, live_server, "tess", PASSWORD)
    page.goto(live_server.url("/tutor/assessments/new"))
    page.fill("#title", "2206 July")
    page.fill("#cohort", "July 2026")
    page.select_option("#rubric_id", "cim-2206")
    page.fill("#deadline", "2026-12-01")
    page.click("main form [type=submit]")
    expect(page.locator(".people-line")).to_contain_text("1 tutor, 0 moderators")
    assessment_url = page.url
    page.click("text=People: add tutors and moderators")
    page.select_option("#add-tutor-username", "tom")
    page.click("text=Add as tutor")
    page.select_option("#add-moderator-username", "mona")
    page.click("text=Add as moderator")
    expect(page.locator("table.members tbody tr")).to_have_count(3)
    _accessible(page)
    page.goto(assessment_url)
    expect(page.locator(".people-line")).to_contain_text("2 tutors, 1 moderator")
    archive = tmp_path / "moodle.zip"
    archive.write_bytes(moodle_zip({f"{n}": name for n, name in CANDIDATES.items()}))
    page.set_input_files("input[name=archive]", str(archive))
    page.click("text=Upload and check all")
    page.goto(assessment_url)
    expect(page.locator("table.submissions tbody tr")).to_have_count(len(CANDIDATES))
    _accessible(page)

    # The moderator allocates first and second markers.
    sign_in(page, live_server, "mona", PASSWORD)
    page.goto(live_server.url("/moderation/"))
    page.click("text=2206 July")
    page.click("text=Allocation")
    page.click("text=Allocate first and second markers automatically")
    expect(page.locator("#allocation .badge-allocated")).to_have_count(2 * len(CANDIDATES))
    _accessible(page)

    # Both tutors mark blind, from the first script on their desk to the last.
    sign_in(page, live_server, "tess", PASSWORD)
    page.goto(assessment_url)
    page.locator("table.submissions tbody a", has_text="Mark").first.click()
    tess_marked = _mark_desk(page, {}, try_navigation=True)
    assert sorted(tess_marked) == sorted(CANDIDATES)
    sign_in(page, live_server, "tom", PASSWORD)
    page.goto(assessment_url)
    page.locator("table.submissions tbody a", has_text="Mark").first.click()
    tom_marked = _mark_desk(page, {"1002": LOW})
    assert sorted(tom_marked) == sorted(CANDIDATES)

    # The moderator compares, agrees marks on the flagged script, proposes the sample, takes the EQA pack.
    sign_in(page, live_server, "mona", PASSWORD)
    page.goto(live_server.url("/moderation/"))
    page.click("text=2206 July")
    page.click("text=Comparison")
    expect(page.locator("#flagged-count")).to_have_text("1")
    _accessible(page)
    page.locator("#scripts tr.flagged td:first-child a").click()  # the script (the row may link to a similar one too)
    page.click("#script-text summary")  # the moderator reads the script itself
    expect(page.locator("#script-text")).to_contain_text("Acme Ltd sells outdoor gear")
    _accessible(page)
    page.click("text=Record agreed marks")
    for part_id, mark in HIGH.items():
        page.fill(f"#mark-{part_id}", str(mark - 2 if part_id != "1a" else mark))
        page.fill(f"#rationale-{part_id}", "Between the two markings, nearer the first.")
    _accessible(page)
    page.click("text=Save agreed marks")
    expect(page.locator(".messages")).to_contain_text("Agreed marks saved")
    page.click("text=Comparison")
    expect(page.locator("#flagged-agreed")).to_have_text("1")
    expect(page.locator("#scripts tr.flagged")).to_contain_text("agreed marks recorded")
    page.click("text=Sample")
    page.click("text=Propose the sample")
    expect(page.locator("#sample tbody tr")).not_to_have_count(0)
    _accessible(page)
    page.click("text=EQA pack (zip)")  # queues the pack; its page refreshes itself until the file is ready
    expect(page.locator("#export-state")).to_contain_text("Ready", timeout=30000)
    _accessible(page)
    with page.expect_download() as pack:
        page.click("#export-download")
    with zipfile.ZipFile(pack.value.path()) as eqa:
        assert eqa.namelist()

    # The tutor's Moodle worksheet lists every script.
    sign_in(page, live_server, "tess", PASSWORD)
    page.goto(assessment_url)
    with page.expect_download() as sheet:
        page.click("text=Moodle grading worksheet (CSV)")
    rows = list(csv.DictReader(io.StringIO(Path(sheet.value.path()).read_text("utf-8-sig"))))
    assert len(rows) == len(CANDIDATES)
