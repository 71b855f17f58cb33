"""Retention: data past its period is deleted with its files; candidates' data can be exported and erased."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from flask import Flask
from flask.testing import FlaskCliRunner
from sqlalchemy import func, select

from marker.extensions import db
from marker.service import people
from marker.store.files import store_upload
from marker.store.models import (
    Assessment,
    AuditEvent,
    Marking,
    PartMark,
    RubricSnapshot,
    SampleMember,
    Submission,
    User,
)
from marker.store.retention import export_candidate
from tests.helpers import app_uow


def _assessment(title: str, deadline: date, retention_days: int) -> Assessment:
    snapshot = db.session.get(RubricSnapshot, "a" * 64) or RubricSnapshot(
        content_hash="a" * 64, rubric_id="cim-2206", version="1", data={}
    )
    assessment = Assessment(
        title=title,
        cohort="2026",
        rubric_id="cim-2206",
        rubric_snapshot=snapshot,
        deadline=deadline,
        retention_days=retention_days,
    )
    db.session.add(assessment)
    return assessment


def _script(assessment: Assessment, candidate: str, marker: User) -> Submission:
    stored = store_upload(b"%PDF-1.4 script of " + candidate.encode())
    submission = Submission(
        assessment=assessment,
        candidate_number=candidate,
        candidate_name=f"Candidate {candidate}",
        original_name=f"{candidate}.pdf",
        stored_name=stored,
        checksum="b" * 64,
    )
    db.session.add(submission)
    marking = Marking(submission=submission, marker_id=marker.id, rubric_hash="a" * 64, status="final", total=64)
    marking.part_marks.append(PartMark(part_id="1a", mark=4, comment="Clear overview."))
    db.session.add(marking)
    db.session.flush()
    db.session.add(SampleMember(assessment_id=assessment.id, submission_id=submission.id, reason="fail"))
    return submission


def _count(model: type) -> int:
    return db.session.scalar(select(func.count()).select_from(model)) or 0


def test_purge_deletes_scripts_marks_and_files_past_retention_only(
    app: Flask, make_user: Callable[..., User], tmp_path: Path
) -> None:
    tutor = make_user("tina", "tutor")
    old = _assessment("Old cohort", date(2025, 1, 10), retention_days=365)
    current = _assessment("Current cohort", date(2026, 7, 1), retention_days=365)
    _script(old, "100001", tutor)
    _script(old, "100002", tutor)
    kept = _script(current, "200001", tutor)
    db.session.commit()
    assert len(list((tmp_path / "uploads").iterdir())) == 3

    preview = people.purge_expired(app_uow(), date(2026, 11, 23), dry_run=True)
    assert preview.submissions == 2 and _count(Submission) == 3

    result = people.purge_expired(app_uow(), date(2026, 11, 23))
    assert result.assessments == [old.id] and result.submissions == 2 and result.files == 2
    assert _count(Submission) == 1 and _count(Marking) == 1 and _count(PartMark) == 1 and _count(SampleMember) == 1
    assert [path.name for path in (tmp_path / "uploads").iterdir()] == [kept.stored_name]
    assert old.purged_at is not None and current.purged_at is None
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "retention.purge"))
    assert event is not None and event.details["scripts"] == 2
    assert "100001" not in str(event.details)
    # Purging again finds nothing more to do.
    assert people.purge_expired(app_uow(), date(2026, 11, 23)).submissions == 0


def test_candidate_data_is_exported_then_erased(app: Flask, make_user: Callable[..., User], tmp_path: Path) -> None:
    tutor = make_user("tina", "tutor")
    assessment = _assessment("Cohort", date(2026, 7, 1), retention_days=365)
    _script(assessment, "300001", tutor)
    _script(assessment, "300002", tutor)
    db.session.commit()

    exported = export_candidate("300001")
    assert exported["candidate_number"] == "300001"
    (record,) = exported["submissions"]
    assert record["candidate_name"] == "Candidate 300001"
    assert record["markings"][0]["parts"] == [{"part": "1a", "mark": 4, "achieved": None, "comment": "Clear overview."}]

    assert people.erase_candidate(app_uow(), "300001", actor=tutor) == 1
    assert export_candidate("300001")["submissions"] == []
    assert _count(Submission) == 1 and _count(Marking) == 1
    assert len(list((tmp_path / "uploads").iterdir())) == 1
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "candidate.erase")) is not None


def test_purge_command_reports_what_it_deleted(
    app: Flask, runner: FlaskCliRunner, make_user: Callable[..., User]
) -> None:
    from marker.cli import purge

    tutor = make_user("tina", "tutor")
    _script(_assessment("Old", date(2024, 1, 1), retention_days=30), "100001", tutor)
    db.session.commit()
    result = runner.invoke(purge, ["--today", "2026-11-23"])
    assert result.exit_code == 0, result.output
    assert "Deleted 1 script(s) from 1 assessment(s)" in result.output


def test_administrator_exports_and_erases_a_candidate_on_the_web(
    app: Flask, make_user: Callable[..., User], login: Callable[..., None]
) -> None:
    from tests.helpers import extract_csrf

    admin = make_user("ada", "admin")
    _script(_assessment("Cohort", date(2026, 7, 1), 365), "400001", admin)
    db.session.commit()
    client = app.test_client()
    login(client, admin)
    token = extract_csrf(client.get("/admin/candidates").get_data(as_text=True))
    exported = client.post("/admin/candidates", data={"candidate_number": "400001", "export": "1", "csrf_token": token})
    assert exported.mimetype == "application/json"
    assert exported.get_json()["submissions"][0]["candidate_name"] == "Candidate 400001"
    refused = client.post("/admin/candidates", data={"candidate_number": "400001", "erase": "1", "csrf_token": token})
    assert "Tick the confirmation box" in refused.get_data(as_text=True)
    assert _count(Submission) == 1
    erased = client.post(
        "/admin/candidates",
        data={"candidate_number": "400001", "erase": "1", "confirm": "y", "csrf_token": token},
        follow_redirects=True,
    )
    assert "Erased 1 script(s)" in erased.get_data(as_text=True)
    assert _count(Submission) == 0


def test_erasure_scrubs_the_candidate_from_the_audit_trail_but_keeps_each_event(
    app: Flask, make_user: Callable[..., User]
) -> None:
    import json

    from marker.service import assessments, markings, submissions
    from marker.service.checking import rubric_library
    from marker.store.audit import record_event
    from tests.helpers import app_uow
    from tests.web.tutor.scripts_for_tests import make_docx

    tutor = make_user("tina", "tutor")
    rubric = rubric_library(app_uow().settings).get("cim-2206")
    assessment = assessments.create_assessment(
        app_uow(), rubric, title="2206", cohort="Nov 2026", deadline=None, retention_days=365, actor=tutor
    )
    erased = submissions.add_submission(
        app_uow(),
        assessment,
        rubric,
        make_docx(),
        "Jane Doe report.docx",
        candidate_number="5000123",
        candidate_name="Jane Doe",
        actor=tutor,
    )
    other = submissions.add_submission(
        app_uow(),
        assessment,
        rubric,
        make_docx(),
        "Sam Roe.docx",
        candidate_number="5000999",
        candidate_name="Sam Roe",
        actor=tutor,
    )
    for submission in (erased, other):
        marking = markings.start_marking(app_uow(), submission, tutor)
        name = submission.candidate_name
        marking.part_marks.append(PartMark(part_id="1a", mark=3, comment=f"{name}'s overview is clear."))
        marking.overall_comment = f"{name} writes clearly."
        record_event(
            actor=tutor, action="marking.save", subject=marking, assessment=assessment, new=markings._state(marking)
        )
    record_event(
        actor=tutor,
        action="propose_sample",
        subject=assessment,
        assessment=assessment,
        new=[{"submission": erased.id, "reason": "Jane Doe failed"}, {"submission": other.id, "reason": "top mark"}],
    )
    db.session.commit()
    erased_id, other_id = erased.id, other.id

    assert people.erase_candidate(app_uow(), "5000123", actor=None) == 1
    trail = db.session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
    about_erased = [
        event for event in trail if event.subject_id == str(erased_id) and event.subject_type == "submission"
    ]
    trail_text = json.dumps([event.details for event in trail])
    for personal in ("5000123", "Jane", "Doe"):
        assert personal not in trail_text
    # Each event is still there with its fact: what was done, to which record, by whom, marks as numbers.
    assert [event.action for event in about_erased] == ["submission.upload"]
    assert about_erased[0].details["new"]["check_queued"] is True
    assert about_erased[0].details["erased"] is True
    saves = [event for event in trail if event.action == "marking.save"]
    assert len(saves) == 2
    scrubbed, kept = sorted(saves, key=lambda event: "erased" not in event.details)
    assert scrubbed.details["new"]["parts"]["1a"] == {"mark": 3, "achieved": None, "comment": "[erased]"}
    assert scrubbed.details["new"]["overall_comment"] == "[erased]"
    assert kept.details["new"]["overall_comment"] == "Sam Roe writes clearly."  # another candidate's entry
    [sample] = [event for event in trail if event.action == "propose_sample"]
    assert sample.details["new"] == [
        {"submission": erased_id, "reason": "[erased]"},
        {"submission": other_id, "reason": "top mark"},
    ]
    # The other candidate's upload still names them.
    assert any(
        event.details.get("new", {}).get("candidate_number") == "5000999"
        for event in trail
        if isinstance(event.details.get("new"), dict)
    )
