"""A small world of real objects for the access matrix: orders of customer A (alice, Acme Ltd) in every stage
that has something to look at, and the staff-side things around them.

Everything is made over HTTP as the people who would make it, then committed; the matrix then probes each
route as each caller against these ids.
"""
from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from datetime import timedelta
from typing import Any

from flask import Flask
from sqlalchemy import select

from app.database import unit_of_work
from app.database import utcnow
from app.extensions import db
from tests.helpers import Api
from tests.orchestration.flow import ORDERS
from tests.orchestration.flow import approve
from tests.orchestration.flow import complete
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import run_to_completion
from tests.orchestration.flow import task

OWNER = "alice"  # customer of Acme Ltd: every customer object below is hers
STRANGER = "bob"  # customer of Bravo plc
TMF = "/tmf-api"


@dataclass
class World:
    """The ids the matrix puts into URLs (by URL argument name) and bodies."""

    values: dict[str, Any] = field(default_factory=dict)
    by_endpoint: dict[str, dict[str, Any]] = field(default_factory=dict)


def place_for_alice(api: Api, seeded: dict[str, Any], external_id: str, postcode: str = "SW1A 1AA") -> int:
    response = api.post(ORDERS, user=OWNER, json=fibre_bundle(seeded, external_id=external_id, postcode=postcode,
                                                              account="Acme Ltd"))
    assert response.status_code == 201, response.json
    return int(response.json["id"])


def build(app: Flask, api: Api, seeded: dict[str, Any]) -> World:
    """Alice's orders: one fallen out (held, with fallout cases, domain orders and an instance), one completed
    (inventory), one waiting for approval (an order approver's task), one cancelled; a customer request; a
    jeopardy alert; her API token; a hub, an export job and a simulator rule; the seeded models' deployment and test
    cases."""
    held = place_for_alice(api, seeded, "ACL-HELD", postcode="ZZ1 1ZZ")
    complete(api, held, "Enter technical details", "fulfiller", {"serving_exchange": "LAB-1"})
    approve(api, held)
    complete(api, held, "Survey site", "fulfiller", {"survey_result": "ready"})
    fallouts = api.get(f"/api/v1/fallouts?order={held}", user="fallout").json
    assert fallouts, "the ZZ postcode should fall out"
    done = place_for_alice(api, seeded, "ACL-DONE")
    run_to_completion(api, done)
    products = api.get(f"{TMF}/productInventory/v4/product", user=OWNER).json
    assert products, "the completed order should leave products"
    waiting = place_for_alice(api, seeded, "ACL-WAIT")
    approval = task(api, waiting, "Approve order", "approver")
    cancelled = place_for_alice(api, seeded, "ACL-CANCEL")
    cancellation = api.post(f"{TMF}/productOrderingManagement/v4/cancelProductOrder", user=OWNER,
                            json={"productOrder": {"id": str(cancelled)}})
    assert cancellation.status_code == 201, cancellation.json
    app.config["TMF_HUB_ALLOW_PRIVATE_CALLBACKS"] = True  # a listener nobody runs: deliveries fail, quietly
    hub = api.post(f"{TMF}/productOrderingManagement/v4/hub", user="agent", json={"callback": "http://127.0.0.1:9/x"})
    assert hub.status_code == 201, hub.json
    export = api.post(f"{TMF}/productCatalogManagement/v4/exportJob", user="admin",
                      json={"url": "/productCatalogManagement/v4/productOffering"})
    assert export.status_code == 201, export.json
    token = api.post("/api/v1/tokens", user=OWNER, json={"name": "ACL-integration"})
    assert token.status_code == 201, token.json
    world = World()
    with app.app_context():
        ids = _stored_ids(held)
    world.values = {
        "order_id": held, "product_id": int(products[0]["id"]), "work_item_id": approval["id"],
        "fallout_id": fallouts[0]["id"], "cancellation_id": int(cancellation.json["id"]), "hub_id": int(hub.json["id"]),
        "job_id": int(export.json["id"]), "token_id": token.json["id"],
        "process_id": "customer_order", "decision_id": "approval_level",
        "model_id": "customer_order", "kind": "process", "version": 1, "name": "provisioning/activate",
        "filename": "ordra.css", "day": "2027-01-05", **ids}
    world.values["alert_id"] = _raise_alert(app)
    world.by_endpoint = _per_endpoint(world.values, done)
    return world


