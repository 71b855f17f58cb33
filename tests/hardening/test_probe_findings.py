"""What an outside probe of a running marker found (issue 12), each pinned by a test: out-of-range ids, the
development server's ``Server`` header, zips whose names lie about their encoding, non-Latin-1 download names.
"""

from __future__ import annotations

import io
import re
import threading
import zipfile
from collections.abc import Callable
from urllib.parse import quote

import pytest
import requests
from flask import Flask, abort
from flask.testing import FlaskClient
from werkzeug.serving import make_server

from marker.cli import quiet_request_handler
from marker.marking.batch import UnsafeArchive, read_batch
from marker.store.models import User

HUGE_ID = "99999999999999999999999"  # 23 digits: larger than any database integer


def test_every_route_answers_an_out_of_range_id_with_not_found(
    app: Flask, client: FlaskClient, make_user: Callable[..., User], login: Callable[..., None]
) -> None:
    login(client, make_user("ada", "admin", "tutor", "moderator"))
    statuses = {}
    for rule in app.url_map.iter_rules():
        if "<int:" not in rule.rule:
            continue
        url = re.sub(r"<int:[^>]+>", HUGE_ID, re.sub(r"<(?:string:)?[a-z_]+>", "x", rule.rule))
        method = "GET" if "GET" in (rule.methods or ()) else "POST"
        statuses[f"{method} {url}"] = client.open(url, method=method).status_code
    assert len(statuses) >= 10
    assert statuses == dict.fromkeys(statuses, 404)


def test_a_form_number_too_large_for_the_database_is_not_found(app: Flask, client: FlaskClient) -> None:
    @app.route("/overflow-for-test")
    def overflow() -> str:
        from marker.extensions import db

        if db.session.get(User, int(HUGE_ID)) is None:  # SQLite's driver raises OverflowError instead
            abort(404)
        return "found"

    overflow.access = ("public",)  # type: ignore[attr-defined]
    assert client.get("/overflow-for-test").status_code == 404


def test_the_development_server_does_not_name_its_software_versions(app: Flask) -> None:
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=quiet_request_handler())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        response = requests.get(f"http://127.0.0.1:{server.port}/login", timeout=30)
    finally:
        server.shutdown()
        thread.join(10)
    assert response.status_code == 200
    assert response.headers["Server"] == "marker"
    assert "Werkzeug" not in str(response.headers) and "Python" not in str(response.headers)


def _zip_with_a_lying_utf8_name(*, in_directory: bool) -> bytes:
    """A Moodle-style zip whose entry says its name is UTF-8 (flag 0x800) but holds bytes that are not."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Xx Smith_1234_assignsubmission_file_report.docx", b"not really a docx")
    raw = bytearray(buffer.getvalue())
    local = raw.find(b"Xx Smith")
    central = raw.find(b"Xx Smith", local + 1)
    headers = [(local, 0 + 6)]
    if in_directory:
        headers.append((central, raw.rfind(b"PK\x01\x02", 0, central) + 8))
    for name_at, flags_at in headers:
        raw[name_at : name_at + 2] = b"\xff\xfe"
        raw[flags_at + 1] |= 0x08
    return bytes(raw)


def test_a_zip_entry_whose_utf8_name_is_invalid_is_refused_with_a_reason() -> None:
    [item] = read_batch(_zip_with_a_lying_utf8_name(in_directory=False))
    assert item.error and "UTF-8" in item.error
    with pytest.raises(UnsafeArchive, match="UTF-8"):
        read_batch(_zip_with_a_lying_utf8_name(in_directory=True))


def test_the_check_report_downloads_under_a_non_latin1_name(client: FlaskClient) -> None:
    from tests.web.candidate.test_candidate_check import FULL_ANSWER, _download, make_docx, upload

    status, html = upload(client, make_docx(FULL_ANSWER), name="報告.docx")
    assert status == 200
    response = _download(client, html, "docx")
    assert response.status_code == 200
    disposition = response.headers["Content-Disposition"]
    disposition.encode("latin-1")  # a header the server can send
    assert disposition == f"attachment; filename=\"check.docx\"; filename*=UTF-8''{quote('報告-check.docx')}"


def test_feedback_zip_names_are_unique_and_name_their_scripts(
    app: Flask, client: FlaskClient, make_user: Callable[..., User], login: Callable[..., None]
) -> None:
    from marker.extensions import db
    from marker.service import assessments, submissions
    from marker.service.checking import rubric_library
    from marker.store.models import Marking
    from tests.helpers import app_uow, fetch_export
    from tests.web.tutor.scripts_for_tests import make_docx

    tutor = make_user("tess", "tutor")
    rubric = rubric_library(app_uow().settings).get("cim-2206")
    assessment = assessments.create_assessment(
        app_uow(), rubric, title="2206", cohort="Nov 2026", deadline=None, retention_days=365, actor=tutor
    )
    ids = {}
    for number in ("5000.1", "5000_1", "5000 1", "6000"):
        submission = submissions.add_submission(
            app_uow(), assessment, rubric, make_docx(), "s.docx", candidate_number=number, actor=tutor
        )
        db.session.add(
            Marking(
                submission=submission,
                marker_id=tutor.id,
                role="first",
                status="final",
                rubric_hash=assessment.rubric_hash,
            )
        )
        ids[number] = submission.id
    db.session.commit()
    login(client, tutor)
    response = fetch_export(client, f"/tutor/assessments/{assessment.id}/feedback.zip")
    assert response.status_code == 200
    names = zipfile.ZipFile(io.BytesIO(response.data)).namelist()
    assert sorted(names) == sorted(
        [f"feedback_5000_1_s{ids[number]}.docx" for number in ("5000.1", "5000_1", "5000 1")] + ["feedback_6000.docx"]
    )
