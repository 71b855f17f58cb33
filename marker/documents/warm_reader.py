"""A warm reading process: a small interpreter with the readers imported that forks one child per document.

Forking the caller itself costs in proportion to what it maps: about 5 ms for the command line, 60–70 ms for a
web worker holding Flask, SQLAlchemy and spaCy (page tables copied on fork, torn down on exit), which was most
of the cost of an isolated read. The warm reader is started once per process (``serve`` in a fresh
interpreter that imports only the readers, about 45 MB) and forks a child for each document from that small
state, so every document still gets a process of its own.

For each read the caller makes a socket pair and hands one end to the warm reader over its control socket,
with one end of a second pair for the warm reader's answer, and writes the request (the bytes and the limits)
into the first at once. The warm reader passes it to a child it forked ahead of the request (``_Spare``; it
forks one on the spot if that child is gone) and forks the next one. The child reads the request from that
socket, limits its own memory and CPU time, reads, and answers on it (``isolation._read_in_child``). The warm
reader passes back, on the second pair, a pidfd of the child, so the caller can kill it at the time limit
without any risk of killing another process that reused its number. The child also sets an alarm past the time
limit, so it ends even if its caller has gone. The warm reader exits when its caller closes the control socket
(or dies).
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import io
import math
import os
import pickle
import select
import signal
import socket
import struct
import subprocess
import sys
import threading
import zipfile
from multiprocessing.connection import Connection

_START_TIMEOUT_S = 60.0  # a fresh interpreter importing lxml, pypdf and pypdfium2 on a busy machine
_ALARM_MARGIN_S = 5  # the child's own wall-clock stop, after the caller's time limit
_REQUEST_WAIT_S = 120
# Not "-m marker.documents.warm_reader": the package imports this module first, and runpy warns about that.
_SERVE = "import sys; from marker.documents.warm_reader import serve; serve(int(sys.argv[1]))"


class WarmReaderGone(Exception):
    """The warm reader did not take the request (it died or did not answer): read another way."""


class WarmReader:
    """The caller's side: one warm reading process, shared by the caller's threads."""

    def __init__(self) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", _SERVE, str(theirs.fileno())],
                pass_fds=[theirs.fileno()],
                env=_environment(),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,  # the caller's output (a report as JSON) is the caller's alone
                close_fds=True,
            )
        finally:
            theirs.close()
        self.control = ours
        self.lock = threading.Lock()
        self.pid = os.getpid()
        ours.settimeout(_START_TIMEOUT_S)
        try:
            ready = ours.recv(16)
        except OSError:
            ready = b""
        if ready != b"ready":
            self.close()
            raise WarmReaderGone("the warm reader did not start")
        ours.settimeout(None)

    def alive(self) -> bool:
        return self.pid == os.getpid() and self.process.poll() is None

    def open_read(self, request_bytes: bytes, timeout_s: float) -> tuple[socket.socket, int, int, int]:
        """Hand a request to a freshly forked child: a socket to it, the child's pidfd and process id, and how
        many of ``request_bytes`` are already on their way to it (the caller sends the rest, then closes the
        socket and the pidfd).

        The request's first bytes go into the socket before the warm reader is told of it, so the child finds
        them waiting when it wakes instead of waiting for the caller to wake in turn (woken, the warm reader and
        the child may take the caller's processor from it); the pidfd comes back on a socket of its own, so that
        nothing the child writes can come before it.
        """
        request, child_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        reply, reply_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            sent = _send_what_fits(request, request_bytes)
            with self.lock:
                socket.send_fds(self.control, [b"read"], [child_end.fileno(), reply_end.fileno()])
            child_end.close()
            reply_end.close()
            reply.settimeout(timeout_s)
            message, fds, _flags, _address = socket.recv_fds(reply, 32, 1)
        except OSError as error:
            request.close()
            child_end.close()
            raise WarmReaderGone("the warm reader did not answer") from error
        finally:
            reply_end.close()
            reply.close()
        pid = _pid_in(message)
        if pid is None or len(fds) != 1:
            for fd in fds:
                os.close(fd)
            request.close()
            raise WarmReaderGone("the warm reader did not fork a child")
        return request, fds[0], pid, sent

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.control.close()
        if self.pid == os.getpid():
            with contextlib.suppress(OSError):
                self.process.kill()
            with contextlib.suppress(OSError, subprocess.TimeoutExpired):
                self.process.wait(5)


def _send_what_fits(request: socket.socket, request_bytes: bytes) -> int:
    """Put as much of the request into the socket's buffer as it takes without waiting (all of a report of
    a few hundred kilobytes); how many bytes went."""
    request.setblocking(False)
    try:
        return request.send(request_bytes)
    except (BlockingIOError, InterruptedError):
        return 0
    finally:
        request.setblocking(True)


def _pid_in(message: bytes) -> int | None:
    """The process id in the warm reader's answer (b"p" and the id in ASCII digits), None for anything else."""
    digits = message[1:]
    if not message.startswith(b"p") or not digits.isdigit() or len(digits) > 10:
        return None
    pid = int(digits)
    return pid if pid > 0 else None


