"""Shared fixtures: an app per test on a copy of a migrated, seeded template database."""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app import create_app
from app.database import unit_of_work
from tests.helpers import TEST_CONFIG
from tests.helpers import Api


def make_app(db_file: Path, **overrides: Any) -> Flask:
    return create_app({**TEST_CONFIG, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{db_file}", **overrides})


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated to head with the demo users, made once per test session."""
    from app.auth.service import seed_demo_users
    from app.migrate import upgrade

    path = tmp_path_factory.mktemp("template") / "ordra.db"
    app = make_app(path)
    with app.app_context():
        upgrade()
        with unit_of_work():
            seed_demo_users()
    return path


@pytest.fixture()
def app(tmp_path: Path, template_db: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Flask]:
    monkeypatch.setenv("ORDRA_INSTANCE_PATH", str(tmp_path))
    db_file = tmp_path / "ordra.db"
    shutil.copy(template_db, db_file)
    app = make_app(db_file)
    yield app
    from app.extensions import db
    with app.app_context():
        db.engine.dispose()


@pytest.fixture()
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture()
def api(client: FlaskClient) -> Api:
    return Api(client)
