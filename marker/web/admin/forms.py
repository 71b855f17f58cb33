"""Administration forms: people and rubric settings."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, HiddenField, PasswordField, StringField, SubmitField
from wtforms.validators import DataRequired, Length, Optional

from marker.store.accounts import MIN_PASSWORD_LENGTH


class UserForm(FlaskForm):
    username = StringField("Username", validators=[DataRequired(), Length(max=80)])
    display_name = StringField("Full name", validators=[Length(max=120)])
    email = EmailField("Email", validators=[Optional(), Length(max=200)])
    password = PasswordField("Initial password", validators=[DataRequired(), Length(min=MIN_PASSWORD_LENGTH)])
    admin = BooleanField("Administrator")
    tutor = BooleanField("Tutor")
    moderator = BooleanField("Moderator")
    submit = SubmitField("Create")

    def roles(self) -> list[str]:
        return [name for name in ("admin", "tutor", "moderator") if getattr(self, name).data]


class RubricVisibilityForm(FlaskForm):
    rubric_id = HiddenField(validators=[DataRequired()])
    public = BooleanField("Candidates may check against it")
    submit = SubmitField("Save")


class CandidateRequestForm(FlaskForm):
    candidate_number = StringField("Candidate number", validators=[DataRequired(), Length(max=60)])
    export = SubmitField("Export their data (JSON)")
    erase = SubmitField("Erase their data")
    confirm = BooleanField("I confirm this erasure request has been verified")


class PersonForm(FlaskForm):
    """An administrator's edit of a person: name, email and roles (the username stays)."""

    display_name = StringField("Full name", validators=[Length(max=120)])
    email = EmailField("Email", validators=[Optional(), Length(max=200)])
    admin = BooleanField("Administrator")
    tutor = BooleanField("Tutor")
    moderator = BooleanField("Moderator")
    save = SubmitField("Save changes")

    def roles(self) -> list[str]:
        return [name for name in ("admin", "tutor", "moderator") if getattr(self, name).data]


class ActiveForm(FlaskForm):
    deactivate = SubmitField("Deactivate")
    reactivate = SubmitField("Reactivate")


class ResetLinkForm(FlaskForm):
    issue = SubmitField("Make a password reset link")
