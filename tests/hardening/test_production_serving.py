"""The production way of serving marker (README, "Production serving"): gunicorn with several workers, the
rate limiter counting in a shared store, so a sign-in limit holds whichever worker answers.

Needs ``redis-server`` on PATH: CI requires it (MARKER_REQUIRE_REDIS=1); elsewhere the test is skipped only when
the binary is missing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests
from flask import Flask

from marker.extensions import db
from marker.store.models import User
from tests.hardening.server import free_port, running_server, token_on

pytestmark = pytest.mark.slow

REDIS = shutil.which("redis-server")
LIMIT = 4


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    """A throwaway redis-server on a free loopback port, nothing saved to disk."""
    if REDIS is None:
        if os.environ.get("MARKER_REQUIRE_REDIS") == "1":
            pytest.fail("redis-server is required here (apt-get install redis-server; .ci/run does)")
        pytest.skip("redis-server is not installed (apt-get install redis-server; .ci/run does)")
    port = free_port()
    command = [REDIS, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    command += ["--dir", str(tmp_path)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        give_up = time.monotonic() + 30
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1) as probe:
                probe.sendall(b"PING\r\n")
                if probe.recv(16).startswith(b"+PONG"):
                    break
            if time.monotonic() > give_up or process.poll() is not None:
                raise RuntimeError("redis-server did not start")
            time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(10)
        if process.poll() is None:
            process.kill()
            process.wait(10)


def test_the_sign_in_limit_holds_across_gunicorn_workers_with_a_shared_store(
    app: Flask, make_user: Callable[..., User], tmp_path: Path, redis_url: str
) -> None:
    make_user("tina", "tutor")
    db.session.remove()  # the server's workers own the database from here
    env = {"MARKER_RATELIMIT_STORAGE_URI": redis_url, "MARKER_LOGIN_RATE_LIMIT": f"{LIMIT} per minute"}
    statuses: list[int] = []
    workers: set[str] = set()
    with running_server(env, tmp_path / "server.log", workers=3, threads=1) as server:
        # A new connection for every attempt, as a guesser's would be: each may land on any worker. Which worker
        # accepts is the kernel's choice (on a busy machine one may take many in a row), so keep guessing until
        # at least two workers have answered.
        for attempt in range(200):
            if attempt >= 24 and len(workers) >= 2:
                break
            with requests.Session() as guesser:
                page = guesser.get(f"{server.url}/login", timeout=60)
                data = {"csrf_token": token_on(page.text), "username": "tina", "password": f"guess-{attempt}"}
                answer = guesser.post(f"{server.url}/login", data=data, timeout=60, allow_redirects=False)
            statuses.append(answer.status_code)
            workers.add(answer.headers["X-Test-Worker"])
    assert len(workers) >= 2, "every attempt reached one worker: the test proved nothing"
    assert statuses.count(200) == LIMIT, statuses
    assert statuses[LIMIT:] == [429] * (len(statuses) - LIMIT)
