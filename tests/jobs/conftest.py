"""Fixtures for the job tests: an assessment to upload into, a queue that records what is sent, a real Redis."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from marker.extensions import db
from marker.rubric.model import Rubric
from marker.service import assessments
from marker.service.checking import rubric_library
from marker.store.models import Assessment, User
from tests.helpers import app_uow

REDIS = shutil.which("redis-server")


@dataclass
class RecordingQueue:
    """A JobQueue that only remembers what it was sent (the test decides when, and whether, jobs run)."""

    checks: list[int] = field(default_factory=list)
    batches: list[int] = field(default_factory=list)
    exports: list[int] = field(default_factory=list)
    comparisons: list[int] = field(default_factory=list)

    def check_submission(self, submission_id: int) -> None:
        self.checks.append(submission_id)

    def unpack_batch(self, batch_id: int) -> None:
        self.batches.append(batch_id)

    def build_export(self, export_id: int) -> None:
        self.exports.append(export_id)

    def compare_cohort(self, assessment_id: int) -> None:
        self.comparisons.append(assessment_id)


@dataclass(frozen=True)
class Cohort:
    assessment: Assessment
    rubric: Rubric
    tutor: User


@pytest.fixture
def cohort(app: Any, make_user: Callable[..., User]) -> Cohort:
    tutor = make_user("tess", "tutor")
    rubric = rubric_library(app_uow().settings).get("cim-2206")
    assessment = assessments.create_assessment(
        app_uow(), rubric, title="2206 jobs", cohort="Nov 2026", deadline=None, retention_days=365, actor=tutor
    )
    db.session.commit()
    return Cohort(assessment, rubric, tutor)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _redis_answers(port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1) as probe:
        probe.sendall(b"PING\r\n")
        return probe.recv(16).startswith(b"+PONG")
    return False


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    """A real Redis: CI's (MARKER_TEST_REDIS_URL, emptied first), else a throwaway redis-server on loopback.

    Skipped when neither is there, unless MARKER_REQUIRE_REDIS=1 (CI), where that is a failure.
    """
    configured = os.environ.get("MARKER_TEST_REDIS_URL")
    if configured:
        import redis

        redis.Redis.from_url(configured).flushdb()
        yield configured
        return
    if REDIS is None:
        if os.environ.get("MARKER_REQUIRE_REDIS") == "1":
            pytest.fail("redis-server is required here (apt-get install redis-server; .ci/run does)")
        pytest.skip("redis-server is not installed (apt-get install redis-server; .ci/run does)")
    port = _free_port()
    command = [REDIS, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    process = subprocess.Popen([*command, "--dir", str(tmp_path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        give_up = time.monotonic() + 30
        while not _redis_answers(port):
            if time.monotonic() > give_up or process.poll() is not None:
                raise RuntimeError("redis-server did not start")
            time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
