"""The auth blueprint."""

from flask import Blueprint

bp = Blueprint("auth", __name__, url_prefix=None)

from marker.web.auth import views  # noqa: E402, F401  (registers the routes)
