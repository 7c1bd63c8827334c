"""Fallout end to end over HTTP: the policy decides, agents retry, fix and retry, skip or cancel."""
from __future__ import annotations

from datetime import UTC
from datetime import datetime
from datetime import timedelta
from typing import Any

import pytest
import time_machine
from flask import Flask

from app.database import unit_of_work
from app.database import utcnow
from tests.helpers import DATA
from tests.helpers import REPO

MODELS = DATA / "models"
# What provisioning/activate would have answered, given by a fallout agent who activated the line by hand
ACTIVATED_BY_HAND = {"service_id": "SVC-BY-HAND", "access_port": "ge-0/0/7", "status": "active"}


@pytest.fixture()
def deployed(app: Flask, api: Any) -> None:
    from app.connectors.demo import seed_simulator_rules
    response = api.deploy(REPO / "dmn" / "fallout_policy.dmn", MODELS / "activate_line.bpmn",
                          MODELS / "reserve_equipment.bpmn")
    assert response.status_code == 201, response.json
    with app.app_context(), unit_of_work():
        seed_simulator_rules()


def start(api: Any, process: str, data: dict[str, Any]) -> dict[str, Any]:
    response = api.post(f"/api/v1/processes/{process}/instances", json={"data": data})
    assert response.status_code == 201, response.json
    return response.json


def only_case(api: Any, **filters: str) -> dict[str, Any]:
    query = "&".join(f"{k}={v}" for k, v in filters.items())
    cases = api.get(f"/api/v1/fallouts?{query}", user="fallout").json
    assert len(cases) == 1, cases
    return cases[0]


def test_zz_postcode_falls_out_and_fix_data_and_retry_completes(api: Any, deployed: None) -> None:
    instance = start(api, "activate_line", {"site_postcode": "ZZ1 1ZZ"})
    assert api.get(f"/api/v1/instances/{instance['id']}").json["status"] == "error"
    case = only_case(api)
    assert (case["category"], case["error_code"], case["connector"]) == (
        "network capacity", "PORT_UNAVAILABLE", "provisioning/activate")
    assert case["payload"] == {"service": "internet", "site_postcode": "ZZ1 1ZZ"}
    assert case["assign_to"] == "fallout_agent" and case["attempt"] == 1

    again = api.post(f"/api/v1/fallouts/{case['id']}/retry", user="fallout", json={})
    assert again.status_code == 200
    case = api.get(f"/api/v1/fallouts/{case['id']}", user="fallout").json
    assert case["status"] == "open" and case["attempt"] == 2  # the same case records the new attempt

    fixed = api.post(f"/api/v1/fallouts/{case['id']}/retry", user="fallout",
                     json={"data": {"site_postcode": "SW1A 1AA"}})
    assert fixed.status_code == 200, fixed.json
    assert api.get(f"/api/v1/instances/{instance['id']}").json["status"] == "completed"
    closed = api.get(f"/api/v1/fallouts/{case['id']}", user="fallout").json
    assert closed["status"] == "resolved"
    assert [e["kind"] for e in closed["events"]] == ["failed", "retried", "failed", "retried", "resolved"]
    # three attempts, the last one successful: the case and its trail say the same (it said 2, the trail 3)
    assert closed["attempt"] == closed["events"][3]["detail"]["attempt"] == 3
    assert closed["events"][4]["detail"] == {"attempts": 3}
    assert closed["events"][3]["actor"] == "fallout"
    assert api.post(f"/api/v1/fallouts/{case['id']}/retry", user="fallout", json={}).status_code == 409


def test_a_case_whose_task_still_fails_is_not_closed_as_resolved(api: Any, deployed: None) -> None:
    """Resolving it left the instance in error with no case for anyone to act on: its order held for good."""
    instance = start(api, "activate_line", {"site_postcode": "ZZ1 1ZZ"})
    case = only_case(api)
    refused = api.post(f"/api/v1/fallouts/{case['id']}/resolve", user="fallout", json={"note": "fixed by hand"})
    assert refused.status_code == 409 and "still fails" in refused.json["errors"][0]["message"], refused.json
    assert api.get(f"/api/v1/fallouts/{case['id']}", user="fallout").json["status"] == "open"
    skipped = api.post(f"/api/v1/fallouts/{case['id']}/skip", user="fallout",
                       json={"data": {"activation": ACTIVATED_BY_HAND}, "reason": "activated by hand"})
    assert skipped.status_code == 200 and skipped.json["status"] == "skipped", skipped.json
    assert api.get(f"/api/v1/instances/{instance['id']}").json["status"] == "completed"


