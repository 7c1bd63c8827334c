"""GET /api/v1/orders/<id>/timeline: planned, actual and forecast per domain order, dependencies, jeopardy, why."""
from __future__ import annotations

from datetime import datetime
from datetime import timedelta
from typing import Any

from flask import Flask

from app.database import unit_of_work
from tests.orchestration.flow import approve
from tests.orchestration.flow import complete
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place
from tests.orchestration.flow import run_to_completion


def _timeline(api: Any, order_id: int, user: str = "fmanager") -> dict[str, Any]:
    response = api.get(f"/api/v1/orders/{order_id}/timeline", user=user)
    assert response.status_code == 200, response.json
    return response.json


def _at(value: str | None) -> datetime:
    assert value is not None
    return datetime.fromisoformat(value)


def _domain_bars(body: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f"{i['spec']} {i['name'].split('(')[1][:-1]}": i for i in body["items"] if i["type"] != "work_order"}


def test_planned_actual_and_forecast_follow_the_dependencies(api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded))
    assert _timeline(api, order_id)["items"] == []  # nothing decomposed before the approval
    approve(api, order_id)
    body = _timeline(api, order_id)
    domains = order_360(api, order_id)["domain_orders"]
    bars = _domain_bars(body)
    assert len(bars) == len(domains) == 15
    access_line, field_visit = bars["Access Line Business Fibre Internet"], bars["Field Visit Installation"]
    ont, port = bars["ONT Business Fibre Internet"], bars["Access Port Business Fibre Internet"]
    # the access line waits for its resources and for the survey result the field visit provides
    assert access_line["depends_on"] == sorted([ont["id"], port["id"], field_visit["id"]])
    assert access_line["requires"] == ["survey_result"] and access_line["state"] == "pending"
    for dep in (ont, port):
        assert _at(access_line["planned_start"]) >= _at(dep["planned_end"])
    # not after the whole field visit: from when it hands the survey result over (test_data_handover_timeline)
    assert _at(field_visit["planned_start"]) < _at(access_line["planned_start"]) < _at(field_visit["planned_end"])
    # planned from the SLA table: a domain order PT2H, plus P2D per user task of its plan (2 in the field visit)
    assert _at(ont["planned_end"]) - _at(ont["planned_start"]) == timedelta(hours=2)
    assert _at(field_visit["planned_end"]) - _at(field_visit["planned_start"]) == timedelta(hours=2, days=4)
    # actual for the finished, forecast for the open
    assert ont["state"] == "completed" and ont["start"] and ont["end"] and ont["forecast_end"] is None
    assert field_visit["state"] == "inProgress" and field_visit["end"] is None
    assert _at(access_line["forecast_start"]) > _at(field_visit["start"])  # after what it waits for
    assert all(bar["rule"]["decision"] == "decomposition" and isinstance(bar["rule"]["row"], int)
               for bar in bars.values())
    assert {bar["jeopardy"] for bar in bars.values()} <= {"on_track"}
    survey = [i for i in body["items"] if i["type"] == "work_order"]
    assert [(w["name"], w["domain_order_id"], w["state"]) for w in survey] == [
        ("Survey site", field_visit["id"], "inProgress")]
    assert _at(body["order"]["forecast_end"]) == max(_at(b["end"] or b["forecast_end"]) for b in bars.values())


