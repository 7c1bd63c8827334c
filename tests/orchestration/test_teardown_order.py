"""The order in which a post-sale line's domain orders run: a disconnect or a suspend tears the product down
top-down (billing, then the service, then the resources nothing uses any more), a resume builds it up again
bottom-up like an add; and the demo billing system acts on the product's own billing item."""
from __future__ import annotations

from typing import Any

from flask import Flask
from sqlalchemy import select

from app.connectors.models import DemoLedgerEntry
from app.connectors.models import SimulatorRule
from app.database import unit_of_work
from app.extensions import db
from app.orchestration import decomposition
from app.orchestration.decomposition import PlannedDomain
from tests.orchestration.flow import approve
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import line
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place
from tests.orchestration.flow import run_to_completion
from tests.orchestration.test_order_cancellation import cancel
from tests.orchestration.test_post_sale import status_order


def _installed(api: Any, seeded: dict[str, Any], external_id: str) -> tuple[int, dict[str, dict[str, Any]]]:
    """A fibre bundle delivered, and its products by name."""
    first = place(api, fibre_bundle(seeded, external_id=external_id))
    run_to_completion(api, first)
    return first, {p["name"]: p for p in order_360(api, first)["inventory"]}


def _product(api: Any, order_id: int, product_id: int) -> dict[str, Any]:
    return next(p for p in order_360(api, order_id)["inventory"] if p["id"] == product_id)


def _calls(app: Flask, since: int) -> list[tuple[str, dict[str, Any]]]:
    """What the demo systems were asked after ledger entry ``since``, in the order they did it (their own records)."""
    with app.app_context():
        rows = db.session.execute(select(DemoLedgerEntry.connector, DemoLedgerEntry.response)
                                  .where(DemoLedgerEntry.id > since).order_by(DemoLedgerEntry.id)).all()
    return [(connector, dict(response)) for connector, response in rows]


def _last_entry(app: Flask) -> int:
    with app.app_context():
        return int(db.session.scalar(select(db.func.max(DemoLedgerEntry.id))) or 0)


