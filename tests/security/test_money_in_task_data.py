"""Money in task data stays exact: Decimals reach the API as decimal strings, never binary floats."""
from __future__ import annotations

from decimal import Decimal

from app.engine.runtime import jsonable
from tests.helpers import Api
from tests.security.test_hostile_models import deploy_script


def test_decimals_become_exact_strings_and_whole_numbers_stay_numbers() -> None:
    data = {"total": Decimal("30.30"), "tax": Decimal("0.1") + Decimal("0.2"), "count": Decimal("3"),
            "scaled": Decimal("12.00"), "lines": [{"price": Decimal("19.99")}]}
    assert jsonable(data) == {"total": "30.30", "tax": "0.3", "count": 3, "scaled": "12.00",
                              "lines": [{"price": "19.99"}]}


def test_money_round_trips_exactly_through_a_script_and_the_instance_data(api: Api) -> None:
    deploy_script(api, "money", "total = Decimal(price) * 3\nnet = total - Decimal('0.10')")
    instance = api.post("/api/v1/processes/money/instances", json={"data": {"price": "10.10"}}).json
    assert instance["status"] == "completed", instance
    assert instance["data"]["total"] == "30.30" and instance["data"]["net"] == "30.20"
    assert Decimal(instance["data"]["net"]) + Decimal("0.10") == Decimal(instance["data"]["total"])
    stored = api.get(f"/api/v1/instances/{instance['id']}").json
    assert stored["data"]["total"] == "30.30"
