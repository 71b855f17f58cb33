"""The scripts list: progress summary, filters (marking state, limits, flags), sorting, plural wording."""

from __future__ import annotations

import re

from flask.testing import FlaskClient

from tests.helpers import extract_csrf
from tests.web.tutor.conftest import start_marking
from tests.web.tutor.test_marking_desk import FULL_MARKS, _cohort, _marking


def _listed(html: str) -> list[str]:
    return re.findall(r'<tr id="submission-\d+">\s*<td>(\d+)', html)


def test_progress_filters_and_sorting(tutor_client: FlaskClient) -> None:
    assessment_id, (one, two, _three) = _cohort(tutor_client, ("100001", "100002", "100003"))
    token = extract_csrf(start_marking(tutor_client, one.id))
    tutor_client.post(
        f"/tutor/submissions/{one.id}/mark",
        data={"csrf_token": token, "version": str(_marking(one).version), "action": "submit", **FULL_MARKS},
    )
    token = extract_csrf(start_marking(tutor_client, two.id))
    tutor_client.post(
        f"/tutor/submissions/{two.id}/mark",
        data={"csrf_token": token, "version": str(_marking(two).version), "action": "save", "mark-1a": "3"},
    )
    url = f"/tutor/assessments/{assessment_id}"
    html = tutor_client.get(url).get_data(as_text=True)
    summary = re.sub(
        r"<[^>]+>", "", html[html.index('id="progress"') : html.index("</p>", html.index('id="progress"'))]
    )
    assert "3 scripts: 1 unmarked · 1 draft · 1 final · 0 agreed" in summary
    assert _listed(html) == ["100001", "100002", "100003"]
    assert "1 page" in html and "1 pages" not in html  # a one-page limit, in the singular

    assert _listed(tutor_client.get(f"{url}?state=draft").get_data(as_text=True)) == ["100002"]
    assert _listed(tutor_client.get(f"{url}?state=unmarked").get_data(as_text=True)) == ["100003"]
    assert _listed(tutor_client.get(f"{url}?limit=within").get_data(as_text=True)) == ["100001", "100002", "100003"]
    assert _listed(tutor_client.get(f"{url}?flag=unchecked").get_data(as_text=True)) == []
    filtered = tutor_client.get(f"{url}?state=nonsense").get_data(as_text=True)  # unknown values are ignored
    assert _listed(filtered) == ["100001", "100002", "100003"]
    descending = tutor_client.get(f"{url}?sort=candidate&order=desc").get_data(as_text=True)
    assert _listed(descending) == ["100003", "100002", "100001"]
    assert 'aria-sort="descending"' in descending
    by_state = tutor_client.get(f"{url}?sort=state").get_data(as_text=True)
    assert _listed(by_state) == ["100003", "100002", "100001"]  # unmarked, draft, final
