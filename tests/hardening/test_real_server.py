"""Faults against a real server (gunicorn, two workers, on loopback): a worker killed mid-save, two saves at
once, and hostile uploads while others are being served.

The served app (``server_app.py``) can pause one marking save inside its open transaction, after its changes
reach the database and before they commit; that is where a crash or a race does the most harm.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from flask import Flask
from sqlalchemy import select

from marker.extensions import db
from marker.service import assessments, markings, submissions
from marker.service.checking import rubric_library
from marker.service.uow import UnitOfWork
from marker.store.models import AuditEvent, Marking, PartMark, User
from tests.conftest import PASSWORD
from tests.hardening.corpus import hostile_corpus
from tests.hardening.server import Browser, Server, running_server, token_on, version_on
from tests.web.tutor.scripts_for_tests import make_docx

pytestmark = pytest.mark.slow

FIRST = {"1a": 4, "1b": 12, "1c": 11, "2a": 15, "2b": 11, "3a": 12, "3b": 10}  # 75
SECOND = {"1a": 2, "1b": 6, "1c": 5, "2a": 8, "2b": 6, "3a": 7, "3b": 5}  # 39
THIRD = {"1a": 5, "1b": 14, "1c": 13, "2a": 18, "2b": 13, "3a": 14, "3b": 12}  # 89


def _form(marks: dict[str, int], comment: str, version: str, token: str) -> dict[str, str]:
    data = {f"mark-{part}": str(mark) for part, mark in marks.items()}
    data.update({f"comment-{part}": f"{comment} on {part}" for part in marks})
    return {**data, "csrf_token": token, "version": version, "action": "save", "overall_comment": comment}


def _saved(marking_id: int) -> tuple[int, str, dict[str, int | None], dict[str, str]]:
    """What the database holds for a marking now (read afresh, never from the session's cache)."""
    db.session.rollback()
    db.session.expire_all()
    marking = db.session.get(Marking, marking_id)
    assert marking is not None
    rows = db.session.scalars(select(PartMark).where(PartMark.marking_id == marking_id)).all()
    return (
        marking.version,
        marking.overall_comment,
        {row.part_id: row.mark for row in rows},
        {row.part_id: row.comment for row in rows},
    )


def _wait_for(path: Path, limit_s: float = 60.0) -> str:
    give_up = time.monotonic() + limit_s
    while time.monotonic() < give_up:
        if path.exists() and path.read_text():
            return path.read_text()
        time.sleep(0.05)
    raise AssertionError(f"{path.name} never appeared: the save did not reach the pause")


class Scene:
    """A served assessment with one script, and a tutor who has opened its marking page."""

    def __init__(self, server: Server, pause_file: Path, submission_id: int) -> None:
        self.server = server
        self.pause_file = pause_file
        self.paused_file = Path(f"{pause_file}.paused")
        self.mark_url = f"/tutor/submissions/{submission_id}/mark"
        self.submission_id = submission_id

    def browser(self) -> Browser:
        browser = Browser(self.server.url)
        browser.sign_in("tess", PASSWORD)
        return browser

    def arm(self) -> None:
        """The next marking save pauses inside its transaction."""
        self.paused_file.unlink(missing_ok=True)
        self.pause_file.write_text("armed")

    def marking_id(self) -> int:
        db.session.rollback()
        marking = db.session.scalar(select(Marking).where(Marking.submission_id == self.submission_id))
        assert marking is not None
        return marking.id


def _start_scene(app: Flask, make_user: Callable[..., User], tmp_path: Path, pause_s: float) -> Iterator[Scene]:
    tutor = make_user("tess", "tutor")
    uow = UnitOfWork(db.session, app.config["MARKER_SETTINGS"])
    rubric = rubric_library(uow.settings).get("cim-2206")
    assessment = assessments.create_assessment(
        uow, rubric, title="2206 hardening", cohort="Nov 2026", deadline=None, retention_days=365, actor=tutor
    )
    submission = submissions.add_submission(
        uow, assessment, rubric, make_docx(), "script.docx", candidate_number="700001", actor=tutor
    )
    markings.start_marking(uow, submission, tutor)
    submission_id = submission.id
    db.session.remove()  # the server's workers own the database from here; the test only reads
    pause_file = tmp_path / "pause"
    env = {
        "MARKER_TEST_PAUSE_FILE": str(pause_file),
        "MARKER_TEST_PAUSE_S": str(pause_s),
        "MARKER_LOGIN_RATE_LIMIT": "1000 per minute",
        "MARKER_CHECK_RATE_LIMIT": "1000 per minute",
        "MARKER_CHECK_TIMEOUT_S": "3",
    }
    with running_server(env, tmp_path / "server.log") as server:
        yield Scene(server, pause_file, submission_id)


@pytest.fixture
def scene(app: Flask, make_user: Callable[..., User], tmp_path: Path) -> Iterator[Scene]:
    yield from _start_scene(app, make_user, tmp_path, pause_s=120.0)


@pytest.fixture
def race_scene(app: Flask, make_user: Callable[..., User], tmp_path: Path) -> Iterator[Scene]:
    yield from _start_scene(app, make_user, tmp_path, pause_s=1.5)


def _post_in_background(browser: Browser, url: str, data: dict[str, Any], results: list[Any]) -> threading.Thread:
    def post() -> None:
        try:
            results.append(browser.post(url, data=data))
        except requests.RequestException as error:
            results.append(error)

    thread = threading.Thread(target=post, daemon=True)
    thread.start()
    return thread


def test_a_worker_killed_while_saving_a_marking_leaves_it_untouched(scene: Scene) -> None:
    tab = scene.browser()
    page = tab.get(scene.mark_url).text
    saved = tab.post(scene.mark_url, data=_form(FIRST, "First save", version_on(page), token_on(page)))
    assert saved.status_code == 302, saved.text[:500]
    marking_id = scene.marking_id()
    before = _saved(marking_id)
    assert before[1] == "First save" and before[2] == FIRST

    page = tab.get(scene.mark_url).text
    scene.arm()
    results: list[Any] = []
    thread = _post_in_background(
        tab, scene.mark_url, _form(SECOND, "Killed save", version_on(page), token_on(page)), results
    )
    worker_pid = int(_wait_for(scene.paused_file))
    assert worker_pid != scene.server.process.pid
    os.kill(worker_pid, signal.SIGKILL)
    thread.join(120)
    assert not thread.is_alive()
    # The person saw the save fail (no success page), and the database holds exactly what it held before.
    assert isinstance(results[0], requests.RequestException) or results[0].status_code >= 500
    assert _saved(marking_id) == before
    db.session.rollback()
    actions = db.session.scalars(select(AuditEvent.action).where(AuditEvent.subject_id == str(marking_id))).all()
    assert actions.count("marking.save") == 1, "the killed save left an audit entry"

    # The master replaced the worker; saving again from a fresh page works and is saved whole.
    page = tab.get(scene.mark_url).text
    again = tab.post(scene.mark_url, data=_form(THIRD, "Saved after the crash", version_on(page), token_on(page)))
    assert again.status_code == 302, again.text[:500]
    version, comment, marks, comments = _saved(marking_id)
    assert (comment, marks) == ("Saved after the crash", THIRD)
    assert comments == {part: f"Saved after the crash on {part}" for part in THIRD}
    assert version > before[0]
    tab.close()


def test_two_saves_of_the_same_marking_at_once_one_wins_and_the_other_is_told(race_scene: Scene) -> None:
    scene = race_scene
    tab_one, tab_two = scene.browser(), scene.browser()
    page_one = tab_one.get(scene.mark_url).text
    page_two = tab_two.get(scene.mark_url).text
    assert version_on(page_one) == version_on(page_two)
    marking_id = scene.marking_id()
    before = _saved(marking_id)

    scene.arm()
    results_one: list[Any] = []
    results_two: list[Any] = []
    first = _post_in_background(
        tab_one, scene.mark_url, _form(FIRST, "Tab one", version_on(page_one), token_on(page_one)), results_one
    )
    _wait_for(scene.paused_file)  # tab one's changes are in the database, uncommitted, for 1.5 s
    second = _post_in_background(
        tab_two, scene.mark_url, _form(SECOND, "Tab two", version_on(page_two), token_on(page_two)), results_two
    )
    first.join(120)
    second.join(120)
    one, two = results_one[0], results_two[0]
    assert isinstance(one, requests.Response) and isinstance(two, requests.Response)
    assert one.status_code == 302, one.text[:500]
    assert two.status_code == 409, two.text[:500]
    assert "Nothing of yours was saved" in two.text
    version, comment, marks, comments = _saved(marking_id)
    assert (comment, marks) == ("Tab one", FIRST), "the saved marking is tab one's, whole"
    assert comments == {part: f"Tab one on {part}" for part in FIRST}
    assert version == before[0] + 1
    tab_one.close()
    tab_two.close()


def test_hostile_uploads_do_not_stop_the_server_answering_others(scene: Scene) -> None:
    hostile = {item.name: item for item in hostile_corpus()}
    candidates = [Browser(scene.server.url) for _ in range(3)]
    results: list[Any] = []
    threads = []
    for browser, name in zip(candidates, ["huge-stream.pdf", "stream-bomb.pdf", "bomb-ratio.docx"], strict=True):
        token = token_on(browser.get("/check/").text)
        item = hostile[name]
        files = {"document": (item.name, item.data)}

        def post(browser: Browser = browser, token: str = token, files: dict[str, Any] = files) -> None:
            results.append(browser.post("/check/", data={"csrf_token": token, "rubric": "cim-2206"}, files=files))

        threads.append(threading.Thread(target=post, daemon=True))
        threads[-1].start()
    answered_meanwhile = 0
    tutor = scene.browser()
    for _ in range(5):
        assert tutor.get("/tutor/").status_code == 200
        assert tutor.get(scene.mark_url).status_code == 200
        if threads[0].is_alive():
            answered_meanwhile += 1
    for thread in threads:
        thread.join(120)
    assert answered_meanwhile >= 1, "no other request was answered while the 18 MB stream was being read"
    assert sorted(response.status_code for response in results) == [400, 400, 400]
    assert all("Your file could not be checked" in response.text for response in results)
    assert any("took too long to read" in response.text for response in results)
    for browser in candidates:
        browser.close()
    tutor.close()
