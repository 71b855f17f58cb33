"""The warm reader: each document in a child of its own, forked from a small process, with the same guarantees.

Same document and errors as a read here; a child stuck past the time limit is killed (through its pidfd) and
the read says "timeout"; a child killed mid-read is reported, never raised; a dead warm reader is replaced; and
the warm reader ends with the process that started it.
"""

from __future__ import annotations

import functools
import io
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from marker.documents import ReadLimits, UnreadableDocument, isolation, read_document, read_document_isolated
from marker.documents import warm_reader as warm_reader_module
from marker.documents.warm_reader import WarmReader, start_warm_reader, stop_warm_reader, warm_reader
from tests.documents.test_isolation import report


@functools.cache
def long_report() -> bytes:
    """Long enough that its read lasts a good while: the test has time to catch the child."""
    return report(paragraphs=20000)


@pytest.fixture
def reader(monkeypatch: pytest.MonkeyPatch) -> Iterator[WarmReader]:
    """A running warm reader; a read that would fork this process instead fails the test."""
    started = start_warm_reader()
    assert started is not None, "the warm reader did not start"

    def no_fork(*args: object, **kwargs: object) -> None:
        raise AssertionError("the read forked the caller instead of using the warm reader")

    monkeypatch.setattr(isolation, "_read_in_forked_child", no_fork)
    yield started
    stop_warm_reader()


def children_of(pid: int) -> list[int]:
    found: list[int] = []
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found.extend(int(child) for child in handle.read().split())
        except FileNotFoundError:
            continue
    return found


def running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def waiting_child(reader: WarmReader, give_up_s: float = 30.0) -> int:
    """The warm reader's one running child, once the last read's has ended: the one forked ahead of the next
    read, which that read goes to."""
    until = time.monotonic() + give_up_s
    while time.monotonic() < until:
        children = [pid for pid in children_of(reader.process.pid) if running(pid)]
        if len(children) == 1:
            return children[0]
        time.sleep(0.001)
    raise AssertionError("the warm reader has not one child waiting")


def handed_over(reader: WarmReader, child: int, give_up_s: float = 30.0) -> None:
    """Wait until ``child`` has been given the read: the warm reader then forks the next one."""
    until = time.monotonic() + give_up_s
    while time.monotonic() < until:
        if any(pid != child and running(pid) for pid in children_of(reader.process.pid)):
            return
        time.sleep(0.001)
    raise AssertionError("the warm reader did not hand the read over")


def read_in_thread(data: bytes, limits: ReadLimits) -> tuple[threading.Thread, list[object]]:
    outcome: list[object] = []

    def read() -> None:
        try:
            outcome.append(read_document_isolated(data, "r.docx", limits=limits, layout="never"))
        except UnreadableDocument as error:
            outcome.append(error.code)

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread, outcome


