"""Revisions of an order in flight: the dry run says what a revision will do, the revision does exactly that."""
from __future__ import annotations

import threading
from typing import Any

from flask import Flask

from tests.orchestration.flow import ORDERS
from tests.orchestration.flow import approve
from tests.orchestration.flow import complete
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import line
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place
from tests.orchestration.test_order_cancellation import ledger


def revise(api: Any, order_id: int, items: list[dict[str, Any]], *, dry_run: bool = False,
           user: str = "agent", key: str | None = None) -> Any:
    headers = {"Idempotency-Key": key} if key else {}
    return api.client.post(f"/api/v1/orders/{order_id}/revisions", json={"productOrderItem": items, "dry_run": dry_run},
                           headers={**api.headers(user), **headers})


def _changes(seeded: dict[str, Any]) -> list[dict[str, Any]]:
    """Bandwidth 500 → 1000 on the fibre line, the managed router removed, a voice line added."""
    return [{"id": "1", "product": {"productCharacteristic": [{"name": "bandwidth", "value": 1000}]}},
            {"id": "3", "action": "delete"},
            line(5, seeded["offerings"]["Business Voice"], channels=4, numbers=2)]


def test_a_revision_while_the_survey_is_pending_does_what_its_dry_run_said(app: Flask, api: Any,
                                                                         seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, external_id="REV-1"))
    approve(api, order_id)
    before = order_360(api, order_id)
    by_name = {d["name"]: d for d in before["domain_orders"]}

    dry = revise(api, order_id, _changes(seeded), dry_run=True)
    assert dry.status_code == 200, dry.json
    impact = dry.json
    assert impact["allowed"] is True and impact["reason"] is None
    effects = {(e["name"], e["effect"]) for e in impact["domain_orders"]}
    assert ("Router (Managed Router)", "compensate") in effects  # reserved: released again
    assert ("CPE Provisioning (Managed Router)", "cancel") in effects  # not started
    assert ("Managed Router Product (Managed Router)", "cancel") in effects
    assert ("Access Line (Business Fibre Internet)", "amend") in effects  # watches bandwidth, not started
    assert ("Fibre Internet Product (Business Fibre Internet)", "amend") in effects
    assert ("ONT (Business Fibre Internet)", "unchanged") in effects
    assert {e["name"] for e in impact["domain_orders"] if e["effect"] == "new"} >= {"SIP Trunk (Business Voice)"}
    assert impact["price_delta"]["recurring"] != "0.00"
    assert order_360(api, order_id)["domain_orders"] == before["domain_orders"]  # the dry run changed nothing
    assert order_360(api, order_id)["revisions"] == []

    real = revise(api, order_id, _changes(seeded))
    assert real.status_code == 201, real.json
    assert real.json == {"revision": 1, "status": "applied", **impact}  # it did what the dry run said

    after = order_360(api, order_id)
    assert after["id"] == order_id and [r["number"] for r in after["revisions"]] == [1]
    assert [i["offering"]["name"] for i in after["items"]] == [
        "Business Fibre Internet", "Static IP Block", "Installation", "Business Voice"]
    assert next(i for i in after["items"] if i["id"] == 1)["characteristics"]["bandwidth"] == 1000
    states = {d["name"]: d["state"] for d in after["domain_orders"]}
    assert states["Router (Managed Router)"] == "removed"
    assert states["CPE Provisioning (Managed Router)"] == "removed"
    router_resource = by_name["Router (Managed Router)"]["result"]["resource"]["resource_id"]
    assert [r["resource_id"] for r in ledger(app, "inventory/release")] == [router_resource]
    assert any(e["kind"] == "revised" for e in after["events"])

    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})
    complete(api, order_id, "Install ONT on site", "fulfiller", {"ont_serial": "ONT7654321"})
    done = order_360(api, order_id)
    assert done["state"] == "completed", [(d["name"], d["state"]) for d in done["domain_orders"]]
    products = sorted(p["name"] for p in done["inventory"])
    assert products == ["Business Fibre Internet", "Business Voice", "Installation", "Static IP Block"]
    fibre = next(p for p in done["inventory"] if p["name"] == "Business Fibre Internet")
    assert fibre["characteristics"]["bandwidth"] == 1000
    access_line = next(d for d in done["domain_orders"] if d["name"] == "Access Line (Business Fibre Internet)")
    assert access_line["state"] == "completed"


