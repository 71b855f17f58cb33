"""Findings: everything a check report tells a person, with a severity and a stable code."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Finding:
    """One thing the check found, phrased for a candidate. ``code`` is stable; tools key on it."""

    severity: Severity
    code: str
    message: str
    part: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {"severity": self.severity, "code": self.code, "part": self.part, "message": self.message}
