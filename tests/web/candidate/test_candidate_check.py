"""A candidate checks a report before submitting: no account, nothing kept, the same messages as ``marker check``."""

from __future__ import annotations

import dataclasses
import io
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document as open_docx
from flask import Flask
from flask.testing import FlaskClient
from fpdf import FPDF
from markupsafe import escape
from pypdf import PdfReader
from sqlalchemy import func, select

from marker.documents.errors import MESSAGES
from marker.extensions import db
from marker.store.models import RubricSetting
from tests.helpers import extract_csrf
from tests.web.candidate.builders import make_docx

FULL_ANSWER = {"1a": 300, "1b": 900, "1c": 750, "2a": 800, "3a": 700, "3b": 700}  # 2b missing, task 1 (b)+(c) over
CITATIONS = {"1b": "Personalisation matters to customers (see Smith, 2018)."}


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A temporary folder of its own for this test, so the test can see that nothing is left in it."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))  # for the child process that reads the file
    monkeypatch.setattr(tempfile, "tempdir", str(folder))  # for werkzeug's spooled upload
    yield folder


def scanned_pdf() -> bytes:
    """A PDF of pictures only (no text layer), as a scanner makes."""
    pdf = FPDF()
    for _ in range(2):
        pdf.add_page()
        pdf.rect(20, 20, 150, 200, style="F")
    return bytes(pdf.output())


def upload(client: FlaskClient, data: bytes, name: str = "my report.docx", rubric: str = "cim-2206") -> tuple[int, str]:
    token = extract_csrf(client.get("/check/").get_data(as_text=True))
    response = client.post(
        "/check/",
        data={"csrf_token": token, "rubric": rubric, "document": (io.BytesIO(data), name)},
        content_type="multipart/form-data",
    )
    return response.status_code, response.get_data(as_text=True)


def row_counts() -> dict[str, int]:
    return {
        table.name: db.session.scalar(select(func.count()).select_from(table)) or 0
        for table in db.metadata.sorted_tables
    }


def set_settings(app: Flask, **changes: object) -> None:
    app.config["MARKER_SETTINGS"] = dataclasses.replace(app.config["MARKER_SETTINGS"], **changes)


def test_form_offers_public_briefs_and_says_nothing_is_kept(client: FlaskClient) -> None:
    html = client.get("/check/").get_data(as_text=True)
    assert '<option value="cim-2206">Mastering Digital Channels (2206)</option>' in html
    assert 'enctype="multipart/form-data"' in html
    assert "deleted as soon as this check is finished. Nothing about\n  it is stored" in html


def test_a_brief_the_administrator_has_not_made_public_is_not_offered(app: Flask, client: FlaskClient) -> None:
    db.session.add(RubricSetting(rubric_id="cim-2206", public=False))
    db.session.commit()
    html = client.get("/check/").get_data(as_text=True)
    assert "cim-2206" not in html
    assert "No assessment brief is open for checking yet" in html
    app.config["WTF_CSRF_ENABLED"] = False  # the page has no form to take a token from
    response = client.post("/check/", data={"rubric": "cim-2206", "document": (io.BytesIO(make_docx()), "r.docx")})
    assert response.status_code == 400
    assert "Your report check" not in response.get_data(as_text=True)


def test_candidate_sees_limits_parts_references_and_verbs(
    app: Flask, client: FlaskClient, temp_dir: Path, tmp_path: Path
) -> None:
    before = row_counts()
    status, html = upload(client, make_docx(FULL_ANSWER, citations=CITATIONS))
    assert status == 200, html
    # Limits: Task 1 (b) and (c) are 907 + 750 words, over 1,500 + 10%; task 3 within; 1a fits its page.
    assert "<td>1,657 words</td>" in html
    assert re.search(r'<meter class="bar bar-over"[^>]*value="1657.0"', html)
    assert re.search(r'<meter class="bar bar-within"[^>]*value="1400.0"', html)
    assert "Task 1 (a): 1 page; the limit is 1 page. Within the limit." in html
    # Parts: 2b is missing, with the heading to add.
    assert "6 of 7 parts found" in html
    assert "Task 2 (b) was not found. Start it with a heading such as <strong>“Task 2 (b) Personalised content" in html
    # References: each problem names what it concerns and how to fix it.
    # A name led in as sources are, cited once, is worth checking, not said for certain.
    assert ("Check this: (see Smith, 2018) in Task 1 (b) looks like a citation of Smith (2018), but no entry in the "
            "reference list matches it.") in html  # fmt: skip
    assert "If it cites a source, add the source to the list." in html  # how to fix it
    # Per part: readability and what the command verb asks for.
    assert "Flesch reading ease" in html and "grade level" in html
    assert "Appraise: Provide a comprehensive and detailed critique" in html
    # What was counted, in the rubric's words.
    assert "Headings, tables, figure and table captions, the contents page" in html
    # Nothing kept: no row written, no file left in the upload folder or the temporary folder.
    assert row_counts() == before
    uploads = tmp_path / "uploads"
    assert not uploads.exists() or not any(uploads.iterdir())
    assert list(temp_dir.iterdir()) == []


