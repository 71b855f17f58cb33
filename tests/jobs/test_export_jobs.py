"""Feedback zips and EQA packs as jobs: queued, built once for the person who asked, stale when marks change,
failed with a reason, taken over from a dead worker, removed after their retention, and blind to what the
person who asked may not see."""

from __future__ import annotations

import dataclasses
import io
import re
import time
import zipfile
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import update

from marker.extensions import db
from marker.service import export_jobs
from marker.service.check_jobs import recover_stale
from marker.service.errors import AccessDenied
from marker.service.export_jobs import EQA_PACK, FEEDBACK_ZIP, ExportNotReady
from marker.service.uow import UnitOfWork
from marker.store.files import _path_for, read_upload, sweep_orphan_uploads
from marker.store.models import AssessmentMember, ExportJob, Marking, User, utcnow
from tests.jobs.conftest import RecordingQueue
from tests.web.moderator.conftest import Cohort, add_marking, make_cohort  # noqa: F401  (make_cohort: a fixture)

SECRET = "SECRETFIRST"
# The first marker's total (17 + 31 + 29), as a number of its own in a CSV or a DOCX cell.
_FIRST_TOTAL = re.compile(r"[,>]77[,<\r\n]")


def _uow(app: Flask, queue: RecordingQueue | None = None, **settings: object) -> UnitOfWork:
    return UnitOfWork(db.session, dataclasses.replace(app.config["MARKER_SETTINGS"], **settings), jobs=queue)


def _marked(make_cohort: Callable[..., Cohort], size: int = 3) -> Cohort:  # noqa: F811
    cohort = make_cohort(size)
    for submission in cohort.submissions:
        add_marking(submission, cohort.tutors["ann"], "first", (10, 20, 20), overall="Well argued")
    return cohort


def _queued(app: Flask, cohort: Cohort, kind: str = FEEDBACK_ZIP, person: User | None = None) -> ExportJob:
    queue = RecordingQueue()
    export = export_jobs.request_export(_uow(app, queue), cohort.assessment, kind, actor=person or cohort.tutors["ann"])
    assert queue.exports == [export.id] and export.state == "queued"
    return export


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _texts(data: bytes) -> str:
    """Everything in a zip as text, DOCX members unpacked too."""
    texts = []
    for name, body in _members(data).items():
        texts.append(name)
        texts.append(_texts(body) if body[:2] == b"PK" else body.decode("utf-8", errors="replace"))
    return "\n".join(texts)


def test_an_export_is_queued_then_built_once_and_downloaded_only_by_who_asked(
    app: Flask,
    make_cohort: Callable[..., Cohort],  # noqa: F811
) -> None:
    cohort = _marked(make_cohort)
    ann = cohort.tutors["ann"]
    export = _queued(app, cohort)
    with pytest.raises(ExportNotReady):
        export_jobs.export_file(_uow(app), ann, export.id)  # still waiting
    assert export_jobs.run_export(_uow(app), export.id) == "built"
    assert export_jobs.run_export(_uow(app), export.id) == "skipped"  # a second delivery builds nothing
    db.session.refresh(export)
    assert export.state == "done" and export.attempts == 1 and export.token is None and export.stored_name
    assert export.finished_at is not None and export.marks_stamp and export.size_bytes > 0
    assert (export.done_items, export.total_items) == (3, 3)
    data, name = export_jobs.export_file(_uow(app), ann, export.id)
    assert name == f"feedback_{cohort.assessment.id}.zip"
    assert sorted(_members(data)) == [f"feedback_{s.candidate_number}.docx" for s in cohort.submissions]
    # Another tutor of the same assessment, a moderator, an administrator: refused.
    admin = User(username="root", password_hash="x")
    admin.set_roles(["admin"])
    db.session.add(admin)
    db.session.commit()
    for other in (cohort.tutors["bea"], cohort.moderator, admin):
        with pytest.raises(AccessDenied):
            export_jobs.export_file(_uow(app), other, export.id)
        with pytest.raises(AccessDenied):
            export_jobs.export_status(_uow(app), other, export.id)


def test_a_second_request_while_waiting_is_the_same_export_and_a_rebuild_replaces_the_file(
    app: Flask,
    make_cohort: Callable[..., Cohort],  # noqa: F811
) -> None:
    cohort = _marked(make_cohort)
    ann = cohort.tutors["ann"]
    export = _queued(app, cohort)
    again = export_jobs.request_export(_uow(app, RecordingQueue()), cohort.assessment, FEEDBACK_ZIP, actor=ann)
    assert again.id == export.id
    export_jobs.run_export(_uow(app), export.id)
    db.session.refresh(export)
    old_file = _path_for(export.stored_name or "")
    assert old_file.exists()
    newer = export_jobs.request_export(_uow(app), cohort.assessment, FEEDBACK_ZIP, actor=ann)  # built in place
    db.session.refresh(export)
    assert newer.id != export.id and newer.state == "done" and export.stored_name is None
    assert not old_file.exists()
    assert export_jobs.export_status(_uow(app), ann, export.id).removed


