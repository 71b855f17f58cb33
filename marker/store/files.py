"""Uploaded scripts on disk: random names, outside the web root, never served without an access check."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from flask import current_app

from marker.config import Settings

_NAME_ALPHABET = set("0123456789abcdef")


def _upload_dir() -> Path:
    settings: Settings = current_app.config["MARKER_SETTINGS"]
    settings.upload_dir.mkdir(parents=True, exist_ok=True)
    return settings.upload_dir


def _path_for(stored_name: str) -> Path:
    # Stored names are ours (hex); refusing anything else rules out path traversal from a tampered row.
    if not stored_name or set(stored_name) - _NAME_ALPHABET:
        raise ValueError("not a stored upload name")
    return _upload_dir() / stored_name


def store_upload(data: bytes) -> str:
    """Write an upload under a new random name and return that name."""
    stored_name = secrets.token_hex(20)
    path = _path_for(stored_name)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    return stored_name


def read_upload(stored_name: str) -> bytes:
    """The bytes of a stored upload."""
    return _path_for(stored_name).read_bytes()


def delete_upload(stored_name: str | None) -> None:
    """Remove a stored upload; a file already gone is not an error."""
    if stored_name:
        _path_for(stored_name).unlink(missing_ok=True)
