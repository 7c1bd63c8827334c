"""Orders need the demo catalog, the demo accounts and the shipped customer-order process."""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask

from app.database import unit_of_work


@pytest.fixture()
def seeded(app: Flask) -> dict[str, Any]:
    from app.catalog import service as catalog
    from app.orders.service import list_accounts
    from app.seed import seed_all

    with app.app_context():
        with unit_of_work():
            list(seed_all())
        return {"offerings": {o.name: o.id for o in catalog.list_offerings()},
                "accounts": {a.name: a.id for a in list_accounts()}}
