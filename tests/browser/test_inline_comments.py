"""A tutor selects a passage of the script in chromium and comments on it: the selection fills the form in."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select

from marker.extensions import db
from marker.service.uow import UnitOfWork
from marker.store.models import InlineComment, User
from tests.browser.axe import serious_violations
from tests.browser.conftest import LiveServer, sign_in, start_marking, tutor_with_scripts

# Select "family segment" in Task 1 (c)'s paragraph, as a drag with the mouse would, and let go of the button.
SELECT = """() => {
  const block = [...document.querySelectorAll('#script-1c p.block')].find(
    (p) => p.textContent.includes('family segment'));
  const node = block.firstChild;
  const start = node.textContent.indexOf('family segment');
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + 'family segment'.length);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  block.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
  return Number(block.getAttribute('data-block'));
}"""


@pytest.mark.browser
def test_selecting_a_passage_fills_in_the_comment_form(
    live_server: LiveServer, page: Page, make_user: Callable[..., User], uow: UnitOfWork
) -> None:
    [submission_id] = tutor_with_scripts(make_user, uow, "123456")
    sign_in(page, live_server, "tess")
    start_marking(page, live_server, submission_id)

    expect(page.locator("#notes-1c form.note-form")).to_be_attached()  # the marking page, not the start page
    block_index = page.evaluate(SELECT)
    expect(page.locator("#note-quote-1c")).to_have_value("family segment")
    expect(page.locator("#note-text-1c")).to_be_focused()
    page.keyboard.type("Which family segment?")
    page.locator("#notes-1c button", has_text="Add the comment").click()

    expect(page.locator("#script-1c mark.noted")).to_have_text("family segment")
    expect(page.locator("#notes-1c q")).to_have_text("family segment")
    assert serious_violations(page) == []

    db.session.expire_all()
    note = db.session.scalar(select(InlineComment))
    assert note is not None
    text = "Email can be personalised for the family segment."
    assert (note.part_id, note.block_index, note.start, note.text) == (
        "1c",
        block_index,
        text.index("family segment"),
        "Which family segment?",
    )
