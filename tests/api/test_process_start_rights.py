"""Who may start which process by hand: the processes Ordra starts itself for an order (the order process, the
plans, their compensation) only for a process admin, on the API and the Instances page alike."""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.workspace.workspace_support import login
from tests.workspace.workspace_support import seed_shop

OWN = ("customer_order", "plan_product_order", "plan_field_visit.compensation")
VISIT = {"order_id": 1, "domain_order_id": 7, "spec": "Site visit", "action": "add", "site_postcode": "SW1A 1AA"}


@pytest.fixture()
def shipped(app: Flask) -> None:
    seed_shop(app)


@pytest.mark.parametrize("process_id", OWN)
def test_staff_may_not_start_what_ordra_starts_for_an_order(api: Any, shipped: None, process_id: str) -> None:
    refused = api.post(f"/api/v1/processes/{process_id}/instances", user="agent", json={"data": {"order_id": 1}})
    assert refused.status_code == 403
    assert refused.json["errors"][0]["message"] == (
        f"{process_id} is started by Ordra itself for an order; only a process admin may start it by hand")


def test_staff_still_start_the_others_and_a_process_admin_any(api: Any, shipped: None) -> None:
    assert api.post("/api/v1/processes/change_request/instances", user="agent",
                    json={"data": {"customer": "Acme Ltd"}}).status_code == 201
    started = api.post("/api/v1/processes/plan_field_visit/instances", user="admin", json={"data": VISIT})
    assert started.status_code == 201, started.json  # the studio's runs of a plan


def test_the_instances_page_offers_and_starts_the_same(app: Flask, client: FlaskClient, shipped: None) -> None:
    login(client, "agent")
    offered = client.get("/instances/").get_data(as_text=True)
    assert "<option>change_request</option>" in offered
    assert not any(f"<option>{process_id}</option>" in offered for process_id in OWN)
    assert client.post("/instances/start", data={"process_id": "plan_product_order", "data": "{}"}).status_code == 403
    login(client, "admin")
    assert "<option>plan_product_order</option>" in client.get("/instances/").get_data(as_text=True)
