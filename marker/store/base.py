"""The declarative base of marker's tables: plain SQLAlchemy, so the store needs no web framework.

Flask-SQLAlchemy is given this base (``SQLAlchemy(model_class=Base)``) and shares its registry and metadata, so
the web's session and a plain ``Session`` (CLI, workers, tests) see the same mapped classes.
"""

from __future__ import annotations

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

# Named constraints so Alembic migrations are the same on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
