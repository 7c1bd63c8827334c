"""TMF622 cancelProductOrder: an order in flight is cancelled up to its point of no return."""
from __future__ import annotations

from typing import Any

from flask import Flask

from app.database import unit_of_work
from app.extensions import db
from app.orchestration import undo
from app.orchestration.cancellation import CancellationRefused
from app.orchestration.cancellation import customer_refusal
from app.orchestration.service import domain_orders
from app.orders.models import ProductOrder
from tests.orchestration.flow import approve
from tests.orchestration.flow import complete
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place
from tests.orchestration.flow import run_to_completion

CANCEL = "/tmf-api/productOrderingManagement/v4/cancelProductOrder"


def cancel(api: Any, order_id: int | str, user: str = "agent", reason: str = "customer changed their mind") -> Any:
    return api.post(CANCEL, user=user, json={"productOrder": {"id": str(order_id)}, "cancellationReason": reason})


def inbox(api: Any, user: str, order_id: int) -> list[str]:
    return [t["name"] for t in api.get("/api/v1/tasks", user=user).json if t["order_id"] == order_id]


def test_an_order_awaiting_approval_is_cancelled(api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, external_id="CAN-1"))
    assert inbox(api, "approver", order_id) == ["Approve order"]

    response = cancel(api, order_id)
    assert response.status_code == 201, response.json
    body = response.json
    assert body["@type"] == "CancelProductOrder" and body["state"] == "done"
    assert body["productOrder"]["id"] == str(order_id) and body["effectiveCancellationDate"]
    assert response.headers["Location"] == body["href"]

    order = order_360(api, order_id)
    assert order["state"] == "cancelled"
    assert {i["state"] for i in order["items"]} == {"cancelled"}
    assert [p["status"] for p in order["process"]] == ["cancelled"]
    moves = [(e["detail"]["from"], e["detail"]["to"]) for e in order["events"] if e["kind"] == "state_changed"]
    assert moves[-3:] == [("acknowledged", "assessingCancellation"),
                          ("assessingCancellation", "pendingCancellation"), ("pendingCancellation", "cancelled")]
    assert inbox(api, "approver", order_id) == []
    assert api.get(body["href"], user="agent").json == body
    assert [c["id"] for c in api.get(CANCEL, user="agent").json] == [body["id"]]

    again = cancel(api, order_id)
    assert again.status_code == 409 and "cancelled" in again.json["errors"][0]["message"]


def test_domain_orders_in_flight_are_cancelled_with_their_plans_and_fallouts(app: Flask, api: Any,
                                                                             seeded: dict[str, Any]) -> None:
    """Every automated connector fails: the first plans fall out, the others wait; nothing is delivered yet."""
    from app.connectors.models import SimulatorRule
    with app.app_context(), unit_of_work():
        for connector in ("inventory/reserve", "provisioning/activate", "billing/activate"):
            db.session.add(SimulatorRule(connector=connector, error_code="DOWN", message="system down"))
    order_id = place(api, fibre_bundle(seeded, external_id="CAN-2"))
    approve(api, order_id)
    before = order_360(api, order_id)
    assert before["state"] == "held"  # not final: its fallouts may still be retried
    assert not any(d["state"] == "completed" for d in before["domain_orders"])
    assert {d["state"] for d in before["domain_orders"]} == {"failed", "waiting", "pending"}
    assert before["fallouts"]

    assert cancel(api, order_id, user="omanager").status_code == 201
    after = order_360(api, order_id)
    assert after["state"] == "cancelled"
    assert {d["state"] for d in after["domain_orders"]} == {"cancelled"}
    assert {p["status"] for p in after["process"]} == {"cancelled"}
    assert inbox(api, "fulfiller", order_id) == []
    assert api.get(f"/api/v1/fallouts?order={order_id}", user="fallout").json == []
    assert not any(t["state"] in ("pending", "waiting") for d in after["domain_orders"] for t in d["order_tasks"])


def ledger(app: Flask, connector: str) -> list[dict[str, Any]]:
    """What a demo external system answered (its own records)."""
    from sqlalchemy import select

    from app.connectors.models import DemoLedgerEntry
    with app.app_context():
        return list(db.session.scalars(select(DemoLedgerEntry.response).where(DemoLedgerEntry.connector == connector)
                                       .order_by(DemoLedgerEntry.id)))