def test_a_revision_past_a_point_of_no_return_is_refused_and_changes_nothing(api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, external_id="REV-2"))
    approve(api, order_id)
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})  # services activated
    before = order_360(api, order_id)
    changes = [{"id": "3", "action": "delete"}]
    dry = revise(api, order_id, changes, dry_run=True)
    assert dry.status_code == 200 and dry.json["allowed"] is False
    assert "'Activate service' is done" in dry.json["reason"]
    blocked = [e for e in dry.json["domain_orders"] if e["effect"] == "blocked"]
    # activated; its billing waits for the site's installation
    assert {e["name"] for e in blocked} == {"CPE Provisioning (Managed Router)"}

    real = revise(api, order_id, changes)
    assert real.status_code == 409
    assert real.json["errors"][0]["domain_order"] == blocked[0]["id"]
    after = order_360(api, order_id)
    assert after["items"] == before["items"] and after["revisions"] == []


def test_bad_revisions_get_field_errors(api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, external_id="REV-3"))
    unknown = revise(api, order_id, [{"id": "9", "product": {"productCharacteristic": []}}])
    assert unknown.status_code == 422 and unknown.json["errors"][0]["field"] == "productOrderItem[0].id"
    bad_value = revise(api, order_id, [{"id": "1", "product": {"productCharacteristic": [
        {"name": "bandwidth", "value": 12345}]}}])
    assert bad_value.status_code == 422
    assert "bandwidth" in bad_value.json["errors"][0]["field"]
    # an error names the request's item, not the line's place in the order (line 3 is the request's only item)
    bad_router = revise(api, order_id, [{"id": "3", "product": {"productCharacteristic": [
        {"name": "wifi", "value": "maybe"}]}}])
    assert bad_router.status_code == 422
    assert [e["field"] for e in bad_router.json["errors"]] == ["productOrderItem[0].product.productCharacteristic.wifi"]
    assert revise(api, order_id, []).status_code == 422
    assert revise(api, order_id, [{"id": "3", "action": "delete"}], user="fulfiller").status_code == 403
    assert revise(api, order_id, [{"id": "3", "action": "delete"}], user="alice").status_code == 403
    assert revise(api, 999999, [{"id": "3", "action": "delete"}]).status_code == 404


def test_a_revision_that_changes_nothing_or_a_line_s_quantity_is_refused(api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, external_id="REV-NOTHING"))
    approve(api, order_id)
    for quantity in (0, "abc", 5):  # TMF622: 400 with the field; the order's line keeps its quantity
        response = api.client.patch(f"{ORDERS}/{order_id}", headers=api.headers("agent"),
                                    json={"productOrderItem": [{"id": "1", "action": "modify", "quantity": quantity}]})
        assert response.status_code == 400, response.json
        assert response.json["errors"][0]["field"] == "productOrderItem[0].quantity"
        assert "delete the line and add one" in response.json["errors"][0]["message"]
    same = revise(api, order_id, [{"id": "1", "action": "modify", "quantity": 1, "product": {
        "productCharacteristic": [{"name": "bandwidth", "value": 500}]}}])  # what line 1 already has
    assert same.status_code == 422
    assert same.json["errors"] == [{"field": "productOrderItem", "message": "the revision changes nothing: each "
                                                                           "line it names already has those values"}]
    assert revise(api, order_id, [{"id": "1"}], dry_run=True).status_code == 422
    assert order_360(api, order_id)["revisions"] == []
    assert [i["quantity"] for i in api.get(f"{ORDERS}/{order_id}", user="agent").json["productOrderItem"]] == [1] * 4


def test_the_same_idempotency_key_returns_the_first_result(api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, external_id="REV-4"))
    approve(api, order_id)
    first = revise(api, order_id, [{"id": "3", "action": "delete"}], key="rev-abc")
    again = revise(api, order_id, [{"id": "3", "action": "delete"}], key="rev-abc")
    assert first.status_code == 201 and again.status_code == 201 and again.json == first.json
    assert [r["number"] for r in order_360(api, order_id)["revisions"]] == [1]


def test_tmf_patch_revises_the_order(api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, external_id="REV-5"))
    approve(api, order_id)
    response = api.client.patch(f"{ORDERS}/{order_id}", json={"productOrderItem": [{"id": "3", "action": "delete"}]},
                                headers=api.headers("agent"))
    assert response.status_code == 200, response.json
    assert [i["id"] for i in response.json["productOrderItem"]] == ["1", "2", "4"]
    assert [r["number"] for r in order_360(api, order_id)["revisions"]] == [1]


