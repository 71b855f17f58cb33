"""People and governance: accounts, signing in and out, rubric visibility, candidates' data requests, retention.

The store holds the rules of each change (``marker.store.accounts``, ``marker.store.retention``); these use cases
give each one its transaction and audit entry, for the web's admin pages and the command line alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from marker.rubric import RubricLibrary
from marker.service.errors import NotFound
from marker.service.uow import UnitOfWork
from marker.store import accounts, retention
from marker.store.audit import record_event
from marker.store.files import delete_upload
from marker.store.models import Assessment, AuditEvent, RubricSetting, Submission, User
from marker.store.rubrics import is_public


def create_person(
    uow: UnitOfWork,
    username: str,
    password: str,
    roles: Sequence[str],
    *,
    actor: User | None,
    display_name: str = "",
    email: str = "",
) -> User:
    """A new person who can sign in with these roles (AccountError when the name is taken or a role unknown)."""
    with uow.transaction():
        return accounts.create_user(
            username, password, list(roles), actor=actor, display_name=display_name, email=email
        )


@dataclass(frozen=True)
class Dashboard:
    """What the administrator's front page shows: counts and the latest audit entries (no details)."""

    counts: dict[str, int]
    recent: list[AuditEvent]


def dashboard(uow: UnitOfWork) -> Dashboard:
    def count(model: type[Any]) -> int:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0

    recent = list(uow.session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(15)))
    return Dashboard({"people": count(User), "assessments": count(Assessment), "scripts": count(Submission)}, recent)


def everyone(uow: UnitOfWork) -> list[User]:
    """Every person who has an account, by username."""
    return list(uow.session.scalars(select(User).order_by(User.username)))


def person(uow: UnitOfWork, user_id: int) -> User:
    found = uow.session.get(User, user_id)
    if found is None:
        raise NotFound("There is no such person.")
    return found


def record_sign_in(uow: UnitOfWork, user: User) -> None:
    with uow.transaction():
        record_event(actor=user, action="auth.login", subject=user)


def sign_out_everywhere(uow: UnitOfWork, user: User) -> None:
    """End every session of the person: any copy of an earlier cookie stops working."""
    with uow.transaction():
        accounts.end_sessions(user, actor=user)


def issue_setup_token(uow: UnitOfWork) -> str | None:
    """A one-time link token for the first administrator, or None once anyone can sign in."""
    with uow.transaction():
        return accounts.issue_setup_token()


def create_first_admin(uow: UnitOfWork, token: str, username: str, password: str, display_name: str = "") -> User:
    """Redeem the setup token: exactly one of several racing requests creates the administrator."""
    with uow.transaction():
        return accounts.create_first_admin(token, username, password, display_name)


def set_rubric_visibility(
    uow: UnitOfWork, library: RubricLibrary, rubric_id: str, public: bool, *, actor: User
) -> None:
    """Whether candidates may check their reports against a rubric, recorded with its old value."""
    rubric = library.rubrics.get(rubric_id)
    if rubric is None:
        raise NotFound("There is no such rubric.")
    old = is_public(rubric)
    with uow.transaction():
        setting = uow.session.get(RubricSetting, rubric_id) or RubricSetting(rubric_id=rubric_id)
        setting.public = public
        uow.session.add(setting)
        record_event(actor=actor, action="rubric.visibility", subject=("rubric", rubric_id), old=old, new=public)


def export_candidate(uow: UnitOfWork, candidate_number: str, *, actor: User | None) -> dict[str, Any]:
    """Everything held about a candidate (a subject access request), the request itself recorded."""
    with uow.transaction():
        record_event(actor=actor, action="candidate.export", subject=("candidate", "export"))
    return retention.export_candidate(candidate_number)


def _remove_files(stored_names: Sequence[str]) -> None:
    # Only after the commit: a crash before it leaves rows and files together, never a row pointing at nothing.
    for stored_name in stored_names:
        delete_upload(stored_name)


def erase_candidate(uow: UnitOfWork, candidate_number: str, *, actor: User | None) -> int:
    """Delete a candidate's scripts and markings and scrub them from the audit trail; the number erased."""
    with uow.transaction():
        count, stored_names = retention.delete_candidate(candidate_number, actor=actor)
    _remove_files(stored_names)
    return count


def purge_expired(
    uow: UnitOfWork, today: date, *, dry_run: bool = False, actor: User | None = None
) -> retention.PurgeResult:
    """Delete what is past its assessment's retention period (or, ``dry_run``, say what would go)."""
    if dry_run:
        result, _ = retention.delete_expired(today, actor=actor, dry_run=True)
        return result
    with uow.transaction():
        result, stored_names = retention.delete_expired(today, actor=actor)
    _remove_files(stored_names)
    return result
