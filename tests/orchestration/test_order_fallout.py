"""Issue 5's story on a real order: a ZZ postcode falls out at provisioning, is fixed, and completes."""
from __future__ import annotations

from typing import Any

from tests.orchestration.flow import approve
from tests.orchestration.flow import complete
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place
from tests.orchestration.flow import task


def test_zz_postcode_falls_out_and_a_fix_completes_the_order(api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, external_id="ZZ-1", postcode="ZZ1 1ZZ"))
    complete(api, order_id, "Enter technical details", "fulfiller", {"serving_exchange": "LAB-1"})
    approval = api.get(f"/api/v1/tasks/{task(api, order_id, 'Approve order', 'approver')['id']}", user="approver")
    assert "site ZZ1 1ZZ (exchange LAB-1)" in approval.json["instructions"]  # not "site in Unknown"
    approve(api, order_id)
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})
    complete(api, order_id, "Install ONT on site", "fulfiller", {"ont_serial": "ONT7654321"})
    cases = api.get(f"/api/v1/fallouts?order={order_id}", user="fallout").json
    assert cases, order_360(api, order_id)["domain_orders"]
    assert {(c["error_code"], c["category"]) for c in cases} == {("PORT_UNAVAILABLE", "network capacity")}
    assert len(cases) >= 2  # every service of the site fell out with the same cause
    held = order_360(api, order_id)
    assert held["state"] == "held" and held["fallouts"]  # not final while a case can be retried
    # the installation's work is all done: its line goes on; the lines whose services fell out are held
    failed_lines = {seq for d in held["domain_orders"] if d["state"] == "failed" for seq in d["items"]}
    assert 4 not in failed_lines and all(d["state"] == "completed" for d in held["domain_orders"] if d["items"] == [4])
    assert {i["id"]: i["state"] for i in held["items"]} == {
        seq: "held" if seq in failed_lines else "inProgress" for seq in (1, 2, 3, 4)}
    fixed = api.post(f"/api/v1/fallouts/{cases[0]['id']}/retry", user="fallout",
                     json={"data": {"site_postcode": "SW1A 1AA"}, "same_cause": True})
    assert fixed.status_code == 200, fixed.json
    assert sorted(fixed.json["also_retried"]) == sorted(c["id"] for c in cases[1:])  # one action fixed them all
    assert api.get(f"/api/v1/fallouts?order={order_id}", user="fallout").json == []
    final = order_360(api, order_id)
    assert final["state"] == "completed", [(d["name"], d["state"]) for d in final["domain_orders"]]
    assert final["inventory"] and all(d["state"] == "completed" for d in final["domain_orders"])
    fibre = next(p for p in final["inventory"] if p["name"] == "Business Fibre Internet")
    assert fibre["characteristics"]["site_postcode"] == "SW1A 1AA"  # the fix reached the order line and inventory
    assert next(i for i in final["items"] if i["id"] == 1)["characteristics"]["site_postcode"] == "SW1A 1AA"
    assert any(t["connector"] == "provisioning/activate" and t["state"] == "failed"
               for d in final["domain_orders"] for t in d["order_tasks"])


def test_the_fallout_page_offers_the_same_fix_for_the_orders_other_cases(app: Any, api: Any,
                                                                         seeded: dict[str, Any]) -> None:
    from tests.workspace.workspace_support import login
    order_id = place(api, fibre_bundle(seeded, external_id="ZZ-2", postcode="ZZ1 1ZZ"))
    complete(api, order_id, "Enter technical details", "fulfiller", {"serving_exchange": "LAB-1"})
    approve(api, order_id)
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})
    cases = api.get(f"/api/v1/fallouts?order={order_id}", user="fallout").json
    assert len(cases) >= 2
    browser = app.test_client()
    login(browser, "fallout")
    page = browser.get(f"/fallout/{cases[0]['id']}").get_data(as_text=True)
    assert 'id="same-cause"' in page and f"{len(cases) - 1} other open case" in page
    payload = api.get(f"/api/v1/fallouts/{cases[0]['id']}", user="fallout").json["payload"]
    form = {key: str(value) for key, value in payload.items() if isinstance(value, str | int | float)}
    response = browser.post(f"/fallout/{cases[0]['id']}/fix", data={**form, "site_postcode": "SW1A 1AA",
                                                                     "same_cause": "1"})
    assert response.status_code == 302, response.get_data(as_text=True)[-2000:]
    assert api.get(f"/api/v1/fallouts?order={order_id}", user="fallout").json == []
    assert order_360(api, order_id)["state"] == "inProgress"  # the services run again; the install is next