def test_two_revisions_at_once_one_wins(app: Flask, seeded: dict[str, Any], monkeypatch: Any) -> None:
    """Both requests have read the order's latest revision before either stores its own (without that they may
    simply run one after the other, and then the second rightly revises the first's result)."""
    from app.orchestration import revisions
    from tests.helpers import Api
    api = Api(app.test_client())
    order_id = place(api, fibre_bundle(seeded, external_id="REV-6"))
    approve(api, order_id)
    start, both_read = threading.Barrier(2), threading.Barrier(2, timeout=30)
    read_once = threading.local()
    latest_number = revisions._latest_number

    def read_then_wait(order: int) -> int:
        number = latest_number(order)
        if not getattr(read_once, "done", False):
            read_once.done = True
            both_read.wait()
        return number

    monkeypatch.setattr(revisions, "_latest_number", read_then_wait)
    results: list[int] = []

    def one(seq: str) -> None:
        client = Api(app.test_client())
        start.wait()
        results.append(revise(client, order_id, [{"id": seq, "action": "delete"}]).status_code)

    threads = [threading.Thread(target=one, args=(seq,)) for seq in ("2", "3")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [201, 409]
    after = order_360(api, order_id)
    assert [r["number"] for r in after["revisions"]] == [1]
    assert len(after["items"]) == 3  # the loser changed nothing


def test_moving_the_site_re_enriches_the_order_and_amends_its_domain_orders(app: Flask, api: Any,
                                                                          seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, external_id="REV-SITE"))
    approve(api, order_id)  # reserved for SW1A 1AA (LDN-SOUTH), the survey pending
    move = [{"id": "1", "product": {"productCharacteristic": [{"name": "site_postcode", "value": "EC1A 1BB"}]}}]
    dry = revise(api, order_id, move, dry_run=True).json
    assert dry["allowed"] is True
    effects = {e["name"]: e for e in dry["domain_orders"]}
    assert effects["ONT (Business Fibre Internet)"]["effect"] == "amend"  # reserved at the old site: redone
    assert "serving_exchange" in effects["ONT (Business Fibre Internet)"]["reason"]
    field_visit = effects["Field Visit (Installation)"]
    assert field_visit["effect"] == "amend" and "takes the amendment (message order_amended)" in field_visit["reason"]
    plan_before = next(d for d in order_360(api, order_id)["domain_orders"] if d["id"] == field_visit["id"])
    assert revise(api, order_id, move).status_code == 201
    plan_after = next(d for d in order_360(api, order_id)["domain_orders"] if d["id"] == field_visit["id"])
    assert plan_after["instance_id"] == plan_before["instance_id"]  # the same plan instance took the change
    events = api.get(f"/api/v1/instances/{plan_after['instance_id']}").json["events"]
    assert [e["message"] for e in events if e["kind"] == "message"] == ["order_amended"]

    after = order_360(api, order_id)
    assert after["enrichment"]["serving_exchange"] == "LDN-CITY" and after["enrichment"]["region"] == "London"
    assert len(ledger(app, "inventory/release")) == 6  # the old reservations are released
    assert "Survey site" not in [t["name"] for t in api.get("/api/v1/tasks", user="fulfiller").json
                                 if t["order_id"] == order_id and t["status"] == "open"]  # EC1A needs none
    complete(api, order_id, "Install ONT on site", "fulfiller", {"ont_serial": "ONT1111111"})
    done = order_360(api, order_id)
    assert done["state"] == "completed", [(d["name"], d["state"]) for d in done["domain_orders"]]
    fibre = next(p for p in done["inventory"] if p["name"] == "Business Fibre Internet")
    assert fibre["characteristics"]["site_postcode"] == "EC1A 1BB"


def test_moving_to_a_site_the_rules_do_not_know_is_refused(api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, external_id="REV-SITE-2"))
    approve(api, order_id)
    move = [{"id": "1", "product": {"productCharacteristic": [{"name": "site_postcode", "value": "QQ9 9QQ"}]}}]
    dry = revise(api, order_id, move, dry_run=True).json
    assert dry["allowed"] is False and "not one the enrichment rules know" in dry["reason"]
    assert revise(api, order_id, move).status_code == 409