def test_transient_faults_retry_with_backoff_then_go_to_people(app: Flask, api: Any, deployed: None) -> None:
    """Each retry waits twice as long as the one before: 30 s, 60 s, 120 s after each failure, on a frozen clock."""
    from app.connectors.models import SimulatorRule
    from app.extensions import db
    from app.fallout.service import enqueue_due_retries
    with app.app_context(), unit_of_work():
        db.session.add(SimulatorRule(connector="inventory/reserve", error_code="TIMEOUT", rate=1.0))
    with time_machine.travel(datetime(2026, 3, 2, 9, 0, tzinfo=UTC), tick=False) as clock:
        start(api, "reserve_equipment", {"resource_type": "ONT"})
        gaps = []
        for attempt in (1, 2, 3):
            case = api.get("/api/v1/fallouts?status=retrying", user="fallout").json[0]
            assert case["attempt"] == attempt and case["action"] == "retry"
            due = _aware(datetime.fromisoformat(case["next_retry_at"]))
            gaps.append((due - utcnow()).total_seconds())  # the clock stands at the failure
            clock.move_to(due - timedelta(seconds=1))
            with app.app_context(), unit_of_work():
                assert enqueue_due_retries(utcnow()) == 0  # a second early: nothing happens on a tick
            clock.move_to(due)
            with app.app_context(), unit_of_work():
                assert enqueue_due_retries(utcnow()) == 1  # due: the retry runs (and fails again)
    assert gaps == [30, 60, 120]
    case = only_case(api)
    assert case["attempt"] == 4 and case["action"] == "manual" and case["category"] == "transient"


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def test_skip_needs_a_reason_and_records_the_output(api: Any, deployed: None) -> None:
    instance = start(api, "activate_line", {"site_postcode": "ZZ9 9ZZ"})
    case = only_case(api)
    missing = api.post(f"/api/v1/fallouts/{case['id']}/skip", user="fallout", json={"data": {}})
    assert missing.status_code == 422 and missing.json["errors"][0]["field"] == "reason"
    # what the failed call would have answered, where its task keeps it, as its connector answers: else refused
    for data, field, message in (
            ({"service": ACTIVATED_BY_HAND}, "data.service", "'Activate line' gives only 'activation'"),
            ({}, "data.activation", "give what provisioning/activate would have answered (service_id, status)"),
            ({"activation": {"access_port": "ge-0/0/7"}}, "data.activation",
             "provisioning/activate never answers so: 'service_id' is a required property"),
            ({"activation": {**ACTIVATED_BY_HAND, "status": "switched on"}}, "data.activation.status",
             "provisioning/activate never answers so: 'switched on' is not one of")):
        refused = api.post(f"/api/v1/fallouts/{case['id']}/skip", user="fallout",
                           json={"reason": "activated by hand", "data": data})
        assert refused.status_code == 422, refused.json
        assert refused.json["errors"][0]["field"] == field, refused.json
        assert refused.json["errors"][0]["message"].startswith(message), refused.json
        assert api.get(f"/api/v1/fallouts/{case['id']}", user="fallout").json["status"] == "open"
    done = api.post(f"/api/v1/fallouts/{case['id']}/skip", user="fallout",
                    json={"reason": "activated by hand", "data": {"activation": ACTIVATED_BY_HAND}})
    assert done.status_code == 200 and done.json["status"] == "skipped"
    events = api.get(f"/api/v1/fallouts/{case['id']}", user="fallout").json["events"]
    assert [e["kind"] for e in events] == ["failed", "skipped"]  # not also "resolved" by the skipped task's success
    final = api.get(f"/api/v1/instances/{instance['id']}").json
    assert final["status"] == "completed" and final["data"]["port"] == "ge-0/0/7"


def test_cancel_and_roles(api: Any, deployed: None) -> None:
    instance = start(api, "activate_line", {"site_postcode": "ZZ2 2ZZ"})
    case = only_case(api)
    assert api.get("/api/v1/fallouts", user="agent").status_code == 403
    assert api.post(f"/api/v1/fallouts/{case['id']}/retry", user="agent", json={}).status_code == 403
    cancelled = api.post(f"/api/v1/fallouts/{case['id']}/cancel", user="fallout", json={"reason": "customer left"})
    assert cancelled.status_code == 200 and cancelled.json["status"] == "cancelled"
    assert api.get(f"/api/v1/instances/{instance['id']}").json["status"] == "cancelled"
    assert api.get("/api/v1/fallouts?status=cancelled", user="falloutmgr").json[0]["id"] == case["id"]
    assert api.get("/api/v1/fallouts/999", user="fallout").status_code == 404


def test_the_instance_page_links_its_fallout(api: Any, client: Any, deployed: None) -> None:
    instance = start(api, "activate_line", {"site_postcode": "ZZ5 5ZZ"})
    case = only_case(api)
    assert api.get(f"/api/v1/instances/{instance['id']}").json["fallouts"][0]["id"] == case["id"]
    client.post("/login", data={"username": "fallout", "password": "demo"})
    page = client.get(f"/instances/{instance['id']}").get_data(as_text=True)
    assert f'href="/fallout/{case["id"]}"' in page
