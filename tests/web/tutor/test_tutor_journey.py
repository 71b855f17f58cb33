"""The whole tutor journey through the test client: create, batch upload a Moodle zip, mark, refuse bad and
stale edits, submit, download the feedback DOCX and the CSVs."""

from __future__ import annotations

import csv
import io
import re
import zipfile

import docx
from flask.testing import FlaskClient
from sqlalchemy import select

from marker.extensions import db
from marker.store.models import AuditEvent, Marking, Submission, User
from tests.helpers import fetch_export
from tests.web.tutor.conftest import create_assessment, post_form, start_marking
from tests.web.tutor.scripts_for_tests import moodle_zip

MARKS = {"1a": 4, "1b": 12, "1c": 11, "2a": 15, "2b": 11, "3a": 12, "3b": 10}  # 75: Merit


def version_on(html: str) -> str:
    match = re.search(r'name="version"[^>]*value="(\d+)"|value="(\d+)"[^>]*name="version"', html)
    assert match, "no version field"
    return match.group(1) or match.group(2)


def marks_form(marks: dict[str, int | str], version: str, action: str, **extra: str) -> dict[str, str]:
    data = {f"mark-{part}": str(mark) for part, mark in marks.items()}
    data.update({f"comment-{part}": f"Comment on {part}." for part in marks})
    data.update({"version": version, "action": action, "overall_comment": "A well-applied script."})
    data.update(extra)
    return data


def test_tutor_marks_a_moodle_batch_from_upload_to_moodle_worksheet(tutor_client: FlaskClient, tutor: User) -> None:
    client = tutor_client
    assessment_id = create_assessment(client)
    page = f"/tutor/assessments/{assessment_id}"

    # Batch upload: two Moodle folders, a stray text file and a script without a candidate number.
    archive = moodle_zip(
        {"123456": "Jane Doe", "234567": "John Smith"},
        extra={"Jane Doe_123456_assignsubmission_file_/notes.txt": b"notes", "report.docx": b"PK"},
    )
    response = post_form(
        client,
        page,
        {"archive": (io.BytesIO(archive), "submissions.zip")},
        action_url=f"{page}/batch",
        content_type="multipart/form-data",
    )
    # The request returns at once with the batch's progress page (here the queue runs jobs immediately).
    assert response.status_code == 302 and "/tutor/batches/" in response.headers["Location"]
    table = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Done: every file has been added and checked." in table and 'http-equiv="refresh"' not in table
    assert table.count("Uploaded and checked.") == 2
    assert "“notes.txt” is not a DOCX or PDF file." in table
    assert "No candidate number was found in its name or folder." in table

    # The list shows words per limit group with status, parts found and the marking state.
    listing = client.get(page).get_data(as_text=True)
    assert "Task 1 (b), Task 1 (c):" in listing and "/ 1500 words" in listing
    assert "7 of 7" in listing and "not started" in listing
    jane = db.session.scalar(select(Submission).where(Submission.candidate_number == "123456"))
    assert jane is not None and jane.candidate_name == "Jane Doe" and jane.check_report is not None

    # The marking view: the script by parts, the rubric panel, a version to lock against.
    mark_url = f"/tutor/submissions/{jane.id}/mark"
    html = start_marking(client, jane.id)
    assert "Task 1 (a) Organisation overview" in html
    assert '<mark class="citation">' in html
    assert "Appraise" in html or "appraise" in html
    assert 'name="mark-1b"' in html and 'max="15"' in html
    opened = version_on(html)

    # Out of range: refused with a clear message, nothing saved.
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html).group(1)  # type: ignore[union-attr]
    bad = client.post(mark_url, data={"csrf_token": token, **marks_form({**MARKS, "1b": 16}, opened, "save")})
    assert bad.status_code == 400
    assert "Task 1 (b): 16 is out of range; the mark must be from 0 to 15." in bad.get_data(as_text=True)
    marking = db.session.scalar(select(Marking).where(Marking.submission_id == jane.id))
    assert marking is not None and marking.part_marks == []

    # Save a draft: every part at once.
    saved = client.post(mark_url, data={"csrf_token": token, **marks_form(MARKS, opened, "save")})
    assert saved.status_code == 302
    db.session.refresh(marking)
    assert marking.status == "draft" and marking.total == 75 and len(marking.part_marks) == 7
    assert str(marking.version) != opened

    # A stale edit (a tab opened before that save) is refused and changes nothing.
    stale = client.post(mark_url, data={"csrf_token": token, **marks_form({**MARKS, "1a": 0}, opened, "submit")})
    assert stale.status_code == 409
    assert "changed (in another tab or by another person)" in stale.get_data(as_text=True)
    db.session.refresh(marking)
    assert marking.status == "draft" and {pm.part_id: pm.mark for pm in marking.part_marks}["1a"] == 4

    # Submitting with a part unmarked is refused; then submit properly as final.
    current = version_on(client.get(mark_url).get_data(as_text=True))
    missing = client.post(mark_url, data={"csrf_token": token, **marks_form({**MARKS, "3b": ""}, current, "submit")})
    assert missing.status_code == 400 and "Task 3 (b) has no mark" in missing.get_data(as_text=True)
    final = client.post(mark_url, data={"csrf_token": token, **marks_form(MARKS, current, "submit")})
    assert final.status_code == 302
    db.session.refresh(marking)
    assert (marking.status, marking.total, marking.grade) == ("final", 75, "Merit")

    # Every change is in the audit trail with old and new values.
    events = db.session.scalars(select(AuditEvent).where(AuditEvent.subject_type == "marking")).all()
    actions = [event.action for event in events]
    assert actions.count("marking.save") == 1 and actions.count("marking.submit") == 1
    submit = next(event for event in events if event.action == "marking.submit")
    assert submit.actor_id == tutor.id
    assert submit.details["old"]["status"] == "draft" and submit.details["new"]["grade"] == "Merit"

    # Feedback DOCX, opened with python-docx.
    download = client.get(f"/tutor/submissions/{jane.id}/feedback.docx")
    assert download.status_code == 200
    document = docx.Document(io.BytesIO(download.data))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert ["Candidate", "123456 Jane Doe"] in cells
    assert "Mark: 12 / 15" in text and "Comment on 2a." in text
    assert "A well-applied script." in text
    assert "Total: 75 / 100    Grade: Merit" in text

    # Marks CSV and Moodle's grading worksheet.
    marks = list(csv.DictReader(io.StringIO(client.get(f"{page}/marks.csv").data.decode("utf-8-sig"))))
    # Every script is listed; the one nobody has marked yet has an empty total.
    assert {row["candidate_number"]: row["total"] for row in marks} == {"123456": "75", "234567": ""}
    assert marks[0]["1b"] == "12" and marks[0]["grade"] == "Merit"
    moodle = list(csv.DictReader(io.StringIO(client.get(f"{page}/moodle.csv").data.decode("utf-8-sig"))))
    assert [(row["Identifier"], row["Grade"], row["Maximum Grade"]) for row in moodle] == [
        ("Participant 123456", "75.00", "100.00"),
        ("Participant 234567", "", "100.00"),
    ]
    assert moodle[0]["Feedback comments"] == "A well-applied script."

    # All feedback at once: a zip with one DOCX per final marking.
    bundle = zipfile.ZipFile(io.BytesIO(fetch_export(client, f"{page}/feedback.zip").data))
    assert bundle.namelist() == ["feedback_123456.docx"]
