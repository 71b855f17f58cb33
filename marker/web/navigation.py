"""The navigation a person sees, by their roles."""

from __future__ import annotations

from dataclasses import dataclass

from flask import request, url_for
from flask_login import current_user


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str
    current: bool


def navigation_for() -> list[NavItem]:
    """Links for the signed-in person's roles; the public check for everyone."""
    entries: list[tuple[str, str]] = []
    if current_user.is_authenticated:
        if current_user.has_role("tutor", "admin"):
            entries.append(("Marking", "tutor.index"))
        if current_user.has_role("moderator", "admin"):
            entries.append(("Moderation", "moderator.index"))
        if current_user.has_role("admin"):
            entries.append(("Administration", "admin.index"))
    entries.append(("Check my report", "candidate.index"))
    current_blueprint = request.blueprint or ""
    return [
        NavItem(label, url_for(endpoint), current=endpoint.split(".")[0] == current_blueprint)
        for label, endpoint in entries
    ]
