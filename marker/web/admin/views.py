"""Administration: the dashboard, people and roles, rubrics and their validation state."""

from __future__ import annotations

import json

from flask import Response as FlaskResponse
from flask import current_app, flash, redirect, render_template, url_for
from flask_login import current_user
from sqlalchemy import func, select
from werkzeug.wrappers import Response

from marker.extensions import db
from marker.rubric import RubricLibrary
from marker.service.checking import rubric_library as service_rubric_library
from marker.store.accounts import AccountError, create_user
from marker.store.audit import record_event
from marker.store.models import Assessment, AuditEvent, RubricSetting, Submission, User
from marker.store.rubrics import is_public
from marker.web.access import roles_required
from marker.web.admin import bp
from marker.web.admin.forms import CandidateRequestForm, RubricVisibilityForm, UserForm


def rubric_library() -> RubricLibrary:
    # The administrator's page reloads the process's one library, so edits on disk show (and are used) at once.
    return service_rubric_library(current_app.config["MARKER_SETTINGS"], reload=True)


@bp.route("/")
@roles_required("admin")
def index() -> str:
    counts = {
        "people": db.session.scalar(select(func.count()).select_from(User)),
        "assessments": db.session.scalar(select(func.count()).select_from(Assessment)),
        "scripts": db.session.scalar(select(func.count()).select_from(Submission)),
    }
    recent = db.session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(15)).all()
    return render_template("admin/index.html", counts=counts, recent=recent)


@bp.route("/users", methods=["GET", "POST"])
@roles_required("admin")
def users() -> str | Response:
    form = UserForm()
    if form.validate_on_submit():
        try:
            create_user(
                form.username.data,
                form.password.data,
                form.roles(),
                actor=current_user,
                display_name=form.display_name.data or "",
                email=form.email.data or "",
            )
        except AccountError as error:
            db.session.rollback()
            flash(error.message, "error")
        else:
            db.session.commit()
            flash(f"{form.username.data} can now sign in.", "info")
            return redirect(url_for("admin.users"))
    people = db.session.scalars(select(User).order_by(User.username)).all()
    return render_template("admin/users.html", form=form, people=people)


@bp.route("/rubrics", methods=["GET", "POST"])
@roles_required("admin")
def rubrics() -> str | Response:
    library = rubric_library()
    form = RubricVisibilityForm()
    if form.validate_on_submit():
        rubric_id = form.rubric_id.data
        if rubric_id not in library.rubrics:
            flash("There is no such rubric.", "error")
        else:
            setting = db.session.get(RubricSetting, rubric_id) or RubricSetting(rubric_id=rubric_id)
            old = is_public(library.rubrics[rubric_id])
            setting.public = bool(form.public.data)
            db.session.add(setting)
            record_event(
                actor=current_user,
                action="rubric.visibility",
                subject=("rubric", rubric_id),
                old=old,
                new=setting.public,
            )
            db.session.commit()
            flash("Saved.", "info")
        return redirect(url_for("admin.rubrics"))
    rows = [
        {
            "rubric": rubric,
            "public": is_public(rubric),
            "form": RubricVisibilityForm(rubric_id=rubric.id, public=is_public(rubric)),
        }
        for rubric in library.rubrics.values()
    ]
    return render_template("admin/rubrics.html", rows=rows, problems=library.problems)


@bp.route("/candidates", methods=["GET", "POST"])
@roles_required("admin")
def candidate_requests() -> str | Response:
    """Subject access and erasure requests (UK GDPR) for one candidate number."""
    from marker.store.retention import erase_candidate, export_candidate

    form = CandidateRequestForm()
    if form.validate_on_submit():
        number = form.candidate_number.data.strip()
        if form.export.data:
            record_event(actor=current_user, action="candidate.export", subject=("candidate", "export"))
            db.session.commit()
            return FlaskResponse(
                json.dumps(export_candidate(number), indent=2, default=str),
                mimetype="application/json",
                headers={"Content-Disposition": f'attachment; filename="candidate-{len(number)}-export.json"'},
            )
        if form.erase.data:
            if not form.confirm.data:
                flash("Tick the confirmation box to erase a candidate's data.", "error")
            else:
                count = erase_candidate(number, actor=current_user)
                flash(f"Erased {count} script(s) and their markings.", "info")
                return redirect(url_for("admin.candidate_requests"))
    return render_template("admin/candidates.html", form=form)
