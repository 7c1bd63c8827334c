"""Fallout tests that need orders use the seeded demo catalog and accounts."""
from __future__ import annotations

from tests.orders.conftest import seeded  # noqa: F401  (the seeded demo catalog and accounts)
