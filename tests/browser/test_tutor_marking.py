"""A tutor marks one script end to end in chromium: the running total and grade follow the typed marks."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select

from marker.extensions import db
from marker.service.uow import UnitOfWork
from marker.store.models import Marking, User
from tests.browser.axe import serious_violations
from tests.browser.conftest import LiveServer, sign_in, start_marking, tutor_with_scripts

MARKS = {"1a": 5, "1b": 13, "1c": 12, "2a": 17, "2b": 12, "3a": 13, "3b": 12}  # 84: Distinction


@pytest.mark.browser
def test_tutor_marks_a_script_and_sees_the_running_total(
    live_server: LiveServer, page: Page, make_user: Callable[..., User], uow: UnitOfWork
) -> None:
    [submission_id] = tutor_with_scripts(make_user, uow, "123456")
    sign_in(page, live_server, "tess")
    start_marking(page, live_server, submission_id)

    total = page.locator("#total")
    grade = page.locator("#grade")
    page.fill("#mark-1a", "5")
    expect(total).to_have_text("5")
    page.fill("#mark-1b", "16")  # over the maximum: flagged at once, left out of the total
    expect(page.locator("#band-1b")).to_have_text("Enter a whole number from 0 to 15.")
    expect(total).to_have_text("5")
    running = 0
    for part_id, mark in MARKS.items():
        page.fill(f"#mark-{part_id}", str(mark))
        running += mark
        expect(total).to_have_text(str(running))
    expect(total).to_have_text("84")
    expect(grade).to_have_text("Distinction")
    expect(page.locator("#band-1b")).to_have_text("Band: Distinction")
    page.fill("#mark-3b", "0")
    expect(total).to_have_text("72")
    expect(grade).to_have_text("Merit")
    page.fill("#mark-3b", "12")
    assert serious_violations(page) == []

    page.fill("#comment-1b", "A balanced appraisal.")
    page.click("button[value=submit]")
    expect(page.locator(".messages")).to_contain_text("submitted as final")

    db.session.expire_all()
    marking = db.session.scalar(select(Marking).where(Marking.submission_id == submission_id))
    assert marking is not None
    assert (marking.status, marking.total, marking.grade) == ("final", 84, "Distinction")
