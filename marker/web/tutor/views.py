"""The tutor pages: assessments, uploads, the marking view, feedback and exports.

Views stay thin: they check access, read the request, call ``services`` (database) and ``marker.marking``
(rules), and render. A MarkerError from either becomes a message on the page.
"""

from __future__ import annotations

import io
import zipfile

from flask import abort, flash, redirect, render_template, request, send_file, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from marker.errors import MarkerError
from marker.extensions import db
from marker.marking import InvalidMarks, Score, UnsafeArchive, build_feedback, feedback_docx, read_scores
from marker.marking.exports import marks_csv, moodle_worksheet_csv, zip_member_names
from marker.marking.feedback import Feedback
from marker.rubric.model import Rubric
from marker.store.models import Assessment, Marking, Submission
from marker.store.rubrics import rubric_of
from marker.web.access import require_member, roles_required
from marker.web.tutor import bp, services
from marker.web.tutor.forms import AssessmentForm, BatchForm, MarkingForm, UploadForm
from marker.web.tutor.marking_page import marking_page, submission_rows

TUTORS = ("tutor", "admin")


def _assessment(assessment_id: int) -> Assessment:
    return require_member(db.session.get(Assessment, assessment_id), "tutor")


def _submission(submission_id: int, *roles: str) -> Submission:
    submission = db.session.get(Submission, submission_id)
    if submission is None:
        abort(404)
    require_member(submission.assessment, *(roles or ("tutor",)))
    return submission


@bp.route("/")
@roles_required(*TUTORS)
def index() -> str:
    return render_template("tutor/index.html", assessments=services.assessments_for(current_user))


@bp.route("/assessments/new", methods=["GET", "POST"])
@roles_required(*TUTORS)
def new_assessment() -> str | Response:
    library = services.rubric_library()
    form = AssessmentForm()
    form.rubric_id.choices = [
        (r.id, f"{r.title} ({r.id})") for r in sorted(library.rubrics.values(), key=lambda r: r.id)
    ]
    if form.validate_on_submit():
        try:
            rubric = library.get(form.rubric_id.data)
            assessment = services.create_assessment(
                rubric,
                title=form.title.data,
                cohort=form.cohort.data,
                deadline=form.deadline.data,
                retention_days=form.retention_days.data,
                actor=current_user,
            )
        except MarkerError as error:
            db.session.rollback()
            flash(error.message, "error")
        else:
            flash(f"Assessment “{assessment.title}” created. Upload the scripts next.", "info")
            return redirect(url_for("tutor.assessment", assessment_id=assessment.id))
    return render_template("tutor/new_assessment.html", form=form)


@bp.route("/assessments/<int:assessment_id>")
@roles_required(*TUTORS)
def assessment(assessment_id: int) -> str:
    found = _assessment(assessment_id)
    rubric = rubric_of(found)
    return render_template(
        "tutor/assessment.html",
        assessment=found,
        rubric=rubric,
        rows=submission_rows(found, rubric, current_user),
        upload_form=UploadForm(),
        batch_form=BatchForm(),
    )


@bp.route("/assessments/<int:assessment_id>/upload", methods=["POST"])
@roles_required(*TUTORS)
def upload(assessment_id: int) -> Response:
    found = _assessment(assessment_id)
    form = UploadForm()
    if not form.validate_on_submit():
        flash("Choose a DOCX or PDF file and give the candidate number.", "error")
        return redirect(url_for("tutor.assessment", assessment_id=found.id))
    file = form.script.data
    try:
        submission = services.add_submission(
            found,
            rubric_of(found),
            file.read(),
            file.filename or "script",
            candidate_number=form.candidate_number.data,
            candidate_name=form.candidate_name.data or "",
            actor=current_user,
        )
    except MarkerError as error:
        db.session.rollback()
        flash(error.message, "error")
    else:
        if submission.check_error:
            flash(f"Uploaded, but it could not be checked: {submission.check_error}", "error")
        else:
            flash(f"Script for candidate {submission.candidate_number} uploaded and checked.", "info")
    return redirect(url_for("tutor.assessment", assessment_id=found.id))