def test_cancelling_while_the_survey_is_pending_releases_the_reservations(app: Flask, api: Any,
                                                                         seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, external_id="CAN-3"))
    approve(api, order_id)  # resources reserved; services wait for the survey
    before = order_360(api, order_id)
    reserved = {d["result"]["resource"]["resource_id"] for d in before["domain_orders"]
                if d["type"] == "resource" and d["state"] == "completed"}
    assert len(reserved) == 6 and inbox(api, "fulfiller", order_id) == ["Survey site"]

    response = cancel(api, order_id)
    assert response.status_code == 201, response.json
    assert response.json["state"] == "inProgress"  # the compensation runs as jobs after the request
    settled = api.get(response.json["href"], user="agent").json
    assert settled["state"] == "done" and settled["effectiveCancellationDate"]

    released = {r["resource_id"] for r in ledger(app, "inventory/release")}
    assert released == reserved  # each reservation released by the plans' compensation handlers, once
    assert len(ledger(app, "inventory/release")) == len(reserved)
    after = order_360(api, order_id)
    assert after["state"] == "cancelled" and after["inventory"] == []
    assert {d["state"] for d in after["domain_orders"]} == {"cancelled"}
    assert inbox(api, "fulfiller", order_id) == []
    kinds = [e["kind"] for e in after["events"]]
    assert kinds.count("compensation_started") == 6
    moves = [(e["detail"]["from"], e["detail"]["to"]) for e in after["events"] if e["kind"] == "state_changed"]
    assert moves[-3:] == [("inProgress", "assessingCancellation"),
                          ("assessingCancellation", "pendingCancellation"), ("pendingCancellation", "cancelled")]
    assert api.get(f"/tmf-api/productInventory/v4/product?relatedParty.id={seeded['accounts']['Bravo plc']}",
                   user="agent").json == []


def test_an_order_past_its_point_of_no_return_is_refused_naming_the_step(api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, external_id="CAN-3B"))
    approve(api, order_id)
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})  # services get activated
    response = cancel(api, order_id)
    assert response.status_code == 409
    error = response.json["errors"][0]
    assert "point of no return" in error["message"] and "'Activate service' is done" in error["message"]
    assert error["step"] == "Activate service" and error["domain_order"]
    assert error["milestone"] is None  # the service's activation is not a step the customer is told about
    bars = {b["id"]: b for b in api.get(f"/api/v1/orders/{order_id}/timeline", user="fmanager").json["items"]}
    assert bars[error["domain_order"]]["point_of_no_return"] == "Activate service"  # the timeline says so too
    assert all(b["point_of_no_return"] is None for b in bars.values() if b.get("spec") in ("ONT", "Router"))
    assert order_360(api, order_id)["state"] == "inProgress"  # nothing changed
    assert inbox(api, "fulfiller", order_id) == ["Install ONT on site"]  # the order goes on


def test_the_customer_is_told_a_passed_step_by_its_milestone(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    """'Install ONT on site' is the field visit's point of no return and its customer milestone 'Engineer visit':
    a refusal on it names the milestone to the customer, never the plan's step."""
    order_id = place(api, fibre_bundle(seeded, external_id="CAN-MILESTONE"))
    approve(api, order_id)
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})
    complete(api, order_id, "Install ONT on site", "fulfiller", {"ont_serial": "ONT7654321"})
    with app.app_context():
        order = db.session.get(ProductOrder, order_id)
        [visit] = [d for d in domain_orders(order_id) if d.plan == "plan_field_visit"]
        verdict = undo.assess(visit)
        assert (verdict.possible, verdict.step, verdict.milestone) == (False, "Install ONT on site", "Engineer visit")
        refused = CancellationRefused("refused", errors=[{"message": "refused", "domain_order": visit.id,
                                                          "step": verdict.step, "milestone": verdict.milestone}])
        told = customer_refusal(order, refused)
    assert told == (f"Order {order_id} can no longer be cancelled: 'Engineer visit' is done for your Installation, "
                    "and that cannot be undone. Once it is delivered, you can ask for a disconnect in My products.")


def test_a_completed_order_cannot_be_cancelled(api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, external_id="CAN-4"))
    run_to_completion(api, order_id)
    response = cancel(api, order_id)
    assert response.status_code == 409 and "completed" in response.json["errors"][0]["message"]


def test_customers_cancel_only_their_own_orders(api: Any, seeded: dict[str, Any]) -> None:
    """alice is a customer of Acme Ltd, bob of Bravo plc (the demo accounts)."""
    order_id = place(api, fibre_bundle(seeded, external_id="CAN-5", account="Bravo plc"))
    assert cancel(api, order_id, user="alice").status_code == 400  # TMF622 gives this POST no 404
    assert cancel(api, order_id, user="fulfiller").status_code == 403
    assert cancel(api, order_id, user="bob").status_code == 201
    assert api.get(CANCEL, user="alice").json == []


