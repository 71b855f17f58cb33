"""Similarity pages: the pairs of an assessment's scripts that share passages, a pair side by side, the CSV of
pairs over the threshold and the threshold itself (issue 17). For the assessment's tutors and moderators; the
service decides who sees which script (``marker.service.similarity``) and shows no marks."""

from __future__ import annotations

import io

from flask import flash, redirect, render_template, request, send_file, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from marker.errors import MarkerError
from marker.service import assessments, similarity
from marker.store.models import Assessment
from marker.web.access import roles_required, uow
from marker.web.tutor import bp
from marker.web.tutor.forms import SimilarityThresholdForm

READERS = ("tutor", "moderator", "admin")


def _assessment(assessment_id: int) -> Assessment:
    return assessments.load_assessment(uow(), current_user, assessment_id, *similarity.READERS)


def _render_pairs(assessment: Assessment, form: SimilarityThresholdForm | None = None) -> str:
    form = form or SimilarityThresholdForm(formdata=None, threshold_pct=assessment.similarity_threshold_pct)
    return render_template(
        "tutor/similarity.html",
        assessment=assessment,
        pairs=similarity.flagged_pairs(uow(), current_user, assessment),
        threshold_form=form,
    )


@bp.route("/assessments/<int:assessment_id>/similarity")
@roles_required(*READERS)
def similarity_pairs(assessment_id: int) -> str:
    return _render_pairs(_assessment(assessment_id))


@bp.route("/assessments/<int:assessment_id>/similarity/threshold", methods=["POST"])
@roles_required(*READERS)
def similarity_threshold(assessment_id: int) -> str | Response | tuple[str, int]:
    assessment = _assessment(assessment_id)
    form = SimilarityThresholdForm()
    if not form.validate_on_submit():
        return _render_pairs(assessment, form), 400
    try:
        value = float(form.threshold_pct.data) if form.threshold_pct.data is not None else None
        similarity.set_threshold(uow(), assessment, value, actor=current_user)
    except MarkerError as error:
        form.threshold_pct.errors = [error.message]
        return _render_pairs(assessment, form), 400
    flash(f"Pairs sharing {assessment.similarity_threshold_pct:g} % or more are listed now.", "info")
    return redirect(url_for("tutor.similarity_pairs", assessment_id=assessment.id))


@bp.route("/assessments/<int:assessment_id>/similarity.csv")
@roles_required(*READERS)
def similarity_csv(assessment_id: int) -> Response:
    assessment = _assessment(assessment_id)
    text = similarity.pairs_csv(uow(), current_user, assessment)
    # A byte-order mark so Excel reads the UTF-8 names correctly, as the other CSV downloads do.
    return send_file(
        io.BytesIO(("\ufeff" + text).encode("utf-8")),
        mimetype="text/csv",
        as_attachment=True,
        download_name=f"similarity_{assessment.id}.csv",
    )


@bp.route("/submissions/<int:submission_id>/similarity")
@roles_required(*READERS)
def similarity_pair(submission_id: int) -> str | Response:
    """Two scripts side by side (``?with=<script id>``); without a second script, its closest one."""
    submission = assessments.load_script(uow(), current_user, submission_id, *similarity.READERS)
    other = request.args.get("with", type=int)
    if other is None:
        found = similarity.overlaps(uow(), current_user, submission.assessment).get(submission.id)
        if found is None or found.other is None:
            flash(f"Script {submission.candidate_number} shares no passage with another script.", "info")
            return redirect(url_for("tutor.similarity_pairs", assessment_id=submission.assessment_id))
        other = found.other.submission_id
    view = similarity.side_by_side(uow(), current_user, submission, other)
    return render_template("tutor/similarity_pair.html", assessment=submission.assessment, view=view)
