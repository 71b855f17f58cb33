"""Uploads, files and disk (issue 12): a zip of scripts costs memory for one script at a time and has a total
limit; a stored file appears only once its row commits, and a crashed upload's file is swept; two uploads for
one candidate at once make one submission.
"""

from __future__ import annotations

import dataclasses
import io
import os
import subprocess
import sys
import threading
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import func, select

from marker.cli import main
from marker.errors import MarkerError
from marker.extensions import db
from marker.marking.batch import BatchLimits, UnsafeArchive, read_batch
from marker.service import assessments, submissions
from marker.service.checking import rubric_library
from marker.store.files import read_upload, store_upload, sweep_orphan_uploads
from marker.store.models import Assessment, Submission, User
from tests.helpers import app_uow
from tests.web.tutor.scripts_for_tests import make_docx, moodle_zip

MIB = 1024 * 1024
PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _upload_dir(app: Flask) -> Path:
    return Path(app.config["MARKER_SETTINGS"].upload_dir)


def _files(app: Flask) -> list[str]:
    folder = _upload_dir(app)
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


def _assessment(make_user: Callable[..., User]) -> tuple[Assessment, Any, User]:
    tutor = make_user("tess", "tutor")
    rubric = rubric_library(app_uow().settings).get("cim-2206")
    assessment = assessments.create_assessment(
        app_uow(), rubric, title="2206 disk", cohort="Nov 2026", deadline=None, retention_days=365, actor=tutor
    )
    db.session.commit()
    return assessment, rubric, tutor


# --- zips ------------------------------------------------------------------------------------------------------


def test_a_batch_holds_one_script_in_memory_at_a_time() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for number in range(8):
            archive.writestr(f"Person {number}_{1000 + number}_assignsubmission_file_/r.docx", os.urandom(MIB))
    zip_bytes = buffer.getvalue()
    tracemalloc.start()
    try:
        items = read_batch(zip_bytes)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [item.ok for item in items] == [True] * 8
    assert peak < 3 * MIB, f"reading 8 MiB of scripts peaked at {peak / MIB:.1f} MiB"
    assert items[3].data is not None and len(items[3].data) == MIB


