"""``ordra demo`` imports three sample orders on its first start, each waiting for the person its plan names first;
a restarted demo, or one started with ``--no-sample-orders``, adds none."""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.helpers import Api
from tests.workspace.workspace_support import login

ORDERS = "/tmf-api/productOrderingManagement/v4/productOrder"


@pytest.fixture()
def start_demo(app: Flask, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Run ``ordra demo`` up to serving: the server and the clock are not started."""
    served: list[int] = []
    monkeypatch.setattr("werkzeug.serving.run_simple", lambda host, port, *args, **kwargs: served.append(port))
    monkeypatch.setattr("app.jobs.scheduler.start_scheduler", lambda app: None)

    def start(*flags: str) -> Any:
        result = app.test_cli_runner().invoke(args=["demo", "--port", "5099", *flags])
        assert result.exit_code == 0, result.output
        assert served.pop() == 5099
        return result
    return start


def open_tasks(api: Api, user: str) -> dict[str, str]:
    """external id of the order → title of its open task, as ``user``'s inbox lists them."""
    orders = {o["id"]: o["externalId"] for o in api.get(ORDERS, user="agent").json}
    return {orders[str(t["order_id"])]: t["name"] for t in api.get("/api/v1/tasks", user=user).json}


def test_the_first_start_imports_sample_orders_that_wait_for_people(start_demo: Any, api: Api,
                                                                   client: FlaskClient) -> None:
    result = start_demo()
    assert "sample orders: import batch" in result.output

    orders = api.get(ORDERS, user="agent").json
    assert sorted(o["externalId"] for o in orders) == ["SAMPLE-1", "SAMPLE-2", "SAMPLE-3"]
    assert all(o["state"] == "acknowledged" and o["description"] == "Sample order placed by ordra demo"
               for o in orders)
    assert {o["externalId"]: o["relatedParty"][0]["name"] for o in orders} == {
        "SAMPLE-1": "Acme Ltd", "SAMPLE-2": "Bravo plc", "SAMPLE-3": "Cobalt Council"}
    assert open_tasks(api, "approver") == {"SAMPLE-1": "Approve order"}
    assert open_tasks(api, "fulfiller") == {"SAMPLE-2": "Enter technical details",
                                            "SAMPLE-3": "Enter technical details"}
    login(client, "agent")
    page = client.get("/workspace/imports/").get_data(as_text=True)
    assert "sample orders (ordra demo)" in page and "3 of 3 handled, finished" in page

    login(client, "alice")  # Acme Ltd's portal user reads what the demo says of its order
    acme = next(o["id"] for o in orders if o["externalId"] == "SAMPLE-1")
    assert '<p id="order-description">Sample order placed by ordra demo</p>' in \
        client.get(f"/portal/orders/{acme}").get_data(as_text=True)

    again = start_demo()
    assert "sample orders" not in again.output
    assert len(api.get(ORDERS, user="agent").json) == 3


def test_no_sample_orders_when_asked_or_when_orders_exist(start_demo: Any, api: Api,
                                                          seeded: dict[str, Any]) -> None:
    start_demo("--no-sample-orders")
    assert api.get(ORDERS, user="agent").json == []

    placed = api.post(ORDERS, user="agent", json={
        "externalId": "MINE-1", "relatedParty": [{"id": str(seeded["accounts"]["Bravo plc"]), "role": "Customer"}],
        "productOrderItem": [{"id": "1", "action": "add", "quantity": 1,
                              "productOffering": {"id": str(seeded["offerings"]["Managed Router"])}}]})
    assert placed.status_code == 201, placed.json
    start_demo()
    assert [o["externalId"] for o in api.get(ORDERS, user="agent").json] == ["MINE-1"]
