"""Administration: the dashboard, people and roles, rubrics and their validation state."""

from __future__ import annotations

import json

from flask import Response as FlaskResponse
from flask import current_app, flash, redirect, render_template, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from marker.errors import MarkerError
from marker.rubric import RubricLibrary
from marker.service.checking import rubric_library as service_rubric_library
from marker.service.people import (
    create_person,
    dashboard,
    erase_candidate,
    everyone,
    export_candidate,
    set_rubric_visibility,
)
from marker.store.accounts import AccountError
from marker.store.rubrics import is_public
from marker.web.access import roles_required, uow
from marker.web.admin import bp
from marker.web.admin.forms import CandidateRequestForm, RubricVisibilityForm, UserForm


def rubric_library() -> RubricLibrary:
    # The administrator's page reloads the process's one library, so edits on disk show (and are used) at once.
    return service_rubric_library(current_app.config["MARKER_SETTINGS"], reload=True)


@bp.route("/")
@roles_required("admin")
def index() -> str:
    board = dashboard(uow())
    return render_template("admin/index.html", counts=board.counts, recent=board.recent)


@bp.route("/users", methods=["GET", "POST"])
@roles_required("admin")
def users() -> str | Response:
    form = UserForm()
    if form.validate_on_submit():
        try:
            create_person(
                uow(),
                form.username.data,
                form.password.data,
                form.roles(),
                actor=current_user,
                display_name=form.display_name.data or "",
                email=form.email.data or "",
            )
        except AccountError as error:
            flash(error.message, "error")
        else:
            flash(f"{form.username.data} can now sign in.", "info")
            return redirect(url_for("admin.users"))
    people = everyone(uow())
    return render_template("admin/users.html", form=form, people=people)


@bp.route("/rubrics", methods=["GET", "POST"])
@roles_required("admin")
def rubrics() -> str | Response:
    library = rubric_library()
    form = RubricVisibilityForm()
    if form.validate_on_submit():
        try:
            set_rubric_visibility(uow(), library, form.rubric_id.data, bool(form.public.data), actor=current_user)
        except MarkerError as error:
            flash(error.message, "error")
        else:
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
    form = CandidateRequestForm()
    if form.validate_on_submit():
        number = form.candidate_number.data.strip()
        if form.export.data:
            exported = export_candidate(uow(), number, actor=current_user)
            return FlaskResponse(
                json.dumps(exported, indent=2, default=str),
                mimetype="application/json",
                headers={"Content-Disposition": f'attachment; filename="candidate-{len(number)}-export.json"'},
            )
        if form.erase.data:
            if not form.confirm.data:
                flash("Tick the confirmation box to erase a candidate's data.", "error")
            else:
                count = erase_candidate(uow(), number, actor=current_user)
                flash(f"Erased {count} script(s) and their markings.", "info")
                return redirect(url_for("admin.candidate_requests"))
    return render_template("admin/candidates.html", form=form)
