"""The tutor pages."""

from __future__ import annotations

from flask import render_template

from marker.web.access import roles_required
from marker.web.tutor import bp


@bp.route("/")
@roles_required("tutor", "admin")
def index() -> str:
    return render_template("tutor/index.html")
