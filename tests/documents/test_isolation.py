"""Reading in a child process: same result, same errors, and a stop at the time and memory limits."""

from __future__ import annotations

import functools
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import docx
import pytest

from marker.documents import ReadLimits, UnreadableDocument, isolation, read_document, read_document_isolated
from tests.documents.builders import save


def report(paragraphs: int = 200) -> bytes:
    document = docx.Document()
    document.add_heading("Task 1 (a) Organisation overview", 1)
    for n in range(paragraphs):
        document.add_paragraph(f"Paragraph {n} about customer journeys across digital channels.")
    return save(document)


@functools.cache
def long_report() -> bytes:
    """A report big enough that reading it takes a good fraction of a second and tens of megabytes."""
    return report(paragraphs=12000)


def test_isolated_read_gives_the_same_document() -> None:
    data = report()
    assert read_document_isolated(data, "r.docx", layout="never") == read_document(data, "r.docx", layout="never")


def test_errors_cross_back_with_their_code_and_message() -> None:
    with pytest.raises(UnreadableDocument) as caught:
        read_document_isolated(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le"), "old.doc")
    assert caught.value.code == "legacy_doc"
    assert caught.value.message.startswith("This file is a Word 97-2003 .doc")


def test_a_read_that_takes_too_long_is_stopped() -> None:
    with pytest.raises(UnreadableDocument) as caught:
        read_document_isolated(long_report(), "r.docx", limits=ReadLimits(timeout_s=0.05), layout="never")
    assert caught.value.code == "timeout"


def test_a_read_that_needs_too_much_memory_is_stopped(tmp_path: Path) -> None:
    # Run from a fresh interpreter: a forked child may reuse the free heap its parent already maps, and after
    # many tests that is an unpredictable amount. Two megabytes on top of a fresh process is far too little.
    source = tmp_path / "long.docx"
    source.write_bytes(long_report())
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from marker.documents import ReadLimits, UnreadableDocument, read_document_isolated\n"
        "try:\n"
        "    read_document_isolated(Path(sys.argv[1]).read_bytes(), 'r.docx', limits=ReadLimits(memory_mb=2),"
        " layout='never')\n"
        "except UnreadableDocument as error:\n"
        "    print(error.code)\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(source)], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "too_much_memory", result.stderr


@pytest.mark.usefixtures("forking_the_caller")
def test_a_read_waiting_for_a_busy_processor_is_not_stopped_at_the_time_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A read that has used little CPU past its limit was waiting (here: sleeping, as a starved process does);
    # it may take up to three times the limit in wall-clock time, so a busy server does not refuse a report a
    # quiet one checks.
    data = report(paragraphs=20)

    def slow_read(*args: object, **kwargs: object) -> object:
        time.sleep(1.5)
        return read_document(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(isolation, "read_document", slow_read)
    document = read_document_isolated(data, "r.docx", limits=ReadLimits(timeout_s=1.0), layout="never")
    assert document == read_document(data, "r.docx", layout="never")


@pytest.mark.usefixtures("forking_the_caller")
def test_a_read_spending_its_time_limit_in_work_is_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    def busy_read(*args: object, **kwargs: object) -> None:
        while True:
            pass

    monkeypatch.setattr(isolation, "read_document", busy_read)
    with pytest.raises(UnreadableDocument) as caught:
        read_document_isolated(report(paragraphs=5), "r.docx", limits=ReadLimits(timeout_s=0.3), layout="never")
    assert caught.value.code == "timeout"


@pytest.mark.usefixtures("forking_the_caller")
def test_a_read_stopped_by_its_cpu_time_limit_is_a_timeout_not_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    # RLIMIT_CPU ends the child with SIGXCPU: that is the time limit, not the memory one.
    monkeypatch.setattr(isolation, "read_document", lambda *args, **kwargs: os.kill(os.getpid(), signal.SIGXCPU))
    with pytest.raises(UnreadableDocument) as caught:
        read_document_isolated(report(paragraphs=5), "r.docx", limits=ReadLimits(timeout_s=5.0), layout="never")
    assert caught.value.code == "timeout"


@pytest.mark.usefixtures("forking_the_caller")
def test_a_temporary_file_written_in_a_read_fails_it_and_is_left_nowhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The child's TMPDIR names a folder that is never made: nothing a read writes there can outlive it.
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))

    def writing_read(*args: object, **kwargs: object) -> None:
        with tempfile.NamedTemporaryFile(delete=False) as handle:
            handle.write(b"a copy of the candidate's file")

    monkeypatch.setattr(isolation, "read_document", writing_read)
    with pytest.raises(UnreadableDocument) as caught:
        read_document_isolated(report(paragraphs=5), "r.docx", layout="never")
    assert caught.value.code == "corrupt"
    assert list(scratch.iterdir()) == []
