"""The tutor pages: assessments, uploads, the marking view, feedback and exports.

Views stay thin: they read the request, call the application layer (``marker.service``), which applies the one
access policy and the core's rules, and render. A MarkerError becomes a message on the page.
"""

from __future__ import annotations

import io

from flask import abort, flash, redirect, render_template, request, send_file, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from marker.errors import MarkerError
from marker.marking import InvalidMarks, Score, feedback_docx, read_scores
from marker.marking.exports import marks_csv, moodle_worksheet_csv
from marker.rubric.model import Rubric
from marker.service import access, assessments, check_jobs, markings, results, similarity, submissions
from marker.service.checking import rubric_library
from marker.service.errors import StaleMarking
from marker.service.export_jobs import FEEDBACK_ZIP
from marker.store.models import CHECK_DONE, CHECK_FAILED, Assessment, Marking, Submission
from marker.store.rubrics import rubric_of
from marker.web.access import roles_required, uow
from marker.web.exports.views import request_or_show
from marker.web.tutor import bp, script_list
from marker.web.tutor.forms import AssessmentForm, BatchForm, MarkingForm, StartForm, UploadForm
from marker.web.tutor.marking_page import marking_page, submission_rows

TUTORS = ("tutor", "admin")


def _assessment(assessment_id: int) -> Assessment:
    return assessments.load_assessment(uow(), current_user, assessment_id, "tutor")


def _submission(submission_id: int, *roles: str) -> Submission:
    return assessments.load_script(uow(), current_user, submission_id, *(roles or ("tutor",)))


@bp.route("/")
@roles_required(*TUTORS)
def index() -> str:
    return render_template("tutor/index.html", assessments=assessments.assessments_of(uow(), current_user, "tutor"))


