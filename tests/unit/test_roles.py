from __future__ import annotations

import pytest

from app.auth.roles import ROLES
from app.auth.roles import role_for_name


@pytest.mark.parametrize("name, role", [
    ("Fulfillment agent", "fulfillment_agent"),
    ("Fulfilment Agent", "fulfillment_agent"),
    ("order-approver", "order_approver"),
    ("  Order  Manager ", "order_manager"),
    ("process_admin", "process_admin"),
    ("Customer", "customer"),
    ("Approver", "order_approver"),
    ("Fallout manager", "fallout_manager"),
])
def test_lane_names_map_to_roles(name: str, role: str) -> None:
    assert role_for_name(name) == role


@pytest.mark.parametrize("name", [None, "", "Sales", "Tester", "Lane_1", "orderagent"])
def test_unknown_names_map_to_nothing(name: str | None) -> None:
    assert role_for_name(name) is None


def test_nine_roles() -> None:
    assert len(ROLES) == 9
