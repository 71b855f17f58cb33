"""marker: an assignment marking assistant and rubric engine."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flask import Flask

    from marker.config import Settings


def create_app(test_config: dict[str, Any] | None = None, settings: Settings | None = None) -> Flask:
    """Build the web application from the settings (read from the environment when not given).

    Wires extensions and blueprints only: creates no database and prompts nothing. Flask is imported here, not
    at the package's import, so the command line starts without it.
    """
    from flask import Flask

    from marker.config import PROJECT_ROOT, flask_config, load_settings
    from marker.web import configure_web

    app = Flask(
        __name__,
        instance_relative_config=True,
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder=str(Path(__file__).parent / "web" / "static"),
    )
    if settings is None:
        settings = load_settings(Path((test_config or {}).get("INSTANCE_PATH", app.instance_path)))
    app.config.update(flask_config(settings))
    if test_config:
        app.config.update(test_config)
    configure_web(app)
    from marker.jobs import init_app as configure_jobs

    configure_jobs(app)
    return app
