"""A domain order waiting for data is planned and forecast from when its provider hands the data over (the field
visit hands the survey result over after its survey, the installation after its installation), not from the end
of the provider's plan."""
from __future__ import annotations

from datetime import datetime
from datetime import timedelta
from typing import Any

from flask import Flask
from lxml import etree

from app.database import unit_of_work
from app.engine.paths import user_tasks_before
from tests.orchestration.flow import approve
from tests.orchestration.flow import complete
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import place
from tests.orchestration.flow import run_to_completion

SLA_SPAN, WORK_ORDER = timedelta(hours=2), timedelta(days=2)  # jeopardy_sla: a domain order, a work order


def _timeline(api: Any, order_id: int) -> dict[str, Any]:
    response = api.get(f"/api/v1/orders/{order_id}/timeline", user="fmanager")
    assert response.status_code == 200, response.json
    return response.json


def _at(value: str | None) -> datetime:
    assert value is not None
    return datetime.fromisoformat(value)


def _bars(body: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [i for i in body["items"] if i["type"] != "work_order" and kind in i["requires"]]


def _field_visit(body: dict[str, Any]) -> dict[str, Any]:
    return next(i for i in body["items"] if i["spec"] == "Field Visit")


def test_the_plan_summary_says_after_how_many_user_tasks_each_key_is_handed_over(
        app: Flask, seeded: dict[str, Any]) -> None:
    from app.studio.service import latest_process
    with app.app_context():
        assert latest_process("plan_field_visit").summary["data_handovers"] == [
            {"key": "survey_result", "task": "provide_survey", "after_user_tasks": 1},
            {"key": "site_installed", "task": "provide_installation", "after_user_tasks": 2}]
        assert latest_process("plan_service_order").summary["data_handovers"] == []


def test_before_is_the_most_user_tasks_on_a_path_from_a_start_ignoring_loops() -> None:
    process = etree.fromstring(f"""<process xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="p">
      <startEvent id="start"/><exclusiveGateway id="split"/><userTask id="a"/><userTask id="b"/>
      <userTask id="c"/><exclusiveGateway id="join"/><serviceTask id="hand"/>
      <boundaryEvent id="late" attachedToRef="hand"/><userTask id="chase"/>
      <subProcess id="sub"><startEvent id="s0"/><userTask id="inner"/><serviceTask id="inner_hand"/>
        {_flows("s0 inner", "inner inner_hand")}</subProcess>
      <endEvent id="end"/>
      {_flows("start split", "split a", "a b", "split c", "b join", "c join", "join hand", "hand sub", "sub end",
              "late chase", "chase split")}
    </process>""")
    before = user_tasks_before(process)
    assert before["hand"] == 2  # a then b, not c alone; the loop back from chase is not followed
    assert before["late"] == 2 and before["chase"] == 2 and before["split"] == 0
    assert before["inner_hand"] == 3 and before["end"] == 3  # the subprocess holds one user task


def _flows(*pairs: str) -> str:
    return "".join(f'<sequenceFlow id="f{n}" sourceRef="{pair.split()[0]}" targetRef="{pair.split()[1]}"/>'
                   for n, pair in enumerate(pairs))


def test_services_start_at_the_survey_hand_over_and_billing_at_the_installation(
        api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded))
    approve(api, order_id)
    body = _timeline(api, order_id)
    visit = _field_visit(body)
    services, billing = _bars(body, "survey_result"), _bars(body, "site_installed")
    assert services and billing and all(s["type"] == "service" for s in services)
    survey_planned = _at(visit["planned_start"]) + SLA_SPAN + WORK_ORDER
    survey_forecast = _at(visit["start"]) + SLA_SPAN + WORK_ORDER  # no history yet: the planned spans
    for service in services:
        assert service["state"] == "pending"
        assert _at(service["planned_start"]) == survey_planned < _at(visit["planned_end"])
        assert _at(service["forecast_start"]) == survey_forecast < _at(visit["forecast_end"])
        assert _at(service["forecast_end"]) < _at(visit["forecast_end"])
        assert [(h["key"], h["from"]) for h in service["handovers"]] == [("survey_result", visit["id"])]
        assert _at(service["handovers"][0]["planned"]) == survey_planned
    for bill in billing:  # the installation is the field visit's last step
        handover = next(h for h in bill["handovers"] if h["key"] == "site_installed")
        assert _at(handover["planned"]) == _at(visit["planned_end"]) <= _at(bill["planned_start"])
        assert _at(bill["forecast_start"]) >= _at(handover["forecast"]) == _at(visit["forecast_end"])
    assert _at(body["order"]["forecast_end"]) == max(_at(b["forecast_end"]) for b in body["items"]
                                                     if b["type"] != "work_order" and b["state"] != "completed")