@bp.route("/assessments/<int:assessment_id>/batch", methods=["POST"])
@roles_required(*TUTORS)
def batch(assessment_id: int) -> str | Response:
    found = _assessment(assessment_id)
    form = BatchForm()
    if not form.validate_on_submit():
        flash("Choose a zip file of scripts.", "error")
        return redirect(url_for("tutor.assessment", assessment_id=found.id))
    try:
        rows = services.upload_batch(found, rubric_of(found), form.archive.data.read(), actor=current_user)
    except UnsafeArchive as error:
        flash(error.message, "error")
        return redirect(url_for("tutor.assessment", assessment_id=found.id))
    counts = {outcome: sum(row.outcome == outcome for row in rows) for outcome in ("checked", "not_checked", "refused")}
    return render_template("tutor/batch_result.html", assessment=found, rows=rows, counts=counts)


@bp.route("/submissions/<int:submission_id>/mark", methods=["GET", "POST"])
@roles_required("tutor", "moderator", "admin")
def mark(submission_id: int) -> str | Response | tuple[str, int]:
    submission = _submission(submission_id, "tutor", "moderator")
    rubric = rubric_of(submission.assessment)
    try:
        marking = services.open_marking(submission, current_user)
    except MarkerError as error:
        db.session.rollback()
        flash(error.message, "error")
        return redirect(url_for("tutor.assessment", assessment_id=submission.assessment_id))
    form = MarkingForm()
    if request.method == "GET":
        form.version.data = str(marking.version)
        form.overall_comment.data = marking.overall_comment
        return _render_marking(submission, rubric, marking, form, services.scores_of(marking, rubric))
    if not form.validate_on_submit() or not (form.version.data or "").isdigit():
        abort(400)
    action = request.form.get("action", "save")
    posted = _posted_scores(rubric, marking)
    if isinstance(posted, InvalidMarks):
        return _render_marking(submission, rubric, marking, form, {}, problems=posted), 400
    if action.startswith("bank:") or action.startswith("bankverb:"):
        return _add_to_bank(submission, rubric, marking, form, posted, action)
    try:
        services.save_marking(
            marking,
            rubric,
            posted,
            overall_comment=form.overall_comment.data or "",
            opened_version=int(form.version.data),
            final=action == "submit",
            actor=current_user,
        )
    except InvalidMarks as error:
        db.session.rollback()
        return _render_marking(submission, rubric, marking, form, posted, problems=error), 400
    except services.StaleMarking as error:
        db.session.rollback()
        db.session.refresh(marking)
        flash(error.message, "error")
        # Show what is saved now, not the refused attempt: saving again must never overwrite unseen changes.
        form.overall_comment.data = marking.overall_comment
        saved = services.scores_of(marking, rubric)
        return _render_marking(submission, rubric, marking, form, saved, stale=True), 409
    except MarkerError as error:
        db.session.rollback()
        flash(error.message, "error")
        return _render_marking(submission, rubric, marking, form, posted), 400
    if action == "submit":
        flash(f"Marks for candidate {submission.candidate_number} submitted as final.", "info")
        return redirect(url_for("tutor.assessment", assessment_id=submission.assessment_id))
    flash("Draft saved.", "info")
    return redirect(url_for("tutor.mark", submission_id=submission.id))


def _posted_scores(rubric: Rubric, marking: Marking) -> dict[str, Score] | InvalidMarks:
    """The form's scores, with any comment picked from the bank appended (this is how it works without JS)."""
    try:
        scores = read_scores(rubric, request.form)
    except InvalidMarks as error:
        return error
    bank = {
        str(entry.id): entry.text
        for entries in services.comment_bank(current_user, rubric).values()
        for entry in entries
    }
    for part in rubric.parts:
        picked = bank.get(request.form.get(f"bank-{part.id}", ""))
        if picked and part.id in scores:
            score = scores[part.id]
            comment = f"{score.comment}\n{picked}".strip() if picked not in score.comment else score.comment
            scores[part.id] = Score(part.id, score.mark, comment, score.criteria, score.achieved)
    return scores


def _add_to_bank(
    submission: Submission, rubric: Rubric, marking: Marking, form: MarkingForm, posted: dict[str, Score], action: str
) -> str | tuple[str, int]:
    part_id = action.split(":", 1)[1]
    try:
        services.add_to_bank(
            current_user,
            rubric,
            part_id,
            posted.get(part_id, Score(part_id)).comment,
            for_verb=action.startswith("bankverb:"),
        )
    except (MarkerError, KeyError) as error:
        db.session.rollback()
        flash(getattr(error, "message", "There is no such part."), "error")
        return _render_marking(submission, rubric, marking, form, posted), 400
    flash("Comment added to your bank. Your marks are not saved yet: save the draft to keep them.", "info")
    return _render_marking(submission, rubric, marking, form, posted)


