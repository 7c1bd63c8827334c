"""Connectors through the job layer, failing scripts and retry, timers, the sandbox at upload."""
from __future__ import annotations

from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import Any

import time_machine

from tests.helpers import DATA

MODELS = DATA / "models"


def deploy_ok(api: Any, *names: str) -> None:
    response = api.deploy(*(MODELS / n for n in names))
    assert response.status_code == 201, response.json


def test_service_task_runs_its_connector_as_a_job(api: Any) -> None:
    deploy_ok(api, "reserve_equipment.bpmn")
    started = api.post("/api/v1/processes/reserve_equipment/instances", json={"data": {"resource_type": "ONT"}})
    instance = api.get(f"/api/v1/instances/{started.json['id']}").json
    assert instance["status"] == "completed"
    assert instance["data"]["reservation"]["resource_type"] == "ONT"
    assert instance["data"]["serial"] == instance["data"]["reservation"]["serial_number"]
    kinds = [e["kind"] for e in instance["events"]]
    assert kinds.index("service_call") < kinds.index("service_result") < kinds.index("completed")


def test_connector_failure_puts_the_instance_in_error_and_retry_after_fix(api: Any) -> None:
    deploy_ok(api, "reserve_equipment.bpmn")
    started = api.post("/api/v1/processes/reserve_equipment/instances", json={"data": {"resource_type": ""}}).json
    instance = api.get(f"/api/v1/instances/{started['id']}").json
    assert instance["status"] == "error"
    assert instance["error"]["task"] == "Reserve ONT"
    assert "MISSING_DATA" in instance["error"]["message"]
    retried = api.post(f"/api/v1/instances/{started['id']}/retry", json={"data": {"resource_type": "ONT"}})
    assert retried.status_code == 200, retried.json
    assert api.get(f"/api/v1/instances/{started['id']}").json["status"] == "completed"


def test_script_error_is_recorded_and_retry_continues(api: Any) -> None:
    deploy_ok(api, "divide.bpmn")
    started = api.post("/api/v1/processes/divide/instances", json={"data": {"total": 10, "parts": 0}}).json
    assert started["status"] == "error"
    assert "ZeroDivisionError" in started["error"]["message"] or "division" in started["error"]["message"]
    assert api.post(f"/api/v1/instances/{started['id']}/retry", user="agent").status_code == 403
    fixed = api.post(f"/api/v1/instances/{started['id']}/retry", json={"data": {"parts": 4}})
    assert fixed.status_code == 200, fixed.json
    final = api.get(f"/api/v1/instances/{started['id']}").json
    assert final["status"] == "completed" and final["data"]["share"] == 2.5
    assert api.post(f"/api/v1/instances/{started['id']}/retry").status_code == 409


def test_timer_waits_then_fires_from_the_scheduler(api: Any, app: Any) -> None:
    from app.database import unit_of_work
    from app.jobs.scheduler import fire_due_timers

    deploy_ok(api, "wait_a_second.bpmn")
    with time_machine.travel(datetime(2026, 3, 2, 9, 0, tzinfo=UTC), tick=False) as clock:
        started = api.post("/api/v1/processes/wait_a_second/instances", json={"data": {}}).json
        assert started["status"] == "waiting"
        clock.shift(0.9)
        with app.app_context(), unit_of_work():
            assert fire_due_timers() == 0  # not yet due
        clock.shift(0.2)
        with app.app_context(), unit_of_work():
            assert fire_due_timers() == 1
    final = api.get(f"/api/v1/instances/{started['id']}").json
    assert final["status"] == "completed" and final["data"]["waited"] is True


def test_a_script_trying_to_import_is_refused_at_upload(api: Any) -> None:
    response = api.deploy(MODELS / "evil_script.bpmn")
    assert response.status_code == 422
    messages = " ".join(e["message"] for e in response.json["errors"])
    assert "evil" in messages.lower() and "import" in messages.lower()
    assert not Path("/tmp/ordra-pwned").exists()


class HeldJobs:
    """A job backend whose jobs wait in a queue no worker takes from."""

    def submit(self, jobs: list[Any]) -> None:
        pass


def test_the_reconciler_backs_off_from_a_call_still_queued(api: Any, app: Any) -> None:
    """A pending call is enqueued again after RECONCILE_AFTER_SECONDS, then after twice that, and so on."""
    from datetime import timedelta

    from sqlalchemy import select

    from app.database import unit_of_work
    from app.database import utcnow
    from app.engine.models import ServiceCall
    from app.extensions import db
    from app.jobs.scheduler import reconcile

    deploy_ok(api, "reserve_equipment.bpmn")
    app.extensions["ordra_jobs"] = HeldJobs()  # the call's job stays queued, as behind a long backlog
    api.post("/api/v1/processes/reserve_equipment/instances", json={"data": {"resource_type": "ONT"}})
    with app.app_context():
        def due_in() -> float:
            call = db.session.scalar(select(ServiceCall))
            return (call.next_check_at - utcnow()).total_seconds()

        with unit_of_work():
            assert reconcile()["service calls"] == 0  # just enqueued: not due yet
            assert 25 < due_in() <= 30
            db.session.scalar(select(ServiceCall)).next_check_at = utcnow() - timedelta(seconds=1)
        with unit_of_work():
            assert reconcile()["service calls"] == 1
            assert 55 < due_in() <= 60  # twice the wait
            assert reconcile()["service calls"] == 0
            assert reconcile(everything=True)["service calls"] == 1  # `ordra reconcile` does not wait
            assert 115 < due_in() <= 120
