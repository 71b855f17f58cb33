"""The app as the hardening tests serve it under gunicorn: the real factory, plus one way to stop mid-save.

When ``MARKER_TEST_PAUSE_FILE`` names a file that exists, the first worker to flush a change to a Marking
takes the file (renaming it, so only one request ever pauses), writes its process id to
``<file>.paused`` and sleeps ``MARKER_TEST_PAUSE_S`` seconds inside the open transaction: its changes are
sent to the database but not committed. A test can then kill that worker, or race a second save against it.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from flask import Flask, Response
from sqlalchemy import event
from sqlalchemy.orm import Session

from marker import create_app as create_marker_app
from marker.store.models import Marking


def _pause_inside_a_marking_save(session: Session, _context: Any) -> None:
    pause_file = os.environ.get("MARKER_TEST_PAUSE_FILE")
    if not pause_file or not any(isinstance(item, Marking) for item in session.dirty):
        return
    try:
        os.rename(pause_file, pause_file + ".taken")
    except FileNotFoundError:
        return  # not armed, or another request took it
    Path(pause_file + ".paused").write_text(str(os.getpid()))
    time.sleep(float(os.environ.get("MARKER_TEST_PAUSE_S", "60")))


def _name_the_worker(response: Response) -> Response:
    # Lets a test see that its requests really were spread over several workers.
    response.headers["X-Test-Worker"] = str(os.getpid())
    return response


def create_app() -> Flask:
    """marker's application, with the pause listener registered once per worker."""
    if not event.contains(Session, "after_flush", _pause_inside_a_marking_save):
        event.listen(Session, "after_flush", _pause_inside_a_marking_save)
    app = create_marker_app()
    app.after_request(_name_the_worker)
    return app
