"""The exports blueprint: a requested export's status page, its download and its rebuild."""

from flask import Blueprint

bp = Blueprint("exports", __name__, url_prefix="/exports")

from marker.web.exports import views  # noqa: E402, F401  (registers the routes)
