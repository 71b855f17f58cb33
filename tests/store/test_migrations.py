"""The Alembic migrations build exactly the schema the models describe, on SQLite and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import text

from marker import create_app
from marker.extensions import db
from tests.conftest import database_url_for_tests


def test_migrations_match_the_models_and_downgrade_cleanly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = database_url_for_tests(tmp_path)
    monkeypatch.setenv("MARKER_SECRET_KEY", "test")
    monkeypatch.setenv("MARKER_DATABASE_URL", url)
    app = create_app({"INSTANCE_PATH": str(tmp_path)})
    with app.app_context():
        db.drop_all()
        with db.engine.begin() as connection:
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
        upgrade()
        with db.engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), db.metadata)
        downgrade(revision="base")
        with db.engine.connect() as connection:
            remaining = set(db.inspect(connection).get_table_names()) - {"alembic_version"}
        db.engine.dispose()
    assert differences == [], "models changed without a migration: run `make migration`"
    assert remaining == set()
