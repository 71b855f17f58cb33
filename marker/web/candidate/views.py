"""The candidate pages."""

from __future__ import annotations

from flask import render_template

from marker.web.access import public
from marker.web.candidate import bp


@bp.route("/")
@public
def index() -> str:
    return render_template("candidate/index.html")
