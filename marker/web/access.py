"""Who may use each route: every view declares it with exactly one of these decorators.

The role-by-route test reads the ``access`` attribute they set, so a view without a declaration fails the suite
rather than silently becoming public. What a person may see *inside* an assessment (membership, blind marking)
is the application layer's one policy, ``marker.service.access``; ``uow()`` hands views the unit of work every
use case takes.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from flask import current_app
from flask_login import current_user

from marker.extensions import db
from marker.service.uow import UnitOfWork

View = TypeVar("View", bound=Callable[..., Any])

PUBLIC = "public"
SIGNED_IN = "signed-in"


def uow() -> UnitOfWork:
    """The unit of work of this request: the request's session, the app's settings and its job queue."""
    # The queue is wired by the app factory (marker.jobs); the web only hands it on.
    return UnitOfWork(db.session, current_app.config["MARKER_SETTINGS"], jobs=current_app.extensions.get("marker.jobs"))


def _declare(view: Callable[..., Any], access: tuple[str, ...]) -> None:
    view.access = access  # type: ignore[attr-defined]


def public(view: View) -> View:
    """Anyone, signed in or not (the candidate check, sign-in, error pages)."""
    _declare(view, (PUBLIC,))
    return view


def _unauthorised() -> Any:
    from marker.extensions import login_manager

    return login_manager.unauthorized()


def login_required_any(view: View) -> View:
    """Anyone signed in, whatever their roles."""

    @wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if not current_user.is_authenticated:
            return _unauthorised()
        return view(*args, **kwargs)

    _declare(wrapped, (SIGNED_IN,))
    return wrapped  # type: ignore[return-value]


def roles_required(*roles: str) -> Callable[[View], View]:
    """Signed-in people holding any of these roles; others get 403."""

    def decorate(view: View) -> View:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if not current_user.is_authenticated:
                return _unauthorised()
            if not current_user.has_role(*roles):
                from flask import abort

                abort(403)
            return view(*args, **kwargs)

        _declare(wrapped, roles)
        return wrapped  # type: ignore[return-value]

    return decorate