def closed_short(api: Any, seeded: dict[str, Any], external_id: str) -> int:
    """A fibre order at a ZZ postcode whose first fallout case is given up and the others fixed: it closes
    ``partial`` (or ``failed``, when nothing of it could be delivered); its id."""
    order_id = place(api, fibre_bundle(seeded, external_id=external_id, postcode="ZZ1 1ZZ"))
    complete(api, order_id, "Enter technical details", "fulfiller", {"serving_exchange": "LAB-1"})
    approve(api, order_id)
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})
    cases = api.get(f"/api/v1/fallouts?order={order_id}", user="fallout").json
    given_up, *others = cases
    assert api.post(f"/api/v1/fallouts/{given_up['id']}/cancel", user="fallout",
                    json={"reason": "no port at this site"}).status_code == 200
    for case in others:
        retried = api.post(f"/api/v1/fallouts/{case['id']}/retry", user="fallout",
                           json={"data": {"site_postcode": "SW1A 1AA"}})
        assert retried.status_code == 200, retried.json
    if any(t["name"] == "Install ONT on site" for t in api.get("/api/v1/tasks", user="fulfiller").json
           if t["order_id"] == order_id):
        complete(api, order_id, "Install ONT on site", "fulfiller", {"ont_serial": "ONT7654321"})
    return order_id


def test_an_order_closed_short_costs_what_was_delivered(app: Any, api: Any, seeded: dict[str, Any]) -> None:
    """Its totals kept the price of every line ordered, delivered or not (the 360, TMF622 orderTotalPrice, the
    pages); now they are those of the lines delivered, and what was ordered stays on its record."""
    from decimal import Decimal
    order_id = closed_short(api, seeded, "ZZ-TOTALS")
    final = order_360(api, order_id)
    delivered = [i for i in final["items"] if i["state"] == "completed"]
    assert final["state"] in ("partial", "failed") and len(delivered) < len(final["items"])

    def total(items: list[dict[str, Any]], charge: str) -> str:
        return str(sum((Decimal(i["prices"][f"{charge}_total"]) for i in items), Decimal("0.00")))
    ordered = {"recurring": total(final["items"], "recurring"), "one_time": total(final["items"], "one_time")}
    now = {"recurring": total(delivered, "recurring"), "one_time": total(delivered, "one_time")}
    assert now != ordered  # an undelivered line has a price
    assert final["totals"] == {**now, "currency": "GBP", "ordered": ordered}
    [closed] = [e for e in final["events"] if e["kind"] == "closed"]
    assert closed["detail"]["ordered"] == ordered
    assert f"the totals are now theirs: {now['recurring']} a month and {now['one_time']} once" in closed["message"]

    tmf = api.get(f"/tmf-api/productOrderingManagement/v4/productOrder/{order_id}", user="agent").json
    assert [p["price"]["dutyFreeAmount"]["value"] for p in tmf["orderTotalPrice"]] == [
        float(now["recurring"]), float(now["one_time"])]
    customer = app.test_client()
    customer.post("/login", data={"username": "bob", "password": "demo"})
    page = customer.get(f"/portal/orders/{order_id}").get_data(as_text=True)
    assert f'id="order-recurring-total">£{now["recurring"]} / month' in page
    assert f'id="ordered-recurring-total">£{ordered["recurring"]} / month' in page
    listed = customer.get("/portal/orders").get_data(as_text=True)
    assert f"£{now['recurring']}<" in listed and f"£{ordered['recurring']}<" not in listed
    staff = app.test_client()
    staff.post("/login", data={"username": "agent", "password": "demo"})
    page = staff.get(f"/workspace/orders/{order_id}").get_data(as_text=True)
    assert f'id="order-one-time-total">£{now["one_time"]}<' in page and "Total of what was delivered" in page
    assert f'id="ordered-one-time-total">£{ordered["one_time"]}<' in page


