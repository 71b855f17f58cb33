"""Inline comments from the marking view: add one on a passage, change its words, delete it.

Plain form posts that come back to the marking view at the part, so they work without JavaScript (the marker
quotes the passage); with JavaScript, selecting text in the script fills the quote and its position in.
"""

from __future__ import annotations

from flask import abort, flash, redirect, request, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response
from wtforms import HiddenField, StringField, TextAreaField
from wtforms.validators import Optional, Regexp

from marker.errors import MarkerError
from marker.service import assessments, comments, markings
from marker.store.models import Marking, Submission
from marker.web.access import roles_required, uow
from marker.web.tutor import bp

_NUMBER = Regexp(r"^\d{1,9}$")


class InlineCommentForm(FlaskForm):
    """One comment on a passage; the position fields are filled in by marking.js from the selection."""

    part = HiddenField()
    quote = TextAreaField()
    text = TextAreaField()
    block = HiddenField(validators=[Optional(), _NUMBER])
    start = HiddenField(validators=[Optional(), _NUMBER])


class NoteEditForm(FlaskForm):
    text = StringField()


def _own_marking(submission_id: int) -> tuple[Submission, Marking]:
    submission = assessments.load_script(uow(), current_user, submission_id, "tutor", "moderator")
    marking = markings.marking_of(submission, current_user)
    if marking is None:
        abort(404)
    return submission, marking


def _back(submission: Submission, part_id: str) -> Response:
    return redirect(url_for("tutor.mark", submission_id=submission.id, _anchor=f"notes-{part_id}"))


def _number(value: str | None) -> int | None:
    return int(value) if value else None


@bp.route("/submissions/<int:submission_id>/notes", methods=["POST"])
@roles_required("tutor", "moderator", "admin")
def add_note(submission_id: int) -> Response:
    """Add an inline comment to the person's own open marking of the script."""
    submission, marking = _own_marking(submission_id)
    form = InlineCommentForm()
    if not form.validate_on_submit():
        abort(400)
    part_id = form.part.data or ""
    try:
        comments.add_inline_comment(
            uow(),
            marking,
            part_id=part_id,
            quote=form.quote.data or "",
            text=form.text.data or "",
            block_index=_number(form.block.data),
            start=_number(form.start.data),
            actor=current_user,
        )
    except MarkerError as error:
        flash(error.message, "error")
    else:
        flash("Comment on the passage added.", "info")
    return _back(submission, part_id)


@bp.route("/submissions/<int:submission_id>/notes/<int:note_id>", methods=["POST"])
@roles_required("tutor", "moderator", "admin")
def change_note(submission_id: int, note_id: int) -> Response:
    """Change the words of an inline comment, or delete it (the button pressed says which)."""
    submission, marking = _own_marking(submission_id)
    form = NoteEditForm()
    if not form.validate_on_submit():
        abort(400)
    part_id = next((c.part_id for c in marking.inline_comments if c.id == note_id), "")
    try:
        if request.form.get("action") == "delete":
            comments.delete_inline_comment(uow(), marking, note_id, actor=current_user)
            flash("Comment on the passage deleted.", "info")
        else:
            comments.edit_inline_comment(uow(), marking, note_id, form.text.data or "", actor=current_user)
            flash("Comment on the passage changed.", "info")
    except MarkerError as error:
        flash(error.message, "error")
    return _back(submission, part_id)
