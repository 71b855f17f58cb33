"""Tutor forms: assessments, uploads, and the fixed fields of the marking form.

The marking form's per-part fields (mark, comment, criteria) are generated from the rubric and read by
``marker.marking.read_scores``, so their range checks live in one place; this form carries what every
marking has: the version it was opened at (optimistic locking), the overall comment and the action.
"""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import DateField, DecimalField, HiddenField, IntegerField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional


class AssessmentForm(FlaskForm):
    title = StringField("Title", validators=[DataRequired(), Length(max=200)])
    cohort = StringField("Cohort", validators=[DataRequired(), Length(max=120)])
    rubric_id = SelectField("Rubric", validators=[DataRequired()])
    deadline = DateField("Submission deadline", validators=[Optional()])
    retention_days = IntegerField(
        "Keep scripts and marks for (days)", default=365, validators=[DataRequired(), NumberRange(30, 3650)]
    )


class UploadForm(FlaskForm):
    script = FileField("Script (DOCX or PDF)", validators=[FileRequired()])
    candidate_number = StringField("Candidate number", validators=[DataRequired(), Length(max=60)])
    candidate_name = StringField("Candidate name", validators=[Optional(), Length(max=200)])


class BatchForm(FlaskForm):
    archive = FileField(
        "Zip of scripts (Moodle's “Download all submissions” works as it is)", validators=[FileRequired()]
    )


class MarkingForm(FlaskForm):
    version = HiddenField(validators=[DataRequired()])
    overall_comment = TextAreaField("Overall comment", validators=[Length(max=20000)])


class StartForm(FlaskForm):
    """Claiming a script to mark: a POST of its own, so that opening a link never claims anything."""


class SimilarityThresholdForm(FlaskForm):
    """The share of a script's compared words two scripts must share to be listed (issue 17)."""

    threshold_pct = DecimalField(
        "List pairs sharing at least this % of either script's compared words",
        places=1,
        validators=[
            InputRequired("Give the threshold as a percentage from 1 to 100."),
            NumberRange(1, 100, "The threshold is a percentage from 1 to 100."),
        ],
    )
