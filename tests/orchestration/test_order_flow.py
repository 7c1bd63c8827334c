"""A customer order through enrichment, approval, decomposition, domain orders and close — over HTTP."""
from __future__ import annotations

import re
from typing import Any

from tests.orchestration.flow import approve
from tests.orchestration.flow import complete
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import line
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place
from tests.orchestration.flow import run_to_completion
from tests.orchestration.flow import task

EXPECTED_DOMAIN_ORDERS = {
    ("resource", "ONT", 1), ("resource", "Access Port", 1), ("resource", "IPv4 Address", 1),
    ("service", "Access Line", 1), ("service", "IP Connectivity", 1), ("product", "Fibre Internet Product", 1),
    ("resource", "IPv4 Block", 2), ("service", "IP Connectivity", 2), ("product", "Static IP Product", 2),
    ("resource", "Router", 3), ("service", "CPE Provisioning", 3), ("product", "Managed Router Product", 3),
    ("resource", "Technician Slot", 4), ("service", "Field Visit", 4), ("product", "Installation Product", 4),
}


def _by_spec(order: dict[str, Any]) -> dict[tuple[str, int], dict[str, Any]]:
    return {(d["spec"], d["items"][0]): d for d in order["domain_orders"]}


def test_fibre_bundle_runs_from_capture_to_inventory(api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded))
    order = order_360(api, order_id)
    assert order["enrichment"] == {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": True,
                                   "technical_details_needed": False, "priority": "normal", "sla_class": "bronze"}
    assert order["domain_orders"] == [] and order["state"] == "acknowledged"

    approve(api, order_id)
    order = order_360(api, order_id)
    assert order["state"] == "inProgress"
    assert {(d["type"], d["spec"], d["items"][0]) for d in order["domain_orders"]} == EXPECTED_DOMAIN_ORDERS
    spec = _by_spec(order)
    ids = {key: d["id"] for key, d in spec.items()}
    assert sorted(spec["Access Line", 1]["depends_on"]) == sorted([ids["ONT", 1], ids["Access Port", 1]])
    assert sorted(spec["Fibre Internet Product", 1]["depends_on"]) == sorted(
        [ids["Access Line", 1], ids["IP Connectivity", 1]])
    assert spec["Field Visit", 4]["depends_on"] == [ids["Technician Slot", 4]]
    # staggered: resources are reserved at once; network services wait for the survey (nothing is
    # activated before the site is known to be serviceable: activation is the plans' point of no return)
    assert spec["Access Line", 1]["requires"] == ["survey_result"] and spec["Access Line", 1]["state"] == "pending"
    assert spec["IP Connectivity", 1]["requires"] == ["survey_result"]
    assert spec["IP Connectivity", 1]["state"] == "pending"
    # billing starts when the customer can use what they pay for: once the site is installed
    assert spec["Fibre Internet Product", 1]["requires"] == ["site_installed"]
    assert spec["Fibre Internet Product", 1]["state"] == "pending"
    assert spec["Managed Router Product", 3]["state"] == "pending"
    assert spec["Router", 3]["state"] == "completed"
    assert spec["Field Visit", 4]["state"] == "inProgress"
    assert [t["name"] for t in spec["Field Visit", 4]["tasks"]] == ["Survey site"]

    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})
    spec = _by_spec(order_360(api, order_id))
    assert spec["Access Line", 1]["state"] == "completed"
    assert spec["Fibre Internet Product", 1]["state"] == "pending"
    assert spec["Managed Router Product", 3]["state"] == "pending"
    assert spec["Installation Product", 4]["state"] == "pending"
    assert not any(product["status"] == "active" for product in order_360(api, order_id)["inventory"])

    complete(api, order_id, "Install ONT on site", "fulfiller", {"ont_serial": "ONT1234567"})
    order = order_360(api, order_id)
    assert order["state"] == "completed"
    assert {d["state"] for d in order["domain_orders"]} == {"completed"}
    assert all(item["state"] == "completed" for item in order["items"])
    products = {p["name"]: p for p in order["inventory"]}
    assert set(products) == {"Business Fibre Internet", "Static IP Block", "Managed Router", "Installation"}
    fibre = products["Business Fibre Internet"]
    assert fibre["status"] == "active" and fibre["characteristics"]["bandwidth"] == 500
    assert [s["name"] for s in fibre["services"]] == ["Access Line", "IP Connectivity"]
    assert all(s["id"].startswith("SVC-") for s in fibre["services"])
    assert [r["name"] for r in fibre["resources"]] == ["ONT", "Access Port", "IPv4 Address"]
    assert all(r["id"].startswith("RES-") for r in fibre["resources"])
    [contract] = fibre["contracts"]
    assert contract["term_months"] == 24 and contract["recurring_charge"] == "159.00" and contract["end_date"]
    assert [e["service"] for e in fibre["entitlements"]] == ["Access Line", "IP Connectivity"]
    install = products["Installation"]
    assert install["contracts"][0]["one_time_charge"] == "195.00" and install["contracts"][0]["term_months"] == 0
    assert install["entitlements"] == []
    assert install["services"][0]["ont_serial"] == "ONT1234567"
    router = products["Managed Router"]
    assert router["resources"][0]["serial_number"].startswith("SN")
    assert [e["service"] for e in router["entitlements"]] == ["CPE Provisioning"]
    kinds = [e["kind"] for e in order["events"]]
    assert kinds.index("enriched") < kinds.index("decomposed") < kinds.index("data_provided") < kinds.index("completed")


