"""The marking desk's hands-on helpers in chromium: pressing a band descriptor puts the mark in that band,
Alt+Down moves to the next part, Alt+PageDown to the next script, Enter in a mark box saves a draft."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from marker.service.uow import UnitOfWork
from marker.store.models import User
from tests.browser.conftest import LiveServer, sign_in, start_marking, tutor_with_scripts


@pytest.mark.browser
def test_band_pick_keys_and_enter(
    live_server: LiveServer, page: Page, make_user: Callable[..., User], uow: UnitOfWork
) -> None:
    ids = tutor_with_scripts(make_user, uow, "100001", "100002")
    sign_in(page, live_server, "tess")
    start_marking(page, live_server, ids[0])

    page.wait_for_load_state("load")
    page.locator("#panel-1b details.bands summary").click()
    page.click("#panel-1b >> text=Mark in Merit")  # Merit is 11 to 11 in 1b
    expect(page.locator("#mark-1b")).to_have_value("11")
    expect(page.locator("#band-1b")).to_have_text("Band: Merit")
    expect(page.locator("#total")).to_have_text("11")
    page.click("#panel-1b >> text=Mark in Distinction")
    expect(page.locator("#mark-1b")).to_have_value("12")

    page.focus("#mark-1a")
    page.keyboard.press("Alt+ArrowDown")
    expect(page.locator("#mark-1b")).to_be_focused()
    page.keyboard.press("Alt+ArrowUp")
    expect(page.locator("#mark-1a")).to_be_focused()

    page.fill("#mark-1a", "4")
    page.keyboard.press("Enter")  # saves the draft (it once pressed "Keep this comment" and answered 400)
    expect(page.locator(".messages")).to_contain_text("Draft saved")
    expect(page.locator("#mark-1a")).to_have_value("4")

    page.wait_for_load_state("load")  # marking.js (which listens for the keys) runs at the end of the page
    page.keyboard.press("Alt+PageDown")
    expect(page).to_have_url(live_server.url(f"/tutor/submissions/{ids[1]}/mark"))
    page.wait_for_load_state("load")
    page.keyboard.press("Alt+PageUp")
    expect(page).to_have_url(live_server.url(f"/tutor/submissions/{ids[0]}/mark"))
