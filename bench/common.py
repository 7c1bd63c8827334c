"""Helpers shared by the benchmark scripts: an app on a fresh database, demo users, API calls."""
from __future__ import annotations

import base64
import os
import statistics
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from flask import Flask

from app import create_app
from app.database import unit_of_work

REPO = Path(__file__).resolve().parent.parent
CHANGE_REQUEST = [REPO / "bpmn" / "change_request.bpmn", REPO / "dmn" / "approval_level.dmn",
                  REPO / "forms" / "technical_details.json", REPO / "forms" / "approval.json"]


@contextmanager
def bench_app(database_url: str | None = None, **config: Any) -> Iterator[Flask]:
    """An app on ``database_url`` (default: a fresh SQLite file, the embedded default), migrated, with users."""
    from app.auth.service import seed_demo_users
    from app.migrate import upgrade

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ORDRA_INSTANCE_PATH"] = tmp
        url = database_url or f"sqlite:///{tmp}/bench.db"
        app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench", "LOG_FORMAT": "plain",
                          "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000", "DEMO_CONNECTOR_LATENCY": 0.0, **config})
        with app.app_context():
            upgrade()
            with unit_of_work():
                seed_demo_users()
        yield app


def headers(username: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{username}:demo".encode()).decode()}


def deploy(client: Any, paths: list[Path]) -> None:
    files = [(p.open("rb"), p.name) for p in paths]
    response = client.post("/api/v1/models", headers=headers("admin"), data={"files": files},
                           content_type="multipart/form-data")
    assert response.status_code == 201, response.json


def percentiles(samples_ms: list[float]) -> str:
    ordered = sorted(samples_ms)
    p95 = ordered[int(len(ordered) * 0.95) - 1] if len(ordered) >= 20 else max(ordered)
    return f"p50 {statistics.median(ordered):.1f} ms, p95 {p95:.1f} ms (n={len(ordered)})"