def test_an_export_that_cannot_be_built_says_why(app: Flask, make_cohort: Callable[..., Cohort]) -> None:  # noqa: F811
    cohort = make_cohort(2)  # nothing marked yet
    export = _queued(app, cohort)
    assert export_jobs.run_export(_uow(app), export.id) == "failed"
    db.session.refresh(export)
    assert export.state == "failed" and export.stored_name is None
    assert export.error == "No script of this assessment has a final marking yet."
    with pytest.raises(ExportNotReady, match="could not be built: No script"):
        export_jobs.export_file(_uow(app), cohort.tutors["ann"], export.id)


def test_a_tutor_removed_before_the_build_gets_nothing(app: Flask, make_cohort: Callable[..., Cohort]) -> None:  # noqa: F811
    cohort = _marked(make_cohort)
    export = _queued(app, cohort)
    for member in [m for m in cohort.assessment.members if m.user_id == cohort.tutors["ann"].id]:
        db.session.delete(member)
    db.session.commit()
    assert export_jobs.run_export(_uow(app), export.id) == "failed"
    db.session.refresh(export)
    assert export.stored_name is None and export.error == "You are not a member of this assessment."


def test_marks_changed_after_the_build_make_it_stale_and_it_is_not_served(
    app: Flask,
    make_cohort: Callable[..., Cohort],  # noqa: F811
) -> None:
    cohort = _marked(make_cohort)
    ann = cohort.tutors["ann"]
    export = _queued(app, cohort)
    export_jobs.run_export(_uow(app), export.id)
    assert not export_jobs.export_status(_uow(app), ann, export.id).stale
    add_marking(cohort.submissions[1], ann, "first", (11, 20, 20), overall="Well argued")
    status = export_jobs.export_status(_uow(app), ann, export.id)
    assert status.stale and not status.downloadable
    with pytest.raises(ExportNotReady, match="changed since"):
        export_jobs.export_file(_uow(app), ann, export.id)


def test_a_new_allocation_makes_an_eqa_pack_stale(app: Flask, make_cohort: Callable[..., Cohort]) -> None:  # noqa: F811
    cohort = _marked(make_cohort)
    export = _queued(app, cohort, EQA_PACK, cohort.moderator)
    assert export_jobs.run_export(_uow(app), export.id) == "built"
    assert not export_jobs.export_status(_uow(app), cohort.moderator, export.id).stale
    # The moderator becomes a script's blind second marker: the pack holds first marks they may not see now.
    script = cohort.submissions[0]
    db.session.add(
        Marking(
            submission=script, marker_id=cohort.moderator.id, role="second", rubric_hash=script.assessment.rubric_hash
        )
    )
    db.session.commit()
    assert export_jobs.export_status(_uow(app), cohort.moderator, export.id).stale


def test_a_blind_second_markers_exports_hold_no_first_marks(
    app: Flask,
    make_cohort: Callable[..., Cohort],  # noqa: F811
    make_user: Callable[..., User],
) -> None:
    cohort = make_cohort(3, blind=True)
    dual = make_user("dual", "tutor", "moderator")
    for role in ("tutor", "moderator"):
        db.session.add(AssessmentMember(assessment_id=cohort.assessment.id, user_id=dual.id, role=role))
    script = cohort.submissions[0]
    add_marking(script, cohort.tutors["ann"], "first", (17, 31, 29), comments=(SECRET, SECRET, SECRET), overall=SECRET)
    db.session.add(
        Marking(submission=script, marker_id=dual.id, role="second", rubric_hash=script.assessment.rubric_hash)
    )
    for other in cohort.submissions[1:]:
        add_marking(other, cohort.tutors["bea"], "first", (10, 20, 20))
    db.session.commit()
    for kind in (FEEDBACK_ZIP, EQA_PACK):
        export = _queued(app, cohort, kind, dual)
        assert export_jobs.run_export(_uow(app), export.id) == "built"
        data, _ = export_jobs.export_file(_uow(app), dual, export.id)
        text = _texts(data)
        assert SECRET not in text
        assert not _FIRST_TOTAL.search(text)
        assert cohort.submissions[1].candidate_number in text  # the scripts they may see are there
    # The moderator who marks nothing sees the first marks in their own pack.
    export = _queued(app, cohort, EQA_PACK, cohort.moderator)
    export_jobs.run_export(_uow(app), export.id)
    text = _texts(export_jobs.export_file(_uow(app), cohort.moderator, export.id)[0])
    assert SECRET in text and _FIRST_TOTAL.search(text)


