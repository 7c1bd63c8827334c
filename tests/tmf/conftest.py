"""TMF tests place orders on the seeded demo (catalog, accounts, all shipped models)."""
from __future__ import annotations

from tests.orders.conftest import seeded  # noqa: F401  (the same seeded demo as the order tests)
