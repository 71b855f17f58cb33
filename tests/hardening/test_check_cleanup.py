"""A check whose page layout runs out of time leaves nothing behind (issue 12): no temporary file of the
candidate's and no LibreOffice process outlives the request.

LibreOffice is replaced by a stand-in that never finishes (and starts a helper, as soffice starts
soffice.bin), so the layout always reaches its time limit: the outcome does not depend on how fast the machine
is. Past the limit the check still answers, with the pages the file itself records (issue 14).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from marker.documents import ReadLimits
from marker.documents.isolation import read_document_isolated
from tests.web.tutor.scripts_for_tests import make_docx

STAND_IN = """#!{python}
import os, subprocess, sys, time
helper = subprocess.Popen(["sleep", "600"])  # as soffice starts soffice.bin
with open(os.environ["STAND_IN_PIDS"], "a") as pids:
    pids.write(f"{{os.getpid()}} {{helper.pid}}\\n")
with open(os.path.join(os.environ.get("TMPDIR", "/tmp"), "lu-stand-in.tmp"), "w") as scratch:
    scratch.write("LibreOffice's own temporary file")
time.sleep(600)
"""


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended
    except FileNotFoundError:
        return False


@pytest.fixture
def stand_in_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "bin"
    folder.mkdir()
    program = folder / "soffice"
    program.write_text(STAND_IN.format(python=sys.executable))
    program.chmod(0o755)
    pids = tmp_path / "pids"
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("STAND_IN_PIDS", str(pids))
    yield pids
    for line in pids.read_text().splitlines() if pids.exists() else []:  # never leave them running
        for pid in map(int, line.split()):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def test_a_check_past_its_time_limit_leaves_no_file_and_no_process(
    stand_in_soffice: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setenv("TMPDIR", str(scratch))
    # LibreOffice runs on its own time budget, after the read: past it, the pages come from the file itself.
    document = read_document_isolated(
        make_docx(), "slow.docx", limits=ReadLimits(timeout_s=60.0, layout_timeout_s=3.0), layout="auto"
    )
    assert document.pages_source != "libreoffice"
    assert stand_in_soffice.exists(), "the stand-in LibreOffice never started: the test proved nothing"
    started = [int(pid) for line in stand_in_soffice.read_text().splitlines() for pid in line.split()]
    give_up = time.monotonic() + 30  # SIGKILL is delivered at once; this only waits for the kernel to finish
    while any(_running(pid) for pid in started) and time.monotonic() < give_up:
        time.sleep(0.05)
    assert [pid for pid in started if _running(pid)] == []
    assert list(scratch.iterdir()) == []
