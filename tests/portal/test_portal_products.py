"""My products: a customer suspends, resumes and disconnects an installed product; each becomes an order."""
from __future__ import annotations

import re
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from tests.helpers import Api
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place
from tests.orchestration.flow import run_to_completion
from tests.orchestration.test_order_cancellation import inbox
from tests.workspace.workspace_support import login


def _approve_if_asked(api: Api, order_id: int) -> None:
    if "Approve order" in inbox(api, "approver", order_id):
        [task] = [t for t in api.get("/api/v1/tasks", user="approver").json if t["order_id"] == order_id]
        api.post(f"/api/v1/tasks/{task['id']}/complete", user="approver",
                 json={"data": {"approval_decision": "approve"}})


def _ask(client: FlaskClient, api: Api, product_id: int, action: str) -> int:
    response = client.post(f"/portal/products/{product_id}", data={"action": action})
    assert response.status_code == 302, response.get_data(as_text=True)
    found = re.fullmatch(r"/portal/orders/(\d+)", response.headers["Location"])
    assert found
    order_id = int(found.group(1))
    _approve_if_asked(api, order_id)
    return order_id


def test_a_customer_suspends_resumes_and_disconnects_from_my_products(app: Flask, client: FlaskClient,
                                                                      seeded: dict[str, Any]) -> None:
    api = Api(app.test_client())
    first = place(api, fibre_bundle(seeded, external_id="PORTAL-MACD", account="Acme Ltd"))
    run_to_completion(api, first)
    router = next(p for p in order_360(api, first)["inventory"] if p["name"] == "Managed Router")
    login(client, "alice")
    page = client.get("/portal/products").get_data(as_text=True)
    assert 'value="suspend"' in page and 'value="delete"' in page

    suspend = _ask(client, api, router["id"], "suspend")
    assert order_360(api, suspend)["state"] == "completed"
    product = api.get(f"/tmf-api/productInventory/v4/product/{router['id']}", user="alice").json
    assert product["status"] == "suspended"
    assert 'value="resume"' in client.get("/portal/products").get_data(as_text=True)
    assert client.post(f"/portal/products/{router['id']}", data={"action": "suspend"}).status_code == 422

    _ask(client, api, router["id"], "resume")
    assert api.get(f"/tmf-api/productInventory/v4/product/{router['id']}", user="alice").json["status"] == "active"
    _ask(client, api, router["id"], "delete")
    assert api.get(f"/tmf-api/productInventory/v4/product/{router['id']}", user="alice").json["status"] == "terminated"

    client.post("/logout")
    login(client, "bob")  # another customer's product is not there for bob
    assert client.post(f"/portal/products/{router['id']}", data={"action": "suspend"}).status_code == 404
