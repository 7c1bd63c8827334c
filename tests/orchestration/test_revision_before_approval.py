"""A revision applied while the order awaits its approval: the approver decides on the order as it now is, and the
order page states the revised order's discount and price change."""
from __future__ import annotations

import html
import re
from typing import Any

from flask import Flask

from tests.orchestration.flow import approve
from tests.orchestration.flow import complete
from tests.orchestration.flow import order_360
from tests.orchestration.flow import task
from tests.orchestration.test_order_revisions import revise
from tests.workspace.workspace_support import account_id
from tests.workspace.workspace_support import discount
from tests.workspace.workspace_support import fibre
from tests.workspace.workspace_support import line
from tests.workspace.workspace_support import offering_id


def _submit_router_order(app: Flask, **more: str) -> int:
    """As the QA engineer did: Bravo plc, Business Fibre Internet 100 Mbps + Managed Router, 10% off the order
    (£85.05 a month), submitted in the workspace; it waits at "Approve order"."""
    agent = app.test_client()
    agent.post("/login", data={"username": "agent", "password": "demo"})
    form = {"action": "submit", "account_id": str(account_id(app, "Bravo plc")), **fibre(app, bandwidth=100),
            **line(1, offering_id(app, "Managed Router")), **discount("discount", "percentage", "10", "loyalty"),
            **more}
    response = agent.post("/workspace/orders/new", data=form)
    assert response.status_code == 302, response.get_data(as_text=True)
    found = re.fullmatch(r"/workspace/orders/(\d+)", response.headers["Location"])
    assert found, response.headers["Location"]
    return int(found.group(1))


# 1000 Mbps, the router removed: the QA engineer's revision
UPGRADE_WITHOUT_ROUTER = [{"id": "1", "product": {"productCharacteristic": [{"name": "bandwidth", "value": 1000}]}},
                          {"id": "2", "action": "delete"}]


def _text(page: str, start: str, end: str) -> str:
    part = page.split(start, 1)[1].split(end, 1)[0]
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", part))).strip()


