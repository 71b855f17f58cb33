"""The script as submitted: LibreOffice's PDF of a DOCX is kept with its check (and goes with the script), and the
marking desk shows a script's pages as images, to its assessment's tutors and moderators only."""

from __future__ import annotations

import dataclasses
import io
import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from PIL import Image
from sqlalchemy import select

import marker.service.check_jobs as check_jobs
from marker.extensions import db
from marker.service import people, scripts
from marker.service.check_jobs import recheck, run_check
from marker.store.files import sweep_orphan_uploads
from marker.store.models import Submission, User
from marker.store.rubrics import rubric_of
from tests.checks.builders import make_pdf
from tests.helpers import app_uow
from tests.web.tutor.conftest import create_assessment, start_marking
from tests.web.tutor.scripts_for_tests import make_docx
from tests.web.tutor.test_tutor_pages import upload

LAYOUT = make_pdf([["Task 1 (a) Overview", "Page one words."], ["Page two words."], ["Page three words."]])


@pytest.fixture
def laid_out(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bytes]]:
    """Checks whose DOCX LibreOffice 'laid out' into LAYOUT (three pages); the PDFs handed out, in order."""
    handed: list[bytes] = []
    real = check_jobs.check_upload

    def with_layout(*args: Any, **kwargs: Any) -> Any:
        report = real(*args, **kwargs)
        pdf = LAYOUT + f"%{len(handed)}\n".encode()  # each check's PDF its own bytes
        handed.append(pdf)
        document = dataclasses.replace(report.document, pages=3, pages_source="libreoffice", layout_pdf=pdf)
        return dataclasses.replace(report, document=document)

    monkeypatch.setattr(check_jobs, "check_upload", with_layout)
    yield handed


def _upload_dir(app: Flask) -> Path:
    return Path(app.config["MARKER_SETTINGS"].upload_dir)


def _script(client: FlaskClient, data: bytes | None = None, name: str = "s.docx") -> Submission:
    assessment_id = create_assessment(client)
    upload(client, assessment_id, data or make_docx(), "100001", name)
    found = db.session.scalar(select(Submission).where(Submission.assessment_id == assessment_id))
    assert found is not None and found.check_state == "checked"
    return found


def test_a_checked_docx_keeps_libreoffices_pdf_as_a_stored_file(
    app: Flask, tutor_client: FlaskClient, tutor: User, laid_out: list[bytes]
) -> None:
    script = _script(tutor_client)
    name = script.layout_pdf_name
    assert name and name != script.stored_name
    assert (_upload_dir(app) / name).read_bytes() == laid_out[-1]
    assert sweep_orphan_uploads(0).removed == 0, "a kept layout PDF is no orphan"
    # A re-check keeps the new check's PDF and removes the old one.
    assert recheck(app_uow(), script, actor=tutor)
    db.session.refresh(script)
    assert script.layout_pdf_name not in (None, name)
    assert not (_upload_dir(app) / name).exists()
    assert (_upload_dir(app) / str(script.layout_pdf_name)).read_bytes() == laid_out[-1]


