"""The moderator blueprint."""

from flask import Blueprint

bp = Blueprint("moderator", __name__, url_prefix="/moderation")

from marker.web.moderator import views  # noqa: E402, F401  (registers the routes)
