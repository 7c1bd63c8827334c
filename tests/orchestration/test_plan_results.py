"""A finished plan hands back the data outputs its process declares (bpmn:ioSpecification), and the
inventory records what the plans handed back: no key of the demo plans is known to the code."""
from __future__ import annotations

from typing import Any

from flask import Flask

from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place
from tests.orchestration.flow import run_to_completion

DECLARED = {"plan_service_order": ["service"], "plan_resource_order": ["resource"],
            "plan_product_order": ["billing"], "plan_field_visit": ["visit", "survey_result", "ont_serial"]}


def test_the_shipped_plans_declare_their_results(app: Flask, seeded: dict[str, Any]) -> None:
    from app.studio.service import latest_process
    with app.app_context():
        assert {plan: latest_process(plan).summary["outputs"] for plan in DECLARED} == DECLARED


def test_a_domain_order_keeps_exactly_what_its_plan_declares(api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded))
    run_to_completion(api, order_id)
    order = order_360(api, order_id)
    for domain in order["domain_orders"]:
        assert domain["state"] == "completed"
        assert set(domain["result"]) <= set(DECLARED[domain["plan"]]) and domain["result"], domain
    access = next(d for d in order["domain_orders"] if d["spec"] == "Access Line")
    assert set(access["result"]) == {"service"}  # not the plan's inputs (spec, action, site...)
    fibre = next(p for p in order["inventory"] if p["name"] == "Business Fibre Internet")
    line = next(s for s in fibre["services"] if s["name"] == "Access Line")
    service = access["result"]["service"]
    assert line["id"] == service["service_id"] and line["access_port"] == service["access_port"]
    assert line["domain_order"] == access["id"]


def test_a_plan_that_declares_no_outputs_hands_back_nothing() -> None:
    from types import SimpleNamespace

    from app.orchestration.service import plan_result
    undeclared = SimpleNamespace(process_version=SimpleNamespace(summary={}), data={"service": {"service_id": "S"}})
    declared = SimpleNamespace(process_version=SimpleNamespace(summary={"outputs": ["service", "absent"]}),
                               data={"service": {"service_id": "S"}, "spec": "Access Line"})
    assert plan_result(undeclared) == {}  # type: ignore[arg-type]
    assert plan_result(declared) == {"service": {"service_id": "S"}}  # type: ignore[arg-type]
