"""The moderator pages."""

from __future__ import annotations

from flask import render_template

from marker.web.access import roles_required
from marker.web.moderator import bp


@bp.route("/")
@roles_required("moderator", "admin")
def index() -> str:
    return render_template("moderator/index.html")
