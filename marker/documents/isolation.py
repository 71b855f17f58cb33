"""Reading an untrusted file in a child process, so one bad file cannot stall or exhaust the server.

The child is forked from the process's warm reader (``warm_reader``: a small interpreter with the readers
imported, so the fork is cheap however much the caller holds) or, until that is running, from the caller
itself (see ``_context`` for why "fork"). It limits its own address space (RLIMIT_AS) and CPU time, reads,
and sends back either the Document or the error's code and message. The parent kills it when the time limit
passes: a limit on the read's own work (CPU time), so that on a busy machine a read waiting for a processor is
given more wall-clock time, up to a cap (see ``_time_left_for``).

Whatever happens, nothing outlives the call: the child reads in memory and starts no process (LibreOffice's
page layout runs afterwards, from the parent), and its TMPDIR names a folder, unique to the read, that is never
made, so a temporary file anything in it tried to write would fail the read instead of being left behind. A
child that was killed or died is followed by a search for any process still running from that folder (with its
process group), as LibreOffice's would be.
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing
import os
import pickle
import resource
import secrets
import signal
import tempfile
import time
from multiprocessing.connection import Connection
from multiprocessing.context import ForkContext, SpawnContext
from typing import Any

from marker.documents.errors import UnreadableDocument
from marker.documents.layout import apply_libreoffice_pages
from marker.documents.limits import DEFAULT_LIMITS, MIB, ReadLimits
from marker.documents.model import Document
from marker.documents.warm_reader import (
    WarmReader,
    WarmReaderGone,
    framed,
    start_in_background,
    stop_warm_reader,
    warm_reader,
)

_PROBE_BYTES = 16 * MIB
_forked_reads = 0  # reads this process forked itself for, before its warm reader ran
_GRACE_S = 2.0  # after the child answers, how long it may take to exit before it is killed
# On a busy machine a read waiting for a processor may take this many times its time limit in wall-clock time,
# as long as its own work (CPU time) stays within the limit (see ``_time_left_for``).
LOADED_MACHINE_FACTOR = 3.0


def read_document(data: bytes, name: str, *, limits: ReadLimits = DEFAULT_LIMITS, layout: str = "auto") -> Document:
    """``marker.documents.reader.read_document``, imported when first needed: in a reading child, or here
    for an upload refused for its size. The caller's process need not hold the readers."""
    from marker.documents.reader import read_document as read

    return read(data, name, limits=limits, layout=layout)


def read_document_isolated(
    data: bytes, name: str, *, limits: ReadLimits = DEFAULT_LIMITS, layout: str = "auto"
) -> Document:
    """Like ``read_document``, in a child process under ``limits.timeout_s`` and ``limits.memory_mb``.

    LibreOffice's page layout of a DOCX runs afterwards, from this process, under its own time limit
    (``limits.layout_timeout_s``): a slow layout of a long report costs its pages' precision, never the read.
    LibreOffice runs in its own process group, which is killed when the time is up.
    """
    document = _read_isolated(data, name, limits)
    if layout != "never" and document.format == "docx":
        document = apply_libreoffice_pages(document, data, limits, layout)
    return document


def _read_isolated(data: bytes, name: str, limits: ReadLimits) -> Document:
    layout = "never"
    if len(data) > limits.max_bytes:
        # Refuse before copying a huge upload into another process.
        return read_document(data, name, limits=limits, layout=layout)
    # Named, never made: making and deleting a folder for every read cost the caller 3.8 ms on an ext4 disk
    # mounted with "discard" (rmdir frees the folder's block), a third of what isolation added to a PDF's check.
    workdir = os.path.join(tempfile.gettempdir(), f"marker-read-{secrets.token_hex(12)}")
    try:
        return _read_in_workdir(data, name, limits, layout, workdir)
    except BaseException:
        # A child that answered has ended its work; one that was killed or died may have left something
        # running. The walk over /proc costs milliseconds on a busy machine, so only then.
        _end_processes_in(workdir)
        raise


