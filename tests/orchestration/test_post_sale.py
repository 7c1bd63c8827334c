"""Post-sale changes of installed products over TMF622: suspend, resume and disconnect, each an order."""
from __future__ import annotations

from typing import Any

from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import line
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place
from tests.orchestration.flow import run_to_completion
from tests.orchestration.test_order_cancellation import inbox

PRODUCTS = "/tmf-api/productInventory/v4/product"


def status_order(api: Any, seeded: dict[str, Any], product: dict[str, Any], *, action: str,
                 status: str | None = None, external_id: str) -> int:
    item = line(1, seeded["offerings"][product["name"]], action=action, product_id=str(product["id"]))
    if status:
        item["product"]["status"] = status
    order_id = place(api, {"externalId": external_id, "productOrderItem": [item],
                           "relatedParty": [{"id": str(seeded["accounts"]["Bravo plc"]), "role": "Customer"}]})
    # a status change sells nothing: the order_approval decision sends it straight to fulfilment
    assert inbox(api, "approver", order_id) == []
    return order_id


def _task(api: Any, order_id: int) -> dict[str, Any]:
    return next(t for t in api.get("/api/v1/tasks", user="approver").json if t["order_id"] == order_id)


def _instructions(api: Any, order_id: int) -> str:
    return str(api.get(f"/api/v1/tasks/{_task_id(api, order_id)}", user="approver").json["instructions"])


def _task_id(api: Any, order_id: int) -> int:
    return int(_task(api, order_id)["id"])


def test_suspend_resume_and_disconnect_an_installed_product(api: Any, seeded: dict[str, Any]) -> None:
    first = place(api, fibre_bundle(seeded, external_id="MACD-1"))
    run_to_completion(api, first)
    fibre = next(p for p in order_360(api, first)["inventory"] if p["name"] == "Business Fibre Internet")
    assert fibre["status"] == "active" and {e["status"] for e in fibre["entitlements"]} == {"active"}

    suspend = status_order(api, seeded, fibre, action="modify", status="suspended", external_id="MACD-S")
    order = order_360(api, suspend)
    assert order["state"] == "completed", [(d["name"], d["state"]) for d in order["domain_orders"]]
    assert _steps(order) == {"Suspend service", "Suspend billing"}
    assert order["items"][0]["action"] == "suspend" and order["totals"]["recurring"] == "0.00"
    assert {d["type"] for d in order["domain_orders"]} == {"service", "product"}  # no resource is touched
    tmf = api.get(f"{PRODUCTS}/{fibre['id']}", user="bob").json
    assert tmf["status"] == "suspended"
    suspended = next(p for p in order["inventory"] if p["id"] == fibre["id"])
    assert {e["status"] for e in suspended["entitlements"]} == {"suspended"}
    assert all(c["end_date"] for c in suspended["contracts"])  # the contract runs on (it has its term end)

    again = api.post("/tmf-api/productOrderingManagement/v4/productOrder", user="agent", json={
        "externalId": "MACD-S2", "relatedParty": [{"id": str(seeded["accounts"]["Bravo plc"]), "role": "Customer"}],
        "productOrderItem": [{**line(1, seeded["offerings"]["Business Fibre Internet"], action="modify",
                                     product_id=str(fibre["id"])), "product": {"id": str(fibre["id"]),
                                                                               "status": "suspended"}}]})
    assert again.status_code == 400 and "is suspended" in again.json["errors"][0]["message"]

    resume = status_order(api, seeded, fibre, action="modify", status="active", external_id="MACD-R")
    assert order_360(api, resume)["state"] == "completed"
    assert _steps(order_360(api, resume)) == {"Resume service", "Resume billing"}
    assert api.get(f"{PRODUCTS}/{fibre['id']}", user="bob").json["status"] == "active"
    resumed = next(p for p in order_360(api, resume)["inventory"] if p["id"] == fibre["id"])
    assert {e["status"] for e in resumed["entitlements"]} == {"active"}

    block = next(p for p in order_360(api, first)["inventory"] if p["name"] == "Static IP Block")
    status_order(api, seeded, block, action="delete", external_id="MACD-D0")  # it needs the fibre: first
    disconnect = status_order(api, seeded, fibre, action="delete", external_id="MACD-D")
    assert order_360(api, disconnect)["state"] == "completed"
    assert _steps(order_360(api, disconnect)) == {"Cease service", "Release the product's resource", "Stop billing"}
    assert api.get(f"{PRODUCTS}/{fibre['id']}", user="bob").json["status"] == "terminated"
    ended = next(p for p in order_360(api, disconnect)["inventory"] if p["id"] == fibre["id"])
    assert {e["status"] for e in ended["entitlements"]} == {"revoked"}
    assert all(c["end_date"] and c["end_date"][:10] <= ended["terminated_at"][:10] for c in ended["contracts"])