def test_a_warm_read_gives_the_same_document_and_the_same_errors(reader: WarmReader) -> None:
    data = report()
    assert read_document_isolated(data, "r.docx", layout="never") == read_document(data, "r.docx", layout="never")
    with pytest.raises(UnreadableDocument) as caught:
        read_document_isolated(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le"), "old.doc")
    assert caught.value.code == "legacy_doc"
    assert warm_reader() is reader


def test_a_warm_read_is_held_to_its_memory_limit(reader: WarmReader) -> None:
    # The child maps only the warm reader's few tens of megabytes: two more cannot hold this report.
    with pytest.raises(UnreadableDocument) as caught:
        read_document_isolated(long_report(), "r.docx", limits=ReadLimits(memory_mb=2), layout="never")
    assert caught.value.code == "too_much_memory"


def test_a_stuck_warm_child_is_killed_at_the_time_limit(reader: WarmReader) -> None:
    """Stopped (so neither its CPU limit nor anything else of its own ends it), the child is killed by the caller."""
    child = waiting_child(reader)
    thread, outcome = read_in_thread(long_report(), ReadLimits(timeout_s=2.0))
    handed_over(reader, child)
    os.kill(child, signal.SIGSTOP)
    thread.join(60)
    assert not thread.is_alive(), "the read waited for a stopped child"
    assert outcome == ["timeout"]
    give_up = time.monotonic() + 30
    while running(child) and time.monotonic() < give_up:
        time.sleep(0.05)
    assert not running(child), "the stopped child was left behind"


def test_a_warm_child_killed_mid_read_is_reported_and_the_next_read_works(reader: WarmReader) -> None:
    child = waiting_child(reader)
    thread, outcome = read_in_thread(long_report(), ReadLimits(timeout_s=60.0))
    handed_over(reader, child)
    os.kill(child, signal.SIGKILL)
    thread.join(60)
    assert outcome == ["too_much_memory"]  # a child that dies without answering: almost always memory
    data = report()
    assert read_document_isolated(data, "r.docx", layout="never") == read_document(data, "r.docx", layout="never")


def test_a_dead_warm_reader_is_replaced() -> None:
    first = start_warm_reader()
    assert first is not None
    try:
        first.process.kill()
        first.process.wait(30)
        data = report()
        # This read forks the caller; the next ones use a new warm reader.
        assert read_document_isolated(data, "r.docx", layout="never") == read_document(data, "r.docx", layout="never")
        second = start_warm_reader()
        assert second is not None and second.process.pid != first.process.pid
        assert read_document_isolated(data, "r.docx", layout="never").blocks
    finally:
        stop_warm_reader()


def test_the_warm_reader_ends_with_the_process_that_started_it(tmp_path: Path) -> None:
    script = (
        "import os\n"
        "from marker.documents.warm_reader import start_warm_reader\n"
        "print(start_warm_reader().process.pid, flush=True)\n"
        "os._exit(0)  # as a worker killed outright: no clean-up of any kind\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    pid = int(result.stdout.strip())
    give_up = time.monotonic() + 30
    while running(pid) and time.monotonic() < give_up:
        time.sleep(0.05)
    assert not running(pid), "the warm reader outlived its owner"


def test_a_read_goes_to_the_child_forked_before_it_and_another_is_forked(reader: WarmReader) -> None:
    data = report()
    read_document_isolated(data, "r.docx", layout="never")
    spare = waiting_child(reader)
    assert read_document_isolated(data, "r.docx", layout="never") == read_document(data, "r.docx", layout="never")
    give_up = time.monotonic() + 30
    while running(spare) and time.monotonic() < give_up:
        time.sleep(0.01)
    assert not running(spare), "the waiting child did not take the read"
    assert waiting_child(reader) != spare


def test_a_waiting_child_killed_before_a_read_is_replaced_and_the_read_works(reader: WarmReader) -> None:
    data = report()
    spare = waiting_child(reader)
    os.kill(spare, signal.SIGKILL)
    give_up = time.monotonic() + 30
    while running(spare) and time.monotonic() < give_up:
        time.sleep(0.01)
    assert read_document_isolated(data, "r.docx", layout="never") == read_document(data, "r.docx", layout="never")
    assert read_document_isolated(data, "r.docx", layout="never").blocks


def with_media(data: bytes, size: int) -> bytes:
    """The DOCX with an incompressible picture of ``size`` bytes added: a file larger than a socket takes at once."""
    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_STORED) as archive:
        archive.writestr("word/media/image1.bin", os.urandom(size))
    return out.getvalue()


def test_a_request_larger_than_the_socket_takes_at_once_is_read_whole(
    reader: WarmReader, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The request's first bytes go before the warm reader answers; the rest follow once it has."""
    sent: list[tuple[int, int]] = []
    send_what_fits = warm_reader_module._send_what_fits

    def recording(request: socket.socket, request_bytes: bytes) -> int:
        count = send_what_fits(request, request_bytes)
        sent.append((count, len(request_bytes)))
        return count

    monkeypatch.setattr(warm_reader_module, "_send_what_fits", recording)
    data = with_media(report(), 4 * 1024 * 1024)
    assert read_document_isolated(data, "r.docx", layout="never") == read_document(data, "r.docx", layout="never")
    assert len(sent) == 1 and 0 <= sent[0][0] < sent[0][1]
    small = report()
    assert read_document_isolated(small, "r.docx", layout="never") == read_document(small, "r.docx", layout="never")
    assert sent[1][0] == sent[1][1], "a report's request did not go at once"


def test_the_request_is_in_the_childs_socket_before_the_warm_reader_is_told(
    reader: WarmReader, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Woken by the caller's message, the warm reader (and then the child) may take the caller's processor before
    it writes another byte: the child must find its request waiting, not wait for the caller in turn."""
    events: list[str] = []
    send_what_fits = warm_reader_module._send_what_fits
    send_fds = socket.send_fds

    def recording_send(request: socket.socket, request_bytes: bytes) -> int:
        events.append("request")
        return send_what_fits(request, request_bytes)

    def recording_send_fds(sock: socket.socket, buffers: list[bytes], fds: list[int]) -> int:
        events.append("warm reader told")
        return send_fds(sock, buffers, fds)

    monkeypatch.setattr(warm_reader_module, "_send_what_fits", recording_send)
    monkeypatch.setattr(warm_reader_module.socket, "send_fds", recording_send_fds)
    data = report()
    assert read_document_isolated(data, "r.docx", layout="never") == read_document(data, "r.docx", layout="never")
    assert events == ["request", "warm reader told"]


def test_an_answer_at_once_is_never_taken_for_the_warm_readers(reader: WarmReader) -> None:
    """The child may answer before the warm reader has sent the caller its pidfd (the request was waiting for
    it): the answers come on separate sockets, so every read gets its own answer and no read falls back to
    forking the caller (the fixture fails the test if one does)."""
    for _ in range(20):
        with pytest.raises(UnreadableDocument) as caught:
            read_document_isolated(b"\x00" * 10, "r.docx", layout="never")
        assert caught.value.code == "empty"
    assert warm_reader() is reader


@pytest.mark.parametrize(
    ("message", "pid"),
    [(b"p1234", 1234), (b"p1", 1), (b"p", None), (b"p0", None), (b"p-5", None), (b"x12", None), (b"", None)],
)
def test_the_warm_readers_answer_names_a_process(message: bytes, pid: int | None) -> None:
    assert warm_reader_module._pid_in(message) == pid


def test_the_warm_up_samples_are_read_as_a_report_is() -> None:
    # The warm reader (and a waiting child, the DOCX) reads them silently (a failure is suppressed): a sample
    # that stopped reading would warm nothing.
    docx = read_document(warm_reader_module._sample_docx(), "warm-up.docx", layout="never")
    pdf = read_document(warm_reader_module._sample_pdf(), "warm-up.pdf", layout="never")
    assert docx.blocks[0].text == "Task 1 (a) Overview"
    assert [block.kind.value for block in pdf.blocks] == ["heading", "paragraph"]
    assert len(pdf.blocks[1].text.split()) > 150
