"""Pages load what they show in a fixed number of queries: the count does not grow with the cohort."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from flask.testing import FlaskClient
from sqlalchemy import event

from marker.extensions import db
from marker.store.models import SampleMember, User
from tests.web.moderator.conftest import Cohort, add_marking

PAGES = ("comparison", "allocation", "sample")


@contextmanager
def counted() -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def _statements_per_page(client: FlaskClient, cohort: Cohort) -> dict[str, int]:
    counts = {}
    for page in PAGES:
        url = f"/moderation/assessments/{cohort.assessment.id}/{page}"
        client.get(url)  # warm: the signed-in person and the rubric snapshot are loaded once per request anyway
        with counted() as statements:
            assert client.get(url).status_code == 200
        counts[page] = len(statements)
    return counts


def _double_marked(cohort: Cohort) -> None:
    ann, bea = cohort.tutors["ann"], cohort.tutors["bea"]
    for index, submission in enumerate(cohort.submissions):
        add_marking(submission, ann, "first", (10 + index % 5, 25, 30), comments=("a", "b", "c"))
        add_marking(submission, bea, "second", (12, 24 + index % 3, 31))
        db.session.add(
            SampleMember(assessment_id=cohort.assessment.id, submission_id=submission.id, reason="r", source="auto")
        )
    db.session.commit()


def test_moderation_pages_issue_the_same_number_of_statements_for_5_and_40_scripts(
    app: object,
    make_cohort: Callable[..., Cohort],
    make_user: Callable[..., User],
    login: Callable[..., None],
) -> None:
    small = make_cohort(5, blind=False)
    _double_marked(small)
    client = app.test_client()  # type: ignore[attr-defined]
    login(client, small.moderator)
    few = _statements_per_page(client, small)
    # A second, larger assessment for the same people.
    large = make_cohort(40, blind=False, people=(small.moderator, small.tutors))
    _double_marked(large)
    many = _statements_per_page(client, large)
    assert many == few, f"statements grow with the cohort: 5 scripts {few}, 40 scripts {many}"
    assert max(few.values()) <= 15


def test_the_tutors_scripts_list_issues_the_same_number_of_statements_for_5_and_40_scripts(
    app: object, make_cohort: Callable[..., Cohort], login: Callable[..., None]
) -> None:
    small = make_cohort(5, blind=True)
    _double_marked(small)
    large = make_cohort(40, blind=True, people=(small.moderator, small.tutors))
    _double_marked(large)
    client = app.test_client()  # type: ignore[attr-defined]
    login(client, small.tutors["ann"])
    counts = []
    for cohort in (small, large):
        url = f"/tutor/assessments/{cohort.assessment.id}"
        client.get(url)
        with counted() as statements:
            assert client.get(url).status_code == 200
        counts.append(len(statements))
    assert counts[0] == counts[1], f"statements grow with the cohort: {counts}"
