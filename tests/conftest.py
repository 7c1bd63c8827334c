"""Shared fixtures: an app per test on a copy of a migrated, seeded template database."""
from __future__ import annotations

import base64
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app import create_app
from app.db import unit_of_work

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED = REPO.parent / "shared"
TEST_CONFIG: dict[str, Any] = {
    "TESTING": True,
    "SECRET_KEY": "test-secret",
    "JOB_BACKEND": "inline",
    "WTF_CSRF_ENABLED": False,
    "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",
    "DEMO_CONNECTOR_LATENCY": 0.0,
    "DEFINITIONS_DIR": str(REPO),
}


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


class Api:
    """Calls the JSON API as one of the demo users (HTTP Basic)."""

    def __init__(self, client: FlaskClient) -> None:
        self.client = client

    @staticmethod
    def headers(username: str | None) -> dict[str, str]:
        if username is None:
            return {}
        token = base64.b64encode(f"{username}:demo".encode()).decode()
        return {"Authorization": f"Basic {token}"}

    def get(self, path: str, *, user: str | None = "admin", **kw: Any) -> Any:
        return self.client.get(path, headers=self.headers(user), **kw)

    def post(self, path: str, *, user: str | None = "admin", **kw: Any) -> Any:
        return self.client.post(path, headers=self.headers(user), **kw)

    def deploy(self, *paths: Path, user: str = "admin") -> Any:
        files = [(p.open("rb"), p.name) for p in paths]
        return self.post("/api/v1/models", user=user, data={"files": files}, content_type="multipart/form-data")


@pytest.fixture()
def api(client: FlaskClient) -> Api:
    return Api(client)
