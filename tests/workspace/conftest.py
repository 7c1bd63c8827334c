"""Workspace tests run on the shipped models, the demo catalog and the demo accounts, as an agent."""
from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.orders.conftest import seeded  # noqa: F401  (the seeded demo catalog and accounts)
from tests.workspace.workspace_support import login
from tests.workspace.workspace_support import seed_shop


@pytest.fixture()
def shop(app: Flask) -> Flask:
    seed_shop(app)
    return app


@pytest.fixture()
def agent(shop: Flask, client: FlaskClient) -> FlaskClient:
    login(client, "agent")
    return client