def _upgrade(seeded: dict[str, Any]) -> list[dict[str, Any]]:
    """Two more fibre lines at 1000 Mbps: the monthly price goes up by far more than the approval rule allows."""
    fibre = seeded["offerings"]["Business Fibre Internet"]
    return [line(5, fibre, bandwidth=1000, site_postcode="SW1A 1AA"),
            line(6, fibre, bandwidth=1000, site_postcode="SW1A 1AA")]


def test_a_revision_the_rules_say_must_be_approved_waits_for_the_approver(api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, external_id="REV-APPROVE"))
    approve(api, order_id)
    dry = revise(api, order_id, _upgrade(seeded), dry_run=True).json
    assert dry["allowed"] is True and dry["approval"]["needed"] is True
    assert "monthly price" in dry["approval"]["reason"]

    pending = revise(api, order_id, _upgrade(seeded))
    assert pending.status_code == 201 and pending.json["status"] == "pendingApproval"
    before = order_360(api, order_id)
    assert len(before["items"]) == 4 and before["revisions"][0]["status"] == "pendingApproval"
    assert revise(api, order_id, [{"id": "3", "action": "delete"}]).status_code == 409  # one at a time

    complete(api, order_id, "Approve revision", "approver", {"revision_decision": "approve", "revision_note": "ok"})
    after = order_360(api, order_id)
    assert after["revisions"][0]["status"] == "applied" and after["revisions"][0]["note"] == "ok"
    assert len(after["items"]) == 6
    assert {e["effect"] for e in after["revisions"][0]["impact"]["domain_orders"]} >= {"new"}


def test_a_rejected_revision_leaves_the_order_as_it_was(api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, external_id="REV-REJECT"))
    approve(api, order_id)
    assert revise(api, order_id, _upgrade(seeded)).json["status"] == "pendingApproval"
    complete(api, order_id, "Approve revision", "approver",
             {"revision_decision": "reject", "revision_note": "too expensive"})
    after = order_360(api, order_id)
    assert after["revisions"][0]["status"] == "rejected" and len(after["items"]) == 4
    assert any(e["kind"] == "revision_rejected" and "too expensive" in e["message"] for e in after["events"])
    assert revise(api, order_id, [{"id": "3", "action": "delete"}]).status_code == 201  # the next one may go


def test_the_record_names_the_approver_who_decided_each_revision(api: Any, seeded: dict[str, Any]) -> None:
    """A revision's rejection and its approval were recorded with no actor: the approver's decision read as
    Ordra's own; the agent who asked for the revision stays its author."""
    order_id = place(api, fibre_bundle(seeded, external_id="REV-WHO"))
    approve(api, order_id)
    assert revise(api, order_id, _upgrade(seeded)).json["status"] == "pendingApproval"
    complete(api, order_id, "Approve revision", "approver", {"revision_decision": "reject", "revision_note": "no"})
    assert revise(api, order_id, _upgrade(seeded)).json["status"] == "pendingApproval"
    complete(api, order_id, "Approve revision", "approver", {"revision_decision": "approve", "revision_note": "ok"})
    events = order_360(api, order_id)["events"]
    actors = [(e["kind"], e["detail"].get("revision"), e["actor"]) for e in events if e["kind"].startswith("revis")]
    assert actors == [("revision_requested", 1, "agent"), ("revision_rejected", 1, "approver"),
                      ("revision_requested", 2, "agent"), ("revised", 2, "agent"),
                      ("revision_applied", 2, "approver")], actors


def test_the_timeline_shows_what_a_revision_removed_and_added(api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, external_id="REV-TIMELINE"))
    approve(api, order_id)
    assert revise(api, order_id, _changes(seeded)).status_code == 201
    timeline = api.get(f"/api/v1/orders/{order_id}/timeline", user="fmanager").json
    bars = {item["name"]: item for item in timeline["items"] if item["type"] != "work_order"}
    assert bars["Router (Managed Router)"]["state"] == "removed"
    assert bars["CPE Provisioning (Managed Router)"]["state"] == "removed"
    sip = bars["SIP Trunk (Business Voice)"]
    assert sip["state"] in ("pending", "waiting") and sip["planned_end"] and sip["forecast_end"] is not None
    assert sip["rule"]["decision"] == "decomposition"
    assert timeline["order"]["forecast_end"]


