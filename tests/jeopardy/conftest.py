"""Jeopardy tests on the seeded demo's orders use the same seeded demo as the order tests; those on the business
clock run on London's hours."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask

from tests.conftest import _dispose
from tests.conftest import make_app
from tests.orders.conftest import seeded  # noqa: F401  (catalog, accounts, all shipped models)

LONDON = {"timezone": "Europe/London", "days": ["Mon", "Tue", "Wed", "Thu", "Fri"], "hours": "09:00-17:30",
          "holidays": ["2027-01-01"]}


@pytest.fixture()
def london(tmp_path: Any, monkeypatch: pytest.MonkeyPatch, database_url: str) -> Iterator[Flask]:
    monkeypatch.setenv("ORDRA_INSTANCE_PATH", str(tmp_path))
    app = make_app(database_url, BUSINESS_HOURS=LONDON)
    yield app
    _dispose(app)