def _read_in_workdir(data: bytes, name: str, limits: ReadLimits, layout: str, workdir: str) -> Document:
    reader = warm_reader()
    if reader is not None:
        try:
            return _read_in_warm_child(reader, data, name, limits, layout, workdir)
        except WarmReaderGone:
            stop_warm_reader()  # this read forks the caller; the next one starts another
    global _forked_reads
    try:
        return _read_in_forked_child(data, name, limits, layout, workdir)
    finally:
        _forked_reads += 1
        if _forked_reads >= 2:
            # A process reading a second file (a web or job worker) will read more: its warm reader is started,
            # after the fork rather than beside it (the forked child's memory limit is measured from what this
            # process maps, which a thread starting a process would change). One that reads a single file (the
            # command line) never pays for one.
            start_in_background()


def _read_in_warm_child(
    reader: WarmReader, data: bytes, name: str, limits: ReadLimits, layout: str, workdir: str
) -> Document:
    """The read in a child of the warm reader: same request, limits and answers as a child forked here."""
    started = time.monotonic()
    deadline = started + limits.timeout_s
    request_bytes = framed(pickle.dumps((data, name, limits, layout, workdir), pickle.HIGHEST_PROTOCOL))
    request, pidfd, pid, sent = reader.open_read(request_bytes, limits.timeout_s)
    answer: tuple[Any, ...] | None = None
    try:
        try:
            if sent < len(request_bytes):
                request.settimeout(max(deadline - time.monotonic(), 0.001))
                request.sendall(memoryview(request_bytes)[sent:])
        except TimeoutError:
            answer = None  # it did not even take the file in time
        except OSError:
            answer = ("died",)  # it ended before taking the file: under RLIMIT_AS, memory
        else:
            request.settimeout(None)
            connection = Connection(request.detach())
            try:
                answer = _await_answer(connection, max(deadline - time.monotonic(), 0.0))
                while answer is None and (more := _time_left_for(pid, started, limits.timeout_s)) > 0:
                    answer = _await_answer(connection, more)
            finally:
                connection.close()
    finally:
        request.close()
        if answer is None or answer[0] == "died":
            # Past its time (or broken): killed through its pidfd, which names this child and no other.
            with contextlib.suppress(OSError):
                signal.pidfd_send_signal(pidfd, signal.SIGKILL)
        os.close(pidfd)
    return _document_or_error(answer)


def _read_in_forked_child(data: bytes, name: str, limits: ReadLimits, layout: str, workdir: str) -> Document:
    context = _context()
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_read_in_child, args=(sender, data, name, limits, layout, workdir), name="marker-read", daemon=True
    )
    child.start()
    sender.close()
    answer: tuple[Any, ...] | None = None
    exitcode: int | None = None
    started = time.monotonic()
    try:
        answer = _await_answer(receiver, limits.timeout_s)
        while answer is None and (more := _time_left_for(child.pid, started, limits.timeout_s)) > 0:
            answer = _await_answer(receiver, more)
    finally:
        receiver.close()
        if answer is not None:
            # It has answered: give it a moment to exit on its own. A child past its time limit gets none.
            child.join(_GRACE_S)
        if child.is_alive():
            child.kill()
            child.join()
        exitcode = child.exitcode
        with contextlib.suppress(ValueError):
            # Under threaded web workers, multiprocessing's start() in another thread may reap this child
            # first, leaving it "running" to close(); its pipe is then closed when it is collected.
            child.close()
    return _document_or_error(answer, exitcode)


def _document_or_error(answer: tuple[Any, ...] | None, exitcode: int | None = None) -> Document:
    if answer is None:
        raise UnreadableDocument("timeout")
    if answer[0] == "ok":
        document = answer[1]
        assert isinstance(document, Document)
        return document
    if answer[0] == "died":
        if exitcode == -signal.SIGXCPU:
            raise UnreadableDocument("timeout")  # stopped by its CPU-time limit (RLIMIT_CPU), not memory
        # Killed by the kernel or crashed in C code: under RLIMIT_AS that is almost always memory.
        raise UnreadableDocument("too_much_memory")
    raise UnreadableDocument(answer[1], answer[2])


def _time_left_for(pid: int | None, started: float, timeout_s: float) -> float:
    """How much longer to wait for a child past its time limit: the limit is the read's own work (CPU time),
    not the machine's load. A read that has used less CPU than its limit was waiting for a processor (other
    reads, LibreOffice, other users' work): it may go on for what its limit has left, up to
    ``LOADED_MACHINE_FACTOR`` times the limit in all, so one long report is not refused on a busy server and
    checked on a quiet one. A child stalled without using CPU is still stopped at that wall-clock cap."""
    elapsed = time.monotonic() - started
    cap = timeout_s * LOADED_MACHINE_FACTOR - elapsed
    used = _cpu_seconds(pid) if pid is not None else None
    if used is None or cap <= 0 or used >= timeout_s:
        return 0.0
    return min(max(timeout_s - used, 0.01), cap)