def _environment() -> dict[str, str]:
    """The caller's environment, with glibc's allocator asked for transparent huge pages (where the kernel
    gives them on request): a child's read then faults in its heap in a few large pages instead of thousands
    of small ones (measured: 2,835 page faults and 15 ms for a 5,000-word DOCX, 1,836 and 12 ms)."""
    environment = dict(os.environ)
    tunables = [item for item in environment.get("GLIBC_TUNABLES", "").split(":") if item]
    if not any(item.startswith("glibc.malloc.hugetlb=") for item in tunables):
        tunables.append("glibc.malloc.hugetlb=1")
    environment["GLIBC_TUNABLES"] = ":".join(tunables)
    return environment


# pidfds (Linux 5.3 and later) let the caller kill a reading child it did not fork; without them reads fork the
# caller, as they did before the warm reader. A warm reader that keeps dying is not restarted for ever.
_SUPPORTED = hasattr(os, "pidfd_open") and hasattr(signal, "pidfd_send_signal") and hasattr(socket, "send_fds")
_MAX_STARTS = 20
_starts = 0
_reader: WarmReader | None = None
_starting: threading.Thread | None = None
_guard = threading.Lock()


def warm_reader() -> WarmReader | None:
    """The process's warm reader when it is running, else None (``start_in_background`` starts it)."""
    reader = _reader
    return reader if reader is not None and reader.alive() else None


def start_in_background() -> None:
    """Start the warm reader in a thread unless it runs or is starting. The caller does not wait: a process
    that checks one file forks for it and never needs the warm reader."""
    global _reader, _starting, _starts
    if not _SUPPORTED:
        return
    with _guard:
        if _reader is not None and not _reader.alive():
            _reader.close()
            _reader = None
        if _reader is None and (_starting is None or not _starting.is_alive()) and _starts < _MAX_STARTS:
            _starts += 1
            _starting = threading.Thread(target=_start, name="marker-warm-reader", daemon=True)
            _starting.start()


def start_warm_reader(wait: bool = True) -> WarmReader | None:
    """Start the warm reader now (tests, benchmarks and workers that want it ready before the first read)."""
    global _starts
    _starts = 0  # asked for outright: whatever happened to earlier ones
    start_in_background()
    starting = _starting
    if wait and starting is not None:
        starting.join(_START_TIMEOUT_S)
    return _reader


def stop_warm_reader() -> None:
    """Stop the process's warm reader, if any (the next read starts another)."""
    global _reader
    with _guard:
        if _reader is not None:
            _reader.close()
            _reader = None


def _start() -> None:
    global _reader
    try:
        reader = WarmReader()
    except Exception:  # whatever stops it starting, reads keep forking the caller
        return
    with _guard:
        if _reader is None:
            _reader = reader
        else:
            reader.close()


def _forget_after_fork() -> None:
    # A forked copy of this process (a gunicorn worker forked after a read, a forked reading child) must not
    # share its parent's warm reader or lock state: it starts its own when it reads.
    global _reader, _starting, _guard, _starts
    _starts = 0
    if _reader is not None:
        with contextlib.suppress(OSError):
            _reader.control.close()
        _reader.process.returncode = 0  # not this process's child: nothing here waits for it or warns of it
    _reader, _starting, _guard = None, None, threading.Lock()


os.register_at_fork(after_in_child=_forget_after_fork)
atexit.register(stop_warm_reader)


# The warm reader's side.


def serve(control_fd: int) -> None:
    """Fork a reading child for every request on the control socket until the caller closes it."""
    # A caller gone (a command that ended while this started) leaves nothing to say on its stderr.
    with contextlib.suppress(BrokenPipeError, ConnectionError):
        _serve(socket.socket(fileno=control_fd))


