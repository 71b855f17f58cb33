"""A warm LibreOffice per worker process: unoserver keeps one soffice running, so a DOCX's layout costs a
fraction of a second instead of LibreOffice's start-up.

unoserver (MIT) runs under the Python that has LibreOffice's UNO bindings (Debian's python3-uno, for
/usr/bin/python3), which is not marker's: the server runs as a separate process from a venv of its own
(``make office-server``), and marker talks to it over XML-RPC on loopback with the standard library's client,
so marker itself needs no new package. LibreOffice (MPL/LGPL) only ever runs as a separate process.

The isolation of the per-document path holds here too, per server rather than per document:
  * its own LibreOffice profile (-env:UserInstallation) and TMPDIR, in a folder made for it and removed with it;
  * its own process group (led by ``office_launcher``), killed whole (SIGKILL) when the server is stopped,
    when a conversion runs out of time, when marker exits, and by the launcher itself when marker is gone;
  * an address-space limit (RLIMIT_AS) on unoserver and LibreOffice, and a time limit per conversion;
  * a server that died (crashed, killed) or hung is replaced at the next conversion; one that has served
    ``recycle_after`` conversions is replaced too, so a slow leak in LibreOffice cannot grow for ever.
Conversions on one server run one at a time (LibreOffice's UNO API is not made for concurrent loads).

Security note: unoserver listens on loopback TCP ports (random, chosen at start). On a machine shared with
untrusted local users, use MARKER_LIBREOFFICE=cold (no listening port) instead.
"""

from __future__ import annotations

import atexit
import contextlib
import http.client
import logging
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import xmlrpc.client
from pathlib import Path

log = logging.getLogger(__name__)

_LAUNCHER = Path(__file__).with_name("office_launcher.py")
_API_VERSION = "3"  # unoserver's XML-RPC API: convert(inpath, indata, outpath, convert_to, ...)
_POLL_S = 0.25
_FAILED_START_PAUSE_S = 60.0  # after a failed start, the per-document path is used for this long


class OfficeUnavailable(Exception):
    """The warm server cannot take this conversion (not installed, would not start, broke during the call):
    the caller lays the document out the per-document way instead."""