def test_an_order_whose_fallout_is_given_up_closes_with_the_lines_delivered(app: Any, api: Any,
                                                                           seeded: dict[str, Any]) -> None:
    """Giving up one case made the order partial and left it there for good: its process waited for ever, the domain
    orders after the given-up one stayed waiting, and the lines that were delivered never reached the inventory."""
    order_id = closed_short(api, seeded, "ZZ-PARTIAL")
    final = order_360(api, order_id)
    states = {d["name"]: d["state"] for d in final["domain_orders"]}
    assert final["state"] in ("partial", "failed"), (final["state"], states)
    assert not [s for s in states.values() if s in ("pending", "waiting", "inProgress")], states
    delivered = {i["id"] for i in final["items"] if i["state"] == "completed"}
    undelivered = {i["id"] for i in final["items"]} - delivered
    assert undelivered and {i["state"] for i in final["items"] if i["id"] in undelivered} == {"failed"}, final["items"]
    assert (final["state"] == "partial") == bool(delivered)
    assert sorted(p["name"] for p in final["inventory"]) == sorted(
        i["offering"]["name"] for i in final["items"] if i["id"] in delivered), final["inventory"]
    assert any(e["kind"] == "closed" for e in final["events"]), [e["kind"] for e in final["events"]]
    refused = api.post("/tmf-api/productOrderingManagement/v4/cancelProductOrder", user="agent",
                       json={"productOrder": {"id": str(order_id)}, "cancellationReason": "too late"})
    assert refused.status_code == 409, refused.json  # closed: what was delivered is the customer's
    customer = app.test_client()
    customer.post("/login", data={"username": "bob", "password": "demo"})
    page = customer.get(f"/portal/orders/{order_id}").get_data(as_text=True)
    not_delivered = ", ".join(i["offering"]["name"] for i in final["items"] if i["id"] in undelivered)
    assert "Order closed" in page and f"Not delivered: {not_delivered}." in page, page[-3000:]
    with app.app_context():
        from app.engine.models import ProcessInstance
        from app.extensions import db
        from app.orders.models import ProductOrder
        order = db.session.get(ProductOrder, order_id)
        assert order is not None and order.completed_at is not None
        process = db.session.get(ProcessInstance, order.instance_id)
        assert process is not None and process.status == "completed", process and process.status


def test_the_order_record_tells_each_fallout_case_from_opened_to_retried_or_given_up(
        app: Any, api: Any, seeded: dict[str, Any]) -> None:
    """The order's timeline (the 360 and the workspace page) said a domain order failed, then that others were
    cancelled, but not that a case was opened, nor who gave it up and why; the customer reads none of it."""
    import html
    import re
    order_id = place(api, fibre_bundle(seeded, external_id="ZZ-RECORD", postcode="ZZ1 1ZZ"))
    complete(api, order_id, "Enter technical details", "fulfiller", {"serving_exchange": "LAB-1"})
    approve(api, order_id)
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})
    given_up, retried, *_ = api.get(f"/api/v1/fallouts?order={order_id}", user="fallout").json
    assert api.post(f"/api/v1/fallouts/{given_up['id']}/cancel", user="fallout",
                    json={"reason": "no port at this site"}).status_code == 200
    assert api.post(f"/api/v1/fallouts/{retried['id']}/retry", user="fallout",
                    json={"data": {"site_postcode": "SW1A 1AA"}}).status_code == 200
    events = order_360(api, order_id)["events"]
    said = [(e["kind"], e["message"], e["actor"]) for e in events if e["detail"].get("fallout") == given_up["id"]]
    case = f"case {given_up['id']} (Activate service)"
    assert said == [("fallout_failed", f"{case} opened: PORT_UNAVAILABLE", None),
                    ("fallout_cancelled", f"{case} given up: no port at this site", "fallout")]
    assert (f"case {retried['id']} (Activate service) retried with site_postcode = SW1A 1AA"
            in [e["message"] for e in events])
    assert [e["at"] for e in events] == sorted(e["at"] for e in events)  # one timeline, in the order things happened
    staff = app.test_client()
    staff.post("/login", data={"username": "omanager", "password": "demo"})
    page = staff.get(f"/workspace/orders/{order_id}").get_data(as_text=True)
    timeline = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page.split('<ol class="timeline">')[1]
                                                        .split("</ol>")[0])))
    assert re.search(rf"\d\d:\d\d:\d\d UTC fallout cancelled : {re.escape(case)} given up: no port at this site "
                     r"\(fallout\)", timeline), timeline
    customer = app.test_client()
    customer.post("/login", data={"username": "bob", "password": "demo"})
    assert "no port at this site" not in customer.get(f"/portal/orders/{order_id}").get_data(as_text=True)


