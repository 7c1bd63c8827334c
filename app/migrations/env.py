"""Alembic environment: the URL and metadata come from the Ordra app (``ordra db upgrade``)."""
from __future__ import annotations

from alembic import context
from flask import current_app
from sqlalchemy import inspect

from app.extensions import db
from app.shared_cache import GENERATION
from app.shared_cache import MIGRATING
from app.shared_cache import new_generation

config = context.config
target_metadata = db.metadata


def run_migrations() -> None:
    url = current_app.config["SQLALCHEMY_DATABASE_URI"]
    if context.is_offline_mode():
        context.configure(url=url, target_metadata=target_metadata, literal_binds=True,
                          render_as_batch=url.startswith("sqlite"))
        with context.begin_transaction():
            context.run_migrations()
        return
    with db.engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # SQLite alters a table by copying it and dropping the old one, which foreign keys from rows of
            # other tables forbid; the check is off while migrating (a no-op inside a transaction, so first).
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        # the tables the app caches answers from may be written before the generation's table exists
        connection.execution_options(**{MIGRATING: True})
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=sqlite)
        with context.begin_transaction():
            context.run_migrations()
            if inspect(connection).has_table(GENERATION.name):  # what processes remember may be stale now
                new_generation(connection.connection.dbapi_connection)
        connection.commit()
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")


run_migrations()