def test_the_forecast_is_the_median_of_completed_domain_orders_of_the_same_spec_and_plan(
        app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    from app.extensions import db
    from app.orchestration.models import DomainOrder

    for n in range(3):  # three finished orders whose field visits took 30, 50 and 90 hours
        done = place(api, fibre_bundle(seeded, external_id=f"HIST-{n}"))
        run_to_completion(api, done)
    with app.app_context(), unit_of_work():
        visits = db.session.query(DomainOrder).filter_by(spec_name="Field Visit", state="completed").all()
        assert len(visits) == 3
        for visit, hours in zip(visits, (30, 50, 90), strict=True):
            visit.started_at = visit.completed_at - timedelta(hours=hours)
    order_id = place(api, fibre_bundle(seeded, external_id="NOW"))
    approve(api, order_id)
    visit = _domain_bars(_timeline(api, order_id))["Field Visit Installation"]
    assert _at(visit["forecast_end"]) == _at(visit["start"]) + timedelta(hours=50)
    assert visit["jeopardy"] == "on_track"  # 50 h is within the plan's 98 h

    with app.app_context(), unit_of_work():  # history grows slower: the forecast passes the plan
        for visit_row in db.session.query(DomainOrder).filter_by(spec_name="Field Visit", state="completed"):
            visit_row.started_at = visit_row.completed_at - timedelta(days=6)
    visit = _domain_bars(_timeline(api, order_id))["Field Visit Installation"]
    assert _at(visit["forecast_end"]) == _at(visit["start"]) + timedelta(days=6)
    assert visit["jeopardy"] == "at_risk"

    from app.orchestration.timeline import order_timeline
    from app.orders.models import ProductOrder
    with app.app_context():  # a week later, still open: past its planned end
        later = _at(visit["planned_end"]) + timedelta(hours=1)
        body = order_timeline(db.session.get(ProductOrder, order_id), now=later)
    visit = _domain_bars(body)["Field Visit Installation"]
    assert visit["jeopardy"] == "late" and _at(visit["forecast_end"]) >= later


def test_a_domain_order_is_not_forecast_to_end_before_its_open_work_is_due(
        app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    from app.extensions import db
    from app.orchestration.models import DomainOrder

    for n in range(3):  # field visits that took an hour: far less than a survey may take
        run_to_completion(api, place(api, fibre_bundle(seeded, external_id=f"QUICK-{n}")))
    with app.app_context(), unit_of_work():
        for visit_row in db.session.query(DomainOrder).filter_by(spec_name="Field Visit", state="completed"):
            visit_row.started_at = visit_row.completed_at - timedelta(hours=1)
    order_id = place(api, fibre_bundle(seeded, external_id="SLOW-SURVEY"))
    approve(api, order_id)
    body = _timeline(api, order_id)
    visit = _domain_bars(body)["Field Visit Installation"]
    survey = next(i for i in body["items"] if i["type"] == "work_order" and i["name"] == "Survey site")
    assert _at(survey["forecast_end"]) > _at(visit["start"]) + timedelta(hours=1)  # due in two days
    assert _at(visit["forecast_end"]) == _at(survey["forecast_end"])
    assert _at(body["order"]["forecast_end"]) >= _at(survey["forecast_end"])
    assert body["order"]["held_by_fallout"] is False


def test_a_fallout_flags_its_domain_order(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, external_id="ZZ-T", postcode="ZZ1 1ZZ"))
    complete(api, order_id, "Enter technical details", "fulfiller", {"serving_exchange": "LAB-1"})
    approve(api, order_id)
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})
    complete(api, order_id, "Install ONT on site", "fulfiller", {"ont_serial": "ONT7654321"})
    flagged = [b for b in _domain_bars(_timeline(api, order_id)).values() if b["fallout"]]
    assert flagged and all(b["state"] not in ("completed",) for b in flagged)
    assert not any(b["fallout"] for b in _domain_bars(_timeline(api, order_id)).values() if b["state"] == "completed")
    # held until someone fixes it: no date is forecast for the order (the page says why)
    order = _timeline(api, order_id)["order"]
    assert order["forecast_end"] is None and order["held_by_fallout"] is True
    client = app.test_client()
    client.post("/login", data={"username": "fmanager", "password": "demo"})
    page = client.get(f"/workspace/orders/{order_id}/orchestration")
    assert b"no forecast end while a fallout case holds the order" in page.data


def test_the_timeline_is_for_staff_and_known_orders(api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded))
    assert api.get(f"/api/v1/orders/{order_id}/timeline", user="alice").status_code == 403
    assert api.get(f"/api/v1/orders/{order_id}/timeline", user=None).status_code == 401
    assert api.get("/api/v1/orders/999999/timeline", user="fmanager").status_code == 404


def test_the_orchestration_fragment_is_for_the_order_desk_and_managers(app: Flask, api: Any,
                                                                       seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded))
    approve(api, order_id)
    client = app.test_client()
    client.post("/login", data={"username": "alice", "password": "demo"})
    assert client.get(f"/workspace/orders/{order_id}/orchestration").status_code == 403
    client.post("/logout")
    client.post("/login", data={"username": "fulfiller", "password": "demo"})
    assert client.get(f"/workspace/orders/{order_id}/orchestration").status_code == 403  # works from the tasklist
    client.post("/logout")
    client.post("/login", data={"username": "fmanager", "password": "demo"})
    page = client.get(f"/workspace/orders/{order_id}/orchestration?zoom=day")
    assert page.status_code == 200 and page.data.count(b"data-domain-order-id=") == 15
    assert b"Survey site (any fulfillment agent)" in page.data
    assert client.get(f"/workspace/orders/{order_id}/orchestration?zoom=nonsense").status_code == 200  # auto
    assert client.get("/workspace/orders/999999/orchestration").status_code == 404