def _serve(control: socket.socket) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C in a terminal is for the caller, which closes us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # Everything a read needs, imported once before any fork.
    import pypdfium2.raw  # noqa: F401

    import marker.documents.isolation  # noqa: F401

    _warm_up()
    # Out of the collector's sight: a child's collections would otherwise walk (and so copy, page by page)
    # every object it inherited.
    gc.freeze()
    control.sendall(b"ready")
    spare = _Spare.fork(control)
    while True:
        ready, _, _ = select.select([control], [], [], 1.0)
        _reap()
        if not ready:
            continue
        try:
            message, fds, _flags, _address = socket.recv_fds(control, 16, 2)
        except OSError:
            return
        if not message:
            return  # the caller closed the control socket or died
        if len(fds) != 2:
            for fd in fds:
                os.close(fd)
            continue
        request, reply = socket.socket(fileno=fds[0]), socket.socket(fileno=fds[1])
        try:
            if spare is None or not spare.take(request, reply):
                _fork_child(control, request, reply)
        finally:
            request.close()
            reply.close()
        spare = _Spare.fork(control)  # the next read's child, forked while nothing waits for it


def _warm_up() -> None:
    """Read a small DOCX and PDF once, so every child inherits what a first read sets up (lazy imports,
    compiled patterns, caches) instead of paying for it itself: a child's read took twice a warm one's."""
    from marker.documents.reader import read_document

    for data, name in ((_sample_docx(), "warm-up.docx"), (_sample_pdf(), "warm-up.pdf")):
        with contextlib.suppress(Exception):
            read_document(data, name, layout="never")


