"""The one access policy: who may see or change what, asked by every page, download, export, zip and job.

Each question has one function. Membership: ``require_assessment`` / ``require_script``. Blind marking:
``script_view`` answers "what may this person see of this script, now?", and ``visible_markings``,
``visible_audit`` and ``may_switch_blind_off`` are built on it, so a route that shows marks or audit details can
only get them through here. The rule of blind marking itself is the pure core's
(``marker.moderation.visibility``); this module decides which role a person holds on a script.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from marker.moderation.model import MARKER_ROLES
from marker.moderation.visibility import may_see_other_marks, visible_roles
from marker.service.errors import AccessDenied, NotFound
from marker.store.models import Assessment, ExportJob, Marking, Submission, User

ADMIN = "admin"
# Who may ask for each export of an assessment: the feedback zip is the tutors', the EQA pack the moderators'.
EXPORT_ROLES = {"feedback_zip": "tutor", "eqa_pack": "moderator"}


def member_roles(user: User, assessment: Assessment) -> frozenset[str]:
    """The person's roles in the assessment (``tutor``, ``moderator``); an administrator holds both."""
    if user.has_role(ADMIN):
        return frozenset({"tutor", "moderator"})
    return frozenset(assessment.member_roles(user))


def require_assessment(user: User, assessment: Assessment | None, *roles: str) -> Assessment:
    """The assessment, if it exists and the person belongs to it in one of ``roles``."""
    if assessment is None or assessment.purged_at is not None:
        raise NotFound("There is no such assessment.")
    if not member_roles(user, assessment).intersection(roles):
        raise AccessDenied("You are not a member of this assessment.")
    return assessment


def require_script(user: User, submission: Submission | None, *roles: str) -> Submission:
    """The script, if it exists and the person belongs to its assessment in one of ``roles``."""
    if submission is None:
        raise NotFound("There is no such script.")
    require_assessment(user, submission.assessment, *roles)
    return submission


def may_start_marking(user: User, submission: Submission) -> bool:
    """Whether the person may take the first marking of a script: its assessment's tutors."""
    return "tutor" in member_roles(user, submission.assessment)


def marker_role(user: User, submission: Submission) -> str | None:
    """The person's marker role on the script (``first``, ``second``, ``third``), if they mark it."""
    for marking in submission.markings:
        if marking.marker_id == user.id and marking.role in MARKER_ROLES:
            return marking.role
    return None


def viewer_role(user: User, submission: Submission) -> str:
    """The role a person sees a script in: as its marker first of all, whatever else they are."""
    own = marker_role(user, submission)
    if own is not None:
        return own
    if user.has_role(ADMIN):
        return ADMIN
    if "moderator" in submission.assessment.member_roles(user):
        return "moderator"
    return "tutor"


@dataclass(frozen=True)
class ScriptView:
    """What one person may see of one script's marks now."""

    viewer_id: int
    viewer_role: str
    roles: frozenset[str]
    sees_others: bool

    def shows(self, marking: Marking) -> bool:
        """Whether this marking's marks, comments and result may be shown to the viewer."""
        return marking.marker_id == self.viewer_id or marking.role in self.roles


def script_view(user: User, submission: Submission) -> ScriptView:
    """What blind marking lets this person see of this script, now."""
    role = viewer_role(user, submission)
    statuses = {marking.role: marking.status for marking in submission.markings}
    blind = submission.assessment.blind_second_marking
    return ScriptView(
        viewer_id=user.id,
        viewer_role=role,
        roles=frozenset(visible_roles(blind, role, statuses)),
        sees_others=may_see_other_marks(blind, role, statuses),
    )


def visible_markings(user: User, submission: Submission) -> list[Marking]:
    """The script's markings whose marks the person may see (their own always)."""
    view = script_view(user, submission)
    return [marking for marking in submission.markings if view.shows(marking)]


def visible_marking(user: User, submission: Submission, role: str) -> Marking | None:
    """The script's marking in ``role``, if there is one and the person may see it."""
    return next((m for m in visible_markings(user, submission) if m.role == role), None)


def require_sees_all(user: User, submission: Submission) -> ScriptView:
    """The person's view of the script, if it shows every marking (to agree marks); else refused."""
    view = script_view(user, submission)
    if not view.sees_others:
        raise AccessDenied("You mark this script: agree marks once every marking is in.")
    return view


def blind_window_open(user: User, assessment: Assessment) -> bool:
    """Whether the person marks a script of the assessment whose other markings are still hidden from them."""
    return any(
        marker_role(user, submission) is not None and not script_view(user, submission).sees_others
        for submission in assessment.submissions
    )


def may_switch_blind_off(user: User, assessment: Assessment) -> bool:
    """Blind marking may be switched off only by someone who is not, at that moment, a blind marker in it."""
    return "moderator" in member_roles(user, assessment) and not blind_window_open(user, assessment)


def hidden_scripts(user: User, submissions: Iterable[Submission]) -> set[int]:
    """Ids of the scripts some of whose markings the person may not see (audit details about them are hidden)."""
    return {submission.id for submission in submissions if not script_view(user, submission).sees_others}


def may_manage_members(user: User, assessment: Assessment) -> bool:
    """Whether the person may add and remove the assessment's tutors and moderators: its owner, or an admin."""
    return user.has_role(ADMIN) or (assessment.created_by_id is not None and assessment.created_by_id == user.id)


def require_manages_members(user: User, assessment: Assessment | None) -> Assessment:
    """The assessment, if the person may manage its people (its owner keeps this even after leaving its tutors)."""
    if assessment is None or assessment.purged_at is not None:
        raise NotFound("There is no such assessment.")
    if not may_manage_members(user, assessment):
        raise AccessDenied("Only the assessment's owner or an administrator can change who works on it.")
    return assessment


def may_reopen(user: User, marking: Marking) -> bool:
    """Whether the person may reopen a final marking: its marker, or a moderator (or admin) of the assessment."""
    if marking.marker_id is not None and marking.marker_id == user.id:
        return True
    return "moderator" in member_roles(user, marking.submission.assessment)


def require_export_request(user: User, assessment: Assessment | None, kind: str) -> Assessment:
    """The assessment, if the person may ask for this kind of export of it (built with what they may see)."""
    if kind not in EXPORT_ROLES:
        raise NotFound("There is no such export.")
    return require_assessment(user, assessment, EXPORT_ROLES[kind])


def require_export(user: User, export: ExportJob | None) -> ExportJob:
    """A requested export, if this person asked for it and still may: it holds what THEY could see when built."""
    if export is None:
        raise NotFound("There is no such export.")
    if export.requested_by_id != user.id:
        raise AccessDenied("Only the person who asked for this file may see or download it.")
    require_export_request(user, export.assessment, export.kind)
    return export
