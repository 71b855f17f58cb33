"""The marking desk's background save (drafts saved as the tutor types, by marking.js, under the same rules),
and a script's life after upload: replaced by a resubmission, withdrawn, or its final marking reopened.

The page's form is posted as it is; the answer is JSON for the script to show ("Saved 10:42") and to carry the
new version into the form, so the next save (automatic or pressed) is checked against what was saved last.
"""

from __future__ import annotations

import io
from datetime import date

from flask import flash, jsonify, redirect, render_template, request, send_file, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from werkzeug.wrappers import Response
from wtforms import TextAreaField
from wtforms.validators import DataRequired, Length

from marker.errors import MarkerError
from marker.marking import InvalidMarks, read_scores
from marker.service import assessments, markings, scripts
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
    submission = assessments.load_script(uow(), current_user, submission_id, "tutor", "moderator")
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


class ReplaceForm(FlaskForm):
    script = FileField("The resubmitted file (DOCX or PDF)", validators=[FileRequired()])


class ReasonForm(FlaskForm):
    reason = TextAreaField("Why", validators=[DataRequired(), Length(max=2000)])


def _script(submission_id: int) -> Submission:
    return assessments.load_script(uow(), current_user, submission_id, "tutor")


@bp.route("/submissions/<int:submission_id>/script", methods=["GET"])
@roles_required("tutor", "admin")
def script_actions(submission_id: int) -> str:
    """Replace the script with a resubmission, or withdraw it."""
    submission = _script(submission_id)
    return render_template(
        "tutor/script_actions.html", submission=submission, replace_form=ReplaceForm(), withdraw_form=ReasonForm()
    )


@bp.route("/submissions/<int:submission_id>/replace", methods=["POST"])
@roles_required("tutor", "admin")
def replace(submission_id: int) -> Response:
    submission = _script(submission_id)
    form = ReplaceForm()
    if not form.validate_on_submit():
        flash("Choose the resubmitted DOCX or PDF file.", "error")
        return redirect(url_for("tutor.script_actions", submission_id=submission.id))
    file = form.script.data
    try:
        scripts.replace_script(
            uow(),
            submission,
            rubric_of(submission.assessment),
            file.read(),
            file.filename or "script",
            actor=current_user,
            today=date.today(),
        )
    except MarkerError as error:
        flash(error.message, "error")
        return redirect(url_for("tutor.script_actions", submission_id=submission.id))
    flash(f"The script of candidate {submission.candidate_number} is replaced and checked again.", "info")
    return redirect(url_for("tutor.mark", submission_id=submission.id))


@bp.route("/submissions/<int:submission_id>/withdraw", methods=["POST"])
@roles_required("tutor", "admin")
def withdraw(submission_id: int) -> Response:
    submission = _script(submission_id)
    form = ReasonForm()
    assessment_id, number = submission.assessment_id, submission.candidate_number
    if not form.validate_on_submit():
        flash("Say why the script is withdrawn.", "error")
        return redirect(url_for("tutor.script_actions", submission_id=submission.id))
    try:
        scripts.withdraw_script(uow(), submission, form.reason.data, actor=current_user)
    except MarkerError as error:
        flash(error.message, "error")
        return redirect(url_for("tutor.script_actions", submission_id=submission.id))
    flash(f"The script of candidate {number} is withdrawn.", "info")
    return redirect(url_for("tutor.assessment", assessment_id=assessment_id))


@bp.route("/submissions/<int:submission_id>/reopen", methods=["POST"])
@roles_required("tutor", "moderator", "admin")
def reopen(submission_id: int) -> Response:
    """Reopen the person's own final marking of the script, with a reason."""
    submission = assessments.load_script(uow(), current_user, submission_id, "tutor", "moderator")
    marking = markings.marking_of(submission, current_user)
    form = ReasonForm()
    if marking is None or not form.validate_on_submit():
        flash("Say why the marking is reopened.", "error")
        return redirect(url_for("tutor.mark", submission_id=submission.id))
    try:
        scripts.reopen_marking(uow(), marking, form.reason.data, actor=current_user)
    except MarkerError as error:
        flash(error.message, "error")
    else:
        flash("The marking is open again as a draft.", "info")
    return redirect(url_for("tutor.mark", submission_id=submission.id))


@bp.route("/submissions/<int:submission_id>/original")
@roles_required("tutor", "moderator", "admin")
def original(submission_id: int) -> Response:
    """The script as submitted, as a download (the browser's or the computer's viewer opens it beside the page)."""
    found = scripts.original_of(
        current_user, assessments.load_script(uow(), current_user, submission_id, "tutor", "moderator")
    )
    return send_file(io.BytesIO(found.data), mimetype=found.mimetype, as_attachment=True, download_name=found.name)