def test_inventory_and_domain_orders_at_the_tmf_paths(api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, account="Acme Ltd"))
    run_to_completion(api, order_id)
    products = api.get("/tmf-api/productInventory/v4/product", user="alice").json
    assert {p["name"] for p in products} == {"Business Fibre Internet", "Static IP Block", "Managed Router",
                                             "Installation"}
    fibre = next(p for p in products if p["name"] == "Business Fibre Internet")
    assert fibre["@type"] == "Product" and fibre["status"] == "active"
    assert {r["name"] for r in fibre["realizingResource"]} == {"ONT", "Access Port", "IPv4 Address"}
    assert api.get(fibre["href"], user="alice").json["id"] == fibre["id"]
    assert api.get("/tmf-api/productInventory/v4/product", user="bob").json == []
    assert api.get(fibre["href"], user="bob").status_code == 404
    services = api.get("/tmf-api/serviceOrdering/v4/serviceOrder", user="agent").json
    assert {s["serviceOrderItem"][0]["service"]["serviceSpecification"]["name"] for s in services} == {
        "Access Line", "IP Connectivity", "CPE Provisioning", "Field Visit"}
    assert all(s["state"] == "completed" and s["@type"] == "ServiceOrder" for s in services)
    resources = api.get("/tmf-api/resourceOrderingManagement/v4/resourceOrder", user="agent").json
    assert len(resources) == 6 and all(r["@type"] == "ResourceOrder" for r in resources)
    one = api.get(resources[0]["href"], user="agent")
    assert one.status_code == 200 and one.json["id"] == resources[0]["id"]
    assert api.get("/tmf-api/serviceOrdering/v4/serviceOrder", user="alice").status_code == 403


def test_modify_creates_only_the_delta(api: Any, seeded: dict[str, Any]) -> None:
    first = place(api, fibre_bundle(seeded))
    run_to_completion(api, first)
    fibre = next(p for p in order_360(api, first)["inventory"] if p["name"] == "Business Fibre Internet")
    offering = seeded["offerings"]["Business Fibre Internet"]
    body = {"externalId": "CRM-UPGRADE-1", "relatedParty": [{"id": str(seeded["accounts"]["Bravo plc"]),
                                                             "role": "Customer"}],
            "productOrderItem": [line(1, offering, action="modify", product_id=str(fibre["id"]), bandwidth=1000,
                                      site_postcode="SW1A 1AA")]}
    upgrade = place(api, body)
    approve(api, upgrade)
    order = order_360(api, upgrade)
    assert [(d["type"], d["spec"], d["action"]) for d in order["domain_orders"]] == [
        ("service", "Access Line", "modify"), ("product", "Fibre Internet Product", "modify")]
    assert order["state"] == "completed"
    [product] = order["inventory"]
    assert product["id"] == fibre["id"] and product["characteristics"]["bandwidth"] == 1000
    assert [s["name"] for s in product["services"]] == ["Access Line", "IP Connectivity"]  # updated in place
    assert [s["id"] for s in product["services"]] == [s["id"] for s in fibre["services"]]  # changed, none set up
    old, new = product["contracts"]
    assert old["end_date"] <= new["start_date"] and float(new["recurring_charge"]) > float(old["recurring_charge"])


def test_rejected_approval_ends_the_order_rejected(api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded))
    rejection = {"approval_decision": "reject", "approval_reason": "No credit line for this customer"}
    work_item = task(api, order_id, "Approve order", "approver")
    refused = api.post(f"/api/v1/tasks/{work_item['id']}/complete", user="approver", json={"data": rejection})
    assert refused.status_code == 422  # the customer is told why: the form requires it when the answer is no
    assert refused.json["errors"] == [{"field": "customer_reason",
                                       "message": "Required when Decision is “Reject the order”."}]
    complete(api, order_id, "Approve order", "approver", {**rejection, "customer_reason": "Credit check"})
    order = order_360(api, order_id)
    assert order["state"] == "rejected" and order["domain_orders"] == [] and order["inventory"] == []
    rejected = [e for e in order["events"] if e["kind"] == "rejected"]
    assert rejected[0]["message"] == "No credit line for this customer"
    assert order["process"][0]["status"] == "completed"


def test_the_record_names_the_approver_who_rejected_the_order(app: Any, api: Any, seeded: dict[str, Any]) -> None:
    """The rejection was recorded with no one as its actor, though a person's task decided it (the approval
    was recorded with its approver); the order agent read an anonymous 'rejected'."""
    order_id = place(api, fibre_bundle(seeded, external_id="WHO-REJECTED"))
    complete(api, order_id, "Approve order", "approver",
             {"approval_decision": "reject", "approval_reason": "No credit line", "customer_reason": "Credit check"})
    [rejected] = [e for e in order_360(api, order_id)["events"] if e["kind"] == "rejected"]
    assert rejected["actor"] == "approver" and rejected["message"] == "No credit line"
    staff = app.test_client()
    staff.post("/login", data={"username": "omanager", "password": "demo"})
    page = staff.get(f"/workspace/orders/{order_id}").get_data(as_text=True)
    assert re.search(r"<strong>rejected</strong>: No credit line <span class=\"muted\">\(approver\)", page), \
        page.split('<ol class="timeline">')[1][:1500]


