"""The candidate blueprint."""

from flask import Blueprint

bp = Blueprint("candidate", __name__, url_prefix="/check")

from marker.web.candidate import views  # noqa: E402, F401  (registers the routes)
