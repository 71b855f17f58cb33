"""MARKER_LIBREOFFICE chooses how DOCX pages are laid out: the old values keep working, warm needs no setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from marker.config import load_settings


@pytest.mark.parametrize(
    ("value", "installed", "mode"),
    [
        ("never", True, "never"),
        ("cold", True, "cold"),
        ("warm", False, "warm"),  # asked for: tried, and each document falls back when it cannot start
        ("auto", True, "warm"),
        ("auto", False, "cold"),  # `make run` without `make office-server`: as before, per document
        ("1", False, "cold"),  # any old value but "never" meant "lay out when installed"
    ],
)
def test_libreoffice_setting_gives_the_layout_mode(
    value: str, installed: bool, mode: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    python = tmp_path / "venv-uno" / "bin" / "python"
    if installed:
        python.parent.mkdir(parents=True)
        python.write_text("")
    monkeypatch.setenv("MARKER_OFFICE_PYTHON", str(python))
    monkeypatch.setenv("MARKER_LIBREOFFICE", value)
    assert load_settings(tmp_path).layout_mode() == mode
