"""GET /api/v1/instances/<id>/diagram: the drawable model and where the instance is on it."""
from __future__ import annotations

from typing import Any

from lxml import etree

from app.studio.layout import BPMNDI
from tests.orchestration.flow import approve
from tests.orchestration.flow import complete
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place


def _diagram(api: Any, instance_id: int, user: str = "fmanager") -> dict[str, Any]:
    response = api.get(f"/api/v1/instances/{instance_id}/diagram", user=user)
    assert response.status_code == 200, response.json
    return response.json


def test_a_waiting_order_shows_its_active_approval_and_completed_enrichment(api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded))
    instance_id = order_360(api, order_id)["process"][0]["id"]
    body = _diagram(api, instance_id)
    root = etree.fromstring(body["bpmn"].encode())
    shapes = {s.get("bpmnElement") for s in root.iter(f"{{{BPMNDI}}}BPMNShape")}
    assert {"approve_order", "enrich_site", "decompose"} <= shapes
    elements = body["elements"]
    assert elements["approve_order"]["state"] == "active" and elements["approve_order"]["count"] == 1
    assert elements["enrich_site"] == {**elements["enrich_site"], "state": "completed", "count": 1}
    assert "decompose" not in elements  # not reached yet
    assert {e["state"] for e in elements.values()} <= {"completed", "active", "waiting", "failed", "cancelled"}

    approve(api, order_id)
    elements = _diagram(api, instance_id)["elements"]
    assert elements["approve_order"]["state"] == "completed"
    assert elements["decompose"]["state"] == "completed"
    assert elements["await_fulfilment"]["state"] in ("active", "waiting")


def test_a_failed_plan_shows_its_failed_task(app: Any, api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, postcode="ZZ1 1ZZ"))
    complete(api, order_id, "Enter technical details", "fulfiller", {"serving_exchange": "LAB-1"})
    approve(api, order_id)
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})
    complete(api, order_id, "Install ONT on site", "fulfiller", {"ont_serial": "ONT7654321"})
    failed = [d for d in order_360(api, order_id)["domain_orders"]
              if any(t["state"] == "failed" for t in d["order_tasks"])]
    assert failed, "a ZZ postcode fails at provisioning"
    elements = _diagram(api, failed[0]["instance_id"])["elements"]
    assert elements["activate_service"]["state"] == "failed"
    assert elements["start"]["state"] == "completed"
    page = app.test_client()  # the page's marks: what a click on an element shows
    page.post("/login", data={"username": "fallout", "password": "demo"})
    details = page.get(f"/instances/{failed[0]['instance_id']}/marks").json["details"]["activate_service"]
    assert details["calls"][-1]["status"] == "failed" and details["calls"][-1]["connector"] == "provisioning/activate"
    assert details["calls"][-1]["params"]["site_postcode"] == "ZZ1 1ZZ"
    assert details["fallouts"] and details["fallouts"][0]["status"] in ("open", "retrying")
    root = order_360(api, order_id)["process"][0]["id"]
    approval = page.get(f"/instances/{root}/marks").json["details"]["approve_order"]["work_items"][0]
    assert approval["completed_by"] == "approver" and approval["data"]["approval_decision"] == "approve"


def test_the_diagram_needs_a_staff_role_and_a_known_instance(api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded))
    instance_id = order_360(api, order_id)["process"][0]["id"]
    assert api.get(f"/api/v1/instances/{instance_id}/diagram", user="alice").status_code == 403
    assert api.get(f"/api/v1/instances/{instance_id}/diagram", user=None).status_code == 401
    assert api.get("/api/v1/instances/999999/diagram", user="fmanager").status_code == 404


def test_the_process_version_page_counts_running_instances_per_element(app: Any, api: Any,
                                                                        seeded: dict[str, Any]) -> None:
    from app.studio.diagrams import process_version
    from app.studio.diagrams import running_counts

    first = place(api, fibre_bundle(seeded, external_id="HEAT-1"))
    place(api, fibre_bundle(seeded, external_id="HEAT-2"))
    approve(api, first)
    with app.app_context():
        counts = running_counts(process_version("customer_order", 1))
    assert counts["instances"] == 2
    assert counts["elements"]["approve_order"] == {"state": "active", "count": 1}
    assert counts["elements"]["await_fulfilment"]["count"] == 1
    assert "enrich_site" not in counts["elements"]  # done in both: not where anyone stands

    client = app.test_client()
    client.post("/login", data={"username": "fmanager", "password": "demo"})
    page = client.get("/studio/processes/customer_order/versions/1")
    assert page.status_code == 200 and b"2 running instances" in page.data
    assert client.get("/studio/processes/customer_order/versions/99").status_code == 404
    client.post("/logout")
    client.post("/login", data={"username": "fulfiller", "password": "demo"})
    assert client.get("/studio/processes/customer_order/versions/1").status_code == 403
