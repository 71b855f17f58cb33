"""The web's one way into the rubric library and the document check, configured from the settings."""

from __future__ import annotations

from flask import current_app

from marker.checks import CheckReport, check_document
from marker.config import Settings
from marker.documents import ReadLimits
from marker.documents.limits import MIB
from marker.rubric import RubricLibrary, default_library
from marker.rubric.model import CommandVerbSet, Rubric


def settings() -> Settings:
    return current_app.config["MARKER_SETTINGS"]  # type: ignore[no-any-return]


def rubric_library() -> RubricLibrary:
    """The rubric library of the configured folders (loaded once per process)."""
    configured = settings()
    return default_library(configured.rubrics_dir, configured.command_verbs_dir)


def read_limits() -> ReadLimits:
    """The limits an uploaded file is read under: size, pages, time and memory."""
    configured = settings()
    return ReadLimits(
        max_bytes=configured.max_upload_mb * MIB,
        max_pages=configured.max_pages,
        timeout_s=configured.check_timeout_s,
        memory_mb=configured.check_memory_mb,
        layout_timeout_s=configured.layout_timeout_s,
    )


def check_upload(data: bytes, name: str, rubric: Rubric, verbs: CommandVerbSet | None) -> CheckReport:
    """The check report of an uploaded file (raises a MarkerError when it cannot be checked).

    Uploads are untrusted: they are read in a child process under the time and memory limits.
    """
    return check_document(
        data,
        name,
        rubric,
        verbs,
        limits=read_limits(),
        isolated=True,
        layout="auto" if settings().layout_with_libreoffice else "never",
    )