class _Transport(xmlrpc.client.Transport):
    """XML-RPC over HTTP with a socket time limit: unoserver answers a conversion only when it is done."""

    def __init__(self, timeout_s: float) -> None:
        super().__init__()
        self._timeout_s = timeout_s

    def make_connection(self, host: tuple[str, dict[str, str]] | str) -> http.client.HTTPConnection:
        connection = super().make_connection(host)
        connection.timeout = self._timeout_s
        return connection


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class OfficeServer:
    """One warm unoserver + LibreOffice, started when first needed, for the process that made it."""

    def __init__(
        self, python: Path, *, memory_mb: int = 2048, start_timeout_s: float = 60.0, recycle_after: int = 200
    ) -> None:
        self.python = python
        self.memory_mb = memory_mb
        self.start_timeout_s = start_timeout_s
        self.recycle_after = recycle_after
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._folder: str | None = None
        self._port = 0
        self._conversions = 0
        self._paused_until = 0.0
        self.starts = 0  # how many servers this one has started (tests and benchmarks read it)

    @property
    def pid(self) -> int | None:
        """The process id (and process group) of the running server's launcher, None when none runs."""
        return self._process.pid if self._process is not None and self._process.poll() is None else None

    def convert_to_pdf(self, data: bytes, timeout_s: float) -> tuple[bytes | None, str | None]:
        """LibreOffice's PDF of a DOCX, or None and why not ("timeout", "failed"); OfficeUnavailable when the
        warm server cannot take it. A conversion past ``timeout_s`` kills the server (it is replaced next time)."""
        if not self._lock.acquire(timeout=timeout_s):
            raise OfficeUnavailable("busy")
        try:
            self._ensure_running()
            proxy = xmlrpc.client.ServerProxy(
                f"http://127.0.0.1:{self._port}", transport=_Transport(timeout_s), allow_none=True
            )
            try:
                answer = proxy.convert(None, xmlrpc.client.Binary(data), None, "pdf", None, [], True, None, None)
            except TimeoutError:
                self._stop()
                return None, "timeout"
            except xmlrpc.client.Fault:
                # LibreOffice refused this document, or died under it. If the server still answers, the
                # document is the problem; if not, the server goes and the caller lays the document out anew.
                if not self._answers():
                    self._stop()
                    raise OfficeUnavailable("LibreOffice ended during the conversion") from None
                return None, "failed"
            except (OSError, http.client.HTTPException, xmlrpc.client.ProtocolError) as error:
                self._stop()
                raise OfficeUnavailable(f"the server broke during the conversion: {error}") from error
            finally:
                with contextlib.suppress(Exception):
                    proxy("close")()
            self._conversions += 1
            if self._conversions >= self.recycle_after:
                self._stop()
            pdf = answer.data if isinstance(answer, xmlrpc.client.Binary) else None
            return (pdf, None) if pdf else (None, "failed")
        finally:
            self._lock.release()

    def _answers(self) -> bool:
        """Whether the running server still answers, LibreOffice included (``info`` asks it for its filters)."""
        if self.pid is None:
            return False
        try:
            xmlrpc.client.ServerProxy(f"http://127.0.0.1:{self._port}", transport=_Transport(5.0)).info()
        except (OSError, http.client.HTTPException, xmlrpc.client.Error):
            return False
        return self.pid is not None

    def stop(self) -> None:
        """End the server and everything it started, and remove its folder (waits for a running conversion)."""
        # At exit a conversion may still run in another thread: wait for it a little, then stop regardless.
        acquired = self._lock.acquire(timeout=5.0)
        try:
            self._stop()
        finally:
            if acquired:
                self._lock.release()

    def _ensure_running(self) -> None:
        if self._process is not None and self._process.poll() is None:
            return
        self._stop()  # it died (crashed, or killed): clear what is left before a new one
        if time.monotonic() < self._paused_until:
            raise OfficeUnavailable("the server failed to start a moment ago")
        try:
            self._start()
        except OfficeUnavailable:
            self._stop()
            self._paused_until = time.monotonic() + _FAILED_START_PAUSE_S
            raise

    def _start(self) -> None:
        if not self.python.is_file() or shutil.which("soffice") is None:
            raise OfficeUnavailable("unoserver's Python or LibreOffice is not installed")
        self._folder = tempfile.mkdtemp(prefix="marker-office-")
        folder = Path(self._folder)
        (folder / "tmp").mkdir()
        self._port, uno_port = _free_port(), _free_port()
        while uno_port == self._port:  # the system may hand the same free port out twice
            uno_port = _free_port()
        command = [
            str(self.python),
            str(_LAUNCHER),
            str(os.getpid()),
            str(self.memory_mb),
            "--interface=127.0.0.1",
            "--uno-interface=127.0.0.1",
            f"--port={self._port}",
            f"--uno-port={uno_port}",
            f"--user-installation={folder / 'profile'}",
            f"--temp-dir={folder / 'tmp'}",
            "--quiet",
        ]
        try:
            self._process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,  # its own process group: one killpg ends unoserver and LibreOffice
                env={**os.environ, "TMPDIR": str(folder / "tmp")},
                cwd=folder,
            )
        except OSError as error:
            raise OfficeUnavailable(f"could not start unoserver: {error}") from error
        self.starts += 1
        self._conversions = 0
        self._await_ready()

    def _await_ready(self) -> None:
        """Wait until unoserver answers (it connects to LibreOffice first), and speaks the API we call."""
        deadline = time.monotonic() + self.start_timeout_s
        proxy = xmlrpc.client.ServerProxy(f"http://127.0.0.1:{self._port}", transport=_Transport(5.0))
        while time.monotonic() < deadline:
            if self._process is None or self._process.poll() is not None:
                raise OfficeUnavailable("unoserver ended while starting")
            try:
                info = proxy.info()
            except (OSError, http.client.HTTPException, xmlrpc.client.Error):
                time.sleep(_POLL_S)
                continue
            if not isinstance(info, dict) or info.get("api") != _API_VERSION:
                raise OfficeUnavailable(f"unoserver speaks API {info.get('api') if isinstance(info, dict) else '?'}")
            return
        raise OfficeUnavailable("unoserver did not start in time")

    def _stop(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None


# One server per process. A forked child (the isolated read, a gunicorn worker) never uses its parent's: it
# makes its own if it needs one, and leaves the parent's alone at exit.
_servers: dict[tuple[Path, int], OfficeServer] = {}
_owner = os.getpid()
_servers_lock = threading.Lock()
_configured: tuple[Path, int] | None = None


def configure(python: Path | None, memory_mb: int) -> None:
    """Say which unoserver Python (and memory limit) ``layout="warm"`` uses in this process; None: none."""
    global _configured
    _configured = None if python is None else (python, memory_mb)


def configured_server() -> OfficeServer | None:
    """This process's warm server as configured, None when none is configured."""
    configured = _configured
    return None if configured is None else warm_office(*configured)


def warm_office(python: Path, memory_mb: int) -> OfficeServer:
    """This process's warm server for that unoserver Python and memory limit (started on first conversion)."""
    global _owner
    with _servers_lock:
        if os.getpid() != _owner:
            _servers.clear()
            _owner = os.getpid()
        key = (python, memory_mb)
        if key not in _servers:
            _servers[key] = OfficeServer(python, memory_mb=memory_mb)
        return _servers[key]


def stop_warm_offices() -> None:
    """Stop this process's warm servers (at exit; tests)."""
    with _servers_lock:
        servers = list(_servers.values()) if os.getpid() == _owner else []
        _servers.clear()
    for server in servers:
        server.stop()


atexit.register(stop_warm_offices)