_PACKAGE = "http://schemas.openxmlformats.org/package/2006"
_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006"
_WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _sample_docx() -> bytes:
    """A two-paragraph DOCX (a heading, a citation, a quotation), built here: no python-docx in this process."""
    parts = {
        "[Content_Types].xml": (
            f'<Types xmlns="{_PACKAGE}/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{_MAIN}"/></Types>'
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{_PACKAGE}/relationships"><Relationship Id="rId1" '
            f'Type="{_OFFICE}/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/document.xml": (
            f'<w:document xmlns:w="{_WORD}"><w:body>'
            '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Task 1 (a) Overview</w:t></w:r></w:p>'
            '<w:p><w:r><w:t xml:space="preserve">A paragraph (Smith, 2019) says “four words quoted here”.</w:t>'
            "</w:r></w:p></w:body></w:document>"
        ),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return out.getvalue()


def _sample_pdf() -> bytes:
    """A one-page PDF like a report's page, built here: a heading in bold, then a paragraph of twelve lines."""
    sentence = b"Personalisation lets the retailer speak to each family about the rooms they are furnishing"
    lines = b" ".join(b"(%s, line %d.) '" % (sentence, number) for number in range(1, 13))
    heading = b"BT /F2 14 Tf 72 770 Td (Task 1 Overview of the report) Tj ET"
    stream = heading + b" BT /F1 11 Tf 72 740 Td 14 TL " + lines + b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


class _Spare:
    """A child forked ahead of the next request, waiting for it on a socket of its own.

    The fork (the warm reader copying its page tables, then getting a processor back on a busy machine: 1 ms
    idle, 5–7 ms at a load of 4 on 2 cores) and the child's first writes to the pages it shares with the warm
    reader (``_touch_read_path``) happen between requests instead of while a caller waits; the child then reads
    exactly as one forked on request would (``_child``).
    """

    def __init__(self, pid: int, handoff: socket.socket) -> None:
        self.pid = pid
        self.handoff = handoff

    @classmethod
    def fork(cls, control: socket.socket) -> _Spare | None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            pid = os.fork()
        except OSError:
            ours.close()
            theirs.close()
            return None  # the next request forks its own child, as before
        if pid == 0:
            control.close()
            ours.close()
            _spare_child(theirs)
        theirs.close()
        return cls(pid, ours)

    def take(self, request: socket.socket, reply: socket.socket) -> bool:
        """Hand the request to this child and its pidfd to the caller (on ``reply``); False (and nothing sent to
        the caller) when the child is gone, so the request is forked for as before."""
        try:
            # Not yet reaped (only _reap waits, and it has not ended unless it failed), so the pid is the child's.
            pidfd = os.pidfd_open(self.pid)
        except OSError:
            self.handoff.close()
            return False
        try:
            try:
                socket.send_fds(self.handoff, [b"r"], [request.fileno()])
            except OSError:
                return False
            _give_to_caller(reply, self.pid, pidfd)
            return True
        finally:
            os.close(pidfd)
            self.handoff.close()


def _spare_child(handoff: socket.socket) -> None:
    """A spare child's life: touch what a read uses, wait for a request, then read it; never returns."""
    try:
        _touch_read_path()
        message, fds, _flags, _address = socket.recv_fds(handoff, 16, 1)
        handoff.close()
        if message != b"r" or len(fds) != 1:
            os._exit(0)  # the warm reader ended (its caller closed it or died): nothing to read
        _child(socket.socket(fileno=fds[0]))
    finally:
        os._exit(0)


def _touch_read_path() -> None:
    """Read the small sample DOCX once while no caller waits, so that the warm reader's pages a read writes to
    (reference counts of the readers' objects, the allocator's state) are already this child's own copies:
    a 5,000-word DOCX read then takes 1,420 page faults instead of 1,880 and about as long as in a warm
    process (14 ms against 16-19 ms, measured in children of a process like the warm reader).

    Not the sample PDF: it brought a 15-page PDF's read in the child to the warm process's speed (607 page faults
    instead of 1,358; 28.1 ms of CPU against 32.1 ms), but reads come back to back on a busy server (and in
    benchmarks/check_speed.py), and there the waiting child's 5 ms more of touching ran beside the read before it
    and slowed it down more than it sped up its own: the PDF users' path 4.18× and 5.42× pypdfium2's extraction
    with it, 3.53× and 3.96× without (alternate runs at a load of 1.4-2.2 on 2 cores)."""
    from marker.documents.reader import read_document

    with contextlib.suppress(Exception):
        read_document(_sample_docx(), "warm-up.docx", layout="never")


def _fork_child(control: socket.socket, request: socket.socket, reply: socket.socket) -> None:
    """Fork a child for the request on the spot (the spare is gone) and send the caller its pidfd (the warm
    reader closes its ends of both sockets afterwards)."""
    pid = os.fork()
    if pid == 0:
        control.close()
        reply.close()
        _child(request)
    try:
        # Not yet reaped (only _reap waits), so this pid is surely the child's.
        pidfd = os.pidfd_open(pid)
    except OSError:
        os.kill(pid, signal.SIGKILL)  # the caller could not be given it: it must not run on
        return
    try:
        _give_to_caller(reply, pid, pidfd)
    finally:
        os.close(pidfd)


def _give_to_caller(reply: socket.socket, pid: int, pidfd: int) -> None:
    """Send the caller the pidfd (and the process id) of the child reading its request; a child the caller
    cannot reach is killed, as it must not run on."""
    try:
        socket.send_fds(reply, [b"p%d" % pid], [pidfd])
    except OSError:
        os.kill(pid, signal.SIGKILL)


def _child(request: socket.socket) -> None:
    """Receive the request, then read exactly as a child forked by the caller would; never returns."""
    from marker.documents.isolation import _read_in_child

    try:
        signal.alarm(_REQUEST_WAIT_S)  # a caller that never sends does not keep it waiting for ever
        data, name, limits, layout, workdir = pickle.loads(_receive(request))
        # The caller may wait up to its wall-clock cap for a read starved of CPU (``isolation._time_left_for``).
        signal.alarm(math.ceil(limits.timeout_s * _loaded_machine_factor()) + _ALARM_MARGIN_S)
        _read_in_child(Connection(request.detach()), data, name, limits, layout, workdir)
    finally:
        os._exit(0)  # whatever happened: nothing escapes a forked child, and the caller sees it end


def _loaded_machine_factor() -> float:
    from marker.documents.isolation import LOADED_MACHINE_FACTOR

    return LOADED_MACHINE_FACTOR


def framed(payload: bytes) -> bytes:
    """A request as it goes to a child: its length, then its bytes."""
    return struct.pack("!Q", len(payload)) + payload


def _receive(request: socket.socket) -> bytes:
    size = struct.unpack("!Q", _exactly(request, 8))[0]
    return _exactly(request, size)


def _exactly(request: socket.socket, size: int) -> bytes:
    buffer = bytearray(size)
    view = memoryview(buffer)
    got = 0
    while got < size:
        count = request.recv_into(view[got:])
        if count == 0:
            raise EOFError("the caller closed the request")
        got += count
    return bytes(buffer)


def _reap() -> None:
    with contextlib.suppress(ChildProcessError):
        while True:
            pid, _status = os.waitpid(-1, os.WNOHANG)
            if pid == 0:
                return
