"""The tutor blueprint."""

from flask import Blueprint

bp = Blueprint("tutor", __name__, url_prefix="/tutor")

from marker.web.tutor import desk, notes, pages, people, similarity, views  # noqa: E402, F401  (registers the routes)
