"""The candidate's forms: choose a brief and upload a report; download the report just shown."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import HiddenField, SelectField, SubmitField
from wtforms.validators import DataRequired


class CheckForm(FlaskForm):
    """Brief and file. The file's type is decided by its content in the core, not by its name here, so a
    wrong file gets the same message as ``marker check`` gives."""

    rubric = SelectField("Assessment brief", validators=[DataRequired(message="Choose the assessment brief.")])
    document = FileField("Your report (Word .docx or PDF)", validators=[FileRequired(message="Choose a file.")])
    submit = SubmitField("Check my report")


class DownloadForm(FlaskForm):
    """The report shown, signed, posted back so the download needs nothing kept on the server."""

    report = HiddenField(validators=[DataRequired()])
    docx = SubmitField("Download as Word (DOCX)")
    pdf = SubmitField("Download as PDF")
