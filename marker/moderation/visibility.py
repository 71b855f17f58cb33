"""Blind second marking: whether a person viewing a script may see the other markers' marks and comments.

The application layer's access policy (``marker.service.access``) asks these functions for every page, export
and zip, so the rule lives in one place.
With blind second marking, neither the first nor the second marker sees the other's marks until both have
submitted; a third marker sees the others only once they have submitted their own. Moderators see everything.
"""

from __future__ import annotations

from collections.abc import Mapping

from marker.moderation.model import MARKER_ROLES

SEE_ALL_ROLES = ("moderator", "admin")


def may_see_other_marks(assessment_blind: bool, viewer_role: str, statuses: Mapping[str, str]) -> bool:
    """Whether a viewer in ``viewer_role`` may see other markers' marks on a script.

    ``viewer_role`` is the viewer's role on the script: ``first``/``second``/``third`` for its markers,
    ``moderator`` or ``admin`` otherwise. ``statuses`` maps each marking role on the script to its status
    (``allocated``, ``draft``, ``final``). Anyone else (a tutor not marking the script) sees nothing when marking
    is blind.
    """
    if viewer_role in SEE_ALL_ROLES or viewer_role == "agreed":
        return True
    if not assessment_blind:
        return True
    if viewer_role not in MARKER_ROLES:
        return False
    required = {"first", "second"} | ({viewer_role} if viewer_role == "third" else set())
    return all(statuses.get(role) == "final" for role in required)


def visible_roles(assessment_blind: bool, viewer_role: str, statuses: Mapping[str, str]) -> set[str]:
    """The marking roles on a script whose marks and comments the viewer may see (their own included)."""
    own = {viewer_role} if viewer_role in statuses else set()
    if not may_see_other_marks(assessment_blind, viewer_role, statuses):
        return own
    if viewer_role in SEE_ALL_ROLES or not assessment_blind:
        return set(statuses)
    # Blind, but the first and second markings are in: show the others' submitted markings, never a draft.
    return own | {role for role, status in statuses.items() if status == "final"}
