"""What people enter about an order's site reaches the work that follows: the technical details a fulfilment agent
enters for an unknown site, and a site postcode a fallout fix corrects, are what the domain orders' plans (their
work orders and calls to other systems) use from then on."""
from __future__ import annotations

from typing import Any

from tests.orchestration.flow import approve
from tests.orchestration.flow import complete
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place
from tests.orchestration.flow import task


def _task_detail(api: Any, order_id: int, name: str) -> dict[str, Any]:
    """The open work item ``name`` of the order with its instructions and data, as the fulfiller opens it."""
    response = api.get(f"/api/v1/tasks/{task(api, order_id, name, 'fulfiller')['id']}", user="fulfiller")
    assert response.status_code == 200, response.json
    return dict(response.json)


def _domain_data(app: Any, order_id: int, *, unfinished: bool = False) -> dict[str, dict[str, Any]]:
    """The data of the order's domain orders by name (``unfinished``: of those not completed only)."""
    with app.app_context():
        from sqlalchemy import select

        from app.extensions import db
        from app.orchestration.models import DomainOrder
        return {d.name: dict(d.data) for d in db.session.scalars(select(DomainOrder)
                                                                  .where(DomainOrder.order_id == order_id))
                if not unfinished or d.state != "completed"}


def _zz_order_with_details(api: Any, seeded: dict[str, Any], external_id: str) -> int:
    order_id = place(api, fibre_bundle(seeded, external_id=external_id, postcode="ZZ1 1ZZ"))
    complete(api, order_id, "Enter technical details", "fulfiller",
             {"serving_exchange": "LDN-ZZ", "site_notes": "Gate code 1234"})
    approve(api, order_id)
    return order_id


def test_the_technical_details_entered_reach_the_decomposition_the_plans_and_their_calls(
        app: Any, api: Any, seeded: dict[str, Any]) -> None:
    """The serving exchange and site notes the agent entered showed on the approval only: the enrichment recorded
    before the task overrode them at decomposition, so the survey read "exchange )", the provisioning calls sent
    an empty exchange and the engineers never saw the notes."""
    order_id = _zz_order_with_details(api, seeded, "ZZ-DETAILS")
    order = order_360(api, order_id)
    assert order["enrichment"]["serving_exchange"] == "LDN-ZZ", order["enrichment"]
    assert order["enrichment"]["site_notes"] == "Gate code 1234"
    [decomposed] = [e for e in order["events"] if e["kind"] == "decomposed"]
    assert decomposed["detail"]["facts"]["serving_exchange"] == "LDN-ZZ", decomposed["detail"]["facts"]
    assert {(data["serving_exchange"], data["site_notes"]) for data in _domain_data(app, order_id).values()} == {
        ("LDN-ZZ", "Gate code 1234")}
    survey = _task_detail(api, order_id, "Survey site")
    assert "exchange LDN-ZZ)" in survey["instructions"] and "Gate code 1234" in survey["instructions"], survey
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})
    cases = api.get(f"/api/v1/fallouts?order={order_id}", user="fallout").json
    assert cases and {c["payload"]["serving_exchange"] for c in cases} == {"LDN-ZZ"}, [c["payload"] for c in cases]
    assert "Gate code 1234" in _task_detail(api, order_id, "Install ONT on site")["instructions"]


def test_a_fixed_site_postcode_reaches_the_running_field_visit_and_the_domain_orders(
        app: Any, api: Any, seeded: dict[str, Any]) -> None:
    """"Fix data and retry" corrected the order's lines and the failing call only: the field visit's open
    "Install ONT on site" still sent the engineer to the old postcode, and the domain orders kept it."""
    order_id = _zz_order_with_details(api, seeded, "ZZ-MOVED")
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})
    before = _task_detail(api, order_id, "Install ONT on site")
    assert "at ZZ1 1ZZ" in before["instructions"] and before["data"]["site_postcode"] == "ZZ1 1ZZ"
    cases = api.get(f"/api/v1/fallouts?order={order_id}", user="fallout").json
    to_do = _domain_data(app, order_id, unfinished=True)  # the failed services, the field visit, billing waiting
    assert {data["site_postcode"] for data in to_do.values()} == {"ZZ1 1ZZ"} and len(to_do) > len(cases) + 1, to_do
    fixed = api.post(f"/api/v1/fallouts/{cases[0]['id']}/retry", user="fallout",
                     json={"data": {"site_postcode": "EC2A 2BB"}, "same_cause": True})
    assert fixed.status_code == 200, fixed.json
    install = _task_detail(api, order_id, "Install ONT on site")
    assert "at EC2A 2BB" in install["instructions"], install["instructions"]
    assert install["data"]["site_postcode"] == "EC2A 2BB"
    domains = {name: data for name, data in _domain_data(app, order_id).items() if name in to_do}
    assert {data["site_postcode"] for data in domains.values()} == {"EC2A 2BB"}, domains  # what they start or run with
    assert {data["characteristics"]["site_postcode"] for data in domains.values()
            if "site_postcode" in data["characteristics"]} == {"EC2A 2BB"}
    complete(api, order_id, "Install ONT on site", "fulfiller", {"ont_serial": "ONT7654321"})
    final = order_360(api, order_id)
    assert final["state"] == "completed", [(d["name"], d["state"]) for d in final["domain_orders"]]
