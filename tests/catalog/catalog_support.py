"""Shared by the catalog tests: the demo catalog with its pricing decisions, and a logged-in browser."""
from __future__ import annotations

from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from app.database import unit_of_work
from tests.helpers import REPO

PRICING_DMN = [REPO / "dmn" / "pricing_fibre.dmn", REPO / "dmn" / "pricing_voice.dmn"]


def seed_catalog(app: Flask) -> None:
    """Deploy the shipped pricing decisions and seed the demo catalog, committed."""
    from app.catalog.demo import seed_demo_catalog
    from app.studio import deploying
    from app.studio.validation import Upload

    with app.app_context(), unit_of_work():
        deploying.deploy([Upload(p.name, p.read_bytes()) for p in PRICING_DMN], actor_id=None, note="tests")
        seed_demo_catalog()


def offering_id(app: Flask, name: str) -> int:
    from app.catalog import service

    with app.app_context():
        offering = service.offering_by_name(name)
        assert offering is not None, name
        return offering.id


def login(client: FlaskClient, username: str) -> Any:
    return client.post("/login", data={"username": username, "password": "demo"})
