"""Exports built by a job: the page that asks for one, its status page (refreshing itself, no JavaScript needed)
and its download. Who may see which export is the application layer's policy (``access.require_export``): these
routes are open to anyone signed in and answer 403 to everyone but the person who asked.
"""

from __future__ import annotations

import io

from flask import abort, flash, redirect, render_template, request, send_file, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response

from marker.service import export_jobs
from marker.service.export_jobs import EQA_PACK, KINDS, ExportNotReady
from marker.store.models import Assessment
from marker.web.access import login_required_any, uow
from marker.web.exports import bp

# Where each export's page leads back to.
BACK = {export_jobs.FEEDBACK_ZIP: "tutor.assessment", EQA_PACK: "moderator.sample"}


class ExportForm(FlaskForm):
    """Asking for an export: a POST of its own (CSRF token only), so that following a link never builds one."""


def request_or_show(assessment: Assessment, kind: str) -> str | Response:
    """The export's request URL: POST queues a build; GET shows the person's latest one, or offers to build it."""
    if request.method == "POST":
        if not ExportForm().validate_on_submit():
            abort(400)
        export = export_jobs.request_export(uow(), assessment, kind, actor=current_user)
        return redirect(url_for("exports.status", export_id=export.id))
    latest = export_jobs.latest_export(uow(), current_user, assessment, kind)
    if latest is not None:
        return redirect(url_for("exports.status", export_id=latest.id))
    return render_template(
        "exports/request.html",
        assessment=assessment,
        kind=KINDS[kind],
        form=ExportForm(),
        action=request.path,
        back=url_for(BACK[kind], assessment_id=assessment.id),
    )


@bp.route("/<int:export_id>")
@login_required_any
def status(export_id: int) -> str:
    found = export_jobs.export_status(uow(), current_user, export_id)
    export = found.export
    return render_template(
        "exports/status.html",
        status=found,
        assessment=export.assessment,
        form=ExportForm(),
        back=url_for(BACK[export.kind], assessment_id=export.assessment_id),
    )


@bp.route("/<int:export_id>/download")
@login_required_any
def download(export_id: int) -> Response:
    try:
        data, name = export_jobs.export_file(uow(), current_user, export_id)
    except ExportNotReady as error:
        flash(error.message, "error")
        return redirect(url_for("exports.status", export_id=export_id))
    return send_file(io.BytesIO(data), mimetype="application/zip", as_attachment=True, download_name=name)


@bp.route("/<int:export_id>/rebuild", methods=["POST"])
@login_required_any
def rebuild(export_id: int) -> Response:
    export = export_jobs.load_export(uow(), current_user, export_id)
    if not ExportForm().validate_on_submit():
        abort(400)
    fresh = export_jobs.request_export(uow(), export.assessment, export.kind, actor=current_user)
    return redirect(url_for("exports.status", export_id=fresh.id))
