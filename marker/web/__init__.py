"""The web layer: extensions, blueprints, error pages and security headers, wired onto the app."""

from __future__ import annotations

import hmac
from typing import Any

from flask import Flask, Response, g, render_template, request, session
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import DataError
from werkzeug.exceptions import HTTPException
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter, Map

from marker.errors import MarkerError
from marker.extensions import csrf, db, limiter, login_manager, migrate
from marker.service.errors import AccessDenied, NotFound
from marker.store.models import User

MIGRATIONS_DIR = __import__("pathlib").Path(__file__).resolve().parents[1] / "store" / "migrations"

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
)

ERROR_TITLES = {
    400: "The request could not be understood",
    401: "Please sign in",
    403: "You do not have access to this page",
    404: "Page not found",
    405: "That action is not allowed here",
    413: "The file is too large",
    429: "Too many requests",
    500: "Something went wrong on our side",
}


# The largest id any table can hold (PostgreSQL's INTEGER): a longer number in a URL cannot name a row.
MAX_ID = 2**31 - 1


class IdConverter(IntegerConverter):
    """``<int:...>`` in every route: an id beyond what the database holds is a 404, not an OverflowError."""

    def __init__(
        self,
        url_map: Map,
        fixed_digits: int = 0,
        min: int | None = None,
        max: int | None = MAX_ID,
        signed: bool = False,
    ) -> None:
        super().__init__(url_map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


def configure_web(app: Flask) -> None:
    """Initialise extensions and register every blueprint, error page and response header."""
    if app.config["MARKER_SETTINGS"].behind_https:
        # One trusted proxy in front: take the client address and scheme from its headers.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1)  # type: ignore[method-assign]
    db.init_app(app)
    migrate.init_app(app, db, directory=str(MIGRATIONS_DIR), render_as_batch=True, compare_type=True)
    csrf.init_app(app)
    limiter.init_app(app)
    app.url_map.converters["int"] = IdConverter  # before any blueprint adds its routes
    _configure_login(app)
    _register_blueprints(app)
    _register_error_pages(app)
    _register_security_headers(app)
    _register_template_context(app)


def _configure_login(app: Flask) -> None:
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Please sign in to see that page."
    login_manager.session_protection = "strong"

    @login_manager.user_loader
    def load_user(user_id: str) -> User | None:
        # The id is "<user id>:<session token>" (User.get_id); a replaced token means the cookie was ended.
        number, _, token = user_id.partition(":")
        if not number.isdigit() or not token or len(number) > 18:
            return None
        user = db.session.get(User, int(number))
        if user is None or not user.active or not hmac.compare_digest(user.session_token.encode(), token.encode()):
            return None
        return user

    @app.after_request
    def bind_anonymous_session(response: Response) -> Response:
        # Flask-Login's strong protection treats a session without its client stamp ("_id") as stolen and rewrites
        # it on every request that asks who is signed in. An anonymous session (a CSRF token, no one signed in) has
        # none, so a late answer to a request the browser sent before signing in (the sign-in page's icon) set the
        # anonymous cookie again over the signed-in one. Stamped once, when it is first written, it is left alone.
        if session.modified and "_user_id" not in session and "_id" not in session:
            session["_id"] = login_manager._session_identifier_generator()
        return response

    @app.teardown_request
    def forget_user(_error: BaseException | None) -> None:
        # Requests share one application context in tests (and under some servers): the cached user and CSRF
        # token of one request must never be seen by the next.
        g.pop("_login_user", None)
        g.pop("csrf_token", None)


def _register_blueprints(app: Flask) -> None:
    from marker.web.admin import bp as admin_bp
    from marker.web.auth import bp as auth_bp
    from marker.web.candidate import bp as candidate_bp
    from marker.web.exports import bp as exports_bp
    from marker.web.moderator import bp as moderator_bp
    from marker.web.tutor import bp as tutor_bp

    for blueprint in (auth_bp, admin_bp, tutor_bp, candidate_bp, moderator_bp, exports_bp):
        app.register_blueprint(blueprint)


def _error_page(code: int, message: str | None = None) -> tuple[str, int]:
    title = ERROR_TITLES.get(code, "Something went wrong")
    return render_template("errors/error.html", code=code, title=title, message=message), code


def _register_error_pages(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError) -> tuple[str, int]:
        return _error_page(400, "The form had expired or was not sent from this site. Go back, reload and try again.")

    @app.errorhandler(MarkerError)
    def marker_error(error: MarkerError) -> tuple[str, int]:
        return _error_page(400, error.message)

    @app.errorhandler(AccessDenied)
    def access_denied(error: AccessDenied) -> tuple[str, int]:
        return _error_page(403, error.message)

    @app.errorhandler(NotFound)
    def not_found(error: NotFound) -> tuple[str, int]:
        return _error_page(404, error.message)

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Any:
        code = error.code or 500
        if code == 413:
            settings = app.config["MARKER_SETTINGS"]
            return _error_page(
                413,
                f"Files may be at most {settings.max_upload_mb} MB. Reduce the file's size "
                "(compress images, remove embedded fonts) and try again.",
            )
        if code in (301, 302, 303, 307, 308):
            return error
        if code == 429:
            return _error_page(429, "You have tried this too many times in a short while. Wait a minute and try again.")
        return _error_page(code, error.description if code in (400, 405) else None)

    @app.errorhandler(OverflowError)
    def number_out_of_range(error: OverflowError) -> tuple[str, int]:
        # A number from a form too large for the database (routes' ids are bounded by IdConverter) names no row.
        db.session.rollback()
        return _error_page(404)

    @app.errorhandler(DataError)
    def value_out_of_range(error: DataError) -> tuple[str, int]:
        # PostgreSQL's word for the same: a value the column cannot hold is the request's fault, not ours.
        db.session.rollback()
        return _error_page(400, "A value in the request is out of range.")

    @app.errorhandler(Exception)
    def unexpected_error(error: Exception) -> tuple[str, int]:
        # Logged with its traceback for us; the person sees a plain page and nothing is half-saved.
        app.logger.exception("Unhandled error on %s %s", request.method, request.path)
        db.session.rollback()
        return _error_page(500, "The error has been logged. Nothing you submitted in this request was saved.")


def _register_security_headers(app: Flask) -> None:
    @app.after_request
    def security_headers(response: Response) -> Response:
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if app.config["SESSION_COOKIE_SECURE"]:
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
        if request.endpoint and request.endpoint != "static":
            response.headers.setdefault("Cache-Control", "no-store")
        return response


def _register_template_context(app: Flask) -> None:
    from marker.web.navigation import navigation_for
    from marker.web.wording import plural

    app.jinja_env.filters["plural"] = plural

    @app.context_processor
    def navigation() -> dict[str, Any]:
        return {"navigation": navigation_for()}