def _steps(order: dict[str, Any]) -> set[str]:
    """The names of the steps the order's plans took (their connector calls)."""
    return {call["name"] for domain in order["domain_orders"] for call in domain["order_tasks"]}


def test_a_disconnect_ceases_the_products_service_and_releases_its_resources(api: Any,
                                                                              seeded: dict[str, Any]) -> None:
    """A disconnect acts on what the product holds: the network ceases the service it activated (same id, port and
    address) and resource inventory releases the resources it reserved; none is reserved or activated anew."""
    first = place(api, fibre_bundle(seeded, external_id="CEASE-1"))
    run_to_completion(api, first)
    installed = {p["name"]: p for p in order_360(api, first)["inventory"]}
    fibre, block = installed["Business Fibre Internet"], installed["Static IP Block"]
    status_order(api, seeded, block, action="delete", external_id="CEASE-D0")
    disconnect = status_order(api, seeded, fibre, action="delete", external_id="CEASE-D")
    ended = next(p for p in order_360(api, disconnect)["inventory"] if p["id"] == fibre["id"])
    assert fibre["services"] and fibre["resources"]
    for before in fibre["services"]:
        after = next(s for s in ended["services"] if s["name"] == before["name"])
        assert after["status"] == "ceased"
        assert (after["id"], after.get("access_port")) == (before["id"], before.get("access_port"))
    for before in fibre["resources"]:
        after = next(r for r in ended["resources"] if r["name"] == before["name"])
        assert (after["id"], after["status"]) == (before["id"], "released")
    assert {s["name"] for s in ended["services"]} == {s["name"] for s in fibre["services"]}  # nothing new set up


def test_a_product_changed_by_an_order_in_flight_takes_no_other_change_until_it_ends(
        app: Any, api: Any, seeded: dict[str, Any]) -> None:
    """Its status changes when that order closes: a second order would start from the status it has now."""
    first = place(api, fibre_bundle(seeded, external_id="MACD-F"))
    run_to_completion(api, first)
    fibre = next(p for p in order_360(api, first)["inventory"] if p["name"] == "Business Fibre Internet")
    # a change of what the customer buys (a faster line) waits for its commercial approval: in flight
    item = line(1, seeded["offerings"]["Business Fibre Internet"], action="modify", product_id=str(fibre["id"]),
                bandwidth=1000)
    party = [{"id": str(seeded["accounts"]["Bravo plc"]), "role": "Customer"}]
    upgrade = place(api, {"externalId": "MACD-F-S", "productOrderItem": [item], "relatedParty": party})
    assert "Approve order" in inbox(api, "approver", upgrade)

    disconnect = line(1, seeded["offerings"]["Business Fibre Internet"], action="delete", product_id=str(fibre["id"]))
    refused = api.post("/tmf-api/productOrderingManagement/v4/productOrder", user="agent",
                       json={"externalId": "MACD-F-D", "productOrderItem": [disconnect], "relatedParty": party})
    assert refused.status_code == 400, refused.json
    assert refused.json["errors"] == [{"field": "productOrderItem[0].product.id", "message":
                                       f"product {fibre['id']} is being changed by order {upgrade} "
                                       "(acknowledged); order again once it has ended"}]
    resume = line(1, seeded["offerings"]["Business Fibre Internet"], action="modify", product_id=str(fibre["id"]))
    resume["product"]["status"] = "active"  # the customer takes the suspend back before it ran: the same answer
    refused = api.post("/tmf-api/productOrderingManagement/v4/productOrder", user="agent",
                       json={"externalId": "MACD-F-R0", "productOrderItem": [resume], "relatedParty": party})
    assert refused.status_code == 400 and f"is being changed by order {upgrade}" in refused.json["message"]
    shown = next(p for p in order_360(api, first)["inventory"] if p["id"] == fibre["id"])
    assert shown["changing_order"] == {"id": upgrade, "state": "acknowledged"}
    client = app.test_client()
    client.post("/login", data={"username": "agent", "password": "demo"})
    page = client.get(f"/workspace/orders/{first}").get_data(as_text=True)
    assert f'being changed by <a href="/workspace/orders/{upgrade}">order {upgrade}</a>' in page

    api.post(f"/api/v1/tasks/{_task_id(api, upgrade)}/complete", user="approver",
             json={"data": {"approval_decision": "reject", "customer_reason": "Credit check"}})
    assert order_360(api, upgrade)["state"] == "rejected"
    ended = next(p for p in order_360(api, first)["inventory"] if p["id"] == fibre["id"])
    assert ended["status"] == "active" and ended["changing_order"] is None
    suspend = status_order(api, seeded, fibre, action="modify", status="suspended", external_id="MACD-F-S2")
    assert order_360(api, suspend)["state"] == "completed"
    resume = status_order(api, seeded, fibre, action="modify", status="active", external_id="MACD-F-R")
    assert order_360(api, resume)["state"] == "completed"


