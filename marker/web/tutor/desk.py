"""The marking desk's background save: drafts saved as the tutor types (marking.js), under the same rules.

The page's form is posted as it is; the answer is JSON for the script to show ("Saved 10:42") and to carry the
new version into the form, so the next save (automatic or pressed) is checked against what was saved last.
"""

from __future__ import annotations

from flask import jsonify, request
from flask_login import current_user
from werkzeug.wrappers import Response

from marker.errors import MarkerError
from marker.extensions import db
from marker.marking import InvalidMarks, read_scores
from marker.service import access, markings
from marker.service.errors import StaleMarking
from marker.store.models import Submission
from marker.store.rubrics import rubric_of
from marker.web.access import roles_required, uow
from marker.web.tutor import bp
from marker.web.tutor.forms import MarkingForm


def _answer(status: int, **body: object) -> tuple[Response, int]:
    return jsonify(body), status


@bp.route("/submissions/<int:submission_id>/autosave", methods=["POST"])
@roles_required("tutor", "moderator", "admin")
def autosave(submission_id: int) -> tuple[Response, int]:
    """Save the typed marks as a draft; 409 when stale or closed, 422 when a mark is not one (nothing saved)."""
    submission = access.require_script(current_user, db.session.get(Submission, submission_id), "tutor", "moderator")
    marking = markings.marking_of(submission, current_user)
    if marking is None:
        return _answer(409, saved=False, error="Start marking this script first.")
    form = MarkingForm()
    if not form.validate_on_submit() or not (form.version.data or "").isdigit():
        return _answer(400, saved=False, error="The page is out of date: reload it.")
    rubric = rubric_of(submission.assessment)
    try:
        scores = read_scores(rubric, request.form)
        markings.save_marking(
            uow(),
            marking,
            rubric,
            scores,
            overall_comment=form.overall_comment.data or "",
            opened_version=int(form.version.data),
            final=False,
            actor=current_user,
        )
    except InvalidMarks as error:
        return _answer(422, saved=False, error=f"Not saved: {error.message}")
    except StaleMarking as error:
        return _answer(409, saved=False, stale=True, error=error.message)
    except MarkerError as error:
        return _answer(409, saved=False, error=error.message)
    return _answer(200, saved=True, version=marking.version, at=marking.updated_at.strftime("%H:%M:%S"))