def _cpu_seconds(pid: int) -> float | None:
    """The CPU time (user and system) a process has used so far, None where it cannot be known."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _context() -> ForkContext | SpawnContext:
    """The "fork" context where the system has it: the child starts in milliseconds with the readers already
    imported. "forkserver" and "spawn" re-run the caller's ``__main__`` in every child (seconds under pytest or
    gunicorn, and a crash for scripts without a main guard). The child only parses bytes it was given and
    answers through a pipe, touching no lock, thread, logger or database connection it inherited."""
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _await_answer(receiver: Connection, timeout_s: float) -> tuple[Any, ...] | None:
    """The child's answer, ("died",) if it ended without one, or None when the time limit passed."""
    if not receiver.poll(timeout_s):
        return None
    try:
        answer = receiver.recv()
    except (EOFError, OSError):
        return ("died",)
    return answer if isinstance(answer, tuple) else ("died",)


def _end_processes_in(workdir: str) -> None:
    """Kill every process of ours still running from ``workdir`` (a killed child's LibreOffice), with its group.

    LibreOffice runs in a process group of its own; its command line names its profile in the work folder,
    which is unique to this read, so matching on it finds only processes this read started.
    """
    needle = workdir.encode()
    own_group = os.getpgrp()
    with contextlib.suppress(OSError):
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                with open(f"/proc/{entry.name}/cmdline", "rb") as handle:
                    if needle not in handle.read():
                        continue
                if entry.stat().st_uid != os.getuid():
                    continue
                group = os.getpgid(int(entry.name))
                if group != own_group:
                    os.killpg(group, signal.SIGKILL)
                else:
                    os.kill(int(entry.name), signal.SIGKILL)
            except (OSError, ProcessLookupError):
                continue  # gone already


def _read_in_child(
    sender: Connection, data: bytes, name: str, limits: ReadLimits, layout: str, workdir: str | None = None
) -> None:
    """The child's work: set limits on itself, read, answer."""
    answer: tuple[Any, ...]
    if workdir is not None:
        # A folder that does not exist: a temporary file of the read fails it rather than outliving it.
        os.environ["TMPDIR"] = workdir
        tempfile.tempdir = workdir
    try:
        _limit_self(limits)
        answer = ("ok", read_document(data, name, limits=limits, layout=layout))
    except UnreadableDocument as error:
        if error.code == "corrupt" and _ran_out_of_memory(error):
            answer = ("error", "too_much_memory", None)
        else:
            answer = ("error", error.code, error.message)
    except MemoryError:
        answer = ("error", "too_much_memory", None)
    except Exception as error:  # an unexpected parser failure on a hostile file: say "damaged", not a trace
        answer = ("error", "too_much_memory" if _ran_out_of_memory(error) else "corrupt", None)
    try:
        sender.send(answer)
    except MemoryError:
        sender.send(("error", "too_much_memory", None))
    finally:
        sender.close()


def _ran_out_of_memory(error: BaseException) -> bool:
    """Whether a failure came from the memory limit: libxml2 and zlib report it as their own errors
    ("Memory allocation failed", "insufficient memory"), which the readers take for damage."""
    try:
        # Near the limit, failures show up as anything (an ImportError of a lazily loaded module, a
        # parser error): if a modest allocation fails too, memory was the problem.
        bytearray(_PROBE_BYTES)
    except MemoryError:
        return True
    seen: BaseException | None = error
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, MemoryError) or "memory" in str(seen).lower():
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _address_space_in_use() -> int:
    """Bytes of address space this process maps now (what a forked child inherits), 0 where unknown."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0


def _limit_self(limits: ReadLimits) -> None:
    # A forked child already maps everything its parent mapped: the limit is what the read may add on top.
    memory = _address_space_in_use() + limits.memory_mb * MIB
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (memory if hard == resource.RLIM_INFINITY else min(memory, hard), hard))
    cpu_seconds = math.ceil(limits.timeout_s) + 1
    _, cpu_hard = resource.getrlimit(resource.RLIMIT_CPU)
    if cpu_hard == resource.RLIM_INFINITY or cpu_seconds < cpu_hard:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_hard))
