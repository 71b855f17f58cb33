"""People and governance: accounts, signing in and out, rubric visibility, candidates' data requests, retention.

The store holds the rules of each change (``marker.store.accounts``, ``marker.store.retention``); these use cases
give each one its transaction and audit entry, for the web's admin pages and the command line alike.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import func, select, update

from marker.config import secret_key
from marker.rubric import RubricLibrary
from marker.service.errors import NotFound, Refused
from marker.service.uow import UnitOfWork
from marker.store import accounts, models, retention
from marker.store.audit import record_event
from marker.store.files import delete_upload
from marker.store.models import ROLES, Assessment, AuditEvent, RubricSetting, Submission, User, new_session_token
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


def _active_admins(uow: UnitOfWork) -> list[User]:
    return [user for user in everyone(uow) if user.active and user.has_role("admin")]


def update_person(
    uow: UnitOfWork, user: User, *, display_name: str, email: str, roles: Sequence[str], actor: User | None
) -> None:
    """Change a person's name, email and roles, recording old and new; the last active administrator stays one."""
    wanted = sorted(set(roles))
    if not wanted or set(wanted) - set(ROLES):
        raise Refused(f"Roles must be some of: {', '.join(ROLES)}.")
    if "admin" not in wanted and user.active and _active_admins(uow) == [user]:
        raise Refused("This is the last active administrator: make someone else an administrator first.")
    old: dict[str, Any] = {"display_name": user.display_name, "email": user.email, "roles": sorted(user.roles)}
    new: dict[str, Any] = {"display_name": display_name.strip(), "email": email.strip(), "roles": wanted}
    if new == old:
        return
    with uow.transaction():
        user.display_name = display_name.strip()
        user.email = email.strip()
        if wanted != old["roles"]:
            user.set_roles(wanted)
        record_event(actor=actor, action="user.update", subject=user, old=old, new=new)


def set_active(uow: UnitOfWork, user: User, active: bool, *, actor: User | None) -> None:
    """Deactivate a person (they cannot sign in, their sessions end, their markings stay) or reactivate them."""
    if active == user.active:
        return
    if not active and actor is not None and user.id == actor.id:
        raise Refused("You cannot deactivate yourself.")
    if not active and user.has_role("admin") and _active_admins(uow) == [user]:
        raise Refused("This is the last active administrator.")
    with uow.transaction():
        if active:
            user.active = True
            record_event(
                actor=actor, action="user.reactivate", subject=user, old={"active": False}, new={"active": True}
            )
        else:
            accounts.deactivate_user(user, actor=actor)


# A reset link names the person and a fingerprint of their password and session token, signed with the secret
# key and timed. Setting any password (or issuing a newer link, which ends their sessions) changes the
# fingerprint, so each link works once, only until the next, and never after it expires: no table needed.
RESET_SALT = "marker.password-reset"
RESET_LIFETIME_S = 24 * 3600


def _fingerprint(user: User) -> str:
    return hashlib.sha256(f"{user.password_hash}:{user.session_token}".encode()).hexdigest()[:32]


def _reset_signer(uow: UnitOfWork) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret_key(uow.settings), salt=RESET_SALT)


def issue_password_reset(uow: UnitOfWork, user: User, *, actor: User | None) -> str:
    """A one-time token for a link that lets the person choose a new password; ends their sessions now."""
    if not user.active:
        raise Refused(f"{user.username} is deactivated: reactivate them before resetting their password.")
    with uow.transaction():
        user.end_sessions()  # spends earlier links too: their fingerprint no longer matches
        record_event(actor=actor, action="user.password_reset_issued", subject=user)
    return str(_reset_signer(uow).dumps({"user": user.id, "print": _fingerprint(user)}))


def password_reset_person(uow: UnitOfWork, token: str) -> User | None:
    """The active person a reset token is for, if it is genuine, unexpired and unspent."""
    try:
        claim = _reset_signer(uow).loads(token, max_age=RESET_LIFETIME_S)
    except BadSignature:
        return None
    if not isinstance(claim, dict) or not isinstance(claim.get("user"), int):
        return None
    user = uow.session.get(User, claim["user"])
    if user is None or not user.active or claim.get("print") != _fingerprint(user):
        return None
    return user


def reset_password(uow: UnitOfWork, token: str, password: str) -> User:
    """Redeem a reset token: the new password is set once, by a conditional UPDATE, however many race."""
    user = password_reset_person(uow, token)
    if user is None:
        raise accounts.AccountError("This link is no longer valid. Ask an administrator for a new one.")
    if len(password) < accounts.MIN_PASSWORD_LENGTH:
        raise accounts.AccountError(f"The password must be at least {accounts.MIN_PASSWORD_LENGTH} characters long.")
    with uow.transaction():
        changed = uow.session.execute(
            update(User)
            .where(User.id == user.id, User.session_token == user.session_token)
            .values(password_hash=models.hash_password(password), session_token=new_session_token())
            .execution_options(synchronize_session=False)
        )
        if changed.rowcount != 1:  # type: ignore[attr-defined]
            raise accounts.AccountError("This link is no longer valid. Ask an administrator for a new one.")
        record_event(actor=user, action="user.password_reset", subject=user)
    uow.session.refresh(user)
    return user


def person_named(uow: UnitOfWork, username: str) -> User:
    found = uow.session.scalar(select(User).where(User.username == username.strip()))
    if found is None:
        raise NotFound(f"No one has the username {username.strip()!r}.")
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