def _stored_ids(order_id: int) -> dict[str, Any]:
    from app.catalog.models import Category
    from app.catalog.models import OfferingPrice
    from app.catalog.models import ProductOffering
    from app.catalog.models import Specification
    from app.connectors.models import SimulatorRule
    from app.engine.models import ProcessInstance
    from app.orchestration.models import DomainOrder
    from app.orders.models import ImportBatch
    from app.studio.models import Deployment
    from app.studio.models import ModelTestCase

    def first(column: Any, *where: Any) -> Any:
        return db.session.scalar(select(column).where(*where).order_by(column).limit(1))

    if first(ImportBatch.id) is None:  # the order import page's batch
        with unit_of_work():
            db.session.add(ImportBatch(filename="world.jsonl"))
    rule = first(SimulatorRule.id)
    if rule is None:
        with unit_of_work():
            db.session.add(SimulatorRule(connector="provisioning/activate", error_code="E1", rate=0, enabled=False))
        rule = first(SimulatorRule.id)
    return {
        "instance_id": first(ProcessInstance.id, ProcessInstance.order_id == order_id),
        "service_order_id": first(DomainOrder.id, DomainOrder.order_id == order_id, DomainOrder.type == "service"),
        "resource_order_id": first(DomainOrder.id, DomainOrder.type == "resource"),
        "deployment_id": first(Deployment.id), "case_id": first(ModelTestCase.id), "rule_id": rule,
        "offering_id": first(ProductOffering.id), "price_id": first(OfferingPrice.id),
        "spec_id": first(Specification.id), "category_id": first(Category.id), "catalog_id": "1",
        "migration_id": 1, "batch_id": first(ImportBatch.id),
    }


def _raise_alert(app: Flask) -> int:
    """Run the jeopardy check a month ahead: every open task's SLA is broken, so alerts are raised."""
    from app.jeopardy import service as jeopardy
    from app.jeopardy.models import JeopardyAlert

    with app.app_context():
        with unit_of_work():
            jeopardy.check(utcnow() + timedelta(days=30))
        alert = db.session.scalar(select(JeopardyAlert.id).where(JeopardyAlert.role == "fulfillment_manager")
                                  .order_by(JeopardyAlert.id).limit(1))
    assert alert is not None, "a month on, some work should be late"
    return int(alert)


def _per_endpoint(values: dict[str, Any], done: int) -> dict[str, dict[str, Any]]:
    """URL values that differ by endpoint: the product changes act on the completed order's products; starting
    by hand probes a process staff may start (Ordra's own, like customer_order, are a process admin's alone)."""
    return {"api.start_instance": {"process_id": "change_request"},
            "tmf.get_cancel_service_order": {"cancellation_id": 1},
            "tmf.get_cancel_resource_order": {"cancellation_id": 1},
            "tmf.get_import_job": {"job_id": 1}, "tmf.delete_import_job": {"job_id": 1},
            "api.delete_draft": {"kind": "process"}, "api.get_draft": {"kind": "process"},
            "api.put_draft": {"kind": "process"}, "studio.draft": {"kind": "process"},
            "studio.redeploy_version": {"kinds": "processes"}, "studio.edit_test_case": {"kinds": "processes"},
            "studio.delete_test_case": {"kinds": "processes"}, "studio.restore_shipped_cases": {"kinds": "processes"},
            "workspace.edit_order": {"order_id": done}}