def _render_marking(
    submission: Submission,
    rubric: Rubric,
    marking: Marking,
    form: MarkingForm,
    scores: dict[str, Score],
    *,
    problems: InvalidMarks | None = None,
    stale: bool = False,
) -> str:
    # After a POST the fields show what was typed (even when refused), never silently the saved values.
    raw = request.form if request.method == "POST" and not stale else None
    page = marking_page(submission, rubric, marking, scores, current_user, raw=raw, problems=problems)
    if stale:
        form.version.data = str(marking.version)
    return render_template("tutor/mark.html", page=page, form=form, submission=submission, marking=marking, stale=stale)


def _final_marking(submission: Submission) -> Marking:
    marking = services.result_marking(submission)
    if marking is None or marking.status != "final":
        abort(404, description="There is no final marking for this script yet.")
    if not services.may_see(submission, marking, current_user):
        abort(403)  # blind second marking: another marker's marks stay hidden until both are in
    return marking


def _feedback(submission: Submission, rubric: Rubric) -> Feedback:
    marking = _final_marking(submission)
    return build_feedback(
        rubric,
        services.scores_of(marking, rubric),
        candidate_number=submission.candidate_number,
        candidate_name=submission.candidate_name,
        assessment_title=submission.assessment.title,
        cohort=submission.assessment.cohort,
        overall_comment=marking.overall_comment,
        report=submission.check_report,
        marker_name=marking.marker.name if marking.marker is not None else "",
        marked_on=(marking.submitted_at or marking.updated_at).date(),
    )


@bp.route("/submissions/<int:submission_id>/feedback")
@roles_required(*TUTORS)
def feedback(submission_id: int) -> str:
    submission = _submission(submission_id)
    sheet = _feedback(submission, rubric_of(submission.assessment))
    return render_template("tutor/feedback.html", feedback=sheet, submission=submission)


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@bp.route("/submissions/<int:submission_id>/feedback.docx")
@roles_required(*TUTORS)
def feedback_download(submission_id: int) -> Response:
    submission = _submission(submission_id)
    sheet = _feedback(submission, rubric_of(submission.assessment))
    return send_file(
        io.BytesIO(feedback_docx(sheet)),
        mimetype=DOCX_TYPE,
        as_attachment=True,
        download_name=f"{sheet.filename_stem}.docx",
    )


@bp.route("/assessments/<int:assessment_id>/feedback.zip")
@roles_required(*TUTORS)
def feedback_zip(assessment_id: int) -> Response:
    found = _assessment(assessment_id)
    rubric = rubric_of(found)
    buffer = io.BytesIO()
    sheets: list[tuple[int, Feedback]] = []
    for submission in found.submissions:
        marking = services.result_marking(submission)
        if marking is None or marking.status != "final" or not services.may_see(submission, marking, current_user):
            continue
        sheets.append((submission.id, _feedback(submission, rubric)))
    names = zip_member_names([(sheet.filename_stem, ident) for ident, sheet in sheets], ".docx")
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, (_, sheet) in zip(names, sheets, strict=True):
            archive.writestr(name, feedback_docx(sheet))
    if not sheets:
        abort(404, description="No script of this assessment has a final marking yet.")
    return send_file(
        io.BytesIO(buffer.getvalue()),
        mimetype="application/zip",
        as_attachment=True,
        download_name=f"feedback_{found.id}.zip",
    )


def _csv(text: str, name: str) -> Response:
    # A byte-order mark so Excel reads the UTF-8 names correctly; csv readers skip it with utf-8-sig.
    return send_file(
        io.BytesIO(("\ufeff" + text).encode("utf-8")), mimetype="text/csv", as_attachment=True, download_name=name
    )


@bp.route("/assessments/<int:assessment_id>/marks.csv")
@roles_required(*TUTORS)
def marks_export(assessment_id: int) -> Response:
    found = _assessment(assessment_id)
    rubric = rubric_of(found)
    scripts = services.marked_scripts(found.submissions, rubric, final_only=False, viewer=current_user)
    return _csv(marks_csv(rubric, scripts), f"marks_{found.id}.csv")


@bp.route("/assessments/<int:assessment_id>/moodle.csv")
@roles_required(*TUTORS)
def moodle_export(assessment_id: int) -> Response:
    found = _assessment(assessment_id)
    rubric = rubric_of(found)
    scripts = services.marked_scripts(found.submissions, rubric, final_only=True, viewer=current_user)
    return _csv(moodle_worksheet_csv(rubric, scripts), f"moodle_grading_worksheet_{found.id}.csv")