def _by_type(order: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for domain in order["domain_orders"]:
        grouped.setdefault(domain["type"], []).append(domain)
    return grouped


def _runs_after(later: dict[str, Any], earlier: list[dict[str, Any]]) -> bool:
    """``later`` waits for every one of ``earlier``, and started once they had all completed."""
    return ({d["id"] for d in earlier} <= set(later["depends_on"])
            and all(d["completed_at"] <= later["started_at"] for d in earlier))


def test_a_disconnect_stops_billing_then_ceases_the_service_then_releases_the_resources(
        app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    first, installed = _installed(api, seeded, "DOWN-1")
    fibre, block = installed["Business Fibre Internet"], installed["Static IP Block"]
    status_order(api, seeded, block, action="delete", external_id="DOWN-D0")  # it needs the fibre: first
    since = _last_entry(app)
    disconnect = status_order(api, seeded, fibre, action="delete", external_id="DOWN-D")
    order = order_360(api, disconnect)
    assert order["state"] == "completed"
    domains = _by_type(order)
    (billing,), services, resources = domains["product"], domains["service"], domains["resource"]
    assert billing["depends_on"] == []
    assert all(_runs_after(service, [billing]) for service in services)
    using = {r["spec"]: [s["spec"] for s in services if s["id"] in r["depends_on"]] for r in resources}
    assert using == {"ONT": ["Access Line"], "Access Port": ["Access Line"], "IPv4 Address": ["IP Connectivity"]}
    assert all(_runs_after(r, [s for s in services if s["id"] in r["depends_on"]]) for r in resources)

    asked = [connector for connector, _ in _calls(app, since)]
    assert asked == ["billing/activate", *["provisioning/activate"] * len(services),
                     *["inventory/release"] * len(resources)]
    ended = _product(api, first, fibre["id"])
    assert {s["status"] for s in ended["services"]} == {"ceased"}
    assert {r["status"] for r in ended["resources"]} == {"released"}


def test_a_disconnect_cancelled_before_billing_stopped_leaves_the_product_as_it_was(
        app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    """The billing system is down: nothing else of the product is touched while billing runs, so the customer can
    still cancel, and the product keeps its service and resources."""
    first, installed = _installed(api, seeded, "DOWN-2")
    fibre, block = installed["Business Fibre Internet"], installed["Static IP Block"]
    status_order(api, seeded, block, action="delete", external_id="DOWN-2-D0")
    with app.app_context(), unit_of_work():
        db.session.add(SimulatorRule(connector="billing/activate", error_code="DOWN", message="billing down"))
    since = _last_entry(app)
    disconnect = status_order(api, seeded, fibre, action="delete", external_id="DOWN-2-D")
    held = order_360(api, disconnect)
    assert held["state"] == "held" and held["fallouts"]
    assert {d["state"] for d in held["domain_orders"] if d["type"] != "product"} == {"waiting"}

    assert cancel(api, disconnect).status_code == 201
    assert order_360(api, disconnect)["state"] == "cancelled"
    assert _calls(app, since) == []  # no service ceased, no resource released
    kept = _product(api, first, fibre["id"])
    assert kept["status"] == "active"
    assert (kept["services"], kept["resources"]) == (fibre["services"], fibre["resources"])


def test_a_disconnect_whose_service_cannot_be_ceased_keeps_its_resources(
        app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    """Billing stopped (its point of no return) and the network refuses to cease the service: the resources the
    service uses stay reserved, and the order can no longer be cancelled."""
    _first, installed = _installed(api, seeded, "DOWN-3")
    fibre, block = installed["Business Fibre Internet"], installed["Static IP Block"]
    status_order(api, seeded, block, action="delete", external_id="DOWN-3-D0")
    with app.app_context(), unit_of_work():
        db.session.add(SimulatorRule(connector="provisioning/activate", error_code="DOWN", message="network down"))
    since = _last_entry(app)
    disconnect = status_order(api, seeded, fibre, action="delete", external_id="DOWN-3-D")
    held = order_360(api, disconnect)
    assert held["state"] == "held" and held["fallouts"]
    assert {d["state"] for d in held["domain_orders"] if d["type"] == "resource"} == {"waiting"}
    assert [connector for connector, _ in _calls(app, since)] == ["billing/activate"]
    refused = cancel(api, disconnect)
    assert refused.status_code == 409 and "'Stop billing' is done" in refused.json["message"]


def test_a_suspend_stops_charging_first_and_a_resume_charges_again_last(api: Any, seeded: dict[str, Any]) -> None:
    _first, installed = _installed(api, seeded, "DOWN-4")
    fibre = installed["Business Fibre Internet"]
    suspend = _by_type(order_360(api, status_order(api, seeded, fibre, action="modify", status="suspended",
                                                   external_id="DOWN-4-S")))
    (billing,), services = suspend["product"], suspend["service"]
    assert billing["depends_on"] == [] and all(_runs_after(service, [billing]) for service in services)

    resume = _by_type(order_360(api, status_order(api, seeded, fibre, action="modify", status="active",
                                                  external_id="DOWN-4-R")))
    (billing,), services = resume["product"], resume["service"]
    assert all(service["depends_on"] == [] for service in services) and _runs_after(billing, services)


def test_an_order_of_an_add_and_a_disconnect_runs_each_line_its_own_way(api: Any, seeded: dict[str, Any]) -> None:
    _first, installed = _installed(api, seeded, "DOWN-5")
    router = installed["Managed Router"]
    party = [{"id": str(seeded["accounts"]["Bravo plc"]), "role": "Customer"}]
    offering = seeded["offerings"]["Managed Router"]
    mixed = place(api, {"externalId": "DOWN-5-M", "relatedParty": party, "productOrderItem": [
        line(1, offering, action="delete", product_id=str(router["id"])), line(2, offering)]})
    approve(api, mixed)
    order = order_360(api, mixed)
    assert order["state"] == "completed", [(d["name"], d["state"]) for d in order["domain_orders"]]
    removed, added = ({d["id"]: d for d in order["domain_orders"] if d["items"] == [seq]} for seq in (1, 2))
    top = {seq: next(d for d in line_ if d["type"] == "product") for seq, line_ in ((1, removed.values()),
                                                                                   (2, added.values()))}
    assert top[1]["depends_on"] == [] and top[2]["depends_on"]  # the disconnect starts at billing, the add ends there
    for domains in (removed, added):
        assert all(set(d["depends_on"]) <= set(domains) for d in domains.values())  # within its line's tree


def _planned(spec: str, action: str, below: list[PlannedDomain], *, requires: str = "",
             provides: str = "") -> PlannedDomain:
    domain = PlannedDomain(seq=1, spec_name=spec, type="service", plan="p", name=spec,
                           requires=[requires] * bool(requires), provides={provides} - {""}, watches="",
                           action=action, data={}, below=below, rule={})
    for child in below:
        child.above.append(domain)
    return domain


def test_a_requirement_only_a_domain_order_waiting_for_it_provides_is_dropped() -> None:
    """A lower node providing data an upper node requires: bottom-up it arrives in time; top-down the provider waits
    for the requirer, so the requirer would wait forever for it."""
    for action, kept in (("add", ["token"]), ("delete", [])):
        resource = _planned("Port", action, [], provides="token")
        service = _planned("Line", action, [resource], requires="token")
        providers, dependents = decomposition._links([resource, service])
        assert decomposition._awaitable(service, {"token"}, providers, dependents) == kept, action


def test_billing_acts_on_the_products_own_billing_item(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    """As the network acts on the product's service: suspend, resume and stop the item billing opened at activation,
    and the product's record shows the item's state after each order."""
    first, installed = _installed(api, seeded, "BILL-1")
    fibre, block = installed["Business Fibre Internet"], installed["Static IP Block"]
    item = fibre["billing"]["id"]
    assert item and fibre["billing"]["billing_item_id"] == item and fibre["billing"]["status"] == "active"
    since = _last_entry(app)
    states = []
    for action, status, external_id in (("modify", "suspended", "BILL-S"), ("modify", "active", "BILL-R"),
                                        ("delete", None, "BILL-D")):
        if action == "delete":
            status_order(api, seeded, block, action="delete", external_id="BILL-D0")
        order = status_order(api, seeded, fibre, action=action, status=status, external_id=external_id)
        assert order_360(api, order)["state"] == "completed"
        billing = _product(api, first, fibre["id"])["billing"]
        states.append((billing["id"], billing["status"]))
    assert states == [(item, "suspended"), (item, "active"), (item, "ceased")]
    billed = [answer for connector, answer in _calls(app, since) if connector == "billing/activate"]
    fibres = [answer for answer in billed if answer["product"] == "Business Fibre Internet"]
    assert [a["billing_item_id"] for a in fibres] == [item] * 3  # no new item was opened
    staff = app.test_client()
    staff.post("/login", data={"username": "agent", "password": "demo"})
    page = staff.get(f"/workspace/orders/{first}").get_data(as_text=True)
    assert f'billing item <code>{item}</code> <span class="muted">(ceased)</span>' in page
    customer = app.test_client()
    customer.post("/login", data={"username": "bob", "password": "demo"})  # Bravo plc's
    assert f"Billed as item <code>{item}</code> (ceased)" in customer.get("/portal/products").get_data(as_text=True)


def test_billing_refuses_an_item_it_never_created_and_the_disconnect_falls_out(
        app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    from app.orders.models import InventoryProduct
    _first, installed = _installed(api, seeded, "BILL-2")
    block = installed["Static IP Block"]
    with app.app_context(), unit_of_work():
        product = db.session.get(InventoryProduct, block["id"])
        product.billing = {**(product.billing or {}), "id": "BIL-0000000", "billing_item_id": "BIL-0000000"}
    disconnect = status_order(api, seeded, block, action="delete", external_id="BILL-2-D")
    held = order_360(api, disconnect)
    assert held["state"] == "held" and held["fallouts"]
    (stop,) = [call for d in held["domain_orders"] if d["type"] == "product" for call in d["order_tasks"]]
    assert stop["name"] == "Stop billing" and "BIL-0000000 was never created" in stop["error"]
