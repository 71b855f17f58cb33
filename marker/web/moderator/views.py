"""The moderator pages: allocation, comparison (per assessment and per script), agreed marks, sample, EQA pack.

Views read the request, ask the application layer (``marker.service``) and render. Marks reach these pages only
through the one access policy: a moderator who also marks a script sees it as its marker, here and in every file.
"""

from __future__ import annotations

import base64

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from marker.errors import MarkerError
from marker.marking.scores import comment_field, mark_field
from marker.moderation.agreed import agree
from marker.moderation.errors import InvalidAgreedMarks
from marker.moderation.model import MARKER_ROLES
from marker.rubric.model import Rubric
from marker.service import access, assessments, moderation, results, similarity
from marker.service.export_jobs import EQA_PACK
from marker.store.models import Assessment, Submission
from marker.store.rubrics import rubric_of
from marker.web.access import roles_required, uow
from marker.web.exports.views import request_or_show
from marker.web.moderator import bp
from marker.web.moderator.forms import (
    AssignForm,
    ConfirmForm,
    SampleAddForm,
    SampleRemoveForm,
    SettingsForm,
    agreed_form,
    choices,
    rationale_field,
)
from marker.web.tutor.marking_page import visible_notes
from marker.web.tutor.script_view import script_sections

MODERATORS = ("moderator", "admin")


def _assessment(assessment_id: int) -> Assessment:
    return assessments.load_assessment(uow(), current_user, assessment_id, "moderator")


def _submission(submission_id: int) -> Submission:
    return assessments.load_script(uow(), current_user, submission_id, "moderator")


def _svg_data_uri(svg: str) -> str:
    # As an <img> source: the page's CSP allows data: images, and an image cannot run anything it contains.
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode("ascii")


@bp.route("/")
@roles_required(*MODERATORS)
def index() -> str:
    return render_template(
        "moderator/index.html", assessments=assessments.assessments_of(uow(), current_user, "moderator")
    )


@bp.route("/assessments/<int:assessment_id>/allocation")
@roles_required(*MODERATORS)
def allocation(assessment_id: int) -> str:
    assessment = _assessment(assessment_id)
    return _render_allocation(assessment)


def _render_allocation(
    assessment: Assessment, assign_form: AssignForm | None = None, settings_form: SettingsForm | None = None
) -> str:
    tutors = assessments.tutors_of(assessment)
    assign_form = assign_form or AssignForm(formdata=None)
    assign_form.submission_id.choices = choices([(s.id, s.candidate_number) for s in assessment.submissions])
    assign_form.marker_id.choices = choices([(user.id, user.name) for user in tutors])
    settings_form = settings_form or SettingsForm(
        formdata=None,
        blind_second_marking=assessment.blind_second_marking,
        tolerance_marks=assessment.tolerance_marks,
        part_tolerance_pct=assessment.part_tolerance_pct,
    )
    rows = [
        {
            "submission": submission,
            "markings": moderation.markings_by_role(current_user, submission),
        }
        for submission in assessment.submissions
    ]
    return render_template(
        "moderator/allocation.html",
        assessment=assessment,
        marker_roles=MARKER_ROLES,
        rows=rows,
        tutors=tutors,
        auto_form=ConfirmForm(formdata=None, action="auto"),
        assign_form=assign_form,
        settings_form=settings_form,
    )


@bp.route("/assessments/<int:assessment_id>/allocation/auto", methods=["POST"])
@roles_required(*MODERATORS)
def allocate_auto(assessment_id: int) -> Response:
    assessment = _assessment(assessment_id)
    form = ConfirmForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        made = moderation.auto_allocate(uow(), assessment, actor=current_user)
    except MarkerError as error:
        flash(error.message, "error")
    else:
        flash(f"{len(made)} allocations made." if made else "Every script already has two markers.", "info")
    return redirect(url_for("moderator.allocation", assessment_id=assessment.id))


@bp.route("/assessments/<int:assessment_id>/allocation/assign", methods=["POST"])
@roles_required(*MODERATORS)
def assign(assessment_id: int) -> str | Response | tuple[str, int]:
    assessment = _assessment(assessment_id)
    form = AssignForm()
    form.submission_id.choices = choices([(s.id, s.candidate_number) for s in assessment.submissions])
    form.marker_id.choices = choices([(user.id, user.name) for user in assessments.tutors_of(assessment)])
    if not form.validate_on_submit():
        return _render_allocation(assessment, assign_form=form), 400
    submission = next(s for s in assessment.submissions if s.id == form.submission_id.data)
    marker = next(user for user in assessments.tutors_of(assessment) if user.id == form.marker_id.data)
    try:
        moderation.assign_marker(uow(), submission, form.role.data, marker, actor=current_user)
    except MarkerError as error:
        flash(error.message, "error")
        return _render_allocation(assessment, assign_form=form), 400
    flash(f"{marker.name} is now the {form.role.data} marker of {submission.candidate_number}.", "info")
    return redirect(url_for("moderator.allocation", assessment_id=assessment.id))