def test_a_check_without_layout_keeps_no_pdf_and_drops_an_earlier_one(
    app: Flask, tutor_client: FlaskClient, tutor: User, laid_out: list[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    script = _script(tutor_client)
    earlier = script.layout_pdf_name
    monkeypatch.undo()  # the next check lays nothing out (Word's own pages)
    assert recheck(app_uow(), script, actor=tutor)
    db.session.refresh(script)
    assert script.layout_pdf_name is None and not (_upload_dir(app) / str(earlier)).exists()


def test_the_layout_pdf_goes_with_a_replaced_withdrawn_or_erased_script(
    app: Flask, tutor_client: FlaskClient, tutor: User, laid_out: list[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    script = _script(tutor_client)
    first = _upload_dir(app) / str(script.layout_pdf_name)
    monkeypatch.undo()  # the resubmission's check lays nothing out
    scripts.replace_script(
        app_uow(), script, rubric_of(script.assessment), make_docx(), "again.docx", actor=tutor, today=date(2026, 1, 1)
    )
    db.session.refresh(script)
    assert script.layout_pdf_name is None and not first.exists()

    monkeypatch.setattr(check_jobs, "check_upload", _laying_out(check_jobs.check_upload))
    assert recheck(app_uow(), script, actor=tutor)
    db.session.refresh(script)
    kept = _upload_dir(app) / str(script.layout_pdf_name)
    assert kept.exists()
    scripts.withdraw_script(app_uow(), script, "left the course", actor=tutor)
    assert not kept.exists()

    erased = _script(tutor_client)
    kept = _upload_dir(app) / str(erased.layout_pdf_name)
    assert kept.exists()
    people.erase_candidate(app_uow(), erased.candidate_number, actor=None)
    assert not kept.exists()


def _laying_out(real: Callable[..., Any]) -> Callable[..., Any]:
    def with_layout(*args: Any, **kwargs: Any) -> Any:
        report = real(*args, **kwargs)
        return dataclasses.replace(report, document=dataclasses.replace(report.document, layout_pdf=LAYOUT))

    return with_layout


def test_the_tutor_sees_the_pages_as_images_that_the_browser_may_keep(
    tutor_client: FlaskClient, laid_out: list[bytes]
) -> None:
    script = _script(tutor_client)
    html = tutor_client.get(f"/tutor/submissions/{script.id}/pages").get_data(as_text=True)
    sources = [line.split('src="')[1].split('"')[0] for line in html.splitlines() if "<img" in line]
    assert len(sources) == 3 and "as LibreOffice laid out the Word file" in html
    assert "<iframe" not in html and "<object" not in html and "<embed" not in html
    response = tutor_client.get(sources[1])
    assert response.status_code == 200 and response.mimetype == "image/png"
    image = Image.open(io.BytesIO(response.get_data()))
    assert image.width == 1000 and image.height > image.width  # an A4 page, portrait
    assert "private" in response.headers["Cache-Control"] and "max-age" in response.headers["Cache-Control"]
    again = tutor_client.get(sources[1], headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304 and again.get_data() == b""
    assert tutor_client.get(f"/tutor/submissions/{script.id}/pages/4.png").status_code == 404
    assert tutor_client.get(f"/tutor/submissions/{script.id}/pages/0.png").status_code == 404
    mark = start_marking(tutor_client, script.id)
    assert f'href="/tutor/submissions/{script.id}/pages"' in mark


def test_an_uploaded_pdf_shows_its_own_pages(tutor_client: FlaskClient) -> None:
    pdf = make_pdf([["Task 1 (a) Organisation overview", "Words."], ["Task 1 (b) Developments", "More words."]])
    script = _script(tutor_client, pdf, "s.pdf")
    assert script.layout_pdf_name is None
    html = tutor_client.get(f"/tutor/submissions/{script.id}/pages").get_data(as_text=True)
    assert html.count("<img") == 2 and "as in the uploaded PDF" in html
    response = tutor_client.get(f"/tutor/submissions/{script.id}/pages/2.png")
    assert response.status_code == 200 and response.get_data()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_docx_checked_on_words_own_pages_says_why_there_are_no_images(tutor_client: FlaskClient) -> None:
    script = _script(tutor_client)
    html = tutor_client.get(f"/tutor/submissions/{script.id}/pages").get_data(as_text=True)
    assert "<img" not in html and "not laid out by LibreOffice" in html
    assert tutor_client.get(f"/tutor/submissions/{script.id}/pages/1.png").status_code == 404


def test_a_tutor_of_another_assessment_sees_no_pages(
    app: Flask,
    tutor_client: FlaskClient,
    make_user: Callable[..., User],
    login: Callable[[FlaskClient, User], None],
    laid_out: list[bytes],
) -> None:
    script = _script(tutor_client)
    stranger = app.test_client()
    login(stranger, make_user("sam", "tutor"))
    for url in (f"/tutor/submissions/{script.id}/pages", f"/tutor/submissions/{script.id}/pages/1.png"):
        assert stranger.get(url).status_code in (403, 404)
    anonymous = app.test_client().get(f"/tutor/submissions/{script.id}/pages/1.png")
    assert anonymous.status_code in (302, 401) and anonymous.mimetype != "image/png"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_real_libreoffice_layout_is_kept_and_drawn(app: Flask, tutor_client: FlaskClient) -> None:
    """Through the real LibreOffice (per document, as MARKER_LIBREOFFICE=cold): the kept PDF is what it made."""
    script = _script(tutor_client)
    db.session.execute(
        Submission.__table__.update().where(Submission.id == script.id).values(check_state="queued")  # type: ignore[attr-defined]
    )
    db.session.commit()
    settings = dataclasses.replace(app.config["MARKER_SETTINGS"], layout_with_libreoffice=True, libreoffice_mode="cold")
    from marker.service.uow import UnitOfWork

    assert run_check(UnitOfWork(db.session, settings), script.id) == "checked"
    db.session.refresh(script)
    assert script.check_report is not None and script.check_report["file"]["pages_source"] == "libreoffice"
    kept = (_upload_dir(app) / str(script.layout_pdf_name)).read_bytes()
    assert kept.startswith(b"%PDF")
    response = tutor_client.get(f"/tutor/submissions/{script.id}/pages/1.png")
    assert response.status_code == 200 and response.mimetype == "image/png"
