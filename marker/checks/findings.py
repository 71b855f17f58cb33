"""Findings: everything a check report tells a person, with a severity and a stable code."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

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

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Finding:
        """A finding read back from ``to_dict()``; an unknown severity reads as ``info``."""
        severity = data.get("severity")
        return cls(
            severity=severity if severity in ("error", "warning", "info") else "info",
            code=str(data.get("code") or ""),
            message=str(data.get("message") or ""),
            part=data.get("part"),
        )