@bp.route("/assessments/<int:assessment_id>/settings", methods=["POST"])
@roles_required(*MODERATORS)
def settings(assessment_id: int) -> str | Response | tuple[str, int]:
    assessment = _assessment(assessment_id)
    form = SettingsForm()
    if not form.validate_on_submit():
        return _render_allocation(assessment, settings_form=form), 400
    assessments.update_moderation_settings(
        uow(),
        assessment,
        blind=bool(form.blind_second_marking.data),
        tolerance_marks=form.tolerance_marks.data,
        part_tolerance_pct=form.part_tolerance_pct.data,
        actor=current_user,
    )
    flash("Moderation settings saved.", "info")
    return redirect(url_for("moderator.allocation", assessment_id=assessment.id))


@bp.route("/assessments/<int:assessment_id>/comparison")
@roles_required(*MODERATORS)
def comparison(assessment_id: int) -> str:
    assessment = _assessment(assessment_id)
    rubric = rubric_of(assessment)
    comparisons = [moderation.comparison_of(current_user, s, rubric) for s in assessment.submissions]
    # As the comparison names scripts (strings): which already have agreed marks.
    agreed_ids = {str(script_id) for script_id in moderation.agreed_scripts(current_user, assessment.submissions)}
    report = moderation.agreement_report(current_user, assessment, rubric)
    plots = {name: _svg_data_uri(svg) for name, svg in moderation.agreement_plots(report, assessment).items()}
    return render_template(
        "moderator/comparison.html",
        assessment=assessment,
        rubric=rubric,
        comparisons=comparisons,
        flagged=sum(1 for c in comparisons if c.flagged),
        agreed_ids=agreed_ids,
        flagged_agreed=sum(1 for c in comparisons if c.flagged and c.script_id in agreed_ids),
        report=report,
        plots=plots,
        overlaps={
            str(script_id): found for script_id, found in similarity.overlaps(uow(), current_user, assessment).items()
        },
    )


@bp.route("/scripts/<int:submission_id>")
@roles_required(*MODERATORS)
def script(submission_id: int) -> str:
    submission = _submission(submission_id)
    assessment = submission.assessment
    rubric = rubric_of(assessment)
    agreed = moderation.agreed_marking(current_user, submission)
    notes, noted = visible_notes(submission, current_user)
    sections, script_problem = script_sections(uow().settings, submission, rubric, noted)
    return render_template(
        "moderator/script.html",
        sections=sections,
        notes=notes,
        notes_open=False,
        script_problem=script_problem,
        assessment=assessment,
        submission=submission,
        comparison=moderation.comparison_of(current_user, submission, rubric),
        agreed=moderation.marker_marks(agreed) if agreed is not None else None,
        rubric=rubric,
        hidden=not access.script_view(current_user, submission).sees_others,
    )


@bp.route("/scripts/<int:submission_id>/agreed", methods=["GET", "POST"])
@roles_required(*MODERATORS)
def agreed(submission_id: int) -> str | Response | tuple[str, int]:
    submission = _submission(submission_id)
    assessment = submission.assessment
    access.require_sees_all(current_user, submission)
    rubric = rubric_of(assessment)
    scripts = moderation.script_marks(current_user, submission)
    form = agreed_form(rubric, formdata=request.form if request.method == "POST" else None)
    problems: dict[str, str] = {}
    if request.method == "GET":
        _prefill(form, submission, rubric)
    elif form.validate_on_submit():
        marks = {part.id: form[mark_field(part.id)].data for part in rubric.parts}
        rationale = {part.id: form[rationale_field(part.id)].data or "" for part in rubric.parts}
        try:
            result = agree(rubric, scripts, marks, rationale, overall_rationale=form.overall_rationale.data or "")
        except InvalidAgreedMarks as error:
            problems = error.problems
        else:
            comments = {part.id: (form[comment_field(part.id)].data or "").strip() for part in rubric.parts}
            moderation.save_agreed(
                uow(),
                submission,
                rubric,
                result,
                comments,
                (form.overall_comment.data or "").strip(),
                actor=current_user,
            )
            flash(f"Agreed marks saved: {result.total} ({result.grade}). This is now the released marking.", "info")
            return redirect(url_for("moderator.script", submission_id=submission.id))
    else:
        problems = {"": "Check the marks: each must be a whole number."}
    page = render_template(
        "moderator/agreed.html",
        assessment=assessment,
        submission=submission,
        rubric=rubric,
        form=form,
        comparison=moderation.comparison_of(current_user, submission, rubric),
        problems=problems,
        fields={
            part.id: (mark_field(part.id), comment_field(part.id), rationale_field(part.id)) for part in rubric.parts
        },
    )
    return (page, 400) if problems else page