def test_cancelling_after_a_revision_undoes_each_piece_of_work_once(app: Flask, api: Any,
                                                                   seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, external_id="REV-CANCEL"))
    approve(api, order_id)
    assert revise(api, order_id, [{"id": "3", "action": "delete"}]).status_code == 201  # the router released
    cancel = api.post("/tmf-api/productOrderingManagement/v4/cancelProductOrder", user="agent",
                      json={"productOrder": {"id": str(order_id)}, "cancellationReason": "changed plans"})
    assert cancel.status_code == 201, cancel.json
    released = [r["resource_id"] for r in ledger(app, "inventory/release")]
    assert len(released) == len(set(released)) == 6  # every reservation released exactly once
    after = order_360(api, order_id)
    assert after["state"] == "cancelled"
    assert {d["state"] for d in after["domain_orders"]} == {"cancelled", "removed"}


def test_the_site_and_its_enrichment_decision_are_configured(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    """Which characteristic is the site, which decision a moved site is enriched by and which of its outputs
    refuses the move are configuration: with no enrichment decision the same unknown site is a plain fact change."""
    order_id = place(api, fibre_bundle(seeded, external_id="REV-SITE-3"))
    approve(api, order_id)
    move = [{"id": "1", "product": {"productCharacteristic": [{"name": "site_postcode", "value": "QQ9 9QQ"}]}}]
    app.config["SITE_ENRICHMENT_REFUSAL_OUTPUT"] = "no_such_output"
    dry = revise(api, order_id, move, dry_run=True).json
    assert dry["allowed"] is True and "serving_exchange" in dry["domain_orders"][0]["reason"], dry
    app.config["SITE_ENRICHMENT_DECISION"] = ""
    dry = revise(api, order_id, move, dry_run=True).json
    assert dry["allowed"] is True
    amended = [e for e in dry["domain_orders"] if e["effect"] == "amend"]
    assert amended and all(e["reason"].startswith("site_postcode changed") for e in amended), dry
    app.config["SITE_CHARACTERISTIC"] = "no_such_characteristic"  # no site moves: only what watches the value
    dry = revise(api, order_id, move, dry_run=True).json
    watching = [e for e in dry["domain_orders"] if e["effect"] == "amend"]
    assert dry["allowed"] is True and 0 < len(watching) < len(amended), dry


def test_removing_a_line_whose_plan_runs_undoes_its_done_work_with_the_plans_data(app: Flask, api: Any,
                                                                                 seeded: dict[str, Any]) -> None:
    """The field visit's plan waits at 'Install ONT on site' with the visit booked. Cancelling the plan emptied its
    data, and its compensation, started after, could not say which visit to cancel (NameError: 'visit')."""
    order_id = place(api, fibre_bundle(seeded, external_id="REV-RUNNING"))
    approve(api, order_id)
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})
    [booked] = ledger(app, "field_service/schedule")

    response = revise(api, order_id, [{"id": "4", "action": "delete"}])  # the installation line
    assert response.status_code == 201, response.json
    assert [visit["visit_id"] for visit in ledger(app, "field_service/cancel")] == [booked["visit_id"]]
    order = order_360(api, order_id)
    assert {p["process_id"]: p["status"] for p in order["process"]}["plan_field_visit.compensation"] == "completed"
    assert order["fallouts"] == [] and order["state"] == "completed"


def test_cancelling_an_order_whose_revision_awaits_approval_withdraws_it(api: Any, seeded: dict[str, Any]) -> None:
    """The revision stayed 'pendingApproval' and its 'Approve revision' task open for a cancelled order."""
    from tests.orchestration.test_order_cancellation import cancel
    from tests.orchestration.test_order_cancellation import inbox
    order_id = place(api, fibre_bundle(seeded, external_id="REV-CANCELLED"))
    approve(api, order_id)
    assert revise(api, order_id, _upgrade(seeded)).json["status"] == "pendingApproval"

    assert cancel(api, order_id).status_code == 201
    order = order_360(api, order_id)
    assert order["state"] == "cancelled"
    assert [(r["number"], r["status"]) for r in order["revisions"]] == [(1, "refused")]
    assert "revision 1: the order was cancelled" in [e["message"] for e in order["events"]]
    assert inbox(api, "approver", order_id) == []
    assert {p["status"] for p in order["process"]} <= {"cancelled", "completed"}


