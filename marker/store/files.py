"""Uploaded scripts on disk: random names, outside the web root, never served without an access check.

A script is written durably under a temporary name (``<name>.partial``, fsynced) and only renamed to its
stored name when the database transaction that records it commits; a rollback deletes it. So a process
killed mid-upload leaves no file that looks stored without a row: at worst a ``.partial`` file, or (killed
between commit and rename) a ``.partial`` file whose row exists. ``sweep_orphan_uploads`` removes the first
kind once it is older than a grace period and completes the second.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from flask import current_app
from sqlalchemy import event, select
from sqlalchemy.orm import Session, SessionTransaction

from marker.config import Settings
from marker.extensions import db
from marker.store.models import ExportJob, Submission, UploadBatch

_NAME_ALPHABET = set("0123456789abcdef")
_NAME_LENGTH = 40
PENDING_SUFFIX = ".partial"
_STAGED = "marker.staged_uploads"


def _upload_dir() -> Path:
    settings: Settings = current_app.config["MARKER_SETTINGS"]
    settings.upload_dir.mkdir(parents=True, exist_ok=True)
    return settings.upload_dir


def _is_stored_name(name: str) -> bool:
    return bool(name) and not set(name) - _NAME_ALPHABET


def _path_for(stored_name: str) -> Path:
    # Stored names are ours (hex); refusing anything else rules out path traversal from a tampered row.
    if not _is_stored_name(stored_name):
        raise ValueError("not a stored upload name")
    return _upload_dir() / stored_name


def _pending(path: Path) -> Path:
    return path.with_name(path.name + PENDING_SUFFIX)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def store_upload(data: bytes) -> str:
    """Write an upload under a new random name and return that name.

    The file appears under that name when the current database transaction commits, and is deleted if it
    rolls back: a stored name is never seen on disk without the row that records it.
    """
    session = db.session()
    if not session.in_transaction():
        session.begin()  # so that a rollback or close, not only a commit, settles the file
    stored_name = secrets.token_hex(_NAME_LENGTH // 2)
    path = _path_for(stored_name)
    pending = _pending(path)
    fd = os.open(pending, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    session.info.setdefault(_STAGED, []).append(path)
    return stored_name


def _publish(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        _pending(path).rename(path)
    _fsync_dir(path.parent)


@event.listens_for(Session, "after_commit")
def _publish_staged(session: Session) -> None:
    for path in session.info.pop(_STAGED, []):
        _publish(path)


@event.listens_for(Session, "after_transaction_end")
def _discard_staged(session: Session, transaction: SessionTransaction) -> None:
    # Reached after a commit too, with nothing left staged; after a rollback or close, the files go.
    if transaction.parent is None:
        for path in session.info.pop(_STAGED, []):
            _pending(path).unlink(missing_ok=True)


def read_upload(stored_name: str) -> bytes:
    """The bytes of a stored upload (also one written earlier in the current, uncommitted transaction)."""
    path = _path_for(stored_name)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        if path in db.session().info.get(_STAGED, []):
            return _pending(path).read_bytes()
        raise


def delete_upload(stored_name: str | None) -> None:
    """Remove a stored upload; a file already gone is not an error."""
    if stored_name:
        path = _path_for(stored_name)
        path.unlink(missing_ok=True)
        _pending(path).unlink(missing_ok=True)


@dataclass(frozen=True)
class SweepResult:
    """What a sweep of the upload folder did."""

    removed: int
    completed: int


def sweep_orphan_uploads(grace_s: float, *, now: float | None = None) -> SweepResult:
    """Remove uploads no submission records (left by a crashed request) once older than ``grace_s`` seconds.

    A ``.partial`` file whose submission did commit (the process died before renaming it) is completed
    instead. Younger files are left alone: they may belong to an upload in progress in another process.
    """
    folder = _upload_dir()
    known = set(db.session.scalars(select(Submission.stored_name).where(Submission.stored_name.is_not(None))))
    known |= set(db.session.scalars(select(Submission.layout_pdf_name).where(Submission.layout_pdf_name.is_not(None))))
    # A zip of scripts waiting for its unpacking job is no orphan, however long the queue.
    known |= set(db.session.scalars(select(UploadBatch.stored_name).where(UploadBatch.stored_name.is_not(None))))
    # A built export is kept until its own retention ends (marker.service.export_jobs.sweep_expired_exports).
    known |= set(db.session.scalars(select(ExportJob.stored_name).where(ExportJob.stored_name.is_not(None))))
    cutoff = (time.time() if now is None else now) - grace_s
    removed = completed = 0
    for path in folder.iterdir():
        name = path.name.removesuffix(PENDING_SUFFIX)
        if len(name) != _NAME_LENGTH or not _is_stored_name(name) or not path.is_file():
            continue  # not ours (.gitkeep, an operator's file)
        pending = path.name.endswith(PENDING_SUFFIX)
        if name in known:
            if pending:
                _publish(path.with_name(name))
                completed += 1
            continue
        try:
            if path.stat().st_mtime > cutoff:
                continue
            path.unlink()
        except FileNotFoundError:
            continue  # published or removed meanwhile
        removed += 1
    return SweepResult(removed=removed, completed=completed)
