"""Accounts: creating people, signing in, ending sessions, the first administrator's one-time setup token."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from sqlalchemy import ColumnElement, func, select, update
from werkzeug.security import check_password_hash

from marker.errors import MarkerError
from marker.extensions import db
from marker.store.audit import record_event
from marker.store.models import ROLES, SetupToken, User, hash_password, utcnow

MIN_PASSWORD_LENGTH = 10
SETUP_TOKEN_LIFETIME = timedelta(hours=24)

_dummy_hash: str | None = None


class AccountError(MarkerError):
    """A person could not be created or signed in, for a reason they can fix."""


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def user_count() -> int:
    return db.session.scalar(select(func.count()).select_from(User)) or 0


def _unknown_user_hash() -> str:
    # Made once, with the same method as real passwords, so an unknown name costs as much as a wrong password.
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = hash_password(secrets.token_urlsafe(16))
    return _dummy_hash


def authenticate(username: str, password: str) -> User | None:
    """The active person with this username and password, or None.

    The password is always checked against a hash, even when the name is unknown or the account is off, so
    the time taken does not tell whether a username exists.
    """
    user: User | None = db.session.scalar(select(User).where(User.username == username.strip()))
    matches = check_password_hash(user.password_hash if user is not None else _unknown_user_hash(), password)
    if user is None or not matches or not user.active:
        return None
    return user


def end_sessions(user: User, *, actor: User | None) -> None:
    """Sign a person out everywhere: every cookie issued to them so far stops working. The caller commits."""
    user.end_sessions()
    record_event(actor=actor, action="auth.logout", subject=user)


def set_password(user: User, password: str, *, actor: User | None) -> None:
    """Give a person a new password; it also ends their other sessions. The caller commits."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"The password must be at least {MIN_PASSWORD_LENGTH} characters long.")
    user.set_password(password)
    record_event(actor=actor, action="user.password", subject=user)


def deactivate_user(user: User, *, actor: User | None) -> None:
    """Stop a person signing in, and end the sessions they have now. The caller commits."""
    user.active = False
    user.end_sessions()
    record_event(actor=actor, action="user.deactivate", subject=user, old={"active": True}, new={"active": False})


def create_user(
    username: str,
    password: str,
    roles: list[str] | tuple[str, ...],
    *,
    actor: User | None,
    display_name: str = "",
    email: str = "",
) -> User:
    """Add a person with these roles; the caller commits."""
    username = username.strip()
    if not username:
        raise AccountError("A username is required.")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"The password must be at least {MIN_PASSWORD_LENGTH} characters long.")
    if not roles or set(roles) - set(ROLES):
        raise AccountError(f"Roles must be some of: {', '.join(ROLES)}.")
    if db.session.scalar(select(User).where(User.username == username)) is not None:
        raise AccountError(f"The username {username!r} is already taken.")
    user = User(username=username, display_name=display_name.strip(), email=email.strip())
    user.set_password(password)
    user.set_roles(list(roles))
    db.session.add(user)
    db.session.flush()
    record_event(actor=actor, action="user.create", subject=user, new={"username": username, "roles": sorted(roles)})
    return user


def issue_setup_token(lifetime: timedelta = SETUP_TOKEN_LIFETIME) -> str | None:
    """A new one-time token for creating the first administrator, or None when people already exist.

    Only the newest token works: issuing one spends every earlier one, and each expires after ``lifetime``.
    The caller commits.
    """
    if user_count() > 0:
        return None
    now = utcnow()
    db.session.execute(update(SetupToken).where(SetupToken.used_at.is_(None)).values(used_at=now))
    token = secrets.token_urlsafe(32)
    db.session.add(SetupToken(token_hash=_hash(token), created_at=now, expires_at=now + lifetime))
    return token


def _live(token: str) -> list[ColumnElement[bool]]:
    """The conditions a usable token meets: this hash, unspent, not expired."""
    return [
        SetupToken.token_hash == _hash(token),
        SetupToken.used_at.is_(None),
        SetupToken.expires_at.is_not(None),
        SetupToken.expires_at > utcnow(),
    ]


def setup_token_is_valid(token: str) -> bool:
    """Whether the token was issued, is unspent and unexpired, and no one has been created since."""
    if user_count() > 0:
        return False
    return db.session.scalar(select(SetupToken.id).where(*_live(token))) is not None


def create_first_admin(token: str, username: str, password: str, display_name: str = "") -> User:
    """Redeem the setup token for the first administrator (who may also tutor and moderate); the caller commits,
    and rolls back on AccountError.

    The token is spent by one conditional UPDATE before anything else: of several requests racing with the
    same token, the database lets exactly one change the row, and the others are refused.
    """
    spent = db.session.execute(update(SetupToken).where(*_live(token)).values(used_at=utcnow()))
    if getattr(spent, "rowcount", 0) != 1 or user_count() > 0:
        raise AccountError("This setup link is no longer valid. Restart marker to get a new one.")
    return create_user(username, password, ["admin", "tutor", "moderator"], actor=None, display_name=display_name)
