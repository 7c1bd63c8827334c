"""Scale-out on PostgreSQL + Redis with real worker processes: exactly-once, crash safety, recovery."""
from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import func
from sqlalchemy import select

from app.database import unit_of_work
from app.extensions import db
from tests.helpers import DATA
from tests.helpers import Api
from tests.scale.conftest import wait_until

pytestmark = pytest.mark.postgres
MODEL = DATA / "models" / "reserve_equipment.bpmn"


def start_instances(app: Flask, count: int) -> list[int]:
    api = Api(app.test_client())
    assert api.deploy(MODEL).status_code == 201
    ids = []
    for n in range(count):
        response = api.post("/api/v1/processes/reserve_equipment/instances",
                            json={"data": {"resource_type": f"ONT-{n}"}})
        assert response.status_code == 201, response.json
        ids.append(response.json["id"])
    return ids


def statuses(app: Flask) -> dict[str, int]:
    from app.engine.models import ProcessInstance
    with app.app_context():
        rows = db.session.execute(select(ProcessInstance.status, func.count()).group_by(ProcessInstance.status))
        return dict(rows.all())  # type: ignore[arg-type]


def assert_exactly_once(app: Flask, ids: list[int]) -> None:
    """Each instance called its connector with one key, once, and completed its task once."""
    from app.connectors.models import DemoLedgerEntry
    from app.engine.models import InstanceEvent
    from app.engine.models import ServiceCall
    with app.app_context():
        done = dict(db.session.execute(select(ServiceCall.instance_id, func.count()).where(
            ServiceCall.status == "done").group_by(ServiceCall.instance_id)).all())
        results = dict(db.session.execute(select(InstanceEvent.instance_id, func.count()).where(
            InstanceEvent.kind == "service_result").group_by(InstanceEvent.instance_id)).all())
        ledger = db.session.scalar(select(func.count()).select_from(DemoLedgerEntry))
    assert all(done.get(i) == 1 for i in ids), done
    assert all(results.get(i) == 1 for i in ids), results
    assert ledger == len(ids)


def test_full_path_with_three_workers(scaled_app: Flask, workers: Callable[[int], Any]) -> None:
    workers(3)
    ids = start_instances(scaled_app, 30)
    wait_until(lambda: statuses(scaled_app).get("completed") == 30, 60, "30 completed instances")
    assert_exactly_once(scaled_app, ids)


def test_kill_9_a_worker_while_100_run(scaled_app: Flask, workers: Callable[[int], Any]) -> None:
    first = workers(3)
    ids = start_instances(scaled_app, 100)
    time.sleep(0.5)
    os.kill(first[0].pid, signal.SIGKILL)
    wait_until(lambda: statuses(scaled_app).get("completed") == 100, 90, "100 completed instances")
    assert_exactly_once(scaled_app, ids)


def test_flushed_redis_is_recovered_by_reconcile(scaled_app: Flask, workers: Callable[[int], Any],
                                                 redis: Any) -> None:
    ids = start_instances(scaled_app, 40)  # queued, but no worker yet
    redis.flushdb()                        # every queued job is gone
    time.sleep(2.1)                        # older than RECONCILE_AFTER_SECONDS of the workers
    result = scaled_app.test_cli_runner().invoke(args=["reconcile"])
    assert result.exit_code == 0 and "40 service calls" in result.output, result.output
    workers(2)
    wait_until(lambda: statuses(scaled_app).get("completed") == 40, 60, "40 completed instances")
    assert_exactly_once(scaled_app, ids)


def test_two_workers_given_the_same_call_advance_it_once(scaled_app: Flask) -> None:
    from app.engine.models import ServiceCall
    from app.jobs.queue import Job
    from app.jobs.queue import run_job

    [instance_id] = start_instances(scaled_app, 1)
    with scaled_app.app_context():
        call_id = db.session.scalar(select(ServiceCall.id).where(ServiceCall.instance_id == instance_id))
    scaled_app.config["DEMO_CONNECTOR_LATENCY"] = 0.3  # both jobs overlap inside the connector call
    errors: list[BaseException] = []

    def run() -> None:
        try:
            run_job(scaled_app, Job("run_service_call", {"call_id": call_id}))
        except BaseException as exc:  # noqa: BLE001 (collected and asserted below)
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert statuses(scaled_app) == {"completed": 1}
    assert_exactly_once(scaled_app, [instance_id])


def test_two_people_completing_the_same_task(app: Flask) -> None:
    from tests.helpers import CHANGE_REQUEST_FILES
    api = Api(app.test_client())
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201
    instance = api.post("/api/v1/processes/change_request/instances", user="agent", json={"data": {}}).json
    task = api.get("/api/v1/tasks", user="fulfiller").json[0]
    data = {"bandwidth": 100, "site_postcode": "SW1A 1AA", "install_date": "2027-01-15"}
    codes: list[int] = []
    barrier = threading.Barrier(2)

    def complete() -> None:
        client = Api(app.test_client())
        barrier.wait()
        codes.append(client.post(f"/api/v1/tasks/{task['id']}/complete", user="fulfiller",
                                 json={"data": data}).status_code)

    threads = [threading.Thread(target=complete) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(codes) == [200, 409]
    events = api.get(f"/api/v1/instances/{instance['id']}").json["events"]
    assert sum(e["kind"] == "task_completed" for e in events) == 1


def test_ops_page_shows_workers_and_queue(scaled_app: Flask, workers: Callable[[int], Any]) -> None:
    workers(2)
    client = scaled_app.test_client()
    client.post("/login", data={"username": "admin", "password": "demo"})
    wait_until(lambda: client.get("/ops/").get_data(as_text=True).count("<td>idle</td>") >= 2, 20, "two idle workers")
    assert client.get("/healthz").json["checks"] == {"database": "ok", "redis": "ok"}


def test_timers_fire_once_within_a_second_with_several_workers(scaled_app: Flask,
                                                                workers: Callable[[int], Any]) -> None:
    from app.engine.models import InstanceEvent
    from app.engine.models import ProcessInstance
    workers(3)
    api = Api(scaled_app.test_client())
    assert api.deploy(DATA / "models" / "wait_a_second.bpmn").status_code == 201
    ids = [api.post("/api/v1/processes/wait_a_second/instances", json={"data": {}}).json["id"] for _ in range(10)]
    wait_until(lambda: statuses(scaled_app).get("completed") == 10, 30, "10 timers to fire")
    with scaled_app.app_context():
        rows = db.session.scalars(select(ProcessInstance).where(ProcessInstance.id.in_(ids))).all()
        late = [(r.completed_at - r.created_at).total_seconds() - 1.0 for r in rows]
        finished = db.session.scalar(select(func.count()).select_from(InstanceEvent).where(
            InstanceEvent.kind == "completed", InstanceEvent.instance_id.in_(ids)))
    assert max(late) < 1.0, late
    assert finished == 10
