"""Where an order is, in its customer's words: the ``customerMilestone`` tasks of its processes."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from flask import Flask

from app.engine import instances as engine
from app.orchestration.milestones import WhereItIs
from app.orchestration.milestones import where_it_is
from app.orchestration.service import get_order
from app.studio.service import latest_process
from tests.orchestration.flow import approve
from tests.orchestration.flow import complete
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import place
from tests.orchestration.flow import survey_and_install

BPMN = Path(__file__).resolve().parents[2] / "bpmn"
LINES = ("Business Fibre Internet", "Static IP Block", "Managed Router", "Installation")


def _where(app: Flask, order_id: int) -> WhereItIs:
    with app.app_context():
        return where_it_is(get_order(order_id))


def _said(where: WhereItIs) -> list[tuple[str, str, str]]:
    return [(m.label, m.about, m.status) for m in where.milestones]


def test_a_fibre_bundle_waiting_for_approval_shows_the_review_now_and_says_more_steps_will_come(
        app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    where = _where(app, place(api, fibre_bundle(seeded)))
    assert _said(where) == [("Order review", "", "now")]
    assert where.milestones[0].due is not None  # the approval task's due date
    assert where.delivering and where.more_to_plan  # nothing decomposed yet: later steps are not known
    assert where.expected is None and not where.held


def test_after_the_approval_the_plans_ahead_are_listed_in_the_order_they_run(app: Flask, api: Any,
                                                                             seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded))
    approve(api, order_id)
    where = _where(app, order_id)
    # the survey is certain: the order's enrichment said one is needed, and that is the data the plan starts with
    assert _said(where) == [("Order review", "", "done"), ("Site survey", "Installation", "now"),
                            ("Engineer visit booked", "Installation", "next"),
                            ("Engineer visit", "Installation", "next"),
                            *[("Billing started", line, "next") for line in LINES]]
    review, survey = where.milestones[:2]
    assert review.at is not None and survey.due is not None and survey.at is None
    assert where.expected is not None and not where.more_to_plan and not where.held


def test_after_the_survey_it_is_done_with_its_date_and_the_engineer_visit_is_under_way(
        app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded))
    approve(api, order_id)
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})
    where = _where(app, order_id)
    said = _said(where)
    assert said[:3] == [("Order review", "", "done"), ("Site survey", "Installation", "done"),
                        ("Engineer visit booked", "Installation", "done")]
    assert ("Engineer visit", "Installation", "now") in said
    assert said[-1] == ("Billing started", "Installation", "next")  # the installation's, after the visit
    done = [m.at for m in where.milestones if m.status == "done"]
    assert all(done) and done == sorted(done)  # done ones in the order they happened
    assert where.expected is not None


def test_a_completed_order_shows_every_milestone_done_and_its_completion_date(app: Flask, api: Any,
                                                                             seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded))
    approve(api, order_id)
    survey_and_install(api, order_id)
    where = _where(app, order_id)
    assert {status for _, _, status in _said(where)} == {"done"} and len(where.milestones) == 8
    assert not where.delivering and where.completed_at is not None and where.expected is None


def test_a_rejected_order_shows_its_review_done_and_nothing_to_come(app: Flask, api: Any,
                                                                    seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded))
    complete(api, order_id, "Approve order", "approver",
             {"approval_decision": "reject", "approval_reason": "No credit line", "customer_reason": "Credit check"})
    where = _where(app, order_id)
    assert _said(where) == [("Order review", "", "done")]
    assert not where.delivering and not where.more_to_plan and where.expected is None


def test_an_order_held_by_a_fallout_gets_no_date(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, external_id="ZZ-1", postcode="ZZ1 1ZZ"))
    complete(api, order_id, "Enter technical details", "fulfiller", {"serving_exchange": "LAB-1"})
    approve(api, order_id)
    survey_and_install(api, order_id)
    assert api.get(f"/api/v1/fallouts?order={order_id}", user="fallout").json
    where = _where(app, order_id)
    assert where.delivering and where.held and where.expected is None
    assert ("Engineer visit", "Installation", "done") in _said(where)


def test_models_without_any_customer_milestone_show_none(app: Flask, api: Any, seeded: dict[str, Any],
                                                         tmp_path: Path) -> None:
    plain = []
    for name in ("customer_order.bpmn", "plan_field_visit.bpmn", "plan_product_order.bpmn"):
        text = re.sub(r'\s*<spiffworkflow:property name="customerMilestone"[^>]*/>', "", (BPMN / name).read_text())
        assert "customerMilestone" not in text
        (tmp_path / name).write_text(text)
        plain.append(tmp_path / name)
    response = api.deploy(*plain)
    assert response.status_code == 201, response.json
    order_id = place(api, fibre_bundle(seeded))
    assert _where(app, order_id).milestones == []
    approve(api, order_id)
    where = _where(app, order_id)
    assert where.milestones == [] and where.delivering and where.expected is not None


def test_a_plan_not_started_is_certain_only_where_its_start_data_decides(app: Flask, seeded: dict[str, Any]) -> None:
    with app.app_context():
        def said(plan: str, data: dict[str, Any]) -> list[tuple[str, str]]:
            return [(m.label, m.status) for m in engine.planned_milestones(latest_process(plan), data)]

        visit = [("Engineer visit booked", "next"), ("Engineer visit", "next")]
        assert said("plan_field_visit", {"survey_needed": True}) == [("Site survey", "next"), *visit]
        assert said("plan_field_visit", {"survey_needed": False}) == visit  # the gateway goes round the survey
        assert said("plan_field_visit", {}) == [("Site survey", "may"), *visit]  # not known yet: it may happen
        assert said("plan_product_order", {"action": "modify"}) == [("Service changed", "next")]
        assert {status for _, status in said("plan_product_order", {})} == {"may"}
        assert said("plan_resource_order", {"action": "add"}) == []  # a plan without milestones


def test_a_cancelled_order_shows_only_what_was_done(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, external_id="CAN-MILESTONES"))
    approve(api, order_id)  # the survey is open when the customer changes their mind
    response = api.post("/tmf-api/productOrderingManagement/v4/cancelProductOrder", user="agent",
                        json={"productOrder": {"id": str(order_id)}, "cancellationReason": "moved office"})
    assert response.status_code == 201, response.json
    where = _where(app, order_id)
    assert _said(where) == [("Order review", "", "done")]  # the survey never happened; nothing is to come
    assert not where.delivering and where.expected is None