def test_the_approver_decides_on_the_order_as_revised(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    """The approval task kept the lines and price of the order as captured (85.05 GBP a month, the router) after a
    revision made it 265.50 without the router; approving it fulfilled an order the approver never saw."""
    order_id = _submit_router_order(app)
    before = task(api, order_id, "Approve order", "approver")
    shown = api.get(f"/api/v1/tasks/{before['id']}", user="approver").json
    assert "New Business Fibre Internet; New Managed Router. 85.05 GBP a month" in shown["instructions"]

    dry = revise(api, order_id, UPGRADE_WITHOUT_ROUTER, dry_run=True).json
    assert dry["approval"] == {"needed": False, "reason": None, "review": "Approve order"}  # the order's own, again
    revised = revise(api, order_id, UPGRADE_WITHOUT_ROUTER)
    assert revised.status_code == 201, revised.json
    assert revised.json["status"] == "applied"

    # The task shown before the revision is gone: a decision on it would be on an order that no longer exists.
    stale = api.post(f"/api/v1/tasks/{before['id']}/complete", user="approver",
                     json={"data": {"approval_decision": "approve"}})
    assert stale.status_code == 409, stale.json
    now = task(api, order_id, "Approve order", "approver")
    assert now["id"] != before["id"]
    shown = api.get(f"/api/v1/tasks/{now['id']}", user="approver").json
    assert "New Business Fibre Internet. 265.50 GBP a month" in shown["instructions"], shown["instructions"]
    assert "Managed Router" not in shown["instructions"]
    assert shown["data"]["recurring_total"] == "265.50"
    assert [i["summary"] for i in shown["data"]["items"]] == ["New Business Fibre Internet"]
    assert shown["data"]["items"][0]["characteristics"]["bandwidth"] == 1000

    approve(api, order_id)
    after = order_360(api, order_id)
    assert after["state"] == "completed", after["state"]  # no site visit: the order runs through
    assert [(p["name"], p["characteristics"]["bandwidth"]) for p in after["inventory"]] == [
        ("Business Fibre Internet", 1000)]
    assert not any("Managed Router" in d["name"] for d in after["domain_orders"])


def test_a_revision_that_puts_the_discount_over_the_limit_asks_the_order_manager_again(
        app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    """The approval is taken again on the revised order: £17 off (after 10% loyalty) is within the discount limit on
    the fibre and the router, but not on the fibre alone, so the order manager must approve the discounts before the
    approver sees the order (whose approval task showed the order with the router until then)."""
    order_id = _submit_router_order(app, **discount("discount", "amount", "17", "goodwill"))
    task(api, order_id, "Approve order", "approver")
    revised = revise(api, order_id, [{"id": "2", "action": "delete"}])
    assert revised.status_code == 201, revised.json
    assert [t["name"] for t in api.get("/api/v1/tasks", user="approver").json if t["order_id"] == order_id] == []
    adjustments = task(api, order_id, "Approve price adjustments", "omanager")
    assert adjustments["order_id"] == order_id


def test_the_order_page_states_the_revised_discount_and_both_price_changes(
        app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    """The order discount line kept the amount taken from the order as captured (−£9.45) after the revision made it
    −£29.50, and the revision's summary left out its one-time change."""
    order_id = _submit_router_order(app)
    impact = revise(api, order_id, UPGRADE_WITHOUT_ROUTER).json
    assert impact["price_delta"] == {"recurring": "180.45", "one_time": "-45.00"}, impact["price_delta"]

    totals = order_360(api, order_id)["totals"]
    assert (totals["recurring"], totals["one_time"]) == ("265.50", "250.00"), totals
    agent = app.test_client()
    agent.post("/login", data={"username": "agent", "password": "demo"})
    page = agent.get(f"/workspace/orders/{order_id}").get_data(as_text=True)
    footer = _text(page, "<tfoot>", "</tfoot>")
    assert "Order discount: 10% off the monthly charge (loyalty): −£29.50" in footer, footer
    assert "£265.50 / month" in footer, footer
    revisions = _text(page, '<ol class="revisions" id="revisions">', "</ol>")
    assert "price change +£180.45 / month, −£45.00 once" in revisions, revisions
    customer = app.test_client()  # the customer's page shows the same lines and discount
    customer.post("/login", data={"username": "bob", "password": "demo"})
    portal = _text(customer.get(f"/portal/orders/{order_id}").get_data(as_text=True), "<tfoot>", "</tfoot>")
    assert "Order discount: 10% off the monthly charge (loyalty): −£29.50" in portal, portal


def test_a_revision_while_technical_details_are_asked_reaches_the_approval(
        app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    """The order's process kept the lines it was started with through the technical details, so the approval asked
    after them showed the order as captured."""
    order_id = _submit_router_order(app, **{"lines-0-chars.site_postcode": "ZZ1 1ZZ"})
    before = task(api, order_id, "Enter technical details", "fulfiller")
    assert revise(api, order_id, UPGRADE_WITHOUT_ROUTER).status_code == 201
    now = task(api, order_id, "Enter technical details", "fulfiller")  # asked again, of the order as revised
    assert now["id"] != before["id"]
    complete(api, order_id, "Enter technical details", "fulfiller", {"serving_exchange": "LAB-1"})
    approval = task(api, order_id, "Approve order", "approver")
    shown = api.get(f"/api/v1/tasks/{approval['id']}", user="approver").json
    assert "New Business Fibre Internet. 265.50 GBP a month" in shown["instructions"], shown["instructions"]


def test_a_revision_moving_the_site_before_the_approval_enriches_the_order_again(
        app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    """Before decomposition a moved site kept the old site's exchange in the order's process (and so in its approval
    and its decomposition)."""
    order_id = _submit_router_order(app)
    first = task(api, order_id, "Approve order", "approver")
    assert "exchange LDN-SOUTH" in api.get(f"/api/v1/tasks/{first['id']}", user="approver").json["instructions"]
    moved = revise(api, order_id, [{"id": "1", "product": {"productCharacteristic": [
        {"name": "site_postcode", "value": "EC1A 1BB"}]}}])
    assert moved.status_code == 201, moved.json
    approval = task(api, order_id, "Approve order", "approver")
    shown = api.get(f"/api/v1/tasks/{approval['id']}", user="approver").json
    assert "site EC1A 1BB in London (exchange LDN-CITY)" in shown["instructions"], shown["instructions"]
    assert order_360(api, order_id)["enrichment"]["serving_exchange"] == "LDN-CITY"


OLD_STYLE_REVIEW = """<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="http://t">
  <bpmn:collaboration id="c"><bpmn:participant id="p" processRef="reviewed_order" /></bpmn:collaboration>
  <bpmn:process id="reviewed_order" isExecutable="true">
    <bpmn:laneSet id="ls"><bpmn:lane id="l" name="Order approver">
      <bpmn:flowNodeRef>s</bpmn:flowNodeRef><bpmn:flowNodeRef>review</bpmn:flowNodeRef><bpmn:flowNodeRef>e</bpmn:flowNodeRef>
    </bpmn:lane></bpmn:laneSet>
    <bpmn:startEvent id="s" />
    <bpmn:userTask id="review" name="Review the order" />
    <bpmn:endEvent id="e" />
    <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="review" />
    <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="e" />
  </bpmn:process>
</bpmn:definitions>
"""


def test_an_order_reviewed_by_a_process_that_takes_no_revision_cannot_be_revised_meanwhile(
        app: Flask, api: Any, seeded: dict[str, Any], tmp_path: Any) -> None:
    """An order process modelled before ``order_revised`` (or without it) would go on showing its reviewer the
    order as it was: the revision is refused, naming the task, and changes nothing."""
    model = tmp_path / "reviewed_order.bpmn"
    model.write_text(OLD_STYLE_REVIEW)
    assert api.deploy(model).status_code == 201
    app.config["ORDER_PROCESS_ID"] = "reviewed_order"
    order_id = _submit_router_order(app)
    task(api, order_id, "Review the order", "approver")
    dry = revise(api, order_id, UPGRADE_WITHOUT_ROUTER, dry_run=True).json
    assert dry["allowed"] is False and "waits at 'Review the order'" in dry["reason"], dry
    refused = revise(api, order_id, UPGRADE_WITHOUT_ROUTER)
    assert refused.status_code == 409, refused.json
    assert order_360(api, order_id)["totals"]["recurring"] == "85.05"