def test_bad_cancellation_requests_get_field_errors(api: Any, seeded: dict[str, Any]) -> None:
    missing = api.post(CANCEL, user="agent", json={"cancellationReason": "x"})
    assert missing.status_code == 400 and missing.json["errors"][0]["field"] == "productOrder.id"
    long_reason = cancel(api, 1, reason="x" * 501)
    assert long_reason.status_code == 400 and long_reason.json["errors"][0]["field"] == "cancellationReason"
    assert cancel(api, 999999).status_code == 400


def _cancelled_while_releases_fail(app: Flask, api: Any, seeded: dict[str, Any], external_id: str) -> tuple[int, Any]:
    """An approved fibre order asked to cancel while the inventory's release is down: ``pendingCancellation``,
    its releases in fallout; the order's id and the cancellation's answer."""
    from app.connectors.models import SimulatorRule
    with app.app_context(), unit_of_work():
        db.session.add(SimulatorRule(connector="inventory/release", error_code="DOWN", message="system down"))
    order_id = place(api, fibre_bundle(seeded, external_id=external_id))
    approve(api, order_id)
    response = cancel(api, order_id)
    assert response.status_code == 201 and response.json["state"] == "inProgress"
    return order_id, response


def test_a_release_given_up_last_still_ends_the_cancellation(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    """Every release fails; a fallout agent releases all but one by hand and gives the last one up. Nothing of the
    order is left running, so it is cancelled and the CancelProductOrder done, as when the one given up is not the
    last (the order was left pendingCancellation and the cancellation inProgress for good)."""
    order_id, response = _cancelled_while_releases_fail(app, api, seeded, "CAN-GIVEN-UP")
    *released, given_up = api.get(f"/api/v1/fallouts?order={order_id}", user="fallout").json
    assert released and {c["task"] for c in released} == {given_up["task"]} == {"Release resource"}
    for case in released:
        assert api.post(f"/api/v1/fallouts/{case['id']}/skip", user="fallout",
                        json={"reason": "released by hand", "data": {}}).status_code == 200
    assert order_360(api, order_id)["state"] == "pendingCancellation"  # one release still failing
    assert api.post(f"/api/v1/fallouts/{given_up['id']}/cancel", user="fallout",
                    json={"reason": "the port is gone"}).status_code == 200
    assert order_360(api, order_id)["state"] == "cancelled"
    settled = api.get(response.json["href"], user="agent").json
    assert settled["state"] == "done" and settled["effectiveCancellationDate"]


def test_the_tmf_order_has_no_cancellation_date_until_it_is_cancelled(app: Flask, api: Any,
                                                                      seeded: dict[str, Any]) -> None:
    """While the releases fail the order is pendingCancellation: TMF622 ``cancellationDate`` (the date the order
    is cancelled) is absent, not the time it was asked; once cancelled it is the cancellation's effective date."""
    order_id, response = _cancelled_while_releases_fail(app, api, seeded, "CAN-DATE")
    url = f"/tmf-api/productOrderingManagement/v4/productOrder/{order_id}"
    pending = api.get(url, user="agent").json
    assert pending["state"] == "pendingCancellation" and pending["cancellationReason"] == "customer changed their mind"
    assert "cancellationDate" not in pending
    for case in api.get(f"/api/v1/fallouts?order={order_id}", user="fallout").json:
        assert api.post(f"/api/v1/fallouts/{case['id']}/skip", user="fallout",
                        json={"reason": "released by hand", "data": {}}).status_code == 200
    cancelled = api.get(url, user="agent").json
    assert cancelled["state"] == "cancelled"
    done = api.get(response.json["href"], user="agent").json
    assert cancelled["cancellationDate"] == done["effectiveCancellationDate"]


def refusals(order: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in order["events"] if e["kind"] == "cancellation_refused"]


def test_a_refused_cancellation_stays_on_the_orders_timeline(api: Any, seeded: dict[str, Any]) -> None:
    """The 409 rolls the request back; who asked, when, that it was refused and why stay on the order's record."""
    order_id = place(api, fibre_bundle(seeded, external_id="CAN-REFUSED"))
    approve(api, order_id)
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})  # services get activated
    before = order_360(api, order_id)["events"]
    response = cancel(api, order_id, user="omanager", reason="the customer moved")
    assert response.status_code == 409
    order = order_360(api, order_id)
    assert order["state"] == "inProgress"
    assert [e for e in order["events"] if e["kind"] != "cancellation_refused"] == before  # nothing else was kept
    [refused] = refusals(order)
    assert refused["actor"] == "omanager" and refused["at"]
    error = response.json["errors"][0]["message"]
    assert refused["message"] == f"{error[:1].upper()}{error[1:]}." and "point of no return" in error
    assert refused["detail"]["reason"] == "the customer moved" and refused["detail"]["step"] == "Activate service"
    assert "some of the work on your Business Fibre Internet is already done" in refused["detail"]["customer_refusal"]
    assert "Activate service" not in refused["detail"]["customer_refusal"]  # the plan's step is for staff

    again = cancel(api, order_id, user="agent", reason="asked again")
    assert again.status_code == 409
    assert [(r["actor"], r["detail"]["reason"]) for r in refusals(order_360(api, order_id))] == [
        ("omanager", "the customer moved"), ("agent", "asked again")]


