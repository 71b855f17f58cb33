"""The warm LibreOffice (unoserver): conversions through it, and what happens when it dies, hangs or is starved.

These start real servers (a few seconds each). They need unoserver's Python (`make office-server`, with Debian's
python3-uno); .ci/run installs it and sets MARKER_REQUIRE_WARM_LIBREOFFICE=1, so there they cannot be skipped.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from marker.config import load_settings
from marker.documents import office_server, read_document
from marker.documents.layout import convert_to_pdf, soffice_path
from marker.documents.office_server import OfficeServer, OfficeUnavailable
from tests.checks.builders import make_docx

OFFICE_PYTHON = load_settings().office_python
if soffice_path() is None or not OFFICE_PYTHON.is_file():
    if os.environ.get("MARKER_REQUIRE_WARM_LIBREOFFICE") == "1":
        raise RuntimeError(f"the warm LibreOffice is required here but {OFFICE_PYTHON} is not installed")
    pytest.skip("unoserver's Python is not installed (optional; `make office-server`)", allow_module_level=True)

BODY = "Acme sells garden tools to consumers online and in forty stores across the country. " * 30
REPORT = make_docx([("Task 1 (a) Organisation overview", BODY), ("Task 1 (b) Developments", BODY)])


def group_members(group: int) -> list[tuple[int, str]]:
    """Live (not zombie) processes of a process group: (pid, command name)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        state, _parent, pgrp = stat[stat.rindex(")") + 2 :].split()[:3]
        if int(pgrp) == group and state != "Z":
            found.append((int(entry.name), name))
    return found


