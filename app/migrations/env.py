"""Alembic environment: the URL and metadata come from the Ordra app (``ordra db upgrade``)."""
from __future__ import annotations

from alembic import context
from flask import current_app

from app.extensions import db

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
        context.configure(connection=connection, target_metadata=target_metadata,
                          render_as_batch=connection.dialect.name == "sqlite")
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations()
