"""A tutor opens, in chromium, the side-by-side view of two scripts that share a copied passage (issue 17)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from marker.service.uow import UnitOfWork
from marker.store.models import User
from tests.browser.axe import serious_violations
from tests.browser.conftest import LiveServer, sign_in
from tests.similarity.stored import COPIED, copied_cohort


@pytest.mark.browser
def test_the_side_by_side_view_of_a_planted_pair_highlights_the_passage(
    live_server: LiveServer, page: Page, make_user: Callable[..., User], uow: UnitOfWork
) -> None:
    cohort = copied_cohort(uow, make_user("tess", "tutor"))
    sign_in(page, live_server, "tess")
    page.goto(live_server.url(f"/tutor/assessments/{cohort.assessment_id}"))
    # From the scripts list: the copier's highest overlap links to the pair.
    page.locator(f"#submission-{cohort.bob} td.overlap a").click()
    expect(page.locator("h1")).to_have_text("Side by side")
    page.wait_for_load_state("load")  # the highlight's colour comes from the stylesheet

    for side in ("a", "b"):
        passage = page.locator(f"#{side}-passage-1")
        expect(passage).to_be_visible()
        expect(passage).to_have_text(f"[1]{COPIED}")
        # Highlighted: the mark's background is not the page's.
        background = passage.evaluate("(el) => getComputedStyle(el).backgroundColor")
        assert background not in ("rgba(0, 0, 0, 0)", "transparent", "rgb(255, 255, 255)")
    expect(page.locator("mark")).to_have_count(2)

    # Each passage links to its counterpart in the other script.
    page.locator("#a-passage-1 a.passage-number").click()
    assert page.url.endswith("#b-passage-1")
    assert serious_violations(page) == []