def test_a_fix_to_the_order_is_told_as_what_reached_its_lines_to_staff_and_customer(
        app: Any, api: Any, seeded: dict[str, Any]) -> None:
    """The fix's timeline entry listed every value the retry carried as set on the order (a task input the lines do
    not have too), and the customer, whose site postcode it changed, was told nothing."""
    order_id = place(api, fibre_bundle(seeded, external_id="ZZ-FIXED", postcode="ZZ1 1ZZ"))
    complete(api, order_id, "Enter technical details", "fulfiller", {"serving_exchange": "LAB-1"})
    approve(api, order_id)
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})
    case = api.get(f"/api/v1/fallouts?order={order_id}", user="fallout").json[0]
    fixed = api.post(f"/api/v1/fallouts/{case['id']}/retry", user="fallout",
                     json={"data": {"site_postcode": "SW1A 1AA", "port_hint": "P-7"}, "same_cause": True})
    assert fixed.status_code == 200, fixed.json
    [event] = [e for e in order_360(api, order_id)["events"] if e["kind"] == "data_fixed"]
    assert event["message"] == "site_postcode = SW1A 1AA" and event["actor"] == "fallout"
    customer = app.test_client()
    customer.post("/login", data={"username": "bob", "password": "demo"})
    page = customer.get(f"/portal/orders/{order_id}").get_data(as_text=True)
    history = page.split('id="history"')[1].split("</ol>")[0]
    assert "<strong>Order details corrected</strong>" in history
    assert "Business Fibre Internet: Site postcode ZZ1 1ZZ → SW1A 1AA." in history
    assert "P-7" not in page


def test_billing_that_waits_for_a_given_up_installation_is_not_left_waiting(api: Any, seeded: dict[str, Any]) -> None:
    """The products' billing waits for the site's installation. When the visit cannot be booked and its case is given
    up, the installation never comes: the order closes instead of staying in progress for ever, with nothing billed
    and the network work undone."""
    order_id = place(api, fibre_bundle(seeded, external_id="NO-VISIT", postcode="SW1"))  # too short to book
    approve(api, order_id)
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})
    held = order_360(api, order_id)
    states = {d["spec"]: d["state"] for d in held["domain_orders"]}
    assert held["state"] == "held" and states["Field Visit"] == "failed" and states["Access Line"] == "completed"
    assert states["Fibre Internet Product"] == "pending"  # waits for the installation
    [case] = api.get(f"/api/v1/fallouts?order={order_id}", user="fallout").json
    given_up = api.post(f"/api/v1/fallouts/{case['id']}/cancel", user="fallout", json={"reason": "no access to site"})
    assert given_up.status_code == 200, given_up.json

    final = order_360(api, order_id)
    states = {d["name"]: d["state"] for d in final["domain_orders"]}
    assert final["state"] == "failed", (final["state"], states)
    assert not [s for s in states.values() if s in ("pending", "waiting", "inProgress")], states
    assert final["inventory"] == []
