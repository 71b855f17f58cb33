"""The audit trail: every change to marks, submissions and settings, with who and when."""

from __future__ import annotations

from typing import Any

from marker.extensions import db
from marker.store.models import Assessment, AuditEvent, User


def _subject_key(subject: object) -> tuple[str, str]:
    if isinstance(subject, tuple):
        kind, ident = subject
        return str(kind), str(ident)
    return type(subject).__name__.lower(), str(getattr(subject, "id", "") or "")


def record_event(
    *,
    actor: User | None,
    action: str,
    subject: object,
    assessment: Assessment | int | None = None,
    old: Any = None,
    new: Any = None,
    **details: Any,
) -> AuditEvent:
    """Add an audit entry to the current transaction; it commits (or rolls back) with the change it records."""
    subject_type, subject_id = _subject_key(subject)
    assessment_id = assessment.id if isinstance(assessment, Assessment) else assessment
    payload: dict[str, Any] = dict(details)
    if old is not None:
        payload["old"] = old
    if new is not None:
        payload["new"] = new
    event = AuditEvent(
        actor_id=actor.id if actor is not None else None,
        actor_name=actor.name if actor is not None else "system",
        action=action,
        subject_type=subject_type,
        subject_id=subject_id,
        assessment_id=assessment_id,
        details=payload,
    )
    db.session.add(event)
    return event
