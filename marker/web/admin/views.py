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
    issue_password_reset,
    person,
    set_active,
    set_rubric_visibility,
    update_person,
)
from marker.store.accounts import AccountError
from marker.store.models import User
from marker.store.rubrics import is_public
from marker.web.access import roles_required, uow
from marker.web.admin import bp
from marker.web.admin.forms import (
    ActiveForm,
    CandidateRequestForm,
    PersonForm,
    ResetLinkForm,
    RubricVisibilityForm,
    UserForm,
)


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


@bp.route("/users/<int:user_id>", methods=["GET", "POST"])
@roles_required("admin")
def edit_user(user_id: int) -> str | Response:
    """One person: name, email and roles; deactivate or reactivate; a one-time password reset link."""
    found = person(uow(), user_id)
    form = PersonForm(
        display_name=found.display_name,
        email=found.email,
        **{role: role in found.roles for role in ("admin", "tutor", "moderator")},
    )
    if form.save.data and form.validate_on_submit():
        try:
            update_person(
                uow(),
                found,
                display_name=form.display_name.data or "",
                email=form.email.data or "",
                roles=form.roles(),
                actor=current_user,
            )
        except MarkerError as error:
            flash(error.message, "error")
        else:
            flash(f"Saved {found.username}.", "info")
            return redirect(url_for("admin.edit_user", user_id=found.id))
    return _person_page(found, form)


def _person_page(found: User, form: PersonForm, reset_link: str | None = None) -> str:
    return render_template(
        "admin/person.html",
        person=found,
        form=form,
        active_form=ActiveForm(),
        reset_form=ResetLinkForm(),
        reset_link=reset_link,
    )


@bp.route("/users/<int:user_id>/active", methods=["POST"])
@roles_required("admin")
def set_user_active(user_id: int) -> Response:
    found = person(uow(), user_id)
    form = ActiveForm()
    if form.validate_on_submit():
        try:
            set_active(uow(), found, bool(form.reactivate.data), actor=current_user)
        except MarkerError as error:
            flash(error.message, "error")
        else:
            state = "can sign in again" if found.active else "can no longer sign in; their markings stay"
            flash(f"{found.username} {state}.", "info")
    return redirect(url_for("admin.edit_user", user_id=found.id))


@bp.route("/users/<int:user_id>/reset", methods=["POST"])
@roles_required("admin")
def reset_link(user_id: int) -> str | Response:
    """Make a one-time link for the person to choose a new password (shown once, on this page only)."""
    found = person(uow(), user_id)
    form = ResetLinkForm()
    if not form.validate_on_submit():
        return redirect(url_for("admin.edit_user", user_id=found.id))
    try:
        token = issue_password_reset(uow(), found, actor=current_user)
    except MarkerError as error:
        flash(error.message, "error")
        return redirect(url_for("admin.edit_user", user_id=found.id))
    link = url_for("auth.reset_password", token=token, _external=True)
    edit = PersonForm(
        display_name=found.display_name,
        email=found.email,
        **{role: role in found.roles for role in ("admin", "tutor", "moderator")},
    )
    return _person_page(found, edit, reset_link=link)


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