def test_a_line_naming_another_customers_product_is_refused(api: Any, seeded: dict[str, Any]) -> None:
    first = place(api, fibre_bundle(seeded, external_id="MACD-2"))
    run_to_completion(api, first)
    fibre = next(p for p in order_360(api, first)["inventory"] if p["name"] == "Business Fibre Internet")
    item = line(1, seeded["offerings"]["Business Fibre Internet"], action="delete", product_id=str(fibre["id"]))
    response = api.post("/tmf-api/productOrderingManagement/v4/productOrder", user="agent", json={
        "productOrderItem": [item], "relatedParty": [{"id": str(seeded["accounts"]["Acme Ltd"]), "role": "Customer"}]})
    assert response.status_code == 400
    assert response.json["errors"][0]["field"] == "productOrderItem[0].product.id"


def test_the_approver_reads_what_each_line_does(api: Any, seeded: dict[str, Any]) -> None:
    """Not only a monthly total: a change of an installed product names the action and the product."""
    first = place(api, fibre_bundle(seeded, external_id="MACD-A"))
    assert ("New Business Fibre Internet; New Static IP Block; New Managed Router; New Installation."
            in _instructions(api, first))
    run_to_completion(api, first)
    fibre = next(p for p in order_360(api, first)["inventory"] if p["name"] == "Business Fibre Internet")
    upgrade = place(api, {"externalId": "MACD-A2", "relatedParty": [
        {"id": str(seeded["accounts"]["Bravo plc"]), "role": "Customer"}], "productOrderItem": [
        line(1, seeded["offerings"]["Business Fibre Internet"], action="modify", product_id=str(fibre["id"]),
             bandwidth=1000)]})
    assert f"Change Business Fibre Internet (product {fibre['id']})." in _instructions(api, upgrade)


def test_a_disconnect_that_would_leave_a_dependent_product_without_its_line_is_refused_naming_it(
        app: Any, api: Any, seeded: dict[str, Any]) -> None:
    """The Static IP Block's addressing requires the fibre's Internet Access (catalog ``requires``): ceasing the
    fibre alone would leave the block active and billed on no line. TMF622 and the portal refuse the same way;
    both in one order, or the block first, are taken."""
    first = place(api, fibre_bundle(seeded, external_id="MACD-DEP", account="Acme Ltd"))
    run_to_completion(api, first)
    inventory = {p["name"]: p for p in order_360(api, first)["inventory"]}
    fibre, block = inventory["Business Fibre Internet"], inventory["Static IP Block"]
    party = [{"id": str(seeded["accounts"]["Acme Ltd"]), "role": "Customer"}]
    alone = line(1, seeded["offerings"]["Business Fibre Internet"], action="delete", product_id=str(fibre["id"]))
    refused = api.post("/tmf-api/productOrderingManagement/v4/productOrder", user="agent",
                       json={"externalId": "MACD-DEP-1", "productOrderItem": [alone], "relatedParty": party})
    expected = (f"product {fibre['id']} cannot be disconnected on its own: Static IP Block (product {block['id']}) "
                "needs it; disconnect that first, or both in one order")
    assert refused.status_code == 400
    assert refused.json["errors"] == [{"field": "productOrderItem[0].product.id", "message": expected}]

    client = app.test_client()
    client.post("/login", data={"username": "alice", "password": "demo"})
    page = client.post(f"/portal/products/{fibre['id']}", data={"action": "delete", "confirmed": "yes"})
    assert page.status_code == 422 and "Static IP Block (product" in page.get_data(as_text=True)
    assert api.get(f"{PRODUCTS}/{fibre['id']}", user="alice").json["status"] == "active"

    both = place(api, {"externalId": "MACD-DEP-2", "relatedParty": party, "productOrderItem": [
        alone, line(2, seeded["offerings"]["Static IP Block"], action="delete", product_id=str(block["id"]))]})
    assert order_360(api, both)["state"] == "completed"
    assert {api.get(f"{PRODUCTS}/{p['id']}", user="alice").json["status"] for p in (fibre, block)} == {"terminated"}
