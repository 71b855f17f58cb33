"""Moderator forms. The agreed-mark form's per-part fields are generated from the rubric (one set per part)."""

from __future__ import annotations

from typing import Any

from flask_wtf import FlaskForm
from wtforms import BooleanField, HiddenField, IntegerField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from marker.marking.scores import comment_field, mark_field
from marker.moderation.model import MARKER_ROLES
from marker.rubric.model import Rubric

MARKER_ROLE_CHOICES = [SelectChoice(role, f"{role.title()} marker") for role in MARKER_ROLES]


class ConfirmForm(FlaskForm):
    """A form with nothing but its CSRF token and the action of the button pressed."""

    action = HiddenField(validators=[DataRequired()])


class AssignForm(FlaskForm):
    submission_id = SelectField("Script", coerce=int, validators=[InputRequired()])
    role = SelectField("Role", choices=MARKER_ROLE_CHOICES, validators=[DataRequired()])
    marker_id = SelectField("Marker", coerce=int, validators=[InputRequired()])


class SettingsForm(FlaskForm):
    blind_second_marking = BooleanField("Blind second marking (markers see each other's marks only when both are in)")
    tolerance_marks = IntegerField(
        "Flag when totals differ by more than (marks)", validators=[InputRequired(), NumberRange(0, 1000)]
    )
    part_tolerance_pct = IntegerField(
        "Flag when a part differs by more than (% of its maximum)", validators=[InputRequired(), NumberRange(0, 100)]
    )


class SampleAddForm(FlaskForm):
    submission_id = SelectField("Script", coerce=int, validators=[InputRequired()])
    reason = StringField("Why", validators=[DataRequired(), Length(max=500)])


class SampleRemoveForm(FlaskForm):
    member_id = HiddenField(validators=[DataRequired()])


def rationale_field(part_id: str) -> str:
    """The form field holding the agreed mark's rationale for a part (beside the marking form's mark and comment)."""
    return f"rationale-{part_id}"


class AgreedFormBase(FlaskForm):
    overall_comment = TextAreaField("Overall comment for the candidate", validators=[Length(max=20000)])
    overall_rationale = TextAreaField("Overall rationale (for moderation)", validators=[Length(max=20000)])


def agreed_form(rubric: Rubric, **kwargs: Any) -> AgreedFormBase:
    """The agreed-mark form for this rubric: a mark, a comment and a rationale per part."""

    class AgreedForm(AgreedFormBase):
        pass

    for part in rubric.parts:
        setattr(
            AgreedForm,
            mark_field(part.id),
            IntegerField(
                f"{part.label}: agreed mark (out of {part.max_marks})",
                validators=[Optional()],
            ),
        )
        setattr(AgreedForm, comment_field(part.id), TextAreaField(f"{part.label}: comment for the candidate"))
        setattr(AgreedForm, rationale_field(part.id), TextAreaField(f"{part.label}: rationale"))
    return AgreedForm(**kwargs)


def choices(pairs: list[tuple[int, str]]) -> list[SelectChoice]:
    """Select options from (id, label) pairs."""
    return [SelectChoice(str(value), label) for value, label in pairs]
