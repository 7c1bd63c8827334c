"""Jeopardy tests on the seeded demo's orders use the same seeded demo as the order tests."""
from __future__ import annotations

from tests.orders.conftest import seeded  # noqa: F401  (catalog, accounts, all shipped models)