def test_a_cancellation_refused_for_a_finished_order_is_on_its_timeline(api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, external_id="CAN-FINISHED"))
    assert cancel(api, order_id).status_code == 201
    assert cancel(api, order_id, reason="twice").status_code == 409
    [refused] = refusals(order_360(api, order_id))
    assert refused["message"] == f"Order {order_id} is cancelled and can no longer be cancelled."
    assert (refused["actor"], refused["detail"]["reason"]) == ("agent", "twice")


def test_the_moves_of_a_cancellation_name_who_cancelled(api: Any, seeded: dict[str, Any]) -> None:
    """Nothing to undo: the order is cancelled at once, and each of its three moves names the person who did it."""
    order_id = place(api, fibre_bundle(seeded, external_id="CAN-WHO"))
    assert cancel(api, order_id, user="omanager").status_code == 201
    events = order_360(api, order_id)["events"]
    moves = [(e["detail"]["to"], e["actor"]) for e in events if e["kind"] == "state_changed"]
    assert moves[-3:] == [("assessingCancellation", "omanager"), ("pendingCancellation", "omanager"),
                          ("cancelled", "omanager")]


def test_calls_handed_to_a_job_that_has_not_run_are_not_made_once_their_plans_are_cancelled(
        app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    """The embedded default (jobs on the in-process thread): the approval hands its plans' reservations to a job,
    and the order is cancelled before that job runs. The job made them anyway, and the cancellation then released
    each; now it finds their plans cancelled, makes none and records that it skipped them."""
    import threading

    from sqlalchemy import select

    from app.engine.models import InstanceEvent
    from app.engine.models import ServiceCall
    from app.jobs.queue import backend_for
    app.config["JOB_BACKEND"] = "thread"
    app.extensions.pop("ordra_jobs", None)
    bodies = app.extensions["ordra_job_bodies"]
    run_calls, go_on = bodies["run_service_call"], threading.Event()

    def held_when_handed_over(**kwargs: Any) -> None:
        if kwargs.get("claimed"):
            assert go_on.wait(60)  # a bound for a stall only
        run_calls(**kwargs)
    bodies["run_service_call"] = held_when_handed_over

    def jobs_done() -> None:
        backend_for(app).join()
    order_id = place(api, fibre_bundle(seeded, external_id="CAN-HANDED"))
    jobs_done()
    approve(api, order_id)  # its plans' reservations are handed to one job, which waits
    with app.app_context():
        handed = db.session.scalars(select(ServiceCall).where(ServiceCall.connector == "inventory/reserve")).all()
        assert len(handed) == 6 and {call.status for call in handed} == {"pending"}
        assert all(call.claimed_at is not None for call in handed)
    response = cancel(api, order_id)
    assert response.status_code == 201 and response.json["state"] == "inProgress"  # the job might be calling
    go_on.set()
    jobs_done()

    assert ledger(app, "inventory/reserve") == [] and ledger(app, "inventory/release") == []
    order = order_360(api, order_id)
    assert order["state"] == "cancelled" and "compensation_started" not in [e["kind"] for e in order["events"]]
    assert api.get(response.json["href"], user="agent").json["state"] == "done"
    with app.app_context():
        assert {db.session.get(ServiceCall, call.id).status for call in handed} == {"cancelled"}  # type: ignore[union-attr]
        skipped = db.session.scalars(select(InstanceEvent).where(InstanceEvent.kind == "service_call_skipped")).all()
        assert sorted(event.detail["call"] for event in skipped) == sorted(call.id for call in handed)