def wait_until_gone(group: int, within_s: float = 10.0) -> list[tuple[int, str]]:
    deadline = time.monotonic() + within_s
    while (alive := group_members(group)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return alive


@pytest.fixture
def server() -> Iterator[OfficeServer]:
    started = OfficeServer(OFFICE_PYTHON, memory_mb=2048)
    yield started
    group = started.pid
    started.stop()
    if group is not None:
        assert wait_until_gone(group) == [], "stopping the server must end every process it started"


def test_a_docx_converts_through_one_warm_server(server: OfficeServer) -> None:
    first, problem = server.convert_to_pdf(REPORT, timeout_s=60)
    assert problem is None and first is not None and first.startswith(b"%PDF")
    group = server.pid
    assert group is not None
    assert any(name == "soffice.bin" for _, name in group_members(group)), "LibreOffice runs in the server's group"
    second, problem = server.convert_to_pdf(REPORT, timeout_s=60)
    assert problem is None and second is not None and second.startswith(b"%PDF")
    assert (server.pid, server.starts) == (group, 1), "the second conversion reused the warm server"


def test_a_killed_server_is_replaced_at_the_next_conversion(server: OfficeServer) -> None:
    assert server.convert_to_pdf(REPORT, timeout_s=60)[1] is None
    killed = server.pid
    assert killed is not None
    os.killpg(killed, signal.SIGKILL)
    assert wait_until_gone(killed) == []
    pdf, problem = server.convert_to_pdf(REPORT, timeout_s=60)
    assert problem is None and pdf is not None and pdf.startswith(b"%PDF")
    assert server.starts == 2 and server.pid not in (None, killed)


def test_libreoffice_killed_during_a_conversion_is_replaced(server: OfficeServer) -> None:
    assert server.convert_to_pdf(REPORT, timeout_s=60)[1] is None
    group = server.pid
    assert group is not None
    office = [pid for pid, name in group_members(group) if name == "soffice.bin"]
    assert office, "no LibreOffice to kill: the test would prove nothing"
    for pid in office:
        os.kill(pid, signal.SIGSTOP)  # held still, so the conversion below is surely in flight when it dies
    outcome: list[object] = []

    def convert() -> None:
        try:
            outcome.append(server.convert_to_pdf(REPORT, timeout_s=30))
        except OfficeUnavailable as why:
            outcome.append(why)

    worker = threading.Thread(target=convert)
    worker.start()
    time.sleep(1.0)
    for pid in office:
        os.kill(pid, signal.SIGKILL)
    worker.join(60)
    assert not worker.is_alive()
    # The caller is told the server broke (and lays the document out per document), never handed a bad PDF.
    assert len(outcome) == 1 and isinstance(outcome[0], OfficeUnavailable), outcome
    assert wait_until_gone(group) == []
    pdf, problem = server.convert_to_pdf(REPORT, timeout_s=60)
    assert problem is None and pdf is not None and server.starts == 2


def test_a_hung_libreoffice_runs_out_of_time_and_is_replaced(server: OfficeServer) -> None:
    assert server.convert_to_pdf(REPORT, timeout_s=60)[1] is None
    hung = server.pid
    assert hung is not None
    office = [pid for pid, name in group_members(hung) if name == "soffice.bin"]
    assert office, "no LibreOffice to hang: the test would prove nothing"
    for pid in office:
        os.kill(pid, signal.SIGSTOP)  # LibreOffice stops answering, as it does on a document that hangs it
    assert server.convert_to_pdf(REPORT, timeout_s=3) == (None, "timeout")
    assert wait_until_gone(hung) == [], "the hung server is killed with its whole process group"
    pdf, problem = server.convert_to_pdf(REPORT, timeout_s=60)
    assert problem is None and pdf is not None
    assert server.starts == 2


def test_a_server_over_its_memory_limit_does_not_start_and_the_document_is_laid_out_per_document() -> None:
    # Too little for LibreOffice (or even unoserver). A starved server never answers: it is given up at the start
    # time limit, shortened here from a minute (a server with its memory starts in a few seconds).
    starved = OfficeServer(OFFICE_PYTHON, memory_mb=64, start_timeout_s=15.0)
    try:
        with pytest.raises(OfficeUnavailable):
            starved.convert_to_pdf(REPORT, timeout_s=30)
        assert starved.pid is None
    finally:
        starved.stop()


def test_read_document_lays_out_through_the_configured_warm_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(office_server, "_configured", None)
    office_server.configure(OFFICE_PYTHON, 2048)
    try:
        document = read_document(REPORT, "report.docx", layout="warm")
        server = office_server.configured_server()
        assert server is not None and server.starts == 1 and server.pid is not None
        assert document.pages_source == "libreoffice"
        assert document.layout_pdf is not None and document.layout_pdf.startswith(b"%PDF")
    finally:
        office_server.stop_warm_offices()


def test_warm_layout_falls_back_to_libreoffice_per_document_when_the_server_cannot_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(office_server, "_configured", None)
    office_server.configure(OFFICE_PYTHON, 64)
    starved = office_server.configured_server()
    assert starved is not None
    starved.start_timeout_s = 15.0  # given up sooner than a minute: it never answers (see the test above)
    try:
        pdf, problem = convert_to_pdf(soffice_path() or "soffice", REPORT, 60, warm=True)
        assert problem is None and pdf is not None and pdf.startswith(b"%PDF")
        server = office_server.configured_server()
        assert server is not None and server.pid is None, "the PDF came from the per-document LibreOffice"
    finally:
        office_server.stop_warm_offices()


CHILD = """
import sys, time
from pathlib import Path
from marker.documents.office_server import OfficeServer
from tests.checks.builders import make_docx
server = OfficeServer(Path(sys.argv[1]))
pdf, problem = server.convert_to_pdf(make_docx([("Task 1 (a) Overview", "Some words.")]), timeout_s=60)
print(server.pid, problem, flush=True)
time.sleep(600)
"""


def test_a_worker_killed_with_minus_9_leaves_no_libreoffice_behind() -> None:
    worker = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(OFFICE_PYTHON)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    try:
        assert worker.stdout is not None
        group, problem = worker.stdout.readline().split()
        assert problem == "None" and group_members(int(group)), "the worker's server never ran"
    finally:
        worker.kill()  # no exit handler runs: the launcher must notice by itself
        worker.wait()
        if worker.stdout is not None:
            worker.stdout.close()
    assert wait_until_gone(int(group)) == []
