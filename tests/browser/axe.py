"""Accessibility checks with axe-core (vendored from the npm registry in ``tests/browser/vendor``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import Page

AXE_JS = Path(__file__).parent / "vendor" / "axe.min.js"
BLOCKING_IMPACTS = ("serious", "critical")


# Served as if from the app's own origin: the pages' CSP (script-src 'self') forbids the inline <script> that
# add_script_tag(path=...) would write, and the check must not weaken the CSP it runs under.
AXE_PATH = "/__tests__/axe.min.js"


def axe_violations(page: Page) -> list[dict[str, Any]]:
    """Every axe-core violation on the page as it is now."""
    page.wait_for_load_state("load")  # contrast and layout are judged on the styled page
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(page.url))
    page.route(origin + AXE_PATH, lambda route: route.fulfill(path=str(AXE_JS), content_type="text/javascript"))
    page.add_script_tag(url=origin + AXE_PATH)
    result: dict[str, Any] = page.evaluate("async () => await axe.run()")
    violations: list[dict[str, Any]] = result["violations"]
    return violations


def serious_violations(page: Page) -> list[str]:
    """The serious and critical violations, one readable line each (id, impact, first offending element)."""
    return [
        f"{item['id']} ({item['impact']}): {item['help']} at {item['nodes'][0]['target'] if item['nodes'] else '?'}"
        for item in axe_violations(page)
        if item.get("impact") in BLOCKING_IMPACTS
    ]