def test_a_version_that_does_not_say_where_it_hands_over_hands_over_at_its_end(
        app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    from app.extensions import db
    from app.studio.models import ProcessVersion
    from app.studio.service import latest_process
    with app.app_context(), unit_of_work():  # as deployed before summaries said
        version = db.session.get(ProcessVersion, latest_process("plan_field_visit").id)
        version.summary = {k: v for k, v in version.summary.items() if k != "data_handovers"}
        version_id = version.id
    order_id = place(api, fibre_bundle(seeded))
    approve(api, order_id)
    body = _timeline(api, order_id)
    visit = _field_visit(body)
    for service in _bars(body, "survey_result"):
        assert _at(service["planned_start"]) == _at(visit["planned_end"])
        assert _at(service["forecast_start"]) == _at(visit["forecast_end"])
    with app.app_context():
        assert "data_handovers" not in latest_process("plan_field_visit").summary
        assert latest_process("plan_field_visit").id == version_id


def test_the_forecast_reads_when_finished_field_visits_handed_the_survey_over(
        app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    from app.extensions import db
    from app.orchestration.models import DomainOrder
    from app.orchestration.timeline import order_timeline
    from app.orders.models import OrderEvent
    from app.orders.models import ProductOrder

    done = place(api, fibre_bundle(seeded, external_id="HISTORY"))
    run_to_completion(api, done)
    with app.app_context(), unit_of_work():  # a visit of ten days that handed the survey over after three hours
        visit = db.session.query(DomainOrder).filter_by(order_id=done, spec_name="Field Visit").one()
        visit.started_at = visit.completed_at - timedelta(days=10)
        for event in db.session.query(OrderEvent).filter_by(order_id=done, kind="data_provided"):
            after = timedelta(hours=3) if event.detail["key"] == "survey_result" else timedelta(days=9)
            event.at = visit.started_at + after
    order_id = place(api, fibre_bundle(seeded, external_id="NOW"))
    approve(api, order_id)
    body = _timeline(api, order_id)
    visit_bar = _field_visit(body)
    assert _at(visit_bar["forecast_end"]) == _at(visit_bar["start"]) + timedelta(days=10)
    for service in _bars(body, "survey_result"):
        assert _at(service["forecast_start"]) == _at(visit_bar["start"]) + timedelta(hours=3)
        assert _at(service["handovers"][0]["forecast"]) == _at(service["forecast_start"])
    for bill in _bars(body, "site_installed"):
        handover = next(h for h in bill["handovers"] if h["key"] == "site_installed")
        assert _at(handover["forecast"]) == _at(visit_bar["start"]) + timedelta(days=9)
    survey = next(i for i in body["items"] if i["type"] == "work_order" and i["domain_order_id"] == visit_bar["id"])
    # Five hours in, history's three hours have passed and the survey is still open: the services wait for it (its
    # due date), not "any minute now" for ever.
    later = _at(visit_bar["start"]) + timedelta(hours=5)
    assert later < _at(survey["planned_end"])
    with app.app_context():
        body = order_timeline(db.session.get(ProductOrder, order_id), now=later)
    for service in _bars(body, "survey_result"):
        assert _at(service["forecast_start"]) == _at(survey["planned_end"])
        assert _at(service["handovers"][0]["forecast"]) == _at(service["forecast_start"])


def test_data_already_handed_over_counts_at_its_time(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    from app.extensions import db
    from app.orchestration.models import DomainOrder
    from app.orchestration.timeline import order_timeline
    from app.orders.models import OrderEvent
    from app.orders.models import ProductOrder

    order_id = place(api, fibre_bundle(seeded))
    approve(api, order_id)
    with app.app_context(), unit_of_work():  # the survey result is there, the access line not started yet
        line = db.session.query(DomainOrder).filter_by(order_id=order_id, spec_name="Access Line").one()
        line.data = {**line.data, "survey_result": "ready"}
        line_id = line.id
    with app.app_context():
        now = datetime.fromisoformat(_timeline(api, order_id)["order"]["now"]) + timedelta(hours=1)
        body = order_timeline(db.session.get(ProductOrder, order_id), now=now)
    line_bar = next(i for i in body["items"] if i["id"] == line_id)
    assert _at(line_bar["forecast_start"]) == now < _at(_field_visit(body)["start"]) + SLA_SPAN + WORK_ORDER
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})
    with app.app_context():
        handed = db.session.query(OrderEvent).filter_by(order_id=order_id, kind="data_provided").one().at
    body = _timeline(api, order_id)
    for service in _bars(body, "survey_result"):
        assert service["state"] != "pending" and _at(service["handovers"][0]["at"]) == handed
        assert _at(service["start"]) >= handed
