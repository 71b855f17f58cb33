"""The similarity pages: the scripts list's highest overlap, a pair side by side with the passage marked, the
CSV of pairs, the threshold form (CSRF, range), the moderator's flag, and no way in for people outside."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable

from flask.testing import FlaskClient

from marker.extensions import db
from marker.service.uow import UnitOfWork
from marker.store.models import Assessment, AssessmentMember, User
from tests.helpers import shows_number
from tests.similarity.stored import COPIED, copied_cohort
from tests.web.tutor.conftest import post_form


def test_the_scripts_list_shows_each_scripts_highest_overlap_and_with_whom(
    tutor_client: FlaskClient, tutor: User, uow: UnitOfWork
) -> None:
    cohort = copied_cohort(uow, tutor)
    page = tutor_client.get(f"/tutor/assessments/{cohort.assessment_id}").get_data(as_text=True)
    assert "Highest overlap" in page
    row = page[page.index(f'id="submission-{cohort.bob}"') :]
    row = row[: row.index("</tr>")]
    link = re.search(r'href="(/tutor/submissions/\d+/similarity\?with=(\d+))" class="overlap-flagged">([\d.]+) %', row)
    assert link is not None and int(link.group(2)) == cohort.ann and float(link.group(3)) > 5
    assert "with 101" in row
    independent = page[page.index(f'id="submission-{cohort.cat}"') :]
    assert "none" in independent[: independent.index("</tr>")]


def test_a_pair_side_by_side_marks_the_shared_passage_on_both_sides(
    tutor_client: FlaskClient, tutor: User, uow: UnitOfWork
) -> None:
    cohort = copied_cohort(uow, tutor)
    response = tutor_client.get(f"/tutor/submissions/{cohort.bob}/similarity?with={cohort.ann}")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    for side, other in (("a", "b"), ("b", "a")):
        marked = re.search(
            rf'<mark id="{side}-passage-1"[^>]*><a [^>]*href="#{other}-passage-1"[^>]*>\[1\]</a>(.*?)</mark>',
            page,
            re.S,
        )
        assert marked is not None and marked.group(1) == COPIED
    assert "<script" not in page
    # Without a second script, the closest one is shown.
    assert tutor_client.get(f"/tutor/submissions/{cohort.bob}/similarity").status_code == 200
    # Two scripts sharing nothing: a 404 page, not an empty comparison.
    assert tutor_client.get(f"/tutor/submissions/{cohort.cat}/similarity?with={cohort.ann}").status_code == 404


def test_the_pairs_page_and_csv_list_the_pairs_over_the_threshold(
    tutor_client: FlaskClient, tutor: User, uow: UnitOfWork
) -> None:
    cohort = copied_cohort(uow, tutor)
    page = tutor_client.get(f"/tutor/assessments/{cohort.assessment_id}/similarity").get_data(as_text=True)
    assert 'id="similar-pairs"' in page and not shows_number(page, "103")
    response = tutor_client.get(f"/tutor/assessments/{cohort.assessment_id}/similarity.csv")
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0][0] == "candidate_a" and len(rows) == 2
    assert {rows[1][0], rows[1][2]} == {"101", "102"}


def test_the_threshold_form_needs_its_token_and_a_percentage_from_1_to_100(
    tutor_client: FlaskClient, tutor: User, uow: UnitOfWork
) -> None:
    cohort = copied_cohort(uow, tutor)
    page = f"/tutor/assessments/{cohort.assessment_id}/similarity"
    action = f"{page}/threshold"
    assert tutor_client.post(action, data={"threshold_pct": "50"}).status_code == 400  # no CSRF token
    for wrong in ("0", "150", "ten", ""):
        response = post_form(tutor_client, page, {"threshold_pct": wrong}, action)
        assert response.status_code == 400
        assert "percentage from 1 to 100" in response.get_data(as_text=True)
    assert db.session.get(Assessment, cohort.assessment_id).similarity_threshold_pct == 1.0
    assert post_form(tutor_client, page, {"threshold_pct": "60"}, action).status_code == 302
    db.session.expire_all()
    assert db.session.get(Assessment, cohort.assessment_id).similarity_threshold_pct == 60.0
    assert 'id="no-pairs"' in tutor_client.get(page).get_data(as_text=True)


def test_the_moderators_comparison_flags_the_pair(
    client: FlaskClient,
    tutor: User,
    uow: UnitOfWork,
    make_user: Callable[..., User],
    login: Callable[[FlaskClient, User], None],
) -> None:
    cohort = copied_cohort(uow, tutor)
    moderator = make_user("mo", "moderator")
    db.session.add(AssessmentMember(assessment_id=cohort.assessment_id, user_id=moderator.id, role="moderator"))
    db.session.commit()
    login(client, moderator)
    page = client.get(f"/moderation/assessments/{cohort.assessment_id}/comparison").get_data(as_text=True)
    row = page[page.index(f'id="script-{cohort.bob}"') :]
    row = row[: row.index("</tr>")]
    assert "similarity-flag" in row and f"similarity?with={cohort.ann}" in row
    assert client.get(f"/tutor/submissions/{cohort.bob}/similarity?with={cohort.ann}").status_code == 200


def test_people_outside_the_assessment_get_nothing(
    client: FlaskClient,
    tutor: User,
    uow: UnitOfWork,
    make_user: Callable[..., User],
    login: Callable[[FlaskClient, User], None],
) -> None:
    cohort = copied_cohort(uow, tutor)
    login(client, make_user("sam", "tutor", "moderator"))
    for url in (
        f"/tutor/assessments/{cohort.assessment_id}/similarity",
        f"/tutor/assessments/{cohort.assessment_id}/similarity.csv",
        f"/tutor/submissions/{cohort.bob}/similarity?with={cohort.ann}",
        f"/tutor/submissions/{cohort.bob}/similarity",
    ):
        response = client.get(url)
        assert response.status_code == 403, url
        assert COPIED[:40] not in response.get_data(as_text=True)