def test_unknown_site_asks_for_technical_details_first(api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, postcode="ZZ9 9ZZ"))
    assert order_360(api, order_id)["enrichment"]["technical_details_needed"] is True
    complete(api, order_id, "Enter technical details", "fulfiller", {"serving_exchange": "LAB-1"})
    approve(api, order_id)
    field_visit = next(d for d in order_360(api, order_id)["domain_orders"] if d["spec"] == "Field Visit")
    assert field_visit["state"] == "inProgress"


def test_delete_terminates_the_product_and_ends_its_contract(api: Any, seeded: dict[str, Any]) -> None:
    first = place(api, fibre_bundle(seeded, external_id="CRM-DEL-0"))
    run_to_completion(api, first)
    router = next(p for p in order_360(api, first)["inventory"] if p["name"] == "Managed Router")
    body = {"externalId": "CRM-DEL-1", "relatedParty": [{"id": str(seeded["accounts"]["Bravo plc"]),
                                                         "role": "Customer"}],
            "productOrderItem": [line(1, seeded["offerings"]["Managed Router"], action="delete",
                                      product_id=str(router["id"]))]}
    removal = place(api, body)
    # The router line names no site; enrichment reads it from the order that installed the router
    assert order_360(api, removal)["enrichment"]["serving_exchange"] == "LDN-SOUTH"
    order = order_360(api, removal)  # a disconnect sells nothing: no approval (dmn/order_approval.dmn)
    assert order["state"] == "completed", [(d["spec"], d["state"]) for d in order["domain_orders"]]
    assert order["domain_orders"] and {d["action"] for d in order["domain_orders"]} == {"delete"}
    [product] = order["inventory"]
    assert product["id"] == router["id"] and product["status"] == "terminated" and product["terminated_at"]
    assert all(c["end_date"] for c in product["contracts"])
    assert {e["status"] for e in product["entitlements"]} == {"revoked"}


def test_the_approver_reads_the_totals_in_the_configured_currency(app: Any, api: Any, seeded: dict[str, Any]) -> None:
    """An Ordra taking orders in euros shows the approver euros, in the instructions and on the form: the shipped
    texts said GBP whatever ``CURRENCY`` was."""
    from sqlalchemy import update

    from app.catalog.models import OfferingPrice
    from app.database import unit_of_work
    from app.extensions import db
    from tests.workspace.workspace_support import login

    app.config["CURRENCY"] = "EUR"
    with app.app_context(), unit_of_work():
        db.session.execute(update(OfferingPrice).values(currency="EUR"))  # the price list, made in euros
    order_id = place(api, fibre_bundle(seeded, external_id="EURO-1"))
    approval = api.get(f"/api/v1/tasks/{task(api, order_id, 'Approve order', 'approver')['id']}",
                       user="approver").json
    total = order_360(api, order_id)["totals"]
    assert total["currency"] == "EUR" and f"{total['recurring']} EUR a month" in approval["instructions"]
    client = app.test_client()
    login(client, "approver")
    page = client.get(f"/tasks/{approval['id']}").get_data(as_text=True)
    assert "Currency" in page and 'value="EUR"' in page and "GBP" not in page


def test_the_order_record_says_who_did_each_task_and_when(app: Any, api: Any, seeded: dict[str, Any]) -> None:
    """The approval, the survey and the install were done by people, yet the order's timeline said none of it
    (the approval showed only as the decomposition after it): now each completed task is an entry with its doer."""
    order_id = place(api, fibre_bundle(seeded, external_id="WHO-DID"))
    run_to_completion(api, order_id)
    events = order_360(api, order_id)["events"]
    done = [(e["message"], e["actor"]) for e in events if e["kind"] == "task_completed"]
    assert done == [("Approve order", "approver"), ("Survey site", "fulfiller"), ("Install ONT on site", "fulfiller")]
    kinds = [e["kind"] for e in events]
    assert kinds.index("task_completed") < kinds.index("decomposed")  # approved, then decomposed
    assert [e["at"] for e in events] == sorted(e["at"] for e in events)
    staff = app.test_client()
    staff.post("/login", data={"username": "omanager", "password": "demo"})
    page = staff.get(f"/workspace/orders/{order_id}").get_data(as_text=True)
    assert re.search(r"UTC</time>\s*<strong>task completed</strong>: Approve order <span class=\"muted\">\(approver\)",
                     page), page.split('<ol class="timeline">')[1][:1500]
    customer = app.test_client()
    customer.post("/login", data={"username": "bob", "password": "demo"})
    assert "Install ONT on site" not in customer.get(f"/portal/orders/{order_id}").get_data(as_text=True)
