"""marker: an assignment marking assistant and rubric engine."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Flask

from marker.config import PROJECT_ROOT, flask_config, load_settings


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the web application: settings, extensions, blueprints. Creates no database and prompts nothing."""
    app = Flask(
        __name__,
        instance_relative_config=True,
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder=str(Path(__file__).parent / "web" / "static"),
    )
    instance_path = Path((test_config or {}).get("INSTANCE_PATH", app.instance_path))
    app.config.update(flask_config(load_settings(instance_path)))
    if test_config:
        app.config.update(test_config)

    from marker.web import configure_web

    configure_web(app)
    return app