@pytest.mark.parametrize(
    ("data", "name", "code"),
    [
        (b"", "empty.docx", "empty"),
        (b"Just some notes, typed in a text editor.\n", "notes.docx", "not_a_document"),
        (scanned_pdf(), "scanned.pdf", "no_text_layer"),
        (b"PK\x03\x04 this is not really a zip", "broken.docx", "corrupt"),
    ],
)
def test_a_bad_file_gets_the_same_message_as_marker_check(
    client: FlaskClient, temp_dir: Path, data: bytes, name: str, code: str
) -> None:
    before = row_counts()
    status, html = upload(client, data, name)
    assert status == 400
    assert "Your file could not be checked" in html
    assert str(escape(MESSAGES[code])) in html
    assert "Traceback" not in html
    assert row_counts() == before
    assert list(temp_dir.iterdir()) == []


def test_no_file_chosen_is_said_plainly(client: FlaskClient) -> None:
    token = extract_csrf(client.get("/check/").get_data(as_text=True))
    response = client.post("/check/", data={"csrf_token": token, "rubric": "cim-2206"})
    assert response.status_code == 400
    assert "Choose a file." in response.get_data(as_text=True)


def test_a_file_over_the_upload_size_gets_the_413_page(app: Flask, client: FlaskClient) -> None:
    app.config["MAX_CONTENT_LENGTH"] = 10_000
    status, html = upload(client, b"PK" + b"x" * 20_000)
    assert status == 413
    assert "Files may be at most 20 MB" in html


def test_read_limits_come_from_the_settings(app: Flask, client: FlaskClient) -> None:
    set_settings(app, max_upload_mb=0)
    status, html = upload(client, make_docx())
    assert status == 400
    assert "the limit is 0 MB" in html


def test_checks_are_rate_limited_per_client(app: Flask, client: FlaskClient) -> None:
    set_settings(app, check_rate_limit="2 per minute")
    assert upload(client, b"")[0] == 400
    assert upload(client, b"")[0] == 400
    status, html = upload(client, b"")
    assert status == 429
    assert "Wait a minute and try again" in html
    assert client.get("/check/").status_code == 200  # reading the form is not limited


def _download(client: FlaskClient, html: str, button: str, report: str | None = None):  # type: ignore[no-untyped-def]
    form = html[html.index('action="/check/download"') :]
    token = extract_csrf(form)
    signed = re.search(r'name="report" type="hidden" value="([^"]+)"', form)
    assert signed, "no signed report on the page"
    return client.post("/check/download", data={"csrf_token": token, "report": report or signed.group(1), button: "x"})


def test_candidate_downloads_the_report_as_pdf_and_docx(client: FlaskClient) -> None:
    status, html = upload(client, make_docx(FULL_ANSWER, citations=CITATIONS))
    assert status == 200
    pdf = _download(client, html, "pdf")
    assert pdf.status_code == 200
    assert pdf.mimetype == "application/pdf"
    assert pdf.headers["Content-Disposition"] == 'attachment; filename="my-report-check.pdf"'
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.data)).pages)
    assert "1,657 words" in text
    assert "(see Smith, 2018) in Task 1 (b) looks like a citation of Smith (2018)" in " ".join(text.split())
    docx = _download(client, html, "docx")
    assert docx.status_code == 200
    document = open_docx(io.BytesIO(docx.data))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "1,657 words" in cells


def test_a_forged_report_is_not_downloaded(client: FlaskClient) -> None:
    status, html = upload(client, make_docx(FULL_ANSWER))
    assert status == 200
    response = _download(client, html, "pdf", report="eyJzY2hlbWEiOiJmb3JnZWQifQ.forged.signature")
    assert response.status_code == 400
    assert "could not be verified" in response.get_data(as_text=True)