def _prefill(form: object, submission: Submission, rubric: Rubric) -> None:
    """Start from the existing agreed marking, else from the first marker's comments (marks left to decide)."""
    source = moderation.agreed_marking(current_user, submission) or access.visible_marking(
        current_user, submission, "first"
    )
    if source is None:
        return
    rows = {row.part_id: row for row in source.part_marks}
    is_agreed = source.role == "agreed"
    for part in rubric.parts:
        row = rows.get(part.id)
        if row is None:
            continue
        form[comment_field(part.id)].data = row.comment  # type: ignore[index]
        if is_agreed:
            form[mark_field(part.id)].data = row.mark  # type: ignore[index]
            form[rationale_field(part.id)].data = row.rationale  # type: ignore[index]
    form.overall_comment.data = source.overall_comment  # type: ignore[attr-defined]
    if is_agreed:
        form.overall_rationale.data = source.rationale  # type: ignore[attr-defined]


@bp.route("/assessments/<int:assessment_id>/sample")
@roles_required(*MODERATORS)
def sample(assessment_id: int) -> str:
    assessment = _assessment(assessment_id)
    return _render_sample(assessment)


def _render_sample(assessment: Assessment, add_form: SampleAddForm | None = None) -> str:
    members = moderation.sample_members(uow(), assessment)
    in_sample = {member.submission_id for member in members}
    add_form = add_form or SampleAddForm(formdata=None)
    add_form.submission_id.choices = choices(
        [(s.id, s.candidate_number) for s in assessment.submissions if s.id not in in_sample]
    )
    rubric = rubric_of(assessment)
    by_id = {s.id: s for s in assessment.submissions}
    return render_template(
        "moderator/sample.html",
        assessment=assessment,
        rows=[
            {
                "member": m,
                "submission": by_id[m.submission_id],
                "result": results.result_of(current_user, by_id[m.submission_id], rubric),
            }
            for m in members
            if m.submission_id in by_id
        ],
        unmarked=moderation.unmarked_count(current_user, assessment.submissions, rubric),
        propose_form=ConfirmForm(formdata=None, action="propose"),
        add_form=add_form,
        remove_form=SampleRemoveForm(formdata=None),
    )


@bp.route("/assessments/<int:assessment_id>/sample/propose", methods=["POST"])
@roles_required(*MODERATORS)
def sample_propose(assessment_id: int) -> Response:
    assessment = _assessment(assessment_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    proposed = moderation.propose(uow(), assessment, rubric_of(assessment), actor=current_user)
    flash(f"Sample proposed: {len(proposed)} scripts, each with its reason.", "info")
    return redirect(url_for("moderator.sample", assessment_id=assessment.id))


@bp.route("/assessments/<int:assessment_id>/sample/add", methods=["POST"])
@roles_required(*MODERATORS)
def sample_add(assessment_id: int) -> str | Response | tuple[str, int]:
    assessment = _assessment(assessment_id)
    form = SampleAddForm()
    form.submission_id.choices = choices([(s.id, s.candidate_number) for s in assessment.submissions])
    if not form.validate_on_submit():
        return _render_sample(assessment, add_form=form), 400
    submission = next(s for s in assessment.submissions if s.id == form.submission_id.data)
    moderation.add_to_sample(uow(), assessment, submission, form.reason.data.strip(), actor=current_user)
    flash(f"{submission.candidate_number} added to the sample.", "info")
    return redirect(url_for("moderator.sample", assessment_id=assessment.id))


@bp.route("/assessments/<int:assessment_id>/sample/remove", methods=["POST"])
@roles_required(*MODERATORS)
def sample_remove(assessment_id: int) -> Response:
    assessment = _assessment(assessment_id)
    form = SampleRemoveForm()
    if not form.validate_on_submit() or not str(form.member_id.data).isdigit():
        abort(400)
    moderation.remove_from_sample(uow(), assessment, int(form.member_id.data), actor=current_user)
    flash("Script removed from the sample.", "info")
    return redirect(url_for("moderator.sample", assessment_id=assessment.id))


@bp.route("/assessments/<int:assessment_id>/eqa.zip", methods=["GET", "POST"])
@roles_required(*MODERATORS)
def eqa(assessment_id: int) -> str | Response:
    # Built by a job: POST asks for the pack, GET shows the latest one asked for (or offers to build it).
    return request_or_show(_assessment(assessment_id), EQA_PACK)
