"""The people of an assessment: its owner and administrators add and remove tutors and moderators."""

from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response
from wtforms import HiddenField, SelectField
from wtforms.validators import AnyOf, DataRequired

from marker.errors import MarkerError
from marker.service import access, assessments, members
from marker.store.models import Assessment
from marker.web.access import roles_required, uow
from marker.web.tutor import bp


class AddMemberForm(FlaskForm):
    username = SelectField("Person", validators=[DataRequired()])
    role = HiddenField(validators=[AnyOf(members.MEMBER_ROLES)])


class RemoveMemberForm(FlaskForm):
    username = HiddenField(validators=[DataRequired()])
    role = HiddenField(validators=[AnyOf(members.MEMBER_ROLES)])


def _managed(assessment_id: int) -> Assessment:
    return access.require_manages_members(current_user, assessments.assessment_by_id(uow(), assessment_id))


def _add_form(assessment: Assessment, role: str) -> AddMemberForm:
    form = AddMemberForm(prefix=f"add-{role}", role=role)
    form.username.choices = [
        (person.username, f"{person.name} ({person.username})")
        for person in members.candidates_for(uow(), assessment, role)
    ]
    return form


@bp.route("/assessments/<int:assessment_id>/people", methods=["GET", "POST"])
@roles_required("tutor", "admin")
def people(assessment_id: int) -> str | Response:
    """Who works on the assessment, with forms to add a tutor or a moderator and to remove anyone."""
    found = _managed(assessment_id)
    forms = {role: _add_form(found, role) for role in members.MEMBER_ROLES}
    for role, form in forms.items():
        if form.username.data and form.validate_on_submit():
            try:
                person = members.add_member(uow(), found, form.username.data, role, actor=current_user)
            except MarkerError as error:
                flash(error.message, "error")
            else:
                flash(f"{person.name} is now a {role} of this assessment.", "info")
            return redirect(url_for("tutor.people", assessment_id=found.id))
    rows = members.members_of(found)
    return render_template("tutor/people.html", assessment=found, rows=rows, add_forms=forms)


@bp.route("/assessments/<int:assessment_id>/people/remove", methods=["POST"])
@roles_required("tutor", "admin")
def remove_person(assessment_id: int) -> Response:
    found = _managed(assessment_id)
    form = RemoveMemberForm()
    if form.validate_on_submit():
        try:
            person = members.remove_member(uow(), found, form.username.data, form.role.data, actor=current_user)
        except MarkerError as error:
            flash(error.message, "error")
        else:
            flash(f"{person.name} is no longer a {form.role.data} of this assessment; their markings stay.", "info")
    return redirect(url_for("tutor.people", assessment_id=found.id))
