"""Accounts: creating people, the first administrator's one-time setup token."""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import func, select

from marker.errors import MarkerError
from marker.extensions import db
from marker.store.audit import record_event
from marker.store.models import ROLES, SetupToken, User, utcnow

MIN_PASSWORD_LENGTH = 10


class AccountError(MarkerError):
    """A person could not be created or signed in, for a reason they can fix."""


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def user_count() -> int:
    return db.session.scalar(select(func.count()).select_from(User)) or 0


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


def issue_setup_token() -> str | None:
    """A new one-time token for creating the first administrator, or None when people already exist."""
    if user_count() > 0:
        return None
    token = secrets.token_urlsafe(32)
    db.session.add(SetupToken(token_hash=_hash(token)))
    db.session.commit()
    return token


def setup_token_is_valid(token: str) -> bool:
    """Whether the token was issued, is unused, and no one has been created since."""
    if user_count() > 0:
        return False
    row = db.session.scalar(select(SetupToken).where(SetupToken.token_hash == _hash(token)))
    return row is not None and row.used_at is None


def create_first_admin(token: str, username: str, password: str, display_name: str = "") -> User:
    """Redeem the setup token for the first administrator (who may also tutor and moderate)."""
    if not setup_token_is_valid(token):
        raise AccountError("This setup link is no longer valid. Restart marker to get a new one.")
    row = db.session.scalar(select(SetupToken).where(SetupToken.token_hash == _hash(token)))
    assert row is not None
    row.used_at = utcnow()
    user = create_user(username, password, ["admin", "tutor", "moderator"], actor=None, display_name=display_name)
    db.session.commit()
    return user
