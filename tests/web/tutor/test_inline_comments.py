"""Inline comments in the marking view without JavaScript: quote a passage and comment on it, see it highlighted
and listed under its part, change and delete it, and read it in the feedback sheet and its DOCX."""

from __future__ import annotations

import io
from collections.abc import Callable

import docx
from flask import Flask, g
from flask.testing import FlaskClient
from sqlalchemy import select

from marker.extensions import db
from marker.service.uow import UnitOfWork
from marker.store.models import AssessmentMember, InlineComment, Marking, Submission, User
from tests.helpers import extract_csrf
from tests.web.tutor.conftest import create_assessment, start_marking
from tests.web.tutor.scripts_for_tests import make_docx
from tests.web.tutor.test_tutor_pages import upload

FULL_MARKS = {"mark-1a": "4", "mark-1b": "11", "mark-1c": "11", "mark-2a": "14", "mark-2b": "11", "mark-3a": "11"}
FULL_MARKS |= {"mark-3b": "11"}


def test_a_tutor_comments_on_a_passage_without_javascript(
    tutor_client: FlaskClient, app: Flask, make_user: Callable[..., User], login: Callable[..., None]
) -> None:
    assessment_id = create_assessment(tutor_client)
    upload(tutor_client, assessment_id, make_docx(), "555050")
    submission = db.session.scalar(select(Submission))
    assert submission is not None
    url = f"/tutor/submissions/{submission.id}/mark"
    html = start_marking(tutor_client, submission.id)
    notes_url = f"/tutor/submissions/{submission.id}/notes"
    assert f'action="{notes_url}"' in html
    token = extract_csrf(html)

    refused = tutor_client.post(
        notes_url,
        data={"csrf_token": token, "part": "1c", "quote": "not in the script", "text": "Hm."},
        follow_redirects=True,
    )
    assert "That passage is not in this part of the script" in refused.get_data(as_text=True)

    response = tutor_client.post(
        notes_url, data={"csrf_token": token, "part": "1c", "quote": "family segment", "text": "Which family?"}
    )
    assert response.status_code == 302 and response.headers["Location"].endswith("#notes-1c")
    html = tutor_client.get(url).get_data(as_text=True)
    task_1c = html.split('id="script-1c"')[1].split('id="script-2a"')[0]
    assert '<mark class="noted">family segment</mark>' in task_1c
    assert "<q>family segment</q>" in task_1c and "Which family?" in task_1c

    note = db.session.scalar(select(InlineComment))
    assert note is not None
    change_url = f"/tutor/submissions/{submission.id}/notes/{note.id}"
    tutor_client.post(change_url, data={"csrf_token": token, "action": "save", "text": "Which family segment?"})
    db.session.refresh(note)
    assert note.text == "Which family segment?"
    tutor_client.post(
        notes_url, data={"csrf_token": token, "part": "1a", "quote": "outdoor gear", "text": "Good focus."}
    )
    extra = db.session.scalar(select(InlineComment).where(InlineComment.part_id == "1a"))
    assert extra is not None
    tutor_client.post(
        f"/tutor/submissions/{submission.id}/notes/{extra.id}", data={"csrf_token": token, "action": "delete"}
    )
    assert [n.part_id for n in db.session.scalars(select(InlineComment))] == ["1c"]

    marking = db.session.scalar(select(Marking))
    assert marking is not None
    response = tutor_client.post(
        url, data={"csrf_token": token, "version": str(marking.version), "action": "submit", **FULL_MARKS}
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    final_page = tutor_client.get(url).get_data(as_text=True)
    assert "Which family segment?" in final_page and 'name="quote"' not in final_page
    assert f"/notes/{note.id}" not in final_page  # no edit form once final
    refused = tutor_client.post(change_url, data={"csrf_token": token, "action": "delete"}, follow_redirects=True)
    assert "submitted as final" in refused.get_data(as_text=True)

    sheet = tutor_client.get(f"/tutor/submissions/{submission.id}/feedback").get_data(as_text=True)
    assert "On \u2018family segment\u2019: Which family segment?" in sheet
    data = tutor_client.get(f"/tutor/submissions/{submission.id}/feedback.docx").data
    paragraphs = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert "On \u2018family segment\u2019: Which family segment?" in paragraphs

    # The moderator reads the final marking's comments beside the script (read only).
    moderator = make_user("mona", "moderator")
    db.session.add(AssessmentMember(assessment_id=assessment_id, user_id=moderator.id, role="moderator"))
    db.session.commit()
    g.pop("csrf_token", None)
    reader = app.test_client()
    login(reader, moderator)
    page = reader.get(f"/moderation/scripts/{submission.id}").get_data(as_text=True)
    assert '<mark class="noted">family segment</mark>' in page
    assert "First marker: Which family segment?" in page and 'name="quote"' not in page


def test_the_marking_view_shows_another_markers_passages_only_when_blind_marking_allows(
    uow: UnitOfWork, make_user: Callable[..., User]
) -> None:
    from marker.service import comments
    from marker.web.tutor.marking_page import visible_notes
    from tests.service.test_inline_comments import HASH, _marking

    first, tess = _marking(make_user)
    submission = first.submission
    submission.assessment.blind_second_marking = True
    sam = make_user("sam", "tutor")
    for person in (tess, sam):
        submission.assessment.members.append(AssessmentMember(user_id=person.id, role="tutor"))
    second = Marking(submission=submission, marker_id=sam.id, role="second", status="draft", rubric_hash=HASH)
    db.session.add(second)
    db.session.commit()
    comments.add_inline_comment(uow, first, part_id="1c", quote="family segment", text="Which?", actor=tess)
    comments.add_inline_comment(uow, second, part_id="1a", quote="outdoor gear", text="Good.", actor=sam)
    first.status = "final"
    db.session.commit()
    notes, noted = visible_notes(submission, sam, second)
    assert {part: [(n.text, n.who, n.mine) for n in items] for part, items in notes.items()} == {
        "1a": [("Good.", "You", True)]
    }
    assert list(noted) == [2]  # only the viewer's own passage is highlighted
    second.status = "final"
    db.session.commit()
    notes, noted = visible_notes(submission, sam, second)
    assert [(n.text, n.who, n.mine) for n in notes["1c"]] == [("Which?", "First marker", False)]
    assert notes["1a"][0].mine is False  # final: no longer editable
    assert sorted(noted) == [2, 7]