def test_a_dead_workers_export_is_sent_again_and_given_up_after_its_attempts(
    app: Flask,
    make_cohort: Callable[..., Cohort],  # noqa: F811
) -> None:
    cohort = _marked(make_cohort)
    export = _queued(app, cohort)
    slow = export_jobs.claim_export(_uow(app), export.id)
    assert slow is not None and export_jobs.claim_export(_uow(app), export.id) is None
    queue = RecordingQueue()
    assert recover_stale(_uow(app, queue)) == ([], []) and queue.exports == []  # alive: left alone
    db.session.execute(update(ExportJob).values(heartbeat_at=utcnow() - timedelta(hours=1)))
    db.session.commit()
    assert recover_stale(_uow(app, queue)) == ([], []) and queue.exports == [export.id]
    db.session.refresh(export)
    assert export.state == "queued" and export.token is None
    # The slow worker finishing now keeps nothing: its claim is gone.
    assert not export_jobs._store(_uow(app), export.id, slow, b"PK stale", "x")
    assert export_jobs.run_export(_uow(app), export.id) == "built"
    db.session.refresh(export)
    assert export.attempts == 2 and read_upload(export.stored_name or "")[:2] == b"PK"
    # A job whose worker keeps dying is given up with a reason.
    stuck = _queued(app, cohort, EQA_PACK, cohort.moderator)
    export_jobs.claim_export(_uow(app), stuck.id)
    db.session.execute(
        update(ExportJob).where(ExportJob.id == stuck.id).values(heartbeat_at=utcnow() - timedelta(hours=1), attempts=3)
    )
    db.session.commit()
    recover_stale(_uow(app, RecordingQueue(), job_attempts=3))
    db.session.refresh(stuck)
    assert stuck.state == "failed" and "stopped before it finished 3 times" in (stuck.error or "")


def test_a_built_file_is_kept_from_the_upload_sweep_and_removed_after_its_retention(
    app: Flask,
    make_cohort: Callable[..., Cohort],  # noqa: F811
) -> None:
    cohort = _marked(make_cohort)
    ann = cohort.tutors["ann"]
    export = _queued(app, cohort)
    export_jobs.run_export(_uow(app), export.id)
    db.session.refresh(export)
    path = _path_for(export.stored_name or "")
    assert sweep_orphan_uploads(0).removed == 0 and path.exists()  # no orphan, however old
    assert export_jobs.sweep_expired_exports(_uow(app)) == 0  # not yet expired
    later = utcnow() + timedelta(seconds=app.config["MARKER_SETTINGS"].export_retention_s + 60)
    assert export_jobs.sweep_expired_exports(_uow(app), now=later) == 1
    assert not path.exists()
    status = export_jobs.export_status(_uow(app), ann, export.id)
    assert status.removed and not status.downloadable
    with pytest.raises(ExportNotReady, match="removed"):
        export_jobs.export_file(_uow(app), ann, export.id)


def test_purging_an_assessment_deletes_its_exports(app: Flask, make_cohort: Callable[..., Cohort]) -> None:  # noqa: F811
    from datetime import date

    from marker.service.people import purge_expired

    cohort = _marked(make_cohort)
    export = _queued(app, cohort)
    export_jobs.run_export(_uow(app), export.id)
    db.session.refresh(export)
    path = _path_for(export.stored_name or "")
    cohort.assessment.retention_days = 0
    cohort.assessment.deadline = date(2020, 1, 1)
    db.session.commit()
    purge_expired(_uow(app), date.today())
    assert db.session.get(ExportJob, export.id) is None and not path.exists()


@pytest.fixture(params=["sqlite", "redis"])
def queue_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "redis":
        yield request.getfixturevalue("redis_url")
    else:
        yield f"sqlite:///{tmp_path / 'queue.sqlite3'}"


@pytest.mark.slow
def test_a_real_queue_builds_the_export_in_the_background(
    app: Flask,
    make_cohort: Callable[..., Cohort],  # noqa: F811
    queue_url: str,
) -> None:
    from marker.jobs import Jobs
    from marker.jobs.worker import start_embedded

    cohort = _marked(make_cohort)
    jobs = Jobs(app, dataclasses.replace(app.config["MARKER_SETTINGS"], queue_url=queue_url))
    export = export_jobs.request_export(
        UnitOfWork(db.session, jobs.settings, jobs=jobs), cohort.assessment, FEEDBACK_ZIP, actor=cohort.tutors["ann"]
    )
    export_id = export.id
    db.session.rollback()
    assert db.session.get(ExportJob, export_id).state == "queued"  # type: ignore[union-attr]  # nothing ran it yet
    worker = start_embedded(jobs, threads=1)
    assert worker is not None
    try:
        give_up = time.monotonic() + 120
        while True:
            db.session.rollback()  # a fresh snapshot each time
            state = db.session.get(ExportJob, export_id).state  # type: ignore[union-attr]
            if state in ("done", "failed"):
                break
            assert time.monotonic() < give_up, "the worker did not build the export"
            time.sleep(0.1)
    finally:
        worker.stop()
    data, _ = export_jobs.export_file(_uow(app), cohort.tutors["ann"], export_id)
    assert len(_members(data)) == 3
