"""The script as submitted: its pages as images beside the marking view (a PDF is never framed: the CSP forbids it).

Each page is its own image route, so the browser loads them lazily and keeps them: the URL carries a tag of the
stored file (``v``), which changes when the script is replaced or re-laid out, and the answer is cacheable in the
person's own browser only (``private``), with an ETag for revalidation that skips the drawing.
"""

from __future__ import annotations

from flask import current_app, render_template, request
from flask_login import current_user
from werkzeug.wrappers import Response

from marker.config import Settings
from marker.service import assessments, script_pages
from marker.web.access import roles_required, uow
from marker.web.tutor import bp


def _settings() -> Settings:
    settings: Settings = current_app.config["MARKER_SETTINGS"]
    return settings


@bp.route("/submissions/<int:submission_id>/pages")
@roles_required("tutor", "moderator", "admin")
def pages(submission_id: int) -> str:
    """The script's pages, one image each, as the candidate laid them out."""
    submission = assessments.load_script(uow(), current_user, submission_id, "tutor", "moderator")
    kept = script_pages.submitted_pages(current_user, submission)
    return render_template("tutor/pages.html", submission=submission, pages=kept)


@bp.route("/submissions/<int:submission_id>/pages/<int:page>.png")
@roles_required("tutor", "moderator", "admin")
def page_image(submission_id: int, page: int) -> Response:
    """One page of the script as a PNG image."""
    submission = assessments.load_script(uow(), current_user, submission_id, "tutor", "moderator")
    kept = script_pages.submitted_pages(current_user, submission)
    version = kept.version if kept is not None else "none"
    response = Response(mimetype="image/png")
    response.set_etag(f"{version}-{page}")
    response.cache_control.private = True
    response.cache_control.max_age = 86400
    response.headers["X-Content-Type-Options"] = "nosniff"
    if request.if_none_match.contains(f"{version}-{page}") and kept is not None:
        response.status_code = 304  # the browser has this page of this file: no drawing
        return response
    response.set_data(script_pages.page_image(_settings(), current_user, submission, page))
    return response
