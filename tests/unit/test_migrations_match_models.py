"""The migrations build the schema the models describe: after the last migration, Alembic's autogenerate
finds nothing to write (a model changed without its migration, or the reverse, fails here)."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask import Flask

from app.extensions import db


def test_autogenerate_finds_no_difference_after_the_last_migration(app: Flask) -> None:
    with app.app_context(), db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), db.metadata)
    assert differences == []
