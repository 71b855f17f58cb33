"""A real marker server on loopback for the hardening tests and the soak benchmark: gunicorn, several workers.

``running_server`` starts gunicorn on a free port of 127.0.0.1 in its own process group, waits until it
answers, and always stops the whole group (master, workers and any reading children) on the way out.
``Browser`` is a signed-in HTTP session that takes CSRF tokens from the pages as a person's browser would.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import requests

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SERVED_APP = "tests.hardening.server_app:create_app()"
_CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf_token"')
_VERSION = re.compile(r'name="version"[^>]*value="(\d+)"|value="(\d+)"[^>]*name="version"')


@dataclass(frozen=True)
class Server:
    """A running server: its base URL, the master process and where it logs."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def running_server(
    env: Mapping[str, str], log: Path, *, workers: int = 2, threads: int = 4, app: str = SERVED_APP
) -> Iterator[Server]:
    """Run gunicorn with ``workers`` x ``threads`` on a free loopback port until the block ends."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--threads",
        str(threads),
        "--worker-class",
        "gthread",
        "--timeout",
        "120",
        "--graceful-timeout",
        "5",
        "--chdir",
        str(PROJECT_ROOT),
        app,
    ]
    full_env = {**os.environ, **env, "PYTHONPATH": str(PROJECT_ROOT)}
    with log.open("ab") as output:
        process = subprocess.Popen(
            command, env=full_env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        server = Server(f"http://127.0.0.1:{port}", process, log)
        _wait_until_answering(server, 60.0)
        yield server
    finally:
        stop(process)


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a server's whole process group: politely, then for certain."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(15)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # workers or reading children left behind
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(15)


def _wait_until_answering(server: Server, limit_s: float) -> None:
    give_up = time.monotonic() + limit_s
    while time.monotonic() < give_up:
        if server.process.poll() is not None:
            raise RuntimeError(f"the server exited ({server.process.returncode}):\n{server.log.read_text()[-3000:]}")
        with contextlib.suppress(requests.RequestException):
            if requests.get(f"{server.url}/login", timeout=5).status_code == 200:
                return
        time.sleep(0.2)
    raise RuntimeError(f"the server did not answer within {limit_s} s:\n{server.log.read_text()[-3000:]}")


def token_on(html: str) -> str:
    """The CSRF token of the first form on a page."""
    match = _CSRF.search(html)
    assert match, "no CSRF token on the page"
    return match.group(1) or match.group(2)


def version_on(html: str) -> str:
    """The marking version the marking page was opened at."""
    match = _VERSION.search(html)
    assert match, "no version field on the page"
    return match.group(1) or match.group(2)


class Browser:
    """One person's session with the server (cookies kept), taking CSRF tokens from the pages."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.session = requests.Session()

    def get(self, path: str, **kwargs: object) -> requests.Response:
        return self.session.get(self.base_url + path, timeout=120, allow_redirects=False, **kwargs)  # type: ignore[arg-type]

    def post(self, path: str, **kwargs: object) -> requests.Response:
        return self.session.post(self.base_url + path, timeout=120, allow_redirects=False, **kwargs)  # type: ignore[arg-type]

    def sign_in(self, username: str, password: str) -> None:
        token = token_on(self.get("/login").text)
        response = self.post("/login", data={"csrf_token": token, "username": username, "password": password})
        assert response.status_code == 302, response.text[:500]

    def close(self) -> None:
        self.session.close()
