"""The hostile corpus through `marker check` and through the candidate's web upload: the same clear outcome.

`marker check` exits 2 with one line on stderr and nothing on stdout for a file it cannot check, and prints
the JSON report (exit 0) for an odd but readable one. The web page shows the same message, never a trace,
and keeps nothing. Each file is read under its corpus budget (``budget_for``): far too short for the one
file that must time out, far longer than any other file needs however busy the machine is.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient
from markupsafe import escape
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

import marker.documents
from marker.cli import main
from marker.documents import ReadLimits, UnreadableDocument, read_document_isolated
from marker.extensions import limiter
from tests.hardening.corpus import OK, HostileFile, budget_for, corpus_ids, hostile_corpus
from tests.helpers import extract_csrf


def _corpus_file(name: str) -> HostileFile:
    return next(item for item in hostile_corpus() if item.name == name)


def _write(item: HostileFile, folder: Path) -> Path:
    path = folder / item.name
    path.write_bytes(item.data)
    return path


@pytest.mark.parametrize("name", corpus_ids())
def test_marker_check_gives_each_hostile_file_its_outcome(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = _corpus_file(name)
    # check_document builds its default limits from marker.documents.ReadLimits at call time.
    monkeypatch.setattr(marker.documents, "ReadLimits", functools.partial(ReadLimits, timeout_s=budget_for(item)))
    result = CliRunner().invoke(main, ["check", str(_write(item, tmp_path)), "--format", "json"])
    if item.expected == OK:
        assert result.exit_code == 0, result.stderr
        report = json.loads(result.stdout)
        assert report["schema"] == "marker.check-report/1"
        assert report["file"]["name"] == item.name
        return
    assert result.exit_code == 2, f"{name}: {result.stdout[:200]} {result.stderr}"
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("marker: "), result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", ["cut-half.pdf", "xref-garbage.pdf", "xref-shifted.pdf", "bomb-ratio.docx"])
def test_marker_check_as_a_real_command_keeps_stderr_to_one_line(name: str, tmp_path: Path) -> None:
    """In a real process nothing else writes on stderr (pypdf logs every repair it makes unless silenced)."""
    item = _corpus_file(name)
    done = subprocess.run(
        [sys.executable, "-c", "from marker.cli import main; main()", "check", str(_write(item, tmp_path))],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    if item.expected == OK:
        assert done.returncode == 0
        assert done.stderr == ""
        assert json.loads(done.stdout)["file"]["pages_source"] == "pdf"
    else:
        assert done.returncode == 2
        assert done.stdout == ""
        assert len(done.stderr.splitlines()) == 1, done.stderr


@pytest.fixture
def web(app: Flask, client: FlaskClient) -> FlaskClient:
    limiter.enabled = False  # 64 uploads from one address: the rate limit is tested elsewhere
    return client


@pytest.mark.parametrize("name", corpus_ids())
def test_web_upload_gives_each_hostile_file_its_message(app: Flask, web: FlaskClient, name: str) -> None:
    item = _corpus_file(name)
    settings = app.config["MARKER_SETTINGS"]
    app.config["MARKER_SETTINGS"] = dataclasses.replace(settings, check_timeout_s=budget_for(item))
    token = extract_csrf(web.get("/check/").get_data(as_text=True))
    # Encoded in memory: the test client would spool a big body to a temporary file it never closes.
    boundary, body = encode_multipart(
        {"csrf_token": token, "rubric": "cim-2206", "document": FileStorage(io.BytesIO(item.data), item.name)}
    )
    response = web.post("/check/", data=body, content_type=f"multipart/form-data; boundary={boundary}")
    html = response.get_data(as_text=True)
    assert "Traceback" not in html
    if item.expected == OK:
        assert response.status_code == 200
        assert "Your file could not be checked" not in html
        return
    assert response.status_code == 400, html[:500]
    assert "Your file could not be checked" in html
    # The same words as `marker check` prints: the reader's message for this file.
    with pytest.raises(UnreadableDocument) as raised:
        read_document_isolated(item.data, item.name, limits=ReadLimits(timeout_s=budget_for(item)), layout="never")
    assert raised.value.code == item.expected
    assert str(escape(raised.value.message)) in html


SLOW_SOFFICE = """#!/bin/sh
sleep 4  # LibreOffice on a loaded machine: slower than the old 3 s budget of these tests
exit 1
"""


@pytest.mark.parametrize("name", ["wrong-main-rel.docx"])
def test_outcomes_do_not_depend_on_how_fast_libreoffice_is(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The failure seen under load: LibreOffice took most of the budget and a readable file timed out."""
    folder = tmp_path / "bin"
    folder.mkdir()
    (folder / "soffice").write_text(SLOW_SOFFICE)
    (folder / "soffice").chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}:{os.environ['PATH']}")
    item = _corpus_file(name)
    monkeypatch.setattr(marker.documents, "ReadLimits", functools.partial(ReadLimits, timeout_s=budget_for(item)))
    result = CliRunner().invoke(main, ["check", str(_write(item, tmp_path)), "--format", "json"])
    assert item.expected == OK
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["file"]["pages_source"] != "libreoffice"  # the slow layout gave nothing
