"""Who may use each route. Every view declares it with exactly one of these decorators.

The role-by-route test reads the ``access`` attribute they set, so a view without a declaration fails the
suite rather than silently becoming public.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from flask import abort
from flask_login import current_user

from marker.store.models import Assessment

View = TypeVar("View", bound=Callable[..., Any])

PUBLIC = "public"
SIGNED_IN = "signed-in"


def _declare(view: Callable[..., Any], access: tuple[str, ...]) -> None:
    view.access = access  # type: ignore[attr-defined]


def public(view: View) -> View:
    """Anyone, signed in or not (the candidate check, sign-in, error pages)."""
    _declare(view, (PUBLIC,))
    return view


def login_required_any(view: View) -> View:
    """Anyone signed in, whatever their roles."""

    @wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if not current_user.is_authenticated:
            from marker.extensions import login_manager

            return login_manager.unauthorized()
        return view(*args, **kwargs)

    _declare(wrapped, (SIGNED_IN,))
    return wrapped  # type: ignore[return-value]


def roles_required(*roles: str) -> Callable[[View], View]:
    """Signed-in people holding any of these roles; others get 403."""

    def decorate(view: View) -> View:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if not current_user.is_authenticated:
                from marker.extensions import login_manager

                return login_manager.unauthorized()
            if not current_user.has_role(*roles):
                abort(403)
            return view(*args, **kwargs)

        _declare(wrapped, roles)
        return wrapped  # type: ignore[return-value]

    return decorate


def require_member(assessment: Assessment | None, *roles: str) -> Assessment:
    """The assessment, if the current person belongs to it in one of these roles (administrators always do)."""
    if assessment is None or assessment.purged_at is not None:
        abort(404)
    if current_user.has_role("admin"):
        return assessment
    if not assessment.member_roles(current_user).intersection(roles):
        abort(403)
    return assessment