def test_a_zip_past_the_batch_limits_is_refused_whole(app: Flask, make_user: Callable[..., User]) -> None:
    assessment, rubric, tutor = _assessment(make_user)
    settings = app.config["MARKER_SETTINGS"]
    people = {str(700000 + n): f"Person {n}" for n in range(3)}
    app.config["MARKER_SETTINGS"] = dataclasses.replace(settings, max_batch_files=2)
    with pytest.raises(UnsafeArchive, match="at most 2"):
        submissions.upload_batch(app_uow(), assessment, rubric, moodle_zip(people), actor=tutor)
    app.config["MARKER_SETTINGS"] = dataclasses.replace(settings, max_batch_mb=1)
    big = {f"Big {n}_{800000 + n}_assignsubmission_file_/big.pdf": b"%PDF" + b"0" * (MIB // 2) for n in range(3)}
    with pytest.raises(UnsafeArchive, match="at most 1 MB"):
        submissions.upload_batch(app_uow(), assessment, rubric, moodle_zip({}, extra=big), actor=tutor)
    assert db.session.scalar(select(func.count()).select_from(Submission)) == 0
    assert BatchLimits.for_upload(20).max_total_bytes == 200 * MIB  # the default: 20 scripts of 20 MB is refused


# --- files only with their rows --------------------------------------------------------------------------------


def test_a_stored_file_appears_only_when_its_transaction_commits(app: Flask) -> None:
    discarded = store_upload(b"rolled back")
    assert read_upload(discarded) == b"rolled back"  # readable inside its own transaction
    assert discarded not in _files(app)
    db.session.rollback()
    assert _files(app) == []
    kept = store_upload(b"committed")
    db.session.commit()
    assert _files(app) == [kept]
    assert read_upload(kept) == b"committed"


def test_a_killed_upload_leaves_no_stored_file_and_the_sweep_removes_its_remains(
    app: Flask, make_user: Callable[..., User]
) -> None:
    assessment, rubric, tutor = _assessment(make_user)
    kept = submissions.add_submission(
        app_uow(), assessment, rubric, make_docx(), "kept.docx", candidate_number="1001", actor=tutor
    )
    assessment_id, kept_name = assessment.id, kept.stored_name
    db.session.remove()
    # Another process stores a script, sends its row to the database, and is killed before it commits.
    script = (
        "import os, signal\n"
        "from marker import create_app\n"
        "from marker.extensions import db\n"
        "from marker.store.files import store_upload\n"
        "from marker.store.models import Submission\n"
        "app = create_app()\n"
        "with app.app_context():\n"
        "    name = store_upload(b'%PDF-1.4 the killed upload')\n"
        f"    db.session.add(Submission(assessment_id={assessment_id}, candidate_number='1002',\n"
        "        original_name='killed.pdf', stored_name=name, checksum='0'))\n"
        "    db.session.flush()\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    process = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, timeout=120)
    assert process.returncode == -9, process.stderr.decode()[-2000:]
    left = [name for name in _files(app) if name != kept_name]
    assert len(left) == 1 and left[0].endswith(".partial"), left  # nothing that looks stored
    # Too young to judge (it could be an upload in progress elsewhere), then swept once past the grace period.
    assert sweep_orphan_uploads(3600).removed == 0
    assert sweep_orphan_uploads(3600, now=time.time() + 7200).removed == 1
    assert _files(app) == [kept_name]


def test_the_sweep_completes_a_save_killed_between_commit_and_rename(
    app: Flask, runner: Any, make_user: Callable[..., User]
) -> None:
    assessment, rubric, tutor = _assessment(make_user)
    submission = submissions.add_submission(
        app_uow(), assessment, rubric, make_docx(), "a.docx", candidate_number="1", actor=tutor
    )
    folder = _upload_dir(app)
    stored = folder / (submission.stored_name or "")
    stored.rename(folder / f"{stored.name}.partial")  # as if the process died just after the commit
    orphan = folder / ("ab" * 20)
    orphan.write_bytes(b"no row records me")
    os.utime(orphan, (time.time() - 7200, time.time() - 7200))
    result = runner.invoke(main, ["sweep-uploads", "--grace-s", "3600"])
    assert result.exit_code == 0, result.output
    assert "removed 1" in result.output and "completed 1" in result.output
    assert _files(app) == [stored.name]


# --- one script per candidate --------------------------------------------------------------------------------


def test_two_uploads_for_one_candidate_at_once_make_one_submission(
    app: Flask, make_user: Callable[..., User], monkeypatch: pytest.MonkeyPatch
) -> None:
    assessment, rubric, tutor = _assessment(make_user)
    ids = (assessment.id, tutor.id)
    db.session.remove()
    # Both uploads pass the "already has a script?" question before either is saved, as under real load.
    both_checked = threading.Barrier(2, timeout=30)
    real_store = submissions.store_upload

    def store_together(*args: Any) -> Any:
        both_checked.wait()
        return real_store(*args)

    monkeypatch.setattr(submissions, "store_upload", store_together)
    outcomes: list[str] = []

    def upload(name: str) -> None:
        with app.app_context():
            found, actor = db.session.get(Assessment, ids[0]), db.session.get(User, ids[1])
            assert found is not None and actor is not None
            try:
                submissions.add_submission(
                    app_uow(), found, rubric, make_docx(), name, candidate_number="5000", actor=actor
                )
                outcomes.append("saved")
            except MarkerError as error:
                db.session.rollback()
                outcomes.append(error.message)
            finally:
                db.session.remove()

    threads = [threading.Thread(target=upload, args=(f"copy{n}.docx",)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert sorted(outcomes)[0].startswith("Candidate 5000 already has a script in this assessment (copy")
    assert sorted(outcomes)[1] == "saved"
    assert db.session.scalar(select(func.count()).select_from(Submission)) == 1
    assert len(_files(app)) == 1  # the refused upload's file went with its transaction