@bp.route("/assessments/new", methods=["GET", "POST"])
@roles_required(*TUTORS)
def new_assessment() -> str | Response:
    library = rubric_library(uow().settings)
    form = AssessmentForm()
    form.rubric_id.choices = [
        (r.id, f"{r.title} ({r.id})") for r in sorted(library.rubrics.values(), key=lambda r: r.id)
    ]
    if form.validate_on_submit():
        try:
            rubric = library.get(form.rubric_id.data)
            assessment = assessments.create_assessment(
                uow(),
                rubric,
                title=form.title.data,
                cohort=form.cohort.data,
                deadline=form.deadline.data,
                retention_days=form.retention_days.data,
                actor=current_user,
            )
        except MarkerError as error:
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
    every_row = submission_rows(found, rubric, current_user)
    chosen = script_list.ScriptFilter.from_args(request.args)
    return render_template(
        "tutor/assessment.html",
        assessment=found,
        rubric=rubric,
        rows=script_list.listed(every_row, chosen),
        all_rows=every_row,
        progress=script_list.progress(every_row),
        awaiting=results.awaiting_count(found.submissions, rubric),
        overlaps=similarity.overlaps(uow(), current_user, found),
        listing=chosen,
        choices=script_list,
        people_counts={role: sum(1 for m in found.members if m.role == role) for role in ("tutor", "moderator")},
        manages_people=access.may_manage_members(current_user, found),
        upload_form=UploadForm(),
        batch_form=BatchForm(),
        recheck_form=StartForm(),
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
        submission = submissions.add_submission(
            uow(),
            found,
            rubric_of(found),
            file.read(),
            file.filename or "script",
            candidate_number=form.candidate_number.data,
            candidate_name=form.candidate_name.data or "",
            actor=current_user,
        )
    except MarkerError as error:
        flash(error.message, "error")
    else:
        number = submission.candidate_number
        if submission.check_state == CHECK_FAILED:
            flash(f"Uploaded, but it could not be checked: {submission.check_error}", "error")
        elif submission.check_state == CHECK_DONE:
            flash(f"Script for candidate {number} uploaded and checked.", "info")
        else:
            flash(f"Script for candidate {number} uploaded; it is being checked and shows below when done.", "info")
    return redirect(url_for("tutor.assessment", assessment_id=found.id))


@bp.route("/assessments/<int:assessment_id>/batch", methods=["POST"])
@roles_required(*TUTORS)
def batch(assessment_id: int) -> str | Response:
    found = _assessment(assessment_id)
    form = BatchForm()
    if not form.validate_on_submit():
        flash("Choose a zip file of scripts.", "error")
        return redirect(url_for("tutor.assessment", assessment_id=found.id))
    batch = submissions.start_batch(uow(), found, form.archive.data.read(), actor=current_user)
    return redirect(url_for("tutor.batch_page", batch_id=batch.id))


@bp.route("/batches/<int:batch_id>")
@roles_required(*TUTORS)
def batch_page(batch_id: int) -> str:
    found = submissions.load_batch(uow(), current_user, batch_id)
    assessment = _assessment(found.assessment_id)
    progress = submissions.batch_progress(uow(), found)
    return render_template("tutor/batch_result.html", assessment=assessment, progress=progress)


@bp.route("/submissions/<int:submission_id>/recheck", methods=["POST"])
@roles_required(*TUTORS)
def recheck(submission_id: int) -> Response:
    submission = _submission(submission_id)
    if not StartForm().validate_on_submit():  # the CSRF token only
        abort(400)
    if check_jobs.recheck(uow(), submission, actor=current_user):
        flash(f"The script of candidate {submission.candidate_number} is being checked again.", "info")
    return redirect(url_for("tutor.assessment", assessment_id=submission.assessment_id))


@bp.route("/submissions/<int:submission_id>/start", methods=["POST"])
@roles_required("tutor", "moderator", "admin")
def start(submission_id: int) -> Response:
    submission = _submission(submission_id, "tutor", "moderator")
    if not StartForm().validate_on_submit():
        abort(400)
    try:
        markings.start_marking(uow(), submission, current_user)
    except MarkerError as error:
        flash(error.message, "error")
        return redirect(url_for("tutor.assessment", assessment_id=submission.assessment_id))
    return redirect(url_for("tutor.mark", submission_id=submission.id))


@bp.route("/submissions/<int:submission_id>/mark", methods=["GET", "POST"])
@roles_required("tutor", "moderator", "admin")
def mark(submission_id: int) -> str | Response | tuple[str, int]:
    submission = _submission(submission_id, "tutor", "moderator")
    rubric = rubric_of(submission.assessment)
    marking = markings.marking_of(submission, current_user)
    if marking is None:
        # Opening a script never claims it: starting to mark is its own POST.
        if request.method == "POST":
            flash("Start marking this script first.", "error")
            return redirect(url_for("tutor.mark", submission_id=submission.id))
        return render_template(
            "tutor/start.html",
            submission=submission,
            form=StartForm(),
            holder=markings.first_marker_elsewhere(submission, current_user),
            may_start=access.may_start_marking(current_user, submission),
            nav=markings.neighbours(uow(), current_user, submission),
        )
    form = MarkingForm()
    if request.method == "GET":
        form.version.data = str(marking.version)
        form.overall_comment.data = marking.overall_comment
        return _render_marking(submission, rubric, marking, form, markings.scores_of(marking, rubric))
    if not form.validate_on_submit() or not (form.version.data or "").isdigit():
        abort(400)
    action = request.form.get("action", "save")
    posted = _posted_scores(rubric, marking)
    if isinstance(posted, InvalidMarks):
        return _render_marking(submission, rubric, marking, form, {}, problems=posted), 400
    if action.startswith("bank:") or action.startswith("bankverb:"):
        return _add_to_bank(submission, rubric, marking, form, posted, action)
    try:
        markings.save_marking(
            uow(),
            marking,
            rubric,
            posted,
            overall_comment=form.overall_comment.data or "",
            opened_version=int(form.version.data),
            final=action == "submit",
            actor=current_user,
        )
    except InvalidMarks as error:
        return _render_marking(submission, rubric, marking, form, posted, problems=error), 400
    except StaleMarking as error:
        markings.reload(uow(), marking)
        flash(error.message, "error")
        # Show what is saved now, not the refused attempt: saving again must never overwrite unseen changes.
        form.overall_comment.data = marking.overall_comment
        saved = markings.scores_of(marking, rubric)
        return _render_marking(submission, rubric, marking, form, saved, stale=True), 409
    except MarkerError as error:
        flash(error.message, "error")
        return _render_marking(submission, rubric, marking, form, posted), 400
    if action == "submit":
        flash(f"Marks for candidate {submission.candidate_number} submitted as final.", "info")
        # On to the next script still to mark, as in a grader; back to the list when the desk is clear.
        following = markings.neighbours(uow(), current_user, submission).next_to_mark
        if following is not None:
            return redirect(url_for("tutor.mark", submission_id=following.id))
        flash("Every script on your desk in this assessment is submitted as final.", "info")
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
        for entries in markings.comment_bank(uow(), current_user, rubric).values()
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
        markings.add_to_bank(
            uow(),
            current_user,
            rubric,
            part_id,
            posted.get(part_id, Score(part_id)).comment,
            for_verb=action.startswith("bankverb:"),
        )
    except (MarkerError, KeyError) as error:
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
    page = marking_page(uow(), submission, rubric, marking, scores, current_user, raw=raw, problems=problems)
    if stale:
        form.version.data = str(marking.version)
    return render_template(
        "tutor/mark.html",
        page=page,
        form=form,
        submission=submission,
        marking=marking,
        stale=stale,
        nav=markings.neighbours(uow(), current_user, submission),
    )


@bp.route("/submissions/<int:submission_id>/feedback")
@roles_required(*TUTORS)
def feedback(submission_id: int) -> str:
    submission = _submission(submission_id)
    sheet = results.feedback_for(current_user, submission, rubric_of(submission.assessment))
    return render_template("tutor/feedback.html", feedback=sheet, submission=submission)


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@bp.route("/submissions/<int:submission_id>/feedback.docx")
@roles_required(*TUTORS)
def feedback_download(submission_id: int) -> Response:
    submission = _submission(submission_id)
    sheet = results.feedback_for(current_user, submission, rubric_of(submission.assessment))
    return send_file(
        io.BytesIO(feedback_docx(sheet)),
        mimetype=DOCX_TYPE,
        as_attachment=True,
        download_name=f"{sheet.filename_stem}.docx",
    )


@bp.route("/assessments/<int:assessment_id>/feedback.zip", methods=["GET", "POST"])
@roles_required(*TUTORS)
def feedback_zip(assessment_id: int) -> str | Response:
    # Built by a job (a cohort's sheets take a while): POST asks for it, GET shows the latest one asked for.
    return request_or_show(_assessment(assessment_id), FEEDBACK_ZIP)


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
    scripts = results.marked_scripts(current_user, found.submissions, rubric, final_only=False)
    return _csv(marks_csv(rubric, scripts), f"marks_{found.id}.csv")


@bp.route("/assessments/<int:assessment_id>/moodle.csv")
@roles_required(*TUTORS)
def moodle_export(assessment_id: int) -> Response:
    found = _assessment(assessment_id)
    rubric = rubric_of(found)
    scripts = results.marked_scripts(current_user, found.submissions, rubric, final_only=True)
    return _csv(moodle_worksheet_csv(rubric, scripts), f"moodle_grading_worksheet_{found.id}.csv")