def test_a_new_line_needs_an_offering_on_sale_and_a_line_sold_keeps_its_offering(api: Any,
                                                                                seeded: dict[str, Any]) -> None:
    """Retiring the Managed Router stops its sale: a new order or a revision adding one is refused, naming the line;
    an order that already has one can still be revised and run."""
    order_id = place(api, fibre_bundle(seeded, external_id="REV-RETIRED"))
    router = seeded["offerings"]["Managed Router"]
    retired = api.client.patch(f"/tmf-api/productCatalogManagement/v4/productOffering/{router}",
                               headers=api.headers("admin"), json={"lifecycleStatus": "Retired"})
    assert retired.status_code == 200, retired.json

    refused = api.post(ORDERS, user="agent", json=fibre_bundle(seeded, external_id="REV-RETIRED-2"))
    assert refused.status_code == 400
    assert {"field": "productOrderItem[2].productOffering.id",
            "message": "Managed Router is not on sale (Retired)"} in refused.json["errors"]
    added = revise(api, order_id, [line(5, router)], dry_run=True)
    assert added.status_code == 422
    assert added.json["errors"] == [{"field": "productOrderItem[0].productOffering.id",
                                     "message": "Managed Router is not on sale (Retired)"}]

    kept = revise(api, order_id, [{"id": "1", "product": {"productCharacteristic": [
        {"name": "bandwidth", "value": 1000}]}}], dry_run=True)
    assert kept.status_code == 200 and kept.json["allowed"] is True  # line 3 keeps the router it was sold


def _history(app: Flask, user: str, path: str, start: str) -> str:
    """The text of a page's timeline list (``start``: the list's opening tag) as ``user`` reads it."""
    import html
    import re
    browser = app.test_client()
    browser.post("/login", data={"username": user, "password": "demo"})
    page = browser.get(path).get_data(as_text=True)
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page.split(start)[1].split("</ol>")[0])))


def test_the_record_says_what_a_revision_changed_before_and_after_decomposition(
        app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    """Each revision's timeline entry names the lines it changed and the price change (it said only the domain
    orders it moved: nothing at all before decomposition); the customer reads the same change, not the domain orders."""
    order_id = place(api, fibre_bundle(seeded, external_id="REV-REC"))
    patched = api.client.patch(f"{ORDERS}/{order_id}", headers=api.headers("agent"), json={"productOrderItem": [
        {"id": "1", "product": {"productCharacteristic": [{"name": "bandwidth", "value": 1000}]}}]})
    assert patched.status_code == 200, patched.json
    approve(api, order_id)
    second = revise(api, order_id, [{"id": "3", "action": "delete"}])
    assert second.status_code == 201, second.json
    revised = [e["message"] for e in order_360(api, order_id)["events"] if e["kind"] == "revised"]
    assert revised[0] == "revision 1: Business Fibre Internet: Bandwidth 500 → 1000 Mbps; price +£136.00 a month"
    assert revised[1].startswith("revision 2: Managed Router removed; price −£")
    assert "; domain orders: Router (Managed Router) compensate" in revised[1]
    staff = _history(app, "agent", f"/workspace/orders/{order_id}", '<ol class="timeline">')
    assert "revision 1: Business Fibre Internet: Bandwidth 500 → 1000 Mbps" in staff
    customer = _history(app, "bob", f"/portal/orders/{order_id}", '<ol class="timeline" id="history">')
    assert "Order changed Business Fibre Internet: Bandwidth 500 → 1000 Mbps; price +£136.00 a month." in customer
    assert "Order changed Managed Router removed; price −£" in customer
    assert "domain orders" not in customer and "compensate" not in customer


def test_the_order_page_says_whether_each_revision_was_applied(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    """The page listed a rejected revision (and one awaiting approval) just as an applied one, with its effects and
    price change: as if it had changed the order."""
    order_id = place(api, fibre_bundle(seeded, external_id="REV-PAGE"))
    approve(api, order_id)
    assert revise(api, order_id, _upgrade(seeded)).json["status"] == "pendingApproval"
    pending = _history(app, "agent", f"/workspace/orders/{order_id}", '<ol class="revisions" id="revisions">')
    assert "UTC: Pending approval — domain orders 12 new; price change +£590.00 / month" in pending, pending
    complete(api, order_id, "Approve revision", "approver",
             {"revision_decision": "reject", "revision_note": "too expensive"})
    assert revise(api, order_id, [{"id": "3", "action": "delete"}]).status_code == 201
    listed = _history(app, "agent", f"/workspace/orders/{order_id}", '<ol class="revisions" id="revisions">')
    assert "UTC: Rejected (too expensive) —" in listed and "UTC: Applied —" in listed, listed
    assert "price change −£15.00 / month" in listed, listed  # the router removed; in the page's money, signed
